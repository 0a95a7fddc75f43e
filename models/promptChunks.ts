// Prompt evaluation that a cancel can stop. node-llama-cpp evaluates a prompt handed
// to it in batches of the context's batch size and does not look at an AbortSignal
// until all of it is done: on a CPU a long prompt for a 7B model is tens of seconds
// that Stop (or the next keystroke, for ghost text) cannot cut short, and the model
// process ends a call that ignores a cancel for 3 s. So the prompt goes in pieces,
// each sized to take about `targetMs` (500 ms) at the speed measured so far (carried from one
// request to the next by `PromptSpeed`), with the signal read between pieces. Pieces
// are kept large: small batches cost throughput on a CPU (bench/promptChunks.bench.ts).
// What was evaluated stays in the sequence: the next request that starts with the
// same tokens (the next keystroke's prompt extends this one) reuses it.
import type { LlamaContextSequence } from "./promptPrefixes";
import type { Token } from "./runtimeTypes";

/**
 * Default time one piece may take: a cancel waits about this long, and on the mid
 * fixture (CPU, 2 threads) pieces this size evaluate as fast as one call does
 * (0.997 in bench:chunks; 250 ms pieces: 0.66-0.83).
 */
export const defaultPieceMs = 500;

/**
 * The smallest piece once the speed is known: smaller batches waste the CPU's matrix
 * throughput. Unless that would take longer than {@link maxPieceMs}: a prompt cancel is bounded first.
 */
export const minPieceTokens = 32;

/**
 * No piece is sized to take longer than this, whatever its token count: a cancel waits for
 * the piece under way (node-llama-cpp 3.21.1 has no abort inside an evaluation), and the
 * model process ends a call that ignores a cancel for 3 s. It was 2 s: at least 32 tokens of
 * a slow model (the stop test's fixture, ~40 ms a token on a loaded CPU) kept the process
 * busy 0.8-2.1 s after Stop (found from outside). (The Gemma-7B shape on this 2-core CPU
 * reads ~7 prompt tokens a second: 4 tokens a piece.)
 */
export const maxPieceMs = 600;

/** The first piece while nothing is known of the speed: small enough for any CPU (8 × 143 ms ≈ 1.1 s). */
export const firstPieceTokens = 8;

/** Milliseconds per prompt token on one loaded context, learnt from the pieces evaluated. */
export class PromptSpeed {
    /** Undefined until something was measured. */
    msPerToken: number | undefined;

    record(tokens: number, ms: number): void {
        if (tokens < 4 || ms <= 0) return;
        const measured = ms / tokens;
        // Weighted towards the latest: the speed changes with the context's length and the machine's
        // load. Slower at once (the next piece must not overrun what a cancel waits for), faster by halves.
        this.msPerToken =
            this.msPerToken === undefined || measured > this.msPerToken
                ? measured
                : 0.5 * this.msPerToken + 0.5 * measured;
    }
}

export interface ChunkOptions {
    signal?: AbortSignal | undefined;
    /** About how long one piece may take. Default {@link defaultPieceMs}. */
    targetMs?: number;
    /** The first piece when nothing is known of the speed. Default {@link firstPieceTokens}. */
    firstChunk?: number;
    /** The largest piece (the context's batch size). */
    maxChunk: number;
    /** No piece sized to take longer than this. Default {@link maxPieceMs}. */
    maxPieceMs?: number;
    /** The speed so far; updated with each piece. */
    speed?: PromptSpeed;
    /** After each piece: tokens evaluated so far of this call's. */
    onPiece?: (done: number) => void;
    now?: () => number;
}

/**
 * The next piece's size: what `targetMs` holds at `msPerToken`, at least
 * {@link minPieceTokens}, but never more than {@link maxPieceMs} holds or `maxChunk`.
 */
export function nextChunkSize(msPerToken: number | undefined, options: ChunkOptions): number {
    const max = Math.max(1, options.maxChunk);
    if (msPerToken === undefined || msPerToken <= 0) return Math.min(options.firstChunk ?? firstPieceTokens, max);
    const sized = Math.max(minPieceTokens, Math.floor((options.targetMs ?? defaultPieceMs) / msPerToken));
    const ceiling = Math.floor((options.maxPieceMs ?? maxPieceMs) / msPerToken);
    return Math.max(1, Math.min(max, ceiling, sized));
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
    const speed = options.speed ?? new PromptSpeed();
    let done = 0;
    while (done < tokens.length) {
        if (options.signal?.aborted === true) break;
        const size = Math.min(tokens.length - done, nextChunkSize(speed.msPerToken, options));
        const started = now();
        await sequence.evaluateWithoutGeneratingNewTokens(tokens.slice(done, done + size));
        speed.record(size, now() - started);
        done += size;
        options.onPiece?.(done);
    }
    return done;
}
