import * as assert from "node:assert/strict";
import { findComment, rewriteComment } from "../../extension/docComment/translate";

describe("translating a comment keeps its markers", () => {
    it("// line comments: the whole run around the cursor, same indentation", () => {
        const lines = [
            "function f() {",
            "    // Returns the cached value",
            "    // if it is still fresh.",
            "    return cache;",
            "}"
        ];
        const block = findComment(lines, 2)!;
        assert.deepEqual(
            [block.startLine, block.endLine, block.text],
            [1, 2, ["Returns the cached value", "if it is still fresh."]]
        );
        assert.deepEqual(rewriteComment(block, "캐시된 값이 아직 유효하면\n그 값을 반환합니다."), [
            "    // 캐시된 값이 아직 유효하면",
            "    // 그 값을 반환합니다."
        ]);
    });

    it("# comments (Python) and /// (Rust)", () => {
        assert.deepEqual(rewriteComment(findComment(["  # Parse the header"], 0)!, "헤더를 파싱합니다."), [
            "  # 헤더를 파싱합니다."
        ]);
        assert.deepEqual(rewriteComment(findComment(["/// Adds two numbers."], 0)!, "두 수를 더합니다."), [
            "/// 두 수를 더합니다."
        ]);
    });

    it("/** block comments */ keep their frame", () => {
        const lines = ["/**", " * Loads the model.", " * Throws when the file is missing.", " */", "load();"];
        const block = findComment(lines, 1)!;
        assert.deepEqual(
            [block.startLine, block.endLine, block.text],
            [0, 3, ["Loads the model.", "Throws when the file is missing."]]
        );
        assert.deepEqual(rewriteComment(block, "모델을 로드합니다.\n파일이 없으면 예외를 던집니다."), [
            "/**",
            " * 모델을 로드합니다.",
            " * 파일이 없으면 예외를 던집니다.",
            " */"
        ]);
        assert.deepEqual(rewriteComment(findComment(["x = 1; /* one line */"], 0)!, "한 줄"), ["/* 한 줄 */"]);
    });

    it("no comment under the cursor", () => {
        assert.equal(findComment(["const a = 1;", "/* x */", "const b = 2;"], 2), undefined);
        assert.equal(findComment(["const a = 1;"], 0), undefined);
    });
    it("a tool's line (encoding, modeline, pragma, build constraint, linter switch) is never translated or joined", () => {
        const py = ["#!/usr/bin/env python3", "# -*- coding: utf-8 -*-", "# Copyright 2024 Example Corp.", "import os"];
        const block = findComment(py, 2)!;
        assert.deepEqual([block.startLine, block.endLine, block.text], [2, 2, ["Copyright 2024 Example Corp."]]);
        assert.equal(findComment(py, 1), undefined, "the encoding line itself is not a comment to translate");
        const go = ["//go:build linux", "// Package cache keeps values.", "// +build linux", "package cache"];
        assert.deepEqual([findComment(go, 1)!.startLine, findComment(go, 1)!.endLine], [1, 1]);
        const js = ["// eslint-disable-next-line no-console", "// Logs the value.", "console.log(v);"];
        assert.deepEqual(findComment(js, 1)!.text, ["Logs the value."]);
        for (const prose of ["# region to scan first", "# global state for the cache", "// go to the next step"])
            assert.ok(findComment([prose], 0), prose);
    });
});

describe("Translate takes a Python docstring as a comment (found from outside: it said there was none)", () => {
    const py = [
        '"""Helpers for the cache."""',
        "import os",
        "",
        "def load(path,",
        "         strict=False):",
        '    """Loads the file.',
        "",
        "    Raises when it is missing.",
        '    """',
        "    return open(path)",
        "",
        "class Cache:",
        "    r'''Keeps values.'''",
        '    name = """not a docstring"""'
    ];
    it("a function's docstring, from any of its lines: its text, quotes and indentation kept", () => {
        for (const at of [5, 6, 7, 8]) {
            const block = findComment(py, at, "python")!;
            assert.deepEqual(
                [block.startLine, block.endLine, block.text],
                [5, 8, ["Loads the file.", "", "Raises when it is missing."]]
            );
        }
        assert.deepEqual(
            rewriteComment(findComment(py, 6, "python")!, "파일을 읽습니다.\n\n파일이 없으면 예외를 던집니다."),
            ['    """파일을 읽습니다.', "", "    파일이 없으면 예외를 던집니다.", '    """']
        );
    });
    it("a module's and a class's one-line docstrings keep their quotes and prefix", () => {
        assert.deepEqual(rewriteComment(findComment(py, 0, "python")!, "캐시 도우미."), ['"""캐시 도우미."""']);
        assert.deepEqual(rewriteComment(findComment(py, 12, "python")!, "값을 보관합니다."), [
            "    r'''값을 보관합니다.'''"
        ]);
    });
    it("a string that is not a docstring, code after a docstring and other languages: no comment", () => {
        assert.equal(findComment(py, 13, "python"), undefined);
        assert.equal(findComment(py, 9, "python"), undefined);
        assert.equal(findComment(py, 1, "python"), undefined);
        assert.equal(findComment(py, 5, "plaintext"), undefined);
    });
});
