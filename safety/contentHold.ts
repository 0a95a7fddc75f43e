// The content-hold stage of the streaming filter: nothing harmful on screen, even for
// a moment. Two holds, both deterministic in the text (so streaming still equals
// filtering the whole text, for every chunking):
// - a segment is filtered only when its right context has arrived — `lookahead`
//   characters, or up to the next sentence mark, or the end of the text — so the
//   lexicon reads a word with the words after it ("로그를 보지 않고" is not the noun);
// - filtered text is released only when its sentence has been judged — by the
//   classifier at the sentence end — so a block never follows a shown offending
//   sentence. What is held is at most one sentence (or `maxSentence` characters).
// Kept apart from filter.ts so the filter's PII path can change without touching it.

import { isWhitespaceCode } from "./text/whitespace";

/** Right context a segment waits for, in characters (a negation or a noun after a word). */
export const wordLookahead = 12;
/**
 * Right context a segment with a quote in it or just after it waits for: a word quoted to talk about
 * it is told by what follows the quote (content/quotedMention.ts: "'존나'는 '좆나'에서 온 말이라").
 */
export const lookahead = 48;
const quoteLike = /['"‘’“”`「」『』]/;
/** A sentence longer than this (code, a list without full stops) is judged and released at the next segment. */
export const maxSentence = 400;

/**
 * Whether a segment ends a sentence (then it needs no right context): it ends with a
 * sentence mark, closing quotes or brackets and whitespace (/[.!?。…][)"'」』]*\s*$/),
 * or with whitespace that holds a newline (/\n\s*$/). Read backwards from the end.
 */
export function endsSentence(segment: string): boolean {
    let i = segment.length - 1;
    let newline = false;
    for (; i >= 0; i--) {
        const code = segment.charCodeAt(i);
        if (!isWhitespaceCode(code)) break;
        if (code === 10) newline = true;
    }
    if (newline) return true;
    while (i >= 0 && closing.includes(segment[i])) i--;
    // "e.g.", "i.e.", "vs.", "cf." go on: "Profanity e.g. 씨발, 병신 is masked" is one sentence, its
    // examples read with the words that list them (content/quotedMention.ts).
    if (i >= 0 && segment[i] === "." && abbreviation.test(segment.slice(Math.max(0, i - 4), i + 1))) return false;
    return i >= 0 && marks.includes(segment[i]);
}

const abbreviation = /(?:^|[^A-Za-z])(?:e\.g|i\.e|vs|cf)\.$/i;

const marks = ".!?。…";
const closing = ")\"'」』";

/**
 * Input dropped from the front of the right-context buffer at a time: small, because
 * appending makes the buffer a rope that is copied whole when next read.
 */
const forgetStep = 256;

const stop = /[.!?。…\n]/;

/**
 * The right context of the text ending at `end`: up to {@link lookahead} characters,
 * cut after the first sentence mark; undefined while more text could still change it.
 */
function rightContext(received: string, end: number, length: number): string | undefined {
    const window = received.slice(end, end + length);
    const mark = stop.exec(window);
    if (mark !== null) return window.slice(0, mark.index + 1);
    return window.length === length ? window : undefined;
}

/**
 * A house number, then a capitalised word: the street's kind may come two words on ("5996 Lakeview Terrace"),
 * past the words' lookahead (pii/streetAddress.ts reads it in the right context; set 83, 2026-12-07).
 */
const houseNumber = /(?:^|\s)\d{1,5}[A-Z]?,?\s+$/;
const capitalised = /^[A-Z][a-z]/;
/** As far as a public building's name in brackets after its address ("… DC 20500 (The White House)"). */
const streetLookahead = 96;

/**
 * A segment that starts with a value (seven digits or more, an id's hex groups): what it is may be said later in its
 * sentence ("635-… 은(는) 송건우님이 입력한 환불 계좌입니다", pii/farLabels.ts; set 83, 2026-12-07).
 */
const valueWord = /^["'`(]*([0-9A-Fa-f][0-9A-Za-z-]{6,39})["'`),;]*\s/;

/** Or a token of letters and digits (a password named later: "n0KJyitaDUdx8F7 ← 이게 … 관리자 암호입니다"). */
const tokenWord =
    /^[ \t]*(?=[^\s가-힣]*\d[^\s가-힣]*\d)(?=[^\s가-힣]*[A-Za-z][^\s가-힣]*[A-Za-z])[A-Za-z0-9][^\s가-힣"'`]{7,63}\s/;

/** How much right context `segment` needs, from it and the first {@link wordLookahead} characters after it. */
function contextLength(segment: string, received: string, end: number): number {
    const next = received.slice(end, end + wordLookahead);
    if (houseNumber.test(segment) && capitalised.test(next)) return streetLookahead;
    const value = valueWord.exec(segment);
    if (value !== null && (value[1].match(/\d/g)?.length ?? 0) >= 7) return lookahead;
    if (tokenWord.test(segment)) return lookahead;
    return quoteLike.test(segment) || quoteLike.test(next) ? lookahead : wordLookahead;
}

/** Whether `received[from..]` holds a sentence mark (one of {@link stop}). */
function hasStop(received: string, from: number): boolean {
    for (let i = from; i < received.length; i++) {
        const c = received.charCodeAt(i);
        // . ! ? 。 … and the newline
        if (c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0x2026 || c === 10) return true;
    }
    return false;
}

/** A segment ready to filter: where it starts in the input, and its right context. */
export interface ReadySegment {
    segment: string;
    offset: number;
    after: string;
}

export class ContentHold {
    /** Input from `base` on: what queued segments may still need as right context. */
    private received = "";
    private base = 0;
    /**
     * Segments waiting for their right context: `queue[head..]` (a head index, not
     * shift(): linear on long input). `ends`: the segment ends a sentence; `clear`: the
     * input up to there holds no sentence mark after the segment (read once, not per chunk).
     */
    private queue: Array<{ segment: string; offset: number; ends: boolean; clear: number }> = [];
    private head = 0;
    private queuedUntil = 0;
    private held = "";
    private heldUntil = 0;
    private releasedUntil = 0;

    /** Records input as it arrives (before the segmenter cuts it). */
    receive(chunk: string): void {
        this.received += chunk;
    }

    /**
     * Queues completed segments; returns those whose right context is complete, in
     * order. `final`: the text ended, everything is ready.
     */
    ready(segments: readonly string[], final = false): ReadySegment[] {
        for (const segment of segments) {
            const end = this.queuedUntil + segment.length;
            this.queue.push({ segment, offset: this.queuedUntil, ends: endsSentence(segment), clear: end });
            this.queuedUntil = end;
        }
        const out: ReadySegment[] = [];
        const receivedEnd = this.base + this.received.length;
        while (this.head < this.queue.length) {
            const entry = this.queue[this.head];
            const { segment, offset } = entry;
            const end = offset + segment.length;
            let after: string | undefined = "";
            if (!entry.ends) {
                // Not complete yet when the input so far is short of the lookahead and holds
                // no mark after the part already read: nothing to slice (rightContext would say so).
                // The first characters decide how many more it needs (a quote: more).
                const length =
                    receivedEnd < end + wordLookahead
                        ? wordLookahead
                        : contextLength(segment, this.received, end - this.base);
                if (receivedEnd < end + length && !hasStop(this.received, entry.clear - this.base)) {
                    entry.clear = receivedEnd;
                    after = undefined;
                } else after = rightContext(this.received, end - this.base, length);
            }
            if (!final && after === undefined) break;
            this.head++;
            out.push({ segment, offset, after: after ?? this.received.slice(end - this.base) });
        }
        if (this.head === this.queue.length) {
            this.queue = [];
            this.head = 0;
        } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
            this.queue = this.queue.slice(this.head);
            this.head = 0;
        }
        this.forget();
        return out;
    }

    /** Drops input no queued segment needs (in steps, so the work stays linear). */
    private forget(): void {
        const head = this.queue.at(this.head);
        const keep = head === undefined ? this.queuedUntil : head.offset + head.segment.length;
        if (keep - this.base < forgetStep) return;
        this.received = this.received.slice(keep - this.base);
        this.base = keep;
    }

    /** Keeps filtered text (of the input up to `inputEnd`) until its sentence is judged. */
    hold(text: string, inputEnd: number): void {
        this.held += text;
        this.heldUntil = inputEnd;
    }

    /** The held text, now judged harmless; the hold is emptied. */
    release(): string {
        const text = this.held;
        this.held = "";
        this.releasedUntil = this.heldUntil;
        return text;
    }

    /** Input characters whose filtered text has been released (always a sentence boundary). */
    get released(): number {
        return this.releasedUntil;
    }

    /** Characters received but not yet shown. */
    get pending(): number {
        let queued = 0;
        for (let i = this.head; i < this.queue.length; i++) queued += this.queue[i].segment.length;
        return this.held.length + queued + (this.base + this.received.length - this.queuedUntil);
    }
}
