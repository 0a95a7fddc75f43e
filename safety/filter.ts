// The filter every model output passes through: PII / secret redaction, content
// safety (lexicon + classifier), the policy, and an audit record — streaming.
//
// Text is cut into segments where no pattern can span (text/segmenter.ts); each
// segment is filtered with the text before it as read-only context, and released
// at once. Streaming therefore equals filtering the whole text, for every chunking:
// `filterText(t)` is this same filter fed `t` in one piece.
import { classify, classifierThresholds } from "./content/classifier";
import { scanLexicon } from "./content/lexicon";
import { scanPii } from "./pii/index";
import { defaultPolicy, type SafetyPolicy } from "./policy";
import { Segmenter } from "./text/segmenter";
import { actionOrder, type Action, type ContentCategory, type ContentFinding, type PiiFinding, type PiiType } from "./types";

/** Korean placeholders for redacted values, e.g. `[주민등록번호]`. */
export const piiLabels: Record<PiiType, string> = {
    KR_RRN: "주민등록번호", KR_FRN: "외국인등록번호", KR_PASSPORT: "여권번호", KR_DRIVER_LICENSE: "운전면허번호", KR_BRN: "사업자등록번호",
    KR_CRN: "법인등록번호", PHONE: "전화번호", EMAIL: "이메일", CREDIT_CARD: "카드번호", BANK_ACCOUNT: "계좌번호", IP_ADDRESS: "IP 주소",
    URL_CREDENTIALS: "접속 정보", SECRET: "비밀 키"
};

export const contentLabels: Record<ContentCategory, string> = {
    profanity: "욕설", hate: "혐오 표현", harassment: "괴롭힘", sexual: "성적 콘텐츠", violence: "폭력·위협", self_harm: "자해", dangerous: "위험한 활동"
};

/** What a user sees instead of a blocked response. */
export function blockNotice(categories: readonly ContentCategory[]): string {
    return `[응답 차단: ${categories.map((c) => contentLabels[c]).join(", ")}]`;
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
const sentenceEnd = /[.!?。…][)"'」』]*\s*$|\n\s*$/;

function strongest(a: Action, b: Action): Action {
    return actionOrder.indexOf(a) >= actionOrder.indexOf(b) ? a : b;
}

/** Replaces each letter and digit with `*`, keeping separators ("010-****-****"). */
function maskValue(value: string): string {
    return value.replace(/[\p{L}\p{N}]/gu, "*");
}

/**
 * A streaming filter for one response. `push()` returns what may be shown now;
 * `finish()` flushes the rest and returns the result (equal to `filterText` of the
 * whole input).
 */
export class SafetyFilter {
    private readonly segmenter = new Segmenter();
    private raw = "";
    private output = "";
    private sentence = "";
    private sentenceStart = 0;
    private verdict: Action = "allow";
    private readonly categories = new Set<ContentCategory>();
    private readonly findings: PiiFinding[] = [];
    private readonly contentFindings: ContentFinding[] = [];
    private readonly audit: AuditFinding[] = [];
    private blocked = false;
    private finished: FilterResult | undefined;

    constructor(private readonly policy: SafetyPolicy = defaultPolicy) {}

    /** Whether a block verdict stopped this response. */
    get isBlocked(): boolean {
        return this.blocked;
    }

    /** Characters received but not yet released. */
    get pending(): number {
        return this.segmenter.pending;
    }

    push(chunk: string): StreamEvent[] {
        if (this.blocked || this.finished !== undefined || chunk.length === 0) return [];
        const events: StreamEvent[] = [];
        for (const segment of this.segmenter.push(chunk)) {
            this.process(segment, events);
            if (this.blocked) break;
        }
        return events;
    }

    finish(): { events: StreamEvent[]; result: FilterResult } {
        if (this.finished !== undefined) return { events: [], result: this.finished };
        const events: StreamEvent[] = [];
        if (!this.blocked) {
            const rest = this.segmenter.finish();
            if (rest.length > 0) this.process(rest, events);
            if (!this.blocked && this.sentence.trim().length > 0) this.classifySentence(events);
        }
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
            audit: { verdict: this.verdict, categories, counts, findings: this.audit, inputLength: this.raw.length, outputLength: text.length }
        };
        return { events, result: this.finished };
    }

    private process(segment: string, events: StreamEvent[]): void {
        const offset = this.raw.length;
        const context = this.raw.slice(Math.max(0, offset - contextLength));
        const scanText = context + segment;
        const shift = offset - context.length;
        this.raw += segment;

        const pii = scanPii(scanText, context.length)
            .filter((f) => f.score >= this.policy.minScore)
            .map((f) => ({ ...f, start: f.start + shift, end: f.end + shift }));
        const content = scanLexicon(scanText, context.length).map((f) => ({ ...f, start: f.start + shift, end: f.end + shift }));

        // Replacements within this segment, PII first; content spans that overlap PII are covered by it.
        const edits: Array<{ start: number; end: number; replacement: string }> = [];
        for (const finding of pii) {
            const action = this.policy.pii[finding.type];
            this.findings.push(finding);
            this.record("pii", finding.type, finding, action);
            const value = this.raw.slice(finding.start, finding.end);
            if (action === "redact") edits.push({ start: finding.start, end: finding.end, replacement: `[${piiLabels[finding.type]}]` });
            else if (action === "mask") edits.push({ start: finding.start, end: finding.end, replacement: maskValue(value) });
        }
        for (const finding of content) {
            const action = this.policy.content[finding.category];
            this.contentFindings.push(finding);
            this.categories.add(finding.category);
            this.record("content", finding.category, finding, action);
            if (edits.some((e) => finding.start < e.end && finding.end > e.start)) continue;
            const value = this.raw.slice(finding.start, finding.end);
            if (action === "mask") edits.push({ start: finding.start, end: finding.end, replacement: maskValue(value) });
            else if (action === "redact") edits.push({ start: finding.start, end: finding.end, replacement: `[${contentLabels[finding.category]}]` });
        }
        if (this.blocked) {
            events.push(this.blockEvent());
            return;
        }
        edits.sort((a, b) => a.start - b.start);
        let text = "";
        let at = offset;
        for (const edit of edits) {
            if (edit.start < at) continue;
            text += this.raw.slice(at, edit.start) + edit.replacement;
            at = edit.end;
        }
        text += this.raw.slice(at);
        this.output += text;
        if (text.length > 0) events.push({ type: "text", text });

        this.sentence += segment;
        if (sentenceEnd.test(segment)) this.classifySentence(events);
    }

    /** The categories that block, and the notice shown instead of the text. */
    private blockEvent(): Extract<StreamEvent, { type: "block" }> {
        const categories = [...this.categories].filter((c) => this.policy.content[c] === "block");
        return { type: "block", categories, notice: blockNotice(categories) };
    }

    private classifySentence(events: StreamEvent[]): void {
        const sentence = this.sentence;
        const start = this.sentenceStart;
        this.sentence = "";
        this.sentenceStart = this.raw.length;
        if (!this.policy.classifier.enabled || sentence.trim().length < 4) return;
        const scores = classify(sentence);
        const thresholds = classifierThresholds();
        const override = this.policy.classifier.threshold;
        const curse = scores.curse >= (override ?? thresholds.curse);
        const toxic = scores.toxic >= (override ?? thresholds.toxic);
        if (!curse && !toxic) return;
        const hateful = toxic && scores.hate >= thresholds.hate;
        // Abuse the lexicon already explains stays that category; otherwise hate or harassment.
        const explained = this.contentFindings.some((f) => f.start >= start && f.end <= start + sentence.length);
        if (explained && !hateful) return;
        const category: ContentCategory = hateful ? "hate" : "harassment";
        const rule = `classifier.${[curse ? "curse" : "", toxic ? "toxic" : ""].filter(Boolean).join("+")}`;
        const finding: ContentFinding = { category, start, end: start + sentence.length, score: Math.round(Math.max(scores.curse, scores.toxic) * 1000) / 1000, rule };
        this.contentFindings.push(finding);
        this.categories.add(category);
        this.record("content", category, finding, this.policy.content[category]);
        if (this.blocked) events.push(this.blockEvent());
    }

    private record(kind: "pii" | "content", type: PiiType | ContentCategory, span: { start: number; end: number; rule: string; score: number }, action: Action): void {
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
