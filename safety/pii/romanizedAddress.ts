// A Korean address written in English (romanized): "12, Teheran-ro 5-gil, Gangnam-gu, Seoul", "Sejong-daero
// 110, Jung-gu", "Olympic-ro 35-gil 99, Songpa-gu", "101-dong 1203-ho". As in Hangul (address.ts), the
// numbers that point at one door go (the building's, the lot's, the flat's); the road's and the district's
// names stay. A road's name alone ("a café on Teheran-ro") or a number that counts ("3 Teheran-ro cafés")
// stays: the number must stand where an address puts it, with a district or a city beside the road.
// Found from outside (2026-12-07): English renderings of a home address passed whole.
import type { PiiFinding } from "../types";

/** A road or a town in romanized Korean: Teheran-ro, Teheran-ro 5-gil, Sejong-daero 23-gil, Yeoksam-dong. */
const road = String.raw`[A-Z][a-z]+(?:-[a-z]+)?(?:-?[0-9]{1,2}ga)?-(?:ro|gil|daero|dong|ri|ga)(?:\s+[0-9]{1,3}(?:beon)?-?gil)?`;
/** A district, a city or a province after the road (the address goes on to them). */
const area = String.raw`(?:[A-Z][a-z]+-(?:gu|si|gun|do|eup|myeon)|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju|Gyeonggi|Gangwon|Korea)(?![A-Za-z])`;
/** A number that is no building's: a count or a measure after it. */
const notDoor = String.raw`(?![0-9.:]|-[0-9]*[A-Za-z]|\s*(?:km|m\b|min|minutes?|hours?|people|persons?|floors?|F\b|st\b|nd\b|rd\b|th\b|%|won|KRW|times|years?))`;
/** What comes after an address's road or number: a comma, the line's end, a district, a flat, a number. */
const goesOn = String.raw`(?=\s*(?:[,;(]|$|${area}|(?:Apt|Apartment|Unit|Suite|Room|Rm)\b|#|[0-9]))`;
/** The number, then the road (a district or a city within the line after it). */
const numberFirst = new RegExp(
    String.raw`(?<![\w.,/#:@$%+=-])([0-9]{1,4}(?:-[0-9]{1,4})?)(?:,\s*|\s+)${road}${goesOn}(?=[^\n]{0,40}?${area})`,
    "g"
);
/** The road, then the number (the Korean order), a district or a city before or after them. */
const roadFirst = new RegExp(String.raw`${road},?\s+([0-9]{1,4}(?:-[0-9]{1,4})?)${notDoor}${goesOn}`, "g");
const areaBefore = new RegExp(String.raw`${area}[^\n]{0,40}$`);
const areaAfter = new RegExp(String.raw`^[^\n]{0,40}?${area}|^\s*$`);
/** A flat after the address: "101-dong 1203-ho", "Apt 1203", "Unit 5B", "#1203", "Room 304". */
const flat =
    /(?<![\w-])(?:([0-9]{1,4})-?dong,?\s+([0-9]{1,5})-?ho|(?:Apt|Apartment|Unit|Suite|Room|Rm|Ho)\.?\s*#?\s*([0-9]{1,5}[A-Z]?)|#\s?([0-9]{1,5}))(?![\w-])/g;
/** An apartment's building and flat, alone: "101-dong 1203-ho". */
const dongHo = /(?<![\w-])([0-9]{1,4})-dong,?\s+([0-9]{1,5})-ho(?![\w-])/g;

function found(start: number, end: number, rule: string): PiiFinding {
    return { type: "KR_ADDRESS", start, end, score: 0.75, rule: `kr_address.${rule}` };
}

/** The doors' numbers of romanized Korean addresses in `window` (the segment and its right context). */
export function romanizedAddress(scanText: string, from: number, window: string): PiiFinding[] {
    if (!/-(?:ro|gil|daero|dong|ri|ga|ho)(?![A-Za-z])/.test(window)) return [];
    const out: PiiFinding[] = [];
    const add = (start: number, value: string, rule: string) => {
        if (start >= from && start + value.length <= scanText.length && out.every((f) => f.start !== start))
            out.push(found(start, start + value.length, rule));
    };
    const flatAfter = (at: number) => {
        const rest = window.slice(at, at + 48);
        flat.lastIndex = 0;
        const m = flat.exec(rest);
        // Within the address: before the text leaves it (a full stop, a new line).
        if (m === null || /[.\n]/.test(rest.slice(0, m.index))) return;
        for (let g = 1; g <= 4; g++) {
            const value = m[g] as string | undefined;
            if (value !== undefined)
                add(at + m.index + m[0].indexOf(value, g === 2 ? m[1].length : 0), value, "unit_ko_en");
        }
    };
    numberFirst.lastIndex = 0;
    for (let m = numberFirst.exec(window); m !== null; m = numberFirst.exec(window)) {
        add(m.index, m[1], "building_ko_en");
        flatAfter(m.index + m[0].length);
    }
    roadFirst.lastIndex = 0;
    for (let m = roadFirst.exec(window); m !== null; m = roadFirst.exec(window)) {
        const at = m.index + m[0].length - m[1].length;
        const after = window.slice(at + m[1].length, at + m[1].length + 48);
        if (!areaAfter.test(after) && !areaBefore.test(window.slice(0, m.index))) continue;
        add(at, m[1], "building_ko_en");
        flatAfter(at + m[1].length);
    }
    dongHo.lastIndex = 0;
    for (let m = dongHo.exec(window); m !== null; m = dongHo.exec(window)) {
        add(m.index, m[1], "unit_ko_en");
        add(m.index + m[0].lastIndexOf(m[2]), m[2], "unit_ko_en");
    }
    return out;
}
