// The result card's "대상" line names the lines a request read. A selection made line by line
// (Shift+Down from a line's start) ends at the start of the next line, which holds none of it: an
// outside tester saw "add.ts:1-4" for lines 1-3 (and "1-3" for the doc comment of the same function).
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { selectionLabel } from "../../extension/requests/generation";
import { closeDocument } from "./editors";

describe("selection label", () => {
    it("names the lines a selection holds, not the next line it ends at the start of", async () => {
        const document = await vscode.workspace.openTextDocument({
            language: "typescript",
            content: "export function add(a: number, b: number) {\n    return a + b;\n}\nconst x = 1;\n"
        });
        try {
            const label = (a: number, b: number, c: number, d: number) =>
                selectionLabel(document, new vscode.Selection(a, b, c, d)).replace(/^.*:/, "");
            assert.equal(label(0, 0, 3, 0), "1-3", "lines 1-3 selected line by line");
            assert.equal(label(0, 0, 2, 1), "1-3", "ending inside line 3");
            assert.equal(label(0, 4, 0, 10), "1-1", "inside one line");
            assert.equal(label(1, 0, 1, 0), "2-2", "an empty selection is its line");
        } finally {
            await closeDocument(document);
        }
    });
});
