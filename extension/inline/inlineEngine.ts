// One suggestion, from a prompt to filtered ghost text: the cache, the adaptive
// debounce, one model request with a time budget and early stop, and the safety
// filter. No `vscode`: the provider is glue around it, and bench/inline.bench.ts
// replays typing through this same code on the real runtime.
//
// The safety filter is the chat's pattern (../chat/filteredStream.ts): raw model text
// goes only into the filter; a block stops generating and the suggestion is dropped
// silently (and remembered, so the same prompt is not asked again); PII is redacted
// before the text is kept.
import type { GenerateRequest, GenerationResult } from "../../models/runtimeTypes";
import type { SafetyFilter } from "../../safety/filter";
import { auditSummary, FilteredStream } from "../chat/filteredStream";
import { AdaptiveDebounce } from "./debounce";
import { suggestionEnd, type InlinePrompt } from "./inlinePrompt";
import { SuggestionCache } from "./suggestionCache";

export interface InlineEngineOptions {
    /** The backend's generate (ModelService.generate). */
    generate(request: GenerateRequest): Promise<GenerationResult>;
    /** A fresh streaming safety filter for one suggestion. */
    createFilter(): Promise<Pick<SafetyFilter, "push" | "finish">>;
    /** `gemmaKo.inline.debounceMs`. Default 150. */
    debounceMs?: number;
    /**
     * This long after the model's first text a request stops and what has arrived is shown.
     * Default 1500 ms. (Evaluating the prompt comes before and is not cut: stopping there
     * would throw the whole cost away.)
     */
    budgetMs?: number;
    /** A request that has produced no text this long after it was sent gives up. Default 10,000 ms. */
    maxWaitMs?: number;
    /** Suggestions kept. Default 64. */
    cacheSize?: number;
    /** Counts and types only, never text. */
    log?: (message: string) => void;
    now?: () => number;
}

/** What the engine did, for the status bar's tooltip, the in-host tests and the benchmark. */
export interface InlineStats {
    /** Suggestions asked for (one per keystroke in a comment). */
    calls: number;
    /** Answered from the cache (the same prompt, or the user typed along a suggestion). */
    cacheHits: number;
    /** Requests sent to the model. */
    modelRequests: number;
    /** Model requests stopped by a cancellation (the user typed on). */
    aborted: number;
    /** Calls cancelled while waiting out the debounce (no request sent). */
    debounced: number;
    /** Suggestions the safety filter blocked (dropped). */
    blocked: number;
    /** Requests cut by the time budget (what had arrived was shown). */
    budgetCuts: number;
    /** Calls at a lone Hangul jamo (a syllable still being composed): no request. */
    composing: number;
}

export type Suggestion =
    | { text: string; source: "cache" | "model" }
    | { text: undefined; reason: "cancelled" | "blocked" | "empty" | "failed" | "timedOut" | "composing" };

/**
 * A lone Hangul jamo before the cursor: the user is composing a syllable with an IME
 * (ㅅ → 서 → 설), and a suggestion for half a letter is thrown away at the next key.
 */
const composingJamo = /[\u1100-\u11FF\u3131-\u318E\uA960-\uA97F\uD7B0-\uD7FF]$/u;

/** How VS Code asked: as the user typed, or explicitly (Alt+\, Trigger Inline Suggestion). */
export interface SuggestOptions {
    /**
     * The user asked for a suggestion: a remembered empty or cut-short answer for this
     * prompt is not the answer, the model is asked again. (A block stays a block.)
     */
    explicit?: boolean;
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(!signal.aborted);
    return new Promise((resolve) => {
        const onAbort = () => {
            clearTimeout(timer);
            resolve(false);
        };
        const timer = setTimeout(() => {
            signal.removeEventListener("abort", onAbort);
            resolve(true);
        }, ms);
        signal.addEventListener("abort", onAbort, { once: true });
    });
}

const emptyStats = (): InlineStats => ({
    calls: 0,
    cacheHits: 0,
    modelRequests: 0,
    aborted: 0,
    debounced: 0,
    blocked: 0,
    budgetCuts: 0,
    composing: 0
});

export class InlineEngine {
    readonly cache: SuggestionCache;
    readonly debounce: AdaptiveDebounce;
    stats: InlineStats = emptyStats();
    budgetMs: number;
    maxWaitMs: number;
    private readonly now: () => number;

    constructor(private readonly options: InlineEngineOptions) {
        this.cache = new SuggestionCache(options.cacheSize ?? 64);
        this.debounce = new AdaptiveDebounce({ baseMs: options.debounceMs ?? 150 });
        this.budgetMs = options.budgetMs ?? 1_500;
        this.maxWaitMs = options.maxWaitMs ?? 10_000;
        this.now = options.now ?? (() => performance.now());
    }

    resetStats(): void {
        this.stats = emptyStats();
    }

    /**
     * The suggestion for `prompt`, or why there is none. `signal` is the caller's
     * cancellation (VS Code's token): it ends the wait or aborts the model request.
     */
    async suggest(prompt: InlinePrompt, signal: AbortSignal, options: SuggestOptions = {}): Promise<Suggestion> {
        this.stats.calls++;
        const explicit = options.explicit === true;
        if (!explicit) this.debounce.keystroke(this.now());
        const cached = this.fromCache(prompt, explicit);
        if (cached !== undefined) return cached;
        if (!explicit && composingJamo.test(prompt.prompt)) {
            this.stats.composing++;
            return { text: undefined, reason: "composing" };
        }
        // An explicit request is not a keystroke: it is not debounced.
        if (!explicit && !(await sleep(this.debounce.delayMs, signal))) {
            this.stats.debounced++;
            return { text: undefined, reason: "cancelled" };
        }
        // Another call may have answered this prompt meanwhile.
        return this.fromCache(prompt, explicit) ?? (await this.request(prompt, signal));
    }

    private fromCache(prompt: InlinePrompt, explicit: boolean): Suggestion | undefined {
        const hit = this.cache.get(prompt.prompt);
        if (hit === undefined) return undefined;
        if (explicit && hit.kind === "exact" && !hit.blocked && (hit.text.length === 0 || hit.partial))
            return undefined;
        this.stats.cacheHits++;
        if (hit.blocked) return { text: undefined, reason: "blocked" };
        return hit.text.length > 0 ? { text: hit.text, source: "cache" } : { text: undefined, reason: "empty" };
    }

    /**
     * One model request: the wait and budget timers, the filter and the early stop share
     * the text as it arrives, hence one function (each outcome a few lines).
     */
    private async request(prompt: InlinePrompt, signal: AbortSignal): Promise<Suggestion> {
        this.stats.modelRequests++;
        const started = this.now();
        const stop = new AbortController();
        const cut = { byBudget: false };
        const stopAfter = (ms: number) =>
            setTimeout(() => {
                cut.byBudget = true;
                stop.abort();
            }, ms);
        let budget = stopAfter(this.maxWaitMs);
        let raw = "";
        let filtered = "";
        try {
            const stream = new FilteredStream(
                await this.options.createFilter(),
                (text) => (filtered += text),
                () => stop.abort()
            );
            await this.options.generate({
                prompt: prompt.prompt,
                stop: prompt.stop,
                maxTokens: prompt.maxTokens,
                temperature: 0,
                signal: AbortSignal.any([signal, stop.signal]),
                onText: (text) => {
                    if (raw.length === 0) {
                        // The first text: from now on the budget runs.
                        clearTimeout(budget);
                        budget = stopAfter(this.budgetMs);
                    }
                    raw += text;
                    stream.push(text);
                    // The suggestion has ended (line, sentence, closing marker): stop paying for more.
                    if (suggestionEnd(raw, prompt.close, false).complete) stop.abort();
                }
            });
            const outcome = stream.finish(signal.aborted);
            const summary = auditSummary(outcome.result);
            if (summary.length > 0 || outcome.blocked)
                this.options.log?.(`Safety filter (inline): ${outcome.result.verdict}; ${summary}`);
            if (signal.aborted) {
                this.stats.aborted++;
                return { text: undefined, reason: "cancelled" };
            }
            this.debounce.modelLatency(this.now() - started);
            if (outcome.blocked) {
                this.stats.blocked++;
                this.cache.set(prompt.prompt, { text: "", blocked: true });
                return { text: undefined, reason: "blocked" };
            }
            if (cut.byBudget && raw.length === 0) {
                // No text at all within maxWaitMs (a busy or stalled model): nothing is remembered,
                // so the next keystroke or Alt+\ asks again.
                this.options.log?.(
                    `Inline suggestion: the model gave no text within ${String(Math.round(this.maxWaitMs / 1000))} s; nothing shown.`
                );
                return { text: undefined, reason: "timedOut" };
            }
            if (cut.byBudget) this.stats.budgetCuts++;
            const text = shown(filtered, prompt.close, cut.byBudget);
            this.cache.set(prompt.prompt, { text, blocked: false, partial: cut.byBudget });
            return text.length > 0 ? { text, source: "model" } : { text: undefined, reason: "empty" };
        } catch (error) {
            this.options.log?.(`Inline suggestion failed: ${error instanceof Error ? error.message : String(error)}`);
            return { text: undefined, reason: signal.aborted ? "cancelled" : "failed" };
        } finally {
            clearTimeout(budget);
        }
    }
}

/**
 * What to show of the filtered text: up to the suggestion's end; when the budget cut
 * it short, up to its last space (a half word is worse than a shorter suggestion).
 */
function shown(filtered: string, close: string | undefined, cutByBudget: boolean): string {
    const end = suggestionEnd(filtered, close, !cutByBudget);
    if (end.complete || !cutByBudget) return end.text;
    const space = end.text.lastIndexOf(" ");
    return space > 0 ? end.text.slice(0, space) : end.text;
}
