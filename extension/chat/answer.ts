// One chat answer, for the model provider and the @gemma-ko participant alike: load the
// model the settings name, build the prompt (the chat prompt for a conversation, or a
// panel request's own for a slash command), generate, and pass every piece through the
// safety filter. Only filtered text reaches `send`.
import * as vscode from "vscode";
import { describeModelError } from "../../models/describeError";
import type { LoadProgress } from "../../models/runtime";
import type { Ctx } from "../ctx";
import type { ResultRequest, ResultStatus } from "../panel/results";
import { errorCode } from "../panel/errorFixes";
import { endOfResult } from "../panel/resultTypes";
import { buildChatPrompt, type ChatTextMessage } from "./chatPrompt";
import { auditSummary, FilteredStream } from "./filteredStream";

/** Context size assumed before the model is loaded (and when the setting is "auto"). */
export const defaultChatContextSize = 4096;
/** Output cap when gemmaKo.generation.maxTokens is 0 (automatic). */
export const defaultChatMaxOutputTokens = 1024;
/** Tokens kept for the preface and worked examples of the base-model prompt. */
export const promptOverheadTokens = 384;

/** Context, input and output limits, from the loaded model (or the server's) or else the settings. */
export function chatLimits(ctx: Ctx): { contextSize: number; maxInputTokens: number; maxOutputTokens: number } {
    const configured = ctx.config.model;
    const loaded = ctx.models.model;
    // The server's model is current whenever the remote backend answers; a local one only if it is the configured file.
    const contextSize =
        loaded !== undefined && (ctx.models.usesRemote || loaded.path === configured.path)
            ? loaded.contextSize
            : configured.contextSize === "auto"
              ? defaultChatContextSize
              : configured.contextSize;
    const setting = ctx.config.generation.maxTokens;
    const maxOutputTokens = Math.min(setting > 0 ? setting : defaultChatMaxOutputTokens, Math.floor(contextSize / 2));
    const maxInputTokens = Math.max(0, contextSize - maxOutputTokens - promptOverheadTokens);
    return { contextSize, maxInputTokens, maxOutputTokens };
}

/** Where filtered text goes, and what the log calls the surface. */
export interface FilteredAnswerOptions {
    signal: AbortSignal;
    /** Filtered text, in order (and the notice, if the filter blocks). */
    send: (text: string) => void;
    /** Where it came from, for the log: "provider" or "participant /doc" and the like. */
    source: string;
}

export interface FilteredAnswer {
    /** The filter blocked the answer: the notice was sent, and generation stopped. */
    blocked: boolean;
    /** Everything sent, when the answer ran to its end unblocked; "" otherwise. */
    text: string;
    /** What the filter hid (redacted or masked), counted by type: never the values. */
    hidden: Map<string, number>;
}

/**
 * Runs `produce` with its raw text going through the safety filter, a judged sentence at a
 * time, to `send` (filteredStream.ts); logs the audit record (types and counts, never values).
 * Resolves when done, stopped, or blocked. Throws a readable error.
 */
async function filteredAnswer(
    ctx: Ctx,
    options: FilteredAnswerOptions,
    produce: (onText: (text: string) => void, signal: AbortSignal) => Promise<unknown>
): Promise<FilteredAnswer> {
    const { signal } = options;
    const stopOnBlock = new AbortController();
    try {
        let sent = "";
        const stream = new FilteredStream(
            await ctx.safety.createFilter(),
            (text) => {
                sent += text;
                options.send(text);
            },
            () => stopOnBlock.abort()
        );
        await produce((text) => stream.push(text), AbortSignal.any([signal, stopOnBlock.signal]));
        const outcome = stream.finish(signal.aborted);
        // The audit record: types and counts, never the values.
        const summary = auditSummary(outcome.result);
        if (summary.length > 0 || outcome.blocked)
            ctx.log.info(
                vscode.l10n.t(
                    "Safety filter ({0}): {1}; {2}",
                    `chat ${options.source}`,
                    outcome.result.verdict,
                    summary
                )
            );
        return {
            blocked: outcome.blocked,
            text: outcome.blocked || signal.aborted ? "" : sent,
            hidden: endOfResult(outcome.result.audit.findings, sent).counts
        };
    } catch (error) {
        if (signal.aborted) return { blocked: false, text: "", hidden: new Map() };
        ctx.log.error(
            vscode.l10n.t(
                "Chat ({0}) failed: {1}",
                options.source,
                error instanceof Error ? error.message : String(error)
            )
        );
        // The sentence for the user, and the error's code: the chat offers the fix beside it (none
        // for the context size of a server's model).
        const onServer = (error as { onServer?: unknown } | null)?.onServer === true;
        throw Object.assign(new Error(describeModelError(error, vscode.l10n.t)), { code: errorCode(error), onServer });
    }
}

export interface ChatAnswerOptions extends FilteredAnswerOptions {
    messages: readonly ChatTextMessage[];
    onLoadProgress?: (progress: LoadProgress) => void;
}

/** Answers a conversation with the chat prompt for the model's kind (chatPrompt.ts). */
export function answerChat(ctx: Ctx, options: ChatAnswerOptions): Promise<FilteredAnswer> {
    return filteredAnswer(ctx, options, async (onText, signal) => {
        const info = await ctx.models.ensureLoaded((p) => options.onLoadProgress?.(p), signal);
        const maxTokens = chatLimits(ctx).maxOutputTokens;
        const build = (messages: readonly ChatTextMessage[]) =>
            buildChatPrompt(messages, { kind: info.kind.kind, style: ctx.config.generation.speechStyle });
        // The oldest turns go first when the conversation outgrows the context (one long answer
        // made every later question in that chat fail, found from outside); the question stays.
        let messages = options.messages;
        let { prompt, stop } = build(messages);
        const needed = async () => (await ctx.models.countTokens(prompt)) + maxTokens + 16;
        while (messages.length > 1 && (await needed()) > info.contextSize) {
            messages = messages.slice(messages[0].role === "user" && messages.length > 2 ? 2 : 1);
            ({ prompt, stop } = build(messages));
        }
        // The question alone does not fit (the answer gets what room is left; none is left here):
        // nothing was selected, so say so in a chat's words rather than "select less text".
        const tokens = (await ctx.models.countTokens(prompt)) + 16;
        if (tokens > info.contextSize)
            throw new Error(
                vscode.l10n.t(
                    "The question takes {0} tokens but the context holds {1}. Ask a shorter question (or attach the file with #file and use /summarize), or raise the context size (gemmaKo.model.contextSize).",
                    tokens,
                    info.contextSize
                )
            );
        await ctx.models.generate({
            prompt,
            stop,
            maxTokens,
            temperature: ctx.config.generation.temperature,
            signal,
            onText
        });
    });
}

export interface RequestAnswerOptions extends FilteredAnswerOptions {
    /** Loading and generating, as the request reports them to the panel. */
    onStatus?: (status: ResultStatus) => void;
}

/**
 * Answers with one of the panel's requests (extension/requests/): the same prompt, the same
 * model call, the same hierarchical summary; only where the filtered text goes differs.
 */
export function answerRequest(
    ctx: Ctx,
    request: ResultRequest,
    options: RequestAnswerOptions
): Promise<FilteredAnswer> {
    return filteredAnswer(ctx, options, (onText, signal) =>
        request.run(signal, (status) => options.onStatus?.(status), onText)
    );
}
