// Classes an outside tester found through the CLI (round 11), each over generated values and
// also streamed one character at a time, with near misses that must pass untouched:
// - a dash or a dot drawn with another character between a value's groups (ㅡ, 一, ー, ㆍ, ‧, ∙,
//   a lost byte; and =, \, ..., _-_ in a phone number's shape);
// - a millisecond timestamp in prose read as a 주민등록번호 (1705314600123);
// - a whitelisted word the classifier still read as abuse (병신정변), a suggestion after -지
//   read as a noun ("결과를 보지 그래?").
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { shownBothWays } from "../support/safetyStream";

const shown = shownBothWays;

const random = seededRandom(1111);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
/** A mobile number's groups, a valid RRN's two parts, a card's four groups. */
const values: Array<[string, () => string[]]> = [
    ["mobile", () => ["010", `${2 + Math.floor(random() * 8)}${digits(3)}`, digits(4)]],
    ["RRN", () => ["900101", "1234568"]],
    ["card", () => ["4111", "1111", "1111", "1111"]]
];

describe("outside round 11: PII classes", () => {
    it("a dash or a dot drawn with another character between the groups hides every digit", () => {
        for (const separator of ["ㅡ", "一", "ー", "ㆍ", "‧", "∙", "\uFFFD", " ㅡ ", " ㆍ "])
            for (const [name, make] of values)
                for (const template of ["{}", "연락처 {} 입니다", "값: {}."]) {
                    const groups = make();
                    const text = template.replace("{}", groups.join(separator));
                    const out = shown(text);
                    for (const group of groups.filter((g) => g.length >= 4))
                        assert.ok(!out.includes(group), `${name} with ${JSON.stringify(separator)}: ${out}`);
                }
    });

    it("ASCII between a phone number's groups (=, \\, ..., _-_) hides it; the same in code does not", () => {
        for (const separator of ["=", "\\", "...", " ... ", "_-_", "…"]) {
            const groups = ["010", `3${digits(3)}`, digits(4)];
            const out = shown(`전화 ${groups.join(separator)}`);
            assert.ok(!out.includes(groups[1]) && !out.includes(groups[2]), `${JSON.stringify(separator)}: ${out}`);
        }
        for (const text of [
            "x1 = 2; y = 3",
            "for i in 0..10 {}",
            "let a = 1234=5678",
            "C:\\2024\\05",
            "2024ㆍ01ㆍ15 회의"
        ])
            assert.equal(shown(text), text);
    });

    it("combined with digits of another form or an invisible character beside it, a look-alike separator still hides every digit", () => {
        const forms: Array<[string, (digits: string) => string]> = [
            ["full-width", (d) => d.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)))],
            ["Arabic-Indic", (d) => d.replace(/\d/g, (c) => String.fromCharCode(0x0660 + Number(c)))],
            ["mathematical bold", (d) => d.replace(/\d/g, (c) => String.fromCodePoint(0x1d7ce + Number(c)))],
            ["ASCII", (d) => d]
        ];
        for (const [form, render] of forms)
            for (const separator of ["ㅡ", "ー", "ㆍ", "\u200bㅡ", "ㅡ\u200d", " \u2060ㅡ ", "＝"])
                for (const [name, make] of values) {
                    if (separator === "＝" && name !== "mobile") continue;
                    const groups = make();
                    const out = shown(`연락처 ${groups.map(render).join(separator)} 입니다`);
                    const digitsLeft = Array.from(out)
                        .map((c) => (/\p{Nd}/u.test(c) ? "d" : ""))
                        .join("");
                    assert.ok(digitsLeft.length < 4, `${form} ${name} with ${JSON.stringify(separator)}: ${out}`);
                }
    });

    it("82 read as Korea's country code only where no digit group comes before it (a card's 8210 group is no +82)", () => {
        // CI found `cc4000-8210-0000-0001` whole: its 8210-0000-0001 was read as +82 10-…
        for (const text of [
            "cc4000-8210-0000-0001",
            "카드 4000-8210-1234-5675",
            "결제: 4000 8210 1234 5675",
            "4000.8210.1234.5675"
        ])
            assert.ok(!/\d{4}/.test(shown(text)), `${text} -> ${shown(text)}`);
        for (const text of [
            "연락처 8210-3947-5821",
            "tel 82 10 3947 5821",
            "82-10-3947-5821",
            "８２１０－３９４７－５８２１"
        ])
            assert.ok(!shown(text).includes("5821"), `${text} -> ${shown(text)}`);
    });

    it("a millisecond timestamp of 2001-2039 in prose is no 주민등록번호; with the word it is", () => {
        const make = () => String(1_000_000_000_000 + Math.floor(random() * 1_200_000_000_000));
        for (let i = 0; i < 300; i++) {
            const stamp = make();
            for (const text of [`Date.now() returned ${stamp} ms`, `타임스탬프는 ${stamp} 입니다`, stamp])
                assert.equal(shown(text), text);
        }
        assert.equal(shown("주민등록번호 9001011234568"), "주민등록번호 [주민등록번호]");
        assert.equal(shown("9001011234568"), "[주민등록번호]", "born 1990: not a timestamp's range");
    });
});

describe("outside round 11: content classes", () => {
    it("a whitelisted word is no evidence for the classifier; -지 before a suggestion is a verb", () => {
        for (const text of [
            "병신정변",
            "병신정변은 1896년에 일어났다.",
            "시발역에서 만나요.",
            "결과를 보지 그래?",
            "그럼 직접 해 보지 그랬어.",
            "로그라도 보지 뭐."
        ])
            assert.equal(shown(text), text);
        for (const text of ["병신아", "병신 같은 놈"]) assert.notEqual(shown(text), text, text);
    });
});
