/**
 * Markup between the digit groups of a value: HTML tags (`010<span>-</span>1234-5678`,
 * `<td>010</td><td>1234</td>`), HTML and block comments (`010/* area *\/-1234`), template
 * interpolations (`${"010"}-${"1234"}`). The view reads the gap as the separator left when the
 * markup is taken out ("-" or "."), or as a space when none is left — only where the groups so
 * joined have a value's shape (table cells side by side are otherwise two numbers), and then a
 * value must still stand on its own (libphonenumber's spaced forms, a 6 + 7 number whose check
 * digit holds); the segmenter never cuts inside such a gap.
 */

import { valueShape } from "./labelledGroups";

/**
 * Markdown emphasis (`**850714**-**1234567**`, `010*8765*4321`): read as a value's own separator. A
 * run of "*" is taken whole (a named group read back cannot be split again), so a long run of them
 * is never tried in every partition.
 */
const emphasis = String.raw`(?=(?<stars>\*+))\k<stars>`;
const emphasisOnly = new RegExp(String.raw`^(?:${emphasis}|[ \t])+$`);
/** A tag, a comment or an interpolation's `${` / `}`: markup that shows nothing. */
const piece = String.raw`<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,80})?\/?>|<!--[^\n]{0,60}?-->|\/\*[^\n]{0,60}?\*\/|\$\{|\}|${emphasis}`;
/** What may stand between the pieces: separators, quotes, concatenation, whitespace. */
const filler = String.raw`[-._/,+|"'\x60 \t\r\n]`;
/** A gap between two digits with at least one piece of markup in it (a regex source). */
const markupGap = new RegExp(String.raw`(?<=\d)(?:${filler}*(?:${piece}))+${filler}*(?=\d)`, "g");
/** The same with its digits (a regex source: normalize's trigger; a lookbehind at every position costs more). */
export const markupGapTrigger = String.raw`\d(?:${filler}*(?:${piece}))+${filler}*\d`;
const pieces = new RegExp(piece, "g");

/** A gap and what the view reads for it; `shaped`: kept only where the groups have a value's shape. */
interface Gap {
    start: number;
    end: number;
    with: string;
    shaped?: boolean;
}

/** The gaps in `text` and what the view reads for each. */
export function markupGapReplacements(text: string): Gap[] {
    const gaps: Gap[] = [];
    markupGap.lastIndex = 0;
    for (let m = markupGap.exec(text); m !== null; m = markupGap.exec(text)) {
        const left = m[0].replace(pieces, "");
        // A blank line is no gap inside one value.
        if (/\n[ \t\r]*\n/.test(left)) continue;
        // Only emphasis (and spaces) between the groups: a value written with "*" for its separator,
        // or each group in bold — as a hyphen, where the groups have a value's shape (not 2*3).
        if (emphasisOnly.test(m[0])) {
            gaps.push({ start: m.index, end: m.index + m[0].length, with: "-", shaped: true });
            continue;
        }
        const separator = /[-_/]/.test(left) ? "-" : left.includes(".") ? "." : " ";
        gaps.push({ start: m.index, end: m.index + m[0].length, with: separator });
    }
    return gaps.some((g) => g.with === " " || g.shaped === true) ? withoutStrayBareGaps(text, gaps) : gaps;
}

/**
 * Gaps that leave no separator (`<td>0350</td><td>594</td>`) join numbers a table merely puts
 * side by side: they are kept only where the run of groups they join has a value's shape.
 */
function withoutStrayBareGaps(text: string, gaps: Gap[]): Gap[] {
    const parts: string[] = [];
    const viewAt: number[] = [];
    let at = 0;
    let length = 0;
    for (const gap of gaps) {
        parts.push(text.slice(at, gap.start), gap.with);
        length += gap.start - at;
        viewAt.push(length);
        length += gap.with.length;
        at = gap.end;
    }
    parts.push(text.slice(at));
    const view = parts.join("");
    const digit = (i: number) => i >= 0 && i < view.length && view.charCodeAt(i) >= 48 && view.charCodeAt(i) <= 57;
    const joins = (i: number) => digit(i - 1) && digit(i + 1) && /[-. ]/.test(view[i]);
    return gaps.filter((gap, k) => {
        if (gap.with !== " " && gap.shaped !== true) return true;
        // The run of digit groups around the gap, each joined by one separator.
        let from = viewAt[k];
        while (digit(from - 1) || joins(from - 1)) from--;
        let to = viewAt[k] + 1;
        while (digit(to) || joins(to)) to++;
        return valueShape(view.slice(from, to).split(/\D/), true);
    });
}

const enum Inside {
    None,
    Tag,
    BlockComment,
    HtmlComment
}

/** Characters that neither start nor end a gap: separators, quotes, whitespace, `$ { }`. */
function gapCharacter(code: number): boolean {
    return (
        code === 32 ||
        code === 9 ||
        code === 10 ||
        code === 13 ||
        code === 45 || // -
        code === 46 || // .
        code === 47 || // /
        code === 44 || // ,
        code === 43 || // +
        code === 124 || // |
        code === 34 || // "
        code === 39 || // '
        code === 96 || // `
        code === 36 || // $
        code === 123 || // {
        code === 125 || // }
        code === 62 || // > (a tag's end, read after it closed)
        code === 58 // : (between a value's groups: 850714 : 1234567)
    );
}

/**
 * Whether the text read so far ends in a digit group followed by markup (or inside a tag or a
 * comment that began after one). Advanced one character at a time, in order, so the segmenter's
 * cuts stay independent of the chunking.
 */
export class MarkupGapState {
    /**
     * Whether `advance` must read the next character: after a digit, or inside markup (a field,
     * not a getter: the segmenter reads it for every character).
     */
    busy = false;
    private afterDigit = false;
    private inside = Inside.None;
    private insideLength = 0;
    private previous = 0;

    /**
     * Takes in one character (`before`: the one ahead of it); needed only for a digit or while `busy`
     * (otherwise nothing changes).
     */
    advance(code: number, before: number): void {
        // A digit after a letter is part of a word (<h1>, v2, x86), not a value's first group.
        if (!this.busy && ((before >= 65 && before <= 90) || (before >= 97 && before <= 122))) return;
        this.read(code);
        this.busy = this.afterDigit || this.inside !== Inside.None;
    }

    private read(code: number): void {
        const previous = this.previous;
        this.previous = code;
        if (this.inside !== Inside.None) {
            this.insideLength++;
            if (code === 10 || this.insideLength > 80) this.reset();
            else if (this.inside === Inside.Tag && code === 62) this.inside = Inside.None;
            else if (this.inside === Inside.BlockComment && code === 47 && previous === 42) this.inside = Inside.None;
            else if (this.inside === Inside.HtmlComment && code === 62 && previous === 45) this.inside = Inside.None;
            return;
        }
        if (code >= 48 && code <= 57) {
            this.afterDigit = true;
            return;
        }
        if (!this.afterDigit) return;
        if (previous === 60 && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47))
            this.enter(Inside.Tag);
        else if (previous === 60 && code === 33) this.enter(Inside.HtmlComment);
        else if (previous === 47 && code === 42) this.enter(Inside.BlockComment);
        else if (code !== 60 && code !== 42 && !gapCharacter(code)) this.afterDigit = false;
    }

    /**
     * Whether a cut before `next` (after whitespace; `before` the last character ahead of it)
     * would split a value's digit groups and the markup between them.
     */
    joins(before: string, next: string): boolean {
        if (!this.afterDigit) return false;
        if (this.inside !== Inside.None) return true;
        // "4630 * 1234 * …", "850714 : 1234567": emphasis or a colon spaced between digit groups.
        const digitBefore = before >= "0" && before <= "9";
        if ((digitBefore && (next === "*" || next === ":")) || (before === ":" && next >= "0" && next <= "9"))
            return true;
        return /[>}/+,|"'`*-]/.test(before) && /[<$/"'`+|\d*-]/.test(next);
    }

    reset(): void {
        this.busy = false;
        this.afterDigit = false;
        this.inside = Inside.None;
        this.insideLength = 0;
        this.previous = 0;
    }

    private enter(inside: Inside): void {
        this.inside = inside;
        this.insideLength = 0;
    }
}

/** A tag that shows nothing (`<b>`, `</span>`, `<em class="x">`). */
const tag = String.raw`<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,80})?\/?>`;
/** An address with tags inside it: `minsu<b>@</b>naver.com`, `<i>kim</i>&#64;<i>daum.net</i>`, `minsu@<b>naver</b>.com`. */
const taggedEmail = new RegExp(
    String.raw`[A-Za-z0-9._%+-]+(?:(?:${tag})+[A-Za-z0-9._%+-]+)*(?:${tag})*(?:@|&#64;|&#[xX]40;)(?:${tag})*[A-Za-z0-9-]+(?:(?:${tag})*\.(?:${tag})*[A-Za-z0-9-]+)+`,
    "g"
);
/** What normalize must read in full for these: a tag beside an "@" or a dot of an address. */
export const taggedEmailTrigger = String.raw`>(?:@|&#64;)|(?:@|&#64;)<|[A-Za-z]<\/[A-Za-z]+>\.[A-Za-z]`;
const tags = new RegExp(tag, "g");

/** The tags inside e-mail addresses, read as nothing (the address then reads whole). */
export function taggedEmailGaps(text: string): Gap[] {
    const out: Gap[] = [];
    if (!text.includes("<") || !/@|&#64;|&#[xX]40;/.test(text)) return out;
    taggedEmail.lastIndex = 0;
    for (let m = taggedEmail.exec(text); m !== null; m = taggedEmail.exec(text)) {
        const plain = m[0].replace(tags, "").replace(/&#64;|&#[xX]40;/, "@");
        if (!/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(plain)) continue;
        tags.lastIndex = 0;
        for (let t = tags.exec(m[0]); t !== null; t = tags.exec(m[0]))
            out.push({ start: m.index + t.index, end: m.index + t.index + t[0].length, with: "" });
    }
    return out;
}
