// Harm told in an encoding (round 28): the sentence's decoded views (text/decodedViews.ts) judged by the whole
// content filter, each as a text of its own. A view the filter blocks blocks the sentence: the encoded text cannot
// be masked in part, and writing harm in escapes, base64 or backwards is no innocent way to say it. Profanity a
// view holds is left to the lexicon on the face of the text (romanised swearing is its entry: "ssibal").
import { decodedViews, type DecodedKind } from "../text/decodedViews";
import type { SafetyPolicy } from "../policy";
import type { ContentCategory, ContentFinding } from "../types";

/** What judging a view returns: whether the filter blocked it, and the categories it found. */
export interface ViewVerdict {
    blocked: boolean;
    audit: { findings: ReadonlyArray<{ kind: string; type: string; rule: string; action: string }> };
}

/**
 * Views read by a guess (letters joined, read backwards, romanised letters read as Hangul) may be a little garbled:
 * the classifier's curse and toxic heads are no evidence on them, only a rule's finding (and, on letters joined or romanised, the
 * harm head, but not backwards). A decoded escape, entity or base64 is the text itself: anything the filter finds counts.
 */
const guessed = new Set<DecodedKind>(["spaced", "reversed", "romanised", "shifted", "typed", "joined", "identifier"]);

function counts(kind: DecodedKind, rule: string): boolean {
    if (!guessed.has(kind) || !rule.startsWith("classifier.")) return true;
    return kind !== "reversed" && rule === "classifier.harm";
}

/** A view of a view is judged too (base64 of escapes), but not deeper. */
let depth = 0;
const maxDepth = 2;

/**
 * A finding over the sentence (from input offset `start`) when one of its decoded views is blocked, with the
 * category the view was blocked for; undefined for most text (no view, or every view allowed).
 */
export function decodedHarm(
    sentence: string,
    start: number,
    policy: SafetyPolicy,
    judge: (view: string, policy: SafetyPolicy) => ViewVerdict
): ContentFinding | undefined {
    if (depth >= maxDepth) return undefined;
    const views = decodedViews(sentence);
    if (views.length === 0) return undefined;
    depth++;
    try {
        for (const view of views) {
            const verdict = judge(view.text, policy);
            if (!verdict.blocked) continue;
            const finding = verdict.audit.findings.find(
                (f) => f.kind === "content" && f.action === "block" && counts(view.kind, f.rule)
            );
            const category = finding?.type as ContentCategory | undefined;
            if (category !== undefined)
                return { category, start, end: start + sentence.length, score: 1, rule: `decoded.${view.kind}` };
        }
    } finally {
        depth--;
    }
    return undefined;
}
