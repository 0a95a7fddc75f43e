import type { CodeUnitSpan } from "./codeUnit";

/** A line with strings and comments blanked, so keywords inside them do not count. */
function rubyCode(text: string): string {
    let out = "";
    let i = 0;
    while (i < text.length) {
        const char = text[i];
        if (char === "#") break;
        if (char === '"' || char === "'" || char === "`") {
            let j = i + 1;
            while (j < text.length && text[j] !== char) j += text[j] === "\\" ? 2 : 1;
            out += " ".repeat(Math.min(j + 1, text.length) - i);
            i = j + 1;
            continue;
        }
        out += char;
        i++;
    }
    return out;
}

const modifiers = String.raw`(?:(?:private|protected|public|module_function)\s+)?`;
const defHeader = new RegExp(
    String.raw`^\s*${modifiers}def\s+(?:self\.|[A-Za-z_]\w*\.)?(\[\]=?|[A-Za-z_]\w*[?!=]?|[-+*/%<>=!~^&|]+)`
);
const classHeader = /^\s*(class|module)\s+(<<\s*self|[A-Z][\w:]*)/;
const blockOpeners = /^\s*(?:if|unless|while|until|case|begin|for)\b/;

/** `def name(args) = expr`: Ruby 3's endless method, which has no `end`. */
function isEndlessDef(code: string, nameEnd: number): boolean {
    let rest = code.slice(nameEnd).trimStart();
    if (rest.startsWith("(")) {
        const close = rest.indexOf(")");
        rest = close < 0 ? "" : rest.slice(close + 1).trimStart();
    }
    return /^=(?![=~>])/.test(rest);
}

interface Opener {
    line: number;
    name?: string;
    kind?: "function" | "class";
}

/** What a line opens: a `def`/`class`/`module` (named), other `end`-terminated blocks (unnamed). */
function openersOn(code: string, line: number): Opener[] {
    const opened: Opener[] = [];
    const def = defHeader.exec(code);
    const cls = classHeader.exec(code);
    if (def !== null) {
        if (!isEndlessDef(code, def.index + def[0].length)) opened.push({ line, name: def[1], kind: "function" });
    } else if (cls !== null) {
        opened.push({ line, name: cls[2].startsWith("<<") ? "self" : cls[2], kind: "class" });
    } else if (blockOpeners.test(code)) {
        opened.push({ line });
    } else if (/(?:=|\(|\|\||&&|return)\s*(?:if|unless|case|begin|while|until)\b/.test(code)) {
        opened.push({ line });
    }
    const loopWithDo = /^\s*(?:while|until|for)\b/.test(code);
    const blocks = code.match(/\bdo\b(?:\s*\|[^|]*\|)?\s*$|\bdo\s*\|[^|]*\|/g) ?? [];
    if (!loopWithDo) for (let k = 0; k < blocks.length; k++) opened.push({ line });
    return opened;
}

/** Every `def`, `class` and `module` in a Ruby file, matched with its `end`. */
export function rubyUnits(lines: readonly string[]): CodeUnitSpan[] {
    const units: CodeUnitSpan[] = [];
    const stack: Opener[] = [];
    let inBlockComment = false;
    for (let i = 0; i < lines.length; i++) {
        if (/^=begin\b/.test(lines[i])) inBlockComment = true;
        if (inBlockComment) {
            if (/^=end\b/.test(lines[i])) inBlockComment = false;
            continue;
        }
        const code = rubyCode(lines[i]);
        stack.push(...openersOn(code, i));
        const ends = code.match(/(?<![.:\w])end\b(?![?!])/g) ?? [];
        for (let k = 0; k < ends.length; k++) {
            const opener = stack.pop();
            if (opener?.name !== undefined && opener.kind !== undefined) {
                units.push({
                    name: opener.name,
                    kind: opener.kind,
                    startLine: opener.line,
                    headerLine: opener.line,
                    endLine: i,
                    anchorLine: opener.line
                });
            }
        }
    }
    return units;
}
