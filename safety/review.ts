// Review records: a user's flag on a result ("잘못 차단됨" / "차단됐어야 함"), kept in a local
// JSONL file for human review and replayed by `npm run eval:safety -- --reviews FILE`.
// A record never holds a raw PII value: its text is the response with PII and secrets
// redacted (reviewText) — content is kept, so the case can be filtered again.
import * as fs from "node:fs";
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
    const result = filterText(text, policy);
    return {
        kind,
        time: now.toISOString(),
        text,
        verdict: result.verdict,
        categories: result.categories,
        findings: result.contentFindings.map(({ category, rule, score, start, end }) => ({
            category,
            rule,
            score,
            start,
            end
        })),
        note: reviewText(note.slice(0, maxReviewNote))
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
export function replayReview(record: ReviewRecord): { fixed: boolean; now: FilterResult } {
    const now = filterText(record.text);
    const flagged = now.categories.length > 0;
    return { fixed: record.kind === "wrongly_blocked" ? !flagged : flagged, now };
}
