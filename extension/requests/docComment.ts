import * as path from "node:path";
import * as vscode from "vscode";
import { shapeOutput, type PromptTask } from "../../models/prompts";
import type { Ctx } from "../ctx";
import { hasCodeToDocument, placeFileComment } from "../docComment/fileComment";
import { placeDocComment } from "../docComment/format";
import { relocateLine } from "../docComment/relocate";
import type { ResultRequest } from "../panel/results";
import { findCodeUnit, type CodeContext, type CodeUnit } from "./codeUnit";
import { applyAndShow, sourceLabel } from "./generation";
import { wholeCodeRun } from "./inputRoom";

/** Puts a finished draft above (or, for Python, inside) its declaration, or a whole file's at its top, as one undoable edit. */
function insertDocComment(document: vscode.TextDocument, unit: CodeUnit, task: PromptTask) {
    const drafted = unit.anchorLine ?? unit.range.start.line;
    // The text, not only the version: an edit undone leaves the file as it was (no false alarm).
    const [version, text] = [document.version, document.getText()];
    return async (filteredText: string): Promise<boolean> => {
        const target = await vscode.workspace.openTextDocument(document.uri);
        const lines = Array.from({ length: target.lineCount }, (_, i) => target.lineAt(i).text);
        if (unit.wholeFile === true) {
            // A whole file's comment: at the top of the file as it is now, whatever changed below.
            const eol = target.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
            const placed = placeFileComment(lines, target.languageId, shapeOutput(task, filteredText), eol);
            return applyAndShow(target, (edit) =>
                edit.insert(target.uri, new vscode.Position(placed.line, 0), placed.text)
            );
        }
        let declarationLine = drafted;
        if (target.version !== version && target.getText() !== text) {
            // The file changed: the declaration is looked for again (lines added above move it).
            const found = relocateLine(text.split(/\r?\n/), lines, drafted, unit.name);
            if (found === undefined) {
                await vscode.env.clipboard.writeText(shapeOutput(task, filteredText));
                void vscode.window.showWarningMessage(
                    vscode.l10n.t(
                        "The code this comment was drafted for is no longer in {0}, so nothing was inserted. The comment was copied to the clipboard.",
                        path.posix.basename(document.uri.path)
                    )
                );
                return false;
            }
            declarationLine = found;
        }
        const eol = target.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
        const placed = placeDocComment(
            lines,
            Math.min(declarationLine, target.lineCount - 1),
            target.languageId,
            shapeOutput(task, filteredText),
            unit.name,
            eol
        );
        // A workspace edit: one undo step, and no dependence on an editor that may be
        // replaced while the panel (or the chat view) has focus.
        return applyAndShow(target, (edit) =>
            edit.insert(target.uri, new vscode.Position(placed.line, 0), placed.text)
        );
    };
}

/**
 * The card's title: the unit's name; for the whole file, "whole file" and its name (not the line
 * at its top, "use strict", found from outside); for a selection of several units, the file and
 * how many (not the first one's name); with no name (an empty file, a blank line), the file's.
 */
function docCommentTitle(unit: CodeUnit, fileName: string): string {
    if (unit.wholeFile === true) return vscode.l10n.t("Korean doc comment: whole file ({0})", fileName);
    if (unit.count !== undefined && unit.count > 1)
        return vscode.l10n.t("Korean doc comment: {0} ({1} declarations)", fileName, unit.count);
    return vscode.l10n.t("Korean doc comment: {0}", unit.name.trim() || fileName);
}

/**
 * A Korean doc comment for the code unit at the cursor (the symbol, else the selection,
 * else the enclosing block); its `insert` places the finished draft in the language's
 * convention as one undoable edit. The panel's command and @gemma-ko /doc both use it.
 * `signal` stops the search for the unit (a symbol provider can take seconds on a large file).
 */
export async function docCommentRequest(
    ctx: Ctx,
    editor: CodeContext,
    signal?: AbortSignal
): Promise<{ request: ResultRequest; unit: CodeUnit }> {
    const document = editor.document;
    const unit = await findCodeUnit(editor, signal);
    const code = document.getText(unit.range);
    const task = { task: "docComment", languageId: document.languageId, code } as const;
    return {
        unit,
        request: {
            title: docCommentTitle(unit, path.posix.basename(document.uri.path)),
            source: sourceLabel(document, unit.range.start.line, unit.range.end.line),
            target: { uri: document.uri, selection: new vscode.Selection(unit.range.start, unit.range.start) },
            // Nothing but blank lines or a directive at the cursor (an empty last line, "use strict";):
            // no model run on nothing.
            run: !hasCodeToDocument(code)
                ? () =>
                      Promise.reject(
                          new Error(
                              vscode.l10n.t(
                                  "There is no code at the cursor to document. Put the cursor in a function, method or class, or select the code."
                              )
                          )
                      )
                : wholeCodeRun(ctx, task, "docComment"),
            insert: insertDocComment(document, unit, task),
            // The code is read once: after a refusal, the command (not Retry) reads the file again.
            retryable: hasCodeToDocument(code),
            // Not at the cursor: where the language puts a doc comment (above, or a docstring under the def).
            insertLabel: vscode.l10n.t("Insert as Doc Comment")
        }
    };
}
