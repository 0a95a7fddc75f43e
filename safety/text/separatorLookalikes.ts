/**
 * Separators between a value's digit groups that look like a dash or a dot but are other
 * characters (text/normalize.ts calls these in its character pass; found from outside):
 *
 * - the Hangul vowel ㅡ, the ideograph 一 and the katakana ー drawn as a dash (`010ㅡ3947ㅡ5821`,
 *   `900101ー1234568`), a replacement character or a NUL where a byte was lost: read as "-";
 * - the hyphen bullet ⁃ and an arrow → between groups: read as "-";
 * - the Hangul vowel ㅣ and 丨 drawn as a bar: read as "|" (the digit-group pass decides, as for "|");
 * - the Korean keyboard's middle dot ㆍ, ‧ and ∙: read as "·" (the digit-group pass then decides,
 *   as for "·": twice in a value is a separator, once between 6 and 7 digits is a space);
 * - a doubled hyphen, `=` or `#` between the parts of a 6 + 7 number (`101020--4613470`; not `+`,
 *   which Presidio's cases keep as no RRN, and a backslash before digits is an octal escape there);
 * - ASCII that code uses between numbers (`=`, `\`, `#`, `+`, `...`, `_-_`) only in a phone number's
 *   shape, both gaps the same (`010=3947=5821`), and not inside a longer run of such groups (a card's
 *   four, text/labelledGaps.ts reads after a word naming it): `x1 = 2` and `0..10` stay as they are.
 */

import { invisibleClass } from "./invisible";

interface Replacement {
    start: number;
    end: number;
    with: string;
}

const dashLike = "ㅡ一ー\uFFFD\u0000⁃→";
const dotLike = "ㆍ‧∙";
const barLike = "ㅣ丨";
/**
 * A digit of any script or form (`０１０ㅡ３９４７`, `⁰¹⁰ㅡ…`: the same pass folds them later),
 * and the invisible characters that pass drops, which may stand beside the separator.
 */
const digit = String.raw`[\p{Nd}\p{No}]`;
const invisibleOrSpace = String.raw`(?:[ \t]|${invisibleClass})`;
const single = new RegExp(
    `(?<=${digit}${invisibleOrSpace}{0,3})[${dashLike}${dotLike}${barLike}](?=${invisibleOrSpace}{0,3}${digit})`,
    "gu"
);
const asciiGap = String.raw`(?:[=＝#＃+]|[\\＼]|\.{2,3}|…|_-_)`;
const phoneShaped = new RegExp(
    String.raw`(?<![\p{Nd}=＝#＃+\\＼.])(?<!\p{Nd}[ \t]*${asciiGap}[ \t]*)\p{Nd}{2,4}([ \t]*${asciiGap}[ \t]*)\p{Nd}{3,4}([ \t]*${asciiGap}[ \t]*)\p{Nd}{4}(?![\p{Nd}=＝#＃+\\＼]|\.\p{Nd}|[ \t]*${asciiGap}[ \t]*\p{Nd})`,
    "gu"
);

/**
 * The same signs, a doubled hyphen, and `)(` (each part in brackets), between a 6 + 7 number's
 * parts (its date and check digit decide).
 */
const registrationShaped = new RegExp(
    String.raw`(?<![\p{Nd}=＝#＃+\\＼-])\p{Nd}{6}([ \t]*(?:--|[=＝#＃]|\)[ \t]*\()[ \t]*)\p{Nd}{7}(?![\p{Nd}=＝#＃+\\＼-])`,
    "gu"
);

/**
 * An emoji or another pictograph (★ ♥ ● ☎ 😀 🔹 ❤️) between a value's groups, with its variation
 * selector, skin tone or joiners, up to three in a row: every gap of the run the same. Digit
 * groups joined so are one value's (`010😀2283😀1439`, `4000★1234★5678★9010`, a 6 + 7 number with
 * one such gap); what kind, if any, the recognizers decide (a date check, Luhn, a phone prefix). Not U+FFFD
 * (invalid UTF-8), which the character pass drops between digits (invisible.ts).
 */
const symbolGap = String.raw`[ \t]*(?:(?![\x00-\x7F\uFFFD])\p{So}[\uFE0E\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]*){1,3}[ \t]*`;
const symbolJoined = new RegExp(
    String.raw`(?<!\p{Nd})\p{Nd}{2,6}(${symbolGap})\p{Nd}{2,7}(?:\1\p{Nd}{2,6}){0,4}(?!\p{Nd})`,
    "gu"
);
/**
 * An invisible character (a word joiner, a variation selector, a zero-width space) standing as the
 * separator between groups of two digits or more, the same one each time (`222⁠168⁠174⁠119`): the
 * character pass drops invisible characters, which would run the groups together.
 */
// Not where the same character also stands between single digits next to the run: scattered, not a
// separator (`0⁠9⁠1⁠2⁠2⁠2-30⁠44⁠40⁠5`, read as "30-44-40" and "5", leaked).
const invisibleJoined = new RegExp(
    String.raw`(?<!\p{Nd})(?<!\p{Nd}${invisibleClass}{1,3})\p{Nd}{2,6}(${invisibleClass}{1,3})\p{Nd}{2,7}(?:\1\p{Nd}{2,6}){0,4}(?!\p{Nd}|\1\p{Nd})`,
    "gu"
);
/** Four groups of an IPv4 address read with dots, other runs with hyphens. */
const separatorFor = (groups: readonly string[]) =>
    groups.length === 4 && groups.every((g) => g.length <= 3 && Number(g) <= 255) ? "." : "-";

/**
 * For the segmenter: whether a word may begin with such a pictograph at `i` (any character
 * outside the BMP counts, so the cut does not depend on a surrogate pair's second half).
 */
export function pictographAt(text: string, i: number): boolean {
    const code = text.charCodeAt(i);
    // Hangul, the common case after a cut, answered without the regex.
    if (code < 0xa6 || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3131 && code <= 0x318e)) return false;
    return (code >= 0xd800 && code <= 0xdbff) || /\p{So}/u.test(text[i]);
}

/** A word of such pictographs alone, between two digit groups. */
export const pictographWord = /^(?:(?![\x00-\x7F])[\p{So}\p{Sk}\uFE0E\uFE0F\u200D]){1,8}$/u;

/** What normalize must read in full for these (a regex source for its trigger). */
export const separatorLookalikeTrigger = String.raw`\d[ \t]?[${dashLike}${dotLike}${barLike}][ \t]?\d|\d{6}[ \t]*(?:--|[=#]|\)[ \t]*\()[ \t]*\d{7}|\d{2,4}[ \t]*${asciiGap}[ \t]*\d{3,4}[ \t]*${asciiGap}[ \t]*\d{4}`;

// What each pattern cannot match without, tested first: each starts with a look-behind, tried at
// every position, and most texts the view reads hold no such sign.
const anyDigit = new RegExp(digit, "u");
const singleSign = new RegExp(`[${dashLike}${dotLike}${barLike}]`);
const gapSign = /[=＝#＃+\\＼.…_]/;
const registrationSign = /[-=＝#＃)]/;
/** A pictograph or an invisible character: neither ASCII nor a Hangul syllable. */
const wideSign = /[^\x00-\x7F\uAC00-\uD7A3]/;

/** Where the view reads a look-alike separator as "-" or "·". */
export function separatorLookalikeReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    if (!anyDigit.test(text)) return out;
    single.lastIndex = 0;
    if (singleSign.test(text))
        for (let m = single.exec(text); m !== null; m = single.exec(text)) {
            // U+FFFD (a byte of invalid UTF-8) inside a group of a value that has its own separators
            // ("010-12\uFFFD34-5678"): no separator, the character pass drops it (invisible.ts).
            if (m[0] === "\uFFFD" && /\d[-./]\d/.test(text.slice(Math.max(0, m.index - 9), m.index + 10))) continue;
            out.push({
                start: m.index,
                end: m.index + 1,
                with: dotLike.includes(m[0]) ? "·" : barLike.includes(m[0]) ? "|" : "-"
            });
        }
    phoneShaped.lastIndex = 0;
    if (gapSign.test(text))
        for (let m = phoneShaped.exec(text); m !== null; m = phoneShaped.exec(text)) {
            const [whole, first, second] = m as unknown as [string, string, string];
            if (first.trim() !== second.trim()) continue;
            const firstAt = m.index + whole.indexOf(first, 2);
            const secondAt = m.index + whole.lastIndexOf(second);
            out.push({ start: firstAt, end: firstAt + first.length, with: "-" });
            out.push({ start: secondAt, end: secondAt + second.length, with: "-" });
        }
    for (const joined of wideSign.test(text) ? [symbolJoined, invisibleJoined] : []) {
        joined.lastIndex = 0;
        for (let m = joined.exec(text); m !== null; m = joined.exec(text)) {
            const gap = m[1];
            const groups = m[0].split(gap);
            // Two groups only as a 6 + 7 number (a resident or foreigner's number): "3 ★ 4" is a rating.
            if (groups.length === 2 && !(groups[0].length === 6 && groups[1].length === 7)) continue;
            if (groups.length > 2 && groups.some((g) => g.length > 6)) continue;
            const separator = separatorFor(groups);
            let at = m.index;
            for (const group of groups.slice(0, -1)) {
                at += group.length;
                out.push({ start: at, end: at + gap.length, with: separator });
                at += gap.length;
            }
        }
    }
    registrationShaped.lastIndex = 0;
    if (registrationSign.test(text))
        for (let m = registrationShaped.exec(text); m !== null; m = registrationShaped.exec(text)) {
            const gap = m[1];
            const at = m.index + m[0].indexOf(gap, 6);
            out.push({ start: at, end: at + gap.length, with: "-" });
        }
    return out;
}
