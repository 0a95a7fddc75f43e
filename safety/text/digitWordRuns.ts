// Digits said as words in a run ("공일공 삼칠오공 일구일육", "zero one zero …", "공일공에 팔칠육오에 …"): each
// word read as its digit, a spoken particle or ";" between groups as "-" (normalize.ts applies them).
import { numberWord, numberWordValue, spelledSeparator, spokenParticle } from "./spelledSeparators";

interface Replacement {
    start: number;
    end: number;
    with: string;
}

/** Sino-Korean digit syllables (빵, "bread", is said for 0 too) and their digits. */
export const digitWords: Record<string, string> = Object.fromEntries(
    Array.from("공영빵일이삼사오육륙칠팔구", (c, i) => [c, "0001234566789"[i]])
);
/** A separator spelled as a word, with the spaces around it. */
export const spelledGap = String.raw`[ \t]*(?:${spelledSeparator})[ \t]*`;
/** A digit as a word or a character: number words (one, 다섯), Sino-Korean syllables (공일공), digits. */
const digitToken = String.raw`(?:${numberWord}|[공영빵일이삼사오육륙칠팔구0-9\uFF10-\uFF19])`;
/** A particle after a spoken group of digits ("공일공에 팔칠육오에 사삼이일"): read as "-". */
const particle = new RegExp(`^(?:${spokenParticle})$`);
const digitWordRun = new RegExp(
    String.raw`${digitToken}(?:(?:${spelledGap}|(?:${spokenParticle})[ ,.\-]{0,3}|[ ,;\-./]{0,3})${digitToken}){6,}`,
    "gi"
);
/** In a digit-word run: a spelled separator (its letters are not digits: 하이픈 holds 이), a number word, or one character. */
const runPart = new RegExp(String.raw`${spelledGap}|${numberWord}|${spokenParticle}|[^]`, "gi");

/** The replacements that read the digit-word runs of `text` as digits. */
export function digitWordReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    digitWordRun.lastIndex = 0;
    for (let m = digitWordRun.exec(text); m !== null; m = digitWordRun.exec(text)) {
        const digits: Replacement[] = [];
        runPart.lastIndex = 0;
        for (let p = runPart.exec(m[0]); p !== null; p = runPart.exec(m[0])) {
            // Digit words read as digits; a particle or ";" between spoken groups as "-" ("plus eight two; one zero").
            const digit =
                particle.test(p[0]) || p[0] === ";"
                    ? "-"
                    : ((digitWords[p[0]] as string | undefined) ?? numberWordValue(p[0]));
            if (digit !== undefined)
                digits.push({ start: m.index + p.index, end: m.index + p.index + p[0].length, with: digit });
        }
        // "…일구일육이에요", "…1542이에요": a last 이 before a copula's ending is the copula, not a 2.
        const last = digits[digits.length - 1] as Replacement | undefined;
        if (
            last !== undefined &&
            text.slice(last.start, last.end) === "이" &&
            last.end === m.index + m[0].length &&
            /^(?:에요|에여|었|였|라서|라고|고|다|야|네|지|죠|면|며|니|냐|거든)/.test(text.slice(last.end, last.end + 3))
        )
            digits.pop();
        // Three words, or a group of two among a value's digits ("538106-일팔-898456", not "6789이고"); one by one.
        // A syllable that ends a name or a word before the run ("송가영;160605-…": 영 of a name) is no digit.
        if (
            /[가-힣]/.test(text[m.index - 1] ?? "") &&
            !(text[m.index - 1] in digitWords) &&
            digits[0]?.start === m.index
        ) {
            digits.shift();
            while (digits.length > 0 && digits[0].with === "-") digits.shift();
        }
        const mixed =
            digits.length === 2 &&
            digits.length + (m[0].match(/\d/g)?.length ?? 0) >= 9 &&
            !/\d[공영빵일이삼사오육륙칠팔구]|[공영빵일이삼사오육륙칠팔구](?:\d|$)/.test(m[0]);
        if (digits.length >= 3 || mixed) for (const digit of digits) out.push(digit);
    }
    return out;
}
