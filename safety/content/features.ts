// Features of the content classifier, shared by training and inference: character
// 1-3-grams and words of the lower-cased, NFKC-normalised text, hashed (FNV-1a)
// into 2^18 buckets, each present feature weighted 1/sqrt(n). The text is first made
// canonical (canonical.ts), so invisible characters and NFD do not hide words from it.
import { canonicalText } from "./canonical";
export const hashBits = 18;
const mask = (1 << hashBits) - 1;

export function normaliseForClassifier(text: string): string {
    return canonicalText(text).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Which n-grams: characters `minN`..`maxN`, plus whole words. Stored with the model. */
export interface FeatureConfig {
    minN: number;
    maxN: number;
}

export const defaultFeatures: FeatureConfig = { minN: 1, maxN: 3 };

/**
 * The buckets of the text being read, as a bit set (one bit per bucket) with a summary
 * (one bit per non-empty 32-bit word) and a summary of that (one bit per non-empty summary
 * word): a set that lists its members in ascending order without sorting, and is emptied as
 * it is listed. The second summary spares the listing a pass over all 256 summary words for
 * a sentence that touches a few dozen.
 */
const present = new Int32Array((1 << hashBits) >>> 5);
const summary = new Int32Array(present.length >>> 5);
const top = new Int32Array(Math.max(1, summary.length >>> 5));

/** Adds bucket `b` to the set; 1 if it was not in it. */
function add(b: number): number {
    const word = b >>> 5;
    const bit = 1 << (b & 31);
    if ((present[word] & bit) !== 0) return 0;
    present[word] |= bit;
    summary[word >>> 5] |= 1 << (word & 31);
    top[word >>> 10] |= 1 << ((word >>> 5) & 31);
    return 1;
}

/** The code units of ` ${normaliseForClassifier(text)} `, read into a reused buffer. */
let units = new Uint16Array(1024);

/**
 * Reads ` ${normaliseForClassifier(text)} ` into `units`; returns its length. Text of
 * printable ASCII, tabs, newlines and Hangul syllables (most text) is read in one pass:
 * canonicalise, NFKC and toLowerCase change nothing in it but A-Z, and its whitespace
 * is [\t\n\r ]: runs of it become one space, trimmed at both ends.
 */
function readNormalised(text: string): number {
    if (units.length < text.length + 2) units = new Uint16Array((text.length + 2) * 2);
    let n = 0;
    units[n++] = 32;
    let space = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) {
            space = n > 1;
            continue;
        }
        if (c < 32 || c > 126) {
            if (c < 0xac00 || c > 0xd7a3) return readString(` ${normaliseForClassifier(text)} `);
        }
        if (space) {
            units[n++] = 32;
            space = false;
        }
        units[n++] = c >= 65 && c <= 90 ? c + 32 : c;
    }
    units[n++] = 32;
    return n;
}

function readString(s: string): number {
    if (units.length < s.length) units = new Uint16Array(s.length * 2);
    for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
    return s.length;
}

/** Sorted unique bucket ids and one shared weight (1/sqrt(count)). */
export function featuresOf(
    text: string,
    config: FeatureConfig = defaultFeatures
): { buckets: Uint32Array; value: number } {
    const count = listFeatures(text, config);
    return { buckets: listed.slice(0, count), value: count > 0 ? 1 / Math.sqrt(count) : 0 };
}

/** The buckets {@link listFeatures} found last, ascending, in `listed[0, count)` (reused: read before the next call). */
export let listed = new Uint32Array(1024);

/**
 * The text {@link listFeatures} read last, with its features' config and count: the filter asks the
 * classifier and then the harm head of the same sentence, and the list is still in `listed`.
 */
let last: { text: string; minN: number; maxN: number; count: number } | undefined;

/** featuresOf without allocating: lists the buckets in {@link listed}; returns their count. */
export function listFeatures(text: string, config: FeatureConfig = defaultFeatures): number {
    if (last !== undefined && last.text === text && last.minN === config.minN && last.maxN === config.maxN)
        return last.count;
    const count = listAfresh(text, config);
    last = { text, minN: config.minN, maxN: config.maxN, count };
    return count;
}

function listAfresh(text: string, config: FeatureConfig): number {
    const length = readNormalised(text);
    const s = units;
    let count = 0;
    // FNV-1a of s[i, i+n) with seed n, computed in place (no substring per n-gram).
    for (let n = config.minN; n <= config.maxN; n++) {
        for (let i = 0; i + n <= length; i++) {
            let h = 0x811c9dc5 ^ n;
            for (let k = i; k < i + n; k++) {
                h ^= s[k];
                h = Math.imul(h, 0x01000193);
            }
            count += add((h >>> 0) & mask);
        }
    }
    // Words: the runs between spaces, FNV-1a with seed 7.
    for (let i = 0; i < length;) {
        if (s[i] === 32) {
            i++;
            continue;
        }
        let h = 0x811c9dc5 ^ 7;
        for (; i < length && s[i] !== 32; i++) {
            h ^= s[i];
            h = Math.imul(h, 0x01000193);
        }
        count += add((h >>> 0) & mask);
    }
    // List the set in ascending order, emptying it.
    if (listed.length < count) listed = new Uint32Array(count * 2);
    const buckets = listed;
    let k = 0;
    for (let t = 0; t < top.length; t++) {
        let summaries = top[t];
        top[t] = 0;
        while (summaries !== 0) {
            const first = summaries & -summaries;
            summaries ^= first;
            const w = (t << 5) | (31 - Math.clz32(first));
            let words = summary[w];
            summary[w] = 0;
            while (words !== 0) {
                const lowest = words & -words;
                words ^= lowest;
                const word = (w << 5) | (31 - Math.clz32(lowest));
                let bits = present[word];
                present[word] = 0;
                while (bits !== 0) {
                    const low = bits & -bits;
                    bits ^= low;
                    buckets[k++] = ((word << 5) | (31 - Math.clz32(low))) >>> 0;
                }
            }
        }
    }
    return count;
}
