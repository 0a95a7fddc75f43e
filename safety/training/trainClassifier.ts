// Trains the content classifier and writes safety/content/data/classifier.json and
// its report. Not part of the filter's core (this file reads and writes files).
//   npm run train:safety [-- --data ../shared/data]
//
// Data (../shared/data, see NOTICE for licences):
//   - korean-hate-speech train.tsv (BEEP!, CC BY-SA 4.0): hate / offensive / none;
//   - curse-detection dataset.dev.txt (MIT): even lines (the odd half is held out for evaluation);
//   - ko-tech-docs dev.jsonl (CC BY 4.0): even lines as extra "none" examples, so
//     technical Korean is not mistaken for abuse (the odd half is held out).
// korean-hate-speech dev.tsv is never used for training.
import * as fs from "node:fs";
import * as path from "node:path";
import { featuresOf, hashBits } from "../content/features";
import * as os from "node:os";
import { classify, type ClassifierModel } from "../content/classifier";

export interface Example {
    text: string;
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
        return { text: cells[0]!, abusive: label !== "none", hate: label === "hate" };
    });
}

export function readCurse(file: string, half: 0 | 1): Example[] {
    return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.includes("|")).filter((_, i) => i % 2 === half).map((line) => {
        const at = line.lastIndexOf("|");
        return { text: line.slice(0, at), abusive: line.slice(at + 1).trim() === "1", hate: undefined };
    });
}

export function readTechDocs(file: string, half: 0 | 1): string[] {
    return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).filter((_, i) => i % 2 === half).map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Sentences of a paragraph, as the filter classifies them. */
export function sentencesOf(text: string): string[] {
    return text.split(/(?<=[.!?。])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length >= 2);
}

function train(examples: Example[], epochs: number): { abusive: Float32Array; hate: Float32Array; abusiveBias: number; hateBias: number } {
    const size = 1 << hashBits;
    const abusive = new Float32Array(size);
    const hate = new Float32Array(size);
    let abusiveBias = 0;
    let hateBias = 0;
    const features = examples.map((e) => featuresOf(e.text));
    const order = examples.map((_, i) => i);
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const positives = examples.filter((e) => e.abusive).length;
    const positiveWeight = (examples.length - positives) / Math.max(1, positives);
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
            let a = abusiveBias;
            let h = hateBias;
            for (const b of buckets) {
                a += abusive[b]! * value;
                h += hate[b]! * value;
            }
            const weight = example.abusive ? Math.min(positiveWeight, 3) : 1;
            const ga = (1 / (1 + Math.exp(-a)) - (example.abusive ? 1 : 0)) * weight;
            abusiveBias -= rate * ga * 0.1;
            for (const b of buckets) abusive[b] = abusive[b]! * (1 - rate * l2) - rate * ga * value;
            if (example.hate !== undefined) {
                const gh = 1 / (1 + Math.exp(-h)) - (example.hate ? 1 : 0);
                hateBias -= rate * gh * 0.1;
                for (const b of buckets) hate[b] = hate[b]! * (1 - rate * l2) - rate * gh * value;
            }
        }
    }
    return { abusive, hate, abusiveBias, hateBias };
}

function main(): void {
    const data = dataDirectory();
    const examples: Example[] = [
        ...readHateSpeech(path.join(data, "korean-hate-speech", "train.tsv")),
        ...readCurse(path.join(data, "curse-detection", "dataset.dev.txt"), 0),
        ...readTechDocs(path.join(data, "ko-tech-docs", "dev.jsonl"), 0).flatMap(sentencesOf).map((text) => ({ text, abusive: false, hate: false }))
    ];
    const started = performance.now();
    const trained = train(examples, 6);
    const seconds = (performance.now() - started) / 1000;

    // Keep the strongest weights: a small file, the same predictions within rounding.
    const size = 1 << hashBits;
    const ranked: number[] = [];
    for (let b = 0; b < size; b++) if (trained.abusive[b] !== 0 || trained.hate[b] !== 0) ranked.push(b);
    ranked.sort((x, y) => Math.abs(trained.abusive[y]!) + Math.abs(trained.hate[y]!) - Math.abs(trained.abusive[x]!) - Math.abs(trained.hate[x]!));
    const kept = ranked.slice(0, 40_000).sort((x, y) => x - y);
    const scale = 1000;
    const model: ClassifierModel = {
        hashBits,
        abusiveBias: Math.round(trained.abusiveBias * scale) / scale,
        hateBias: Math.round(trained.hateBias * scale) / scale,
        buckets: kept,
        abusive: kept.map((b) => Math.round(trained.abusive[b]! * scale)),
        hate: kept.map((b) => Math.round(trained.hate[b]! * scale)),
        scale,
        threshold: 0.5
    };

    // Threshold: the lowest that flags at most 0.2 % of the training tech-doc sentences.
    const techScores = examples.filter((e) => !e.abusive && e.hate === false).map((e) => classify(e.text, model).abusive).sort((a, b) => b - a);
    model.threshold = Math.max(0.5, Math.round((techScores[Math.floor(techScores.length * 0.002)] ?? 0.5) * 1000) / 1000 + 0.001);

    const out = path.resolve(__dirname, "..", "..", "..", "safety", "content", "data");
    fs.writeFileSync(path.join(out, "classifier.json"), JSON.stringify(model) + "\n");
    const report = [
        "# Content classifier: training report",
        "",
        `Written by \`npm run train:safety\` (safety/training/trainClassifier.ts) on ${new Date().toISOString().slice(0, 10)}.`,
        "",
        "- Model: logistic regression, two heads (abusive = hate or offensive; hate), on hashed character 1-3-grams and words (2^18 buckets), 6 epochs of SGD, class-weighted.",
        `- Training examples: ${examples.length} (korean-hate-speech train ${readHateSpeech(path.join(data, "korean-hate-speech", "train.tsv")).length}; curse-detection even lines; ko-tech-docs even lines split into sentences, as "none").`,
        "- Held out, never trained on: korean-hate-speech dev, curse-detection odd lines, ko-tech-docs odd lines (see docs/safety.md for the evaluation).",
        `- Kept weights: ${kept.length} of ${ranked.length} non-zero buckets; file ${Math.round(JSON.stringify(model).length / 1024)} KiB.`,
        `- Threshold: ${model.threshold} (flags at most 0.2 % of the training tech-doc sentences).`,
        `- Training time: ${seconds.toFixed(1)} s on ${os.cpus()[0]?.model ?? "CPU"}.`,
        "",
        "Data licences: korean-hate-speech (BEEP!) CC BY-SA 4.0 — the shipped weights are derived from it and are attributed in NOTICE; curse-detection MIT; ko-tech-docs CC BY 4.0.",
        ""
    ];
    fs.writeFileSync(path.join(out, "classifier.report.md"), report.join("\n"));
    console.log(report.join("\n"));
}

if (require.main === module) main();
