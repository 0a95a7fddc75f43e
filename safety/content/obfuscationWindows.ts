// Whether each of the filter's windows may hold an obfuscated word (normalize.ts:
// mayBeObfuscated), one segment after another, reading only the new characters.
//
// The lexicon's gate asked it of the whole window (64 characters of context, the segment,
// two characters after) for every segment, so each character was tested about sixteen
// times. Matches are at most `maxObfuscation` code units long: a match the window holds
// either starts near the segment (found now), or lies in the context and was found when
// an earlier segment was read (its start is kept), or starts at the window's first
// character, where the look-behind sees nothing (tested alone). The answer may be yes
// where the whole-window test says no (a match kept from a window that began at it),
// never the reverse: it only lets the gate open more.
import { mayBeObfuscated, maxObfuscation, obfuscationsFrom } from "./normalize";

export class ObfuscationWindows {
    /** Input offset of the segment being read. */
    private received = 0;
    /** Input offset where the last match found before a segment's end starts. */
    private last = -Infinity;

    /**
     * Whether `text.slice(0, until + 2)` may hold an obfuscated word, `text` the window whose
     * segment is [from, until). Every segment must pass here, in order.
     */
    next(text: string, from: number, until: number): boolean {
        const start = this.received - from;
        this.received += until - from;
        const end = Math.min(text.length, until + 2);
        const view = end === text.length ? text : text.slice(0, end);
        let found = this.last >= start || mayBeObfuscated(view.slice(0, maxObfuscation + 2));
        obfuscationsFrom(view, Math.max(0, from - maxObfuscation - 2), (at, to) => {
            found = true;
            if (to <= until) this.last = Math.max(this.last, start + at);
        });
        return found;
    }
}
