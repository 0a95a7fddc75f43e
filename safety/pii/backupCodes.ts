// An account's backup codes (issue 14; set 96, 2026-12-07: "Google 계정 백업 코드⏎1. 4991 6628⏎2. …",
// "GitHub recovery codes:⏎e91a3-d4dc9⏎…"): each code signs in once without the second factor, so a list of
// them is a password list. One code alone is a pair of short groups no recognizer reads as anything; what
// makes it a code is where it stands: in a list right under its name. The segmenter cuts such a list
// anywhere (a line, a number, a word each), and a long list outruns the context a segment is read with, so
// this reads the response in order (as seedPhrase.ts does): a list starts right after the name (its line's
// end or a colon) and goes on item by item, a separator, a line break or a list's number apart, until
// anything else comes. Each item is redacted where it stands; whole text and every chunking read it alike.
import type { PiiFinding } from "../types";
import { namesEndingIn } from "./context";

/** Names of such a list (not "코드" alone: code listings are everywhere). */
const listName =
    /(?:백업|복구|예비|일회용|스크래치)\s*코드|(?:backup|recovery|scratch|2fa|mfa)[\s_-]*codes?(?![a-z])|recovery[\s_-]*keys?\b|(?:backup|recovery)Codes\b/gi;
/**
 * One code: two groups of four or five letters and digits (e91a3-d4dc9, 9936 2161, ABCD-1234), eight to
 * ten digits, or ten letters and digits; a digit in it (words joined by a hyphen are prose).
 */
const item =
    /(?<![A-Za-z0-9_.:/-])(?=[A-Za-z-]*\d)(?:[A-Za-z0-9]{4,5}[- ][A-Za-z0-9]{4,5}|\d{8,10}|[a-z0-9]{10})(?![A-Za-z0-9_.:/-])|(?<![A-Za-z0-9_.:/-])([a-z]{10})(?![A-Za-z0-9_.:/-])/g;
/**
 * From the name to the first code: the rest of the name's line (a colon, a note) and one line break; in code,
 * a list's bracket and quote (backup_codes: ["e91a3-d4dc9", …]).
 */
const firstGap =
    /^["']?[^\n]{0,40}?(?:[:：=]?[ \t]*\r?\n[ \t]*|[:：=][ \t]*)(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+|[[(][ \t]*)?["'\x60]?$/;
/** Between two codes: a separator, a line break, a list's marker, quotes. */
const nextGap = /^["'\x60]?[ \t]*(?:[,;]|\r?\n)?[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?["'\x60]?$/;
/** What may follow a code: its line's end, a separator, a closing quote or bracket, or another code. */
const itemEnd = /^["'\x60]?[ \t]*(?:$|\r?\n|[,;\])]|[ \t]+[A-Za-z0-9]{4,5}[- ]?[A-Za-z0-9]{4,5}(?![A-Za-z0-9]))/;

export class BackupCodes {
    /** Where the list's name or its last code ended, as an offset into the response. */
    private lastEnd = Number.NEGATIVE_INFINITY;
    /** Whether a code has followed the name (then only a short gap may come before the next). */
    private listing = false;

    /** The codes in `scanText` from `from` (`offset`: the response offset of `scanText[from]`). */
    read(scanText: string, from: number, offset: number, after: string): PiiFinding[] {
        const out: PiiFinding[] = [];
        // A name may begin in the tail: kept where it ends in the segment.
        const start = Math.max(0, from - 32);
        const names = namesEndingIn(listName, scanText, start, from);
        const at = (position: number) => offset + position - from;
        if (names.length === 0 && at(scanText.length) - this.lastEnd > 80 + scanText.length - from) return out;
        const window = scanText + after;
        // Read on into the right context: a code the segment cuts ("9936 " | "2161") is read whole, and
        // its part in this segment redacted now (the next segment's part then continues the list).
        item.lastIndex = Math.max(0, from - 12);
        let next = 0;
        for (let m = item.exec(window); m !== null && m.index < scanText.length; m = item.exec(window)) {
            while (next < names.length && names[next] <= m.index) {
                this.lastEnd = at(names[next++]);
                this.listing = false;
            }
            const end = m.index + m[0].length;
            if (end <= from) continue;
            if (m.index < from) {
                // The rest of a code the last segment began.
                if (this.listing && this.lastEnd === at(end))
                    out.push({ type: "SECRET", start: from, end, score: 0.9, rule: "secret.backup_codes" });
                continue;
            }
            const gapStart = this.lastEnd - offset + from;
            if (gapStart < 0 || gapStart > m.index) continue;
            const gap = scanText.slice(gapStart, m.index);
            // Ten letters with no digit only go on a list already begun (recovery codes of letters alone).
            if ((m as unknown as Array<string | undefined>)[1] !== undefined && !this.listing) continue;
            if (!(this.listing ? nextGap : firstGap).test(gap) || !itemEnd.test(window.slice(end))) {
                this.listing = false;
                this.lastEnd = Number.NEGATIVE_INFINITY;
                continue;
            }
            this.listing = true;
            this.lastEnd = at(end);
            const cut = Math.min(end, scanText.length);
            out.push({ type: "SECRET", start: m.index, end: cut, score: 0.9, rule: "secret.backup_codes" });
        }
        while (next < names.length) {
            this.lastEnd = at(names[next++]);
            this.listing = false;
        }
        return out;
    }
}
