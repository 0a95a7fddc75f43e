// Replace Selection goes over the selection the result was made from, in its own file, never over
// whatever editor is active when the button is pressed (an outside tester's summary of one file
// replaced a line of another, 2026-12-07); once that selection's text has changed, it refuses.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { closeDocument, useScriptedModel } from "./editors";

describe("Replace Selection targets the request's own selection (scripted model)", function () {
    this.timeout(180_000);
    useScriptedModel(
        "gemma-ko-replace-",
        ["- 두 수를 ", "더하는 ", "함수입니다.", "\n----- 끝", " -----"],
        "summary.gguf"
    );
    const gemma = () => vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant")?.exports;

    it("replaces the summarised selection in its file while another file is active, and only once it is unchanged", async () => {
        const source = "function add(a, b) {\n  return a + b;\n}\nconst x = 1;\n";
        const other = "const untouched = true;\nconst also = 2;\n";
        const a = await vscode.workspace.openTextDocument({ language: "javascript", content: source });
        const editorA = await vscode.window.showTextDocument(a);
        editorA.selection = new vscode.Selection(0, 0, 3, 0);
        const id = await vscode.commands.executeCommand<string>("gemmaKo.summarizeSelection");
        assert.equal(gemma()?.result(id)?.state, "done");

        const b = await vscode.workspace.openTextDocument({ language: "javascript", content: other });
        const editorB = await vscode.window.showTextDocument(b);
        editorB.selection = new vscode.Selection(1, 0, 1, 5);
        assert.equal(await vscode.commands.executeCommand("gemmaKo.insertResult", id, true), true);
        assert.equal(b.getText(), other, "the active editor's file is untouched");
        assert.ok(a.getText().endsWith("const x = 1;\n"), a.getText());
        assert.ok(!a.getText().includes("return a + b"), `the selection was replaced:\n${a.getText()}`);
        assert.ok(a.getText().includes("두 수를 더하는 함수입니다."), a.getText());
        await vscode.window.showTextDocument(a);
        await vscode.commands.executeCommand("undo");
        assert.equal(a.getText(), source, "one undo restores it");

        // The selected code edited after the request: Replace refuses and changes nothing.
        const edited = source.replace("a + b", "a - b");
        const editorA2 = await vscode.window.showTextDocument(a);
        await editorA2.edit((edit) => edit.replace(new vscode.Range(0, 0, a.lineCount, 0), edited));
        assert.equal(await vscode.commands.executeCommand("gemmaKo.insertResult", id, true), false);
        assert.equal(a.getText(), edited);
        assert.equal(b.getText(), other);
        await closeDocument(b);
        await closeDocument(a);
    });
});
