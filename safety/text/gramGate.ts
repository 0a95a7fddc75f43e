// A gate built on what patterns need (regexNeeds.ts).
//
// GramGate turns the needs of a list of patterns into tables: one pass over a text
// (a table lookup per character and per 2-, 3- and 4-gram) tells which patterns
// cannot match anywhere in it. With `alternatives`, a pattern's top-level alternatives
// each need their own grams (a pattern of 50 alternatives otherwise needs only what all
// 50 share, and that is a common word); every needed set has its own bit, as many words
// of bits as the sets take. Skipping those changes nothing but the time: the
// lexicon's phrases (content/lexiconGate.ts) and the secret rules (pii/recognizer.ts)
// run only the patterns a window of text can hold.
import { alternativesOf } from "./regexAlternatives";
import { neededGramsOf } from "./regexNeeds";

/** 16-bit hashes of 2-, 3- and 4-grams of code units (collisions only let more through). */
export const hash2 = (a: number, b: number) => Math.imul(Math.imul(a ^ 0x2000000, 0x9e3779b1) ^ b, 0x85ebca6b) >>> 16;
export const hash3 = (a: number, b: number, c: number) =>
    Math.imul(Math.imul(Math.imul(a ^ 0x3000000, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) >>> 16;
export const hash4 = (a: number, b: number, c: number, d: number) =>
    Math.imul(
        Math.imul(Math.imul(Math.imul(a ^ 0x4000000, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) ^ d,
        0x27d4eb2f
    ) >>> 16;

function gramHash(gram: string): number {
    const c = (i: number) => gram.charCodeAt(i);
    if (gram.length === 2) return hash2(c(0), c(1));
    if (gram.length === 3) return hash3(c(0), c(1), c(2));
    return hash4(c(0), c(1), c(2), c(3));
}

/**
 * Bits of a text read so far (a word per 32 needed sets), and its last three code units
 * (the grams that end in the next characters start there): text can be read in pieces, in order.
 */
export class GramBits {
    a = -1;
    b = -1;
    c = -1;

    constructor(readonly words: Uint32Array) {}

    /** Adds `other`'s bits. */
    or(other: GramBits): void {
        for (let w = 0; w < this.words.length; w++) this.words[w] |= other.words[w];
    }
}

/**
 * Three numbers below 2^21 as one exact integer key (below 2^53): a 2-gram's code units are
 * (0, c, d), a 3-gram's (b, c, d), a 4-gram's (a ^ b << 5, c, d), which two 4-grams may share.
 */
const gramKey = (x: number, y: number, z: number) => (x * 65536 + y) * 65536 + z;

/** At most this many needed sets get a bit; past that, sets share bits or are left out. */
const maxBits = 4096;

/** ASCII letters in lower case, other code units as they are. */
const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** Word and mask pairs, flat: the bits a gram or character sets, or a piece needs. */
type Pairs = Uint32Array;

function pairsOf(bits: Iterable<number>): Pairs {
    const byWord = new Map<number, number>();
    for (const bit of bits) byWord.set(bit >>> 5, (byWord.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
    const out = new Uint32Array(byWord.size * 2);
    let k = 0;
    for (const [word, mask] of byWord) {
        out[k++] = word;
        out[k++] = mask >>> 0;
    }
    return out;
}

/** Whether `words` hold every bit of `need`. */
function holds(words: Uint32Array, need: Pairs): boolean {
    for (let k = 0; k < need.length; k += 2) if ((words[need[k]] & need[k + 1]) >>> 0 !== need[k + 1]) return false;
    return true;
}

/**
 * Shared by every gate: per code unit (ASCII letters lower-cased), its index among the code units some
 * gate reads (0: none; index 0 of every gate's table is empty). One table of 128 KB for all gates, each
 * gate's own table only as long as the indexes given out when it was built.
 */
const denseOf = new Uint16Array(65536);
let denseCount = 1;

function denseIndex(code: number): number {
    if (denseOf[code] === 0) {
        if (denseCount >= 65536) throw new Error("GramGate: too many characters");
        denseOf[code] = denseCount++;
    }
    return denseOf[code];
}

/** Which of a list of patterns a text can hold (see the file comment). */
export class GramGate {
    /** Words of bits a text's reading holds. */
    readonly words: number;
    /**
     * Per code unit this gate reads, by its index `x` in {@link denseOf} (ASCII letters lower-cased), side
     * by side so that one cache line holds both: `chars[2x]` = where its bits start in {@link charPairs},
     * plus its gram flags times 2^24 (1 when it occurs in a gram of two or more characters, plus 2, 4, 8
     * when it ends a gram of 2, 3, 4 characters: only then is that hash looked up); `chars[2x + 1]` =
     * where they end. Indexed densely, not by code unit: the filter reads a dozen gates per segment, and
     * a table of 65,536 code units each (512 KB) did not stay in cache while the others were read.
     */
    private readonly chars: Int32Array;
    /** Indexes below this are in {@link chars} (a later gate's characters are not this gate's). */
    private readonly size: number;
    private readonly charPairs: Uint32Array;
    /** Per hashed 2-, 3- or 4-gram: 1 when a gram has that hash (then {@link exact} has its bits). */
    readonly gramBits = new Uint8Array(65536);
    /**
     * Per gram: the bits it sets (a hash hit is checked here, so collisions cost time, not precision).
     * Keyed by its code units as one number ({@link gramKey}; a 4-gram's key may stand for two
     * grams, whose bits it then holds both: only more gets through).
     */
    private readonly exact = new Map<number, Pairs>();
    /** Per pattern: its pieces' needs (a pattern may match where one piece's bits are all held). */
    private readonly pieces: Pairs[][];
    /** Per bit: the pieces whose first (best) set it is, as [pattern, piece] pairs. */
    private readonly byFirstBit: number[][];
    /** Patterns a piece of which needs nothing: they may match any text. */
    private readonly always: number[] = [];

    /**
     * `clauses`: at most this many needed sets per piece. Each set gets a bit while 4096
     * last; past that, sets share bits (a text then needs less, never more), or with
     * `shareBits: false` are left out. `lookaround`: see {@link neededGramsOf}; `bitsOf`
     * must then read the whole text. `alternatives`: each top-level alternative is a piece
     * (regexNeeds.ts: alternativesOf); otherwise the pattern is one.
     */
    constructor(
        readonly patterns: readonly RegExp[],
        {
            lowerCaseText = false,
            clauses = 3,
            lookaround = false,
            shareBits = true,
            alternatives = false
        }: {
            lowerCaseText?: boolean;
            clauses?: number;
            lookaround?: boolean;
            shareBits?: boolean;
            alternatives?: boolean;
        } = {}
    ) {
        const sets = patterns.map((p) =>
            (alternatives ? alternativesOf(p.source) : [p.source]).map((source) =>
                neededGramsOf(source, p.flags, lowerCaseText, lookaround).slice(0, clauses)
            )
        );
        const needBits = sets.map((pieces) => pieces.map(() => [] as number[]));
        const inGram = new Map<number, number>();
        const gramBitList = new Map<string, number[]>();
        const charBitList = new Map<number, number[]>();
        let bit = 0;
        // First every piece's best set, then the second ones, …: bits go to the best first.
        for (let k = 0; k < clauses; k++)
            sets.forEach((pieces, p) =>
                pieces.forEach((needs, q) => {
                    const set = needs[k] as (typeof needs)[number] | undefined;
                    if (set === undefined) return;
                    // Without sharing, a set past the last bit is left out: its piece needs less, and no
                    // other piece's bit is weakened by standing for two sets.
                    if (!shareBits && bit >= maxBits) return;
                    const b = bit++ % maxBits;
                    needBits[p][q].push(b);
                    for (const gram of set) {
                        if (gram.length > 1) {
                            this.gramBits[gramHash(gram)] = 1;
                            for (let i = 0; i < gram.length; i++)
                                inGram.set(gram.charCodeAt(i), (inGram.get(gram.charCodeAt(i)) ?? 0) | 1);
                            const last = gram.charCodeAt(gram.length - 1);
                            inGram.set(last, (inGram.get(last) ?? 0) | (1 << (gram.length - 1)));
                            gramBitList.set(gram, [...(gramBitList.get(gram) ?? []), b]);
                        } else charBitList.set(gram.charCodeAt(0), [...(charBitList.get(gram.charCodeAt(0)) ?? []), b]);
                    }
                })
            );
        this.words = Math.max(1, Math.ceil(Math.min(bit, maxBits) / 32));
        const byKey = new Map<number, number[]>();
        for (const [gram, bits] of gramBitList) {
            const c = (i: number) => gram.charCodeAt(i);
            const key =
                gram.length === 2
                    ? gramKey(0, c(0), c(1))
                    : gram.length === 3
                      ? gramKey(c(0), c(1), c(2))
                      : gramKey(c(0) ^ (c(1) << 5), c(2), c(3));
            byKey.set(key, [...(byKey.get(key) ?? []), ...bits]);
        }
        for (const [key, bits] of byKey) this.exact.set(key, pairsOf(bits));
        for (const code of [...charBitList.keys(), ...inGram.keys()]) denseIndex(code);
        this.size = denseCount;
        this.chars = new Int32Array(2 * this.size);
        const flat: number[] = [];
        for (const [code, bits] of charBitList) {
            this.chars[2 * denseOf[code]] = flat.length;
            flat.push(...pairsOf(bits));
            this.chars[2 * denseOf[code] + 1] = flat.length;
        }
        if (flat.length >= 1 << 24) throw new Error("GramGate: too many character bits");
        for (const [code, flags] of inGram) this.chars[2 * denseOf[code]] |= flags << 24;
        this.charPairs = Uint32Array.from(flat);
        this.pieces = needBits.map((pieces) => pieces.map(pairsOf));
        this.byFirstBit = Array.from({ length: this.words * 32 }, () => []);
        needBits.forEach((pieces, p) => {
            if (pieces.some((bits) => bits.length === 0)) this.always.push(p);
            else pieces.forEach((bits, q) => this.byFirstBit[bits[0]].push(p, q));
        });
    }

    /** Empty bits, to read a text into. */
    empty(): GramBits {
        return new GramBits(new Uint32Array(this.words));
    }

    /** Adds a gram's bits (a hash hit: the gram itself may have none). */
    private check(into: Uint32Array, key: number): void {
        const known = this.exact.get(key);
        if (known === undefined) return;
        for (let k = 0; k < known.length; k += 2) into[known[k]] |= known[k + 1];
    }

    /**
     * Reads `text[start, end)` into `into`; returns the union of `flags` (a table per
     * code unit, when given) over those characters.
     */
    read(into: GramBits, text: string, start = 0, end = text.length, flags?: Uint8Array): number {
        const { chars, charPairs, gramBits, size } = this;
        const words = into.words;
        let { a, b, c } = into;
        let f = 0;
        for (let i = start; i < end; i++) {
            const code = text.charCodeAt(i);
            if (flags !== undefined) f |= flags[code];
            const d = lowerAscii(code);
            let x = denseOf[d];
            if (x >= size) x = 0;
            const info = chars[2 * x];
            for (let k = info & 0xffffff, to = chars[2 * x + 1]; k < to; k += 2)
                words[charPairs[k]] |= charPairs[k + 1];
            const g = info >>> 24;
            // A character in no gram ends every gram before it.
            if (g === 0) {
                a = b = c = -1;
                continue;
            }
            if (c >= 0 && g > 1) {
                if (g & 2 && gramBits[hash2(c, d)] !== 0) this.check(words, gramKey(0, c, d));
                if (b >= 0) {
                    if (g & 4 && gramBits[hash3(b, c, d)] !== 0) this.check(words, gramKey(b, c, d));
                    if (g & 8 && a >= 0 && gramBits[hash4(a, b, c, d)] !== 0)
                        this.check(words, gramKey(a ^ (b << 5), c, d));
                }
            }
            a = b;
            b = c;
            c = d;
        }
        into.a = a;
        into.b = b;
        into.c = c;
        return f;
    }

    /** The bits of `text[start, end)` alone. */
    bitsOf(text: string, start = 0, end = text.length): GramBits {
        const into = this.empty();
        this.read(into, text, start, end);
        return into;
    }

    private reused: GramBits | undefined;

    /**
     * {@link bitsOf} into bits this gate reuses, valid until its next call: a typed array
     * costs about a microsecond to allocate, more than reading a sentence's grams.
     */
    scratchBitsOf(text: string, start = 0, end = text.length): GramBits {
        const into = (this.reused ??= this.empty());
        into.words.fill(0);
        into.a = into.b = into.c = -1;
        this.read(into, text, start, end);
        return into;
    }

    /** Whether pattern `index` may match a text with bits `read`. */
    may(read: GramBits, index: number): boolean {
        return this.pieces[index].some((need) => holds(read.words, need));
    }

    /** Whether pattern `index` may match any text (a piece of it needs nothing). */
    needsNothing(index: number): boolean {
        return this.always.includes(index);
    }

    /**
     * Per pattern, whether it may match a text with bits `read` ({@link may} for each); undefined
     * when none may. Only the pieces whose best set's bit is held are checked.
     */
    open(read: GramBits): boolean[] | undefined {
        let out: boolean[] | undefined;
        for (const p of this.always) (out ??= new Array<boolean>(this.patterns.length).fill(false))[p] = true;
        const words = read.words;
        for (let w = 0; w < words.length; w++) {
            for (let x = words[w]; x !== 0; x &= x - 1) {
                const list = this.byFirstBit[w * 32 + 31 - Math.clz32(x & -x)];
                for (let k = 0; k < list.length; k += 2) {
                    const p = list[k];
                    if (out?.[p] !== true && holds(words, this.pieces[p][list[k + 1]]))
                        (out ??= new Array<boolean>(this.patterns.length).fill(false))[p] = true;
                }
            }
        }
        return out;
    }
}
