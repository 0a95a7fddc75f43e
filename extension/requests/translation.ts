import * as vscode from "vscode";
import { shapeOutput, type PromptTask } from "../../models/prompts";
import type { Ctx } from "../ctx";
import { findComment, rewriteComment, type CommentBlock } from "../docComment/translate";
import type { ResultRequest } from "../panel/results";
import type { CodeContext } from "./codeUnit";
import { applyAndShow, sourceLabel, taskRun } from "./generation";

/** Replaces the comment with its translation, keeping its markers and any code before it (one undoable edit). */
function replaceComment(
    document: vscode.TextDocument,
    lines: readonly string[],
    block: CommentBlock,
    task: PromptTask
) {
    // The text, not only the version: an edit undone leaves the file as it was (no false alarm).
    const [version, text] = [document.version, document.getText()];
    return async (filteredText: string): Promise<boolean> => {
        const target = await vscode.workspace.openTextDocument(document.uri);
        if (target.version !== version && target.getText() !== text) {
            void vscode.window.showWarningMessage(
                vscode.l10n.t("The file changed since the translation was made; translate the comment again.")
            );
            return false;
        }
        const replacement = rewriteComment(block, shapeOutput(task, filteredText));
        // Code before an inline comment on its first line stays.
        const first = lines[block.startLine];
        const markerAt =
            block.kind === "docstring"
                ? block.indent.length
                : block.kind === "line"
                  ? first.indexOf(block.marker)
                  : first.indexOf("/*");
        const codeBefore = first.slice(0, markerAt);
        if (codeBefore.trim().length > 0) replacement[0] = `${codeBefore}${replacement[0].trimStart()}`;
        const eol = target.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
        const range = new vscode.Range(block.startLine, 0, block.endLine, target.lineAt(block.endLine).text.length);
        return applyAndShow(target, (edit) => edit.replace(target.uri, range, replacement.join(eol)));
    };
}

/**
 * The comment under the cursor, in Korean; its `insert` replaces the comment, keeping its
 * markers (one undoable edit). `undefined` when the cursor is not in a comment with text.
 * The panel's command and @gemma-ko /translate both use it.
 */
export function commentTranslationRequest(
    ctx: Ctx,
    editor: CodeContext
): { request: ResultRequest; block: CommentBlock } | undefined {
    const document = editor.document;
    const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i).text);
    const block = findComment(lines, editor.selection.active.line, document.languageId);
    if (block === undefined || block.text.join("").trim().length === 0) return undefined;
    const task: PromptTask = { task: "translateComment", text: block.text.join("\n"), languageId: document.languageId };
    const endLength = lines[block.endLine].length;
    return {
        block,
        request: {
            title: vscode.l10n.t("Comment in Korean"),
            source: sourceLabel(document, block.startLine, block.endLine),
            target: {
                uri: document.uri,
                selection: new vscode.Selection(block.startLine, 0, block.endLine, endLength)
            },
            run: taskRun(ctx, task),
            insert: replaceComment(document, lines, block, task),
            insertLabel: vscode.l10n.t("Replace the Comment")
        }
    };
}

/** Any English text in Korean (the same prompt as a comment's, without an editor to change). */
export function textTranslationRequest(ctx: Ctx, text: string, source: string, languageId?: string): ResultRequest {
    const task: PromptTask = { task: "translateComment", text, ...(languageId !== undefined ? { languageId } : {}) };
    return { title: vscode.l10n.t("Comment in Korean"), source, run: taskRun(ctx, task) };
}
