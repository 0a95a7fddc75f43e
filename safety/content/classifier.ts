// A character n-gram linear classifier for abusive and hateful Korean (and English)
// text, trained by safety/training/trainClassifier.ts on the licensed data sets in
// ../shared/data (BEEP! korean-hate-speech CC BY-SA 4.0, curse-detection MIT; see
// NOTICE and safety/content/data/classifier.report.md). Runs in microseconds per
// sentence: a hash of each n-gram and a table lookup.
import modelData from "./data/classifier.json";
import { featuresOf, hashBits } from "./features";

export interface ClassifierModel {
    hashBits: number;
    /** Bias and weights of two heads: abusive (hate or offensive) and hate. */
    abusiveBias: number;
    hateBias: number;
    /** Sparse weights: bucket -> [abusive, hate], scaled by 1/scale. */
    buckets: number[];
    abusive: number[];
    hate: number[];
    scale: number;
    /** Probability above which a sentence is flagged. */
    threshold: number;
}

export interface ClassifierResult {
    abusive: number;
    hate: number;
}

interface Table {
    abusive: Float32Array;
    hate: Float32Array;
    model: ClassifierModel;
}

let table: Table | undefined;

function load(model: ClassifierModel): Table {
    if (model.hashBits !== hashBits) throw new Error("classifier model was trained with other features");
    const size = 1 << hashBits;
    const abusive = new Float32Array(size);
    const hate = new Float32Array(size);
    for (let i = 0; i < model.buckets.length; i++) {
        abusive[model.buckets[i]!] = model.abusive[i]! / model.scale;
        hate[model.buckets[i]!] = model.hate[i]! / model.scale;
    }
    return { abusive, hate, model };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Probabilities that `text` is abusive, and hateful, per the shipped model (or `model`). */
export function classify(text: string, model?: ClassifierModel): ClassifierResult {
    const t = model !== undefined ? load(model) : (table ??= load(modelData as ClassifierModel));
    const { buckets, value } = featuresOf(text);
    let a = t.model.abusiveBias;
    let h = t.model.hateBias;
    for (const b of buckets) {
        a += t.abusive[b]! * value;
        h += t.hate[b]! * value;
    }
    return { abusive: sigmoid(a), hate: sigmoid(h) };
}

export function classifierThreshold(model?: ClassifierModel): number {
    return (model ?? (modelData as ClassifierModel)).threshold;
}
