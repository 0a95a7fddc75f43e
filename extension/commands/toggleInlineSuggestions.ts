import * as vscode from "vscode";
import { defineCommand } from "../ctx";

/** `gemmaKo.toggleInlineSuggestions`: Korean suggestions in comments on or off (the status bar's toggle). */
export const toggleInlineSuggestions = defineCommand("gemmaKo.toggleInlineSuggestions", (ctx) => async () => {
    const enabled = !ctx.config.inline.enabled;
    await ctx.config.setInlineEnabled(enabled);
    vscode.window.setStatusBarMessage(
        enabled
            ? vscode.l10n.t("Gemma-Ko: Korean suggestions in comments on")
            : vscode.l10n.t("Gemma-Ko: Korean suggestions in comments off"),
        3000
    );
});
