// The engine's options, what it reports and what it answers (inlineEngine.ts). Types
// only, and the empty counts.
import type { GenerateRequest, GenerationResult } from "../../models/runtimeTypes";
import type { SafetyFilter } from "../../safety/filter";

export interface InlineEngineOptions {
    /** The backend's generate (ModelService.generate). */
    generate(request: GenerateRequest): Promise<GenerationResult>;
    /** A fresh streaming safety filter for one suggestion. */
    createFilter(): Promise<Pick<SafetyFilter, "push" | "finish">>;
    /** `gemmaKo.inline.debounceMs`. Default 150. */
    debounceMs?: number;
    /**
     * The wait after a key that ends a word (a space or a mark after a letter) while the user
     * types through an IME (a syllable was composed in place within the last 30 calls). VS
     * Code hides ghost text while a syllable is composed, so a word's end is where it first
     * can show. Default 0: only VS Code's own 50 ms. Infinity: the adaptive wait, as anywhere.
     * Without an IME, ghost text shows inside words too, and the adaptive wait applies.
     */
    wordEndWaitMs?: number;
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
    /**
     * A request whose caller went away (the user typed on) still runs this long for the
     * next call: if the user typed along what the model has written so far, that call
     * waits for it instead of asking again. Default 250 ms (VS Code calls 50 ms after a key).
     */
    keepRunningMs?: number;
    /**
     * A request still reading its prompt when the user types on keeps reading it (until its
     * first text, then `keepRunningMs` more; at most this long after the cancel) instead of
     * stopping: the next keystroke's prompt shares all of it but the comment line, so the model
     * does not sit idle through the wait before the next request. The next request stops it
     * (within one prompt piece) and goes on from what it read. The bound ends one that waits
     * behind another request (a long chat answer) once the user has gone. Default 3000 ms; 0: off.
     */
    keepReadingMs?: number;
    /** Suggestions kept. Default 64. */
    cacheSize?: number;
    /** The cache compares what was typed with a suggestion key by key (a 2-set IME's letters). Default true. */
    keysAlong?: boolean;
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
    /** Of those, calls while a syllable along the suggestion was being composed (으 on the way to 을). */
    composingHits: number;
    /** Answered by a request started for an earlier keystroke, which the user typed along. */
    joined: number;
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
    /** `replace`: characters before the cursor the text replaces (a syllable being composed), if any. */
    | { text: string; source: "cache" | "model"; replace?: number }
    | { text: undefined; reason: "cancelled" | "blocked" | "empty" | "failed" | "timedOut" | "composing" };

/** How VS Code asked: as the user typed, or explicitly (Alt+\, Trigger Inline Suggestion). */
export interface SuggestOptions {
    /**
     * The user asked for a suggestion: a remembered empty or cut-short answer for this
     * prompt is not the answer, the model is asked again. (A block stays a block.)
     */
    explicit?: boolean;
}

export const emptyStats = (): InlineStats => ({
    calls: 0,
    cacheHits: 0,
    composingHits: 0,
    joined: 0,
    modelRequests: 0,
    aborted: 0,
    debounced: 0,
    blocked: 0,
    budgetCuts: 0,
    composing: 0,
    earlyShows: 0
});

/** An outcome typing produces on most keystrokes: logged at debug, unless asked for (Alt+\\). */
export function routineOutcome(suggestion: Suggestion): boolean {
    return (
        suggestion.text !== undefined ||
        suggestion.reason === "cancelled" ||
        suggestion.reason === "composing" ||
        suggestion.reason === "empty"
    );
}
