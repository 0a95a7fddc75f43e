// Closing the results panel while an answer streams (found from outside: it came back within a
// second, unasked, on the next piece of text). It stays closed now; the request goes on, its
// result is kept, and a notification offers it when it ends.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function resultTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith("gemmaKo.panel"));
}

describe("Closing the results panel mid-answer", function () {
    this.timeout(180_000);
    let dir: string;
    const settings = () => vscode.workspace.getConfiguration("gemmaKo");

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-closed-"));
        const model = path.join(dir, "long.gguf");
        await writeScriptedModel(model, scriptSteps(Array.from({ length: 3000 }, (_, i) => `낱말${i} `)));
        await settings().update("model.path", model, vscode.ConfigurationTarget.Global);
        await settings().update("generation.maxTokens", 3000, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await settings().update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("stays closed while the request goes on, and the result is kept", async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant");
        assert.ok(extension);
        const api = await extension.activate();
        const content = "function add(a, b) {\n  return a + b;\n}\n";
        const document = await vscode.workspace.openTextDocument({ language: "javascript", content });
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(1, 2, 1, 2);
        const pending = Promise.resolve(vscode.commands.executeCommand<string>("gemmaKo.draftDocComment"));
        // Close the panel once the model is generating.
        const deadline = Date.now() + 120_000;
        while (api.modelState() !== "generating" && Date.now() < deadline) await sleep(50);
        assert.equal(api.modelState(), "generating");
        assert.ok(resultTabs().length > 0, "the request opened the panel");
        await vscode.window.tabGroups.close(resultTabs(), true);
        const closedAt = Date.now();
        let reopened = 0;
        let finished = false;
        void pending.finally(() => (finished = true));
        while (!finished) {
            if (resultTabs().length > 0) reopened++;
            await sleep(100);
        }
        const id = await pending;
        const streamedAfterClose = Date.now() - closedAt;
        assert.ok(streamedAfterClose > 1000, `the answer went on after the panel closed (${streamedAfterClose} ms)`);
        assert.equal(reopened, 0, "the panel was not opened again while the answer streamed");
        assert.equal(resultTabs().length, 0, "nor when it ended");
        const result = api.result(id);
        assert.equal(result?.state, "done", result?.message);
        assert.ok(result.text.includes("낱말"), "the whole result is kept");
        // Show Results brings the panel back, asked (its cards replay when the webview is ready).
        await vscode.commands.executeCommand("gemmaKo.showResults");
        for (const until = Date.now() + 10_000; resultTabs().length === 0 && Date.now() < until;) await sleep(100);
        assert.equal(resultTabs().length, 1, "Show Results opened the panel");
        await vscode.window.tabGroups.close(resultTabs(), true);
        await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    });
});

describe("Where the results panel comes back", function () {
    this.timeout(180_000);
    let dir: string;
    const settings = () => vscode.workspace.getConfiguration("gemmaKo");

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-place-"));
        const model = path.join(dir, "short.gguf");
        await writeScriptedModel(model);
        await settings().update("model.path", model, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand("workbench.action.closeAllEditors");
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("hidden behind the file being worked on, it moves to the other group, not into a new one", async () => {
        await vscode.commands.executeCommand("workbench.action.closeAllEditors");
        const content = "function add(a, b) {\n  return a + b;\n}\n";
        const first = await vscode.workspace.openTextDocument({ language: "javascript", content });
        const editor = await vscode.window.showTextDocument(first, vscode.ViewColumn.One);
        editor.selection = new vscode.Selection(1, 2, 1, 2);
        await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        // The panel's group may appear a moment after the command returns (a CI run saw 1 group).
        for (let waited = 0; vscode.window.tabGroups.all.length < 2 && waited < 5000; waited += 100) await sleep(100);
        assert.equal(vscode.window.tabGroups.all.length, 2, "the panel opened beside the code");
        const panelColumn = resultTabs()[0]?.group.viewColumn;
        // The user opens another file in the panel's group, over the panel, and works there.
        const second = await vscode.workspace.openTextDocument({ language: "javascript", content });
        const there = await vscode.window.showTextDocument(second, panelColumn);
        there.selection = new vscode.Selection(1, 2, 1, 2);
        await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        await sleep(500);
        assert.equal(vscode.window.tabGroups.all.length, 2, "no third group");
        assert.notEqual(resultTabs()[0]?.group.viewColumn, panelColumn, "the panel left the code's group");
        assert.equal(vscode.window.activeTextEditor?.document, second, "the code being worked on stays in front");
    });
});
