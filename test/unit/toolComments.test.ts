// One list of tool comments (extension/docComment/toolComments.ts) for Translate and for a file's
// doc comment: the two copies had drifted (one knew `global`, the other `go:build`, `noqa`, …).
import * as assert from "node:assert/strict";
import { fileCommentLine } from "../../extension/docComment/fileComment";
import { findComment } from "../../extension/docComment/translate";
import { isToolComment } from "../../extension/docComment/toolComments";

describe("Tool comments: one list for Translate and for a file's doc comment", () => {
    const tools = [
        "//go:build linux",
        "// +build linux",
        "# noqa: E501",
        "# pylint: disable=invalid-name",
        "# -*- coding: utf-8 -*-",
        "// eslint-disable-next-line no-console",
        "/* eslint-disable */",
        "/* global $, jQuery */",
        "/* istanbul ignore next */",
        "// @ts-check",
        "# frozen_string_literal: true"
    ];
    it("a file's doc comment goes below each of them (it knew only some: go:build, noqa went under it)", () => {
        for (const tool of tools)
            assert.equal(fileCommentLine([tool, "", "package main"], /^#/.test(tool) ? "python" : "go"), 1, tool);
    });
    it("Translate takes none of them, a block comment's included", () => {
        for (const tool of tools) assert.equal(findComment([tool], 0), undefined, tool);
    });
    it("`global` is a tool's word only in a block comment, the one form ESLint and JSHint read", () => {
        assert.ok(isToolComment("/* global window */"));
        for (const prose of ["# global state for the cache", "// global settings are read once"]) {
            assert.ok(!isToolComment(prose), prose);
            assert.ok(findComment([prose], 0), prose);
            assert.equal(fileCommentLine([prose, "x = 1"], "python"), 0, prose);
        }
    });
});
