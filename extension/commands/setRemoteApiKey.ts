import * as vscode from "vscode";
import { displayEndpoint } from "../../models/remote/transport";
import { defineCommand } from "../ctx";
import { promptForRemoteApiKey, remoteApiKeySecret } from "../requests/remoteServer";

/**
 * `gemmaKo.setRemoteApiKey`: the inference server's API key, kept in VS Code's
 * SecretStorage (the OS keychain), never in settings.json, a log or the panel. Not
 * available in an untrusted workspace (the manifest's `when` and this check).
 */
export const setRemoteApiKey = defineCommand("gemmaKo.setRemoteApiKey", (ctx) => async (value?: unknown) => {
    if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage(
            vscode.l10n.t("Gemma-Ko: the server API key can only be set in a trusted workspace.")
        );
        return false;
    }
    // The in-host tests pass the key (GEMMA_KO_TEST_HOOKS=1 only): no input box to type into.
    if (ctx.config.testHooks && typeof value === "string" && value.length > 0) {
        await ctx.extension.secrets.store(remoteApiKeySecret, value);
        return true;
    }
    const endpoint = ctx.config.remote.endpoint;
    const stored = await promptForRemoteApiKey(ctx.extension.secrets, endpoint ? displayEndpoint(endpoint) : "");
    if (stored) {
        ctx.log.info("The server API key was stored in secret storage.");
        void vscode.window.showInformationMessage(vscode.l10n.t("Gemma-Ko: the server API key is stored securely."));
    }
    return stored;
});
