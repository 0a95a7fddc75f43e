import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { runWithProgress } from "../requests/generation";
import { editorOrSayWhy } from "../requests/editorTarget";
import { editorSummaryRequest } from "../requests/summary";

/** `gemmaKo.summarizeSelection`: a Korean summary of the selection, or of the whole file when nothing is selected. */
export const summarizeSelection = defineCommand("gemmaKo.summarizeSelection", (ctx) => async () => {
    // None open, a binary file VS Code will not show as text, or one opened anyway: it says which.
    const editor = editorOrSayWhy(vscode.l10n.t("Open a file first (select part of it to work on that part only)."));
    if (editor === undefined) return undefined;
    return runWithProgress(ctx, editorSummaryRequest(ctx, editor));
});
