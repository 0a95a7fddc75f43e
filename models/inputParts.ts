// Splitting an input too long for the model's context into parts that fit, for a summary
// written part by part and then summarised again (extension/requests/summary.ts).
//
// Counting every line through the model's tokenizer cost one call per line: for a 2 MB
// file, 60,000 calls to the model process or to a server's /tokenize before the first part
// was summarised — minutes of a busy extension host, with nothing to stop them. Parts are
// now planned from an estimate (tokens per character, measured on the text itself and
// raised whenever a part proves longer) and each part is counted once: about one call per
// part. An input that would need more than `maxParts` parts is refused as soon as the
// estimate shows it, with the numbers a user needs to choose a smaller selection.
import { InputTooLongError } from "./runtimeErrors";

export interface PartsOptions {
    /** Tokens one part may take. */
    budget: number;
    /** Tokens `text` takes in the model (one call to the tokenizer). */
    countTokens: (text: string) => Promise<number>;
    /** Stops the planning (rejects with an AbortError). */
    signal?: AbortSignal;
    /** More parts than this: {@link InputTooLongError}. Default: no limit. */
    maxParts?: number;
    /** The share of the input planned so far (0–1). */
    onProgress?: (fraction: number) => void;
}

/** Characters of the text measured for the first estimate. */
const sampleLength = 4096;

/** An error that says the work was stopped (as fetch and node-llama-cpp throw it). */
export function abortError(): Error {
    const error = new Error("The operation was aborted");
    error.name = "AbortError";
    return error;
}

/**
 * Tokens per character of `text`, from a sample of its first whole lines (one call to the
 * tokenizer); never below one per eight characters (no tokenizer packs more).
 */
async function sampleDensity(text: string, countTokens: (text: string) => Promise<number>): Promise<number> {
    const sampleEnd =
        text.length <= sampleLength ? text.length : text.lastIndexOf("\n", sampleLength) + 1 || sampleLength;
    const sample = text.slice(0, sampleEnd);
    return Math.max(1 / 8, (await countTokens(sample)) / Math.max(1, sample.length));
}

/**
 * The tokens `text` takes, estimated from a sample as {@link splitIntoParts} estimates them when
 * it refuses an input: a doc comment that refuses the same text says the same number.
 */
export async function estimateTokens(text: string, countTokens: (text: string) => Promise<number>): Promise<number> {
    return text.length === 0 ? 0 : Math.round(text.length * (await sampleDensity(text, countTokens)));
}

/**
 * Splits `text` into parts of at most `budget` tokens, by lines (a line longer than the
 * budget is cut by characters), counting each part once with the model's tokenizer.
 */
export async function splitIntoParts(text: string, options: PartsOptions): Promise<string[]> {
    const { budget, countTokens, signal, maxParts = Infinity, onProgress } = options;
    const check = () => {
        if (signal?.aborted) throw abortError();
    };
    check();
    if (text.length === 0) return [];
    // Tokens per character of this text, from a sample; raised whenever a part proves denser.
    let density = await sampleDensity(text, countTokens);
    check();
    const parts: string[] = [];
    const lines = text.split("\n");
    // Parts in waiting: planned from the estimate, counted before they are kept.
    let planned: string[] = [];
    let plannedLength = 0;
    let done = 0;
    const refuseIfTooMany = (more: number) => {
        if (parts.length + more > maxParts) {
            const estimate = Math.round(text.length * density);
            // Parts are whole lines, so they hold less than the budget: never say fewer than the
            // plan needs (an outside tester read "47 parts, and at most 48" and could not see why).
            throw new InputTooLongError(
                estimate,
                Math.max(Math.ceil(estimate / budget), parts.length + more),
                maxParts
            );
        }
    };
    /** Counts a planned part; keeps it when it fits, else splits it in two and tries each. */
    const settle = async (part: string): Promise<void> => {
        check();
        const tokens = (await countTokens(part)) + 1;
        check();
        density = Math.max(density, tokens / Math.max(1, part.length));
        if (tokens <= budget || part.length <= 1) {
            refuseIfTooMany(1);
            parts.push(part);
            return;
        }
        const newline = part.lastIndexOf("\n", Math.floor(part.length / 2));
        const cut = newline > 0 ? newline : Math.floor(part.length / 2);
        await settle(part.slice(0, cut));
        await settle(part.slice(newline > 0 ? cut + 1 : cut));
    };
    const flush = async () => {
        if (planned.length === 0) return;
        const part = planned.join("\n");
        planned = [];
        plannedLength = 0;
        await settle(part);
        onProgress?.(Math.min(1, done / text.length));
    };
    // A part is planned to 90 % of the budget by the estimate: most are kept as counted.
    const target = () => Math.max(1, Math.floor((budget * 0.9) / density));
    for (const line of lines) {
        done += line.length + 1;
        if (line.length > target()) {
            await flush();
            const step = target();
            refuseIfTooMany(Math.ceil(line.length / step));
            for (let at = 0; at < line.length; at += step) await settle(line.slice(at, at + step));
            continue;
        }
        if (plannedLength + line.length + 1 > target()) await flush();
        planned.push(line);
        plannedLength += line.length + 1;
        // Refused as soon as the estimate shows the input cannot fit, not after counting it all.
        refuseIfTooMany(Math.ceil(((text.length - done) * density) / budget) - 1);
    }
    await flush();
    return parts;
}
