// Classes from round 13's still-missed list (the first outside tester's generator run again on
// 2026-12-05), each over generated values and streamed one character at a time too:
// - a value's groups joined by a sign no other rule reads (`+`, `#`, `\`, `--`, `:`, `^`, `;`, a pair
//   of HTML tags), right after a word that names the value (주민등록번호:, 카드번호, 사업자등록번호,
//   운전면허번호, 계좌, 연락처, IP);
// - digits written half as Sino-Korean words, half as digits (0육1일2삼-3구1일4육4).
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { piiValues } from "../support/piiValues";
import { shownBothWays } from "../support/safetyStream";

const shown = shownBothWays;
const values = piiValues(seededRandom(1414));
const { pick } = values;
const sino = "공일이삼사오육칠팔구";
/** Every other digit as its Sino-Korean word. */
const halfWords = (group: string) => Array.from(group, (d, i) => (i % 2 === 1 ? sino[Number(d)] : d)).join("");

describe("outside round 14: PII classes from round 13's still-missed list", () => {
    // Not "%": `960715%2848291` holds a percent escape (%28 is "("), read as one.
    it("a named value's groups joined by an odd sign or tags hide every group", () => {
        const gaps = ["+", "#", "\\", "--", ":", "^", ";", "<b></b>", "<br>", " + ", "=", "$", "!"];
        for (let k = 0; k < 26; k++) {
            const gap = gaps[k % gaps.length];
            const cases: Array<[string, readonly string[]]> = [
                [pick(["주민등록번호: ", "주민번호 ", "RRN="]), values.rrn()],
                [pick(["카드번호: ", "카드 ", "card: "]), values.card()],
                [pick(["사업자등록번호: ", "사업자 번호는 "]), values.brn()],
                [pick(["운전면허번호: ", "면허번호 "]), values.driver()],
                [pick(["신한은행 계좌: ", "계좌번호 "]), values.account()],
                [pick(["연락처: ", "전화번호는 ", "tel: "]), values.mobile()],
                [pick(["서버 공인 IP: ", "ip "]), values.ip().map(String)]
            ];
            for (const [label, groups] of cases) {
                const text = `${label}${groups.join(gap)} 입니다.`;
                const out = shown(text);
                for (const group of groups) if (group.length >= 3) assert.ok(!out.includes(group), `${text} -> ${out}`);
            }
        }
    });

    it("the same signs without a word that names a value, or in no value's shape, stay", () => {
        for (const text of [
            "x = 3+4+5 입니다.",
            "합계: 1200+3400+5600 원",
            "카드 3#4 로 나눕니다",
            "계좌 수 10+20+30 개",
            "연락처 항목 1:2:3",
            "IP 헤더는 20<b></b>60 바이트",
            "ip 300+200+100+50 은 주소가 아닙니다",
            "주민등록번호 자리수: 6+7",
            "전화 대기열 12#34#56"
        ])
            assert.equal(shown(text), text);
    });

    it("digits half written as Sino-Korean words are read as the value", () => {
        for (let k = 0; k < 12; k++) {
            const [front, back] = values.rrn();
            const card = values.card();
            for (const [text, group] of [
                [`주민등록번호: ${halfWords(front)}-${halfWords(back)} 입니다.`, halfWords(back)],
                [`카드번호: ${card.map(halfWords).join("-")} 입니다.`, halfWords(card[2])]
            ] as const) {
                const out = shown(text);
                assert.ok(!out.includes(group), `${text} -> ${out}`);
            }
        }
        for (const text of ["3일2일 회의", "2024년 1월2일3일 휴가", "1일1식 2일3회"]) assert.equal(shown(text), text);
    });
});
