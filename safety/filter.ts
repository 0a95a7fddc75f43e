// The filter every model output passes through: PII / secret redaction, content safety (lexicon + classifier), the
// policy, and an audit record — streaming.
//
// Text is cut into segments where no pattern can span (text/segmenter.ts); each segment is filtered with the text
// before it as read-only context and, once its right context has arrived, held until its sentence is judged
// (contentHold.ts). Both holds are fixed by the text alone, so streaming equals filtering the whole text, for every
// chunking: `filterText(t)` is this same filter fed `t` in one piece.
//
// Per segment: the recognizers find spans (pii/, content/), the policy decides an action for each (decide.ts), and
// the anonymizer applies the changes (anonymizer.ts).
import { anonymize, contentLabels, piiLabels } from "./anonymizer";
import { classify, classifierThresholds } from "./content/classifier";
import { FrameReader } from "./content/frames";
import { lexiconWindows, scanLexiconRecent, withoutInnocentWords } from "./content/lexicon";
import { ContentHold, endsSentence, maxSentence, type ReadySegment } from "./contentHold";
import { decide, type Decision } from "./decide";
import { PendingBlocks } from "./pendingBlocks";
import { FarLabels } from "./pii/farLabels";
import { classifierFloor, hangulCount, languageLike } from "./sentenceShape";
import { harmConfirmed, harmFinding, type WaitingFinding } from "./content/harmHead";
import { waitingFor } from "./content/victimReport";
import { announcesCompliance } from "./content/compliance";
import { defaultPolicy, type SafetyPolicy } from "./policy";
import { Segmenter } from "./text/segmenter";
import { actionOrder, type Action, type ContentCategory, type ContentFinding, type PiiFinding } from "./types";
import type { PiiType } from "./types";
import { decodedHarm } from "./content/decodedHarm";

/** What a user sees instead of a blocked response: the content categories, and PII types a policy blocks. */
export function blockNotice(categories: readonly ContentCategory[], piiTypes: readonly PiiType[] = []): string {
    return `[응답 차단: ${[...categories.map((c) => contentLabels[c]), ...piiTypes.map((t) => piiLabels[t])].join(", ")}]`;
}

export interface AuditFinding {
    kind: "pii" | "content";
    type: PiiType | ContentCategory;
    start: number;
    end: number;
    rule: string;
    score: number;
    action: Action;
}

/** What the filter did — never the matched values. Safe to log. */
export interface AuditRecord {
    verdict: Action;
    categories: ContentCategory[];
    counts: Partial<Record<PiiType | ContentCategory, number>>;
    findings: AuditFinding[];
    inputLength: number;
    outputLength: number;
}

export interface FilterResult {
    /** The strongest action taken. */
    verdict: Action;
    /** Content categories found (whatever their action). */
    categories: ContentCategory[];
    /** PII / secret spans (offsets into the input) at or above the policy's minimum score. */
    findings: PiiFinding[];
    contentFindings: ContentFinding[];
    /** What the user sees. */
    text: string;
    blocked: boolean;
    audit: AuditRecord;
}

export type StreamEvent =
    | { type: "text"; text: string }
    /** Stop: withdraw everything shown; show the notice and the categories instead. */
    | { type: "block"; categories: ContentCategory[]; notice: string };

const contextLength = 64;

function strongest(a: Action, b: Action): Action {
    return actionOrder.indexOf(a) >= actionOrder.indexOf(b) ? a : b;
}

/**
 * A streaming filter for one response. `push()` returns what may be shown now; `finish()` flushes the rest and
 * returns the result (equal to `filterText` of the whole input).
 */
export class SafetyFilter {
    private readonly segmenter = new Segmenter();
    /** Content hold (contentHold.ts): right context for each segment, and a sentence held until judged. */
    private readonly hold = new ContentHold();
    /** The lexicon's gate over this response's windows (content/lexiconGate.ts). */
    private readonly lexiconGate = lexiconWindows();
    /** The last `contextLength` characters received (what the next segment sees before it). */
    private tail = "";
    private received = 0;
    private output = "";
    /** The segments of the sentence being read (joined once, when it is judged). */
    private sentence: string[] = [];
    private sentenceLength = 0;
    private sentenceStart = 0;
    private lastTwo: [string, string] = ["", ""]; // the sentence before and this one: a victim's plea may come first
    /** Harm told in a sentence's ideas (content/frames.ts); values named far above (pii/farLabels.ts). */
    private readonly frames = new FrameReader();
    private readonly farLabels = new FarLabels();
    private readonly pendingBlocks = new PendingBlocks();
    private waiting: WaitingFinding | undefined;
    /** Whether the turn announced it answers past its limits (content/compliance.ts). */
    private complied = false;
    private verdict: Action = "allow";
    private readonly categories = new Set<ContentCategory>();
    private readonly findings: PiiFinding[] = [];
    private readonly contentFindings: ContentFinding[] = [];
    private readonly audit: AuditFinding[] = [];
    private blocked = false;
    private finished: FilterResult | undefined;
    constructor(private readonly policy: SafetyPolicy = defaultPolicy) {}

    /** Characters received but not yet released. */
    get pending(): number {
        return this.hold.pending;
    }

    /** Input characters whose filtered text has been shown: everything before is judged. */
    get released(): number {
        return this.hold.released;
    }

    push(chunk: string): StreamEvent[] {
        if (this.blocked || this.finished !== undefined || chunk.length === 0) return [];
        const events: StreamEvent[] = [];
        this.hold.receive(chunk);
        for (const ready of this.hold.ready(this.segmenter.push(chunk))) {
            this.process(ready, events);
            if (this.stopped()) break;
        }
        return events;
    }

    /** Whether a block verdict stopped this response (a call, so it is re-read after each segment). */
    private stopped = (): boolean => this.blocked;

    finish(): { events: StreamEvent[]; result: FilterResult } {
        if (this.finished !== undefined) return { events: [], result: this.finished };
        const events: StreamEvent[] = [];
        if (!this.blocked) this.flush(events);
        const categories = [...this.categories];
        const text = this.blocked ? this.blockEvent().notice : this.output;
        const counts: AuditRecord["counts"] = {};
        for (const finding of this.audit) counts[finding.type] = (counts[finding.type] ?? 0) + 1;
        this.finished = {
            verdict: this.verdict,
            categories,
            findings: this.findings,
            contentFindings: this.contentFindings,
            text,
            blocked: this.blocked,
            audit: {
                verdict: this.verdict,
                categories,
                counts,
                findings: this.audit,
                inputLength: this.received,
                outputLength: text.length
            }
        };
        return { events, result: this.finished };
    }

    /** The held-back rest, at the end of the response. */
    private flush(events: StreamEvent[]): void {
        for (const ready of this.hold.ready(this.segmenter.finish(), true)) {
            this.process(ready, events);
            if (this.stopped()) return;
        }
        this.classifySentence(events);
        // A finding that waited on the last sentence: nothing follows that could undo it.
        if (this.waiting === undefined) return;
        this.judged(this.waiting.finding, events);
        this.waiting = undefined;
        if (!this.blocked) events.push({ type: "text", text: this.hold.release() });
    }

    private process({ segment, after }: ReadySegment, events: StreamEvent[]): void {
        const offset = this.received;
        const scanText = this.tail + segment;
        const shift = offset - this.tail.length;
        const from = scanText.length - segment.length;
        this.received += segment.length;
        this.tail = scanText.length > contextLength ? scanText.slice(scanText.length - contextLength) : scanText;

        let pii = this.farLabels.scan(scanText, from, offset, after);
        if (pii.length > 0)
            pii = pii
                .filter((f) => f.score >= this.policy.minScore)
                .map((f) => ({
                    ...f,
                    start: f.start + shift,
                    end: f.end + shift,
                    ...(f.gaps && { gaps: f.gaps.map(([s, e]) => [s + shift, e + shift] as const) })
                }));
        const window = after.length > 0 ? scanText + after : scanText;
        const gate = this.lexiconGate.next(window, from, scanText.length);
        let content = gate === undefined ? [] : scanLexiconRecent(window, from, scanText.length, gate);
        if (content.length > 0) content = content.map((f) => ({ ...f, start: f.start + shift, end: f.end + shift }));
        let text = segment;
        if (pii.length > 0 || content.length > 0) {
            const { decisions, operations } = decide(pii, content, this.policy);
            for (const decision of decisions) if (!this.pendingBlocks.defer(decision)) this.apply(decision);
            if (this.blocked) {
                events.push(this.blockEvent());
                return;
            }
            text = anonymize(scanText, shift, offset, operations);
        }
        this.output += text;
        this.hold.hold(text, this.received);
        this.sentence.push(segment);
        this.sentenceLength += segment.length;
        if (endsSentence(segment) || this.sentenceLength >= maxSentence) this.classifySentence(events);
    }

    /** Keeps a decided finding for the result and the audit record. */
    private apply(decision: Decision): void {
        if (decision.kind === "pii") this.findings.push(decision.finding as PiiFinding);
        else {
            this.contentFindings.push(decision.finding as ContentFinding);
            this.categories.add(decision.type as ContentCategory);
        }
        this.record(decision.kind, decision.type, decision.finding, decision.action);
    }

    /** The categories that block, and the notice shown instead of the text. */
    private blockEvent(): Extract<StreamEvent, { type: "block" }> {
        const categories = [...this.categories].filter((c) => this.policy.content[c] === "block");
        // A policy may block a PII type too (an empty reason was shown for it, found from outside).
        const piiTypes = [...new Set(this.findings.map((f) => f.type))].filter((t) => this.policy.pii[t] === "block");
        return { type: "block", categories, notice: blockNotice(categories, piiTypes) };
    }

    /** Judges the sentence; releases its held text unless it blocks. */
    private classifySentence(events: StreamEvent[]): void {
        this.judgeSentence(events);
        if (this.blocked || this.waiting !== undefined) return;
        const text = this.hold.release();
        if (text.length > 0) events.push({ type: "text", text });
    }

    private judgeSentence(events: StreamEvent[]): void {
        const sentence = this.sentence.length === 1 ? this.sentence[0] : this.sentence.join("");
        const start = this.sentenceStart;
        this.sentence = [];
        this.sentenceLength = 0;
        this.sentenceStart = this.received;
        this.lastTwo = [this.lastTwo[1], sentence];
        this.complied ||= announcesCompliance(sentence);
        // A finding on the sentence before that waited for this one (judgeHarm, judgeOrWait); a frame this sentence
        // completes names its harm more exactly than the head ("…취하게 만들어. 그다음엔 다들 알아서 빠져").
        const waiting = this.waiting;
        this.waiting = undefined;
        if (waiting !== undefined && harmConfirmed(waiting, sentence)) {
            const category = this.frames.peek(sentence)?.category ?? waiting.finding.category;
            this.judged({ ...waiting.finding, category }, events);
        }
        // A phrase's block, read again with the whole sentence after it (pendingBlocks.ts).
        const confirmed = this.pendingBlocks.confirm(sentence, start);
        if (confirmed !== undefined && !this.stopped())
            this.judgeOrWait(confirmed.finding as ContentFinding, sentence, events);
        if (this.blocked) return;
        // Harm in an encoding, backwards or romanised (content/decodedHarm.ts): its decoded views filtered too.
        const hidden = decodedHarm(sentence, start, this.policy, filterText);
        if (hidden !== undefined) this.judged(hidden, events);
        if (hidden !== undefined || this.judgeFrame(sentence, start, events) || this.waits()) return;
        if (!this.policy.classifier.enabled || sentence.trim().length < 4 || !languageLike(sentence)) return;
        const syllables = hangulCount(sentence);
        // It learnt from Korean comments: text without Hangul is the lexicon's and the phrases'.
        if (syllables < 2 || this.frames.listsExamples(sentence)) return;
        if (!this.judgeClassifier(sentence, start, syllables, events)) this.judgeHarm(sentence, start);
    }

    /** The classifier's curse and toxic heads; whether they found abuse the lexicon does not explain. */
    private judgeClassifier(sentence: string, start: number, syllables: number, events: StreamEvent[]): boolean {
        const thresholds = classifierThresholds();
        const override = this.policy.classifier.threshold;
        // A few syllables are little evidence (a heading, "병합 충돌", scored on one or two n-grams), nor is
        // a past event told (a story, history, the news): the classifier must be surer of them.
        const floor = classifierFloor(sentence, syllables);
        const flags = (text: string) => {
            const scores = classify(text);
            return {
                scores,
                curse: scores.curse >= Math.max(floor, override ?? thresholds.curse),
                toxic: scores.toxic >= Math.max(floor, override ?? thresholds.toxic)
            };
        };
        let { scores, curse, toxic } = flags(sentence);
        if (!curse && !toxic) return false;
        // Words the context rules read innocently ("새끼줄", "닥쳐오는", "여자 화장실") are no
        // evidence: judged again without them (only sentences the classifier flagged pay for this).
        const neutral = withoutInnocentWords(sentence);
        if (neutral !== sentence) {
            ({ scores, curse, toxic } = flags(neutral));
            if (!curse && !toxic) return false;
        }
        let hateful = toxic && scores.hate >= thresholds.hate;
        // Abuse the lexicon already explains stays that category; otherwise hate or harassment.
        const explained = this.explains(start, start + sentence.length);
        if (explained && hateful) {
            // A swear word the lexicon masks is no evidence of hate by itself ("ㅈㄴ 느리네"):
            // judged again without the words it masks, hate needs the rest to say it.
            const rest = flags(this.withoutFindings(sentence, start));
            hateful = rest.toxic && rest.scores.hate >= thresholds.hate;
        }
        if (explained && !hateful) return false;
        const category: ContentCategory = hateful ? "hate" : "harassment";
        const rule = `classifier.${[curse ? "curse" : "", toxic ? "toxic" : ""].filter(Boolean).join("+")}`;
        const finding: ContentFinding = {
            category,
            start,
            end: start + sentence.length,
            score: Math.round(Math.max(scores.curse, scores.toxic) * 1000) / 1000,
            rule
        };
        this.judgeOrWait(finding, sentence, events);
        return true;
    }

    /** The harm head (content/harmHead.ts): harm the rules do not name; its finding waits for the next sentence. */
    private judgeHarm(sentence: string, start: number): void {
        this.waiting = harmFinding(sentence, start, {
            threshold: this.policy.classifier.threshold,
            guarded: () => this.frames.guarded(),
            explained: (from, to) => this.explains(from, to),
            complied: this.complied
        });
    }

    /** Whether a frame finds harm told in the sentence's ideas (the classifier then has nothing to add). */
    private judgeFrame(sentence: string, start: number, events: StreamEvent[]): boolean {
        const frame = this.frames.read(sentence);
        if (frame === undefined) return false;
        const { category, rule } = frame;
        this.judgeOrWait({ category, start, end: start + sentence.length, score: 1, rule }, sentence, events);
        return true;
    }

    /** Whether a finding waits for the next sentence (a call: judging a sentence may set one). */
    private waits = (): boolean => this.waiting !== undefined;

    /** A rule's finding, judged now or waiting for the next sentence (content/victimReport.ts: waitingFor). */
    private judgeOrWait(finding: ContentFinding, sentence: string, events: StreamEvent[]): void {
        if (this.waiting?.sentence === sentence) return;
        const wait = waitingFor(finding, sentence, this.lastTwo[0]);
        if (wait === "now") this.judged(finding, events);
        else if (wait !== "dropped") this.waiting = { sentence, bar: 0, finding, undoneBy: wait };
    }

    /** Keeps a finding on a whole sentence (a frame's, the classifier's); blocks if the policy says so. */
    private judged(finding: ContentFinding, events: StreamEvent[]): void {
        this.contentFindings.push(finding);
        this.categories.add(finding.category);
        this.record("content", finding.category, finding, this.policy.content[finding.category]);
        if (this.blocked) events.push(this.blockEvent());
    }

    /** `sentence` (from input offset `start`) with this sentence's content findings blanked out. */
    private withoutFindings(sentence: string, start: number): string {
        let out = sentence;
        for (let i = this.contentFindings.length - 1; i >= 0; i--) {
            const f = this.contentFindings[i];
            if (f.end <= start) break;
            const [from, to] = [f.start - start, f.end - start];
            if (from >= 0 && to <= out.length) out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
        }
        return out;
    }

    /** Whether a content finding lies within [start, end) (kept in input order: only this sentence's are read). */
    private explains(start: number, end: number): boolean {
        for (let i = this.contentFindings.length - 1; i >= 0; i--) {
            const f = this.contentFindings[i];
            if (f.end <= start) return false;
            if (f.start >= start && f.end <= end) return true;
        }
        return false;
    }

    private record(
        kind: "pii" | "content",
        type: PiiType | ContentCategory,
        span: { start: number; end: number; rule: string; score: number },
        action: Action
    ): void {
        this.audit.push({ kind, type, start: span.start, end: span.end, rule: span.rule, score: span.score, action });
        this.verdict = strongest(this.verdict, action);
        if (action === "block") this.blocked = true;
    }
}

/** Filters a whole text at once (the same as streaming it in any chunks). */
export function filterText(text: string, policy: SafetyPolicy = defaultPolicy): FilterResult {
    const filter = new SafetyFilter(policy);
    filter.push(text);
    return filter.finish().result;
}
