// A gate built on what patterns need (regexNeeds.ts).
//
// GramGate turns the needs of a list of patterns into tables: one pass over a text
// (a table lookup per character and per 2-, 3- and 4-gram) tells which patterns
// cannot match anywhere in it. Skipping those changes nothing but the time: the
// lexicon's phrases (content/lexiconGate.ts) and the secret rules (pii/recognizer.ts)
// run only the patterns a window of text can hold.
import { neededGrams } from "./regexNeeds";

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
 * Bits of a text read so far (96, in three words), and its last three code units (the grams
 * that end in the next characters start there): text can be read in pieces, in order.
 */
export class GramBits {
    bits = 0;
    high = 0;
    third = 0;
    a = -1;
    b = -1;
    c = -1;
}

/** Need bits a gate has: three 32-bit words. */
const bitCount = 96;

/** ASCII letters in lower case, other code units as they are. */
const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** Which of a list of patterns a text can hold (see the file comment). */
export class GramGate {
    /** Per code unit (ASCII letters lower-cased): the need bits it satisfies (low and high word). */
    readonly charBits = new Uint32Array(65536);
    readonly charHigh = new Uint32Array(65536);
    readonly charThird = new Uint32Array(65536);
    /** Per hashed 2-, 3- or 4-gram: 1 when a gram has that hash (then {@link exact} has its bits). */
    readonly gramBits = new Uint8Array(65536);
    /**
     * Per code unit: 1 when it occurs in a gram of two or more characters, plus 2, 4, 8
     * when it ends a gram of 2, 3, 4 characters (only then is that hash looked up).
     */
    readonly inGram = new Uint8Array(65536);
    /** Per gram: its need bits (a hash hit is checked here, so collisions cost time, not precision). */
    private readonly exact = new Map<string, [number, number, number]>();
    /** Per pattern: the bits a text must hold for the pattern to match (0: any text may). */
    readonly needs: Uint32Array;
    readonly needsHigh: Uint32Array;
    readonly needsThird: Uint32Array;

    /**
     * `clauses`: at most this many needed sets per pattern. Each set gets a bit while 96
     * last; past that, sets share bits (a text then needs less, never more), or with
     * `shareBits: false` are left out (better when the patterns alone are under 96).
     * `lookaround`: see {@link neededGrams}; `bitsOf` must then read the whole text.
     */
    constructor(
        readonly patterns: readonly RegExp[],
        {
            lowerCaseText = false,
            clauses = 3,
            lookaround = false,
            shareBits = true
        }: { lowerCaseText?: boolean; clauses?: number; lookaround?: boolean; shareBits?: boolean } = {}
    ) {
        const all = patterns.map((p) => neededGrams(p, lowerCaseText, lookaround).slice(0, clauses));
        this.needs = new Uint32Array(patterns.length);
        this.needsHigh = new Uint32Array(patterns.length);
        this.needsThird = new Uint32Array(patterns.length);
        let bit = 0;
        // First every pattern's best set, then the second ones, …: bits go to the best first.
        for (let k = 0; k < clauses; k++)
            all.forEach((needs, p) => {
                const set = needs[k] as (typeof needs)[number] | undefined;
                if (set === undefined) return;
                // Without sharing, a set past the 96th is left out: its pattern needs less, and no
                // other pattern's bit is weakened by standing for two sets.
                if (!shareBits && bit >= bitCount) return;
                const word = Math.floor((bit % bitCount) / 32);
                const b = 1 << (bit % 32);
                bit++;
                [this.needs, this.needsHigh, this.needsThird][word][p] |= b;
                for (const gram of set) {
                    if (gram.length > 1) {
                        this.gramBits[gramHash(gram)] = 1;
                        for (let i = 0; i < gram.length; i++) this.inGram[gram.charCodeAt(i)] |= 1;
                        this.inGram[gram.charCodeAt(gram.length - 1)] |= 1 << (gram.length - 1);
                        const known = this.exact.get(gram) ?? [0, 0, 0];
                        known[word] |= b;
                        this.exact.set(gram, known);
                    } else [this.charBits, this.charHigh, this.charThird][word][gram.charCodeAt(0)] |= b;
                }
            });
    }

    /** Adds a gram's bits (a hash hit: the gram itself may have none). */
    private check(into: GramBits, gram: string): void {
        const known = this.exact.get(gram);
        if (known === undefined) return;
        into.bits |= known[0];
        into.high |= known[1];
        into.third |= known[2];
    }

    /**
     * Reads `text[start, end)` into `into`; returns the union of `flags` (a table per
     * code unit, when given) over those characters.
     */
    read(into: GramBits, text: string, start = 0, end = text.length, flags?: Uint8Array): number {
        const { charBits, charHigh, charThird, gramBits } = this;
        let { a, b, c } = into;
        // Per character: the word bits in locals; grams (rare hits) add to `into` directly.
        let bits = 0;
        let high = 0;
        let third = 0;
        let f = 0;
        for (let i = start; i < end; i++) {
            const code = text.charCodeAt(i);
            if (flags !== undefined) f |= flags[code];
            const d = lowerAscii(code);
            bits |= charBits[d];
            high |= charHigh[d];
            third |= charThird[d];
            const g = this.inGram[d];
            // A character in no gram ends every gram before it.
            if (g === 0) {
                a = b = c = -1;
                continue;
            }
            if (c >= 0 && g > 1) {
                if (g & 2 && gramBits[hash2(c, d)] !== 0) this.check(into, String.fromCharCode(c, d));
                if (b >= 0) {
                    if (g & 4 && gramBits[hash3(b, c, d)] !== 0) this.check(into, String.fromCharCode(b, c, d));
                    if (g & 8 && a >= 0 && gramBits[hash4(a, b, c, d)] !== 0)
                        this.check(into, String.fromCharCode(a, b, c, d));
                }
            }
            a = b;
            b = c;
            c = d;
        }
        into.bits |= bits;
        into.high |= high;
        into.third |= third;
        into.a = a;
        into.b = b;
        into.c = c;
        return f;
    }

    /** The bits of `text[start, end)` alone. */
    bitsOf(text: string, start = 0, end = text.length): GramBits {
        const into = new GramBits();
        this.read(into, text, start, end);
        return into;
    }

    /** Whether pattern `index` may match a text with bits `read`. */
    may(read: { bits: number; high: number; third: number }, index: number): boolean {
        const need = this.needs[index];
        const needHigh = this.needsHigh[index];
        const needThird = this.needsThird[index];
        return (
            (read.bits & need) >>> 0 === need &&
            (read.high & needHigh) >>> 0 === needHigh &&
            (read.third & needThird) >>> 0 === needThird
        );
    }
}
