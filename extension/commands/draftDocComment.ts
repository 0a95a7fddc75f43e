import * as vscode from "vscode";
import { shapeOutput, type PromptTask } from "../../models/prompts";
import { placeDocComment } from "../docComment/format";
import type { ModelService } from "../modelService";
import { applyAndShow, sourceLabel, taskRun } from "./generation";
import type { ResultsController } from "../panel/results";

export const draftDocCommentCommand = "gemmaKo.draftDocComment";
export const insertResultCommand = "gemmaKo.insertResult";

export interface DraftDeps {
    models: ModelService;
    results: ResultsController;
    log: vscode.LogOutputChannel;
}

/** The code unit a doc comment is for: a symbol from the language's symbol provider, else the selection, else the current indentation block. */
export interface CodeUnit {
    name: string;
    range: vscode.Range;
}

const documentedKinds = new Set([vscode.SymbolKind.Function, vscode.SymbolKind.Method, vscode.SymbolKind.Class, vscode.SymbolKind.Constructor, vscode.SymbolKind.Interface, vscode.SymbolKind.Struct, vscode.SymbolKind.Enum]);

/** The declared name on a line: `func (r *T) Name(`, `def name(`, `public int Name(`, `class Name`. */
export function identifierOf(line: string): string {
    const keyword = /\b(?:func|def|fn|fun|function|class|interface|struct|enum|trait|impl|type)\s+(?:\([^)]*\)\s*)?([A-Za-z_$][\w$]*)/.exec(line);
    if (keyword !== null) return keyword[1]!;
    const call = /([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\(/.exec(line);
    return call?.[1] ?? line.trim().slice(0, 40);
}

export async function findCodeUnit(editor: vscode.TextEditor): Promise<CodeUnit> {
    const position = editor.selection.active;
    let symbols: vscode.DocumentSymbol[] | undefined;
    try {
        symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", editor.document.uri);
    } catch {
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
    if (best !== undefined) return { name: best.name, range: best.range };
    if (!editor.selection.isEmpty) return { name: identifierOf(editor.document.getText(editor.selection).split("\n")[0]!), range: new vscode.Range(editor.selection.start, editor.selection.end) };
    // Fallback: the current line and the more-indented lines under it.
    const document = editor.document;
    const start = position.line;
    const indent = (line: number) => /^\s*/.exec(document.lineAt(line).text)![0].length;
    let end = start;
    while (end + 1 < document.lineCount && (document.lineAt(end + 1).isEmptyOrWhitespace || indent(end + 1) > indent(start))) end++;
    return { name: identifierOf(document.lineAt(start).text), range: new vscode.Range(start, 0, end, document.lineAt(end).text.length) };
}

/**
 * `gemmaKo.draftDocComment`: drafts a Korean doc comment for the code unit at the
 * cursor into the panel; Insert puts it in the language's convention at the right
 * place, as one undoable edit. Resolves with the result id when the draft is done.
 */
export function registerDraftDocComment(deps: DraftDeps): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand(draftDocCommentCommand, async () => {
            const editor = vscode.window.activeTextEditor;
            if (editor === undefined) {
                void vscode.window.showInformationMessage(vscode.l10n.t("Open a file and put the cursor in a function or class first."));
                return undefined;
            }
            const document = editor.document;
            const unit = await findCodeUnit(editor);
            const code = document.getText(unit.range).slice(0, 12_000);
            const task: PromptTask = { task: "docComment", languageId: document.languageId, code };
            const declarationLine = unit.range.start.line;
            const version = document.version;
            const started = deps.results.start({
                title: vscode.l10n.t("Korean doc comment: {0}", unit.name),
                source: sourceLabel(document, unit.range.start.line, unit.range.end.line),
                target: { uri: document.uri, selection: new vscode.Selection(unit.range.start, unit.range.start) },
                run: taskRun(deps.models, task),
                insert: async (filteredText) => {
                    const target = await vscode.workspace.openTextDocument(document.uri);
                    if (target.version !== version) {
                        void vscode.window.showWarningMessage(vscode.l10n.t("The file changed since the draft was made; the comment is inserted above the same line."));
                    }
                    const lines = Array.from({ length: target.lineCount }, (_, i) => target.lineAt(i).text);
                    const eol = target.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
                    const placed = placeDocComment(lines, Math.min(declarationLine, target.lineCount - 1), target.languageId, shapeOutput(task, filteredText), unit.name, eol);
                    // A workspace edit: one undo step, and no dependence on an editor that may be
                    // replaced while the panel has focus.
                    return applyAndShow(target, (edit) => edit.insert(target.uri, new vscode.Position(placed.line, 0), placed.text));
                }
            });
            // Cancelling the notification stops the request (the panel's Stop does the same).
            await vscode.window.withProgress(
                { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("Gemma-Ko: drafting a doc comment"), cancellable: true },
                (_progress, token) => {
                    token.onCancellationRequested(() => deps.results.stop(started.id));
                    return started.done;
                }
            );
            return started.id;
        }),
        // Not in the palette: the panel's Insert, and the in-host tests, use it by id.
        vscode.commands.registerCommand(insertResultCommand, (id: unknown) => (typeof id === "string" ? deps.results.insert(id, false) : false)),
        // Not in the palette: stops every running request (tests; the panel has a Stop per result).
        vscode.commands.registerCommand("gemmaKo.stopAll", () => deps.results.stopAll()),
        // The status bar item's menu.
        vscode.commands.registerCommand("gemmaKo.quickActions", async () => {
            const actions: Array<vscode.QuickPickItem & { command: string }> = [
                { label: `$(comment) ${vscode.l10n.t("Draft Korean doc comment")}`, command: draftDocCommentCommand },
                { label: `$(list-flat) ${vscode.l10n.t("Summarise selection or file")}`, command: "gemmaKo.summarizeSelection" },
                { label: `$(git-compare) ${vscode.l10n.t("Summarise Git changes")}`, command: "gemmaKo.summarizeChanges" },
                { label: `$(library) ${vscode.l10n.t("Select model")}`, command: "gemmaKo.selectModel" },
                ...(deps.models.state !== "unloaded" ? [{ label: `$(debug-stop) ${vscode.l10n.t("Unload model")}`, command: "gemmaKo.unloadModel" }] : []),
                { label: `$(pulse) ${vscode.l10n.t("Show runtime info")}`, command: "gemmaKo.showRuntimeInfo" }
            ];
            const picked = await vscode.window.showQuickPick(actions, { title: "Gemma-Ko" });
            if (picked !== undefined) await vscode.commands.executeCommand(picked.command);
        }),
        vscode.commands.registerCommand("gemmaKo.unloadModel", async () => {
            await deps.models.unload();
            void vscode.window.setStatusBarMessage(vscode.l10n.t("Gemma-Ko: model unloaded"), 3000);
        })
    ];
}
