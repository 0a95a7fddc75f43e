// Digits said as words in a run ("공일공 삼칠오공 일구일육", "zero one zero …", "공일공에 팔칠육오에 …"): each
// word read as its digit, a spoken particle or ";" between groups as "-" (normalize.ts applies them).
import { numberWord, numberWordValue, spelledSeparator, spokenParticle } from "./spelledSeparators";
import type { Replacement } from "./viewBuilder";

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
    String.raw`${digitToken}(?:(?:${spelledGap}|[ ]?(?:${spokenParticle})[ ,.\-]{0,3}|[ ,;\-./]{0,3})${digitToken}){6,}`,
    "gi"
);
/** In a digit-word run: a spelled separator (its letters are not digits: 하이픈 holds 이), a number word, or one character. */
const runPart = new RegExp(String.raw`${spelledGap}|${numberWord}|${spokenParticle}|[^]`, "gi");

/** The replacements that read the digit-word runs of `text` as digits. */
export function digitWordReplacements(text: string): Replacement[] {
    const out: Replacement[] = placeValueReplacements(text);
    const placed = out.length > 0 ? [out[0].start, out[out.length - 1].end] : undefined;
    digitWordRun.lastIndex = 0;
    for (let m = digitWordRun.exec(text); m !== null; m = digitWordRun.exec(text)) {
        // Inside a place-value run, its own reading stands.
        if (placed !== undefined && m.index < placed[1] && m.index + m[0].length > placed[0]) continue;
        const digits: Replacement[] = [];
        runPart.lastIndex = 0;
        for (let p = runPart.exec(m[0]); p !== null; p = runPart.exec(m[0])) {
            // Digit words read as digits; a particle or ";" between spoken groups as "-" ("plus eight two; one zero").
            const spoken = particle.test(p[0]);
            const digit =
                spoken || p[0] === ";" ? "-" : ((digitWords[p[0]] as string | undefined) ?? numberWordValue(p[0]));
            if (digit === undefined) continue;
            let [start, end] = [p.index, p.index + p[0].length];
            // A particle said apart ("공일공 에 팔칠육오 에 …"): the spaces around it are the separator too.
            if (spoken) {
                if (m[0][start - 1] === " ") start--;
                if (m[0][end] === " ") end++;
            }
            digits.push({ start: m.index + start, end: m.index + end, with: digit });
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

/** One Sino-Korean digit (not 영/공: a place value's digits are 1-9). */
const placeDigit = "[일이삼사오육륙칠팔구]";
/** A number written with place values (사천육백칠십팔, 칠백십오, 구십): at least one of 천, 백, 십. */
const placeGroup = `(?:${placeDigit}?천(?:${placeDigit}?백)?(?:${placeDigit}?십)?${placeDigit}?|${placeDigit}?백(?:${placeDigit}?십)?${placeDigit}?|${placeDigit}?십${placeDigit}?)`;
/** A group of a spoken value: place values, or digit words read one by one (공오이, 영일영). */
const spokenGroup = `(?:${placeGroup}|[공영빵일이삼사오육륙칠팔구]{2,4})(?![가-힣])`;
const groupGap = String.raw`(?:[ \t]*(?:-|,|다시|에)[ \t]*|[ \t]+)`;
/** Two or more groups, one of them with place values: "공오이 사백육십이 이천구백사십팔", "영일영-구천칠백칠십오-육천사십사". */
const placeValueRun = new RegExp(`(?<![가-힣])${spokenGroup}(?:${groupGap}${spokenGroup}){1,5}`, "g");
/** One group of a run, read in turn. */
const spokenGroupPart = new RegExp(spokenGroup, "g");
/** What normalize must read in full for these: a place-value group, a gap, another group. */
export const placeValueTrigger = `${placeDigit}?[천백십]${placeDigit}?${groupGap}${placeDigit}?[천백십공영]`;

/** The value of one group: place values summed, or digit words read one by one. */
function groupDigits(group: string): string {
    if (!/[천백십]/.test(group)) return Array.from(group, (c) => digitWords[c] ?? "").join("");
    let total = 0;
    let digit = 1;
    let pending = false;
    for (const c of group) {
        const place = c === "천" ? 1000 : c === "백" ? 100 : c === "십" ? 10 : 0;
        if (place > 0) {
            total += (pending ? digit : 1) * place;
            pending = false;
        } else {
            digit = Number(digitWords[c]);
            pending = true;
        }
    }
    return String(total + (pending ? digit : 0));
}

/**
 * The replacements that read spoken values with place values as digits (a phone number said
 * "공오이 사백육십이 이천구백사십팔" reads 052-462-2948): only runs of nine digits or more, so a price
 * or a count said in words (삼천 원, 이백 명) stays a word.
 */
export function placeValueReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    placeValueRun.lastIndex = 0;
    for (let m = placeValueRun.exec(text); m !== null; m = placeValueRun.exec(text)) {
        if (!/[천백십]/.test(m[0])) continue;
        const groups: Replacement[] = [];
        spokenGroupPart.lastIndex = 0;
        for (let p = spokenGroupPart.exec(m[0]); p !== null; p = spokenGroupPart.exec(m[0]))
            groups.push({ start: m.index + p.index, end: m.index + p.index + p[0].length, with: groupDigits(p[0]) });
        if (groups.reduce((n, g) => n + g.with.length, 0) < 9) continue;
        groups.forEach((g, k) => {
            out.push(g);
            const next = groups[k + 1] as Replacement | undefined;
            if (next !== undefined) out.push({ start: g.end, end: next.start, with: "-" });
        });
    }
    return out;
}
