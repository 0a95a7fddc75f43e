// A mobile number told in pieces across words or sentences (issue 14: "번호는 010이고요. 중간 번호는 9876입니다.
// 마지막은 4321이에요."): each piece alone is a short number no recognizer reads, and the sentences between
// them outrun the glue the view joins (text/phoneGlue.ts: eight characters). What makes them one number is
// the telling: a mobile prefix alone after a word for the number, then groups of three or four digits each
// after a word for its place (가운데, 중간, 끝, 마지막 …). This reads the response in order (as
// seedPhrase.ts does), so whole text and every chunking of the stream read it alike; each group after the
// prefix is redacted where it stands (the prefix alone is everybody's).
import type { PiiFinding } from "../types";

/** A mobile prefix alone (not a whole number's first group: no digit a separator or two after it). */
const prefix = /(?<![\d-])01[016789](?!\d|[\s.-]{1,3}\d)/g;
/** A word for the number, or for its first part, shortly before the prefix. */
const prefixName =
    /(?:번호|전화|연락처|휴대폰|핸드폰|앞자리|앞\s*번호|앞\s*세\s*자리|첫\s*(?:세\s*)?자리|phone|number)[^\d\n]{0,12}$/i;
/** A group of three or four digits alone. */
const group = /(?<![\d-])\d{3,4}(?!\d|[-.]\d)/g;
/** A word for the middle part's place, then for the last's, shortly before its group. */
const partNames = [
    /(?:가운데|중간|두\s*번째|middle|second)[^\d\n]{0,14}$/i,
    /(?:뒷|뒤\s*(?:네\s*)?자리|끝|마지막|나머지|세\s*번째|last|third)[^\d\n]{0,14}$/i
];
/** A count, a year, an amount: a number with its unit is no piece of a phone number. */
const unit = /^\s*(?:년|월|일|원|개|명|%|시|분|초|번째|회|차|층|호|줄|행|자|km|kg|mm|cm|ms)/;
/** How far a piece may follow the one before it, in characters. */
const reach = 80;

export class PhonePieces {
    /** Where the prefix or the last piece ended, as an offset into the response. */
    private lastEnd = Number.NEGATIVE_INFINITY;
    /** Pieces found after the prefix (two complete the number). */
    private pieces = 0;

    /** The later pieces in `scanText` from `from` (`offset`: the response offset of `scanText[from]`). */
    read(scanText: string, from: number, offset: number): PiiFinding[] {
        const out: PiiFinding[] = [];
        const at = (position: number) => offset + position - from;
        const active = at(from) - this.lastEnd <= reach && this.pieces < 2;
        // Cheap: a prefix's "01" in the segment, or a number is being told.
        if (!active && !scanText.includes("01", from)) return out;
        const events: Array<[number, number, boolean]> = [];
        prefix.lastIndex = from;
        for (let m = prefix.exec(scanText); m !== null; m = prefix.exec(scanText))
            if (prefixName.test(scanText.slice(Math.max(0, m.index - 24), m.index)))
                events.push([m.index, m.index + m[0].length, true]);
        if (events.length === 0 && !active) return out;
        group.lastIndex = from;
        for (let m = group.exec(scanText); m !== null; m = group.exec(scanText))
            if (!events.some(([s]) => s === m.index)) events.push([m.index, m.index + m[0].length, false]);
        events.sort((a, b) => a[0] - b[0]);
        for (const [start, end, isPrefix] of events) {
            if (isPrefix) {
                this.lastEnd = at(end);
                this.pieces = 0;
                continue;
            }
            if (this.pieces >= 2 || at(start) - this.lastEnd > reach) continue;
            const gapStart = Math.max(0, this.lastEnd - offset + from);
            if (/\n[ \t]*\n/.test(scanText.slice(gapStart, start))) continue;
            if (!partNames[this.pieces].test(scanText.slice(Math.max(0, start - 24), start))) continue;
            if (unit.test(scanText.slice(end, end + 4))) continue;
            this.pieces++;
            this.lastEnd = at(end);
            out.push({ type: "PHONE", start, end, score: 0.8, rule: "phone.told_in_pieces" });
        }
        return out;
    }
}
