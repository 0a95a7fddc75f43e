import * as vscode from "vscode";
import { codeUnitsOf, findEnclosingCodeUnit } from "../docComment/codeUnit";
import { firstCodeLine, selectionCoversFile } from "../docComment/fileComment";
import { untilAborted } from "./preparations";

const linesOf = (document: vscode.TextDocument): string[] =>
    Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i).text);

/**
 * Where a request works: a document and its selection. An editor is one; so is what a chat
 * request refers to (the chat input has focus then, and VS Code reports no active editor).
 */
export type CodeContext = Pick<vscode.TextEditor, "document" | "selection">;

/** The code unit a doc comment is for: a symbol from the language's symbol provider, else the selection, else the current indentation block. */
export interface CodeUnit {
    name: string;
    range: vscode.Range;
    /** The line `placeDocComment` places the comment for (default: the range's first line). */
    anchorLine?: number;
    /** Functions, methods and classes wholly inside a selection, outermost only, when more than one. */
    count?: number;
    /** The selection holds the whole file: its comment goes at the top of the file. */
    wholeFile?: boolean;
}

const documentedKinds = new Set([
    vscode.SymbolKind.Function,
    vscode.SymbolKind.Method,
    vscode.SymbolKind.Class,
    vscode.SymbolKind.Constructor,
    vscode.SymbolKind.Interface,
    vscode.SymbolKind.Struct,
    vscode.SymbolKind.Enum
]);

/** The declared name on a line: `func (r *T) Name(`, `def name(`, `public int Name(`, `class Name`. */
export function identifierOf(line: string): string {
    const keyword =
        /\b(?:func|def|fn|fun|function|class|interface|struct|enum|trait|impl|type)\s+(?:\([^)]*\)\s*)?([A-Za-z_$][\w$]*)/.exec(
            line
        );
    if (keyword !== null) return keyword[1];
    const call = /([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\(/.exec(line);
    return call?.[1] ?? line.trim().slice(0, 40);
}

/**
 * The code unit at the cursor. The symbol provider can take seconds on a large file (a
 * language server parsing it): `signal` stops the wait (rejecting with an AbortError).
 */
export async function findCodeUnit(editor: CodeContext, signal?: AbortSignal): Promise<CodeUnit> {
    const position = editor.selection.active;
    let symbols: vscode.DocumentSymbol[] | undefined;
    try {
        symbols = await untilAborted(
            vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
                "vscode.executeDocumentSymbolProvider",
                editor.document.uri
            ),
            signal
        );
    } catch (error) {
        if (signal?.aborted === true) throw error;
        symbols = undefined;
    }
    let best: vscode.DocumentSymbol | undefined;
    const visit = (list: readonly vscode.DocumentSymbol[] | undefined) => {
        for (const symbol of list ?? []) {
            if (!symbol.range.contains(position)) continue;
            if (documentedKinds.has(symbol.kind)) best = symbol;
            visit(symbol.children);
        }
    };
    visit(symbols);
    // The whole file selected (Ctrl+A ends the selection inside the last function): the file's comment.
    const wholeFile =
        !editor.selection.isEmpty &&
        selectionCoversFile(linesOf(editor.document), editor.selection.start, editor.selection.end);
    if (best !== undefined && !wholeFile) return { name: best.name, range: best.range };
    if (!editor.selection.isEmpty) {
        const range = new vscode.Range(editor.selection.start, editor.selection.end);
        const count = unitsWithin(editor.document, range, symbols);
        return {
            name: identifierOf(firstCodeLine(editor.document.getText(editor.selection)) ?? ""),
            range,
            ...(count > 1 ? { count } : {}),
            ...(wholeFile ? { wholeFile } : {})
        };
    }
    // No symbol provider (code-server ships no language extensions): the enclosing
    // def/class/function found from the text itself.
    const document = editor.document;
    const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i).text);
    const enclosing = findEnclosingCodeUnit(lines, position, document.languageId);
    if (enclosing !== undefined)
        return {
            name: enclosing.name,
            range: new vscode.Range(
                enclosing.startLine,
                0,
                enclosing.endLine,
                document.lineAt(enclosing.endLine).text.length
            ),
            anchorLine: enclosing.anchorLine
        };
    // Last resort: the current line and the more-indented lines under it.
    const start = position.line;
    const indent = (line: number) => document.lineAt(line).firstNonWhitespaceCharacterIndex;
    let end = start;
    while (
        end + 1 < document.lineCount &&
        (document.lineAt(end + 1).isEmptyOrWhitespace || indent(end + 1) > indent(start))
    )
        end++;
    const range = new vscode.Range(start, 0, end, document.lineAt(end).text.length);
    return {
        name: identifierOf(firstCodeLine(document.getText(range)) ?? ""),
        range
    };
}

/**
 * How many functions, methods and classes lie wholly inside `range`, outermost only (a class
 * with its methods is one): from the symbol provider, else from the text (found from outside:
 * a doc comment for a whole file was titled with its first function's name only).
 */
function unitsWithin(
    document: vscode.TextDocument,
    range: vscode.Range,
    symbols: readonly vscode.DocumentSymbol[] | undefined
): number {
    if (symbols !== undefined && symbols.length > 0) {
        let count = 0;
        const visit = (list: readonly vscode.DocumentSymbol[]) => {
            for (const symbol of list) {
                if (documentedKinds.has(symbol.kind) && range.contains(symbol.range)) count++;
                else visit(symbol.children);
            }
        };
        visit(symbols);
        return count;
    }
    const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i).text);
    const inside = codeUnitsOf(lines, document.languageId).filter(
        (unit) => unit.startLine >= range.start.line && unit.endLine <= range.end.line
    );
    const within = (inner: (typeof inside)[number], outer: (typeof inside)[number]) =>
        outer !== inner && outer.startLine <= inner.startLine && inner.endLine <= outer.endLine;
    return inside.filter((unit) => !inside.some((outer) => within(unit, outer))).length;
}
