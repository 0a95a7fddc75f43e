// Leak classes of issue 14 ("no PII or secret survives a rewritten rendering"), second round:
// each class a property test over generated values, every case also streamed one character at a
// time, and near misses that must pass untouched. Values are generated here, so no
// token-shaped string is committed.
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { filterText } from "../../safety/filter";
import { streamed } from "../support/safetyStream";

/** Filters `text` whole and one character at a time; both must agree. Returns what is shown. */
function shown(text: string): string {
    const whole = filterText(text).text;
    assert.equal(streamed(text, 1), whole, `one-character chunks differ from the whole text: ${JSON.stringify(text)}`);
    return whole;
}

/** Whether a digit group of `groups` (three digits or more) is still on screen. */
function leaks(output: string, groups: readonly string[]): boolean {
    const digits = output.replace(/\D/g, "");
    return groups.some((g) => g.length >= 3 && digits.includes(g));
}

const digitString = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));

/**
 * A resident (gender 1-4) or foreigner (5-8) number: a real birth date for its century, the check
 * digit valid or not (numbers issued since 2020 have random tails).
 */
const registration = fc
    .tuple(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        digitString(5),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 })
    )
    .map(([gender, year, mm, dd, tail, valid, off]) => {
        // Born in the 2000s (gender 3, 4, 7, 8) no later than 2024.
        const yy = [3, 4, 7, 8].includes(gender) ? year % 25 : year;
        const d = Array.from(
            `${String(yy).padStart(2, "0")}${String(mm).padStart(2, "0")}${String(dd).padStart(2, "0")}${gender}${tail}`,
            Number
        );
        const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        const sum = d.reduce((s, x, i) => s + x * w[i], 0);
        const check = ((gender >= 5 ? 13 : 11) - (sum % 11)) % 10;
        const all = [...d, valid ? check : (check + off) % 10].join("");
        return [all.slice(0, 6), all.slice(6)];
    });
const mobile = fc
    .tuple(fc.constantFrom("0", "1", "6", "7", "9"), fc.integer({ min: 2, max: 9 }), digitString(3), digitString(4))
    .map(([third, first, a, b]) => [`01${third}`, `${first}${a}`, b]);
/** A 16-digit Visa-style card number with its Luhn digit, in four groups. */
const card = digitString(14).map((body) => {
    const d = Array.from(`4${body}`, Number);
    for (let c = 0; c < 10; c++) {
        const all = [...d, c];
        let sum = 0;
        for (let i = 0; i < 16; i++) {
            let x = all[15 - i];
            if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
            sum += x;
        }
        if (sum % 10 === 0) return all.join("").match(/.{4}/g) as string[];
    }
    return [];
});
const prose = fc.constantFrom("", "그 사람 번호는 ", "값: ", "참고로 ");
const after = fc.constantFrom("", " 입니다.", "\n다음 단계로 넘어갑니다.", " (확인 필요)");

describe("leak classes 2: separators and labels around a value's groups", function () {
    this.timeout(300_000);

    const registrationRenderings: Array<[string, (g: string[]) => string]> = [
        ["double space", (g) => `${g[0]}  ${g[1]}`],
        ["one space, no context word", (g) => `${g[0]} ${g[1]}`],
        ["colon", (g) => `${g[0]}:${g[1]}`],
        ["spaced colon", (g) => `${g[0]} : ${g[1]}`],
        ["bold halves", (g) => `**${g[0]}**-**${g[1]}**`],
        ["bold halves, spaced", (g) => `**${g[0]}** **${g[1]}**`],
        ["star", (g) => `${g[0]}*${g[1]}`],
        ["label glued before", (g) => `rrn${g[0]}-${g[1]}`],
        ["hyphen (a front that starts with 0 is no phone number)", (g) => `${g[0]}-${g[1]}`]
    ];

    it("no half of a resident or foreigner number survives, whatever joins the halves, streamed too", () => {
        fc.assert(
            fc.property(
                registration,
                fc.constantFrom(...registrationRenderings),
                prose,
                after,
                (groups, [, render], before, rest) => {
                    const text = `${before}${render(groups)}${rest}`;
                    assert.ok(!leaks(shown(text), groups), `${text} -> ${filterText(text).text}`);
                }
            ),
            { numRuns: 400 }
        );
    });

    const phoneRenderings: Array<[string, (g: string[]) => string]> = [
        ["colon", (g) => g.join(":")],
        ["star", (g) => g.join("*")],
        ["spaced star", (g) => g.join(" * ")],
        ["double space", (g) => g.join("  ")],
        ["bold groups", (g) => g.map((x) => `**${x}**`).join("-")],
        ["label glued before", (g) => `tel${g.join("-")}`],
        ["label glued before, bare", (g) => `phone${g.join("")}`]
    ];
    const cardRenderings: Array<[string, (g: string[]) => string]> = [
        ["double spaces", (g) => g.join("  ")],
        ["star", (g) => g.join("*")],
        ["spaced star", (g) => g.join(" * ")],
        ["colon", (g) => g.join(":")],
        ["label glued before", (g) => `card${g.join("")}`],
        ["label glued before, grouped", (g) => `cc${g.join("-")}`]
    ];

    it("no group of a phone number or a card survives a colon, a star, double spaces or a glued label, streamed too", () => {
        fc.assert(
            fc.property(
                fc.oneof(
                    fc.tuple(mobile, fc.constantFrom(...phoneRenderings)),
                    fc.tuple(card, fc.constantFrom(...cardRenderings))
                ),
                fc.constantFrom("", "연락처 ", "결제 정보: "),
                after,
                ([groups, [, render]], before, rest) => {
                    const text = `${before}${render(groups)}${rest}`;
                    const out = shown(text);
                    assert.ok(!leaks(out, groups.slice(1)), `${text} -> ${out}`);
                }
            ),
            { numRuns: 300 }
        );
    });

    it("the examples of the classes are redacted", () => {
        for (const text of [
            "주민번호 850714  1234567",
            "850714:1234567",
            "**850714**-**1234567**",
            "그의 번호는 850714 5234564 입니다",
            "050714-3234567",
            "tel010-1234-5678",
            "rrn850714-1234567",
            "010:8765:4321",
            "010*8765*4321",
            "카드 4111  1111  1111  1111",
            "카드 4111*1111*1111*1111"
        ]) {
            const out = shown(text);
            assert.ok(!/\d{4}/.test(out), `${text} -> ${out}`);
        }
    });

    it("numbers that only look joined are left as they are", () => {
        for (const text of [
            "회의는 10:30:45 에 시작합니다",
            "Date: 2015-12-22 04:34:22, 10:30~11:30",
            "계산: 2*3*4 = 24, 1024 * 768 해상도",
            "4096*4096 텍스처, 2**10 = 1024",
            "IPv6 2001:db8:85a3::8a2e:370:7334, fe80::1234:5678",
            "commit deadbeef0101234567812345678 merged",
            "sha1a0102345678 is not a phone",
            "build850714-1234567 배포",
            "id 1234567890123 and count 123456 1234567",
            "**중요**: 버전 1.2.3, 포트 8080",
            "start: 920417\nend: 1538262",
            "const TS = 1700000000123;"
        ])
            assert.equal(shown(text), text, text);
    });
});

describe("leak classes 2: spoken digits, spaced addresses", function () {
    this.timeout(300_000);
    const spoken = (digits: string) => digits.replace(/\d/g, (c) => "공일이삼사오육칠팔구"[Number(c)]);

    it("a phone number read out in Korean digit words with particles leaves no group, streamed too", () => {
        fc.assert(
            fc.property(
                mobile,
                fc.constantFrom("에 ", "에", "의 "),
                fc.constantFrom("", "전화는 ", "연락처: "),
                after,
                (groups, particle, before, rest) => {
                    const words = groups.map(spoken);
                    const text = `${before}${words.join(particle)}${rest}`;
                    const out = shown(text);
                    assert.ok(!words.slice(1).some((w) => out.includes(w)), `${text} -> ${out}`);
                }
            ),
            { numRuns: 150 }
        );
        assert.equal(shown("전화는 공일공에 팔칠육오에 사삼이일 입니다"), "전화는 [전화번호] 입니다");
    });

    const word = fc
        .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz".split(/(?=.)/)), { minLength: 3, maxLength: 8 })
        .map((a) => a.join(""));

    it("an e-mail address written with spaces around its dots and @ is redacted whole, streamed too", () => {
        fc.assert(
            fc.property(
                word,
                word,
                word,
                fc.constantFrom(" . ", " dot ", " [dot] "),
                fc.constantFrom("com", "co . kr", "net"),
                (first, last, domain, dot, tld) => {
                    const text = `메일은 ${first}${dot}${last} @ ${domain} . ${tld} 으로 보내세요`;
                    const out = shown(text);
                    assert.ok(
                        !out.includes(first) && !out.includes(last) && !out.includes(domain),
                        `${text} -> ${out}`
                    );
                }
            ),
            { numRuns: 150 }
        );
    });

    it("a public IPv4 address with spaced dots is redacted; private ones and spaced lists are not", () => {
        fc.assert(
            fc.property(
                fc.integer({ min: 11, max: 99 }),
                fc.integer({ min: 0, max: 255 }),
                fc.integer({ min: 0, max: 255 }),
                fc.integer({ min: 1, max: 254 }),
                fc.constantFrom(" . ", " .", ". "),
                (a, b, c, d, dot) => {
                    const text = `서버 ${[a, b, c, d].join(dot)} 에 접속`;
                    const out = shown(text);
                    assert.ok(!out.includes(`${b}${dot}${c}${dot}${d}`), `${text} -> ${out}`);
                }
            ),
            { numRuns: 150 }
        );
        for (const text of ["서버 192 . 168 . 0 . 1 에 접속", "점수 1 . 2 . 3 순서", "버전 v 1 . 2 . 3 . 4"])
            assert.equal(shown(text), text, text);
    });
});

describe("leak classes 2: redaction keeps the JSON, URL and Markdown around a value", () => {
    it("a list of whole values, a query parameter, a link's bracket and a quoted scheme stay intact", () => {
        const cases: Array<[string, string]> = [
            ['"phones": ["010-1234-5678", "010-2345-6789"]', '"phones": ["[전화번호]", "[전화번호]"]'],
            ['["010", "1234", "5678"]', '["[전화번호]"]'],
            [
                "https://api.example.kr/v1?api_key=Ab3dE7gH1kLmN0pQrStUvWx&page=2",
                "https://api.example.kr/v1?api_key=[비밀 키]&page=2"
            ],
            ["[010-1234-5678](tel:010-1234-5678)", "[[전화번호]](tel:[전화번호])"],
            ['"Authorization": "Bearer Ab3dE7gH1kLmN0pQrStUvWxYz0123",', '"Authorization": "Bearer [비밀 키]",'],
            ['{"phone":"010-1234-5678","n":1}', '{"phone":"[전화번호]","n":1}']
        ];
        for (const [text, expected] of cases) assert.equal(shown(text), expected, text);
    });
});
