// An applied edit was on disk at once in code-server (found from outside). The extension never
// saves: Insert and Replace apply one workspace edit and leave the file dirty for the user to
// review, one undo away. code-server saves by itself because VS Code in a browser defaults
// files.autoSave to "afterDelay" (the desktop default is "off"); with it off, nothing is saved.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { useScriptedModel } from "./editors";
import { inHostMetrics } from "./index";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const gemma = () => vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant")?.exports;
const source = "function add(a, b) {\n  return a + b;\n}\n";

describe("An applied result leaves the file unsaved unless the user's settings save it", function () {
    this.timeout(120_000);
    const dir = useScriptedModel(
        "gemma-ko-inhost-unsaved-",
        ["두 수를 ", "더하는 ", "함수입니다.", "\n----- 끝", " -----"],
        "summary.gguf"
    );
    const files = () => vscode.workspace.getConfiguration("files");

    after(async () => {
        await files().update("autoSave", undefined, vscode.ConfigurationTarget.Global);
    });

    /** Summarises the whole file, then applies the result (Replace or Insert); the file's document. */
    async function applyTo(file: string, replace: boolean): Promise<vscode.TextDocument> {
        fs.writeFileSync(file, source);
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(0, 0, 3, 0);
        const id = await vscode.commands.executeCommand<string>("gemmaKo.summarizeSelection");
        assert.equal(gemma()?.result(id ?? "")?.state, "done");
        await vscode.window.showTextDocument(document);
        assert.equal(await vscode.commands.executeCommand("gemmaKo.insertResult", id, replace), true);
        return document;
    }

    it("with files.autoSave off, Replace and Insert leave the file dirty, unchanged on disk, and one undo restores it", async () => {
        inHostMetrics["files.autoSave.default"] = String(files().inspect("autoSave")?.defaultValue);
        await files().update("autoSave", "off", vscode.ConfigurationTarget.Global);
        for (const replace of [true, false]) {
            const file = path.join(dir(), replace ? "replace.js" : "insert.js");
            const document = await applyTo(file, replace);
            await sleep(2_500); // longer than any auto-save delay
            assert.ok(document.isDirty, "left unsaved for review");
            assert.equal(fs.readFileSync(file, "utf8"), source, "the file on disk is unchanged");
            assert.notEqual(document.getText(), source);
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand("undo");
            assert.equal(document.getText(), source, "one undo restores it");
            await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
        }
    });

    it("with code-server's own default (afterDelay in a browser), the workbench saves it, not the extension", async () => {
        await files().update("autoSave", undefined, vscode.ConfigurationTarget.Global);
        const file = path.join(dir(), "default.js");
        const document = await applyTo(file, true);
        if (files().get<string>("autoSave") === "off") return; // a desktop VS Code: nothing saves it
        const started = Date.now();
        while (document.isDirty && Date.now() - started < 10_000) await sleep(50);
        assert.ok(!document.isDirty, "saved by files.autoSave");
        assert.equal(fs.readFileSync(file, "utf8"), document.getText());
        await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    });
});
