// The lexicon gate's Latin part (lexiconGate.ts): whether a Latin word of a window may be
// a lexicon or keyboard entry as scanLatin (lexicon.ts) reads it — whole, leetspeak undone,
// a letter stretched, letters spaced out, or letters with digits or symbols inserted ("fu1ck",
// "f.uck"). Korean typed with the Korean layout off is the gate's (lexiconGate.ts: a phrase on the view). A quick pass over hashed three-letter
// starts rules most windows out; the rest are read word by word with the scan's own readings.
import type { ContentCategory } from "../types";
import { insertionRuns, latinEntry, spacedOrStretched, typedPrefix } from "./latinReadings";
import { latinWords, leet } from "./normalize";

/** The parts of the compiled lexicon the Latin gate reads. */
export interface LatinLexicon {
    keyboard: Map<string, ContentCategory>;
    latin: Map<string, ContentCategory>;
}

/** The Latin entries' starts, hashed (built once per lexicon). */
export interface LatinStarts {
    /** Latin entries (and keyboard spellings, lower-cased) by their first three letters, hashed. */
    starts: Uint8Array;
    /**
     * The Latin entries alone (a run with insertions is read only as those, not as keyboard spellings):
     * by their first four letters, hashed, and the three-letter entries by their three.
     */
    insertion: Uint8Array;
    insertion3: Uint8Array;
    /** A Latin entry shorter than three letters: every Latin word is read in full. */
    short: boolean;
}

/** Per code unit: the letter scanLatin reads it as (lower case, leetspeak undone), or -1. */
const latinLetter = (() => {
    const out = new Int16Array(128).fill(-1);
    for (let c = 65; c <= 90; c++) out[c] = c + 32;
    for (let c = 97; c <= 122; c++) out[c] = c;
    for (const [from, to] of Object.entries(leet)) out[from.charCodeAt(0)] = to.charCodeAt(0);
    return out;
})();
/** Per code unit: 1 for what an inserted run drops between letters (digits, . - _ ' ~ + ^ # * ! @ $). */
const inserted = (() => {
    const out = new Uint8Array(128);
    for (const c of "0123456789.-_'~+^#*!@$") out[c.charCodeAt(0)] = 1;
    return out;
})();
/** Per code unit: 1 for a separator an inserted run drops (. - _ ' ~ + ^ # *). */
const separator = (() => {
    const out = new Uint8Array(128);
    for (const c of ".-_'~+^#*") out[c.charCodeAt(0)] = 1;
    return out;
})();
const trigram = (a: number, b: number, c: number) =>
    Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) >>> 16;
const quad = (a: number, b: number, c: number, d: number) =>
    Math.imul(Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) ^ d, 0x27d4eb2f) >>> 16;

const startsOf = new WeakMap<LatinLexicon, LatinStarts>();

/**
 * Whether `text` may hold an entry with digits or symbols inserted (the scan's cheap test
 * before it reads runs with {@link insertionRuns}).
 */
export function mayHoldInsertions(lexicon: LatinLexicon, text: string): boolean {
    let starts = startsOf.get(lexicon);
    if (starts === undefined) {
        starts = latinStarts(lexicon);
        startsOf.set(lexicon, starts);
    }
    return starts.short || (startsIn(starts, text, 0, text.length) & 2) !== 0;
}

export function latinStarts(lexicon: LatinLexicon): LatinStarts {
    const starts = new Uint8Array(65536);
    const insertion = new Uint8Array(65536);
    let short = false;
    for (const entry of [...lexicon.latin.keys(), ...Array.from(lexicon.keyboard.keys(), (k) => k.toLowerCase())]) {
        if (entry.length < 3) short = true;
        else starts[trigram(entry.charCodeAt(0), entry.charCodeAt(1), entry.charCodeAt(2))] = 1;
    }
    const insertion3 = new Uint8Array(65536);
    for (const entry of lexicon.latin.keys()) {
        const [a, b, c, d] = Array.from(entry.slice(0, 4), (ch) => ch.charCodeAt(0));
        if (entry.length >= 4) insertion[quad(a, b, c, d)] = 1;
        else if (entry.length === 3) insertion3[trigram(a, b, c)] = 1;
    }
    return { starts, insertion, insertion3, short };
}

/** Whether letters a b c d (-1: none) end an entry's first four, a three-letter entry, or a stretch. */
function startAt(insertion: Uint8Array, insertion3: Uint8Array, a: number, b: number, c: number, d: number): boolean {
    if (b < 0) return false;
    return insertion3[trigram(b, c, d)] === 1 || (b === d && c === d) || (a >= 0 && insertion[quad(a, b, c, d)] === 1);
}

/**
 * Whether a run with digits or symbols between its letters (`text[start, end)`) holds an entry's
 * start, read with separators skipped and leetspeak undone ("sh.1t"), or as plain letters with
 * digits and symbols skipped ("fu1ck"): the two readings of insertionRuns (latinReadings.ts).
 */
function insertedStart({ insertion, insertion3 }: LatinStarts, text: string, start: number, end: number): boolean {
    let l0 = -1;
    let l1 = -1;
    let l2 = -1;
    let w = -1;
    let x = -1;
    let y = -1;
    for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        const c = latinLetter[code];
        if (c >= 0) {
            if (startAt(insertion, insertion3, l0, l1, l2, c)) return true;
            l0 = l1;
            l1 = l2;
            l2 = c;
        } else if (separator[code] !== 1) l0 = l1 = l2 = -1;
        if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
            const letter = code | 32;
            if (startAt(insertion, insertion3, w, x, y, letter)) return true;
            w = x;
            x = y;
            y = letter;
        }
    }
    return false;
}

/**
 * Quick: an entry's first three letters somewhere in a word — 1 when read whole (leetspeak
 * undone), 2 when in a run with digits or symbols between its letters ("fu1ck", "f.uck",
 * "fuc.k") read with them skipped, 0 when neither. Only runs with such an insertion are read the
 * second way (most words have none).
 */
function startsIn(tables: LatinStarts, text: string, from: number, until: number): number {
    const starts = tables.starts;
    let found = 0;
    let a = -1;
    let b = -1;
    // The current run of letters, digits and symbols: where it started, and a letter after a non-letter in it.
    let runStart = -1;
    let runInserted = false;
    let afterOther = false;
    for (let i = from; i <= until && found !== 3; i++) {
        const code = i < until ? text.charCodeAt(i) : 32;
        if (code === 42) return 3; // "*": a hidden letter
        const c = code < 128 ? latinLetter[code] : -1;
        if (c >= 0 && a >= 0 && starts[trigram(a, b, c)] === 1) found |= 1;
        // A letter stretched as scanLatin reads letters ("$$s", "f@@@g"): read in full.
        if (c >= 0 && a === c && b === c) found |= 1;
        a = c >= 0 ? b : -1;
        b = c;
        const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
        if (isLetter || (code < 128 && inserted[code] === 1)) {
            if (runStart < 0) runStart = i;
            if (!isLetter) afterOther = true;
            else if (afterOther) runInserted = true;
            continue;
        }
        if (runInserted && insertedStart(tables, text, runStart, i)) found |= 2;
        runStart = -1;
        runInserted = afterOther = false;
    }
    return found;
}

/** Whether a Latin word of `text[from, until)` may be a lexicon or keyboard entry (as scanLatin reads it). */
export function latinMay(
    lexicon: LatinLexicon,
    starts: LatinStarts,
    text: string,
    from: number,
    until: number
): boolean {
    const window = text.slice(from, until);
    // Letters spaced out, or a letter stretched: scanLatin reads these whole (rare in text).
    if (spacedOrStretched(window)) return true;
    const found = starts.short ? 3 : startsIn(starts, text, from, until);
    if (found === 0) return false;
    const { latin, keyboard } = lexicon;
    if (found & 1)
        for (const word of latinWords(window)) {
            if (latinEntry(latin, word.ascii) !== undefined) return true;
            if (word.ascii.includes("*") && /[a-z]/.test(word.ascii)) return true;
            if (
                keyboard.has(word.raw) ||
                keyboard.has(word.raw.toLowerCase()) ||
                typedPrefix(keyboard, word.raw) !== undefined
            )
                return true;
        }
    return (found & 2) !== 0 && insertionRuns(latin, window).length > 0;
}
