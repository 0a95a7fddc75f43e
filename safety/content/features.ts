// Features of the content classifier, shared by training and inference: character
// 1-3-grams and words of the lower-cased, NFKC-normalised text, hashed (FNV-1a)
// into 2^18 buckets, each present feature weighted 1/sqrt(n).
export const hashBits = 18;
const mask = (1 << hashBits) - 1;

function fnv1a(text: string, seed: number): number {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

export function normaliseForClassifier(text: string): string {
    return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Which n-grams: characters `minN`..`maxN`, plus whole words. Stored with the model. */
export interface FeatureConfig {
    minN: number;
    maxN: number;
}

export const defaultFeatures: FeatureConfig = { minN: 1, maxN: 3 };

/** Sorted unique bucket ids and one shared weight (1/sqrt(count)). */
export function featuresOf(text: string, config: FeatureConfig = defaultFeatures): { buckets: Uint32Array; value: number } {
    const s = ` ${normaliseForClassifier(text)} `;
    const set = new Set<number>();
    // FNV-1a of s[i, i+n) with seed n, computed in place (no substring per n-gram).
    for (let n = config.minN; n <= config.maxN; n++) {
        for (let i = 0; i + n <= s.length; i++) {
            let h = 0x811c9dc5 ^ n;
            for (let k = i; k < i + n; k++) {
                h ^= s.charCodeAt(k);
                h = Math.imul(h, 0x01000193);
            }
            set.add((h >>> 0) & mask);
        }
    }
    for (const word of s.split(" ")) if (word.length > 0) set.add(fnv1a(word, 7) & mask);
    const buckets = Uint32Array.from(set).sort();
    return { buckets, value: buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0 };
}
