// Gemma-Ko in VS Code's chat model picker: a Language Model Chat Provider (vendor
// "gemma-ko", finalized API, VS Code ≥ 1.104). One model: the local model the settings
// name (loaded in the model process on first request), or, with gemmaKo.backend =
// remote, the team's inference server and the model it serves. Every answer goes through
// the safety filter (chat/answer.ts), in this process, whichever backend wrote it;
// nothing goes anywhere but the backend the user configured.
import * as path from "node:path";
import * as vscode from "vscode";
import type { Ctx } from "../ctx";
import { answerChat, chatLimits } from "./answer";
import { estimateTokens, type ChatTextMessage } from "./chatPrompt";

export const chatVendor = "gemma-ko";
/**
 * One id for whichever backend the settings name: VS Code's chat keeps the model the user
 * picked by its id, so an id per backend left the chat bound to a model that was gone after
 * gemmaKo.backend changed ("Language model unavailable" until the picker was opened again).
 */
export const chatModelId = "gemma-ko";

/** The text of a chat message (text parts only: this model takes no images or tool results). */
export function messageText(message: vscode.LanguageModelChatRequestMessage): string {
    return message.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : "")).join("");
}

export function toChatMessages(messages: readonly vscode.LanguageModelChatRequestMessage[]): ChatTextMessage[] {
    return messages.map((message) => ({
        role: message.role === vscode.LanguageModelChatMessageRole.Assistant ? "assistant" : "user",
        text: messageText(message)
    }));
}

/** An AbortSignal that follows a cancellation token. */
export function abortSignalOf(token: vscode.CancellationToken): { signal: AbortSignal; dispose(): void } {
    const controller = new AbortController();
    if (token.isCancellationRequested) controller.abort();
    const listener = token.onCancellationRequested(() => {
        controller.abort();
    });
    return {
        signal: controller.signal,
        dispose: () => {
            listener.dispose();
        }
    };
}

/** What differs between the picker's local and server entries. */
interface ModelSource {
    name: string;
    version: string;
    detail: string;
    tooltip: (contextSize: number) => string;
}

export class GemmaKoChatProvider implements vscode.LanguageModelChatProvider, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<void>();
    readonly onDidChangeLanguageModelChatInformation = this.changed.event;
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly ctx: Ctx) {
        this.subscriptions.push(
            this.changed,
            ctx.config.onDidChange((event) => {
                if (
                    event.affectsConfiguration("gemmaKo.model") ||
                    event.affectsConfiguration("gemmaKo.generation") ||
                    event.affectsConfiguration("gemmaKo.backend") ||
                    event.affectsConfiguration("gemmaKo.remote")
                )
                    this.changed.fire();
            }),
            // Loading reveals the real context size and name.
            ctx.models.onDidLoadProgress((progress) => {
                if (progress.fraction >= 1) this.changed.fire();
            })
        );
    }

    /** Tells VS Code to ask for the models again. */
    announce(): void {
        this.changed.fire();
    }

    /** The inference server's model, or the configured local model; none when neither is set. */
    provideLanguageModelChatInformation(): vscode.LanguageModelChatInformation[] {
        const source = this.ctx.models.usesRemote ? this.remoteSource() : this.localSource();
        if (source === undefined) return [];
        const { maxInputTokens, maxOutputTokens, contextSize } = chatLimits(this.ctx);
        return [
            {
                id: chatModelId,
                name: `Gemma-Ko (${source.name})`,
                family: "gemma-ko",
                version: source.version,
                tooltip: source.tooltip(contextSize),
                detail: source.detail,
                maxInputTokens,
                maxOutputTokens,
                capabilities: { toolCalling: false, imageInput: false }
            }
        ];
    }

    /** The configured local model file (its loaded name once it is loaded). */
    private localSource(): ModelSource | undefined {
        const configured = this.ctx.config.model.path;
        if (configured.length === 0) return undefined;
        const loaded = this.ctx.models.model;
        return {
            name: loaded !== undefined && loaded.path === configured ? loaded.name : path.basename(configured),
            version: path.basename(configured),
            detail: vscode.l10n.t("local"),
            tooltip: (contextSize) =>
                vscode.l10n.t(
                    "Runs on this machine; every answer passes the Gemma-Ko safety filter. Context: {0} tokens.",
                    contextSize
                )
        };
    }

    /** The team's server: named by the model it serves (or the configured one) and its host. */
    private remoteSource(): ModelSource | undefined {
        const { endpoint, model } = this.ctx.config.remote;
        if (endpoint.length === 0) return undefined;
        let host = endpoint;
        try {
            host = new URL(endpoint).host;
        } catch {
            // An invalid endpoint is reported when a request is made; the picker shows it as written.
        }
        return {
            name: this.ctx.models.model?.name ?? (model.length > 0 ? model : host),
            version: `${host}/${model}`,
            detail: host,
            tooltip: (contextSize) =>
                vscode.l10n.t(
                    "Runs on the inference server {0}; every answer passes the Gemma-Ko safety filter on this machine. Context: {1} tokens.",
                    host,
                    contextSize
                )
        };
    }

    async provideLanguageModelChatResponse(
        _model: vscode.LanguageModelChatInformation,
        messages: readonly vscode.LanguageModelChatRequestMessage[],
        _options: vscode.ProvideLanguageModelChatResponseOptions,
        progress: vscode.Progress<vscode.LanguageModelResponsePart>,
        token: vscode.CancellationToken
    ): Promise<void> {
        const abort = abortSignalOf(token);
        try {
            await answerChat(this.ctx, {
                messages: toChatMessages(messages),
                signal: abort.signal,
                send: (text) => progress.report(new vscode.LanguageModelTextPart(text)),
                source: "provider"
            });
        } finally {
            abort.dispose();
        }
    }

    /**
     * From the model's own tokenizer once it is loaded; before that an over-estimate
     * (chatPrompt.ts estimateTokens): counting must not load a multi-gigabyte model.
     */
    async provideTokenCount(
        _model: vscode.LanguageModelChatInformation,
        text: string | vscode.LanguageModelChatRequestMessage
    ): Promise<number> {
        const value = typeof text === "string" ? text : messageText(text);
        if (!this.ctx.models.namedModelReady) return estimateTokens(value);
        try {
            return await this.ctx.models.countTokens(value);
        } catch {
            return estimateTokens(value);
        }
    }

    dispose(): void {
        for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
    }
}

/** Registers the provider; returns it too (the in-host tests reach it through the extension's API). */
export function registerChatProvider(ctx: Ctx): GemmaKoChatProvider {
    const provider = new GemmaKoChatProvider(ctx);
    ctx.subscribe(provider, vscode.lm.registerLanguageModelChatProvider(chatVendor, provider));
    // VS Code asks a provider for its models only when something selects models or the
    // provider says they changed: without this, the chat view's model picker would not
    // list Gemma-Ko until another extension called vscode.lm.selectChatModels (seen in
    // offline code-server 1.139). Answering costs nothing: no model is loaded for it.
    setTimeout(() => provider.announce(), 0);
    return provider;
}
