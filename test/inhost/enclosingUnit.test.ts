// Without a symbol provider (code-server ships no language extensions), Draft Korean
// Doc Comment must still find the unit that encloses the cursor: the docstring goes
// inside the right `def` (never after `return`), the comment above the right method.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { closeDocument, useScriptedModel } from "./editors";

interface Case {
    languageId: string;
    content: string;
    /** The cursor: a line inside the body of the unit to document. */
    cursorLine: number;
    /** The comment must land after this text … */
    after: string;
    /** … and before this one. */
    before: string;
}

const cases: Case[] = [
    {
        languageId: "python",
        content:
            "import os\n\n\nclass Calc:\n    @staticmethod\n    def add(a, b):\n        total = a + b\n        return total\n\n\ndef other():\n    pass\n",
        cursorLine: 7,
        after: "    def add(a, b):\n",
        before: "        total = a + b"
    },
    {
        languageId: "ruby",
        content: "class Calc\n  def add(a, b)\n    total = a + b\n    total\n  end\nend\n",
        cursorLine: 3,
        after: "class Calc\n",
        before: "  def add(a, b)"
    },
    {
        // VS Code knows Go's grammar without an extension but has no symbol provider for it.
        languageId: "go",
        content:
            "package calc\n\ntype Calc struct{}\n\nfunc (c Calc) Add(a, b int) int {\n\ttotal := a + b\n\treturn total\n}\n",
        cursorLine: 6,
        after: "type Calc struct{}\n",
        before: "func (c Calc) Add(a, b int) int {"
    }
];

describe("Draft Korean doc comment without a symbol provider: the enclosing unit", function () {
    this.timeout(180_000);
    useScriptedModel(
        "gemma-ko-inhost-",
        ["두 수를 ", "더한 값을 ", "반환합니", "다.", "\n----- 끝", " -----"],
        "doc-comment.gguf"
    );

    for (const { languageId, content, cursorLine, after, before } of cases) {
        it(`${languageId}: with the cursor deep in a body, the comment documents the enclosing unit`, async () => {
            const document = await vscode.workspace.openTextDocument({ language: languageId, content });
            const editor = await vscode.window.showTextDocument(document);
            editor.selection = new vscode.Selection(cursorLine, 4, cursorLine, 4);
            const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
            assert.equal(await vscode.commands.executeCommand<boolean>("gemmaKo.insertResult", id), true);
            const text = document.getText();
            const comment = text.indexOf("두 수를 더한 값을 반환합니다.");
            assert.ok(comment > text.indexOf(after) + after.length - 1, `${languageId}: comment too early:\n${text}`);
            assert.ok(comment < text.indexOf(before), `${languageId}: comment not above/inside the unit:\n${text}`);
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand("undo");
            assert.equal(document.getText(), content, "one undo restores the file exactly");
            await closeDocument(document);
        });
    }

    it("the file changed before Insert: the comment follows its declaration, or is copied when it is gone", async () => {
        // Found from outside: lines added above put the comment at the old line, inside another function.
        const content =
            "package calc\n\nfunc first(a int) int {\n\treturn a + 1\n}\n\nfunc Add(a, b int) int {\n\treturn a + b\n}\n";
        const document = await vscode.workspace.openTextDocument({ language: "go", content });
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(7, 2, 7, 2);
        const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), "\n// 새 줄\n\n"));
        assert.equal(await vscode.commands.executeCommand<boolean>("gemmaKo.insertResult", id), true);
        const text = document.getText();
        const comment = text.indexOf("두 수를 더한 값을 반환합니다.");
        assert.ok(comment > text.indexOf("\treturn a + 1\n}"), `comment inside first():\n${text}`);
        assert.ok(comment < text.indexOf("func Add(a, b int) int {"), `comment not above Add:\n${text}`);
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand("undo");
        assert.ok(!document.getText().includes("두 수를"), "one undo removes the comment");

        // The declaration deleted before Insert: nothing inserted, the draft on the clipboard.
        await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), content));
        editor.selection = new vscode.Selection(7, 2, 7, 2);
        const again = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        const withoutAdd = document.getText().replace(/func Add\(a, b int\) int \{\n\treturn a \+ b\n\}\n/, "");
        await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), withoutAdd));
        await vscode.env.clipboard.writeText("");
        assert.equal(await vscode.commands.executeCommand<boolean>("gemmaKo.insertResult", again), false);
        assert.equal(document.getText(), withoutAdd, "nothing inserted");
        assert.ok((await vscode.env.clipboard.readText()).includes("두 수를 더한 값을 반환합니다."));
        await closeDocument(document);
    });

    it("a binary file opened as text anyway is refused, not drafted or summarised", async () => {
        // Found from outside: after "Open Anyway" an executable's bytes were summarised.
        const content =
            "\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0002\u0000>\u0000";
        const document = await vscode.workspace.openTextDocument({ language: "plaintext", content });
        await vscode.window.showTextDocument(document);
        for (const command of ["gemmaKo.draftDocComment", "gemmaKo.summarizeSelection", "gemmaKo.draftDocs"])
            assert.equal(await vscode.commands.executeCommand(command), undefined, command);
        await closeDocument(document);
    });
});
