// Review records: a user's flag on a result ("잘못 차단됨" / "차단됐어야 함"), kept in a local
// JSONL file for human review and replayed by `npm run eval:safety -- --reviews FILE`.
// A record never holds a raw PII value: its text is the response with PII and secrets
// redacted (reviewText) — content is kept, so the case can be filtered again.
import * as fs from "node:fs";
import { piiLabels } from "./anonymizer";
import { filterText, type FilterResult } from "./filter";
import { defaultPolicy, type SafetyPolicy } from "./policy";
import { type ContentCategory } from "./types";

/** What the user says was wrong. */
export type ReviewKind = "wrongly_blocked" | "should_have_blocked";

/** One flagged result. Safe to store and share: no PII values. */
export interface ReviewRecord {
    kind: ReviewKind;
    /** ISO time of the flag. */
    time: string;
    /** The response with PII and secrets redacted, content untouched (see {@link reviewText}). */
    text: string;
    verdict: FilterResult["verdict"];
    categories: ContentCategory[];
    /** Content findings: category, rule and score (positions into `text`). */
    findings: Array<{ category: ContentCategory; rule: string; score: number; start: number; end: number }>;
    /** The user's note, PII and secrets redacted like the text (the prompt asks not to paste personal data). */
    note: string;
    /**
     * What the filter hid from the user, by type (PII and secrets: counts only, the values are
     * not kept). Absent when nothing was hidden. The verdict and categories are the filter's on
     * the response itself, so a redacted result is recorded as one.
     */
    redactions?: Record<string, number>;
}

/** The policy that redacts PII and secrets and leaves content alone. */
function piiOnly(policy: SafetyPolicy): SafetyPolicy {
    const content = Object.fromEntries(Object.keys(policy.content).map((c) => [c, "allow"])) as SafetyPolicy["content"];
    return { ...policy, content, classifier: { enabled: false } };
}

/** A response as a review record may hold it: PII and secrets redacted, content kept. */
export function reviewText(response: string, policy: SafetyPolicy = defaultPolicy): string {
    return filterText(response, piiOnly(policy)).text;
}

/** Anything shaped like an e-mail address, example domains included. */
const emailShaped = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Anything shaped like a phone number: a Korean one (010-…, 02 …, 0311234567) or one with a country code (+82 …). */
const phoneShaped = /(?<!\p{N})(?:\+\d{1,3}[ .-]?\(?0?|\(?0)\d{1,2}\)?[ .-]?\d{3,4}[ .-]?\d{4}(?!\p{N})/gu;

/**
 * A user's note as a record keeps it: what the filter redacts, and then every e-mail- and
 * phone-shaped value too. The filter passes example domains in model output on purpose, but a
 * note is the user's own words, and the README promises a note never holds such a value (found
 * from outside: kim.minsu@example.co.kr and hong@example.com were kept).
 */
export function reviewNote(note: string): string {
    return reviewText(note.slice(0, maxReviewNote))
        .replace(emailShaped, `[${piiLabels.EMAIL}]`)
        .replace(phoneShaped, `[${piiLabels.PHONE}]`);
}

/** The longest note a record keeps. */
export const maxReviewNote = 2000;

/**
 * A record for `response` (the raw model text) as the filter judged it under `policy` (the
 * policy the user saw the result under; replay judges with the default policy). PII and
 * secrets are redacted from the text and the note under the default policy whatever
 * `policy` allows: a record never holds a value.
 */
export function reviewRecord(
    response: string,
    kind: ReviewKind,
    note = "",
    now = new Date(),
    policy: SafetyPolicy = defaultPolicy
): ReviewRecord {
    const text = reviewText(response);
    // The verdict as the user saw it: on the response (an outside tester's flag on a redacted
    // result was recorded as "allow" with nothing found, judged on the already-redacted text).
    const judged = filterText(response, policy);
    const redactions: Record<string, number> = {};
    for (const finding of judged.audit.findings)
        if (finding.action === "redact") redactions[finding.type] = (redactions[finding.type] ?? 0) + 1;
    // Content findings with positions into the stored text.
    const result = filterText(text, policy);
    return {
        kind,
        time: now.toISOString(),
        text,
        verdict: judged.verdict,
        categories: judged.categories,
        findings: result.contentFindings.map(({ category, rule, score, start, end }) => ({
            category,
            rule,
            score,
            start,
            end
        })),
        note: reviewNote(note),
        ...(Object.keys(redactions).length > 0 ? { redactions } : {})
    };
}

/** Appends one record as a JSON line. */
export function appendReview(file: string, record: ReviewRecord): void {
    fs.appendFileSync(file, `${JSON.stringify(record)}\n`, "utf8");
}

function isRecord(value: unknown): value is ReviewRecord {
    if (typeof value !== "object" || value === null) return false;
    const r = value as Record<string, unknown>;
    return (
        (r["kind"] === "wrongly_blocked" || r["kind"] === "should_have_blocked") &&
        typeof r["text"] === "string" &&
        typeof r["time"] === "string" &&
        Array.isArray(r["categories"])
    );
}

/** Reads a review file; lines that are not records are reported by number, not thrown. */
export function readReviews(file: string): { records: ReviewRecord[]; badLines: number[] } {
    const records: ReviewRecord[] = [];
    const badLines: number[] = [];
    fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, index) => {
            if (line.trim() === "") return;
            try {
                const value: unknown = JSON.parse(line);
                if (isRecord(value)) records.push(value);
                else badLines.push(index + 1);
            } catch {
                badLines.push(index + 1);
            }
        });
    return { records, badLines };
}

/** Whether the filter now agrees with the user: a wrongly blocked text passes, a missed one is caught. */
export function replayReview(record: ReviewRecord): { fixed: boolean | undefined; now: FilterResult } {
    const now = filterText(record.text);
    // "Wrongly hidden" about a redacted value alone cannot be judged again: the value is not kept.
    if (record.kind === "wrongly_blocked" && record.categories.length === 0 && record.redactions !== undefined)
        return { fixed: undefined, now };
    const flagged = now.categories.length > 0;
    return { fixed: record.kind === "wrongly_blocked" ? !flagged : flagged, now };
}
