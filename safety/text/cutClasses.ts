// The character classes the segmenter asks of the characters beside a cut (text/segmenter.ts).
// It asks several of them at each of the ~150,000 word starts of a megabyte, and a regular
// expression per character cost a fifth of its time: each code unit is asked of the classes
// once, on first sight, and the answers are kept as bits (as text/whitespace.ts does for \s).
// A bit is the regular expression's own answer for that one character, so nothing changes.
import { hanjaNumerals } from "./digitForms";
import { invisibleClass } from "./invisible";
import { separatorInitials } from "./spelledSeparators";
import { isWhitespaceCode } from "./whitespace";

/** A digit in any rendering the normaliser reads: ASCII, full-width, Korean digit words, Hanja numerals. */
const digitLikeClass = new RegExp(`[\\uFF10-\\uFF19공영빵일이삼사오육륙칠팔구${hanjaNumerals}]`);
const otherDigit = /[\p{Nd}\p{No}]/u;
/** Characters that may join digit groups ("010-", "02)", "010 –"). */
// Also a dash or a dot drawn with another character (ㅡ, 一, ー, ㆍ, ‧, ∙, =, \, …, a lost byte):
// text/separatorLookalikes.ts reads them as separators; "+" as one after a word naming the value.
const groupJoin = /[-.\/_,·~|•)*>\u2010-\u2015\u2212\uFE63\uFF0D\uFF0E\uFF09ㅡ一ーㆍ‧∙=\\…\uFFFD\u0000⁃→ㅣ丨#+]/;
const groupStart = /[-(+.\/_,·~|•*>\u2010-\u2015\u2212\uFE63\uFF0D\uFF08\uFF0Bㅡ一ーㆍ‧∙=\\…\uFFFD\u0000⁃→ㅣ丨#]/;
const hangul = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const invisible = new RegExp(invisibleClass);
const pictograph = /[\p{So}\p{Sk}\uFE0E\uFE0F\u200D]/u;

export const known = 1;
/** ASCII digits, another script's digits (٠١٠, ०१०, ⁰¹⁰, ❶), either half of a mathematical digit (𝟎𝟏𝟎). */
export const digitLike = 2;
/** Whitespace (\s), or a character the normalised view drops (`010 \u2060ㅡ 3947`). */
export const blank = 4;
/** Whitespace (\s), less U+FEFF (invisible to the normalised view: a key marked with it was cut). */
export const space = 8;
export const hangulLetter = 16;
/** [A-Za-z] */
export const latinLetter = 32;
export const joinsGroups = 64;
export const startsGroup = 128;
/** "@" or "＠" */
export const atSign = 256;
/** The first character of a spelled separator or number word (spelledSeparators.ts: separatorInitials). */
export const separatorInitial = 512;
/**
 * What a word that ends a number may start with: a number word (its initial, a digit of a spoken
 * group), "plus" (maybe quoted), a spelled separator (maybe bracketed), a group join, a pictograph
 * (either half of a surrogate pair), or whitespace that trim() drops (U+FEFF).
 */
export const numberWordStart = 1024;

const classes = new Uint16Array(65536);

function classesOf(code: number): number {
    const c = String.fromCharCode(code);
    let bits = known;
    if (
        (code >= 48 && code <= 57) ||
        (code > 127 &&
            (digitLikeClass.test(c) || otherDigit.test(c) || code === 0xd835 || (code >= 0xdfce && code <= 0xdfff)))
    )
        bits |= digitLike;
    if (isWhitespaceCode(code) || (code > 127 && invisible.test(c))) bits |= blank;
    if (code !== 0xfeff && isWhitespaceCode(code)) bits |= space;
    if (hangul.test(c)) bits |= hangulLetter;
    if (/[A-Za-z]/.test(c)) bits |= latinLetter;
    if (groupJoin.test(c)) bits |= joinsGroups;
    if (groupStart.test(c)) bits |= startsGroup;
    if (c === "@" || c === "＠") bits |= atSign;
    if (separatorInitials.has(c)) bits |= separatorInitial;
    if (
        (bits & (separatorInitial | digitLike | joinsGroups)) !== 0 ||
        "'\"`(pP플".includes(c) ||
        (code > 127 && (pictograph.test(c) || (code >= 0xd800 && code <= 0xdfff))) ||
        isWhitespaceCode(code)
    )
        bits |= numberWordStart;
    return bits;
}

/** The class bits of the code unit at `i`; 0 past either end of the text. */
export function classAt(text: string, i: number): number {
    const code = text.charCodeAt(i);
    if (code !== code) return 0;
    let bits = classes[code];
    if (bits === 0) classes[code] = bits = classesOf(code);
    return bits;
}

export const isSpace = (text: string, i: number) => (classAt(text, i) & space) !== 0;
/** Whitespace, or a character the normalised view drops (`010 \u2060ㅡ 3947`): read past beside a cut. */
export const isBlank = (text: string, i: number) => (classAt(text, i) & blank) !== 0;
export const isDigitLike = (text: string, i: number) => (classAt(text, i) & digitLike) !== 0;
