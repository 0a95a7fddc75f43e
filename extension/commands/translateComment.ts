import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { runWithProgress } from "../requests/generation";
import { editorToWorkOn } from "../requests/editorTarget";
import { commentTranslationRequest } from "../requests/translation";

/** `gemmaKo.translateComment`: the English comment under the cursor, in Korean; Insert replaces it, keeping its markers (one undoable edit). */
export const translateComment = defineCommand("gemmaKo.translateComment", (ctx) => async () => {
    const editor = editorToWorkOn();
    if (editor === undefined) {
        // No text editor in front (none open, or a binary file VS Code will not show as text).
        void vscode.window.showInformationMessage(vscode.l10n.t("Put the cursor in a comment to translate it."));
        return undefined;
    }
    const found = commentTranslationRequest(ctx, editor);
    if (found === undefined) {
        void vscode.window.showInformationMessage(vscode.l10n.t("Put the cursor in a comment to translate it."));
        return undefined;
    }
    return runWithProgress(ctx, found.request, {
        title: vscode.l10n.t("Gemma-Ko: translating the comment"),
        location: vscode.ProgressLocation.Window
    });
});
