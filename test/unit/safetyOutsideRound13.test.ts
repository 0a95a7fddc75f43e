// Classes from the still-missed list of round 12, each over generated values and streamed one
// character at a time too:
// - an emoji or another pictograph (★ ♥ ● ☎ 😀 🔹 ❤️ 👍🏻) between a value's digit groups, every
//   gap the same;
// - a mobile number's groups in reverse order with any mobile prefix (5678-1234-011);
// - a public IPv4 address spelled in a cloud host's name (ec2-13-125-44-201.ap-northeast-2…,
//   13-125-44-201.nip.io), or right after a word for an address with other separators (IP:
//   175|186|115|109, 1~209~245~125, (34)(244)(112)(231), 222.159.241.⏎172);
// - a 6 + 7 number with each part in brackets, or its two parts swapped, and a landline's groups in
//   reverse order with a word for phone.
// Content, from the second tester's innocent cases: a threat or a wish quoted as words to talk about
// (NPC 대사 '죽고 싶냐'를 순화해 주세요), and a media player or a client as the subject.
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { assertFlagged, assertUntouched, shownBothWays } from "../support/safetyStream";

const shown = shownBothWays;
const random = seededRandom(1313);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const digits = (n: number) => Array.from({ length: n }, () => 1 + Math.floor(random() * 9)).join("");
/** A valid RRN's two parts (check digit computed). */
function rrn(): [string, string] {
    const front = `${80 + Math.floor(random() * 19)}0${1 + Math.floor(random() * 9)}1${Math.floor(random() * 9)}`;
    const back = `${1 + Math.floor(random() * 2)}${digits(5)}`;
    const sum = Array.from(front + back).reduce(
        (acc, d, i) => acc + Number(d) * [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5][i],
        0
    );
    return [front, back + String((11 - (sum % 11)) % 10)];
}
/** A card number that passes Luhn, in four groups. */
function card(): string[] {
    const body = `4${digits(14)}`;
    const sum = Array.from(body)
        .reverse()
        .reduce((acc, d, i) => {
            const n = Number(d) * (i % 2 === 0 ? 2 : 1);
            return acc + (n > 9 ? n - 9 : n);
        }, 0);
    const all = body + String((10 - (sum % 10)) % 10);
    return all.match(/.{4}/g) ?? [];
}

describe("outside round 13: PII classes from round 12's still-missed list", () => {
    it("a pictograph between a value's groups hides every group; ratings, steps and years stay", () => {
        const symbols = ["★", "☆", "♥", "●", "■", "☎", "😀", "🔹", "❤️", "👍🏻", "✨"];
        for (let k = 0; k < 24; k++) {
            const symbol = pick(symbols);
            const gap = k % 2 === 0 ? symbol : ` ${symbol} `;
            const mobile = [pick(["010", "011", "016", "019"]), digits(4), digits(4)];
            const [front, back] = rrn();
            for (const [text, group] of [
                [`연락처 ${mobile.join(gap)} 으로`, mobile[1]],
                [mobile.join(gap), mobile[2]],
                [`주민번호 ${front}${gap}${back}`, back],
                [`카드 ${card().join(gap)} 결제`, ""]
            ] as const) {
                const out = shown(text);
                assert.ok(!/\d{4}/.test(out), `${text} -> ${out}`);
                if (group.length > 0) assert.ok(!out.includes(group), `${text} -> ${out}`);
            }
        }
        for (const text of [
            "평점 4 ★ 5, 리뷰 1234 ★ 5678",
            "✅ 2024 ✅ 2025 ✅ 2026 릴리스",
            "단계 100 ➡ 200 ➡ 300",
            "1920×1080×32 해상도",
            "🔥 1000 🔥 돌파"
        ])
            assert.equal(shown(text), text);
    });

    it("a mobile number's groups in reverse order, with a word for phone, with any mobile prefix", () => {
        for (let k = 0; k < 12; k++) {
            const prefix = pick(["010", "011", "016", "017", "018", "019"]);
            const [middle, last] = [digits(4), digits(4)];
            for (const text of [`연락처 ${last}-${middle}-${prefix}`, `전화 ${last}.${middle}.${prefix} (거꾸로)`]) {
                const out = shown(text);
                assert.ok(!out.includes(middle) && !out.includes(last), `${text} -> ${out}`);
            }
        }
        for (const text of ["5678-1234-011 빌드", "2024-0115-010 태그"]) assert.equal(shown(text), text);
    });

    it("a public IPv4 address in a cloud host's name is hidden; a private one and dates stay", () => {
        for (let k = 0; k < 12; k++) {
            const octets = [
                pick([13, 3, 52, 54]),
                1 + Math.floor(random() * 250),
                Math.floor(random() * 250),
                1 + Math.floor(random() * 250)
            ];
            const dashed = octets.join("-");
            for (const text of [
                `ssh -i key.pem ubuntu@ec2-${dashed}.ap-northeast-2.compute.amazonaws.com 으로 접속`,
                `호스트: ec2-${dashed}.compute-1.amazonaws.com`,
                `curl http://${dashed}.nip.io:8080/health`
            ]) {
                const out = shown(text);
                assert.ok(!out.includes(dashed), `${text} -> ${out}`);
            }
        }
        for (const text of [
            "ip-172-31-5-6.ap-northeast-2.compute.internal",
            "ec2-10-0-1-23 은 내부 이름입니다",
            "릴리스 2024-12-04-1 빌드",
            "version-1-2-3-4 태그"
        ])
            assert.equal(shown(text), text);
    });

    it("four octets with other separators right after a word for an address; lists and times stay", () => {
        for (let k = 0; k < 16; k++) {
            const octets = [
                pick([13, 61, 121, 175, 211]),
                10 + Math.floor(random() * 240),
                Math.floor(random() * 250),
                10 + Math.floor(random() * 240)
            ].map(String);
            for (const text of [
                `서버 공인 IP: ${octets.join(pick(["|", "~", "ㅡ", "―", "·", "•", " - ", ":", "+", "*", "#", "--"]))} 입니다.`,
                `IP 주소는 ${octets.join(pick([" ", ", ", "\t"]))} 입니다.`,
                `서버 공인 IP: (${octets.join(")(")}) 입니다.`,
                `서버 공인 IP: ${octets.slice(0, 3).join(".")}.\n${octets[3]} 입니다.`
            ]) {
                const out = shown(text);
                assert.ok(!out.includes(octets[1]) || !out.includes(octets[3]), `${text} -> ${out}`);
            }
        }
        for (const text of [
            "주소록 1, 2, 3, 4 번",
            "시간 12:30:45:10 주소 아님",
            "IPv4 주소 필드 4개: 10 20 30 40",
            "IP 버전 1.2.3.4",
            "점수 61 139 125 231 입니다"
        ])
            assert.equal(shown(text), text);
    });

    it("a 6 + 7 number in brackets or with its parts swapped; a landline's groups in reverse order", () => {
        for (let k = 0; k < 12; k++) {
            const [front, back] = rrn();
            for (const text of [`주민등록번호: (${front})(${back}) 입니다.`, `주민등록번호: ${back}-${front} (역순)`]) {
                const out = shown(text);
                assert.ok(!out.includes(front) && !out.includes(back), `${text} -> ${out}`);
            }
            const [area, middle, last] = [pick(["02", "031", "051", "064"]), digits(4), digits(4)];
            const text = `사무실 전화: ${last}-${middle}-${area} (역순) 입니다.`;
            assert.ok(!shown(text).includes(middle), `${text} -> ${shown(text)}`);
        }
        for (const text of ["2348-1843-02 빌드", "(123456)(1234567) 번 항목"]) assert.equal(shown(text), text);
    });
});

describe("outside round 13: threats quoted as words to talk about", () => {
    it("a quoted threat followed by a particle and a word about wording is a mention; passed on, it is a threat", () => {
        for (const [quoted, after] of [
            ["죽고 싶냐", "를 순화해 주세요"],
            ["너 죽여버린다", "를 순화하면 '그만해 주세요'가 됩니다"],
            ["죽여버린다", "라는 표현은 쓰지 마세요"],
            ["가만 안 둔다", "같은 대사는 필터가 차단합니다"]
        ])
            for (const [open, close] of [
                ["'", "'"],
                ['"', '"'],
                ["“", "”"],
                ["「", "」"]
            ])
                assertUntouched(`NPC 대사 ${open}${quoted}${close}${after}.`);
        for (const text of [
            "메모리 부족으로 플레이어가 죽고 싶다는 듯 계속 재시작된다.",
            "플레이어가 죽고 싶지 않으면 하트비트를 보내야 한다.",
            "클라이언트가 죽고 싶다는 듯 연결을 끊는다."
        ])
            assertUntouched(text);
        for (const text of [
            "그 사람한테 '죽여버린다'라고 전해.",
            "'너 죽여버린다' 진짜로.",
            "야 '너 죽여버린다'는 말 들었지? 진짜 죽여버린다",
            "너 죽고 싶냐"
        ])
            assertFlagged(text, "violence");
    });
});
