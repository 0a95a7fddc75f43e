import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { runWithProgress } from "../requests/generation";
import { editorToWorkOn } from "../requests/editorTarget";
import { editorSummaryRequest } from "../requests/summary";

/** `gemmaKo.summarizeSelection`: a Korean summary of the selection, or of the whole file when nothing is selected. */
export const summarizeSelection = defineCommand("gemmaKo.summarizeSelection", (ctx) => async () => {
    const editor = editorToWorkOn();
    if (editor === undefined) {
        // No text editor in front (none open, or a binary file VS Code will not show as text).
        void vscode.window.showInformationMessage(
            vscode.l10n.t("Open a file first (select part of it to work on that part only).")
        );
        return undefined;
    }
    return runWithProgress(ctx, editorSummaryRequest(ctx, editor));
});
