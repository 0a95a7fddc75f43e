import { bundleEvaluationStart } from "./activationClock";
import * as vscode from "vscode";
import { panelHandlers, registerShowRuntimeInfo } from "./commands/showRuntimeInfo";
import { GemmaKoPanel, panelViewType } from "./panel/gemmaKoPanel";
import { RuntimeService } from "./runtimeService";

/** What the extension exports: read by the in-host tests, stable for other extensions. */
export interface GemmaKoApi {
    /** Milliseconds from the first line of the bundle to the end of `activate`. */
    readonly activationMs: number;
    /** Whether node-llama-cpp has been imported (it must not be at activation). */
    nativeRuntimeRequested(): boolean;
}

export function activate(context: vscode.ExtensionContext): GemmaKoApi {
    const log = vscode.window.createOutputChannel("Gemma-Ko", { log: true });
    context.subscriptions.push(log);
    try {
        const runtime = new RuntimeService(log);
        context.subscriptions.push(runtime);
        const deps = { extensionUri: context.extensionUri, log, runtime };

        context.subscriptions.push(
            registerShowRuntimeInfo(deps),
            vscode.window.registerWebviewPanelSerializer(panelViewType, {
                deserializeWebviewPanel: async (panel) => {
                    GemmaKoPanel.revive(panel, context.extensionUri, log, panelHandlers(deps));
                }
            })
        );

        const activationMs = performance.now() - bundleEvaluationStart;
        log.info(`Gemma-Ko activated in ${activationMs.toFixed(1)} ms (llama.cpp not loaded).`);
        return { activationMs, nativeRuntimeRequested: () => runtime.nativeRuntimeRequested };
    } catch (error) {
        // VS Code swallows activation errors; say what happened.
        const reason = error instanceof Error ? error.message : String(error);
        log.error(`Activation failed: ${reason}`);
        void vscode.window.showErrorMessage(vscode.l10n.t("Gemma-Ko could not start: {0}", reason));
        throw error;
    }
}

export function deactivate(): void {
    // Everything is in context.subscriptions; VS Code disposes them.
}
