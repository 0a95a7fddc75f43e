// The code unit (function, method, class) around the cursor, found from the text alone, for
// when no symbol provider answers — code-server ships no language extensions, so a Python
// file there has none. Pure functions over lines: no `vscode` import, unit-tested.
import { braceUnits } from "./braceUnits";
import { pythonUnits } from "./pythonUnits";
import { rubyUnits } from "./rubyUnits";

/** A function, method or class found in the text. Lines are 0-based and inclusive. */
export interface CodeUnitSpan {
    name: string;
    kind: "function" | "class";
    /** First line of the unit: its decorators, annotations or attributes, else its header. */
    startLine: number;
    /** The line with the declaration keyword or name (`def`, `function`, `fn`, `class`, ...). */
    headerLine: number;
    /** Last line of the unit's body. */
    endLine: number;
    /**
     * The line to hand `placeDocComment` as the declaration: the header for Python (the
     * docstring goes inside, after the signature), else the first line, so the comment
     * lands above any decorators or annotations.
     */
    anchorLine: number;
}

export interface CursorPosition {
    line: number;
    character: number;
}

const braceLanguages = new Set([
    "javascript",
    "javascriptreact",
    "typescript",
    "typescriptreact",
    "java",
    "go",
    "rust",
    "csharp",
    "c",
    "cpp",
    "cuda-cpp",
    "objective-c",
    "objective-cpp",
    "php",
    "kotlin",
    "scala",
    "groovy",
    "swift",
    "dart"
]);

/** Whether {@link findEnclosingCodeUnit} knows how to read this language. */
export function supportsTextualCodeUnits(languageId: string): boolean {
    return languageId === "python" || languageId === "ruby" || braceLanguages.has(languageId);
}

/** Every unit in the file, in the order their first lines appear. */
export function codeUnitsOf(lines: readonly string[], languageId: string): CodeUnitSpan[] {
    let units: CodeUnitSpan[];
    if (languageId === "python") units = pythonUnits(lines);
    else if (languageId === "ruby") units = rubyUnits(lines);
    else if (braceLanguages.has(languageId)) units = braceUnits(lines, languageId);
    else units = [];
    return units.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/**
 * The unit a doc comment at `cursor` is for: the innermost unit whose lines hold the cursor
 * (header, decorators and body alike). On a blank or comment-only line, the unit that starts
 * on the next non-blank line wins — the cursor sits just above it. Undefined when the cursor
 * is in no unit (top-level code) or the language is not supported.
 */
export function findEnclosingCodeUnit(
    lines: readonly string[],
    cursor: CursorPosition,
    languageId: string
): CodeUnitSpan | undefined {
    const units = codeUnitsOf(lines, languageId);
    const line = Math.max(0, Math.min(cursor.line, lines.length - 1));
    if (isBlankOrComment(lines[line] ?? "", languageId)) {
        let next = line + 1;
        while (next < lines.length && isBlankOrComment(lines[next], languageId)) next++;
        const below = units.find((unit) => unit.startLine === next);
        if (below !== undefined) return below;
    }
    let best: CodeUnitSpan | undefined;
    for (const unit of units) {
        if (unit.startLine <= line && line <= unit.endLine) {
            if (best === undefined || unit.endLine - unit.startLine <= best.endLine - best.startLine) best = unit;
        }
    }
    return best;
}

function isBlankOrComment(text: string, languageId: string): boolean {
    const trimmed = text.trim();
    if (trimmed === "") return true;
    if (languageId === "python" || languageId === "ruby") return trimmed.startsWith("#");
    return trimmed.startsWith("//") || trimmed.startsWith("/*") || trimmed.startsWith("*");
}
