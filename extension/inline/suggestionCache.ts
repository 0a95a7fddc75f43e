// Suggestions by prompt, least recently used dropped first. Pure: unit-tested in Node.
//
// A suggestion also answers a longer prompt when the extra characters are the start of
// the suggestion: the user typed what the ghost text showed, and the rest of it is
// still the model's answer. So typing along a suggestion asks the model nothing. With a
// Korean IME the extra characters are compared key by key (hangul.ts): 으 on the way to
// 을 is along the suggestion 을 읽어, so the syllable being composed asks nothing either.
import { alongSuggestion, isHangulLetter, isHangulSyllable } from "./hangul";

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
    /**
     * "exact": the same prompt; "typedAhead": the prompt plus characters of the suggestion;
     * "composing": the prompt plus keys of the suggestion, its last syllable still being
     * composed (`text` then replaces the last `replace` characters typed).
     */
    kind: "exact" | "typedAhead" | "composing";
    /** Characters before the cursor that `text` replaces: the syllable being composed. 0 otherwise. */
    replace: number;
}

export class SuggestionCache {
    private readonly entries = new Map<string, CachedSuggestion>();

    /**
     * `capacity`: entries kept (default 64). `byKeys`: what was typed is compared with a
     * suggestion key by key, so a syllable being composed along it is a hit (default true).
     */
    constructor(
        private readonly capacity = 64,
        private readonly byKeys = true
    ) {}

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
            return {
                text: exact.text,
                blocked: exact.blocked,
                partial: exact.partial === true,
                kind: "exact",
                replace: 0
            };
        }
        // The most recent entry first: it is the likeliest to be what the user is typing along.
        for (const [cachedPrompt, suggestion] of [...this.entries].reverse()) {
            if (suggestion.blocked || suggestion.text.length === 0) continue;
            const hit = along(prompt, cachedPrompt, suggestion.text, this.byKeys);
            if (hit === undefined) continue;
            this.touch(cachedPrompt, suggestion);
            return { ...hit, blocked: false, partial: suggestion.partial === true };
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

/**
 * How `prompt` goes along the suggestion `text` made for `cachedPrompt`: it adds characters
 * (or, while a syllable is composed, keys) of the suggestion, short of all of it (typed all
 * of it: the model is asked for what comes next). A syllable being composed may also be
 * the cached prompt's last one (하 → 함 on the way to 하마, or back to 하 with Backspace).
 */
function along(
    prompt: string,
    cachedPrompt: string,
    text: string,
    byKeys: boolean
): Pick<CacheHit, "text" | "kind" | "replace"> | undefined {
    const hit = (typed: string, suggestion: string) => {
        const match = alongSuggestion(typed, suggestion);
        if (match === undefined || match.rest.length === 0 || (!byKeys && match.replace > 0)) return undefined;
        return {
            text: match.rest,
            kind: match.replace === 0 ? "typedAhead" : "composing",
            replace: match.replace
        } as const;
    };
    if (prompt.length > cachedPrompt.length && prompt.startsWith(cachedPrompt)) {
        const ahead = hit(prompt.slice(cachedPrompt.length), text);
        if (ahead !== undefined) return ahead;
    }
    const last = cachedPrompt.slice(-1);
    if (!isHangulSyllable(last) && !isHangulLetter(last)) return undefined;
    const stem = cachedPrompt.slice(0, -1);
    if (!prompt.startsWith(stem) || prompt === cachedPrompt || prompt.length <= stem.length) return undefined;
    const composing = hit(prompt.slice(stem.length), last + text);
    return composing?.kind === "composing" ? composing : undefined;
}
