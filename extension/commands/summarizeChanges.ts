import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { runWithProgress } from "../requests/generation";
import { changesSummaryRequest } from "../requests/summary";

/** `gemmaKo.summarizeChanges`: a Korean summary of the Git working-tree changes (staged and unstaged). */
export const summarizeChanges = defineCommand("gemmaKo.summarizeChanges", (ctx) => async () => {
    const found = await changesSummaryRequest(ctx);
    if (found === undefined) {
        void vscode.window.showInformationMessage(
            vscode.l10n.t("There are no changes to summarise (or no Git repository is open).")
        );
        return undefined;
    }
    return runWithProgress(ctx, found.request);
});
