// Latin readings of abuse that are not whole words: letters spaced or dotted out ("f u c k"),
// a letter stretched ("fuuuuuck"), and a keyboard-typed Korean word with an ending
// ("tlqkfshadk"). Shared by the lexicon's scan (lexicon.ts) and its gate (lexiconGate.ts),
// so the gate lets through exactly what the scan reads.
import type { ContentCategory } from "../types";

/**
 * A keyboard-typed entry of five letters or more that starts a longer typed word ("tlqkfshadk" is
 * 시발놈아 typed, "tlqkf" 시발 with an ending): such letter runs are not English words.
 */
export function typedPrefix(keyboard: ReadonlyMap<string, ContentCategory>, raw: string): ContentCategory | undefined {
    for (let length = Math.min(raw.length - 1, 12); length >= 5; length--) {
        const prefix = raw.slice(0, length);
        const found = keyboard.get(prefix) ?? keyboard.get(prefix.toLowerCase());
        if (found !== undefined) return found;
    }
    return undefined;
}

/** Three letters or more, each alone, spaced or dotted out: "f u c k", "f.u.c.k", "s-h-i-t". */
export const spacedLetters = /(?<![A-Za-z])[A-Za-z](?:[ .\-_*][A-Za-z]){2,}(?![A-Za-z])/g;

/** Runs of three or more of one letter cut to `keep`. */
export function collapse(word: string, keep = 1): string {
    return word.replace(/([a-z])\1{2,}/g, (_, c: string) => c.repeat(keep));
}

/**
 * The entry a word's letters (lower case, leetspeak undone: latinWords' `ascii`) are, read
 * whole or with a stretched letter's run read once or twice ("shiiit" as "shit", "asss" as
 * "ass"; "$$shit" is "ssshit", a stretch too).
 */
export function latinEntry(latin: ReadonlyMap<string, ContentCategory>, ascii: string): ContentCategory | undefined {
    const whole = latin.get(ascii);
    if (whole !== undefined || !/([a-z])\1\1/.test(ascii)) return whole;
    return latin.get(collapse(ascii)) ?? latin.get(collapse(ascii, 2));
}

/** Whether `text` holds letters spaced out or a letter stretched (the gate's quick test). */
export function spacedOrStretched(text: string): boolean {
    spacedLetters.lastIndex = 0;
    return spacedLetters.test(text) || /([A-Za-z])\1\1/.test(text);
}
