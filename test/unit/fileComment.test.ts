// Where a whole file's doc comment goes (extension/docComment/fileComment.ts): the top of the
// file, past a shebang, pragmas, directives and a license header, before the imports.
import * as assert from "node:assert/strict";
import {
    fileCommentLine,
    firstCodeLine,
    hasCodeToDocument,
    placeFileComment,
    selectionCoversFile
} from "../../extension/docComment/fileComment";

const lines = (text: string) => text.split("\n");

describe("A whole file's doc comment at the top of the file", () => {
    it("goes past a shebang, a license block comment and 'use strict', not past the imports", () => {
        const file = lines(
            '#!/usr/bin/env node\n/*\n * Copyright (c) 2026 A\n */\n"use strict";\nimport a from "a";\nfunction f() {}'
        );
        assert.equal(fileCommentLine(file, "javascript"), 5);
        const placed = placeFileComment(file, "javascript", "파일 설명입니다.");
        assert.deepEqual(placed, { line: 5, text: "\n/**\n * 파일 설명입니다.\n */\n\n" });
    });

    it("stays at line 0 above an ordinary (non-license) comment and the imports", () => {
        assert.equal(fileCommentLine(lines("// helpers for math\nimport x from 'x';"), "typescript"), 0);
        assert.deepEqual(placeFileComment(lines("import x from 'x';"), "typescript", "설명"), {
            line: 0,
            text: "/**\n * 설명\n */\n\n"
        });
    });

    it("Python: past the shebang, the encoding line and a license comment; a module docstring", () => {
        const file = lines("#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# Copyright 2026 B\n\nimport os\n");
        assert.deepEqual(placeFileComment(file, "python", "설명"), { line: 3, text: '\n"""설명"""\n' });
    });

    it("Rust takes an inner doc comment (//!), Go and C# line comments (not bound to the first item)", () => {
        assert.equal(placeFileComment(lines("use std::io;"), "rust", "설명").text, "//! 설명\n\n");
        assert.equal(placeFileComment(lines("package main"), "go", "설명").text, "// 설명\n\n");
        assert.equal(placeFileComment(lines("using System;"), "csharp", "설명").text, "// 설명\n\n");
        assert.equal(placeFileComment(lines("#!/bin/sh\necho hi"), "shellscript", "설명").text, "\n# 설명\n\n");
    });

    it("a selection covers the file when it holds all of its non-blank text", () => {
        const file = lines("\nfunction a() {}\nfunction b() {}\n");
        assert.equal(selectionCoversFile(file, { line: 0, character: 0 }, { line: 2, character: 15 }), true);
        assert.equal(selectionCoversFile(file, { line: 1, character: 0 }, { line: 3, character: 0 }), true);
        assert.equal(selectionCoversFile(file, { line: 1, character: 0 }, { line: 1, character: 15 }), false);
        assert.equal(selectionCoversFile(lines("  \n"), { line: 0, character: 0 }, { line: 1, character: 0 }), false);
    });
    it("a directive alone ('use strict') or blank lines are no code to document", () => {
        assert.equal(hasCodeToDocument('"use strict";'), false);
        assert.equal(hasCodeToDocument("  'use client'\n\n"), false);
        assert.equal(hasCodeToDocument("\n \n"), false);
        assert.equal(hasCodeToDocument('"use strict";\nfunction f() {}'), true);
        assert.equal(hasCodeToDocument("const useStrict = true;"), true);
    });
});

describe("What a doc comment's card is named for", () => {
    it("the first line with code, past blank lines, directives, tool lines and comments", () => {
        assert.equal(firstCodeLine('"use strict";\n\n// helpers\nfunction add(a, b) {'), "function add(a, b) {");
        assert.equal(firstCodeLine("# -*- coding: utf-8 -*-\n\ndef f():"), "def f():");
        assert.equal(firstCodeLine("'use client';\n"), undefined);
    });
});
