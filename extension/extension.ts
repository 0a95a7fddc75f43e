import { bundleEvaluationStart } from "./activationClock";
import * as vscode from "vscode";
import { errorMessage } from "../models/errors/codedError";
import { hasRequestedNodeLlamaCpp } from "../models/nodeLlamaCpp";
import { draftDocComment } from "./commands/draftDocComment";
import { draftDocs } from "./commands/draftDocs";
import { flagResult } from "./commands/flagResult";
import { insertResult } from "./commands/insertResult";
import { loadModel } from "./commands/loadModel";
import { openModelFile } from "./commands/openModelFile";
import { openSafetyReviews } from "./commands/openSafetyReviews";
import { clearRemoteApiKey } from "./commands/clearRemoteApiKey";
import { quickActions } from "./commands/quickActions";
import { renderSample } from "./commands/renderSample";
import { selectModel } from "./commands/selectModel";
import { setDownloadToken } from "./commands/setDownloadToken";
import { openDocs } from "./commands/openDocs";
import { watchSettings } from "./settingsWatch";
import { openFixSetting } from "./commands/openFixSetting";
import { setRemoteApiKey } from "./commands/setRemoteApiKey";
import { clearResults } from "./commands/clearResults";
import { showResults } from "./commands/showResults";
import { showRuntimeInfo } from "./commands/showRuntimeInfo";
import { stopAll } from "./commands/stopAll";
import { summarizeChanges } from "./commands/summarizeChanges";
import { summarizeSelection } from "./commands/summarizeSelection";
import { toggleInlineSuggestions } from "./commands/toggleInlineSuggestions";
import { translateComment } from "./commands/translateComment";
import { openChat, resumeChatAfterReload } from "./commands/openChat";
import { unloadModel } from "./commands/unloadModel";
import { registerChatParticipant } from "./chat/participant";
import { registerChatProvider } from "./chat/provider";
import { userDataFolder } from "./remoteWindow";
import { Ctx } from "./ctx";
import { registerDocCommentActions } from "./docCommentActions";
import { registerInlineSuggestions, type InlineSuggestions } from "./inline/provider";

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
    /** Whether node-llama-cpp has been imported into the extension host (never at activation). */
    nativeRuntimeRequested(): boolean;
    /** The model process's id while one runs (isolated mode), else `undefined`. */
    modelProcessId(): number | undefined;
    /** Where the model is: "unloaded", "loading", "ready" or "generating". */
    modelState(): string;
    /**
     * A result as the panel shows it: its state and filtered text, the error message if it
     * failed, and the phases its status line went through.
     */
    result(
        id: string
    ): { title: string; state: string; text: string; message?: string; fixes?: string[]; phases: string[] } | undefined;
    /** The progress titles of commands still preparing their request (finding the code to document). */
    preparing(): string[];
    /** Which backend answers: its kind and the status bar's label (never a key). */
    backendDescription(): { kind: string; label: string; detail: string };
    /** The status bar item's text, icons as `$(name)`. */
    statusText(): string;
    /** The profile's User settings folder on this machine, when the extension's storage is in it. */
    userDataFolder(): string | undefined;
    /** The chat model provider as registered with `vscode.lm` (vendor "gemma-ko"). */
    readonly chatProvider: vscode.LanguageModelChatProvider;
    /** The @gemma-ko participant's handler, as registered with `vscode.chat`. */
    readonly chatHandler: vscode.ChatRequestHandler;
    /** The @gemma-ko participant's follow-up suggestions, as registered with `vscode.chat`. */
    readonly chatFollowupProvider: vscode.ChatFollowupProvider;
    /** Korean ghost text in comments: the registered provider and its counters. */
    readonly inline: InlineSuggestions;
}

/** The table of contents: the context, every command, the surfaces, the API (long because it lists them). */
export function activate(context: vscode.ExtensionContext): GemmaKoApi {
    const activateStart = performance.now();
    let ctx: Ctx | undefined;
    try {
        ctx = new Ctx(context);
        context.subscriptions.push(ctx);
        // Settings out of range or of the wrong type: which, and what is used instead (once per change).
        context.subscriptions.push(watchSettings(context.extension, ctx.log));

        // Editor commands
        ctx.registerCommand(draftDocComment);
        ctx.registerCommand(translateComment);
        ctx.registerCommand(summarizeSelection);
        ctx.registerCommand(draftDocs);
        ctx.registerCommand(summarizeChanges);
        // Results
        ctx.registerCommand(insertResult);
        ctx.registerCommand(stopAll);
        // Safety review flags
        ctx.registerCommand(flagResult);
        ctx.registerCommand(openSafetyReviews);
        // Model
        ctx.registerCommand(selectModel);
        ctx.registerCommand(openModelFile);
        ctx.registerCommand(setDownloadToken);
        ctx.registerCommand(loadModel);
        ctx.registerCommand(setRemoteApiKey);
        ctx.registerCommand(openFixSetting);
        ctx.registerCommand(openDocs);
        ctx.registerCommand(clearRemoteApiKey);
        ctx.registerCommand(unloadModel);
        ctx.registerCommand(openChat);
        ctx.registerCommand(showRuntimeInfo);
        ctx.registerCommand(showResults);
        ctx.registerCommand(clearResults);
        ctx.registerCommand(quickActions);
        ctx.registerCommand(toggleInlineSuggestions);
        if (ctx.config.testHooks) {
            ctx.registerCommand(renderSample);
            void vscode.commands.executeCommand("setContext", "gemmaKo.testHooks", true);
        }
        ctx.subscribe(registerDocCommentActions());
        ctx.registerPanelSerializer();
        // Chat: the model picker's provider and @gemma-ko
        const chatProvider = registerChatProvider(ctx);
        const chatParticipant = registerChatParticipant(ctx);
        void resumeChatAfterReload(ctx).catch((error: unknown) =>
            ctx?.log.warn(vscode.l10n.t("Reopening the chat failed: {0}", errorMessage(error)))
        );
        // Korean ghost text inside comments
        const inline = registerInlineSuggestions(ctx);
        greetOnFirstInstall(context, ctx);

        const activateCallMs = performance.now() - activateStart;
        const activationMs = bundleEvaluationMs + activateCallMs;
        ctx.log.info(
            vscode.l10n.t(
                "Gemma-Ko activated in {0} ms (bundle {1} ms + activate {2} ms; llama.cpp not loaded).",
                activationMs.toFixed(1),
                bundleEvaluationMs.toFixed(1),
                activateCallMs.toFixed(1)
            )
        );
        const { models, results, preparations } = ctx;
        return {
            activationMs,
            bundleEvaluationMs,
            activateCallMs,
            nativeRuntimeRequested: hasRequestedNodeLlamaCpp,
            modelProcessId: () => models.processId,
            modelState: () => models.state,
            result: (id) => results.snapshot(id),
            preparing: () => preparations.titles(),
            backendDescription: () => models.backend.describe(),
            statusText: () => ctx?.statusBar.text ?? "",
            userDataFolder: () => userDataFolder(context.globalStorageUri),
            chatProvider,
            chatHandler: chatParticipant.handler,
            chatFollowupProvider: chatParticipant.followupProvider,
            inline
        };
    } catch (error) {
        // VS Code swallows activation errors; say what happened.
        ctx?.log.error(vscode.l10n.t("Activation failed: {0}", errorMessage(error)));
        void vscode.window.showErrorMessage(vscode.l10n.t("Gemma-Ko could not start: {0}", errorMessage(error)));
        throw error;
    }
}

/**
 * Opens the Get Started walkthrough once, on the first start after installation — unless
 * VS Code's own "open walkthroughs on install" is off, or the user is already working (a
 * command ran, or a file is open in the editor: the walkthrough must not cover the panel they
 * asked for or take the focus from the code they are typing in).
 */
function greetOnFirstInstall(context: vscode.ExtensionContext, ctx: Ctx): void {
    const key = "gemmaKo.greeted";
    if (context.globalState.get<boolean>(key) === true) return;
    const openOnInstall = vscode.workspace
        .getConfiguration("workbench.welcomePage.walkthroughs")
        .get<boolean>("openOnInstall", true);
    if (!openOnInstall) return;
    // Remembered before anything opens, so that a quick reload does not greet twice.
    void Promise.resolve(context.globalState.update(key, true)).then(() => {
        setTimeout(() => {
            if (ctx.commandsRun > 0 || vscode.window.activeTextEditor !== undefined) return;
            void vscode.commands.executeCommand(
                "workbench.action.openWalkthrough",
                `${context.extension.id}#gemmaKo.gettingStarted`,
                false
            );
        }, 1_000);
    });
}

export function deactivate(): void {
    // Everything is in context.subscriptions; VS Code disposes them.
}
