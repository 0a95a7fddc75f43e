import type { CodeUnitSpan } from "./codeUnit";

interface MaskState {
    /** Inside a block comment, or a string that spans lines (template literal, raw string). */
    open: { close: string; escapes: boolean } | undefined;
}

/** Languages where `'x'` is a one-character literal, so a lone `'` (a Rust lifetime) is code. */
const charLiteralLanguages = new Set([
    "rust",
    "c",
    "cpp",
    "cuda-cpp",
    "objective-c",
    "objective-cpp",
    "java",
    "csharp",
    "go",
    "kotlin",
    "scala",
    "groovy",
    "swift",
    "dart"
]);

/** Where a literal opened at `i` ends: [close delimiter, escapes allowed, spans lines]. */
function literalAt(text: string, i: number, languageId: string): [string, boolean, boolean] | undefined {
    const rest = text.slice(i, i + 3);
    if (rest.startsWith("/*")) return ["*/", false, true];
    if (rest.startsWith('@"') && languageId === "csharp") return ['"', false, false];
    const raw = languageId === "rust" && !/\w/.test(text[i - 1] ?? "") ? /^r(#*)"/.exec(text.slice(i)) : null;
    if (raw !== null) return [`"${raw[1]}`, false, true];
    const char = text[i];
    if (char === "`" && languageId !== "c" && languageId !== "cpp") return ["`", languageId !== "go", true];
    if (char === '"') return ['"', true, false];
    if (char === "'") {
        if (!charLiteralLanguages.has(languageId)) return ["'", true, false];
        if (/^'(?:\\.[^']*|[^\\'])'/u.test(text.slice(i))) return ["'", true, false];
    }
    return undefined;
}

/** The end of a literal or comment that closes with `close`, from `j`; -1 when it runs past the line. */
function closeOf(text: string, j: number, close: string, escapes: boolean): number {
    while (j < text.length) {
        if (escapes && text[j] === "\\") j += 2;
        else if (text.startsWith(close, j)) return j + close.length;
        else j++;
    }
    return -1;
}

/** One line with comments and string contents replaced by spaces (same length), so braces in them do not count. */
function maskLine(text: string, state: MaskState, languageId: string): string {
    const out = text.split("");
    const blank = (from: number, to: number) => {
        for (let k = from; k < to; k++) out[k] = " ";
    };
    let i = 0;
    if (state.open !== undefined) {
        const end = closeOf(text, 0, state.open.close, state.open.escapes);
        if (end < 0) return " ".repeat(text.length);
        blank(0, end);
        state.open = undefined;
        i = end;
    }
    while (i < text.length) {
        const lineComment =
            text.startsWith("//", i) || (languageId === "php" && text[i] === "#" && text[i + 1] !== "[");
        if (lineComment) {
            blank(i, text.length);
            break;
        }
        const literal = literalAt(text, i, languageId);
        if (literal === undefined) {
            i++;
            continue;
        }
        const [close, escapes, multiline] = literal;
        const opener = text.startsWith("/*", i) ? 2 : text[i] === "r" ? close.length + 1 : text[i] === "@" ? 2 : 1;
        const end = closeOf(text, i + opener, close, escapes);
        if (end < 0) {
            blank(i, text.length);
            if (multiline) state.open = { close, escapes };
            break;
        }
        blank(i, end);
        i = end;
    }
    return out.join("");
}

interface Block {
    openLine: number;
    openColumn: number;
    closeLine: number;
}

/** Every matched `{ … }` pair in the masked text. */
function blocksOf(masked: readonly string[]): Block[] {
    const stack: { line: number; column: number }[] = [];
    const blocks: Block[] = [];
    masked.forEach((text, line) => {
        for (let column = 0; column < text.length; column++) {
            if (text[column] === "{") stack.push({ line, column });
            else if (text[column] === "}") {
                const open = stack.pop();
                if (open !== undefined) blocks.push({ openLine: open.line, openColumn: open.column, closeLine: line });
            }
        }
    });
    return blocks;
}

/**
 * The text before a `{` back to the previous statement boundary (`;`, `{`, `}`, an unclosed
 * `(` / `[`, outside brackets, or a blank line: Go and Kotlin end statements with the line, so
 * `package main` and a blank line are all that stand before a first `func`), and the line it
 * starts on. Comments are masked to blanks, so a doc comment above ends the header too.
 */
function headerBefore(masked: readonly string[], block: Block): { text: string; line: number } | undefined {
    let depth = 0;
    let text = "";
    let startLine = block.openLine;
    for (let line = block.openLine; line >= 0 && block.openLine - line < 40; line--) {
        const row = masked[line];
        if (line < block.openLine && depth === 0 && row.trim() === "" && text.trim() !== "")
            return finish(text, startLine);
        const from = line === block.openLine ? block.openColumn - 1 : row.length - 1;
        for (let column = from; column >= 0; column--) {
            const char = row[column];
            if (")]".includes(char)) depth++;
            else if ("([".includes(char)) {
                if (depth === 0) return finish(text, startLine);
                depth--;
            } else if (depth === 0 && ";{}".includes(char)) return finish(text, startLine);
            text = char + text;
            if (char.trim() !== "") startLine = line;
        }
        text = "\n" + text;
    }
    return finish(text, startLine);
}

function finish(text: string, line: number): { text: string; line: number } | undefined {
    return text.trim() === "" ? undefined : { text: text.replace(/^\s*\n/, ""), line };
}

const controlWords =
    /^(?:if|else|for|foreach|while|do|switch|case|default|try|catch|finally|using|lock|synchronized|with|unsafe|loop|match|select|defer|go|return|new|namespace|impl|mod|extern|package|module)\b/;
const annotations = /^(?:\s*(?:@[\w.]+(?:\([^)]*\))?|#\[[^\]]*\]|\[[^\]]*\]))+\s*/;

/** Reads a header: a named function or class, or nothing (control flow, calls, literals, lambdas). */
export function classifyHeader(header: string): { name: string; kind: "function" | "class" } | undefined {
    const text = header.replace(annotations, "").replace(/\s+/g, " ").trim();
    const typeDecl = /\b(?:class|interface|struct|enum|trait|record|union|object)\s+([A-Za-z_$][\w$]*)/.exec(text);
    const goType = /^type\s+([A-Za-z_]\w*)\s+(?:struct|interface)\b/.exec(text);
    if (goType !== null) return { name: goType[1], kind: "class" };
    if (typeDecl !== null && !text.includes("(")) return { name: typeDecl[1], kind: "class" };
    if (typeDecl !== null && /^(?:[\w\s]*\s)?(?:class|record|struct)\s/.test(text))
        return { name: typeDecl[1], kind: "class" };
    if (controlWords.test(text)) return undefined;
    const keyword = /\b(?:function\s*\*?|fn|func|fun|def)\s+(?:\([^)]*\)\s*)?([A-Za-z_$][\w$]*)/.exec(text);
    if (keyword !== null) return { name: keyword[1], kind: "function" };
    const arrow = /([A-Za-z_$][\w$]*)\s*[:=]\s*(?:async\s+)?(?:function\b|\([^()]*\)|[A-Za-z_$][\w$]*)[^=]*=>$/.exec(
        text
    );
    if (arrow !== null) return { name: arrow[1], kind: "function" };
    if (/=>|->|\bfunction\b|\bfunc\b|\bnew\b|=\s*$/.test(text)) return undefined;
    const call = /^[^(=]*?([A-Za-z_$~][\w$]*(?:::~?[A-Za-z_]\w*)*)\s*(?:<[^()]*>)?\s*\(/.exec(text);
    if (call === null || controlWords.test(call[1])) return undefined;
    return { name: call[1].slice(call[1].lastIndexOf("::") + 1).replace(/^:/, ""), kind: "function" };
}

/** Every named function, method and class in a brace language, matched by its braces. */
export function braceUnits(lines: readonly string[], languageId: string): CodeUnitSpan[] {
    const state: MaskState = { open: undefined };
    // PHP's opening tag ends whatever came before it, like a statement.
    const source =
        languageId === "php"
            ? lines.map((line) => line.replace(/<\?(?:php)?/g, (tag) => ";".padEnd(tag.length)))
            : lines;
    const masked = source.map((line) => maskLine(line, state, languageId));
    const units: CodeUnitSpan[] = [];
    for (const block of blocksOf(masked)) {
        const header = headerBefore(masked, block);
        if (header === undefined) continue;
        const unit = classifyHeader(header.text);
        if (unit === undefined) continue;
        const headerLine = header.line + lineOfName(header.text, unit.name);
        units.push({
            ...unit,
            startLine: header.line,
            headerLine,
            endLine: block.closeLine,
            anchorLine: header.line
        });
    }
    return units;
}

/** Which line of a (multi-line) header holds the declared name, skipping annotation lines. */
function lineOfName(header: string, name: string): number {
    const rows = header.split("\n");
    const pattern = new RegExp(String.raw`(^|[^\w$])${name.replace(/\$/g, "\\$")}([^\w$]|$)`);
    const index = rows.findIndex((row) => pattern.test(row) && !/^\s*(@|#\[|\[)/.test(row));
    return Math.max(0, index);
}
