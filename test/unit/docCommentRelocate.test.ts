// Where a drafted doc comment goes when its file changed before Insert (extension/docComment/
// relocate.ts). Found from outside: three lines added above put the comment inside the function
// before the target, and split another function's JSDoc.
import * as assert from "node:assert/strict";
import { relocateLine } from "../../extension/docComment/relocate";

const file = [
    "/** Adds. */",
    "export function first(a: number) {",
    "    return a + 1;",
    "}",
    "",
    "export function second(b: number) {",
    "    return b * 2;",
    "}",
    "",
    "export function third() {",
    "    return 3;",
    "}"
];

describe("relocateLine: a declaration found again in a changed file", () => {
    it("stays where it is when nothing around it changed", () => {
        assert.equal(relocateLine(file, file, 5, "second"), 5);
        const bodyEdited = [...file.slice(0, 6), "    return b * 3;", ...file.slice(7)];
        assert.equal(relocateLine(file, bodyEdited, 5, "second"), 5);
    });

    it("follows lines added or removed above it", () => {
        assert.equal(relocateLine(file, ["", "", "", ...file], 5, "second"), 8);
        assert.equal(relocateLine(file, file.slice(4), 5, "second"), 1);
        // Every line up to the target replaced, the target and its body kept.
        const rewritten = ["import x from 'y';", "", "const a = 1;", ...file.slice(5)];
        assert.equal(relocateLine(file, rewritten, 5, "second"), 3);
    });

    it("follows a declaration moved below another, or re-indented", () => {
        const moved = [...file.slice(9, 12), "", ...file.slice(0, 9)];
        assert.equal(relocateLine(file, moved, 5, "second"), 9);
        const indented = file.map((line) => `    ${line}`);
        assert.equal(relocateLine(file, indented, 5, "second"), 5);
        assert.equal(relocateLine(file, ["", ...indented], 5, "second"), 6);
    });

    it("finds a declaration whose parameters changed by its name and kind", () => {
        const changed = ["", ...file.slice(0, 5), "export function second(b: number, c = 1) {", ...file.slice(6)];
        assert.equal(relocateLine(file, changed, 5, "second"), 6);
        // Not a line that merely uses the name.
        const used = ["const y = second(2);", ...file.slice(0, 5), ...file.slice(8)];
        assert.equal(relocateLine(file, used, 5, "second"), undefined);
    });

    it("among equal lines, chooses by the neighbours, then the nearest", () => {
        const twice = ["def run(self):", "    pass", "", "def run(self):", "    return 1", ""];
        assert.equal(relocateLine(twice, ["# new", ...twice], 3, "run"), 4);
        assert.equal(relocateLine(twice, ["# new", ...twice], 0, "run"), 1);
    });

    it("gives up when the declaration is gone, or the line was blank", () => {
        assert.equal(relocateLine(file, [...file.slice(0, 5), ...file.slice(8)], 5, "second"), undefined);
        assert.equal(relocateLine(file, file, 4, ""), undefined);
        assert.equal(relocateLine(file, [], 5, "second"), undefined);
    });
});
