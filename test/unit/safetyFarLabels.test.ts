// A value whose name is far above it (safety/pii/farLabels.ts): a comment naming the number lines
// above the code that holds it, a SQL comment above an INSERT, a memo's paragraph between the name
// and the number. Found by the fourth PII tester's generator (code_far, sql_insert, label_far).
// Generated values, each shown whole and streamed one character at a time.
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { piiValues } from "../support/piiValues";
import { shownBothWays } from "../support/safetyStream";

const values = piiValues(seededRandom(3535));
const code =
    "def load():\n    settings = read_settings()\n    attempts = settings.get('attempts')\n    return settings\n";
const memo =
    " 아래 내용은 가입 양식의 검증 단계에서 공백과 기호를 어떻게 다루는지 정리한 것입니다. 확인 부탁드립니다.\n";

function assertGone(text: string, groups: readonly string[]): void {
    const out = shownBothWays(text);
    for (const group of groups) assert.ok(!out.includes(group), `${text} -> ${out}`);
}

describe("a value named far above it", () => {
    it("a resident number in two strings, under a comment lines above", () => {
        for (let k = 0; k < 8; k++) {
            const rrn = values.rrn();
            assertGone(`# 주민등록번호 분리 저장\n${code}PARTS = ['${rrn[0]}', '${rrn[1]}']`, rrn);
            assertGone(`# resident_registration split\n${code}PARTS = ["${rrn[0]}", "${rrn[1]}"]`, rrn);
        }
    });

    it("an account under a memo's paragraph, and in a SQL INSERT under its comment", () => {
        for (let k = 0; k < 8; k++) {
            const account = values.account();
            assertGone(`입금 계좌 관련 메모입니다.${memo}${account.join("-")}`, [account.join("-")]);
            assertGone(
                `-- 계좌번호 나눠 저장\nINSERT INTO payouts (name, a, b, c) VALUES ('김하늘', '${account[0]}', '${account[1]}', '${account[2]}');`,
                [account[2]]
            );
        }
    });

    it("an account joined from strings, named at the end of its line", () => {
        for (let k = 0; k < 8; k++) {
            const account = values.account();
            assertGone(`v = "${account[0]}" + "-" + "${account[1]}" + "-" + "${account[2]}"  # 계좌번호`, [account[2]]);
        }
        const account = values.account();
        assertGone(`acct = "${account[0]}" + "-" + "${account[1]}" + "-" + "${account[2]}"  # account number`, [
            account[2]
        ]);
        assert.equal(shownBothWays("port = 8080  # 계좌번호 필드 아님"), "port = 8080  # 계좌번호 필드 아님");
    });

    it("a number of another type, a name too far above, and plain numbers stay", () => {
        const account = values.account();
        const far = "설정 값을 읽는 함수입니다. ".repeat(30);
        for (const text of [
            `# 주민등록번호 마스킹 함수\n${code}timeout_ms = 1700000000000\nversion = "3.12.4"\nport = 8080`,
            `# 여권번호 검증\n${code}retries = [100, 250, 500]`,
            `# 계좌번호 나눠 저장\n${far}\nPARTS = ['${account[0]}', '${account[1]}', '${account[2]}']`
        ])
            assert.equal(shownBothWays(text), text);
    });
});
