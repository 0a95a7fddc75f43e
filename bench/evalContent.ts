// Content part of the safety evaluation (npm run eval:safety): curse-detection and
// korean-hate-speech F1, generated near-miss and harm classes, the content hold's delay,
// and replayed review records.
import * as fs from "node:fs";
import * as path from "node:path";
import { SafetyFilter, filterText } from "../safety/filter";
import { lookahead, wordLookahead } from "../safety/contentHold";
import { readReviews, replayReview } from "../safety/review";
import { Segmenter } from "../safety/text/segmenter";
import { readCurse, readHateSpeech } from "../safety/training/trainingData";
import { adversarialHarms, technicalNearMisses } from "./contentCases";
import { data, pct, prf, row, zero } from "./evalCommon";

export function evalContent(lines: string[]): string[] {
    const out: string[] = [];
    /** `flags` decides from a result whether the text counts as flagged. */
    const evaluate = (
        name: string,
        examples: Array<{ text: string; abusive: boolean }>,
        variants: Array<[string, (r: ReturnType<typeof filterText>) => boolean]>
    ) => {
        const counts = variants.map(() => zero());
        for (const e of examples) {
            const result = filterText(e.text);
            variants.forEach(([, flags], i) => {
                const c = counts[i];
                const f = flags(result);
                if (f && e.abusive) c.tp++;
                else if (f) c.fp++;
                else if (e.abusive) c.fn++;
            });
        }
        variants.forEach(([label], i) => lines.push(row(`${name} — ${label}`, counts[i])));
        return prf(counts[0])[2];
    };
    const lexicon = (r: ReturnType<typeof filterText>) =>
        r.contentFindings.some((f) => !f.rule.startsWith("classifier."));
    const anything = (r: ReturnType<typeof filterText>) => r.categories.length > 0;
    const abusiveLanguage = (r: ReturnType<typeof filterText>) =>
        r.contentFindings.some((f) => !f.rule.startsWith("classifier.") || f.rule.includes("curse"));
    const curseF1 = evaluate(
        "curse-detection (odd lines, held out)",
        readCurse(path.join(data, "curse-detection", "dataset.dev.txt"), 1),
        [
            ["abusive language: lexicon + curse head", abusiveLanguage],
            ["any category (as the filter acts)", anything],
            ["lexicon alone", lexicon]
        ]
    );
    const hateF1 = evaluate(
        "korean-hate-speech dev (hate+offensive vs none)",
        readHateSpeech(path.join(data, "korean-hate-speech", "dev.tsv")),
        [
            ["any category (as the filter acts)", anything],
            ["lexicon alone", lexicon]
        ]
    );
    out.push(
        `curse-detection F1 ${curseF1.toFixed(3)} (target 0.85)`,
        `korean-hate-speech F1 ${hateF1.toFixed(3)} (target 0.75)`
    );
    return out;
}

/** Generated classes (bench/contentCases.ts): near-misses that must pass, harms that must be flagged. */
export function evalClasses(): string[] {
    const lines: string[] = [];
    const byCause = new Map<string, { total: number; changed: number; examples: string[] }>();
    for (const { text, cause } of technicalNearMisses()) {
        const entry = byCause.get(cause) ?? { total: 0, changed: 0, examples: [] };
        byCause.set(cause, entry);
        entry.total++;
        const result = filterText(text);
        if (result.text !== text || result.categories.length > 0) {
            entry.changed++;
            if (entry.examples.length < 2)
                entry.examples.push(`${text} → ${result.contentFindings.map((f) => f.rule).join("+")}`);
        }
    }
    lines.push("| technical near-miss class | cases | blocked or masked | examples |", "|---|---|---|---|");
    for (const [cause, e] of byCause) lines.push(`| ${cause} | ${e.total} | ${e.changed} | ${e.examples.join("; ")} |`);
    const byTechnique = new Map<string, { total: number; missed: number; examples: string[] }>();
    for (const { text, technique } of adversarialHarms()) {
        const entry = byTechnique.get(technique) ?? { total: 0, missed: 0, examples: [] };
        byTechnique.set(technique, entry);
        entry.total++;
        if (filterText(text).categories.length === 0) {
            entry.missed++;
            if (entry.examples.length < 2) entry.examples.push(JSON.stringify(text));
        }
    }
    lines.push("", "| harm, by technique | cases | missed | examples of misses |", "|---|---|---|---|");
    for (const [technique, e] of byTechnique)
        lines.push(`| ${technique} | ${e.total} | ${e.missed} | ${e.examples.join("; ")} |`);
    return lines;
}

/** Ways a real paragraph gets changed, by rule: the causes of false blocks and masks. */
function causeOf(rule: string): string {
    if (rule.startsWith("classifier.")) return "classifier (sentence judged abusive)";
    if (rule.startsWith("phrase.")) return `phrase (${rule.slice("phrase.".length)})`;
    if (rule.startsWith("lexicon.")) return `lexicon word (${rule.slice("lexicon.".length)})`;
    return rule;
}

/**
 * What the content hold costs a stream: ko-tech-docs streamed in 3-character tokens;
 * for every character, how many tokens it waited between arriving and being shown —
 * with the filter, and with the segmenter alone (what the filter held before the
 * content hold: the unfinished word). The difference is the added delay.
 */
export function holdDelay(docs: string[]): string {
    const tokenChars = 3;
    const sample = docs.slice(0, 800);
    let filterWait = 0;
    let wordWait = 0;
    let chars = 0;
    let worst = 0;
    for (const text of sample) {
        const filter = new SafetyFilter();
        const segmenter = new Segmenter();
        for (let at = 0; at < text.length; at += tokenChars) {
            const token = text.slice(at, at + tokenChars);
            filter.push(token);
            segmenter.push(token);
            // Every character still held waits one more token.
            filterWait += filter.pending;
            wordWait += segmenter.pending;
            worst = Math.max(worst, filter.pending);
        }
        filter.finish();
        chars += text.length;
    }
    const perChar = (wait: number) => wait / chars;
    return (
        `Content hold, ko-tech-docs (${sample.length} paragraphs streamed in ${tokenChars}-character tokens): a character waits ` +
        `${perChar(filterWait).toFixed(1)} tokens on average before it is shown, against ${perChar(wordWait).toFixed(1)} ` +
        `when only the unfinished word was held — **${(perChar(filterWait) - perChar(wordWait)).toFixed(1)} tokens added** ` +
        `(the rest of its sentence, plus up to ${wordLookahead} characters of right context for the word rules, ${lookahead} after a quote); the longest hold was ${Math.ceil(worst / tokenChars)} tokens (a sentence cut at 400 characters).`
    );
}

/** `--reviews FILE`: replays flagged cases and says which the filter now gets right. */
export function replayReviews(file: string): void {
    if (file === "" || !fs.existsSync(file)) {
        console.error(
            `No review file at "${file}": export one with "Open or Export Safety Review Flags" and pass its path.`
        );
        process.exitCode = 2;
        return;
    }
    const { records, badLines } = readReviews(file);
    const lines = ["| # | flag | then | now | fixed |", "|---|---|---|---|---|"];
    let fixed = 0;
    let unjudged = 0;
    records.forEach((record, i) => {
        const replay = replayReview(record);
        if (replay.fixed === true) fixed++;
        if (replay.fixed === undefined) unjudged++;
        const hidden = Object.entries(record.redactions ?? {}).map(([type, count]) => `${type}×${count}`);
        const then = `${record.verdict} ${[...record.categories, ...hidden].join("+")}`.trim();
        const now = `${replay.now.verdict} ${replay.now.categories.join("+")}`.trim();
        const verdict = replay.fixed === undefined ? "n/a (the hidden value is not kept)" : replay.fixed ? "yes" : "no";
        lines.push(`| ${i + 1} | ${record.kind} | ${then} | ${now} | ${verdict} |`);
    });
    console.log(lines.join("\n"));
    console.log(
        `\n${fixed} of ${records.length - unjudged} flagged cases now agree with the reviewer` +
            (unjudged > 0 ? ` (${unjudged} about a hidden PII value, which a record does not keep, left out)` : "") +
            (badLines.length > 0 ? `; lines that are not review records: ${badLines.join(", ")}` : "") +
            "."
    );
}

/** ko-tech-docs false positives: paragraphs flagged and changed, findings by rule and by cause. */
export function techDocsFigures(docs: readonly string[]): string[] {
    let changed = 0;
    let contentFlagged = 0;
    const reasons = new Map<string, number>();
    const causes = new Map<string, number>();
    for (const text of docs) {
        const result = filterText(text);
        if (result.categories.length > 0) contentFlagged++;
        if (result.text !== text) changed++;
        for (const f of result.audit.findings)
            reasons.set(`${f.type} (${f.rule})`, (reasons.get(`${f.type} (${f.rule})`) ?? 0) + 1);
        for (const f of result.contentFindings) causes.set(causeOf(f.rule), (causes.get(causeOf(f.rule)) ?? 0) + 1);
    }
    const share = (n: number) => pct(n / docs.length);
    return [
        `ko-tech-docs (odd lines, held out): ${docs.length} paragraphs; content-flagged ${contentFlagged} (${share(contentFlagged)}, target ≤ 0.5 %); ` +
            `changed in any way (incl. PII redaction) ${changed} (${share(changed)}).`,
        "",
        "Findings on ko-tech-docs by type and rule: " +
            ([...reasons.entries()]
                .sort((a, b) => b[1] - a[1])
                .slice(0, 12)
                .map(([k, v]) => `${k} ${v}`)
                .join(", ") || "none") +
            ".",
        "",
        "Content findings on ko-tech-docs by cause: " +
            ([...causes.entries()].map(([k, v]) => `${k} ${v}`).join(", ") || "none") +
            "."
    ];
}
