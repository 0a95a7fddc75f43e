// Prompt evaluation that a cancel can stop. node-llama-cpp evaluates a prompt handed
// to it in batches of the context's batch size and does not look at an AbortSignal
// until all of it is done: on a CPU a long prompt for a 7B model is tens of seconds
// that Stop (or the next keystroke, for ghost text) cannot cut short, and the model
// process ends a call that ignores a cancel for 3 s. So the prompt goes in pieces,
// each sized to take about `targetMs` (measured on the pieces before it), with the
// signal read between pieces. What was evaluated stays in the sequence: the next
// request that starts with the same tokens (the next keystroke's prompt extends this
// one) reuses it instead of paying for it again.
import type { LlamaContextSequence } from "./promptPrefixes";
import type { Token } from "./runtimeTypes";

export interface ChunkOptions {
    signal?: AbortSignal | undefined;
    /** About how long one piece may take. Default 250 ms. */
    targetMs?: number;
    /** The first piece, before anything is measured. Default 32 tokens. */
    firstChunk?: number;
    /** The largest piece (the context's batch size). */
    maxChunk: number;
    /** After each piece: tokens evaluated so far of this call's. */
    onPiece?: (done: number) => void;
    now?: () => number;
}

/** The next piece's size: what `targetMs` holds at the speed measured so far. */
export function nextChunkSize(tokens: number, elapsedMs: number, options: ChunkOptions): number {
    const first = options.firstChunk ?? 32;
    const max = Math.max(1, options.maxChunk);
    if (tokens === 0 || elapsedMs <= 0) return Math.min(first, max);
    const perToken = elapsedMs / tokens;
    const sized = Math.floor((options.targetMs ?? 250) / perToken);
    return Math.max(1, Math.min(max, Math.max(8, sized)));
}

/**
 * Evaluates `tokens` on `sequence` in pieces, stopping between pieces once `signal`
 * has aborted; returns how many tokens were evaluated (all of them unless aborted).
 */
export async function evaluateInChunks(
    sequence: Pick<LlamaContextSequence, "evaluateWithoutGeneratingNewTokens">,
    tokens: readonly Token[],
    options: ChunkOptions
): Promise<number> {
    const now = options.now ?? (() => performance.now());
    let done = 0;
    let measuredTokens = 0;
    let measuredMs = 0;
    while (done < tokens.length) {
        if (options.signal?.aborted === true) break;
        const size = Math.min(tokens.length - done, nextChunkSize(measuredTokens, measuredMs, options));
        const started = now();
        await sequence.evaluateWithoutGeneratingNewTokens(tokens.slice(done, done + size));
        measuredMs += now() - started;
        measuredTokens += size;
        done += size;
        options.onPiece?.(done);
    }
    return done;
}
