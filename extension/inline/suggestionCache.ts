// Suggestions by prompt, least recently used dropped first. Pure: unit-tested in Node.
//
// A suggestion also answers a longer prompt when the extra characters are the start of
// the suggestion: the user typed what the ghost text showed, and the rest of it is
// still the model's answer. So typing along a suggestion asks the model nothing.

/** What the cache holds for a prompt: the filtered suggestion ("" when there was none) or a block. */
export interface CachedSuggestion {
    text: string;
    /** The safety filter blocked it: show nothing, and do not ask again for this prompt. */
    blocked: boolean;
    /** The time budget cut it short: an explicit request (Alt+\) asks the model again. */
    partial?: boolean;
}

export interface CacheHit {
    /** What to show now: the suggestion less what the user has typed of it. */
    text: string;
    blocked: boolean;
    /** The cached answer was cut short by the time budget. */
    partial: boolean;
    /** "exact": the same prompt; "typedAhead": the prompt plus characters of the suggestion. */
    kind: "exact" | "typedAhead";
}

export class SuggestionCache {
    private readonly entries = new Map<string, CachedSuggestion>();

    /** `capacity`: entries kept (default 64). */
    constructor(private readonly capacity = 64) {}

    get size(): number {
        return this.entries.size;
    }

    set(prompt: string, suggestion: CachedSuggestion): void {
        this.entries.delete(prompt);
        this.entries.set(prompt, suggestion);
        while (this.entries.size > this.capacity) {
            const oldest = this.entries.keys().next();
            if (oldest.done === true) break;
            this.entries.delete(oldest.value);
        }
    }

    get(prompt: string): CacheHit | undefined {
        const exact = this.entries.get(prompt);
        if (exact !== undefined) {
            this.touch(prompt, exact);
            return { text: exact.text, blocked: exact.blocked, partial: exact.partial === true, kind: "exact" };
        }
        // The most recent entry first: it is the likeliest to be what the user is typing along.
        for (const [cachedPrompt, suggestion] of [...this.entries].reverse()) {
            if (suggestion.blocked || prompt.length <= cachedPrompt.length || !prompt.startsWith(cachedPrompt))
                continue;
            const typed = prompt.slice(cachedPrompt.length);
            // Typed all of it: the model is asked for what comes next.
            if (typed.length < suggestion.text.length && suggestion.text.startsWith(typed)) {
                this.touch(cachedPrompt, suggestion);
                return {
                    text: suggestion.text.slice(typed.length),
                    blocked: false,
                    partial: suggestion.partial === true,
                    kind: "typedAhead"
                };
            }
        }
        return undefined;
    }

    clear(): void {
        this.entries.clear();
    }

    private touch(prompt: string, suggestion: CachedSuggestion): void {
        this.entries.delete(prompt);
        this.entries.set(prompt, suggestion);
    }
}
