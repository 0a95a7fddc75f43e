/**
 * The view the PII and secret recognizers read: the text with the renderings a model can be talked
 * into undone, and a map back to the original characters, so a span found in the view redacts
 * exactly the characters that rendered it.
 *
 * Character level (each original character, or escape, becomes zero or more view characters): NFKC
 * (full-width digits and symbols, `＋８２`, `＠`), invisible and format characters dropped
 * (zero-width, word joiner, BOM, soft hyphen, Hangul fillers), dash variants to "-", odd spaces to
 * " ", percent escapes and HTML numeric entities of printable ASCII (and of Hangul) decoded, Korean digit words
 * (공일공 …, 영 for 0) to digits when they form a run of at least seven.
 *
 * Then, between digit groups: " - ", "_", "/", "," (not thousands), newlines, separators spelled as
 * words (다시, 하이픈, dash → "-"; 점, dot → ".") and string concatenation in code (`"010-" +
 * "2345-6789"`) become one canonical separator, and digits spaced one by one are joined; e-mail
 * written with at / [at] / 골뱅이 and dot / [dot] / 점 becomes `local@domain.tld`.
 *
 * Text that needs none of this (most of it) is returned as it is, without a map.
 */
import { percentSyllable } from "./percentSyllable";
import {
    digitValue,
    enclosedDigit,
    hanjaNumeralReplacements,
    hanjaNumerals,
    lettersForDigitsReplacements,
    otherDigit
} from "./digitForms";
import { invisibleClass, replacementInDigits } from "./invisible";
import { gluedMobileReplacements, gluedMobileTrigger } from "./phoneGlue";
import { latinLookalike } from "./latinLookalikes";
import { brokenGroup, labelledFieldGaps, labelledFieldsSource, listOfValues, rowBreak } from "./labelledGroups";
import { labelledGapReplacements, labelledGapTrigger, spreadGroupReplacements } from "./labelledGaps";
import { markupGapReplacements, markupGapTrigger, taggedEmailGaps, taggedEmailTrigger } from "./markupGaps";
import { numberWord, numberWordLast, separatorOf, spelledSeparator } from "./spelledSeparators";
import { spelledEmailReplacements } from "./spelledEmail";
import { digitWordReplacements, placeValueTrigger, spelledGap } from "./digitWordRuns";
import { spacedCharacterGaps, spacedCharactersTrigger } from "./spacedCharacters";
import { stringJoinReplacements, stringJoinTrigger, tokenConcatenationSource } from "./stringJoins";
import { lineContinuationGaps, lineContinuationSource, splitTokenGaps, splitTokenTrigger } from "./splitTokens";
import { valueGapReplacements, valueGapTrigger } from "./valueGaps";
import { Recent } from "./recent";
import { spokenGroupJoints } from "./spokenGroups";
import { AlternationGate } from "./alternationGate";
import { outsideIds } from "./ids";
import { namedEntityReplacements, namedEntityTrigger } from "./namedEntities";
import { separatorLookalikeReplacements, separatorLookalikeTrigger } from "./separatorLookalikes";
import { replace, ViewBuilder, type Replacement } from "./viewBuilder";

export interface NormalizedText {
    /** The view. */
    text: string;
    /** Original [start, end) of view character i; undefined when the view is the original. */
    starts?: Int32Array;
    ends?: Int32Array;
    /** Some of the view is the original read backwards (a right-to-left override). */
    reversed?: boolean;
    /** Original ranges between a value's spread groups, left on screen when the value is redacted. */
    kept?: Array<[number, number]>;
}

/** The original span of view span [start, end). */
export function originalSpan(view: NormalizedText, start: number, end: number): [number, number] {
    if (view.starts === undefined || view.ends === undefined) return [start, end];
    if (end <= start) return [view.starts[start] ?? 0, view.starts[start] ?? 0];
    let from = view.starts[start];
    let to = view.ends[end - 1];
    // A run read in reverse (after a right-to-left override) maps back out of order.
    if (view.reversed === true)
        for (let i = start; i < end; i++) {
            from = Math.min(from, view.starts[i]);
            to = Math.max(to, view.ends[i]);
        }
    return [from, to];
}

const invisible = new RegExp(invisibleClass);
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
/** Anything the character pass might change. */
const characterTrigger = String.raw`[^\u0000-\u007F\uAC00-\uD7A3\u3131-\u318E\u4E00-\u9FFF]|%[0-9A-Fa-f]{2}|=40[A-Za-z0-9]|&#|\\[uxU]\{?[0-9A-Fa-f]{2}|0082|00[1-9]\d{0,3}[ -]?82[ -]?[1-6]|(?<![\d+])82[ -]1|\d{6}\.\d{7}|[공영빵일이삼사오육륙칠팔구]{2}|\d[공영빵일이삼사오육륙칠팔구]\d|\d[ \t]*[-_/,\n][ \t]*\d|\d \d \d|\d[ \t]+-|\d\t|[[(][.@][\])]|at\]|\(at\)| at | @|@ |@\n|골뱅이|앳|\d[-._/]?["'\x60]\s*(?:\+|\.\.?|\|\||,)?\s*["'\x60]|\\[0-7]{3}|\+82\)?[ -]?0|\d[ \t]*[~|·•][ \t]*\d|\d[-._/][ \t]*\n|\d[ \t]*\n[ \t]*[-*][ \t]*\d|\d\\?[ \t]*\n[ \t]*(?:[*>#]|\/\/|--)[ \t]*\d|[0-9][-.]?[OolI]|[OolI][-.]?[0-9]|\{at\}|골뱅|엣|에이티|@[\w-]+\s+\.|@[\w-]+\s*(?:dot|점|닷|쩜)\s|@[\w-]+\s*(?:점|닷|쩜)\s*(?:컴|콤|넷|케이알|오알지)|\+\s*["'\x60]@|[${hanjaNumerals}]{3}`;
/** A digit, then a separator spelled as a word ("010 다시 2345", "8 dot 8"). */
const spelledTrigger = `\\d[ \\t]*(?:${spelledSeparator})[ \\t]*[\\d공영빵일이삼사오육륙칠팔구]|(?:${numberWordLast})[ \\t,.-]+(?:${numberWord})`;
/** Spaces that matter between digits: two or more, a 6 + 7 number's one, a spaced dot (an IPv4 address). */
const spacedTrigger = String.raw`\d[ \t]{2,}\d|\d{6}[ \t]\d{7}|\d[ \t]+\.[ \t]*\d|\d[ \t]*\.[ \t]+\d`;
/** Sino-Korean digits spaced one by one ("공 일 공 오 육 …", commas or dots between groups: "공 일 공, 삼 사 …"; atk88), nine in a row. */
export const spacedSinoTrigger = String.raw`(?:[공영빵일이삼사오육륙칠팔구](?:[ \t]*[,.][ \t]*|[ \t]+)){8}[공영빵일이삼사오육륙칠팔구]`;
/**
 * Anything normalize might change: the fast path tests this once, running only the alternatives
 * whose kind of character (a digit, a quote, "@" …) the text holds (alternationGate.ts).
 */
const trigger = new AlternationGate(
    new RegExp(
        `${characterTrigger}|${placeValueTrigger}|${namedEntityTrigger}|${stringJoinTrigger}|${separatorLookalikeTrigger}|${gluedMobileTrigger}|${spacedSinoTrigger}|${spelledTrigger}|${tokenConcatenationSource}|${markupGapTrigger}|${taggedEmailTrigger}|${labelledFieldsSource}|${labelledGapTrigger}|${valueGapTrigger}|${spacedTrigger}|${spacedCharactersTrigger}|${lineContinuationSource}`,
        "i"
    ),
    ["@", "&%\\", "골앳엣티", `공영빵일이삼사오육륙칠팔구천백십${hanjaNumerals}`, "0123456789", "[](){}", "\"'`", "\n"]
);

const spelledPlus = /(?<![A-Za-z가-힣])(?:plus|플러스)[ \t]*(?=(?:eight|팔|8)[ \t,;-]*(?:two|이|2)(?![A-Za-z]))/gi;
const escapes =
    /%(?:25(?=40|2[Ee]))?([0-9A-Fa-f]{2})|&#(\d{1,7});|&#[xX]([0-9A-Fa-f]{1,6});|(?<![\dA-Za-z+])(?<!\d[- .])00(82)(?=[ -]?\d)(?![\d-]{0,20}[A-Fa-f])|\\(?:u\{?|U0000)([0-9A-Fa-f]{4}|(?<=\{)[0-9A-Fa-f]{1,6}(?=\}))\}?|\\x([0-9A-Fa-f]{2})|(?<=\d)(?:\[\.\]|\(\.\))(?=\d)|\\([0-7]{3})|(?<=\+82\)?[ -]?)(0)(?=[ -]?1[016789]|[ -]?[2-6]\d)|\((\+82)\)|(?<![\dA-Za-z+])(?!\d{6}[- ]?\d{7}(?!\d))(00[1-9](?:\d\d)?[ -]?82)(?=[ -]?1[016789]|[ -]?[2-6]\d)/g;

const quotedPrintableAt = /(?<=[A-Za-z0-9._%+-])=40(?=[A-Za-z0-9-]+\.[A-Za-z])/g;
/** 。 and ｡: the dot of an address written with CJK punctuation. */
const ideographicStop = /[\u3002\uFF61]/;
const nfkcCache = new Map<string, string>();
function nfkc(c: string): string {
    let out = nfkcCache.get(c);
    if (out === undefined) {
        out = dashes.test(c) ? "-" : ideographicStop.test(c) ? "." : (latinLookalike(c) ?? c.normalize("NFKC"));
        if (/^\s$/.test(out)) out = " ";
        // Decimal digits of other scripts (Arabic-Indic ٠١٠, Devanagari ०१०, …) read as 0-9.
        else if (out === c && otherDigit.test(c)) out = String(digitValue(c));
        // A digit drawn in a bracket or with a full stop (⑴, ⒈): the digit.
        else if (out !== c && /^(?:\(\d+\)|\d+\.)$/.test(out)) out = out.replace(/\D/g, "");
        else if (out === c || /^\d,$/.test(out)) out = enclosedDigit(c.codePointAt(0) ?? 0) ?? c;
        nfkcCache.set(c, out);
    }
    return out;
}

/**
 * Whether the character pass keeps `char` (a code unit outside ASCII and Hangul
 * syllables, or a surrogate pair) as it is: not invisible, and NFKC, dash and space
 * folding leave it alone.
 */
export function keptByNormalize(char: string): boolean {
    return !invisible.test(char) && nfkc(char) === char;
}

function characterReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    escapes.lastIndex = 0;
    let letterUntil = -1;
    for (let m = escapes.exec(text); m !== null; m = escapes.exec(text)) {
        const [, percent, decimal, hex, prefix, unicode, byte, octal, trunk, bracketed, carrier] =
            m as unknown as Array<string | undefined>;
        if (bracketed !== undefined) {
            // (+82) 10-…: the country code in brackets.
            out.push({ start: m.index, end: m.index + m[0].length, with: "+82" });
            continue;
        }
        if (trunk !== undefined) {
            // +82 010-…: the trunk 0 written after the country code, as people do; not dialled.
            out.push({ start: m.index, end: m.index + 1, with: "" });
            continue;
        }
        if (carrier !== undefined) {
            // 00300 82 10-…, 00782-10-…: a carrier's international prefix (3 or 5 digits) dialled from Korea,
            // then +82; not the front of a 6 + 7 registration number ("001001-8220005", "0010182234567").
            out.push({ start: m.index, end: m.index + carrier.length, with: "+82" });
            continue;
        }
        if (prefix !== undefined) {
            // 0082-10-…: the international prefix dialled from Korea, written as +82.
            out.push({ start: m.index, end: m.index + 4, with: "+82" });
            continue;
        }
        if (m[0].startsWith("[") || m[0].startsWith("(")) {
            // 8[.]8[.]4[.]4: a "defanged" address, as security write-ups print them.
            out.push({ start: m.index, end: m.index + m[0].length, with: "." });
            continue;
        }
        // A Hangul syllable percent-encoded as UTF-8 (%EC%9D%B4 is 이: an address's Korean part).
        const syllable = percent === undefined ? "" : percentSyllable(text, m.index);
        if (syllable !== "") {
            out.push({ start: m.index, end: m.index + 9, with: syllable });
            escapes.lastIndex = m.index + 9;
            continue;
        }
        // Escapes as code writes them: %40, &#64;, &#x40;, \u0040, \u{40}, \x40, \100.
        const code =
            percent !== undefined
                ? parseInt(percent, 16)
                : decimal !== undefined
                  ? Number(decimal)
                  : octal !== undefined
                    ? parseInt(octal, 8)
                    : parseInt(hex ?? unicode ?? byte ?? "", 16);
        // 4333\6879\6214\1143: after a digit, a "\" and three digits that read as a letter are a gap.
        const letterAfterDigit =
            octal !== undefined &&
            /[A-Za-z]/.test(String.fromCharCode(code)) &&
            /\d/.test(text[m.index - 1] ?? "") &&
            // (Not the last digit of an escape read just before: "\152\165" is "ju", "\056\152" ".j".)
            letterUntil !== m.index;
        // ASCII, or a Hangul syllable (&#xD68C;, \ud68c: a Korean domain's letters).
        const hangul =
            code >= 0xac00 && code <= 0xd7a3 && percent === undefined && byte === undefined && octal === undefined;
        if (((code >= 0x20 && code < 0x7f) || hangul) && !letterAfterDigit) {
            out.push({ start: m.index, end: m.index + m[0].length, with: String.fromCharCode(code) });
            if (octal !== undefined) letterUntil = m.index + m[0].length;
        }
    }
    // janghaneul.dev=40naver.com: an address in a mail's quoted-printable source ("=40" is "@").
    quotedPrintableAt.lastIndex = 0;
    for (let m = quotedPrintableAt.exec(text); m !== null; m = quotedPrintableAt.exec(text))
        out.push({ start: m.index, end: m.index + 3, with: "@" });
    // 010<span>-</span>1234, <td>010</td><td>1234</td>, ${"010"}-${"1234"}: the markup between groups.
    out.push(...markupGapReplacements(text), ...taggedEmailGaps(text));
    // 010ㅡ3947ㅡ5821, 900101ー1234568, 010=3947=5821: a dash or a dot drawn with another character.
    out.push(...separatorLookalikeReplacements(text));
    // O1O-3947-5821, 92O417-l538261: O / o for 0 and l / I for 1 inside a value's digit groups; &minus;
    // and other named entities of signs; 五九〇九二一-二九一五一八五, 零壹零…: Hanja numerals in a long run.
    for (const r of [...lettersForDigitsReplacements(text), ...namedEntityReplacements(text)]) out.push(r);
    for (const r of hanjaNumeralReplacements(text)) out.push(r);
    // s k - p r o j - 4 f …: a token written one character at a time; "plus eight two …", "플러스 팔이 …": "+".
    for (const gap of spacedCharacterGaps(text)) out.push(gap);
    spelledPlus.lastIndex = 0;
    for (let m = spelledPlus.exec(text); m !== null; m = spelledPlus.exec(text))
        out.push({ start: m.index, end: m.index + m[0].length, with: "+" });
    out.push(...digitWordReplacements(text));
    return out.sort((a, b) => a.start - b.start);
}

function characterPass(text: string): { text: string; starts: Int32Array; ends: Int32Array; reversed: boolean } {
    const replacements = outsideIds(text, characterReplacements(text));
    const view = new ViewBuilder();
    let r = 0;
    let reversed = false;
    // Characters kept as they are (ASCII, Hangul) go out as one run from `run`, not one by one.
    let run = 0;
    for (let i = 0; i < text.length;) {
        // U+202E: the run after it is displayed right to left, so it is read so ("\u202e8765-4321-010"
        // shows 010-1234-5678), up to the end of the override, of the isolate, or of the line.
        if (text.charCodeAt(i) === 0x202e) {
            view.copy(text, run, i);
            let end = i + 1;
            while (end < text.length && !/[\u202c\u2069\n]/.test(text[end])) end++;
            for (let k = end - 1; k > i; k--) if (!invisible.test(text[k])) view.emit(nfkc(text[k]), k, k + 1);
            reversed = true;
            i = run = end;
            continue;
        }
        while (r < replacements.length && replacements[r].start < i) r++;
        const replacement = replacements[r] as Replacement | undefined;
        if (replacement?.start === i) {
            view.copy(text, run, i);
            view.emit(replacement.with, i, replacement.end);
            i = run = replacement.end;
            continue;
        }
        const code = text.charCodeAt(i);
        if (code < 0x80 || (code >= 0xac00 && code <= 0xd7a3)) {
            i++;
            continue;
        }
        view.copy(text, run, i);
        const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
        const c = text.slice(i, i + width);
        if (!invisible.test(c) && !replacementInDigits(text, i)) view.emit(nfkc(c), i, i + width);
        i = run = i + width;
    }
    view.copy(text, run, text.length);
    return { ...view.result(), reversed };
}

/** String concatenation between parts of a number: `"010-" + "2345"`, `'010' '2345'`, `"010" . "-" . "2345"`, `||`, `"010", "2345"`. */
const concatenation = String.raw`(?:[ \t]*[-._/]?["'\x60]\s*(?:\+|\.\.?|\|\||,)?\s*["'\x60])+[-._/]?[ \t]*`;
// Each group of digits is taken whole ((?=(\d+))\1 cannot backtrack): read once, not per position (1 MB lines).
const digitRun = new RegExp(
    String.raw`(?<!\d)(?=(\d+))\1(?:(?:${concatenation}|${spelledGap}|[ \t]*[-._/,~|·•][ \t]*\n?[ \t]*|[ \t]*\\?\n[ \t]*(?:[-._/]|[*>#]|\/\/|--)?[ \t]*|[ \t]+)(?=(\d+))\2)+`,
    "gi"
);
const countryCode =
    /(?<![\w+]|\d[ \-:*.]{1,3})82(?=[ -]1[016789][ -]?\d{3,4}[ -]?\d{4}(?!\d)|1[016789]-\d{3,4}-\d{4}(?!\d))/g;
function groupReplacements(text: string, splitTokens: boolean): Replacement[] {
    const out: Replacement[] = [];
    // A token broken by a space or a line break is read joined (first: it wins over a digit gap).
    if (splitTokens) for (const [start, end] of splitTokenGaps(text)) out.push({ start, end, with: "" });
    // `…KEY=wJalrXUtn\⏎  FEMI…`: a shell line continuation inside a word.
    for (const [start, end] of lineContinuationGaps(text)) out.push({ start, end, with: "" });
    // 주민등록번호: 080616+4558241, 카드번호 5319#5293#…: a word names the value, one odd gap joins it
    // (first: where a field's label is also read, the word says which value it is).
    for (const gap of [labelledGapReplacements(text), spreadGroupReplacements(text)].flat()) out.push(gap);
    // front: 920417⏎back: 1538261: labelled fields that together have a value's shape.
    out.push(...labelledFieldGaps(text));
    // 850714:1234567, tel010-1234-5678: a colon between a value's groups, a label glued before it.
    for (const gap of valueGapReplacements(text)) out.push(gap);
    // 82-10-…, ８２１０－…: the country code of a mobile number without its "+" (read on the folded
    // text, so full-width digits count; not after another group: a card's 8210 group is no +82).
    // 010 다음 2283 다음 1439, 010에 2283에 1439번: words between a mobile number's groups.
    for (const gap of gluedMobileReplacements(text)) out.push(gap);
    countryCode.lastIndex = 0;
    for (let m = countryCode.exec(text); m !== null; m = countryCode.exec(text))
        out.push({ start: m.index, end: m.index + 2, with: "+82" });
    digitRun.lastIndex = 0;
    for (let m = digitRun.exec(text); m !== null; m = digitRun.exec(text)) {
        const groups = m[0].split(/[^\d]+/);
        // Digits spaced one by one (most groups of one digit: "공일공 다섯 하나 넷 …" reads "010 5 1 4 …").
        const singles = groups.filter((g) => g.length === 1).length;
        const spacedDigits = singles >= 6 && singles * 3 >= groups.length * 2;
        const thousands = groups.slice(1).every((g) => g.length === 3);
        const separator = /[^\d]+/g;
        // Separators with a quote: the joints of concatenated strings (or of a list's items).
        const quoted = (m[0].match(/[^\d]+/g) ?? []).map((v) => /["'\x60]/.test(v));
        // Facts about the whole run, read once (per separator they made a long run quadratic).
        // (Nine digits or more are a whole value: "01012345678,31" is a CSV row's phone and age.)
        const onlyCommas = /^[\d\s,]*$/.test(m[0]) && groups.every((g) => g.length >= 2 && g.length <= 8);
        const signs = new Map<string, boolean>();
        const onlySign = (sign: string) => {
            let only = signs.get(sign);
            if (only === undefined) {
                only = m[0].split(sign).length > 2 && new RegExp(`^[\\d \\t${sign}]*$`).test(m[0]);
                signs.set(sign, only);
            }
            return only;
        };
        // Digits said one by one, a group's joined by one separator and the groups parted by another.
        const joints = spacedDigits ? spokenGroupJoints(groups, m[0].match(/[^\d]+/g) ?? []) : undefined;
        let index = 0;
        for (let s = separator.exec(m[0]); s !== null && joints === undefined; s = separator.exec(m[0]), index++) {
            // A line break with a comment's or a quote's mark after it (" * ", "> ", "// ", "# ", "\\⏎"): the mark goes.
            const value = /\n/.test(s[0]) ? s[0].replace(/\\(?=\r?\n)|(?<=\n[ \t]*)(?:[*>#]|\/\/|--)/g, "") : s[0];
            const at = m.index + s.index;
            let canonical: string | undefined;
            const quote = value.search(/["'\x60]/);
            const spelled = separatorOf(value.trim());
            if (/^[ \t]*\.[ \t]*$/.test(value) && groups.length === 4 && groups.every((g) => g.length <= 3))
                // 211 . 234 . 10 . 5: an IPv4 address with its dots spaced.
                canonical = ".";
            else if (
                quote >= 0 &&
                (listOfValues(groups, quoted, index, value.includes(",")) || rowBreak(text, at, s[0]))
            )
                canonical = undefined;
            else if (quote >= 0) {
                // Concatenated parts: the separator written inside the strings, or none.
                // A "." between the strings is PHP's or Lua's operator; outside them, the number's.
                const outside = value.slice(0, quote) + value.slice(value.search(/["'\x60][^"'\x60]*$/) + 1);
                canonical = /[-_/]/.test(value) ? "-" : outside.includes(".") ? "." : "";
            } else if (spelled !== undefined)
                // "880627 dot 1234567": an RRN's two parts, whatever joins them.
                canonical = spelled === "." && groups.length === 2 && groups[0].length === 6 ? "-" : spelled;
            else if (spacedDigits && /^ $/.test(value)) canonical = "";
            else if (spacedDigits && /^, ?$/.test(value) && / \d /.test(m[0])) canonical = "-";
            else if (/^[ \t]*[~|·•][ \t]*$/.test(value)) {
                // 010~2345~6789, 010|2345|6789: one of these, twice, no other separator (not ":": times, IPv6).
                const sign = value.trim();
                if (onlySign(sign)) canonical = "-";
                // | 920417 | 1538261 |: two table cells of a 6 + 7 number, read spaced (the check digit decides).
                else if (groups.length === 2 && groups[0].length === 6 && groups[1].length === 7) canonical = " ";
            } else if (/\n/.test(value) && !/[-._/]/.test(value))
                // A line break inside a group ("010-39⏎47-5821") is read joined when that gives a value's shape.
                canonical = brokenGroup(groups, index) ? "" : " ";
            else if (/-/.test(value) && value.length > 1) canonical = "-";
            else if (/^\s*[_/.]\s*$/.test(value) && /\n/.test(value)) canonical = "-";
            else if (/^[ \t]*[_/][ \t]*$/.test(value)) canonical = "-";
            // Not a list of numbers ("[0, 10, 1234, 5678]"): a value's groups have two digits or more.
            // Only commas between the groups: "010-1234-5678, 010-2345-6789" is a list of two values.
            else if (/^[ \t]*,[ \t]*$/.test(value) && !thousands && onlyCommas) canonical = "-";
            else if (value === "." && groups.length === 2 && groups[0].length === 6 && groups[1].length === 7)
                canonical = "-";
            // A 6 + 7 number spaced on one line is written as one value, as with a hyphen.
            else if (/^[ \t]+$/.test(value))
                canonical = groups.length === 2 && groups[0].length === 6 && groups[1].length === 7 ? "-" : " ";
            if (canonical !== undefined && canonical !== s[0])
                out.push({ start: at, end: at + s[0].length, with: canonical });
        }
        for (let k = 0, at = m.index; joints !== undefined && k < joints.length; k++) {
            at += groups[k].length;
            const gap = /^[^\d]+/.exec(m[0].slice(at - m.index))?.[0] ?? "";
            out.push({ start: at, end: at + gap.length, with: joints[k] });
            at += gap.length;
        }
        // "8 2 1 0 3 7 …": a Korean number's country code spaced out with the rest, "+" left off.
        if (spacedDigits && /^82(?:1[016789]\d{7,8}|[2-6]\d{7,9})$/.test(groups.join("")) && text[m.index - 1] !== "+")
            out.push({ start: m.index, end: m.index + 1, with: "+8" });
    }
    // A token split into concatenated strings, or a list of its parts joined with nothing, is read joined.
    for (const gap of [stringJoinReplacements(text), spelledEmailReplacements(text)].flat()) out.push(gap);
    // Each kept only past the end of the last one kept (a run read backwards holds the gaps inside it).
    let kept = 0;
    return out.sort((a, b) => a.start - b.start).filter((r) => r.start >= kept && (kept = r.end) >= 0);
}

const recentViews = new Recent<NormalizedText>(32);
/**
 * The view of `original`. `splitTokens`: whether it may hold a token broken by whitespace (text/
 * splitTokens.ts); a caller that knows where a token can start (the segment of a window) says so,
 * to spare testing the whole window; by default the text is tested. A window that repeats is read once.
 */
export function normalize(original: string, splitTokens = splitTokenTrigger.test(original)): NormalizedText {
    if (!splitTokens && !trigger.test(original)) return { text: original };
    return recentViews.get(`${splitTokens ? "t" : "f"}${original}`, () => view(original, splitTokens));
}

function view(original: string, splitTokens: boolean): NormalizedText {
    const first = characterPass(original);
    const replacements = outsideIds(first.text, groupReplacements(first.text, splitTokens));
    if (first.text === original && replacements.length === 0) return { text: original };
    const second = replace(first.text, replacements);
    const starts = new Int32Array(second.text.length);
    const ends = new Int32Array(second.text.length);
    for (let i = 0; i < second.text.length; i++) {
        starts[i] = first.starts[second.starts[i]];
        ends[i] = first.ends[second.ends[i] - 1];
    }
    const kept = second.kept.map(([s, e]): [number, number] => [first.starts[s], first.ends[e - 1]]);
    return { text: second.text, starts, ends, reversed: first.reversed, kept };
}
