// Classes found in round 12 (CI's property tests with a new seed, and an outside tester through
// the CLI), each over generated values and streamed one character at a time too:
// - an e-mail address whose mailbox merely contains `xxx` or `your` beside a name's letters was
//   taken for a documentation placeholder and shown whole;
// - digits NFKC leaves alone or wraps (❶ ⓿ ➊, ⑴ ⒈), superscripts beside a look-alike separator, a
//   combining mark on every digit (0̲1̲0̲), Hanja numerals (五九〇九二一-…, 零壹零-…);
// - O / l for 0 / 1 in several groups, in full width, or with dots or spaces between the groups;
// - separators →, ⁃, ㅣ, 丨 between groups, and # or + in a phone number's shape;
// - words between a mobile number's groups (010 다음 2283 다음 1439, 010에 …에 …번, (010)(2283)(1439));
//   Sino-Korean digits spaced one by one; native Korean number words with " / " between groups;
// - a bank account (with its context word) whose groups are spaced, tabbed or joined by : * .; a
//   business or driver's licence number with : * . between its groups;
// - a mobile number read from its end (with a word for phone or backwards), an RRN reversed whole;
// - a key's prefix concatenated as a three-character string ("sk-" + "proj-…");
// - near misses: a release tag glued to a date and a number (release-240620-3887161); 꺼지다 of a
//   screen with its subject a few words back.
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { piiValues } from "../support/piiValues";
import { assertFlagged, assertUntouched, shownBothWays } from "../support/safetyStream";

const shown = shownBothWays;
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
/** A valid RRN's two parts (check digit computed). */
const { rrn } = piiValues(seededRandom(1213));
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
        // A 6 + 7 number's parts joined by a doubled hyphen, = or # (its date and check digit decide).
        for (const separator of ["--", "=", "#", " -- "]) {
            const [front, back] = rrn();
            const out = shown(`주민등록번호: ${front}${separator}${back} 입니다.`);
            assert.ok(!out.includes(back), `${JSON.stringify(separator)}: ${out}`);
        }
        for (const text of [
            "x = 123456+1234567",
            "a--b 123456--1234567 빌드",
            "트랜잭션 164679057903 롤백",
            "규격 9.1.4.2 준수"
        ])
            assert.equal(shown(text), text);
        for (const text of ["버전 1→2 업그레이드", "이슈 #1234 #5678", "a+b+c 1+2+3", "1ㅣ2 비율"])
            assert.equal(shown(text), text);
    });

    it("words between a mobile number's groups, digits spelled one word at a time, hide every group", () => {
        const sino = (d: string) => Array.from(d, (c) => "공일이삼사오육칠팔구"[Number(c)]).join(" ");
        const native = (d: string) =>
            Array.from(
                d,
                (c) => ["영", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"][Number(c)]
            ).join(" ");
        for (let k = 0; k < 8; k++) {
            const g = mobile();
            for (const text of [
                `연락처: ${g.join(" 다음 ")} 입니다.`,
                `연락처 ${g[0]}에 ${g[1]}에 ${g[2]}번`,
                `연락처 앞자리 ${g[0]}, 가운데 ${g[1]}, 끝자리 ${g[2]}`,
                `(${g[0]})(${g[1]})(${g[2]})`,
                `연락처 ${sino(g.join(""))}`,
                `연락처 ${g.map(native).join(" / ")}`
            ])
                assert.ok(!shown(text).includes(g[2]) && !/[0-9]{4}/.test(shown(text)), `${text} -> ${shown(text)}`);
        }
        for (const text of [
            "2010년 1234명 5678원",
            "이 일 이 사 오 는 좋다",
            "v010 build 1234 run 5678",
            // Counters and operators between the numbers are no glue (second outside tester).
            "010에 4655을 곱하고 9567로 나눕니다.",
            "018 단계에서 8941개 중 1435개 성공",
            "테스트 010, 테스트 5945, 테스트 7260"
        ])
            assert.equal(shown(text), text);
    });

    it("an account with its word, a business or licence number: groups spaced, tabbed or joined by : * . are hidden", () => {
        for (const separator of [" ", "\t", "\u00a0", "*"]) {
            const account = [digits(3), digits(3), digits(6)];
            const out = shown(`계좌번호 ${account.join(separator)} 로 보내 주세요`);
            assert.ok(!out.includes(account[2]), `${JSON.stringify(separator)}: ${out}`);
        }
        for (const separator of [":", "*", "."]) {
            assert.ok(!shown(`사업자등록번호: ${["220", "81", "62517"].join(separator)}`).includes("62517"));
            assert.ok(!shown(`운전면허 ${["11", "17", "174133", "01"].join(separator)}`).includes("174133"));
        }
        // A second outside tester's near misses: amounts, versions, ratios and shapes, twelve-digit ids.
        for (const text of [
            "회의 10:30:45 계좌 얘기",
            "계좌 개설 2024 01 15 1234",
            "버전 2.1.3 계좌 화면",
            "입금액 541.832.2938원",
            "계좌 서비스 v354.449.5212",
            "입금 통계 823:237:5139",
            "입금액 1234567890원",
            "비율 579:55:66134",
            "크기 186*69*87365",
            "행렬 크기 25*43*604021*82",
            "주문 148194179472",
            "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com"
        ])
            assert.equal(shown(text), text);
    });

    it("a key in a template literal's interpolated string, or as a list of parts joined with nothing, is read whole", () => {
        const body = Array.from({ length: 16 }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ234567"[Math.floor(random() * 30)]).join(
            ""
        );
        const parts = `AKIA${body}`.match(/.{1,4}/g) ?? [];
        for (const text of [
            `const k = \`AKIA\${"${body}"}\`;`,
            `const k = [${parts.map((p) => `'${p}'`).join(", ")}].join('');`,
            `k = ''.join([${parts.map((p) => `"${p}"`).join(", ")}])`
        ])
            assert.ok(!shown(text).includes(body.slice(-4)), `${text} -> ${shown(text)}`);
        for (const text of [
            'const url = `https://${"example"}.com/${id}`',
            'const s = `name: ${"kim"}`',
            "const parts = ['a', 'b', 'c'].join('')",
            "words = ['hello', 'world'].join('')"
        ])
            assert.equal(shown(text), text);
    });

    it("a value written backwards: a mobile number with a word for phone or backwards, an RRN with its check digit", () => {
        const backwards = (text: string) => Array.from(text).reverse().join("");
        for (let k = 0; k < 8; k++) {
            const phone = mobile().join("-");
            for (const text of [`연락처 ${backwards(phone)}`, `${backwards(phone)} (거꾸로 읽으세요)`])
                assert.ok(!/\d{4}/.test(shown(text)), `${text} -> ${shown(text)}`);
            const [front, back] = rrn();
            const reversed = backwards(`${front}-${back}`);
            assert.ok(!shown(`주민번호 ${reversed} (역순)`).includes(reversed.slice(0, 7)), reversed);
        }
        for (const text of ["2024-0115-010 빌드", "1234-5678-110", "버전 7654321-123456"])
            assert.equal(shown(text), text);
    });
});

describe("outside round 12: threats without a killing verb on a named person; 始發 and 丙申年", () => {
    it("Korean threat idioms are violence; the same words about a program, health or cooking are not", () => {
        for (const text of [
            "너 가만 안 둔다",
            "너 진짜 가만 안 둬",
            "죽고 싶냐?",
            "죽고 싶나 보네",
            "진짜 죽여 줄까",
            "칼 맞을 줄 알아라",
            "내일 회사 앞에서 기다린다, 칼 들고 간다",
            "너희 집 찾아간다",
            "니 회사로 직접 찾아갈게",
            "가족 조심해라",
            "애들 잘 조심하는 게 좋을 거다"
        ])
            assertFlagged(text, "violence");
        for (const text of [
            "이 버그는 가만 안 둔다",
            "서버를 죽여 줄까요?",
            "칼 들고 요리한다",
            "자식 건강 조심해라",
            "가족과 함께 조심해서 다녀와",
            "회사에 찾아가서 설치를 도와 드렸다",
            // 始發 with a space, 丙申年 (a year name): the words, not the curse.
            "시발 택시를 탔다",
            "시발 역에서 출발",
            // A second outside tester's everyday sentences.
            "캠핑 갈 때 칼 들고 간다, 요리용으로.",
            "가족 조심해라는 할머니의 잔소리.",
            "세션이 죽고 싶지 않으면 keepalive 를 보내야 한다.",
            "서버가 죽고 싶다는 듯 계속 재시작된다.",
            "병신년에 태어났다",
            "2016년은 병신년이었다"
        ])
            assertUntouched(text);
        for (const text of ["시발 차라리 그만둬", "이 병신년이", "병신년아"]) assertFlagged(text);
    });
});

describe("outside round 12: documentation examples and section numbers are no values", () => {
    it("replace-me secrets, example.co.kr, section numbers pass; real ones do not", () => {
        for (const text of [
            "JWT_SECRET=replace-me-in-production",
            "SESSION_SECRET=change-this-secret",
            "jane.doe@example.co.kr",
            "목차 1.2.3.4",
            "5.3.1.8항을 확인하세요."
        ])
            assert.equal(shown(text), text);
        for (const text of ["kim@company.co.kr", "캐시 서버 61.78.9.10", "접속 IP 211.234.10.5"])
            assert.notEqual(shown(text), text);
    });
});
