/**
 * Cuts text into segments at places no pattern can span, as the text arrives.
 *
 * The filter works segment by segment, each seeing the text before it as read-only
 * context. Because a cut depends only on the text before it and the one character
 * after it, the segments — and so the filtered output — are the same however the
 * text is chunked: streaming equals filtering the whole text at once, by
 * construction. What a stream holds back is the unfinished last segment: usually
 * the last word.
 *
 * A cut is allowed before a non-space character that follows whitespace, except:
 * - inside a PEM block (`-----BEGIN … -----` until its `-----END … -----` line);
 * - between digit groups ("010 2345 6789", "4111 1111 1111 1111", "(02) 123 4567");
 * - between single Hangul characters ("시 발"): spacing out a word must not hide it.
 * Very long runs without an allowed cut are cut at `maxSegment` characters.
 */
export const maxSegment = 8192;

const whitespace = /[\s\u00a0\u3000]/;
const hangul = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const digitEnd = /[0-9)]/;
const digitStart = /[0-9(+]/;
const pemBegin = "-----BEGIN";
const pemEnd = /-----END[^\n]*?-----/g;

export class Segmenter {
    private buffer = "";
    private scanFrom = 1;

    /** Adds text; returns the segments it completed, in order. */
    push(chunk: string): string[] {
        this.buffer += chunk;
        const done: string[] = [];
        for (let i = Math.max(1, this.scanFrom); i < this.buffer.length; i++) {
            if (i >= maxSegment) {
                done.push(this.buffer.slice(0, i));
                this.buffer = this.buffer.slice(i);
                i = 0;
                continue;
            }
            if (whitespace.test(this.buffer[i - 1]!) && !whitespace.test(this.buffer[i]!) && this.mayCut(i)) {
                done.push(this.buffer.slice(0, i));
                this.buffer = this.buffer.slice(i);
                i = 0;
            }
        }
        this.scanFrom = Math.max(1, this.buffer.length);
        return done;
    }

    /** The rest, at the end of the text. */
    finish(): string {
        const rest = this.buffer;
        this.buffer = "";
        this.scanFrom = 1;
        return rest;
    }

    /** Characters held back so far. */
    get pending(): number {
        return this.buffer.length;
    }

    private mayCut(at: number): boolean {
        const text = this.buffer;
        const next = text[at]!;
        let before = at - 1;
        while (before >= 0 && whitespace.test(text[before]!)) before--;
        if (before < 0) return true;
        const previous = text[before]!;
        if (digitEnd.test(previous) && digitStart.test(next)) return false;
        if (hangul.test(previous) && hangul.test(next) && (before === 0 || whitespace.test(text[before - 1]!))) return false;
        const begin = text.lastIndexOf(pemBegin, at);
        if (begin >= 0) {
            pemEnd.lastIndex = begin;
            const end = pemEnd.exec(text);
            if (end === null || end.index + end[0].length > at) return false;
        }
        return true;
    }
}

/** Splits a whole text the way a stream would be. */
export function segmentText(text: string): string[] {
    const segmenter = new Segmenter();
    const segments = segmenter.push(text);
    const rest = segmenter.finish();
    if (rest.length > 0) segments.push(rest);
    return segments;
}
