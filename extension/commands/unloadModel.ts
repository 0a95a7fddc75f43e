import * as vscode from "vscode";
import { defineCommand } from "../ctx";

/** `gemmaKo.unloadModel`: frees the model's memory; the next request loads it again. */
export const unloadModel = defineCommand("gemmaKo.unloadModel", (ctx) => async () => {
    await ctx.models.unload();
    vscode.window.setStatusBarMessage(vscode.l10n.t("Gemma-Ko: model unloaded"), 3000);
});
