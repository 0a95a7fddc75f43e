// A resident or foreigner number given as its two halves, each under its own label: the back seven
// digits alone after theirs ("주민번호 뒷자리 2345678", "뒷자리는 1987654", `"rrnBack", "1574271"`,
// a table's "| 뒤 7자리 | 8601167 |"), and the front six (a birth date) in the same segment before
// them ("앞자리 920505 / 뒷자리 2876543") or under their label where the number is named before them. Found from outside (2026-12-07): the back half passed whole, and
// with it the only part of the number that is not a birth date. The back half counts where the number
// is named before it (주민번호, 외국인등록번호, rrn in the label) or its front half is given before it;
// "뒷자리 2345678" alone (an account's tail, a code) stays. A birth date's name before the back half names the
// number too ("생년월일 … 뒷자리 …", "나머지 일곱 자리"; round 95).
import type { PiiFinding, Recognizer } from "../types";
import { isPlaceholder } from "./context";
import { validDate } from "./thirteenDigits";

/** A code name for a half of the number: rrnBack, jumin_front, frn2, residentNoTail. */
const codeName = String.raw`(?:rrn|jumin(?:no)?|resident(?:no|number)?|frn|foreigner(?:no)?|ssn)[_-]?`;
const backLabel = String.raw`뒷\s*자리|나머지\s*(?:7|일곱)\s*자리|뒤\s*(?:7|일곱)\s*자리|뒷\s*(?:7|일곱)\s*자리|뒷\s*번호|뒷\s*부분|${codeName}(?:back|tail|second|suffix|last|2)`;
const frontLabel = String.raw`앞\s*자리|앞\s*(?:6|여섯)\s*자리|앞\s*번호|앞\s*부분|${codeName}(?:front|head|first|prefix|1)`;
/** From a label to its digits: a particle, then a colon, a cell's "|", a key's quotes, `value="`. */
const toValue = String.raw`(?:는|은|이|가|만)?[^\d\n가-힣]{0,12}`;

const backHalf = new RegExp(String.raw`(?:${backLabel})${toValue}(?<![\d.-])([1-8]\d{6})(?![\d]|[.,-]\d)`, "gi");
const frontHalf = new RegExp(
    String.raw`(?:${frontLabel})${toValue}(?<![\d.-])(\d{2})(\d{2})(\d{2})(?![\d]|[.,-]\d)`,
    "gi"
);
/**
 * The number named: in prose, a table's title, or the label itself; or its front half named as what it is,
 * a birth date ("생년월일 부분 … 이고 나머지 일곱 자리는 …": the rest of the number after it is its back half).
 */
const named =
    /생년\s*월일|주민\s*(?:등록)?\s*번호|주민번호|외국인\s*(?:등록)?\s*번호|등록번호|\brrn|jumin|resident\s*(?:registration|no|number)|\bfrn\b/i;

const half = (match: RegExpExecArray, foreign: boolean, rule: string): PiiFinding => {
    const start = match.index + match[0].length - match.slice(1).join("").length;
    return { type: foreign ? "KR_FRN" : "KR_RRN", start, end: match.index + match[0].length, score: 0.85, rule };
};

export const residentNumberHalves: Recognizer = {
    type: "KR_RRN",
    needsDigit: true,
    // (Its labels' code names end in 1 or 2: any text with six digits may hold one.)
    mayMatch: (segment) => /\d{6}/.test(segment),
    scan(text, from) {
        const out: PiiFinding[] = [];
        backHalf.lastIndex = 0;
        for (let m = backHalf.exec(text); m !== null; m = backHalf.exec(text)) {
            if (m.index + m[0].length <= from || isPlaceholder(m[1])) continue;
            const foreign = Number(m[1][0]) >= 5;
            // Only what comes before is read (a stream has released the back half before its front comes).
            const before = text.slice(Math.max(0, m.index - 96), m.index + m[0].length);
            // The front half before it, a valid birth date.
            const fronts: PiiFinding[] = [];
            const base = Math.max(0, m.index - 64);
            frontHalf.lastIndex = 0;
            const window = text.slice(base, m.index);
            for (let f = frontHalf.exec(window); f !== null; f = frontHalf.exec(window)) {
                const [yy, mm, dd] = [Number(f[1]), Number(f[2]), Number(f[3])];
                if (!validDate(yy, mm, dd, 1900)) continue;
                const finding = half(f, foreign, "kr_rrn.halves");
                fronts.push({ ...finding, start: finding.start + base, end: finding.end + base });
            }
            if (fronts.length === 0 && !named.test(before)) continue;
            const back = half(m, foreign, "kr_rrn.back_half");
            if (back.start >= from) out.push(back);
            for (const f of fronts) if (f.start >= from) out.push(f);
        }
        // The front half alone under its label where the number is named before it (a table's "| 앞 6자리 |
        // 000812 |" under "외국인등록번호를 칸별로 …"): the stream releases it before its back half comes.
        frontHalf.lastIndex = 0;
        for (let f = frontHalf.exec(text); f !== null; f = frontHalf.exec(text)) {
            if (f.index + f[0].length <= from || !validDate(Number(f[1]), Number(f[2]), Number(f[3]), 1900)) continue;
            const before = text.slice(Math.max(0, f.index - 96), f.index + f[0].length);
            const name = named.exec(before);
            if (name === null) continue;
            const front = half(f, /외국인|frn/i.test(name[0]), "kr_rrn.front_half");
            if (front.start >= from && out.every((o) => o.start !== front.start)) out.push(front);
        }
        return out;
    }
};
