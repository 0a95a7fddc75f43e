// Character n-gram linear classifiers for abusive Korean (and English) text, trained
// by safety/training/trainClassifier.ts on the licensed data in ../shared/data
// (BEEP! korean-hate-speech CC BY-SA 4.0, curse-detection MIT, ko-tech-docs CC BY 4.0;
// see NOTICE and safety/content/data/classifier.report.md). Three logistic-regression
// heads share the features: `curse` (abusive language, curse-detection's notion),
// `toxic` (hate or offensive, BEEP!'s notion) and `hate`. A sentence costs one hash per
// n-gram and a table lookup: microseconds.
import modelData from "./data/classifier.json";
import { hashBits, listFeatures, listed, type FeatureConfig } from "./features";

export type HeadName = "curse" | "toxic" | "hate";
export const headNames: readonly HeadName[] = ["curse", "toxic", "hate"];

export interface ClassifierModel {
    hashBits: number;
    features: FeatureConfig;
    /** Sparse weights: `buckets[i]` has weight `weights[head][i] / scale`. */
    buckets: number[];
    weights: Record<HeadName, number[]>;
    bias: Record<HeadName, number>;
    scale: number;
    /** Probability at or above which a head flags a sentence (`hate` decides the category only). */
    thresholds: Record<HeadName, number>;
}

export type ClassifierResult = Record<HeadName, number>;

interface Table {
    weights: Record<HeadName, Float32Array>;
    /**
     * The same weights, compact: a bit per bucket that has any (`weighted`), the count of
     * weighted buckets before each 32-bucket word (`rank`), and the weighted buckets'
     * weights in bucket order, three per bucket (`dense`): 1 MB less to read from memory
     * than the tables above, which matters at a few cache misses per bucket.
     */
    weighted: Int32Array;
    rank: Int32Array;
    dense: Float32Array | Int16Array;
    /** What `dense` holds: the weights themselves, or the model's integers (weight × scale). */
    scaled: boolean;
    model: ClassifierModel;
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

let shipped: Table | undefined;
const tables = new WeakMap<ClassifierModel, Table>();

function load(model: ClassifierModel): Table {
    if (model.hashBits !== hashBits) throw new Error("classifier model was trained with other features");
    const size = 1 << hashBits;
    const weights = {} as Record<HeadName, Float32Array>;
    for (const head of headNames) {
        const table = new Float32Array(size);
        const values = model.weights[head];
        for (let i = 0; i < model.buckets.length; i++) table[model.buckets[i]] = values[i] / model.scale;
        weights[head] = table;
    }
    const weighted = new Int32Array(size >>> 5);
    for (let b = 0; b < size; b++)
        if (headNames.some((head) => weights[head][b] !== 0)) weighted[b >>> 5] |= 1 << (b & 31);
    const rank = new Int32Array(weighted.length);
    let count = 0;
    for (let w = 0; w < weighted.length; w++) {
        rank[w] = count;
        count += popcount(weighted[w]);
    }
    // The shipped weights are integers (weight × scale) that fit 16 bits: kept so, the
    // table is half the size, and Math.fround(integer / scale) is the Float32 weight.
    const integers = headNames.every((head) =>
        model.weights[head].every((v) => Number.isInteger(v) && v >= -32768 && v <= 32767)
    );
    const dense = integers ? new Int16Array(count * headNames.length) : new Float32Array(count * headNames.length);
    const index = new Int32Array(size).fill(-1);
    model.buckets.forEach((b, i) => (index[b] = i));
    let k = 0;
    for (let b = 0; b < size; b++)
        if (weighted[b >>> 5] & (1 << (b & 31)))
            for (const head of headNames) dense[k++] = integers ? model.weights[head][index[b]] : weights[head][b];
    return { weights, weighted, rank, dense, scaled: integers, model };
}

function tableOf(model?: ClassifierModel): Table {
    if (model === undefined) return (shipped ??= load(modelData));
    let t = tables.get(model);
    if (t === undefined) {
        t = load(model);
        tables.set(model, t);
    }
    return t;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Each head's probability for `text`, per the shipped model (or `model`). */
export function classify(text: string, model?: ClassifierModel): ClassifierResult {
    const t = tableOf(model);
    const count = listFeatures(text, t.model.features);
    const buckets = listed;
    const value = count > 0 ? 1 / Math.sqrt(count) : 0;
    // Each head sums its weights in bucket order (as a loop per head would), the three
    // in one pass. A bucket without weights adds 0 to each sum: skipped, the sums are
    // the same.
    const { weighted, rank, dense, scaled } = t;
    const scale = scaled ? t.model.scale : 1;
    let { curse, toxic, hate } = t.model.bias;
    for (let i = 0; i < count; i++) {
        const b = buckets[i];
        const word = weighted[b >>> 5];
        const bit = 1 << (b & 31);
        if ((word & bit) === 0) continue;
        const o = (rank[b >>> 5] + popcount(word & (bit - 1))) * 3;
        // Math.fround(integer / scale) is the Float32 weight; a Float32 weight is itself.
        curse += Math.fround(dense[o] / scale) * value;
        toxic += Math.fround(dense[o + 1] / scale) * value;
        hate += Math.fround(dense[o + 2] / scale) * value;
    }
    return { curse: sigmoid(curse), toxic: sigmoid(toxic), hate: sigmoid(hate) };
}

export function classifierThresholds(model?: ClassifierModel): Record<HeadName, number> {
    return tableOf(model).model.thresholds;
}
