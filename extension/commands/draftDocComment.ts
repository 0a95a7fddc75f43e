import * as vscode from "vscode";
import { defineCommand, type Ctx } from "../ctx";
import { docCommentRequest } from "../requests/docComment";
import { runWithProgress } from "../requests/generation";
import { editorOrSayWhy } from "../requests/editorTarget";

/**
 * `gemmaKo.draftDocComment`: drafts a Korean doc comment for the code unit at the
 * cursor into the panel; Insert puts it in the language's convention at the right
 * place, as one undoable edit. Resolves with the result id when the draft is done
 * (`undefined` when cancelled while the code was still being found).
 */
export const draftDocComment = defineCommand("gemmaKo.draftDocComment", (ctx: Ctx) => async () => {
    // None open, a binary file VS Code will not show as text, or one opened anyway: it says which.
    const editor = editorOrSayWhy(vscode.l10n.t("Open a file and put the cursor in a function or class first."));
    if (editor === undefined) return undefined;
    // The notification at once: finding the unit asks the symbol provider, seconds on a large file.
    return runWithProgress(ctx, {
        title: vscode.l10n.t("Gemma-Ko: drafting a doc comment"),
        preparing: vscode.l10n.t("Finding the code to document…"),
        prepare: async (signal) => (await docCommentRequest(ctx, editor, signal)).request
    });
});
