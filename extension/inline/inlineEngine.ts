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
import { suggestionEnd, withoutRepeatedStart, type InlinePrompt } from "./inlinePrompt";
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
    /**
     * Ghost text is due this long after the keystroke: from then on, the first whole words
     * that have arrived (judged by the safety filter on their own) are shown at once, and
     * the model finishes the suggestion in the background, for the cache: Tab on the first
     * words, or typing them, gets the rest at once. Default Infinity: only whole suggestions.
     */
    showAfterMs?: number;
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
    /** Suggestions shown early (their first words), finished in the background. */
    earlyShows: number;
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
    composing: 0,
    earlyShows: 0
});

export class InlineEngine {
    readonly cache: SuggestionCache;
    readonly debounce: AdaptiveDebounce;
    stats: InlineStats = emptyStats();
    budgetMs: number;
    maxWaitMs: number;
    showAfterMs: number;
    private readonly now: () => number;
    /**
     * A suggestion shown early whose request still runs (for the cache): a request where the
     * user is on it (its first words typed or Tabbed, or Alt+\ on them) waits for it; any
     * other model request stops it.
     */
    private background: { run: AbortController; prompt: string; early: string; done: Promise<void> } | undefined;

    constructor(private readonly options: InlineEngineOptions) {
        this.cache = new SuggestionCache(options.cacheSize ?? 64);
        this.debounce = new AdaptiveDebounce({ baseMs: options.debounceMs ?? 150 });
        this.budgetMs = options.budgetMs ?? 1_500;
        this.maxWaitMs = options.maxWaitMs ?? 10_000;
        this.showAfterMs = options.showAfterMs ?? Infinity;
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
        const calledAt = this.now();
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
        // Another call may have answered this prompt meanwhile, or the background one is about to.
        const answered = this.fromCache(prompt, explicit);
        if (answered !== undefined) return answered;
        if (await this.finishing(prompt.prompt, signal)) {
            if (signal.aborted) return { text: undefined, reason: "cancelled" };
            const finished = this.fromCache(prompt, explicit);
            if (finished !== undefined) return finished;
        }
        return this.request(prompt, signal, calledAt);
    }

    /**
     * Waits for a suggestion finishing in the background when `prompt` is where it left the
     * user: its prompt, plus text that agrees with its first words. Resolves whether it waited.
     */
    private async finishing(prompt: string, signal: AbortSignal): Promise<boolean> {
        const background = this.background;
        if (background === undefined || !prompt.startsWith(background.prompt)) return false;
        const typed = prompt.slice(background.prompt.length);
        if (!background.early.startsWith(typed) && !typed.startsWith(background.early)) return false;
        if (signal.aborted) return true;
        const cancelled = new Promise<void>((resolve) =>
            signal.addEventListener("abort", () => resolve(), { once: true })
        );
        await Promise.race([background.done, cancelled]);
        return true;
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

    /** One model request; resolves when the suggestion is shown (early, or at its end). */
    private request(prompt: InlinePrompt, signal: AbortSignal, calledAt: number): Promise<Suggestion> {
        // The model answers one request at a time: a suggestion finishing in the background gives way.
        this.background?.run.abort();
        this.background = undefined;
        return new Promise<Suggestion>((show) => void this.run(prompt, signal, calledAt, show));
    }

    /**
     * The request itself (long: the wait and budget timers, the filter, the early show and
     * the early stop share the text as it arrives). `show` is called once: with the first
     * words once they are due (the request then runs on, in the background, until the
     * suggestion ends and the cache holds it), or with the whole outcome.
     */
    private async run(
        prompt: InlinePrompt,
        signal: AbortSignal,
        calledAt: number,
        show: (suggestion: Suggestion) => void
    ): Promise<void> {
        this.stats.modelRequests++;
        const started = this.now();
        const stop = new AbortController();
        // Ends the generation: the caller's cancel until something is shown; after an early
        // show, only the next model request (the suggestion is finished for the cache).
        const run = new AbortController();
        let finished = () => {};
        const done = new Promise<void>((resolve) => (finished = resolve));
        let early: string | undefined;
        const onCancel = () => {
            if (early === undefined) run.abort();
        };
        if (signal.aborted) run.abort();
        signal.addEventListener("abort", onCancel, { once: true });
        const cut = { byBudget: false };
        const stopAfter = (ms: number) =>
            setTimeout(() => {
                cut.byBudget = true;
                stop.abort();
            }, ms);
        let budget = stopAfter(this.maxWaitMs);
        let raw = "";
        let filtered = "";
        // A filter made ready ahead, to judge the first words on their own for an early show.
        let spare: Pick<SafetyFilter, "push" | "finish"> | undefined;
        const prepare = () => {
            if (Number.isFinite(this.showAfterMs))
                this.options.createFilter().then(
                    (filter) => (spare = filter),
                    () => undefined
                );
        };
        const showEarly = () => {
            if (early !== undefined || spare === undefined || this.now() - calledAt < this.showAfterMs) return;
            const filter = spare;
            spare = undefined;
            filter.push(raw);
            const { result } = filter.finish();
            const text = result.blocked
                ? ""
                : withoutOpenValue(withoutRepeatedStart(wholeWords(result.text, prompt.close), typedLine(prompt)));
            if (text.trim().length === 0) {
                prepare();
                return;
            }
            early = text;
            this.stats.earlyShows++;
            this.background = { run, prompt: prompt.prompt, early: text, done };
            this.debounce.modelLatency(this.now() - started);
            this.cache.set(prompt.prompt, { text, blocked: false, partial: true });
            show({ text, source: "model" });
        };
        try {
            prepare();
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
                signal: AbortSignal.any([run.signal, stop.signal]),
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
                    // A word has ended: shown now if ghost text is due.
                    else if (/\s/.test(text)) showEarly();
                }
            });
            const outcome = stream.finish(run.signal.aborted);
            const summary = auditSummary(outcome.result);
            if (summary.length > 0 || outcome.blocked)
                this.options.log?.(`Safety filter (inline): ${outcome.result.verdict}; ${summary}`);
            if (run.signal.aborted) {
                // Cancelled by the caller; or, after an early show, stopped by the next request
                // (what was shown stays in the cache, marked cut short).
                if (early === undefined) {
                    this.stats.aborted++;
                    show({ text: undefined, reason: "cancelled" });
                }
                return;
            }
            if (outcome.blocked) {
                this.stats.blocked++;
                this.cache.set(prompt.prompt, { text: "", blocked: true });
                if (early === undefined) this.debounce.modelLatency(this.now() - started);
                show({ text: undefined, reason: "blocked" });
                return;
            }
            if (cut.byBudget && raw.length === 0) {
                // No text at all within maxWaitMs (a busy or stalled model): nothing is remembered,
                // so the next keystroke or Alt+\ asks again.
                this.options.log?.(
                    `Inline suggestion: the model gave no text within ${String(Math.round(this.maxWaitMs / 1000))} s; nothing shown.`
                );
                show({ text: undefined, reason: "timedOut" });
                return;
            }
            if (cut.byBudget) this.stats.budgetCuts++;
            const text = withoutRepeatedStart(shown(filtered, prompt.close, cut.byBudget), typedLine(prompt));
            this.cache.set(prompt.prompt, { text, blocked: false, partial: cut.byBudget });
            if (early === undefined) {
                this.debounce.modelLatency(this.now() - started);
                show(text.length > 0 ? { text, source: "model" } : { text: undefined, reason: "empty" });
            }
        } catch (error) {
            this.options.log?.(`Inline suggestion failed: ${error instanceof Error ? error.message : String(error)}`);
            show({ text: undefined, reason: signal.aborted ? "cancelled" : "failed" });
        } finally {
            clearTimeout(budget);
            signal.removeEventListener("abort", onCancel);
            if (this.background?.run === run) this.background = undefined;
            finished();
        }
    }
}

/** The prompt's last line: the comment line as typed up to the cursor. */
const typedLine = (prompt: InlinePrompt) => prompt.prompt.slice(prompt.prompt.lastIndexOf("\n") + 1);

/**
 * The whole words of a suggestion still arriving: up to its end (line, sentence, closing
 * marker) if that has come, else up to its last white space (the word after it may be half).
 */
function wholeWords(text: string, close: string | undefined): string {
    const end = suggestionEnd(text, close, false);
    if (end.complete) return end.text;
    const lastSpace = text.search(/\s\S*$/);
    return lastSpace > 0 ? text.slice(0, lastSpace).trimEnd() : "";
}

/** A word that may be the start of a value written with spaces (digits, number words, Latin letters, @). */
const mayOpenValue = /[0-9０-９@＠A-Za-zＡ-Ｚａ-ｚ]|^[공영일이삼사오육륙칠팔구십백천만]+[,.]?$/u;

/**
 * The first words as shown early, less any last words that may begin a value written
 * with spaces (`010 2345 6789`, `공일공 일이삼사 …`, `name at example dot com`): judged on
 * their own, such a start is not yet a value the filter recognises; the rest of the
 * sentence, judged whole, comes later.
 */
export function withoutOpenValue(text: string): string {
    const words = text.split(" ");
    while (words.length > 0 && mayOpenValue.test(words[words.length - 1])) words.pop();
    return words.join(" ").trimEnd();
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
