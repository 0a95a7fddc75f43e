// Finds the comment under the cursor and rewrites it with new text, keeping its
// markers and indentation. No `vscode` import: unit-tested in Node.
import { findDocstring, rewriteDocstring } from "./docstring";
import { isToolComment } from "./toolComments";

export interface CommentBlock {
    startLine: number;
    endLine: number;
    kind: "line" | "block" | "docstring";
    indent: string;
    /** The line marker ("//", "///", "#", "--") for line comments; a docstring's quotes. */
    marker: string;
    /** The comment's text without markers, one entry per line. */
    text: string[];
    /** A block comment's opening ("/**", "/*") when it sits alone on its line. */
    openAlone: boolean;
    /** A docstring's string prefix ("r", "u"). */
    prefix?: string;
    /** A docstring's closing quotes sit alone on their line. */
    closeAlone?: boolean;
    /** What follows a docstring's closing quotes on its line. */
    after?: string;
}

const lineComment = /^(\s*)(\/\/\/?|#|--)(?!\s*!)\s?(.*)$/;

/**
 * A tool's comment line (an encoding line, a pragma, a linter's switch: toolComments.ts) is never
 * translated, nor joined to the comment next to it (a copyright line's translation replaced the
 * `# -*- coding: utf-8 -*-` above it, found from outside).
 */
const isToolLine = isToolComment;

/** The comment around `line`; in Python a docstring counts as one. */
export function findComment(lines: readonly string[], line: number, languageId?: string): CommentBlock | undefined {
    if (line < 0 || line >= lines.length) return undefined;
    const docstring = languageId === "python" ? findDocstring(lines, line) : undefined;
    if (docstring !== undefined) return docstring;
    const at = lines[line];
    const single = lineComment.exec(at);
    if (single !== null && isToolLine(at)) return undefined;
    if (single !== null) {
        const [, indent, marker] = single as unknown as [string, string, string];
        const same = (i: number) => {
            const m = lineComment.exec(lines[i] ?? "");
            return m !== null && m[2] === marker && m[1] === indent && !isToolLine(lines[i] ?? "");
        };
        let start = line;
        while (start > 0 && same(start - 1)) start--;
        let end = line;
        while (end + 1 < lines.length && same(end + 1)) end++;
        const text = lines.slice(start, end + 1).map((l) => (lineComment.exec(l)?.[3] ?? "").trimEnd());
        return { startLine: start, endLine: end, kind: "line", indent, marker, text, openAlone: false };
    }
    // A block comment around the line: "/*" at or above, "*/" at or below.
    let start = line;
    while (start >= 0 && !lines[start].includes("/*")) {
        if (lines[start].includes("*/") && start !== line) return undefined;
        start--;
    }
    if (start < 0 || isToolLine(lines[start])) return undefined;
    let end = line;
    while (end < lines.length && !lines[end].includes("*/")) end++;
    if (end >= lines.length) return undefined;
    const indent = lines[start].slice(0, lines[start].length - lines[start].trimStart().length);
    const body = lines.slice(start, end + 1).join("\n");
    const inner = body.slice(body.indexOf("/*") + 2, body.lastIndexOf("*/")).replace(/^\*/, "");
    const text = inner.split("\n").map((l) => l.replace(/^\s*\*?\s?/, "").trimEnd());
    while (text.length > 0 && text[0] === "") text.shift();
    while (text.length > 0 && text[text.length - 1] === "") text.pop();
    const openAlone = /^\s*\/\*\*?\s*$/.test(lines[start]);
    return {
        startLine: start,
        endLine: end,
        kind: "block",
        indent,
        marker: lines[start].includes("/**") ? "/**" : "/*",
        text,
        openAlone
    };
}

/** The comment's new lines, with `text` in place of its old text. */
export function rewriteComment(block: CommentBlock, text: string): string[] {
    const lines = text.split(/\r?\n/).map((l) => l.trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    if (block.kind === "docstring") return rewriteDocstring(block, lines);
    if (block.kind === "line")
        return lines.map((l) =>
            l.length > 0 ? `${block.indent}${block.marker} ${l}` : `${block.indent}${block.marker}`
        );
    if (!block.openAlone && block.startLine === block.endLine && lines.length === 1)
        return [`${block.indent}${block.marker} ${lines[0]} */`];
    return [
        `${block.indent}${block.marker}`,
        ...lines.map((l) => (l.length > 0 ? `${block.indent} * ${l}` : `${block.indent} *`)),
        `${block.indent} */`
    ];
}
