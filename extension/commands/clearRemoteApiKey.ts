import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { remoteApiKeySecret } from "../requests/remoteServer";

/** `gemmaKo.clearRemoteApiKey`: removes the inference server's API key from secret storage. */
export const clearRemoteApiKey = defineCommand("gemmaKo.clearRemoteApiKey", (ctx) => async () => {
    await ctx.extension.secrets.delete(remoteApiKeySecret);
    ctx.log.info("The server API key was removed from secret storage.");
    void vscode.window.showInformationMessage(vscode.l10n.t("Gemma-Ko: the server API key was removed."));
    return true;
});
