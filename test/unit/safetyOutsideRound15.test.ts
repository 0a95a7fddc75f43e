// A value's groups spread out with words or lines between them (a table's rows, steps, sentences,
// a key in pieces, an e-mail's two halves) are redacted group by group: what stands between them
// stays on screen, and the value still counts once. Found from outside: a product tester saw a whole
// table row, and the words of a sentence, vanish with the value. Also from the fourth tester's
// generator: an account's parts given one by one with particles (앞부분은 7254입니다. 가운데는 214이고요 …,
// 1단계: 883을 입력 …), which were left on screen.
import * as assert from "node:assert/strict";
import { filterText } from "../../safety/filter";
import { seededRandom } from "../fixtures/tinyGemma";
import { piiValues } from "../support/piiValues";
import { shownBothWays } from "../support/safetyStream";

const values = piiValues(seededRandom(1515));

/** Shown whole and streamed one character at a time: no group of the value, every word kept. */
function assertGroupsOnly(text: string, groups: readonly string[], kept: readonly string[]): string {
    const out = shownBothWays(text);
    for (const group of groups) if (group.length >= 3) assert.ok(!out.includes(group), `${text} -> ${out}`);
    for (const word of kept) assert.ok(out.includes(word), `${JSON.stringify(word)} lost: ${text} -> ${out}`);
    return out;
}

describe("outside round 15: a spread value is redacted group by group", () => {
    it("the rows of a table, a sentence's words and a step's words stay between the groups", () => {
        for (let k = 0; k < 12; k++) {
            const phone = values.mobile();
            assertGroupsOnly(`연락처:\n| 1 | ${phone[0]} |\n| 2 | ${phone[1]} |\n| 3 | ${phone[2]} |`, phone, [
                "| 1 |",
                "| 2 |",
                "| 3 |"
            ]);
            // A header row and more text after the table (a second match of the value read its rows too).
            assertGroupsOnly(
                `요약입니다.\n\n연락처:\n| 순서 | 값 |\n|---|---|\n| 1 | ${phone[0]} |\n| 2 | ${phone[1]} |\n| 3 | ${phone[2]} |\n\n제 계좌번호 앞부분은 7254입니다. 가운데는 214이고요. 그 다음은 117374예요.`,
                phone,
                ["| 2 |", "| 3 |", "가운데는"]
            );
            const card = values.card();
            assertGroupsOnly(
                `카드번호 앞 네 자리는 ${card[0]}, 그 다음은 ${card[1]}, 세 번째는 ${card[2]}, 마지막은 ${card[3]}`,
                card,
                ["그 다음은", "세 번째는", "마지막은"]
            );
            const account = values.account();
            const out = assertGroupsOnly(
                `제 계좌번호 앞부분은 ${account[0]}입니다. 가운데는 ${account[1]}이고요. 그 다음은 ${account[2]}예요.`,
                account,
                ["입니다. 가운데는", "이고요. 그 다음은"]
            );
            assert.equal(out.split("[계좌번호]").length - 1, 3, out);
        }
    });

    it("the value still counts once, and groups joined by signs are still one placeholder", () => {
        const account = values.account();
        const spread = filterText(
            `제 계좌번호 앞부분은 ${account[0]}입니다. 가운데는 ${account[1]}이고요. 그 다음은 ${account[2]}예요.`
        );
        assert.equal(spread.findings.length, 1, JSON.stringify(spread.findings));
        const joined = filterText(`제 계좌번호는 ${account.join(", ")}입니다.`);
        assert.equal(joined.text, "제 계좌번호는 [계좌번호]입니다.");
        const quoted = filterText(`PARTS = ['${account.join("', '")}']  # 계좌번호`);
        assert.equal(quoted.text.match(/\[[가-힣 ]+\]/g)?.length, 1, quoted.text);
    });

    it("an account's parts given one by one with particles are hidden", () => {
        for (let k = 0; k < 12; k++) {
            const a = values.account();
            assertGroupsOnly(
                `계좌번호 입력 방법:\n1단계: ${a[0]}을 입력\n2단계: ${a[1]}를 입력\n3단계: ${a[2]}를 입력`,
                a,
                ["2단계:", "3단계:"]
            );
            assertGroupsOnly(`입금 계좌는 앞자리가 ${a[0]}이고, 가운데는 ${a[1]}, 끝자리는 ${a[2]}입니다`, a, [
                "가운데는"
            ]);
        }
    });

    it("numbers with particles under an account word that are no account's parts stay", () => {
        for (const text of [
            "계좌 TTL은 64이고 길이는 20이며 다음 값은 30이다",
            "계좌 조회 API는 평균 120이고 다음 단계에서 340이며 마지막은 5600입니다",
            "계좌는 평균 120이고 다음 단계에서 340이며 마지막은 5600입니다",
            "계좌 목록: 첫 페이지는 20건, 다음 페이지는 40건, 마지막은 100건",
            "계좌 이체 한도는 1단계 300이고 2단계 500이며 3단계 1000입니다"
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("a key, an e-mail or a number named in a variable's name (OPENAI_API_KEY, secret_key_1, e_mail, resident_registration_number)", () => {
        const key = ["sk-parnvydCpV9iLB", "i69unLoRUnAt6eoGX", "whZaHla6flgI6Upxq"];
        for (const text of [
            `{"name": "김철수", "OPENAI_API_KEY": ["${key.join('", "')}"]}`,
            `[user]\nsecret_key_1 = "${key[0]}"\nsecret_key_2 = "${key[1]}"\nsecret_key_3 = "${key[2]}"`,
            `# API 키\nA=${key[0]}\nB=${key[1]}\nC=${key[2]}\necho "$A$B$C"`,
            `My OPENAI_API_KEY is ${key[0]}, then ${key[1]}, then ${key[2]}, in that order.`
        ]) {
            const out = shownBothWays(text);
            for (const piece of key) assert.ok(!out.includes(piece), `${text} -> ${out}`);
        }
        for (const text of [
            'customer:\n  e_mail:\n    part1: "kimjh951"\n    part2: "naver.com"',
            "이름,e-mail_1,e-mail_2\n박민수,kimjh951,hanmail.net"
        ])
            assert.ok(!shownBothWays(text).includes("kimjh951"), text);
        const rrn = values.rrn();
        const yaml = `customer:\n  resident_registration_number:\n    part1: "${rrn[0]}"\n    part2: "${rrn[1]}"`;
        assert.ok(!shownBothWays(yaml).includes(rrn[1]), yaml);
    });

    it("a key split after its provider's prefix, in table cells or a list, with no word naming it", () => {
        const key = ["sk-proj-JXR1FmUgzB", "uDJzCb9RcpVB7SiLcHq", "IKrgegdjLGywtNhJtUu"];
        for (const text of [
            `| a | b | c |\n|---|---|---|\n| ${key.join(" | ")} |`,
            `parts = [\n  "${key.join('",\n  "')}",\n]`
        ]) {
            const out = shownBothWays(text);
            for (const piece of key) assert.ok(!out.includes(piece), `${text} -> ${out}`);
            // A table keeps its cells (found from outside: the row lost its two inner borders).
            assert.equal(out.split("|").length, text.split("|").length, out);
        }
        // A first piece as long as a whole key (an Anthropic key's start) goes on with long random pieces.
        const anthropic = ["sk-ant-api03-FZB9g7S6DcyTLL1rIRnYdGr", "dgVBXeeiJCjaTtm31fWH0tvNoB8fmEyXts8H"];
        const long = shownBothWays(`| a | b |\n|---|---|\n| ${anthropic.join(" | ")} |`);
        for (const piece of anthropic) assert.ok(!long.includes(piece.slice(-12)), long);
        const text = "scikit-learn은 sk-learn 패키지가 아니라 scikit-learn 1.3.0 으로 설치합니다";
        assert.equal(shownBothWays(text), text);
    });

    it("an invisible character standing as the separator between a named value's groups", () => {
        for (const gap of ["\u2060", "\uFE0F", "\u200B"]) {
            const ip = values.ip().map(String);
            const out = shownBothWays(`서버 공인 IP: ${ip.join(gap)} 입니다.`);
            for (const group of ip) if (group.length === 3) assert.ok(!out.includes(group), out);
        }
        assert.equal(shownBothWays("버전 1\u200B2\u200B3 입니다."), "버전 1\u200B2\u200B3 입니다.");
    });

    it("a token's id, type or count named beside a key word stays", () => {
        for (const text of [
            "request_token_id: 3f2b8c1e-9d4a-4b7e-8f21-6c0d5e9a7b13, trace_id: 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "token_type: Bearer, token_count: 4096, api_key_name: prodReadOnlyKey2"
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("a gap that holds another value is redacted with the value around it", () => {
        const card = values.card();
        const text = `카드번호 앞 네 자리는 ${card[0]}, 문의 minsu772@naver.com 다음은 ${card[1]}, 세 번째는 ${card[2]}, 마지막은 ${card[3]}`;
        const out = shownBothWays(text);
        assert.ok(!out.includes("minsu772"), out);
        for (const group of card) assert.ok(!out.includes(group), out);
    });
});
