import type { CodeUnitSpan } from "./codeUnit";

/** Per line: does a new logical line start here, and on which line does that logical line end. */
interface PythonLines {
    /** Not inside a bracket, a triple-quoted string or a backslash continuation. */
    logicalStart: boolean[];
    /** For a logical start, the last physical line of that logical line. */
    logicalEnd: number[];
}

/** Python's indentation width: a tab advances to the next multiple of 8. */
export function indentWidth(text: string): number {
    let width = 0;
    for (const char of text) {
        if (char === " ") width++;
        else if (char === "\t") width = (Math.floor(width / 8) + 1) * 8;
        else break;
    }
    return width;
}

interface ScanState {
    triple: string | undefined;
    depth: number;
    continued: boolean;
}

/** Skips a string starting at `i` (a quote); returns the index after it and any triple-quote left open. */
function skipString(text: string, i: number): { next: number; openTriple?: string } {
    const quote = text[i];
    const triple = text.startsWith(quote.repeat(3), i) ? quote.repeat(3) : undefined;
    const closer = triple ?? quote;
    let j = i + closer.length;
    while (j < text.length) {
        if (text[j] === "\\") j += 2;
        else if (text.startsWith(closer, j)) return { next: j + closer.length };
        else j++;
    }
    return triple !== undefined ? { next: text.length, openTriple: triple } : { next: text.length };
}

function scanLine(text: string, state: ScanState): void {
    let i = 0;
    if (state.triple !== undefined) {
        const close = findTripleEnd(text, state.triple);
        if (close < 0) return;
        state.triple = undefined;
        i = close;
    }
    let code = "";
    while (i < text.length) {
        const char = text[i];
        if (char === "#") break;
        if (char === '"' || char === "'") {
            const skipped = skipString(text, i);
            i = skipped.next;
            if (skipped.openTriple !== undefined) {
                state.triple = skipped.openTriple;
                return;
            }
            code += "s";
            continue;
        }
        if ("([{".includes(char)) state.depth++;
        else if (")]}".includes(char)) state.depth = Math.max(0, state.depth - 1);
        code += char;
        i++;
    }
    state.continued = code.trimEnd().endsWith("\\");
}

function findTripleEnd(text: string, triple: string): number {
    let j = 0;
    while (j < text.length) {
        if (text[j] === "\\") j += 2;
        else if (text.startsWith(triple, j)) return j + triple.length;
        else j++;
    }
    return -1;
}

function scanPython(lines: readonly string[]): PythonLines {
    const logicalStart: boolean[] = [];
    const logicalEnd: number[] = [];
    const state: ScanState = { triple: undefined, depth: 0, continued: false };
    let current = 0;
    for (let i = 0; i < lines.length; i++) {
        const starts = state.triple === undefined && state.depth === 0 && !state.continued;
        logicalStart.push(starts);
        if (starts) current = i;
        state.continued = false;
        scanLine(lines[i], state);
        logicalEnd[current] = i;
    }
    return { logicalStart, logicalEnd };
}

const header = /^(\s*)(?:async\s+)?(def|class)\s+([A-Za-z_]\w*)/;

/** The last line of the body of the block whose signature ends at `signatureEnd`. */
function bodyEnd(lines: readonly string[], scan: PythonLines, signatureEnd: number, indent: number): number {
    let last = signatureEnd;
    for (let j = signatureEnd + 1; j < lines.length; j++) {
        const trimmed = lines[j].trim();
        if (!scan.logicalStart[j]) {
            last = j;
            continue;
        }
        if (trimmed === "" || trimmed.startsWith("#")) continue;
        if (indentWidth(lines[j]) <= indent) break;
        last = j;
    }
    return last;
}

/** The first decorator line above a `def`/`class` at the same indentation (multi-line decorators included). */
function decoratorStart(lines: readonly string[], scan: PythonLines, headerLine: number, indent: number): number {
    let start = headerLine;
    let k = headerLine - 1;
    while (k >= 0) {
        let owner = k;
        while (owner > 0 && !scan.logicalStart[owner]) owner--;
        if (!/^\s*@/.test(lines[owner]) || indentWidth(lines[owner]) !== indent) break;
        start = owner;
        k = owner - 1;
    }
    return start;
}

/** Every `def` and `class` in a Python file, with decorators and bodies found by indentation. */
export function pythonUnits(lines: readonly string[]): CodeUnitSpan[] {
    const scan = scanPython(lines);
    const units: CodeUnitSpan[] = [];
    for (let i = 0; i < lines.length; i++) {
        if (!scan.logicalStart[i]) continue;
        const match = header.exec(lines[i]);
        if (match === null) continue;
        const indent = indentWidth(match[1]);
        units.push({
            name: match[3],
            kind: match[2] === "class" ? "class" : "function",
            startLine: decoratorStart(lines, scan, i, indent),
            headerLine: i,
            endLine: bodyEnd(lines, scan, scan.logicalEnd[i], indent),
            anchorLine: i
        });
    }
    return units;
}
