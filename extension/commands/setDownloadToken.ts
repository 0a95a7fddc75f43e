import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { downloadTokenKey } from "../requests/modelDownload";

/**
 * `gemmaKo.setDownloadToken`: a Hugging Face (or mirror) access token for gated model
 * repositories, kept in VS Code's SecretStorage (the OS keychain), never in settings.
 * An empty entry clears it.
 */
export const setDownloadToken = defineCommand("gemmaKo.setDownloadToken", (ctx) => async () => {
    const value = await vscode.window.showInputBox({
        title: vscode.l10n.t("Gemma-Ko: Set Download Token"),
        prompt: vscode.l10n.t("An access token for gated model repositories. Leave empty to remove the stored token."),
        password: true,
        ignoreFocusOut: true
    });
    if (value === undefined) return;
    if (value.trim().length === 0) {
        await ctx.extension.secrets.delete(downloadTokenKey);
        void vscode.window.showInformationMessage(vscode.l10n.t("Gemma-Ko: the download token was removed."));
    } else {
        await ctx.extension.secrets.store(downloadTokenKey, value.trim());
        void vscode.window.showInformationMessage(vscode.l10n.t("Gemma-Ko: the download token is stored securely."));
    }
});
