// A cheap gate in front of scanLexicon that never changes what it finds: which of its
// parts (Korean words, Latin words, each phrase) can find anything in a window of
// text. A part the gate rules out would have found nothing, so skipping it only saves
// time; when the gate is unsure it lets the part run. The filter scans a window (64
// characters before a segment, the segment, its right context) per segment, and
// almost every window of real text holds nothing: the gate turns that common case
// into table lookups, once per character.
//
// It reasons on "plain" text (canonicalise's fast path: ASCII, Hangul syllables,
// compatibility jamo and a few punctuation marks), whose canonical form is the text
// itself; a window with any other character runs every part. In plain text:
// - a Korean word starts at a Hangul character of the segment, and the skeleton from
//   there (normalize.ts: jamo, fillers dropped or read as a space, stretched vowels
//   skipped, "1" after a bare consonant read as ㅣ) walks the trie to an entry; the
//   gate walks every way the skeleton could read those characters;
// - a Latin word lies inside the segment (a cut follows whitespace, and words hold
//   none) and is a lexicon or keyboard entry, read as scanLatin reads it;
// - a phrase's match lies in the window up to the segment's end and holds one gram
//   (one to four characters) of each set its pattern needs (text/regexNeeds.ts reads
//   them from the pattern, so they follow the patterns as they change).
import { BitsQueue } from "../text/bitsQueue";
import { GramBits, GramGate } from "../text/gramGate";
import type { ContentCategory } from "../types";
import { homophoneFrom, keptAsIs, nonCanonical } from "./canonical";
import { keyboardTyped, keyboardView } from "./keyboardKorean";
import { latinMay, latinStarts, type LatinStarts } from "./latinGate";
import { ObfuscationWindows } from "./obfuscationWindows";
import { censorBetween, jamoOf, mayBeObfuscated, phraseReadingText, vowelLookalike } from "./normalize";

/** The parts of the compiled lexicon the gate reads (lexicon.ts). */
export interface GateTrieNode {
    next: Map<string, GateTrieNode>;
    category?: ContentCategory;
}

export interface GateLexicon {
    trie: GateTrieNode;
    keyboard: Map<string, ContentCategory>;
    latin: Map<string, ContentCategory>;
}

/** What of the lexicon may find something in a window. */
export interface GateResult {
    korean: boolean;
    latin: boolean;
    /** Per phrase (in order): whether it may match. */
    phrases: boolean[];
}

const nonPlainFlag = 1;
const hangulFlag = 2;
const latinFlag = 4;

interface Tables {
    lexicon: GateLexicon;
    /** The phrases' needs (on lower-cased text, as scanPhrases reads it). */
    phrases: GramGate;
    /** Per UTF-16 code unit: nonPlainFlag | hangulFlag | latinFlag. */
    flags: Uint8Array;
    /** Per Hangul code unit: 1 once `jamo`, `start` and `stretch` hold it (read on first sight, see {@link hangul}). */
    hangulRead: Uint8Array;
    /**
     * Per Hangul code unit: its jamo (jamoOf), one string per code unit, made once: the trie's
     * maps are asked with these (indexing the jamo's string made a new string per step).
     */
    jamo: Array<string[] | undefined>;
    /** Per Hangul code unit: the trie node after its jamo, when they begin an entry. */
    start: Array<GateTrieNode | undefined>;
    /** Per Hangul code unit: 1 when the skeleton may skip it as a stretched vowel (ㅇ + vowels, or vowels). */
    stretch: Uint8Array;
    /** The Latin entries' starts (latinGate.ts). */
    latin: LatinStarts;
}

const bareVowels = /^[ㅏ-ㅣ]+$/;
function build(lexicon: GateLexicon, phrases: readonly RegExp[]): Tables {
    const flags = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
        // Plain: canonicalise keeps it, and lower case too (the phrases read lower-cased text).
        // Surrogates are not: canonicalise maps a pair to one offset entry, not two, and
        // the spans after it are read from that map as they are. Past U+33FF (CJK and
        // beyond, Hangul aside) nothing is asked: not plain, the full scan reads it.
        if ((c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7a3)) {
            // Vowel jamo are not plain: a run of jamo may spell syllables (canonical.ts composes it).
            flags[c] = c === 0x3164 || (c >= 0x314f && c <= 0x3163) ? nonPlainFlag : hangulFlag;
            continue;
        }
        if (c >= 0x3400) {
            flags[c] = nonPlainFlag;
            continue;
        }
        const char = String.fromCharCode(c);
        if (nonCanonical.test(char) && !(keptAsIs(char) && char.toLowerCase() === char)) flags[c] = nonPlainFlag;
        else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) flags[c] = latinFlag;
    }
    return {
        lexicon,
        phrases: new GramGate(phrases, { lowerCaseText: true, clauses: 3, shareBits: false, alternatives: true }),
        flags,
        hangulRead: new Uint8Array(65536),
        jamo: new Array<string[] | undefined>(65536).fill(undefined),
        start: new Array<GateTrieNode | undefined>(65536).fill(undefined),
        stretch: new Uint8Array(65536),
        latin: latinStarts(lexicon)
    };
}

/** Fills the Hangul tables for `code` (a Hangul code unit) on first sight. */
function hangul(t: Tables, code: number): void {
    if (t.hangulRead[code] === 1) return;
    t.hangulRead[code] = 1;
    const j = vowelLookalike(jamoOf(String.fromCharCode(code)));
    t.jamo[code] = j.split("");
    if (bareVowels.test(j.startsWith("ㅇ") ? j.slice(1) : j)) t.stretch[code] = 1;
    let node: GateTrieNode | undefined = t.lexicon.trie;
    for (let k = 0; k < j.length && node !== undefined; k++) node = node.next.get(j[k]);
    t.start[code] = node;
}

const tablesOf = new WeakMap<GateLexicon, Tables>();

function tables(lexicon: GateLexicon, phrases: readonly RegExp[]): Tables {
    let t = tablesOf.get(lexicon);
    if (t === undefined || t.phrases.patterns !== phrases) {
        t = build(lexicon, phrases);
        tablesOf.set(lexicon, t);
    }
    return t;
}

/** Characters the skeleton reads as ㅣ after a bare consonant ("ㅅ1발"). */
const asVowel = /[1lI|!]/;
/** Non-letters that may be dropped inside a word (normalize.ts: fillerChar, maxFiller). */
const maxFiller = 4;
const isHangulCode = (code: number) => (code >= 0x3130 && code <= 0x318f) || (code >= 0xac00 && code <= 0xd7a3);
const isLetterCode = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Whether the skeleton of plain `text` from `q` on can continue the trie walk at
 * `node` to an entry. Explores every reading the skeleton could give the characters
 * (a Hangul character as its jamo or as a stretched vowel skipped; a run of
 * non-letters dropped or read as one space; 1/l/I/|/! after a bare consonant as ㅣ).
 * `budget` bounds the work: when it runs out the answer is yes.
 */
function walk(
    t: Tables,
    text: string,
    q: number,
    node: GateTrieNode,
    afterSpace: boolean,
    budget: { steps: number }
): boolean {
    if (node.category !== undefined) return true;
    if (--budget.steps < 0) return true;
    if (node.next.size === 0 || q >= text.length) return false;
    const code = text.charCodeAt(q);
    // "씨X발", "병ㅡ신": a censor mark between syllables is skipped (normalize.ts: censorBetween).
    if (censorBetween(text, q)) return walk(t, text, q + 1, node, afterSpace, budget);
    if (isHangulCode(code)) {
        hangul(t, code);
        const jamo = t.jamo[code] ?? jamoOf(text[q]).split("");
        // As a unit: its jamo, all of them (a word ends at a character boundary).
        let child: GateTrieNode | undefined = node;
        for (let k = 0; k < jamo.length && child !== undefined; k++) child = child.next.get(jamo[k]);
        if (child !== undefined && walk(t, text, q + 1, child, false, budget)) return true;
        // As a stretched vowel ("시이이발"), skipped: only right after a Hangul unit.
        if (!afterSpace && t.stretch[code] === 1 && walk(t, text, q + 1, node, false, budget)) return true;
        // As the final consonant that closes a stretch ("병시이이인"): ㅇ + a vowel + a final.
        if (!afterSpace && jamo.length === 3 && jamo[0] === "ㅇ") {
            const final = node.next.get(jamo[2]);
            if (final !== undefined && walk(t, text, q + 1, final, false, budget)) return true;
        }
        return false;
    }
    // A run of other characters up to the next Hangul character.
    let end = q;
    let letters = false;
    while (end < text.length && !isHangulCode(text.charCodeAt(end))) {
        if (isLetterCode(text.charCodeAt(end))) letters = true;
        end++;
    }
    if (afterSpace) return walk(t, text, end, node, true, budget);
    // 1 / l / I / | / ! after a bare consonant: ㅣ, then the rest of the run.
    if (asVowel.test(text[q]) && q > 0 && /[\u3131-\u314E]/.test(text[q - 1])) {
        const vowel = node.next.get("ㅣ");
        if (vowel !== undefined && walk(t, text, q + 1, vowel, false, budget)) return true;
    }
    // Dropped as filler inside a word: a few non-letters between Hangul characters.
    if (!letters && end - q <= maxFiller && end < text.length && walk(t, text, end, node, false, budget)) return true;
    // Read as one space.
    const space = node.next.get(" ");
    return space !== undefined && walk(t, text, end, space, true, budget);
}

/** Whether a Korean lexicon word can start at a Hangul character of `text[from, until)`. */
function koreanMay(t: Tables, text: string, from: number, until: number): boolean {
    for (let p = from; p < until; p++) {
        const code = text.charCodeAt(p);
        if (!isHangulCode(code)) continue;
        hangul(t, code);
        const node = t.start[code];
        if (node === undefined) continue;
        if (node.category !== undefined) return true;
        // Most starts end at the next character: a syllable whose first jamo does not
        // continue the entry and that cannot be a stretched vowel.
        const next = p + 1 < text.length ? text.charCodeAt(p + 1) : -1;
        if (next >= 0 && isHangulCode(next) && !censorBetween(text, p + 1) && (hangul(t, next), !t.stretch[next])) {
            const jamo = t.jamo[next];
            if (jamo !== undefined && !node.next.has(jamo[0])) continue;
        }
        if (walk(t, text, p + 1, node, false, { steps: 64 })) return true;
    }
    return false;
}

const wordChar = /[A-Za-z0-9@$!*]/;
/** What a run with insertions is made of ("f.uck", "sh-1t"): latinReadings.ts. */
const runChar = /[A-Za-z0-9@$!*.\-_'~+^#]/;
/** Whether a run of letters with insertions goes on across `at` (a cut after "f." of "f.uck"). */
const runAcross = (text: string, at: number) =>
    at > 0 && at < text.length && runChar.test(text[at - 1]) && runChar.test(text[at]);
const everything = (t: Tables): GateResult => ({
    korean: true,
    latin: true,
    phrases: new Array<boolean>(t.phrases.patterns.length).fill(true)
});

/** The gate's answer for a plain window whose phrase bits and flags are known. */
function decide(
    t: Tables,
    text: string,
    from: number,
    until: number,
    bits: GramBits,
    flags: number,
    obfuscated?: boolean
): GateResult | undefined {
    const open = t.phrases.open(bits);
    let latin = false;
    if (flags & latinFlag) {
        // Words never span the whitespace before a cut; at a forced cut, scan in full.
        latin =
            (from > 0 && wordChar.test(text[from - 1])) ||
            (until < text.length && wordChar.test(text[until - 1])) ||
            runAcross(text, from) ||
            runAcross(text, until) ||
            latinMay(t.lexicon, t.latin, text, from, until) ||
            typedPhraseMay(t, text, from, until);
    }
    const korean = (flags & hangulFlag) !== 0 && (koreanMay(t, text, from, until) || homophoneIn(text, from, until));
    if (
        open === undefined &&
        !latin &&
        !korean &&
        !(flags & (hangulFlag | latinFlag) && obfuscatedPhraseMay(t, text, until, obfuscated))
    )
        return undefined;
    return { korean, latin, phrases: open ?? new Array<boolean>(t.phrases.patterns.length).fill(false) };
}

/**
 * Whether the segment holds Korean typed with the Korean layout off ("sj wnrdlrpTek") and a phrase
 * may match the window read as Hangul (keyboardKorean.ts): many English words type syllables too.
 */
function typedPhraseMay(t: Tables, text: string, from: number, until: number): boolean {
    if (!keyboardTyped(text.slice(from, until))) return false;
    const view = keyboardView(text.slice(0, until));
    if (view === undefined) return false;
    return t.phrases.open(t.phrases.scratchBitsOf(view.text.toLowerCase())) !== undefined;
}

/**
 * Whether the window holds an obfuscated word and a phrase may match it as the
 * phrases read it then (normalize.ts: phraseReading): "죽.여 버릴 거야", "ki11 you".
 */
function obfuscatedPhraseMay(t: Tables, text: string, until: number, obfuscated?: boolean): boolean {
    // The whole window up to the segment's end, as scanLexicon reads it: the obfuscated word may be
    // in the left context and the phrase end in the segment ("필.로.폰" then "구해요"; the gate
    // read only the segment, and an open phrase of weaker needs had hidden that).
    // `obfuscated`: that test, answered already (obfuscationWindows.ts).
    if (!(obfuscated ?? mayBeObfuscated(text.slice(0, Math.min(text.length, until + 2))))) return false;
    const view = phraseReadingText(text.slice(0, until));
    if (view === undefined) return false;
    return t.phrases.open(t.phrases.scratchBitsOf(view.toLowerCase())) !== undefined;
}

/** Whether a sound-alike spelling (canonical.ts: homophone) starts in `text[from, until)`. */
function homophoneIn(text: string, from: number, until: number): boolean {
    const at = homophoneFrom(text, Math.max(0, from - 1));
    return at >= 0 && at < until;
}

/** The flags of `text[start, end)`. */
function flagsOf(t: Tables, text: string, start: number, end: number): number {
    let f = 0;
    for (let i = start; i < end; i++) f |= t.flags[text.charCodeAt(i)];
    return f;
}

/**
 * What `scanLexicon(text, from, until)` may find: undefined when it certainly finds
 * nothing; otherwise which of its parts may.
 */
export function lexiconGate(
    text: string,
    from: number,
    until: number,
    lexicon: GateLexicon,
    phrases: readonly RegExp[]
): GateResult | undefined {
    const t = tables(lexicon, phrases);
    if (flagsOf(t, text, 0, text.length) & nonPlainFlag) return everything(t);
    return decide(t, text, from, until, t.phrases.bitsOf(text, 0, until), flagsOf(t, text, from, until));
}

/** Longest left context a window holds (the filter's `contextLength`). */
const maxContext = 64;

/**
 * The gate for the filter's windows, one segment after another: each segment's bits
 * and flags are read once and kept while a later window can still hold the segment.
 */
export class LexiconWindows {
    private readonly t: Tables;
    /** Recent segments, newest last: length, whether plain; their phrase bits in {@link queue}. */
    private readonly lengths: number[] = [];
    private readonly nonPlain: number[] = [];
    private readonly queue: BitsQueue;
    private readonly obfuscation = new ObfuscationWindows();
    /** Grams carried from one segment into the next. */
    private readonly carry: GramBits;
    /** The window's bits. */
    private readonly window: GramBits;

    constructor(lexicon: GateLexicon, phrases: readonly RegExp[]) {
        this.t = tables(lexicon, phrases);
        // Both in one buffer (one memory block instead of two, per response).
        const words = this.t.phrases.words;
        const buffer = new ArrayBuffer(8 * words);
        this.carry = new GramBits(new Uint32Array(buffer, 0, words));
        this.window = new GramBits(new Uint32Array(buffer, 4 * words, words));
        this.queue = new BitsQueue(this.t.phrases.words);
    }

    /**
     * The gate for the window `text` = (at most 64 characters before the segment) +
     * segment + right context, the segment at [from, until). Segments come in order.
     */
    next(text: string, from: number, until: number): GateResult | undefined {
        const t = this.t;
        const carry = this.carry;
        carry.words.fill(0);
        const segmentFlags = t.phrases.read(carry, text, from, until, t.flags);
        const obfuscated = this.obfuscation.next(text, from, until);
        // The window's left context lies in the recent segments: the bits of all those kept (whole
        // ones, and perhaps one more than the context reaches: a superset, which only lets more through).
        const bits = this.window;
        bits.words.set(carry.words);
        this.queue.orInto(bits);
        let nonPlain = segmentFlags & nonPlainFlag;
        let covered = 0;
        for (let i = this.lengths.length - 1; i >= 0 && covered < from; i--) {
            nonPlain |= this.nonPlain[i];
            covered += this.lengths[i];
        }
        if (covered < from) {
            // More context than the kept segments cover (not in the filter's use): read it.
            bits.or(t.phrases.bitsOf(text, 0, from));
            nonPlain |= flagsOf(t, text, 0, from) & nonPlainFlag;
        }
        this.lengths.push(until - from);
        this.queue.push(carry);
        this.nonPlain.push(segmentFlags & nonPlainFlag);
        let kept = 0;
        let i = this.lengths.length - 1;
        for (; i >= 0 && kept < maxContext; i--) kept += this.lengths[i];
        if (i >= 0) {
            this.lengths.splice(0, i + 1);
            this.nonPlain.splice(0, i + 1);
            for (let k = 0; k <= i; k++) this.queue.shift();
        }
        nonPlain |= flagsOf(t, text, until, text.length) & nonPlainFlag;
        if (nonPlain) return everything(t);
        return decide(t, text, from, until, bits, segmentFlags, obfuscated);
    }
}
