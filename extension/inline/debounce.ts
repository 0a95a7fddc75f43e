// How long to wait after a keystroke before asking the model. Pure: unit-tested in Node.
//
// Fixed debounces are too short for slow typists (a request between every two keys)
// or too long for fast ones. Here the wait follows the user's own rhythm: a little
// longer than their recent gap between keys (so a request starts when they pause, not
// mid-word), never below the setting, and longer while the model is slow (a request
// that takes a second is worth fewer, better-timed tries).

export interface AdaptiveDebounceOptions {
    /** `gemmaKo.inline.debounceMs`: the least wait; 0 asks at once. Default 150. */
    baseMs?: number;
    /** The most wait. Default `baseMs + 450`. */
    maxMs?: number;
    /**
     * The wait after a key that ends a word (a space or a mark after a letter), in
     * `delayFor`: no syllable is being composed there, so ghost text can show at once, and
     * typists pause after words. (The engine asks `delayFor` only while the user types
     * through an IME.) Default: the adaptive wait, as after any key.
     */
    wordEndMs?: number;
}

/** A space or a mark right after a word: the word is done, and with it any IME composition. */
const wordEnd = /[\p{L}\p{N}][\s.,!?。…:;)]$/u;

/** Gaps longer than this are pauses, not typing rhythm. */
const pauseMs = 1_500;
/** Weight of the newest gap in the running average. */
const alpha = 0.3;

export class AdaptiveDebounce {
    baseMs: number;
    wordEndMs: number | undefined;
    private readonly maxOverBaseMs: number;
    private lastKeystroke: number | undefined;
    private gapMs: number | undefined;
    private latencyMs: number | undefined;

    constructor(options: AdaptiveDebounceOptions = {}) {
        this.baseMs = Math.max(0, options.baseMs ?? 150);
        this.maxOverBaseMs = Math.max(0, (options.maxMs ?? this.baseMs + 450) - this.baseMs);
        this.wordEndMs = options.wordEndMs;
    }

    /** A keystroke (a provider call) at `now`. */
    keystroke(now: number): void {
        if (this.lastKeystroke !== undefined) {
            const gap = now - this.lastKeystroke;
            if (gap > 5 && gap < pauseMs)
                this.gapMs = this.gapMs === undefined ? gap : alpha * gap + (1 - alpha) * this.gapMs;
        }
        this.lastKeystroke = now;
    }

    /** How long a model request took (to the first suggestion). */
    modelLatency(ms: number): void {
        this.latencyMs = this.latencyMs === undefined ? ms : alpha * ms + (1 - alpha) * this.latencyMs;
    }

    /** The wait before the next request. */
    get delayMs(): number {
        if (this.baseMs === 0) return 0;
        const rhythm = this.gapMs === undefined ? 0 : 1.4 * this.gapMs;
        const slowModel = this.latencyMs === undefined ? 0 : Math.min(300, 0.15 * this.latencyMs);
        const wait = Math.max(this.baseMs, rhythm) + slowModel;
        return Math.round(Math.min(this.baseMs + this.maxOverBaseMs, wait));
    }

    /** The wait before a request for `prompt` (the text up to the cursor). */
    delayFor(prompt: string): number {
        if (this.wordEndMs !== undefined && wordEnd.test(prompt)) return Math.min(this.delayMs, this.wordEndMs);
        return this.delayMs;
    }
}
