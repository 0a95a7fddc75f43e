import * as vscode from "vscode";
import { defineCommand } from "../ctx";
import { describeModelError } from "../../models/describeError";
import { showModelError } from "../requests/showModelError";

/**
 * `gemmaKo.loadModel`: loads the model the settings name now (or connects to the remote
 * server), with progress (the suggestions in comments never load it themselves). Without
 * a model file, opens the model picker.
 */
export const loadModel = defineCommand("gemmaKo.loadModel", (ctx) => async () => {
    if (!ctx.models.usesRemote && ctx.config.model.path.length === 0) {
        await vscode.commands.executeCommand("gemmaKo.selectModel");
        return;
    }
    await vscode.window.withProgress(
        {
            location: vscode.ProgressLocation.Notification,
            title: vscode.l10n.t("Gemma-Ko: loading the model"),
            cancellable: true
        },
        async (progress, token) => {
            const controller = new AbortController();
            const subscription = token.onCancellationRequested(() => controller.abort());
            let reported = 0;
            try {
                await ctx.models.ensureLoaded((step) => {
                    const percent = Math.round(step.fraction * 100);
                    if (percent > reported) progress.report({ increment: percent - reported });
                    reported = Math.max(reported, percent);
                }, controller.signal);
            } catch (error) {
                if (controller.signal.aborted) return;
                ctx.log.error(vscode.l10n.t("Loading the model failed: {0}", describeModelError(error, vscode.l10n.t)));
                showModelError(error);
            } finally {
                subscription.dispose();
            }
        }
    );
});
