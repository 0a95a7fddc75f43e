import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { docsRequest } from "../requests/docs";
import { runWithProgress } from "../requests/generation";

/** `gemmaKo.draftDocs`: a Korean Markdown documentation section for the selection or the file (Open in Editor gives a Markdown document). */
export const draftDocs = defineCommand("gemmaKo.draftDocs", (ctx) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined) return undefined;
    return runWithProgress(ctx, docsRequest(ctx, editor));
});
