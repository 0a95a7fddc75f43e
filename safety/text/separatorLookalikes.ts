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
 *   shape, both gaps the same (`010=3947=5821`): `x1 = 2` and `0..10` stay as they are.
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
    String.raw`(?<![\p{Nd}=＝#＃+\\＼.])\p{Nd}{2,4}([ \t]*${asciiGap}[ \t]*)\p{Nd}{3,4}([ \t]*${asciiGap}[ \t]*)\p{Nd}{4}(?![\p{Nd}=＝#＃+\\＼]|\.\p{Nd})`,
    "gu"
);

/** The same signs, and a doubled hyphen, between a 6 + 7 number's parts (its date and check digit decide). */
const registrationShaped = new RegExp(
    String.raw`(?<![\p{Nd}=＝#＃+\\＼-])\p{Nd}{6}([ \t]*(?:--|[=＝#＃])[ \t]*)\p{Nd}{7}(?![\p{Nd}=＝#＃+\\＼-])`,
    "gu"
);

/** What normalize must read in full for these (a regex source for its trigger). */
export const separatorLookalikeTrigger = String.raw`\d[ \t]?[${dashLike}${dotLike}${barLike}][ \t]?\d|\d{6}[ \t]*(?:--|[=#])[ \t]*\d{7}|\d{2,4}[ \t]*${asciiGap}[ \t]*\d{3,4}[ \t]*${asciiGap}[ \t]*\d{4}`;

/** Where the view reads a look-alike separator as "-" or "·". */
export function separatorLookalikeReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    single.lastIndex = 0;
    for (let m = single.exec(text); m !== null; m = single.exec(text))
        out.push({
            start: m.index,
            end: m.index + 1,
            with: dotLike.includes(m[0]) ? "·" : barLike.includes(m[0]) ? "|" : "-"
        });
    phoneShaped.lastIndex = 0;
    for (let m = phoneShaped.exec(text); m !== null; m = phoneShaped.exec(text)) {
        const [whole, first, second] = m as unknown as [string, string, string];
        if (first.trim() !== second.trim()) continue;
        const firstAt = m.index + whole.indexOf(first, 2);
        const secondAt = m.index + whole.lastIndexOf(second);
        out.push({ start: firstAt, end: firstAt + first.length, with: "-" });
        out.push({ start: secondAt, end: secondAt + second.length, with: "-" });
    }
    registrationShaped.lastIndex = 0;
    for (let m = registrationShaped.exec(text); m !== null; m = registrationShaped.exec(text)) {
        const gap = m[1];
        const at = m.index + m[0].indexOf(gap, 6);
        out.push({ start: at, end: at + gap.length, with: "-" });
    }
    return out;
}
