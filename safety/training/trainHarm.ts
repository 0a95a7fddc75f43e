// Trains the harm head (safety/content/harmHead.ts) and writes safety/content/data/harm.json and
// its report. Not part of the filter's core (this file reads and writes files).
//   npm run train:safety (after the classifier) [-- --data ../shared/data]
//
// Positives: the sentences of the outside testers' development sets that say the harm of a harmful
// case (safety/training/data/outsideDev/, README.md beside it). Negatives: every other sentence
// of those sets (innocent look-alikes, and the text around a harmful sentence at half weight),
// ko-tech-docs' even lines, the generated everyday sentences, the lexicon's innocent words,
// curse-detection's clean even lines and BEEP!'s clean train comments. The odd halves and BEEP!'s
// dev set stay held out, as for the classifier. Also both: requests for where a person's school or
// home is, about one's own family (negatives) and about someone else (positives): lookups.ts.
// Held-out figures: each tester's set is left out in turn and scored by a model trained without it.
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { featuresOf, hashBits, type FeatureConfig } from "../content/features";
import { harmJudge, harmText, readsShort, type HarmModel } from "../content/harmHead";
import type { ContentCategory } from "../types";
import { casualIntentSentences } from "./casualIntent";
import { everydaySentences } from "./everyday";
import { lookupSentences } from "./lookups";
import { innocentWords } from "./trainClassifier";
import {
    dataDirectory,
    filterSentences,
    logCountRatios,
    readCurse,
    readHateSpeech,
    readRows,
    readTechDocs,
    type Row
} from "./trainingData";

interface Sample {
    text: string;
    y: number;
    weight: number;
    category?: ContentCategory;
    set?: string;
    carrier?: boolean;
}

const config: FeatureConfig = { minN: 1, maxN: 4 };
/** The threshold and, for a sentence of fewer than seven Hangul letters, the surer one (docs/safety.md). */
const threshold = Number(process.env["HARM_T"] ?? 0.8);
const shortThreshold = Number(process.env["HARM_TS"] ?? 0.9);
const robustThreshold = Number(process.env["HARM_ROBUST"] ?? 0.4);
const unitWeight = Number(process.env["HARM_UNIT"] ?? 3);
/** Weights kept: the strongest buckets (the bundle budget). */
const keptHarm = Number(process.env["HARM_KEPT"] ?? 70_000);
const keptCategory = 10_000;
const categories: ContentCategory[] = ["hate", "harassment", "sexual", "violence", "self_harm", "dangerous"];

function samplesOf(rows: readonly Row[], data: string): Sample[] {
    const negative = (text: string): Sample => ({ text, y: 0, weight: 1 });
    const out: Sample[] = rows.map((r) => ({
        text: r.text,
        y: r.harm === undefined ? 0 : 1,
        weight: r.carrier === true ? 0.5 : r.set.startsWith("unit") ? unitWeight : 1,
        // Profanity the lexicon missed is named as the classifier names it.
        category:
            r.harm === undefined || r.harm === "unknown" ? undefined : r.harm === "profanity" ? "harassment" : r.harm,
        set: r.set,
        carrier: r.carrier
    }));
    for (const p of readTechDocs(path.join(data, "ko-tech-docs", "dev.jsonl"), 0))
        for (const s of filterSentences(p)) out.push(negative(s));
    for (const s of [...everydaySentences(), ...casualIntentSentences(), ...innocentWords]) out.push(negative(s));
    for (const { text, harm } of lookupSentences())
        out.push({ text, y: harm === undefined ? 0 : 1, weight: 1, category: harm });
    for (const e of readCurse(path.join(data, "curse-detection", "dataset.dev.txt"), 0))
        if (!e.abusive) out.push(negative(e.text));
    for (const e of readHateSpeech(path.join(data, "korean-hate-speech", "train.tsv")))
        if (!e.abusive) out.push(negative(e.text));
    return out;
}

function shuffled(n: number, seed: number): number[] {
    const order = Array.from({ length: n }, (_, i) => i);
    let s = seed;
    const random = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
}

/** NB-SVM logistic regression (as trainClassifier.ts), six epochs of SGD; the ratios folded into the weights. */
function trainHead(samples: readonly Sample[], features: ReadonlyArray<{ buckets: Uint32Array; value: number }>) {
    const size = 1 << hashBits;
    const r = logCountRatios(features, (i) => samples[i].y === 1);
    const w = new Float32Array(size);
    let bias = 0;
    const l2 = 1e-6;
    for (let epoch = 0; epoch < 6; epoch++) {
        const rate = 0.5 / (1 + epoch);
        for (const i of shuffled(samples.length, 42 + epoch)) {
            const { buckets, value } = features[i];
            let sum = bias;
            for (const b of buckets) sum += w[b] * value * r[b];
            const g = (1 / (1 + Math.exp(-sum)) - samples[i].y) * samples[i].weight;
            bias -= rate * g * 0.1;
            for (const b of buckets) w[b] = w[b] * (1 - rate * l2) - rate * g * value * r[b];
        }
    }
    for (let b = 0; b < size; b++) w[b] *= r[b];
    return { w, bias };
}

/** A softmax over the categories, on the positives whose category is known. */
function trainCategories(samples: readonly Sample[], features: ReadonlyArray<{ buckets: Uint32Array; value: number }>) {
    const size = 1 << hashBits;
    const k = categories.length;
    const w = new Float32Array(size * k);
    const bias = new Array<number>(k).fill(0);
    const named = samples.flatMap((s, i) => (s.category === undefined ? [] : [i]));
    for (let epoch = 0; epoch < 8; epoch++) {
        const rate = 0.5 / (1 + epoch);
        for (const j of shuffled(named.length, 7 + epoch)) {
            const i = named[j];
            const { buckets, value } = features[i];
            const y = categories.indexOf(samples[i].category as ContentCategory);
            const z = bias.slice();
            for (const b of buckets) for (let c = 0; c < k; c++) z[c] += w[b * k + c] * value;
            const max = Math.max(...z);
            const e = z.map((v) => Math.exp(v - max));
            const total = e.reduce((a, v) => a + v, 0);
            for (let c = 0; c < k; c++) {
                const g = e[c] / total - (c === y ? 1 : 0);
                bias[c] -= rate * g * 0.1;
                for (const b of buckets) w[b * k + c] -= rate * g * value;
            }
        }
    }
    return { w, bias };
}

const scale = 1000;

function strongest(strength: Float32Array, n: number): number[] {
    const ranked: number[] = [];
    for (let b = 0; b < strength.length; b++) if (strength[b] > 0) ranked.push(b);
    ranked.sort((x, y) => strength[y] - strength[x]);
    return ranked.slice(0, n).sort((x, y) => x - y);
}

/** The model; without `named`, its category softmax is left empty (the held-out runs score the head alone). */
export function buildHarmModel(samples: readonly Sample[], named = true): HarmModel {
    const features = samples.map((s) => featuresOf(harmText(s.text), config));
    const head = trainHead(samples, features);
    const k = categories.length;
    const cats = named
        ? trainCategories(samples, features)
        : { w: new Float32Array(0), bias: new Array<number>(k).fill(0) };
    const buckets = strongest(head.w.map(Math.abs), keptHarm);
    const strength = new Float32Array(1 << hashBits);
    for (let i = 0; i < cats.w.length; i++) strength[Math.floor(i / k)] += Math.abs(cats.w[i]);
    const categoryBuckets = strongest(strength, keptCategory);
    return {
        hashBits,
        features: config,
        buckets,
        weights: buckets.map((b) => Math.round(head.w[b] * scale)),
        bias: Math.round(head.bias * scale) / scale,
        scale,
        threshold,
        shortThreshold,
        robustThreshold,
        categories,
        categoryBuckets,
        categoryWeights: categoryBuckets.flatMap((b) =>
            Array.from(cats.w.subarray(b * k, (b + 1) * k), (v) => Math.round(v * scale))
        ),
        categoryBias: cats.bias.map((v) => Math.round(v * scale) / scale)
    };
}

/** As the filter judges a sentence: the surer threshold for a short one (harmHead.ts: readsShort). */
const flags = (model: HarmModel, text: string, bar = model.threshold, robust?: number) =>
    harmJudge(text, readsShort(text) ? Math.max(bar, model.shortThreshold) : bar, model, robust) !== undefined;

/** Other (threshold, robust) pairs scored on the same held-out sets, to choose them: HARM_GRID="0.7/0.3,0.6/0.2". */
const grid = (process.env["HARM_GRID"] ?? "")
    .split(",")
    .filter((p) => p.includes("/"))
    .map((p) => p.split("/").map(Number) as [number, number]);

function main(): void {
    const data = dataDirectory();
    const started = performance.now();
    const rows = readRows();
    const samples = samplesOf(rows, data);
    const sets = [...new Set(rows.map((r) => r.set))];
    const lines: string[] = [];
    let caught = 0;
    let positives = 0;
    let flagged = 0;
    let innocent = 0;
    const gridCounts = grid.map(() => ({ caught: 0, flagged: 0 }));
    for (const set of sets) {
        const model = buildHarmModel(
            samples.filter((s) => s.set !== set),
            false
        );
        const held = samples.filter((s) => s.set === set);
        const pos = held.filter((s) => s.y === 1);
        const neg = held.filter((s) => s.y === 0 && s.carrier !== true);
        const c = pos.filter((s) => flags(model, s.text)).length;
        const f = neg.filter((s) => flags(model, s.text)).length;
        grid.forEach(([bar, robust], g) => {
            gridCounts[g].caught += pos.filter((s) => flags(model, s.text, bar, robust)).length;
            gridCounts[g].flagged += neg.filter((s) => flags(model, s.text, bar, robust)).length;
        });
        caught += c;
        positives += pos.length;
        flagged += f;
        innocent += neg.length;
        lines.push(
            `| ${set} | ${c} of ${pos.length} (${((100 * c) / pos.length).toFixed(1)} %) | ${f} of ${neg.length} (${((100 * f) / Math.max(1, neg.length)).toFixed(2)} %) |`
        );
        console.log(lines[lines.length - 1]);
    }
    grid.forEach(([bar, robust], g) => {
        const { caught: c, flagged: f } = gridCounts[g];
        console.log(
            `grid ${bar}/${robust}: harmful ${c} of ${positives} (${((100 * c) / positives).toFixed(1)} %), innocent ${f} of ${innocent} (${((100 * f) / innocent).toFixed(2)} %)`
        );
    });
    const model = buildHarmModel(samples);
    const techOdd = readTechDocs(path.join(data, "ko-tech-docs", "dev.jsonl"), 1);
    const techFlagged = techOdd.filter((p) => filterSentences(p).some((s) => flags(model, s))).length;
    const seconds = (performance.now() - started) / 1000;
    const out = path.resolve(__dirname, "..", "..", "..", "safety", "content", "data");
    const json = JSON.stringify(model) + "\n";
    fs.writeFileSync(path.join(out, "harm.json"), json);
    const report = [
        "# Harm head: training report",
        "",
        `Written by \`npm run train:safety\` (safety/training/trainHarm.ts) on ${new Date().toISOString().slice(0, 10)}.`,
        "",
        `- Model: NB-SVM-style logistic regression on hashed character ${config.minN}-${config.maxN}-grams and words of a sentence without its chat prefix (speaker, time, bullet), 6 epochs of SGD; a softmax over ${categories.join(", ")} names the category.`,
        `- Data: ${rows.length} sentences of the outside testers' development sets (${rows.filter((r) => r.harm !== undefined).length} say a harm), ko-tech-docs even lines, ${everydaySentences().length} everyday sentences, ${casualIntentSentences().length} casual ones in the second person or the future (training/casualIntent.ts), the lexicon's innocent words, curse-detection's clean even lines, BEEP!'s clean train comments (${samples.length} samples in all).`,
        `- Kept weights: ${model.buckets.length} buckets for the head, ${model.categoryBuckets.length} for the categories; file ${Math.round(json.length / 1024)} KiB.`,
        `- Thresholds: ${threshold}, and ${shortThreshold} for a sentence of fewer than seven Hangul letters; the sentence less any one of its words must still score ${robustThreshold} (chosen on the held-out figures in docs/safety.md).`,
        "- Each tester's set held out in turn, scored by a model trained without it (sentences: the harmful sentences caught; the innocent sentences flagged, carriers of harmful cases not counted):",
        "",
        "| set held out | harmful sentences flagged | innocent sentences flagged |",
        "|---|---|---|",
        ...lines,
        `| all | ${caught} of ${positives} (${((100 * caught) / positives).toFixed(1)} %) | ${flagged} of ${innocent} (${((100 * flagged) / innocent).toFixed(2)} %) |`,
        "",
        `- ko-tech-docs odd lines (never trained on): ${techFlagged} of ${techOdd.length} paragraphs with a flagged sentence.`,
        `- Training time: ${seconds.toFixed(1)} s (${sets.length + 1} trainings) on ${os.cpus()[0]?.model ?? "CPU"}.`,
        ""
    ];
    fs.writeFileSync(path.join(out, "harm.report.md"), report.join("\n"));
    console.log(report.join("\n"));
}

if (require.main === module) main();
