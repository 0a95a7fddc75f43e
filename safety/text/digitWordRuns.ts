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

/** One digit of a place value, a word or a figure (not 영/공/0: a place value's digits are 1-9): 사천, 4천. */
const placeDigit = "[일이삼사오육륙칠팔구1-9]";
/** The last digits of a place value, a word or up to three figures: 사천팔백이십일, 4천8백21, 9천37. */
const placeLast = "(?:[일이삼사오육륙칠팔구]|[0-9]{1,3}(?![0-9]))";
/** A number written with place values (사천육백칠십팔, 칠백십오, 구십, 4천8백21): at least one of 천, 백, 십. */
const placeGroup = `(?:${placeDigit}?천(?:${placeDigit}?백)?(?:${placeDigit}?십)?${placeLast}?|${placeDigit}?백(?:${placeDigit}?십)?${placeLast}?|${placeDigit}?십${placeLast}?)`;
/** Eight digits read in 만 (ten thousands): 천이백삼십사만 오천육백칠십팔, 1234만 5678. */
const manGroup = `(?:${placeGroup}|[1-9][0-9]{0,3})만(?:[ \t]?(?:${placeGroup}|[0-9]{1,4}(?![0-9])))?`;
/** A group of a spoken value: place values, digit words read one by one (공오이, 영일영), or figures among them. */
const spokenGroup = `(?:${manGroup}|${placeGroup}|[공영빵일이삼사오육륙칠팔구]{2,4}|[0-9]{2,4}(?![0-9]))(?![가-힣])`;
const groupGap = String.raw`(?:[ \t]*(?:-|,|다시|에)[ \t]*|[ \t]+)`;
/** Two or more groups, one of them with place values: "공오이 사백육십이 이천구백사십팔", "010-4천8백21-9천37". */
const placeValueRun = new RegExp(`(?<![가-힣0-9])${spokenGroup}(?:${groupGap}${spokenGroup}){1,5}`, "g");
/** One group of a run, read in turn. */
const spokenGroupPart = new RegExp(spokenGroup, "g");
/** What normalize must read in full for these: a place-value group, a gap, another group; a figure beside 천, 백 or 만. */
export const placeValueTrigger = `${placeDigit}?[천백십]${placeDigit}?${groupGap}${placeDigit}?[천백십공영]|[0-9][천백]|[천백]${placeDigit}|[0-9]만[ \t]?[0-9일이삼사오육륙칠팔구]`;

/** The value of a place-value number (천, 백, 십 summed; figures or digit words between). */
function placeValue(group: string): number {
    let total = 0;
    let pending = "";
    for (const c of group) {
        const place = c === "천" ? 1000 : c === "백" ? 100 : c === "십" ? 10 : 0;
        if (place > 0) {
            total += (pending === "" ? 1 : Number(pending)) * place;
            pending = "";
        } else if (/[0-9]/.test(c)) pending += c;
        else if (c in digitWords) pending = digitWords[c];
    }
    return total + (pending === "" ? 0 : Number(pending));
}

/** The value of one group: place values summed (a 만 multiplies what is before it), or digits read one by one. */
function groupDigits(group: string): string {
    if (!/[천백십만]/.test(group)) return Array.from(group, (c) => digitWords[c] ?? c).join("");
    const parts = group.replace(/[ \t]/g, "").split("만");
    return String(parts.length === 1 ? placeValue(parts[0]) : placeValue(parts[0]) * 10000 + placeValue(parts[1]));
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
        if (!/[천백십만]/.test(m[0])) continue;
        const groups: Replacement[] = [];
        spokenGroupPart.lastIndex = 0;
        for (let p = spokenGroupPart.exec(m[0]); p !== null; p = spokenGroupPart.exec(m[0]))
            groups.push({ start: m.index + p.index, end: m.index + p.index + p[0].length, with: groupDigits(p[0]) });
        if (groups.reduce((n, g) => n + g.with.length, 0) < 9) continue;
        // With figures or 만 in it, only a number that starts as a phone's does (010 사천팔백이십일 …): "2024 3천 5백" is no value.
        if (/[0-9만]/.test(m[0]) && !groups[0].with.startsWith("0")) continue;
        groups.forEach((g, k) => {
            out.push(g);
            const next = groups[k + 1] as Replacement | undefined;
            if (next !== undefined) out.push({ start: g.end, end: next.start, with: "-" });
        });
    }
    return out;
}
