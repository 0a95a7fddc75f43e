// The scan loop every pattern recognizer shares (Presidio's PatternRecognizer):
// run each pattern over the text, skip matches that lie in the read-only context,
// let the recognizer validate the match (check digit, date, placeholder), look for
// context words near it, and report a scored span.
import { GramGate } from "../text/gramGate";
import { alphanumerics, longestRuns, neededRunOf, tokenCharacters } from "../text/regexRuns";
import type { PiiFinding, PiiType, Recognizer } from "../types";
import { hasContext } from "./context";

/** What `validate` sees of one match. */
export interface PatternMatch {
    /** The regex match (groups included). */
    match: RegExpExecArray;
    /** Which pattern matched (its `id` in `patterns`). */
    id: string;
    /** The whole text the recognizer scans (context included). */
    text: string;
    /** Whether one of `words` (default: the recognizer's context words) occurs near [start, end). */
    near: (start: number, end: number, words?: RegExp, window?: number) => boolean;
}

/** A validated match: a score, the rule that explains it, and the span when it is not the whole match. */
export interface Verdict {
    score: number;
    rule: string;
    start?: number;
    end?: number;
}

export interface PatternRecognizerSpec {
    type: PiiType;
    /** Cheap test: can this text contain a match at all? */
    mayMatch: (segment: string, text: string) => boolean;
    /** See {@link Recognizer.needsDigit}. */
    needsDigit?: boolean;
    /** Global regexes, each with an id `validate` can tell apart. */
    patterns: ReadonlyArray<{ id: string; regex: RegExp }>;
    /** Words that raise the score when near a match. */
    context?: RegExp;
    /** Characters before a match searched for context words (default 48: as far as a spread value's first group may lie after its name, text/labelledGaps.ts). */
    contextWindow?: number;
    /** The score and rule for a match, or undefined to drop it. */
    validate: (match: PatternMatch) => Verdict | undefined;
}

/** A recognizer built from patterns and a validation function. */
export function patternRecognizer(spec: PatternRecognizerSpec): Recognizer {
    // With many patterns, one pass over the text first rules out those that cannot
    // match anywhere in it (text/gramGate.ts); running them would find nothing.
    let gate: GramGate | undefined;
    const gated = spec.patterns.length >= 4;
    // Per pattern, the run of token characters and of letters and digits a match needs (text/regexRuns.ts;
    // 0: none known): a text without such a run is not searched with it (`A{22}…`, a key body's line).
    let runs: { token: Int32Array; alphanumeric: Int32Array; any: boolean } | undefined;
    return {
        type: spec.type,
        mayMatch: spec.mayMatch,
        ...(spec.needsDigit === true && { needsDigit: true }),
        scan(text, from) {
            const out: PiiFinding[] = [];
            const near = (start: number, end: number, words = spec.context, window = spec.contextWindow) =>
                words !== undefined && hasContext(text, start, end, words, window);
            if (gated)
                gate ??= new GramGate(
                    spec.patterns.map((p) => p.regex),
                    { clauses: 1, lookaround: true }
                );
            // Which patterns may match, read once from the bits of the patterns whose best set they hold
            // (asking each of a hundred secret rules in turn cost more than the rules that run); the
            // bits are read into the gate's reused array (only `open` reads them, before any pattern runs).
            const open = gate?.open(gate.scratchBitsOf(text));
            if (gate !== undefined && open === undefined) return out;
            runs ??= runsOf(spec.patterns);
            // Both runs in one pass, once per window text for all recognizers (text/regexRuns.ts: longestRuns).
            const longest = runs.any ? longestRuns(text) : undefined;
            const tokenRun = longest?.token ?? Infinity;
            const alphanumericRun = longest?.alphanumeric ?? Infinity;
            for (let p = 0; p < spec.patterns.length; p++) {
                if (open !== undefined && !open[p]) continue;
                if (runs.token[p] > tokenRun || runs.alphanumeric[p] > alphanumericRun) continue;
                const { id, regex } = spec.patterns[p];
                regex.lastIndex = 0;
                for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
                    if (m[0].length === 0) regex.lastIndex++;
                    // A span lies inside its match: a match that ends before `from` is all context.
                    if (m.index + m[0].length <= from) continue;
                    const verdict = spec.validate({ match: m, id, text, near });
                    if (verdict === undefined) continue;
                    const start = verdict.start ?? m.index;
                    if (start < from) continue;
                    out.push({
                        type: spec.type,
                        start,
                        end: verdict.end ?? m.index + m[0].length,
                        score: verdict.score,
                        rule: verdict.rule
                    });
                }
            }
            return out;
        }
    };
}

/** The runs each pattern needs (text/regexRuns.ts). */
function runsOf(patterns: ReadonlyArray<{ regex: RegExp }>): {
    token: Int32Array;
    alphanumeric: Int32Array;
    any: boolean;
} {
    const token = Int32Array.from(patterns, ({ regex }) => neededRunOf(regex.source, regex.flags, tokenCharacters));
    const alphanumeric = Int32Array.from(patterns, ({ regex }) =>
        neededRunOf(regex.source, regex.flags, alphanumerics)
    );
    return { token, alphanumeric, any: token.some((n) => n > 1) || alphanumeric.some((n) => n > 1) };
}

/**
 * The value found in another reading of a span (decoded, rotated, reversed) stands for the whole
 * span: the best of `found` placed at [start, end), its rule marked with how it was read.
 */
export function wholeSpan(
    found: readonly PiiFinding[],
    start: number,
    end: number,
    how: string
): PiiFinding | undefined {
    if (found.length === 0) return undefined;
    const best = found.reduce((a, b) => (b.score > a.score ? b : a));
    return { ...best, start, end, rule: `${best.rule}+${how}` };
}
