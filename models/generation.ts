import { importNodeLlamaCpp } from "./nodeLlamaCpp";
import { draftGuesser, draftMaxGuess, primeDraft } from "./draftModel";
import { describePredictions, guessDecode, lookupDecode, type PredictionStats } from "./promptLookup";
import { commonPrefixLength, type LlamaContextSequence } from "./promptPrefixes";
import { PromptTooLongError } from "./runtimeErrors";
import type { RuntimeLogger } from "./runtimeInfo";
import { logT } from "./translate";
import type { GenerateRequest, GenerationResult, LoadedModel, LlamaModel, StopReason, Token } from "./runtimeTypes";
import { TextAssembler } from "./textAssembler";

/** The result of a request cancelled before it ran. */
export function cancelledResult(): GenerationResult {
    return {
        text: "",
        stopReason: "cancelled",
        promptTokens: 0,
        generatedTokens: 0,
        timeToFirstTokenMs: 0,
        tokensPerSecond: 0,
        queuedMs: 0
    };
}

/** The prompt's tokens with a BOS in front when the model wants one and the prompt has none. */
function promptTokens(model: LlamaModel, prompt: string): Token[] {
    const tokens = model.tokenize(prompt, true);
    const bos = model.tokens.bos;
    return bos !== null && model.tokens.shouldPrependBosToken && tokens[0] !== bos ? [bos, ...tokens] : tokens;
}

/** When the tokens came, for the result's figures. */
interface Timing {
    started: number;
    first?: number;
    last: number;
}

/** What pulling tokens needs besides the sequence: limits, text assembly, the clock. */
interface Pull {
    maxTokens: number;
    decoder: TextAssembler;
    emit: (text: string) => void;
    clock: Timing;
}

/**
 * Generates one completion on the loaded context's sequence, after readying it for
 * the prompt (what an earlier request evaluated of the same prompt start is kept,
 * the rest erased: see PromptPrefixes). `started` is when the caller asked
 * (queueing counts towards the time to the first token).
 */
export async function generateOnSequence(
    loaded: LoadedModel,
    request: GenerateRequest,
    timing: { started: number; queuedMs: number },
    logger: RuntimeLogger
): Promise<GenerationResult> {
    const { model, context } = loaded;
    const input = promptTokens(model, request.prompt);
    const room = context.contextSize - input.length;
    if (room < 1) throw new PromptTooLongError(input.length, context.contextSize);
    const maxTokens = Math.max(1, Math.min(request.maxTokens ?? 512, room));
    const decoder = new TextAssembler(
        model,
        (request.stop ?? []).filter((s) => s.length > 0)
    );
    const emit = (text: string) => {
        if (text.length === 0) return;
        try {
            request.onText?.(text);
        } catch (error) {
            logger.warn(`A text listener failed: ${String(error)}`);
        }
    };
    const clock: Timing = { started: timing.started, last: 0 };
    const shared =
        request.sharedPrefix === undefined ? 0 : commonPrefixLength(promptTokens(model, request.sharedPrefix), input);
    const predictions = { validated: 0, refuted: 0 };
    const { stopReason, reused } = await runSequence(loaded, { input, shared, predictions }, request, {
        maxTokens,
        decoder,
        emit,
        clock
    });
    // On cancel the user keeps what was shown; otherwise the exact decode of all tokens.
    const text = stopReason === "cancelled" ? decoder.emitted : decoder.finish();
    // What the last tokens completed (a held-back stop-sequence prefix that turned out not to be one).
    if (text.startsWith(decoder.emitted)) emit(text.slice(decoder.emitted.length));
    else logger.warn(logT(logger)("The streamed text and the final decode differ; the final text is used."));
    const guessed = describePredictions(
        predictions,
        decoder.tokenCount,
        loaded.draft === undefined ? "Prompt lookup" : "The draft model"
    );
    // Debug: one line per request buries the log at Info (seen from outside: 40 lines for one summary).
    if (guessed !== undefined) logger.debug(guessed);
    const generatedTokens = decoder.tokenCount;
    const decodeMs = clock.first === undefined ? 0 : clock.last - clock.first;
    return {
        text,
        stopReason,
        promptTokens: input.length,
        generatedTokens,
        timeToFirstTokenMs: clock.first === undefined ? 0 : clock.first - clock.started,
        tokensPerSecond: generatedTokens > 1 && decodeMs > 0 ? ((generatedTokens - 1) * 1000) / decodeMs : 0,
        queuedMs: timing.queuedMs,
        reusedPromptTokens: reused,
        ...(lookupUsed(loaded, request) ? { predictions } : {})
    };
}

/** Whether a request decodes with guesses (a draft model or prompt lookup): greedy only (sampling keeps its seed's text). */
function lookupUsed(loaded: LoadedModel, request: GenerateRequest): boolean {
    return (loaded.draft !== undefined || loaded.promptLookup !== false) && (request.temperature ?? 0) === 0;
}

/**
 * Evaluates the prompt (what the sequence does not hold yet) and pulls tokens until
 * a stop condition; says which one, and how many prompt tokens were reused.
 */
async function runSequence(
    loaded: LoadedModel,
    prompt: { input: Token[]; shared: number; predictions: PredictionStats },
    request: GenerateRequest,
    pull: Pull
): Promise<{ stopReason: StopReason; reused: number }> {
    // node-llama-cpp caps every batch at llama.maxThreads: the prompt runs on the
    // plan's prompt count, generation on its decode count (threadPlan.ts).
    const llama = loaded.model.llama;
    const maxThreads = llama.maxThreads;
    llama.maxThreads = loaded.threads.prompt;
    let clean = false;
    try {
        const { signal } = request;
        const prepared = await loaded.prefixes.prepare(prompt.input, prompt.shared, signal);
        const { sequence, reused } = prepared;
        // All but the last prompt token in pieces a cancel can stop between (the last one's
        // logits give the first generated token: it goes with the decode). A cancelled
        // evaluation leaves a clean prefix in the sequence, for the next request to reuse.
        const ahead = prompt.input.slice(prepared.evaluated, -1);
        const evaluated =
            prepared.evaluated +
            (await loaded.prefixes.evaluateInPieces(sequence, ahead, signal, (done) =>
                request.onPromptProgress?.(prepared.evaluated + done, prompt.input.length)
            ));
        if (signal?.aborted === true) {
            clean = true;
            return { stopReason: "cancelled", reused };
        }
        const tokens = await decode(sequence, prompt, evaluated, loaded, request);
        const stopReason = await pullTokens(tokens, loaded, request, pull);
        clean = true;
        return { stopReason, reused };
    } finally {
        llama.maxThreads = maxThreads;
        // An error may leave the sequence half-evaluated: then it is dropped, not reused.
        await loaded.prefixes.release(clean);
    }
}

/** The generated tokens: the prompt's unevaluated rest evaluated, then greedy with prompt lookup or sampled. */
async function decode(
    sequence: LlamaContextSequence,
    prompt: { input: Token[]; predictions: PredictionStats },
    evaluated: number,
    loaded: LoadedModel,
    request: GenerateRequest
): Promise<AsyncGenerator<Token, void, void>> {
    const rest = prompt.input.slice(evaluated);
    if (loaded.draft !== undefined && (request.temperature ?? 0) === 0) {
        await primeDraft(loaded.draft, prompt.input, request.signal);
        return guessDecode(sequence, loaded.model, rest, draftGuesser(loaded.draft), {
            maxGuess: draftMaxGuess,
            stats: prompt.predictions
        });
    }
    const lookup = loaded.promptLookup;
    if (lookup !== false && lookupUsed(loaded, request)) {
        const { InputLookupTokenPredictor } = await importNodeLlamaCpp();
        return lookupDecode(sequence, loaded.model, rest, prompt.input, {
            Predictor: InputLookupTokenPredictor,
            options: lookup,
            stats: prompt.predictions
        });
    }
    const temperature = request.temperature ?? 0;
    return sequence.evaluate(rest, {
        temperature,
        ...(temperature > 0 ? { topK: request.topK ?? 40, topP: request.topP ?? 0.95, seed: request.seed } : {})
    });
}

/** Pulls generated tokens until a stop condition; says which one. */
async function pullTokens(
    tokens: AsyncGenerator<Token, void, void>,
    loaded: LoadedModel,
    request: GenerateRequest,
    { maxTokens, decoder, emit, clock }: Pull
): Promise<StopReason> {
    const llama = loaded.model.llama;
    if (request.signal?.aborted) return "cancelled";
    for await (const token of tokens) {
        const now = performance.now();
        if (clock.first === undefined) {
            clock.first = now;
            llama.maxThreads = loaded.threads.decode;
        }
        clock.last = now;
        if (loaded.model.isEogToken(token)) return "eos";
        const step = decoder.push(token);
        emit(step.text);
        if (step.stopped) return "stopSequence";
        if (request.signal?.aborted) return "cancelled";
        if (decoder.tokenCount >= maxTokens) return "maxTokens";
    }
    // A generator that ends by itself has produced an end-of-generation token.
    return "eos";
}
