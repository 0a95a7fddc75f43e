// Speculative decoding with a draft model (issue 16): a small model with the same
// vocabulary (Gemma-Ko 2B for Gemma-Ko 7B, `gemmaKo.model.draftPath`) guesses the next
// few tokens greedily, and the model checks them in the batch of one step
// (promptLookup.ts's guessDecode), keeping what it agrees with. Greedy text is the
// same with and without the draft; a draft that cannot be used (missing, damaged,
// another vocabulary, out of memory) is logged and left out, never a failed load.
import * as path from "node:path";
import { errorMessage } from "./errors/codedError";
import { gemmaArchitectures, inspectGguf, type GgufSummary, type GgufValue } from "./gguf/inspectGguf";
import { validateModel } from "./gguf/validateModel";
import { evaluateInChunks, PromptSpeed } from "./promptChunks";
import type { Guesser } from "./promptLookup";
import { commonPrefixLength, type LlamaContextSequence } from "./promptPrefixes";
import type { LlamaBackend, RuntimeLogger } from "./runtimeInfo";
import { logT } from "./translate";
import type { LlamaContext, LlamaModel, Token } from "./runtimeTypes";

/** A loaded draft model: its own context and one sequence, which keeps its state between requests. */
export interface DraftModel {
    path: string;
    model: LlamaModel;
    context: LlamaContext;
    sequence: LlamaContextSequence;
    /** How fast the draft evaluates prompts, to size the pieces a cancel stops between. */
    speed: PromptSpeed;
    dispose(): Promise<void>;
}

/** Most tokens a draft guesses per step (GuessPace shortens it where guesses fail). */
export const draftMaxGuess = 4;

const greedy = { generateNext: { token: true } } as const;

/** Why two models cannot share tokens, or undefined when their tokenizers are the same. */
export function vocabularyMismatch(target: GgufSummary, draft: GgufSummary): string | undefined {
    const model = (s: GgufSummary) => s.metadata.get("tokenizer.ggml.model");
    if (model(target) !== model(draft))
        return `tokenizer ${JSON.stringify(model(draft))} is not the model's ${JSON.stringify(model(target))}`;
    const tokens = (s: GgufSummary): GgufValue | undefined => s.metadata.get("tokenizer.ggml.tokens");
    const a = tokens(target);
    const b = tokens(draft);
    if (typeof a !== "object" || typeof b !== "object") return "a token list is missing";
    if (a.length !== b.length) return `${b.length} tokens, the model has ${a.length}`;
    for (let i = 0; i < a.items.length; i++)
        if (a.items[i] !== b.items[i]) return `token ${i} differs (${JSON.stringify(b.items[i])})`;
    for (const key of ["bos", "eos"]) {
        const id = (s: GgufSummary) => s.metadata.get(`tokenizer.ggml.${key}_token_id`);
        if (id(target) !== id(draft)) return `another ${key} token`;
    }
    return undefined;
}

/**
 * Loads `file` as the draft for a model whose GGUF summary is `target`, with a context as
 * large as the model's; on the GPU when the backend has one. Resolves with why not (also
 * logged as a warning) when the draft cannot be used.
 */
export async function loadDraftModel(
    file: string,
    target: { summary: GgufSummary; contextSize: number; threads?: number },
    backend: LlamaBackend,
    deps: { logger: RuntimeLogger; architectures?: readonly string[]; signal?: AbortSignal }
): Promise<DraftModel | { skipped: string }> {
    let model: LlamaModel | undefined;
    try {
        const summary = await inspectGguf(file, {
            architectures: deps.architectures ?? gemmaArchitectures,
            keepArrayItems: Number.MAX_SAFE_INTEGER,
            ...(deps.signal === undefined ? {} : { signal: deps.signal })
        });
        validateModel(summary);
        const mismatch = vocabularyMismatch(target.summary, summary);
        if (mismatch !== undefined)
            return skipped(file, `its vocabulary is not the model's (${mismatch}).`, deps.logger);
        const loaded = await backend.llama.loadModel({
            modelPath: file,
            gpuLayers: backend.llama.gpu === false ? 0 : "auto",
            ...(deps.signal === undefined ? {} : { loadSignal: deps.signal })
        });
        model = loaded;
        const context = await loaded.createContext({
            contextSize: target.contextSize,
            sequences: 1,
            ...(target.threads === undefined ? {} : { threads: target.threads })
        });
        const sequence = context.getSequence();
        deps.logger.info(
            logT(deps.logger)(
                "Draft model {0} loaded for speculative decoding ({1} GPU layers).",
                path.basename(file),
                loaded.gpuLayers
            )
        );
        return {
            path: file,
            model: loaded,
            context,
            sequence,
            speed: new PromptSpeed(),
            dispose: async () => {
                await context.dispose();
                await loaded.dispose();
            }
        };
    } catch (error) {
        await model?.dispose().catch(() => undefined);
        if (deps.signal?.aborted === true) throw error;
        return skipped(file, errorMessage(error), deps.logger);
    }
}

function skipped(file: string, why: string, logger: RuntimeLogger): { skipped: string } {
    logger.warn(logT(logger)("The draft model {0} is not used: {1}", path.basename(file), why));
    return { skipped: why };
}

/**
 * Guesses with the draft: its sequence is brought to the model's tokens (what it holds in
 * common is kept, the rest erased and the missing tokens evaluated), then it decodes up to
 * `length` tokens greedily. Its guesses past what the model kept are erased at the next step.
 */
export function draftGuesser(draft: DraftModel): Guesser {
    let tokens: Token[] = [];
    return {
        start: (stateTokens) => {
            tokens = [...stateTokens];
        },
        push: (token) => {
            tokens.push(token);
        },
        guess: (length) => guessWithDraft(draft, tokens, length),
        dispose: () => undefined
    };
}

/**
 * Brings the draft's sequence to the prompt before the first step — what it holds in common is
 * kept, the rest evaluated in pieces a cancel stops between (promptChunks.ts) — so it guesses from
 * the first generated token and no step waits on a long draft batch. The last prompt token is
 * left for the first guess (its logits give it).
 */
export async function primeDraft(draft: DraftModel, prompt: readonly Token[], signal?: AbortSignal): Promise<void> {
    const { sequence } = draft;
    const common = await keepCommonPrefix(sequence, prompt);
    await evaluateInChunks(sequence, prompt.slice(common, -1), {
        signal,
        maxChunk: sequence.context.batchSize,
        speed: draft.speed
    });
}

/**
 * Keeps what the draft's sequence holds in common with `tokens`, short of their last token (it
 * is evaluated again: its logits give the next guess), and erases the rest; returns the length kept.
 */
async function keepCommonPrefix(sequence: LlamaContextSequence, tokens: readonly Token[]): Promise<number> {
    const common = Math.max(0, Math.min(commonPrefixLength(sequence.contextTokens, tokens), tokens.length - 1));
    if (common < sequence.nextTokenIndex)
        await sequence.eraseContextTokenRanges([{ start: common, end: sequence.nextTokenIndex }]);
    return common;
}

async function guessWithDraft(draft: DraftModel, tokens: readonly Token[], length: number): Promise<Token[]> {
    const { sequence, model } = draft;
    if (tokens.length === 0) return [];
    const missing = tokens.slice(await keepCommonPrefix(sequence, tokens));
    const wanted = Math.min(length, sequence.contextSize - sequence.nextTokenIndex - missing.length - 1);
    if (wanted <= 0) return [];
    const guesses: Token[] = [];
    let results = await sequence.controlledEvaluate([...missing.slice(0, -1), [missing[missing.length - 1], greedy]]);
    for (;;) {
        const next = results.at(-1)?.next.token ?? undefined;
        if (next === undefined) break;
        guesses.push(next);
        if (guesses.length >= wanted || model.isEogToken(next)) break;
        results = await sequence.controlledEvaluate([[next, greedy]]);
    }
    return guesses;
}
