// Trains the content classifier and writes safety/content/data/classifier.json and
// its report. Not part of the filter's core (this file reads and writes files).
//   npm run train:safety [-- --data ../shared/data]
//
// Three heads on the same features (see safety/content/classifier.ts):
//   curse — abusive language (curse-detection + technical sentences as negatives);
//   toxic — hate or offensive (BEEP! + technical sentences as negatives);
//   hate  — hate vs not (BEEP!), to name the category.
// Data (../shared/data, see NOTICE for licences):
//   - korean-hate-speech train.tsv (BEEP!, CC BY-SA 4.0): hate / offensive / none;
//   - curse-detection dataset.dev.txt (MIT): even lines (the odd half is held out for evaluation);
//   - ko-tech-docs dev.jsonl (CC BY 4.0): even lines as extra "none" examples, so
//     technical Korean is not mistaken for abuse (the odd half is held out).
// korean-hate-speech dev.tsv is never used for training.
import * as fs from "node:fs";
import * as path from "node:path";
import { featuresOf, hashBits, type FeatureConfig } from "../content/features";
import { scanLexicon } from "../content/lexicon";
import * as os from "node:os";
import { classify, headNames, type ClassifierModel, type HeadName } from "../content/classifier";

export interface Example {
    text: string;
    source: "beep" | "curse" | "tech";
    abusive: boolean;
    hate: boolean | undefined;
}

export function dataDirectory(): string {
    const index = process.argv.indexOf("--data");
    return index >= 0 ? process.argv[index + 1]! : path.resolve(__dirname, "..", "..", "..", "..", "shared", "data");
}

export function readHateSpeech(file: string): Example[] {
    return fs.readFileSync(file, "utf8").split("\n").slice(1).filter((l) => l.trim()).map((line) => {
        const cells = line.split("\t");
        const label = cells[3]!.trim();
        return { text: cells[0]!, source: "beep" as const, abusive: label !== "none", hate: label === "hate" };
    });
}

export function readCurse(file: string, half: 0 | 1): Example[] {
    return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.includes("|")).filter((_, i) => i % 2 === half).map((line) => {
        const at = line.lastIndexOf("|");
        return { text: line.slice(0, at), source: "curse" as const, abusive: line.slice(at + 1).trim() === "1", hate: undefined };
    });
}

export function readTechDocs(file: string, half: 0 | 1): string[] {
    return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).filter((_, i) => i % 2 === half).map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Sentences of a paragraph, as the filter classifies them. */
export function sentencesOf(text: string): string[] {
    return text.split(/(?<=[.!?。])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length >= 2);
}

/** Each head's label for an example, or undefined when the example does not train that head. */
export function labelFor(head: HeadName, e: Example): boolean | undefined {
    if (e.source === "tech") return false;
    if (head === "curse") return e.source === "curse" ? e.abusive : undefined;
    if (head === "toxic") return e.source === "beep" ? e.abusive : undefined;
    return e.source === "beep" ? e.hate : undefined;
}

/** Logistic regression per head with SGD; returns dense weights and biases. */
export function train(examples: Example[], epochs: number, config: FeatureConfig): { weights: Record<HeadName, Float32Array>; bias: Record<HeadName, number> } {
    const size = 1 << hashBits;
    const weights = {} as Record<HeadName, Float32Array>;
    const bias = {} as Record<HeadName, number>;
    for (const head of headNames) {
        weights[head] = new Float32Array(size);
        bias[head] = 0;
    }
    const features = examples.map((e) => featuresOf(e.text, config));
    const order = examples.map((_, i) => i);
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const l2 = 1e-6;
    for (let epoch = 0; epoch < epochs; epoch++) {
        for (let i = order.length - 1; i > 0; i--) {
            const j = Math.floor(random() * (i + 1));
            [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const rate = 0.5 / (1 + epoch);
        for (const index of order) {
            const example = examples[index]!;
            const { buckets, value } = features[index]!;
            for (const head of headNames) {
                const y = labelFor(head, example);
                if (y === undefined) continue;
                const w = weights[head];
                let sum = bias[head];
                for (const b of buckets) sum += w[b]! * value;
                const g = 1 / (1 + Math.exp(-sum)) - (y ? 1 : 0);
                bias[head] -= rate * g * 0.1;
                for (const b of buckets) w[b] = w[b]! * (1 - rate * l2) - rate * g * value;
            }
        }
    }
    return { weights, bias };
}

/** A stable tenth of the examples, for choosing thresholds: never trained on. */
export function isValidation(text: string): boolean {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return (h >>> 0) % 10 === 0;
}

export interface HeadChoice {
    threshold: number;
    f1: number;
    techFlagged: number;
}

/** Trains, keeps the strongest weights, and picks each head's threshold on `validation`. */
export function buildModel(examples: Example[], validation: Example[], config: FeatureConfig, epochs: number): { model: ClassifierModel; kept: number; nonZero: number; choices: Record<HeadName, HeadChoice> } {
    const trained = train(examples, epochs, config);
    const size = 1 << hashBits;
    const strength = (b: number) => headNames.reduce((sum, head) => sum + Math.abs(trained.weights[head][b]!), 0);
    const ranked: number[] = [];
    for (let b = 0; b < size; b++) if (strength(b) > 0) ranked.push(b);
    ranked.sort((x, y) => strength(y) - strength(x));
    const kept = ranked.slice(0, 60_000).sort((x, y) => x - y);
    const scale = 1000;
    const model: ClassifierModel = {
        hashBits,
        features: config,
        buckets: kept,
        weights: Object.fromEntries(headNames.map((head) => [head, kept.map((b) => Math.round(trained.weights[head][b]! * scale))])) as Record<HeadName, number[]>,
        bias: Object.fromEntries(headNames.map((head) => [head, Math.round(trained.bias[head] * scale) / scale])) as Record<HeadName, number>,
        scale,
        thresholds: { curse: 0.5, toxic: 0.5, hate: 0.5 }
    };
    // Each head: the best F1 on its own validation examples among thresholds that flag at
    // most 0.3 % of the validation technical sentences.
    const tech = validation.filter((e) => e.source === "tech").map((e) => classify(e.text, model));
    const choices = {} as Record<HeadName, HeadChoice>;
    for (const head of headNames) {
        // Scored together with the lexicon, as the filter uses them: flagged = lexicon hit or p >= t.
        const scored = validation.filter((e) => e.source !== "tech" && labelFor(head, e) !== undefined)
            .map((e) => ({ p: head === "hate" || scanLexicon(e.text).length === 0 ? classify(e.text, model)[head] : 1, y: labelFor(head, e)! }));
        let best: HeadChoice = { threshold: 0.99, f1: 0, techFlagged: 0 };
        // Never below 0.5: a head that is unsure must not block anything.
        for (let t = 0.5; t < 0.995; t += 0.01) {
            const techFlagged = tech.filter((r) => r[head] >= t).length / Math.max(1, tech.length);
            if (techFlagged > 0.003) continue;
            let tp = 0;
            let fp = 0;
            let fn = 0;
            for (const { p, y } of scored) {
                if (p >= t && y) tp++;
                else if (p >= t) fp++;
                else if (y) fn++;
            }
            const f1 = (2 * tp) / (2 * tp + fp + fn);
            if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1, techFlagged };
        }
        choices[head] = best;
        model.thresholds[head] = best.threshold;
    }
    return { model, kept: kept.length, nonZero: ranked.length, choices };
}

function main(): void {
    const data = dataDirectory();
    const tech: Example[] = readTechDocs(path.join(data, "ko-tech-docs", "dev.jsonl"), 0).flatMap(sentencesOf).map((text) => ({ text, source: "tech" as const, abusive: false, hate: false }));
    const beep = readHateSpeech(path.join(data, "korean-hate-speech", "train.tsv"));
    const all: Example[] = [...beep, ...readCurse(path.join(data, "curse-detection", "dataset.dev.txt"), 0), ...tech];
    const examples = all.filter((e) => !isValidation(e.text));
    const validation = all.filter((e) => isValidation(e.text));
    const config: FeatureConfig = { minN: Number(process.env["NGRAM_MIN"] ?? 1), maxN: Number(process.env["NGRAM_MAX"] ?? 4) };
    const epochs = Number(process.env["EPOCHS"] ?? 6);
    const started = performance.now();
    const built = buildModel(examples, validation, config, epochs);
    const seconds = (performance.now() - started) / 1000;
    const model = built.model;

    const out = path.resolve(__dirname, "..", "..", "..", "safety", "content", "data");
    const json = JSON.stringify(model) + "\n";
    fs.writeFileSync(path.join(out, "classifier.json"), json);
    const report = [
        "# Content classifier: training report",
        "",
        `Written by \`npm run train:safety\` (safety/training/trainClassifier.ts) on ${new Date().toISOString().slice(0, 10)}.`,
        "",
        `- Model: logistic regression, three heads — curse (abusive language), toxic (hate or offensive), hate — on hashed character ${config.minN}-${config.maxN}-grams and words (2^${hashBits} buckets), ${epochs} epochs of SGD.`,
        `- Data: korean-hate-speech train (${beep.length} comments; trains toxic and hate), curse-detection even lines (trains curse), ko-tech-docs even lines split into ${tech.length} sentences (negatives for every head). A stable tenth (by text hash) is held back for validation: ${examples.length} training, ${validation.length} validation examples.`,
        "- Never trained on: korean-hate-speech dev, curse-detection odd lines, ko-tech-docs odd lines — the evaluation sets in docs/safety.md.",
        `- Kept weights: ${built.kept} of ${built.nonZero} non-zero buckets; file ${Math.round(json.length / 1024)} KiB.`,
        "- Thresholds: per head, the best validation F1 of lexicon-or-head (as the filter combines them) among thresholds of at least 0.5 that flag at most 0.3 % of validation technical sentences:",
        ...headNames.map((head) => `  - ${head}: ${built.choices[head].threshold} (validation F1 ${built.choices[head].f1.toFixed(3)}, technical sentences flagged ${(built.choices[head].techFlagged * 100).toFixed(2)} %)`),
        `- Training time: ${seconds.toFixed(1)} s on ${os.cpus()[0]?.model ?? "CPU"}.`,
        "",
        "Data licences: korean-hate-speech (BEEP!) CC BY-SA 4.0 — the shipped weights are derived from it, attributed in NOTICE and distributed under CC BY-SA 4.0; curse-detection MIT; ko-tech-docs CC BY 4.0.",
        ""
    ];
    fs.writeFileSync(path.join(out, "classifier.report.md"), report.join("\n"));
    console.log(report.join("\n"));
}

if (require.main === module) main();
