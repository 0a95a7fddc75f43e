// The licensed data sets as training and evaluation read them (see trainClassifier.ts
// for which half of each is used where), and the sentences the filter judges.
import * as fs from "node:fs";
import * as path from "node:path";
import { endsSentence, maxSentence } from "../contentHold";
import { filterText } from "../filter";
import { defaultPolicy, type SafetyPolicy } from "../policy";
import { Segmenter } from "../text/segmenter";
import { hashBits } from "../content/features";
import type { ContentCategory } from "../types";

export interface Example {
    text: string;
    source: "beep" | "curse" | "tech";
    abusive: boolean;
    hate: boolean | undefined;
}

export function dataDirectory(): string {
    const index = process.argv.indexOf("--data");
    return index >= 0 ? process.argv[index + 1] : path.resolve(__dirname, "..", "..", "..", "..", "shared", "data");
}

export function readHateSpeech(file: string): Example[] {
    return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .slice(1)
        .filter((l) => l.trim())
        .map((line) => {
            const cells = line.split("\t");
            const label = cells[3].trim();
            return { text: cells[0], source: "beep" as const, abusive: label !== "none", hate: label === "hate" };
        });
}

export function readCurse(file: string, half: 0 | 1): Example[] {
    return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.includes("|"))
        .filter((_, i) => i % 2 === half)
        .map((line) => {
            const at = line.lastIndexOf("|");
            return {
                text: line.slice(0, at),
                source: "curse" as const,
                abusive: line.slice(at + 1).trim() === "1",
                hate: undefined
            };
        });
}

export function readTechDocs(file: string, half: 0 | 1): string[] {
    return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .filter((_, i) => i % 2 === half)
        .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Sentences of a paragraph, as the filter classifies them. */
export function sentencesOf(text: string): string[] {
    return text
        .split(/(?<=[.!?。])\s+|\n+/)
        .map((s) => s.trim())
        .filter((s) => s.length >= 2);
}

/**
 * The sentences the streaming filter hands the classifier, in order (safety/filter.ts:
 * segments up to a sentence end or {@link maxSentence} characters; shorter than four
 * characters is not judged). Thresholds are chosen on these, as the filter acts.
 */
export function filterSentences(text: string): string[] {
    const segmenter = new Segmenter();
    const sentences: string[] = [];
    let sentence = "";
    for (const segment of [...segmenter.push(text), ...segmenter.finish()]) {
        sentence += segment;
        if (endsSentence(segment) || sentence.length >= maxSentence) {
            sentences.push(sentence);
            sentence = "";
        }
    }
    sentences.push(sentence);
    return sentences.filter((s) => s.trim().length >= 4);
}

const withoutClassifier: SafetyPolicy = { ...defaultPolicy, classifier: { enabled: false } };

/** Whether the filter flags `text` without the classifier (lexicon, context rules, phrases). */
export function flaggedWithoutClassifier(text: string): boolean {
    return filterText(text, withoutClassifier).categories.length > 0;
}

/** The log-count ratio of each bucket in the examples labelled true against those labelled false (`label` undefined: not counted). */
export function logCountRatios(
    features: ReadonlyArray<{ buckets: Uint32Array }>,
    label: (index: number) => boolean | undefined
): Float32Array {
    const size = 1 << hashBits;
    const p = new Float32Array(size).fill(1);
    const q = new Float32Array(size).fill(1);
    features.forEach((f, i) => {
        const y = label(i);
        if (y === undefined) return;
        const counts = y ? p : q;
        for (const b of f.buckets) counts[b]++;
    });
    let pSum = 0;
    let qSum = 0;
    for (let b = 0; b < size; b++) {
        pSum += p[b];
        qSum += q[b];
    }
    const r = new Float32Array(size);
    for (let b = 0; b < size; b++) r[b] = Math.log(p[b] / pSum / (q[b] / qSum));
    return r;
}

/** A sentence of the outside testers' development sets (safety/training/data/outsideDev/README.md). */
export interface Row {
    set: string;
    text: string;
    /** The category of the harm the sentence says ("unknown" when the filter had no name for it); absent: innocent. */
    harm?: ContentCategory | "unknown";
    /** Text around a harmful sentence in a harmful case: a negative at half weight. */
    carrier?: boolean;
}

/** The testers' development sentences: every file of safety/training/data/outsideDev/, in name order. */
export function readRows(): Row[] {
    const folder = path.resolve(__dirname, "..", "..", "..", "safety", "training", "data", "outsideDev");
    return fs
        .readdirSync(folder)
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .flatMap((f) => fs.readFileSync(path.join(folder, f), "utf8").split("\n"))
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Row);
}
