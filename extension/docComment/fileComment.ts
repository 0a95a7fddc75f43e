// A doc comment for a whole file goes at the top of the file, not above its first declaration
// (found from outside: a file's comment landed on its first function, or inside its first
// class as a Python docstring). After a shebang, an encoding line, a "use strict" directive,
// tool pragmas and an existing license or copyright header; before the imports; in the file's
// comment syntax. No `vscode` import: unit-tested in Node.
import { isToolComment } from "./toolComments";
import { commentLines, commentStyleFor, parseDraft, type CommentInsertion, type CommentStyle } from "./format";

/** Whether the non-blank text of `lines` lies wholly in the selection from (startLine, startCharacter) to (endLine, endCharacter). */
export function selectionCoversFile(
    lines: readonly string[],
    start: { line: number; character: number },
    end: { line: number; character: number }
): boolean {
    const first = lines.findIndex((line) => line.trim().length > 0);
    if (first < 0) return false;
    let last = lines.length - 1;
    while (last > first && lines[last].trim().length === 0) last--;
    const firstColumn = lines[first].length - lines[first].trimStart().length;
    const lastColumn = lines[last].trimEnd().length;
    const startsBefore = start.line < first || (start.line === first && start.character <= firstColumn);
    const endsAfter = end.line > last || (end.line === last && end.character >= lastColumn);
    return startsBefore && endsAfter;
}

const licenseWords = /\b(?:licen[cs]e[ds]?|copyright|spdx-license-identifier|all rights reserved)\b|\(c\)|©|저작권/i;
const directive = /^\s*(["'])use (?:strict|client|server)\1;?\s*$/;

/** Where a leading comment block starting at `line` ends (its last line), or `undefined` when none starts there. */
function commentBlockEnd(lines: readonly string[], line: number, style: CommentStyle): number | undefined {
    const text = lines[line].trim();
    if (text.startsWith("/*")) {
        for (let at = line; at < lines.length; at++)
            if (lines[at].indexOf("*/", at === line ? lines[at].indexOf("/*") + 2 : 0) >= 0) return at;
        return undefined;
    }
    const token = style === "python" || style === "line-hash" ? "#" : "//";
    if (!text.startsWith(token)) return undefined;
    let end = line;
    while (end + 1 < lines.length && lines[end + 1].trim().startsWith(token)) end++;
    return end;
}

/**
 * Whether `code` holds something to document: not only blank lines or directives ("use strict";
 * a doc comment drafted for that line was titled with it, found from outside).
 */
export function hasCodeToDocument(code: string): boolean {
    return code.split(/\r?\n/).some((line) => line.trim() !== "" && !directive.test(line));
}

/**
 * The first line of `code` with code to document: not blank, a directive, a tool's comment or a
 * comment (a card was titled with "use strict" above the code, found from outside).
 */
export function firstCodeLine(code: string): string | undefined {
    return code
        .split(/\r?\n/)
        .find(
            (line) =>
                line.trim() !== "" &&
                !directive.test(line) &&
                !isToolComment(line) &&
                !/^\s*(?:\/\/|#|\/\*|\*|--)/.test(line)
        );
}

/** The first line a file comment may take: past the shebang, pragmas, directives and license header. */
export function fileCommentLine(lines: readonly string[], languageId: string): number {
    const style = commentStyleFor(languageId);
    let next = 0;
    let at = 0;
    while (at < lines.length) {
        const text = lines[at];
        if (text.trim().length === 0) {
            at++;
            continue;
        }
        if (at === 0 && text.startsWith("#!")) {
            next = at = at + 1;
            continue;
        }
        if (directive.test(text) || isToolComment(text)) {
            next = at = at + 1;
            continue;
        }
        const end = commentBlockEnd(lines, at, style);
        if (end !== undefined && licenseWords.test(lines.slice(at, end + 1).join("\n"))) {
            next = at = end + 1;
            continue;
        }
        break;
    }
    return next;
}

/** A whole file's comment lines: a module docstring, Rust's inner `//!`, else the language's block or line comment. */
function fileCommentLines(draftText: string, languageId: string): string[] {
    const style = commentStyleFor(languageId);
    const draft = parseDraft(draftText);
    // A file has no parameters to name; a tag the model wrote anyway stays in its words.
    switch (style) {
        case "rust":
            return commentLines(draft, "rust").map((line) => line.replace(/^\/\/\//, "//!"));
        case "csharp":
        case "go":
            return commentLines(draft, "line-slash");
        default:
            return commentLines(draft, style);
    }
}

/**
 * The insertion of a whole file's doc comment: at the top of the file (see
 * {@link fileCommentLine}), set apart from what is above and below by a blank line.
 */
export function placeFileComment(
    lines: readonly string[],
    languageId: string,
    draftText: string,
    eol = "\n"
): CommentInsertion {
    const line = fileCommentLine(lines, languageId);
    const body = fileCommentLines(draftText, languageId).join(eol) + eol;
    const above = line > 0 && lines[line - 1].trim().length > 0 ? eol : "";
    const below = line < lines.length && lines[line].trim().length > 0 ? eol : "";
    return { line, text: `${above}${body}${below}` };
}
