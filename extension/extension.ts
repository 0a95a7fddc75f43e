import { bundleEvaluationStart } from "./activationClock";
import * as vscode from "vscode";
import { panelHandlers, registerShowRuntimeInfo, type ShowRuntimeInfoDeps } from "./commands/showRuntimeInfo";
import { GemmaKoPanel, panelViewType } from "./panel/gemmaKoPanel";
import { ResultsController } from "./panel/results";
import { registerDeveloperCommands } from "./commands/developer";
import { registerDraftDocComment } from "./commands/draftDocComment";
import { registerSelectModel } from "./commands/selectModel";
import { registerSummarize, registerTranslateComment } from "./commands/summarize";
import { registerDocCommentActions } from "./commands/codeActions";
import { ModelService } from "./modelService";
import { RuntimeService } from "./runtimeService";

// Everything above has been evaluated: the bundle's own loading cost ends here.
const bundleEvaluationMs = performance.now() - bundleEvaluationStart;

/** What the extension exports: read by the in-host tests, stable for other extensions. */
export interface GemmaKoApi {
    /**
     * Our own activation cost in milliseconds: evaluating the bundle plus running
     * `activate` (VS Code's own work between the two is not counted).
     */
    readonly activationMs: number;
    readonly bundleEvaluationMs: number;
    readonly activateCallMs: number;
    /** Whether node-llama-cpp has been imported (it must not be at activation). */
    nativeRuntimeRequested(): boolean;
}

export function activate(context: vscode.ExtensionContext): GemmaKoApi {
    const activateStart = performance.now();
    const log = vscode.window.createOutputChannel("Gemma-Ko", { log: true });
    context.subscriptions.push(log);
    try {
        const runtime = new RuntimeService(log);
        context.subscriptions.push(runtime);
        // The results controller reaches the panel lazily: posting the first result opens it.
        const openPanel = (): GemmaKoPanel => GemmaKoPanel.createOrShow(context.extensionUri, log, panelHandlers(deps));
        const results = new ResultsController(openPanel, log, () => vscode.workspace.getConfiguration("gemmaKo").get("safety.policy"));
        context.subscriptions.push(results);
        const deps: ShowRuntimeInfoDeps = { extensionUri: context.extensionUri, log, runtime, results };
        const models = new ModelService(runtime, log);
        context.subscriptions.push(models);

        context.subscriptions.push(
            registerShowRuntimeInfo(deps),
            ...registerDeveloperCommands(deps),
            ...registerDraftDocComment({ models, results, log }),
            registerSelectModel({ context, runtime, models, log }),
            ...registerSummarize({ models, results, log }),
            registerTranslateComment({ models, results, log }),
            registerDocCommentActions(),
            vscode.window.registerWebviewPanelSerializer(panelViewType, {
                deserializeWebviewPanel: async (panel) => {
                    GemmaKoPanel.revive(panel, context.extensionUri, log, panelHandlers(deps));
                }
            })
        );

        const activateCallMs = performance.now() - activateStart;
        const activationMs = bundleEvaluationMs + activateCallMs;
        log.info(`Gemma-Ko activated in ${activationMs.toFixed(1)} ms (bundle ${bundleEvaluationMs.toFixed(1)} ms + activate ${activateCallMs.toFixed(1)} ms; llama.cpp not loaded).`);
        return { activationMs, bundleEvaluationMs, activateCallMs, nativeRuntimeRequested: () => runtime.nativeRuntimeRequested };
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
