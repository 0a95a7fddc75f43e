// A Python docstring as a comment to translate: the triple-quoted string that opens a module, a
// class or a function (found from outside: Translate said there was no comment in one). Its
// quotes, prefix and indentation stay. No `vscode` import: unit-tested in Node.
import type { CommentBlock } from "./translate";

const opening = /^(\s*)([rRuU]{0,2})("""|''')(.*)$/;
const header = /^\s*(?:async\s+def|def|class)\b/;
const indentOf = (line: string): number => line.length - line.trimStart().length;
const blankOrComment = (line: string): boolean => /^\s*(?:#.*)?$/.test(line);

/** Whether a string opening on line `at` is a docstring: first in the file, or first in a def's or class's body. */
function inDocstringPlace(lines: readonly string[], at: number): boolean {
    let previous = at - 1;
    while (previous >= 0 && blankOrComment(lines[previous])) previous--;
    if (previous < 0) return true; // the module's docstring (after a shebang, an encoding line)
    if (!/:\s*(?:#.*)?$/.test(lines[previous])) return false;
    // The header, over several lines when its parameters are (up to 40 lines up).
    for (let line = previous; line >= 0 && line > previous - 40; line--) {
        if (header.test(lines[line])) return indentOf(lines[line]) < indentOf(lines[at]);
        if (lines[line].trim() === "" || (line < previous && /:\s*(?:#.*)?$/.test(lines[line]))) return false;
    }
    return false;
}

/** The docstring that opens on `at`, if it is one: its lines and text. */
function docstringAt(lines: readonly string[], at: number): CommentBlock | undefined {
    const match = opening.exec(lines[at]);
    if (match === null || !inDocstringPlace(lines, at)) return undefined;
    const [, indent, prefix, quote, rest] = match as unknown as [string, string, string, string, string];
    const strip = (line: string) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()).trimEnd();
    let end = at;
    let closeAt = rest.indexOf(quote);
    const text: string[] = [];
    if (closeAt < 0) {
        text.push(rest.trim());
        for (end = at + 1; end < lines.length; end++) {
            closeAt = lines[end].indexOf(quote);
            if (closeAt >= 0) break;
            text.push(strip(lines[end]));
        }
        if (end >= lines.length) return undefined;
        text.push(strip(lines[end].slice(0, closeAt)));
    } else text.push(rest.slice(0, closeAt).trim());
    const last = end === at ? rest : lines[end];
    while (text.length > 0 && text[0] === "") text.shift();
    while (text.length > 0 && text[text.length - 1] === "") text.pop();
    return {
        startLine: at,
        endLine: end,
        kind: "docstring",
        indent,
        marker: quote,
        text,
        openAlone: rest.trim() === "",
        prefix,
        closeAlone: end > at && lines[end].slice(0, closeAt).trim() === "",
        after: last.slice(closeAt + quote.length)
    };
}

/** The docstring around `line` (on its quotes or inside it), or `undefined`. */
export function findDocstring(lines: readonly string[], line: number): CommentBlock | undefined {
    for (let at = line; at >= 0 && at > line - 500; at--) {
        if (!opening.test(lines[at])) continue;
        const found = docstringAt(lines, at);
        if (found !== undefined) return found.endLine >= line ? found : undefined;
    }
    return undefined;
}

/** The docstring's new lines: the same quotes, prefix and indentation; a closing quote alone stays alone. */
export function rewriteDocstring(block: CommentBlock, lines: readonly string[]): string[] {
    const { indent, marker: quote } = block;
    const open = `${indent}${block.prefix ?? ""}${quote}`;
    const after = block.after ?? "";
    if (lines.length === 1 && block.startLine === block.endLine) return [`${open}${lines[0]}${quote}${after}`];
    const body = lines.map((l) => (l.length > 0 ? `${indent}${l}` : ""));
    const out = block.openAlone ? [open, ...body] : [`${open}${lines[0]}`, ...body.slice(1)];
    if (block.closeAlone !== false || block.startLine === block.endLine || out.length === 1)
        return [...out, `${indent}${quote}${after}`];
    out[out.length - 1] += `${quote}${after}`;
    return out;
}
