// A file the user cannot edit is not edited by Gemma-Ko either (found from outside: with
// `files.readonlyInclude` naming ro.py, its tab showed a lock and typing was blocked, yet Insert
// wrote a docstring into it, twice). Every edit path refuses with a word, the text on the
// clipboard, and leaves the document as it was.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { useScriptedModel } from "./editors";

const gemma = () => vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant")?.exports;
const source = "def ro(x):\n    return x + 1\n";

describe("A read-only file: Insert, Replace and the doc comment write nothing into it", function () {
    this.timeout(120_000);
    const dir = useScriptedModel(
        "gemma-ko-inhost-readonly-",
        ["값에 ", "1을 더합니다.", "\n----- 끝", " -----"],
        "readonly.gguf"
    );
    const files = () => vscode.workspace.getConfiguration("files");
    let file = "";
    let document: vscode.TextDocument;

    before(async () => {
        file = path.join(dir(), "ro.py");
        fs.writeFileSync(file, source);
        // As the tester had it (a workspace's settings.json names the file; absolute here, no folder needed).
        await files().update("readonlyInclude", { [file]: true }, vscode.ConfigurationTarget.Global);
        document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    });

    after(async () => {
        await files().update("readonlyInclude", undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    });

    async function refused(id: string | undefined, replace = false): Promise<void> {
        assert.equal(gemma()?.result(id ?? "")?.state, "done", gemma()?.result(id ?? "")?.message);
        await vscode.env.clipboard.writeText("");
        assert.equal(await vscode.commands.executeCommand("gemmaKo.insertResult", id, replace), false);
        assert.equal(document.getText(), source, "nothing written");
        assert.ok(!document.isDirty);
        assert.ok((await vscode.env.clipboard.readText()).includes("1을 더합니다."), "the text is on the clipboard");
    }

    it("the doc comment's Insert refuses (twice: no second docstring either)", async () => {
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(0, 4, 0, 4);
        for (let i = 0; i < 2; i++) {
            await vscode.window.showTextDocument(document);
            await refused(await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment"));
        }
    });

    it("a summary's Insert at the cursor and Replace of its selection refuse", async () => {
        for (const replace of [false, true]) {
            const editor = await vscode.window.showTextDocument(document);
            editor.selection = new vscode.Selection(0, 0, 2, 0);
            const id = await vscode.commands.executeCommand<string>("gemmaKo.summarizeSelection");
            await vscode.window.showTextDocument(document);
            await refused(id, replace);
        }
    });

    it("the same file with the setting off takes the insert (the guard reads the setting, not the file)", async () => {
        await files().update("readonlyInclude", undefined, vscode.ConfigurationTarget.Global);
        try {
            const editor = await vscode.window.showTextDocument(document);
            editor.selection = new vscode.Selection(0, 4, 0, 4);
            const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
            assert.equal(await vscode.commands.executeCommand("gemmaKo.insertResult", id), true);
            assert.ok(document.getText().includes("1을 더합니다."));
            await vscode.commands.executeCommand("workbench.action.files.revert");
            assert.equal(document.getText(), source);
        } finally {
            await files().update("readonlyInclude", { [file]: true }, vscode.ConfigurationTarget.Global);
        }
    });
});
