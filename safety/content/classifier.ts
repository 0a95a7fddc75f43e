// Character n-gram linear classifiers for abusive Korean (and English) text, trained
// by safety/training/trainClassifier.ts on the licensed data in ../shared/data
// (BEEP! korean-hate-speech CC BY-SA 4.0, curse-detection MIT, ko-tech-docs CC BY 4.0;
// see NOTICE and safety/content/data/classifier.report.md). Three logistic-regression
// heads share the features: `curse` (abusive language, curse-detection's notion),
// `toxic` (hate or offensive, BEEP!'s notion) and `hate`. A sentence costs one hash per
// n-gram and a table lookup: microseconds.
import modelData from "./data/classifier.json";
import { featuresOf, hashBits, type FeatureConfig } from "./features";

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
    model: ClassifierModel;
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
        for (let i = 0; i < model.buckets.length; i++) table[model.buckets[i]!] = values[i]! / model.scale;
        weights[head] = table;
    }
    return { weights, model };
}

function tableOf(model?: ClassifierModel): Table {
    if (model === undefined) return (shipped ??= load(modelData as unknown as ClassifierModel));
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
    const { buckets, value } = featuresOf(text, t.model.features);
    const result = {} as ClassifierResult;
    for (const head of headNames) {
        const w = t.weights[head];
        let sum = t.model.bias[head];
        for (const b of buckets) sum += w[b]! * value;
        result[head] = sigmoid(sum);
    }
    return result;
}

export function classifierThresholds(model?: ClassifierModel): Record<HeadName, number> {
    return tableOf(model).model.thresholds;
}
