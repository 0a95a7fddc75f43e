/**
 * Digits written in other forms, for the normalised view (text/normalize.ts): decimal digits of
 * other scripts, digits in circles that NFKC leaves alone, Hanja numerals, and O / l drawn for
 * 0 / 1 inside a value's groups. Each was found leaking from outside.
 */

interface Replacement {
    start: number;
    end: number;
    with: string;
}

/** Hanja numerals, common and formal (〇一二三, 零壹貳參), and the groups of a value written in them. */
const hanjaDigits: Record<string, string | undefined> = Object.fromEntries(
    ["〇零", "一壹", "二貳贰", "三參叁", "四肆", "五伍", "六陸陆", "七柒", "八捌", "九玖"].flatMap((chars, value) =>
        Array.from(chars).map((c) => [c, String(value)])
    )
);
/** The Hanja numerals, as one string (normalize's trigger, the segmenter and the PII gate read them too). */
export const hanjaNumerals = Object.keys(hanjaDigits).join("");
const hanjaNumeral = `[${hanjaNumerals}]`;
const hanjaRun = new RegExp(
    `${hanjaNumeral}{2,}(?:[ \\t]*[-‐–.·:ㅡー][ \\t]*${hanjaNumeral}{2,}|[ \\t]${hanjaNumeral}{2,})*`,
    "g"
);

/** A phone number's or an RRN's groups with O / o / l / I among the digits. */
const lettersForDigits =
    /(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])(?:[0-9OolI０-９ＯｏｌＩОоΟοІіӀǀЗзЧчб]{2,4}([-. ])[0-9OolI０-９ＯｏｌＩОоΟοІіӀǀЗзЧчб]{3,4}\1[0-9OolI０-９ＯｏｌＩОоΟοІіӀǀЗзЧчб]{4}|[0-9OolI０-９ＯｏｌＩОоΟοІіӀǀЗзЧчб]{6}[-. ][0-9OolI０-９ＯｏｌＩОоΟοІіӀǀЗзЧчб]{7})(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])/g;
// Cyrillic and Greek look-alikes too (ОIО-24О8-632I, О1О-6ЧЗб-1Ч92).
const zeroLetters = "OoＯｏОоΟο";
const oneLetters = "lIｌＩІіӀǀ";
/** Cyrillic letters drawn like other digits (З 3, Ч 4, б 6): no Latin word holds them. */
const otherLetters: Partial<Record<string, string>> = { З: "3", з: "3", Ч: "4", ч: "4", б: "6" };

export const otherDigit = /^\p{Nd}$/u;
/** The value of a decimal digit outside ASCII: digits come in runs of ten, 0 first. */
export function digitValue(c: string): number {
    const code = c.codePointAt(0) ?? 0;
    let zero = code;
    while (zero > 0 && otherDigit.test(String.fromCodePoint(zero - 1))) zero--;
    return (code - zero) % 10;
}

/** Digits in circles NFKC leaves as they are (❶ ➀ ➊ ⓵ ⓫ ⓿ 🄋): [first code point, last, first value]. */
const enclosedDigits: ReadonlyArray<readonly [number, number, number]> = [
    [0x24eb, 0x24f4, 11],
    [0x24f5, 0x24fe, 1],
    [0x24ff, 0x24ff, 0],
    [0x2776, 0x277f, 1],
    [0x2780, 0x2789, 1],
    [0x278a, 0x2793, 1],
    // 🄋 🄌 (circled sans-serif zeros), 🄁-🄊 (a digit and a comma).
    [0x1f10b, 0x1f10c, 0],
    [0x1f101, 0x1f10a, 0]
];
export function enclosedDigit(code: number): string | undefined {
    for (const [first, last, value] of enclosedDigits)
        if (code >= first && code <= last) return String(value + code - first);
    return undefined;
}
/** O / o for 0 and l / I for 1 inside a phone number's or an RRN's groups (O1O-3947-5821, 92O417-l538261). */
export function lettersForDigitsReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    lettersForDigits.lastIndex = 0;
    for (let m = lettersForDigits.exec(text); m !== null; m = lettersForDigits.exec(text)) {
        const letters = m[0].replace(/[^OolIＯｏｌＩОоΟοІіӀǀЗзЧчб]/g, "").length;
        const digits = m[0].replace(/[^0-9０-９]/g, "").length;
        // Some real digits among them ("OlO-8l23-7l4l" has five); letters alone are a word.
        if (letters === 0 || digits < 3) continue;
        for (let k = 0; k < m[0].length; k++) {
            const c = m[0][k];
            const digit = zeroLetters.includes(c) ? "0" : oneLetters.includes(c) ? "1" : otherLetters[c];
            if (digit !== undefined) out.push({ start: m.index + k, end: m.index + k + 1, with: digit });
        }
    }
    return out;
}

/** 五九〇九二一-二九一五一八五, 零壹零-…: Hanja numerals, in a run long enough to be a value. */
export function hanjaNumeralReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    hanjaRun.lastIndex = 0;
    for (let m = hanjaRun.exec(text); m !== null; m = hanjaRun.exec(text)) {
        let numerals = 0;
        for (const c of m[0]) if (hanjaDigits[c] !== undefined) numerals++;
        if (numerals < 9) continue;
        for (let k = 0; k < m[0].length; k++) {
            const digit = hanjaDigits[m[0][k]] ?? (m[0][k] === "ㅡ" || m[0][k] === "ー" ? "-" : undefined);
            if (digit !== undefined) out.push({ start: m.index + k, end: m.index + k + 1, with: digit });
        }
    }
    return out;
}
