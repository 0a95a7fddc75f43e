// One suggestion, from a prompt to filtered ghost text: the cache, the adaptive
// debounce, one model request with a time budget and early stop, and the safety
// filter. No `vscode`: the provider is glue around it, and bench/inline.bench.ts
// replays typing through this same code on the real runtime.
//
// The safety filter is the chat's pattern (../chat/filteredStream.ts): raw model text
// goes only into the filter; a block stops generating and the suggestion is dropped
// silently (and remembered, so the same prompt is not asked again); PII is redacted
// before the text is kept.
import type { SafetyFilter } from "../../safety/filter";
import { auditSummary, FilteredStream } from "../chat/filteredStream";
import { AdaptiveDebounce } from "./debounce";
import { composedInPlace } from "./hangul";
import { suggestionEnd, withoutRepeatedStart, type InlinePrompt } from "./inlinePrompt";
import {
    emptyStats,
    type InlineEngineOptions,
    type InlineStats,
    type Suggestion,
    type SuggestOptions
} from "./inlineTypes";
import { sharesCode, typedAlong, type Running } from "./runningRequest";
import { SuggestionCache } from "./suggestionCache";
import { shown, typedLine, wholeWords, withoutOpenValue } from "./suggestionText";

/**
 * A lone Hangul jamo before the cursor: the user is composing a syllable with an IME
 * (ㅅ → 서 → 설), and a suggestion for half a letter is thrown away at the next key.
 */
const composingJamo = /[\u1100-\u11FF\u3131-\u318E\uA960-\uA97F\uD7B0-\uD7FF]$/u;

/** Calls after the last syllable composed in place during which the user counts as typing through an IME. */
const imeCalls = 30;

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

export class InlineEngine {
    readonly cache: SuggestionCache;
    readonly debounce: AdaptiveDebounce;
    stats: InlineStats = emptyStats();
    budgetMs: number;
    maxWaitMs: number;
    showAfterMs: number;
    keepRunningMs: number;
    keepReadingMs: number;
    private readonly now: () => number;
    /** The model answers one request at a time: at most one runs on without a caller. */
    private running: Running | undefined;
    /** The previous call's prompt, and the call at which a syllable was last composed in place. */
    private previousPrompt = "";
    private composedAt = -Infinity;

    constructor(private readonly options: InlineEngineOptions) {
        this.cache = new SuggestionCache(options.cacheSize ?? 64, options.keysAlong ?? true);
        this.debounce = new AdaptiveDebounce({
            baseMs: options.debounceMs ?? 150,
            wordEndMs: options.wordEndWaitMs ?? 0
        });
        this.budgetMs = options.budgetMs ?? 1_500;
        this.maxWaitMs = options.maxWaitMs ?? 10_000;
        this.showAfterMs = options.showAfterMs ?? Infinity;
        this.keepRunningMs = options.keepRunningMs ?? 250;
        this.keepReadingMs = options.keepReadingMs ?? 3_000;
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
        if (composedInPlace(this.previousPrompt, prompt.prompt)) this.composedAt = this.stats.calls;
        this.previousPrompt = prompt.prompt;
        const cached = this.fromCache(prompt, explicit);
        if (cached !== undefined) return cached;
        // The user typed along a request still running: its answer is this one's, no wait.
        if (this.joinable(prompt.prompt)) return this.join(prompt, signal, explicit, calledAt);
        if (!explicit && composingJamo.test(prompt.prompt)) {
            this.stats.composing++;
            return { text: undefined, reason: "composing" };
        }
        // An explicit request is not a keystroke: it is not debounced.
        if (!explicit && !(await sleep(this.waitFor(prompt.prompt), signal))) {
            this.stats.debounced++;
            return { text: undefined, reason: "cancelled" };
        }
        // Another call may have answered this prompt meanwhile, or shown its first words.
        const answered = this.fromCache(prompt, explicit);
        if (answered !== undefined) return answered;
        if (this.joinable(prompt.prompt)) return this.join(prompt, signal, explicit, calledAt);
        return this.request(prompt, signal, calledAt);
    }

    /** The wait before a request: at a word's end, typing through an IME, the shorter one. */
    private waitFor(prompt: string): number {
        const ime = this.stats.calls - this.composedAt <= imeCalls;
        return ime ? this.debounce.delayFor(prompt) : this.debounce.delayMs;
    }

    /**
     * Whether the request running on is where `prompt` left the user. One that is not, and
     * that no one else waits for, stops now: the model is free for this prompt's request.
     */
    private joinable(prompt: string): boolean {
        const running = this.running;
        if (running === undefined) return false;
        if (typedAlong(running, prompt)) return true;
        // Still reading a prompt this one shares but for the comment line: it reads on until
        // this call's request needs the model (request() stops it then).
        if (running.early === undefined && !(this.stillReading(running) && sharesCode(running.prompt, prompt)))
            running.run.abort();
        return false;
    }

    /** Waits for the running request, then answers from what it left in the cache. */
    private async join(
        prompt: InlinePrompt,
        signal: AbortSignal,
        explicit: boolean,
        calledAt: number
    ): Promise<Suggestion> {
        const running = this.running as Running;
        clearTimeout(running.letGo);
        running.reading = false;
        const cancelled = new Promise<void>((resolve) =>
            signal.addEventListener("abort", () => resolve(), { once: true })
        );
        await Promise.race([running.done, cancelled]);
        if (signal.aborted) {
            this.letGo(running);
            return { text: undefined, reason: "cancelled" };
        }
        const answered = this.fromCache(prompt, explicit, "model");
        if (answered !== undefined) return answered;
        // It ended with nothing for this prompt: the user has waited, so no debounce.
        if (!explicit && composingJamo.test(prompt.prompt)) return { text: undefined, reason: "composing" };
        return this.request(prompt, signal, calledAt);
    }

    /** Whether `running` has not written anything yet (it is reading its prompt) and may read on. */
    private stillReading(running: Running): boolean {
        return this.keepReadingMs > 0 && running.output().length === 0;
    }

    /**
     * Nobody waits for `running` (nothing shown): it runs `keepRunningMs` more for a call that
     * types along; one still reading its prompt reads on first (the budget bounds it).
     */
    private letGo(running: Running): void {
        if (running.early !== undefined || this.running !== running) return;
        clearTimeout(running.letGo);
        running.reading = this.stillReading(running);
        running.letGo = setTimeout(
            () => running.run.abort(),
            running.reading ? this.keepReadingMs : this.keepRunningMs
        );
    }

    /** `source` "model": the answer of a request the call waited for (counted as joined, not a cache hit). */
    private fromCache(
        prompt: InlinePrompt,
        explicit: boolean,
        source: "cache" | "model" = "cache"
    ): Suggestion | undefined {
        const hit = this.cache.get(prompt.prompt);
        if (hit === undefined) return undefined;
        if (explicit && hit.kind === "exact" && !hit.blocked && (hit.text.length === 0 || hit.partial))
            return undefined;
        if (source === "model") this.stats.joined++;
        else {
            this.stats.cacheHits++;
            if (hit.kind === "composing") this.stats.composingHits++;
        }
        if (hit.blocked) return { text: undefined, reason: "blocked" };
        if (hit.text.length === 0) return { text: undefined, reason: "empty" };
        return hit.replace > 0 ? { text: hit.text, source, replace: hit.replace } : { text: hit.text, source };
    }

    /** One model request; resolves when the suggestion is shown (early, or at its end). */
    private request(prompt: InlinePrompt, signal: AbortSignal, calledAt: number): Promise<Suggestion> {
        // The model answers one request at a time: a request running on gives way.
        this.running?.run.abort();
        this.running = undefined;
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
        // Ends the generation: a call that did not type along it, or `keepRunningMs` after
        // the caller's cancel with no one waiting; after an early show, only the next model
        // request (the suggestion is finished for the cache).
        const run = new AbortController();
        let finished = () => {};
        const done = new Promise<void>((resolve) => (finished = resolve));
        let early: string | undefined;
        let raw = "";
        const running: Running = { run, prompt: prompt.prompt, early, output: () => raw, done };
        const onCancel = () => {
            if (early !== undefined) return;
            show({ text: undefined, reason: "cancelled" });
            this.running = running;
            this.letGo(running);
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
            if (
                early !== undefined ||
                spare === undefined ||
                signal.aborted ||
                this.now() - calledAt < this.showAfterMs
            )
                return;
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
            clearTimeout(running.letGo);
            running.early = text;
            this.running = running;
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
                        // Read on without a caller: now it runs only for a call that types along.
                        if (running.reading === true) {
                            running.reading = false;
                            clearTimeout(running.letGo);
                            running.letGo = setTimeout(() => run.abort(), this.keepRunningMs);
                        }
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
            // Stopped while queued behind another request, the backend may reject instead of
            // returning what it had: still a request the typing stopped (found in CI).
            if (run.signal.aborted && early === undefined) {
                this.stats.aborted++;
                show({ text: undefined, reason: "cancelled" });
                return;
            }
            this.options.log?.(`Inline suggestion failed: ${error instanceof Error ? error.message : String(error)}`);
            show({ text: undefined, reason: signal.aborted ? "cancelled" : "failed" });
        } finally {
            clearTimeout(budget);
            signal.removeEventListener("abort", onCancel);
            clearTimeout(running.letGo);
            if (this.running === running) this.running = undefined;
            finished();
        }
    }
}
