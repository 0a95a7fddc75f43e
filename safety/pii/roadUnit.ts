// A road's building number with a unit after it and no city before it (issue 14; set 96, 2026-12-07:
// "광교중앙로 144 301호 이게 문다은 씨 새 집이에요", "마포구 월드컵북로 280이고 5층 301호입니다",
// "컨벤시아대로 269-20이고 한라비발디 122동 1104호"): the unit was redacted, or nothing, and the building
// number, which with the road points at the house, stayed. A road and a number alone may be anything (a
// route, a count); with a flat's 호 after them (a building's name, its wing and floor between) they are
// somebody's door, wherever the city is named. The unit comes after the number, so it is read in the
// number's right context, as an English street's is (streetAddress.ts).
import type { PiiFinding } from "../types";
import { lineBreak, namedBuilding } from "./address";

/** A road (송도과학로, 세종대로 23길), not a lot's town: too many words end in 동 (활동, 이동) to read one alone. */
const road = String.raw`[가-힣0-9]{1,10}(?:로|길)(?:\s*\d{1,4}(?:번)?(?:길|가))?`;

/** The number (first, cheap), the unit after it, then the road before it. */
const numberBeforeUnit = new RegExp(
    String.raw`(?<![\d-])\d{1,4}(?:-\d{1,4})?(?=(?:이고|이며|이구요|,)?${lineBreak}${namedBuilding}(?:\d{1,3}층\s*)?\d{1,5}호(?!선|기|차|점|봉|수))(?<=${road}\s*\d{1,4}(?:-\d{1,4})?)`,
    "g"
);

/** Words ending in 로 that name no road: a particle's (으로), a common noun, an adverb. */
const commonRo =
    /(?:으로|^(?:도로|경로|통로|선로|진로|회로|차로|항로|대로|바로|따로|서로|별로|주로|새로|가로|세로|그대로|이대로|그리로|이리로|저리로|위로|뒤로|절로|홀로|실로|정말로|진짜로|마음대로|순서대로))$/;

/** Building numbers in `scanText` from `from` with a unit after them (read with the right context `after`). */
export function roadNumberBeforeUnit(scanText: string, from: number, after: string): PiiFinding[] {
    const out: PiiFinding[] = [];
    // The road may stand in the context before the segment, a number's width and a space before it.
    const near = Math.max(0, from - 24);
    if (!scanText.includes("로", near) && !scanText.includes("길", near)) return out;
    const window = scanText + after;
    if (!window.includes("호", from)) return out;
    numberBeforeUnit.lastIndex = from;
    for (
        let m = numberBeforeUnit.exec(window);
        m !== null && m.index < scanText.length;
        m = numberBeforeUnit.exec(window)
    ) {
        // A particle's 로 or a common noun's (방향으로, 도로, 경로 …), not a road's name.
        const word = /(\S+)\s*$/.exec(window.slice(Math.max(0, m.index - 16), m.index))?.[1] ?? "";
        if (commonRo.test(word)) continue;
        out.push({
            type: "KR_ADDRESS",
            start: m.index,
            end: Math.min(m.index + m[0].length, scanText.length),
            score: 0.75,
            rule: "kr_address.road_number_before_unit"
        });
    }
    return out;
}
