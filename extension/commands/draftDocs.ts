import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { docsRequest } from "../requests/docs";
import { runWithProgress } from "../requests/generation";
import { editorOrSayWhy } from "../requests/editorTarget";

/** `gemmaKo.draftDocs`: a Korean Markdown documentation section for the selection or the file (Open in Editor gives a Markdown document). */
export const draftDocs = defineCommand("gemmaKo.draftDocs", (ctx) => async () => {
    // None open, a binary file VS Code will not show as text, or one opened anyway: it says which.
    const editor = editorOrSayWhy(vscode.l10n.t("Open a file first (select part of it to work on that part only)."));
    if (editor === undefined) return undefined;
    return runWithProgress(ctx, docsRequest(ctx, editor));
});
