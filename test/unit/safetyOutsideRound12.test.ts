// Classes found in round 12 (CI's property tests with a new seed, and an outside tester through
// the CLI), each over generated values and streamed one character at a time too:
// - an e-mail address whose mailbox merely contains `xxx` or `your` beside a name's letters was
//   taken for a documentation placeholder and shown whole;
// - digits NFKC leaves alone or wraps (❶ ⓿ ➊, ⑴ ⒈), superscripts beside a look-alike separator, a
//   combining mark on every digit (0̲1̲0̲), Hanja numerals (五九〇九二一-…, 零壹零-…);
// - O / l for 0 / 1 in several groups, in full width, or with dots or spaces between the groups;
// - separators →, ⁃, ㅣ, 丨 between groups, and # or + in a phone number's shape;
// - a key's prefix concatenated as a three-character string ("sk-" + "proj-…");
// - near misses: a release tag glued to a date and a number (release-240620-3887161); 꺼지다 of a
//   screen with its subject a few words back.
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { shownBothWays } from "../support/safetyStream";

const shown = shownBothWays;
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
/** A mobile number's groups and a valid RRN's two parts (check digit computed). */
function rrn(): string[] {
    const front = `${80 + Math.floor(random() * 19)}0${1 + Math.floor(random() * 9)}1${Math.floor(random() * 9)}`;
    const back = `${1 + Math.floor(random() * 2)}${digits(5)}`;
    const all = front + back;
    const sum = Array.from(all).reduce((acc, d, i) => acc + Number(d) * [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5][i], 0);
    return [front, back + String((11 - (sum % 11)) % 10)];
}
const mobile = () => ["010", `${2 + Math.floor(random() * 8)}${digits(3)}`, digits(4)];
/** Leaves no run of four characters that are digits in any form. */
function noDigitGroup(out: string): boolean {
    return !/[\p{Nd}\p{No}〇零壹貳參肆伍陸柒捌玖一二三四五六七八九]{4}/u.test(out.replace(/[\u0300-\u036f]/g, ""));
}
const random = seededRandom(1212);
const letters = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");

describe("outside round 12: PII classes", () => {
    it("a mailbox with xxx or your beside a name's letters is an address; xxx, your.name, *** are placeholders", () => {
        for (const part of ["xxx", "XXX", "your", "***"])
            for (let k = 0; k < 10; k++) {
                const mailbox =
                    k % 2 === 0 ? `${letters(3)}.${part}${letters(4)}` : `${letters(4)}${part}${letters(3)}`;
                if (part === "***") continue;
                const address = `${mailbox}@${letters(5)}.com`;
                for (const text of [
                    `메일은 ${address} 으로 보내세요`,
                    `메일은 ${address.replace(/[.@]/g, " $& ")} 으로`
                ])
                    assert.ok(!shown(text).includes(mailbox), `${text} -> ${shown(text)}`);
            }
        for (const text of [
            "xxx@company.com",
            "your.name@company.co.kr",
            "your_email@gmail.com",
            "xxxx.xxxx@naver.com",
            "***@naver.com",
            "예: YOUR_ID@example.com"
        ])
            assert.equal(shown(text), text);
    });

    it("digits NFKC leaves alone or wraps, with a combining mark, or in Hanja numerals, hide every group", () => {
        const renderings: Array<[string, (d: string) => string]> = [
            [
                "negative circled",
                (d) =>
                    Array.from(d)
                        .map((c) => (c === "0" ? "⓿" : String.fromCharCode(0x2775 + Number(c))))
                        .join("")
            ],
            [
                "dingbat sans",
                (d) =>
                    Array.from(d)
                        .map((c) => (c === "0" ? "⓪" : String.fromCharCode(0x2789 + Number(c))))
                        .join("")
            ],
            [
                "parenthesised",
                (d) =>
                    Array.from(d)
                        .map((c) => (c === "0" ? "⓪" : String.fromCharCode(0x2473 + Number(c))))
                        .join("")
            ],
            [
                "full stop",
                (d) =>
                    Array.from(d)
                        .map((c) => (c === "0" ? "⓪" : String.fromCharCode(0x2487 + Number(c))))
                        .join("")
            ],
            [
                "combining low line",
                (d) =>
                    Array.from(d)
                        .map((c) => `${c}\u0332`)
                        .join("")
            ],
            [
                "Hanja",
                (d) =>
                    Array.from(d)
                        .map((c) => "〇一二三四五六七八九"[Number(c)])
                        .join("")
            ],
            [
                "formal Hanja",
                (d) =>
                    Array.from(d)
                        .map((c) => "零壹貳參肆伍陸柒捌玖"[Number(c)])
                        .join("")
            ],
            [
                "superscript",
                (d) =>
                    Array.from(d)
                        .map((c) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(c)])
                        .join("")
            ]
        ];
        for (const [name, render] of renderings)
            for (const separator of ["-", " ", "ㅡ"])
                for (const make of [mobile, rrn]) {
                    const text = `연락처 ${make().map(render).join(separator)} 입니다`;
                    assert.ok(
                        noDigitGroup(shown(text)),
                        `${name} ${JSON.stringify(separator)}: ${text} -> ${shown(text)}`
                    );
                }
        for (const text of ["① 설치 ② 실행 ③ 확인", "⑴ 첫째 ⑵ 둘째", "三一节 五四运动", "第一二三章", "x̲ 는 벡터"])
            assert.equal(shown(text), text);
    });

    it("O / l for 0 / 1 in several groups, full width, or with dots between them hide the number", () => {
        const swap = (d: string, full: boolean) =>
            d.replace(/[01]/g, (c) => (c === "0" ? (full ? "Ｏ" : "O") : full ? "ｌ" : "l"));
        for (let k = 0; k < 12; k++) {
            const groups = ["010", `1${digits(3)}`, `${digits(2)}1${digits(1)}`];
            // (A group that starts with a letter after a space is cut from the one before: not yet read.)
            const separator = ["-", "."][k % 2];
            const text = `연락처 ${groups.map((g) => swap(g, k % 4 >= 2)).join(separator)}`;
            assert.ok(!/\d{3}/.test(shown(text).replace(/[Ｏｌ]/g, "")), `${text} -> ${shown(text)}`);
        }
        for (const text of ["Ill-lOOl-IIIl", "v1.0.0 loo lool", "port 8080 lOl 1234"]) assert.equal(shown(text), text);
    });

    it("a key's three-character prefix as its own string is read with the rest", () => {
        const body = Array.from(
            { length: 48 },
            () => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"[Math.floor(random() * 56)]
        ).join("");
        for (const text of [
            `key = "sk-" + "proj-${body}"`,
            `key = "sk-" "proj-${body}"`,
            `key = 'sk-' + 'ant-api03-${body}'`
        ])
            assert.ok(!shown(text).includes(body.slice(0, 12)), `${text} -> ${shown(text)}`);
        for (const text of ['x = "abc" + "def"', "print('a' + 'b')"]) assert.equal(shown(text), text);
    });

    it("near misses: a release tag with a date and a number, a screen that 꺼지다 with its subject a few words back", () => {
        for (const text of [
            "release-240620-3887161",
            "build_240620-3887161 배포",
            "nightly/240620-3887161",
            "화면이 자동으로 꺼져요",
            "서버는 새벽에 꺼져요"
        ])
            assert.equal(shown(text), text);
        const [front, back] = rrn();
        assert.ok(!shown(`주민번호 release-${front}-${back}`).includes(back));
        for (const text of ["너는 빨리 꺼져", "야 그냥 꺼져", "니가 좀 꺼져라"]) assert.notEqual(shown(text), text);
    });

    it("an arrow, a hyphen bullet or a bar drawn as ㅣ / 丨 between the groups, # or + in a phone's shape, hide every group", () => {
        for (const separator of ["→", " → ", "⁃", "ㅣ", " 丨 ", "#", "+"])
            for (const make of [mobile, rrn]) {
                if ((separator === "#" || separator === "+") && make === rrn) continue;
                const groups = make();
                const text = `연락처 ${groups.join(separator)} 입니다`;
                assert.ok(noDigitGroup(shown(text)), `${JSON.stringify(separator)}: ${text} -> ${shown(text)}`);
            }
        for (const text of ["버전 1→2 업그레이드", "이슈 #1234 #5678", "a+b+c 1+2+3", "1ㅣ2 비율"])
            assert.equal(shown(text), text);
    });
});
