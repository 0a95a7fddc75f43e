// Classes from round 13's still-missed list (the first outside tester's generator run again on
// 2026-12-05), each over generated values and streamed one character at a time too:
// - a value's groups joined by a sign no other rule reads (`+`, `#`, `\`, `--`, `:`, `^`, `;`, a pair
//   of HTML tags), right after a word that names the value (주민등록번호:, 카드번호, 사업자등록번호,
//   운전면허번호, 계좌, 연락처, IP);
// - the groups spread out after such a word: one per table row or cell, list item, line of code with a
//   comment, variable, or with words between them (앞자리 …, 가운데 …);
// - digits written half as Sino-Korean words, half as digits (0육1일2삼-3구1일4육4);
// - English number words with a comma between the groups (zero one zero, two nine one eight, …);
// - from a fourth tester's generator: groups glued to a particle (1단계: 5248을 입력, 앞부분은 7254입니다);
//   an e-mail address without its "@" after a word naming one (sora665‑hanmail.net, the mailbox and the
//   domain in two fields or lines); a key in pieces after a word naming one (one per field, line or
//   string, or with signs or words between them); a named value's groups written backwards with a
//   word that says so (32991 / 97 / 389 (순서를 거꾸로 읽으세요)).
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { piiValues } from "../support/piiValues";
import { shownBothWays } from "../support/safetyStream";

const shown = shownBothWays;
const values = piiValues(seededRandom(1414));
const { pick } = values;
const sino = "공일이삼사오육칠팔구";
/** No group of three digits or more of the value is shown, whole or streamed. */
function assertHidden(text: string, groups: readonly string[]): void {
    const out = shown(text);
    for (const group of groups) if (group.length >= 3) assert.ok(!out.includes(group), `${text} -> ${out}`);
}
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
                assertHidden(text, groups);
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

    it("a named value's groups spread over rows, cells, items, lines or variables hide every group", () => {
        const spreads: Array<(groups: readonly string[]) => string> = [
            (g) => `\n| 순서 | 값 |\n|---|---|\n${g.map((x, i) => `| ${i + 1} | ${x} |`).join("\n")}`,
            (g) => `\n| ${g.map((x) => x).join(" | ")} |`,
            (g) => `\n${g.map((x, i) => `${i + 1}번: ${x}`).join("\n")}`,
            (g) => `\n\`\`\`python\n${g.map((x, i) => `part${i} = ${x}  # ${i}번째`).join("\n")}\n\`\`\``,
            (g) => g.map((x, i) => `const ${"abcd"[i]} = "${x}"`).join("; "),
            (g) => g.map((x, i) => `${["앞자리", "가운데", "끝자리", "마지막"][i]} ${x}`).join(", "),
            (g) => g.join(" 다음 "),
            (g) => g.map((x) => `(${x})`).join("")
        ];
        for (let k = 0; k < 24; k++) {
            const spread = spreads[k % spreads.length];
            for (const [label, groups] of [
                ["주민등록번호: ", values.rrn()],
                ["카드번호: ", values.card()],
                ["사업자등록번호: ", values.brn()],
                ["운전면허번호: ", values.driver()],
                ["연락처: ", values.mobile()]
            ] as const) {
                const text = `${label}${spread(groups)} 입니다.`;
                assertHidden(text, groups);
            }
        }
    });

    it("names written as keys (서버_IP_1, bank_account, 사업자_등록번호), 대표번호, and a licence's retired region code", () => {
        for (let k = 0; k < 12; k++) {
            // Spread out, an octet of one digit is not read as a group (list numbering looks the same).
            const ip = values.ip().map((octet) => String(Math.max(octet, 10)));
            const brn = values.brn();
            const landline = [pick(["02", "031", "051", "064"]), values.digits(3), values.digits(4)];
            const driver = ["27", ...values.driver().slice(1)];
            for (const [text, groups] of [
                [`[user]\n${ip.map((g, i) => `서버_IP_${i + 1} = "${g}"`).join("\n")}`, ip],
                [`customer:\n  사업자_등록번호:\n${brn.map((g, i) => `    part${i + 1}: "${g}"`).join("\n")}`, brn],
                [`대표번호: ${landline.join("、")}`, landline],
                [
                    `제 대표번호 앞부분은 ${landline[0]}입니다. 가운데는 ${landline[1]}이고요. 그 다음은 ${landline[2]}예요.`,
                    landline
                ],
                [`운전면허번호: ${driver.join("-")}`, driver]
            ] as const) {
                assertHidden(text, groups);
            }
        }
        // Without a word for licence, a retired region code is no licence.
        assert.equal(shown("주문 27-76-873465-69 처리"), "주문 27-76-873465-69 처리");
    });

    it("a word naming the value right after it (위 번호가 계좌번호) hides the value, streamed too", () => {
        for (let k = 0; k < 12; k++) {
            const account = values.account();
            const [front, back] = values.rrn();
            for (const [text, groups] of [
                [`${account.join("-")} (위 번호가 계좌번호)`, account],
                [`${account.join("-")}는 제 입금 계좌입니다.`, account],
                [`${front}-${back} 은 주민번호입니다`, [front, back]]
            ] as const)
                assertHidden(text, groups);
        }
        for (const text of ["빌드 번호 2024120512 입니다. 다음 줄", "1234-5678-9012 건의 로그 중 계좌 관련은 없음"])
            assert.equal(shown(text), text);
    });

    it("numbers near such a word that are no value's groups stay", () => {
        for (const text of [
            "계좌 개설 후 10일 이내 300만원 입금 12345 건",
            "카드 컴포넌트의 padding 은 16 px, margin 은 24 px, 폭 320 px, 높이 480 px",
            "IP 주소 대역은 10 개, 서브넷 24 개, 게이트웨이 1 개, DNS 2 개",
            "포트 번호는 8080 이고 버전 12 와 34 입니다",
            "전화 상담: 평일 09:00 ~ 18:00, 점심 12:00 ~ 13:00",
            "연락처 목록\n| 이름 | 나이 |\n|---|---|\n| 김 | 31 |\n| 이 | 27 |",
            "카드 결제 3회, 할부 12개월, 2024년 5월 기준 1234 건",
            // From an outside attacker: counts and measures after a name, a table of sizes under it.
            "사업자등록번호 조회 API: 응답 120 ms, 81 건, 23456 바이트",
            "계좌 수 110 개, 지점 123 곳, 고객 456789 명",
            "서버 주소 목록\n| 노드 | CPU | RAM |\n| 1 | 64 | 128 |\n| 2 | 32 | 64 |",
            "주민등록번호 마이그레이션 로그\n900101 rows scanned\n1234567 rows updated",
            "연락처 동기화 결과 010 그룹, 1234 개 항목, 5678 개 변경",
            "운전면허번호 발급 통계 11 지역 24 년 123456 건 10 회"
        ])
            assert.equal(shown(text), text);
    });

    it("English number words with a comma between a phone number's groups are read as the number", () => {
        const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        const spell = (group: string) => Array.from(group, (d) => words[Number(d)]).join(" ");
        for (let k = 0; k < 12; k++) {
            const mobile = values.mobile();
            const text = `${pick(["문의는 ", "연락처: ", ""])}${mobile.map(spell).join(", ")} 로 주세요`;
            const out = shown(text);
            assert.ok(!out.includes(spell(mobile[1])) && !out.includes(spell(mobile[2])), `${text} -> ${out}`);
        }
        for (const text of [
            "one, two, three, four, five, six, seven 단계",
            "count: one, two, three, four, five, six, seven, eight"
        ])
            assert.equal(shown(text), text);
    });

    it("a named value's groups with particles, in steps or sentences, hide every group", () => {
        for (let k = 0; k < 12; k++) {
            const card = values.card();
            const [front, back] = values.rrn();
            const brn = values.brn();
            for (const [text, groups] of [
                [
                    `카드번호 입력 방법:\n${card.map((g, i) => `${i + 1}단계: ${g}${pick(["을", "를"])} 입력`).join("\n")}`,
                    card
                ],
                [`제 주민등록번호 앞부분은 ${front}입니다. 뒷부분은 ${back}이고요.`, [front, back]],
                [`제 사업자등록번호 앞부분은 ${brn[0]}입니다. 가운데는 ${brn[1]}이고요. 그 다음은 ${brn[2]}예요.`, brn]
            ] as const) {
                assertHidden(text, groups);
            }
        }
        for (const text of [
            "계좌 잔액은 100000이고, 이체 한도는 3000000이며 수수료는 500",
            "IP 헤더의 TTL은 64이고 길이는 20이며 옵션은 40과 60을 씁니다",
            "전화 상담은 10시에 시작해 20분 동안 30명까지 받습니다"
        ])
            assert.equal(shown(text), text);
    });

    it("a named value written backwards with a word that says so hides every group; without the word it stays", () => {
        for (let k = 0; k < 12; k++) {
            const brn = values.brn();
            const card = values.card();
            const [front, back] = values.rrn();
            const driver = values.driver();
            for (const [text, groups] of [
                [
                    `사업자등록번호를 뒤에서부터 적을게요: ${[...brn].reverse().join(" / ")} (순서를 거꾸로 읽으세요)`,
                    brn
                ],
                [`카드번호: ${[...card].reverse().join("-")} (역순)`, card],
                [
                    `주민등록번호: ${Array.from(front + back)
                        .reverse()
                        .join("")} (거꾸로 읽으세요)`,
                    [front, back]
                ],
                [`운전면허번호 (역순): ${[...driver].reverse().join(" ")}`, driver]
            ] as const) {
                assertHidden(text, groups);
            }
        }
        for (const text of ["카드 결제 순서를 거꾸로: 3 / 2 / 1", "사업자등록번호 자리수는 역순으로 5 / 2 / 3"])
            assert.equal(shown(text), text);
    });

    it("a named e-mail address without its @ hides its mailbox; mail hosts and two names stay", () => {
        const providers = ["naver.com", "hanmail.net", "gmail.com", "kakao.com", "nate.com"];
        for (let k = 0; k < 12; k++) {
            const mailbox = `${pick(["sora", "minsu", "dongho", "hana", "jiyoung"])}${values.digits(3)}`;
            const host = pick(providers);
            for (const text of [
                `이메일: ${mailbox}‑${host}`,
                `이메일은 ${mailbox} 대시 ${host} 입니다`,
                `이메일은 아래와 같습니다.\n${mailbox}\n그리고 이어서\n${host}`,
                `이메일: (${mailbox})(${host})`,
                `My 이메일 is ${mailbox}, then ${host}, in that order.`,
                `customer:\n  이메일:\n    part1: "${mailbox}"\n    part2: "${host}"`,
                `이메일: ${mailbox} / company.co.kr`,
                `<p>이메일</p>\n<ul><li>${mailbox}</li><li>${host}</li></ul>`,
                `이메일을 뒤에서부터 적을게요: ${host} / ${mailbox} (순서를 거꾸로 읽으세요)`
            ]) {
                const out = shown(text);
                assert.ok(!out.includes(mailbox), `${text} -> ${out}`);
            }
        }
        for (const text of [
            "메일 서버 설정: smtp 포트 587, 호스트 smtp.gmail.com",
            "이메일 발송은 sendgrid 대신 mailgun.com 을 씁니다",
            "이메일 서비스는 naver.com 과 gmail.com 을 지원합니다",
            "이메일 템플릿은 welcome 과 config.json 을 씁니다",
            "이메일 주소 형식: 아이디 + naver.com"
        ])
            assert.equal(shown(text), text);
    });

    it("a named key in pieces hides every piece; API names, versions and identifiers stay", () => {
        const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        const random = seededRandom(1415);
        const chars = (n: number) =>
            Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
        for (let k = 0; k < 12; k++) {
            const key = pick([`sk-proj-${chars(48)}`, `ghp_${chars(36)}`, `AIza${chars(35)}`, `glpat-${chars(20)}`]);
            const third = Math.ceil(key.length / 3);
            const parts = [key.slice(0, third), key.slice(third, 2 * third), key.slice(2 * third)];
            for (const text of [
                `API 키 ${parts.join(" » ")}`,
                `API 키는 아래와 같습니다.\n${parts.join("\n그리고 이어서\n")}`,
                `customer:\n  API_키:\n${parts.map((p, i) => `    part${i + 1}: "${p}"`).join("\n")}`,
                `My API key is ${parts.join(", then ")}, in that order.`,
                `API 키: ${parts.map((p) => `(${p})`).join("")}`,
                `제 토큰 앞부분은 ${parts[0]}입니다. 가운데는 ${parts[1]}이고요. 그 다음은 ${parts[2]}예요.`,
                `-- API 키 분할 저장\nINSERT INTO customers (name, p1, p2, p3) VALUES ('한지민', ${parts.map((p) => `'${p}'`).join(", ")});`
            ]) {
                const out = shown(text);
                for (const part of parts) assert.ok(!out.includes(part), `${text} -> ${out}`);
            }
        }
        for (const text of [
            "API 문서는 getUserById 와 listOrders 를 설명합니다",
            "API 버전은 v1beta2 와 v2alpha3 를 지원합니다",
            "secret 관리는 Vault 와 AWS SecretsManager 로 합니다",
            "API 응답 예시: status 200, items 3개, cursor null",
            "토큰 사용량: gpt-4o-mini 1200, claude-3-5-sonnet 3400",
            "token 수는 gpt-4o-mini 와 llama-3.1-8b 가 다릅니다",
            "토큰화는 SentencePiece 와 tiktoken cl100k_base 를 씁니다"
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
