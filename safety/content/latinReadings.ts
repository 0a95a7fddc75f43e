// Latin readings of abuse that are not whole words: letters spaced or dotted out ("f u c k"),
// a letter stretched ("fuuuuuck"), and a keyboard-typed Korean word with an ending
// ("tlqkfshadk"). Shared by the lexicon's scan (lexicon.ts) and its gate (lexiconGate.ts),
// so the gate lets through exactly what the scan reads.
import type { ContentCategory } from "../types";
import { leet } from "./normalize";

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

/** A run of letters with digits or symbols inside or between them ("fu1ck", "f*uck", "f.uck", "sh-it"). */
const insertionRun = /(?<![A-Za-z0-9@$!*])[A-Za-z0-9@$!*]+(?:[.\-_'~+^#][A-Za-z0-9@$!*]+)*/g;

const startsOf = new WeakMap<ReadonlyMap<string, ContentCategory>, Set<string>>();

/** The first three letters of every entry (each entry is at least three letters long). */
function entryStarts(latin: ReadonlyMap<string, ContentCategory>): Set<string> {
    let starts = startsOf.get(latin);
    if (starts === undefined) {
        starts = new Set(Array.from(latin.keys(), (entry) => entry.slice(0, 3)));
        startsOf.set(latin, starts);
    }
    return starts;
}

/** Found in a run of letters with insertions: where, and what category. */
export interface InsertionHit {
    start: number;
    end: number;
    category: ContentCategory;
}

/** The entry `joined` (lower case, separators dropped) is: with digits and symbols dropped, or read as leetspeak. */
function insertionEntry(latin: ReadonlyMap<string, ContentCategory>, joined: string): ContentCategory | undefined {
    const letters = joined.replace(/[^a-z]/g, "");
    if (letters.length < 3) return undefined;
    return (
        latinEntry(latin, letters) ??
        latinEntry(
            latin,
            joined.replace(/\*/g, "").replace(/[0-9@$!]/g, (c) => leet[c] ?? c)
        )
    );
}

/**
 * Lexicon entries written with digits or symbols inserted between their letters ("fu1ck", "f*uck",
 * "f.uck", "sh-it", "b.i.tch"): each run is split at its separators, and every stretch of up to
 * eight pieces is read joined, digits and symbols dropped or read as leetspeak. Only runs that hold
 * a non-letter: plain words are read by {@link latinEntry}.
 */
export function insertionRuns(latin: ReadonlyMap<string, ContentCategory>, text: string): InsertionHit[] {
    const out: InsertionHit[] = [];
    const starts = entryStarts(latin);
    insertionRun.lastIndex = 0;
    for (let m = insertionRun.exec(text); m !== null; m = insertionRun.exec(text)) {
        const run = m[0];
        if (!/[a-z]/i.test(run) || !/[^a-z]/i.test(run)) continue;
        const pieces: Array<{ start: number; end: number }> = [];
        const piece = /[A-Za-z0-9@$!*]+/g;
        for (let p = piece.exec(run); p !== null; p = piece.exec(run))
            pieces.push({ start: m.index + p.index, end: m.index + p.index + p[0].length });
        for (let i = 0; i < pieces.length; i++) {
            if (!/[A-Za-z013457@$!*]/.test(run[pieces[i].start - m.index])) continue;
            // Only where an entry can start: its first three letters, in either reading.
            const head = run.slice(pieces[i].start - m.index, pieces[i].start - m.index + 24).toLowerCase();
            const plain = head.replace(/[^a-z]/g, "");
            const undone = head.replace(/[.\-_'~+^#*]/g, "").replace(/[0-9@$!]/g, (c) => leet[c] ?? c);
            const stretched = (r: string) => (/([a-z])\1\1/.test(r) ? [r, collapse(r), collapse(r, 2)] : [r]);
            if (!starts.has(plain.slice(0, 3)) && !starts.has(undone.slice(0, 3))) {
                if (![plain, undone].some((r) => stretched(r).some((c) => starts.has(c.slice(0, 3))))) continue;
            }
            for (let j = Math.min(pieces.length, i + 8) - 1; j >= i; j--) {
                const joined = pieces
                    .slice(i, j + 1)
                    .map((q) => text.slice(q.start, q.end))
                    .join("")
                    .toLowerCase();
                // Something must stand between two letters: a plain word is read elsewhere, and
                // letters with digits after them ("kys010") are not a word with insertions.
                if (!/[a-z][^a-z]+[a-z]/.test(text.slice(pieces[i].start, pieces[j].end).toLowerCase())) continue;
                const category = insertionEntry(latin, joined);
                if (category === undefined) continue;
                out.push({ start: pieces[i].start, end: pieces[j].end, category });
                i = j;
                break;
            }
        }
    }
    return out;
}
