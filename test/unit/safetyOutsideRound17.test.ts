// Classes from a fifth PII tester's held-out set (2026-12-05: 1,126 of 12,320 values leaked, 19 of 465
// innocent texts changed on first contact), written here in other words and values, each whole and
// streamed one character at a time:
// - passwords whose first character is a variable's sign (%A*Hdr6…, @6EJOq…), a YAML key under
//   another key that names credentials, "the password you asked for: …", an HTML form's input;
// - a key in a URL's query after another (…&aws_secret_access_key=…), a token ending in "-" or "_";
// - a database URL whose password holds "*" (its end was read as an e-mail address); a key spaced
//   one character at a time inside quotes;
// - an account number at the end of an English sentence (its full stop read as a decimal point), or
//   under a table header or CSV column named 계좌; a JWT with invisible characters between its letters,
//   in full width, or with Cyrillic capitals (its dots were joined away);
// - innocent: documented test cards, ten bare digits without a word for them (a build, a byte count).
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { piiValues } from "../support/piiValues";
import { shownBothWays } from "../support/safetyStream";

const random = seededRandom(1717);
const values = piiValues(random);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => pick(Array.from(alphabet))).join("");
const password = () =>
    `${pick(["%", "@", "$", "*", "!", "#"])}${chars("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 5)}${chars("0123456789", 2)}${pick(["$", "%", "^", "&"])}${chars("abcdefXYZ", 4)}`;

function assertHidden(text: string, secret: string): void {
    const out = shownBothWays(text);
    assert.ok(!out.includes(secret.slice(1, 8)), `${text} -> ${out}`);
}

describe("outside round 17: the fifth PII tester's classes", () => {
    it("passwords in code and prose, whatever their first character", () => {
        for (let k = 0; k < 12; k++) {
            const secret = password();
            assertHidden(`# 관리자 계정\nadmin_password = '${secret}'`, secret);
            assertHidden(`auth:\n  credentials:\n    passwd: '${secret}'`, secret);
            assertHidden(`curl -d '{"db_password": "${secret}"}' https://api.internal.kr/login`, secret);
            assertHidden(`Here is the new password you requested: ${secret.slice(1)}`, secret.slice(1));
            assertHidden(`<input type="hidden" name="user_password" value="${secret}">`, secret);
        }
        // A variable, not a value: kept.
        for (const text of [
            "password = $DB_PASSWORD",
            "password: ${DB_PASSWORD}",
            "password = %DB_PASS%",
            'password = "%(password)s"',
            "password: @db.password",
            "The password policy requires: at least 8 characters"
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("a key after another in a URL's query, a token that ends in - or _, a database URL with * in its password", () => {
        for (let k = 0; k < 12; k++) {
            const secret = chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40);
            assertHidden(
                `https://s3.ap-northeast-2.amazonaws.com/b/o?X-Id=AKIA${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}&aws_secret_access_key=${secret}&page=2`,
                secret
            );
            const gitlab = `glpat-${chars("abcdefghijkABCDEFGHIJ0123456789", 19)}-`;
            assertHidden(`GITLAB_TOKEN=${gitlab}`, gitlab.slice(6));
            assertHidden(`token: ${gitlab}`, gitlab.slice(6));
            const db = `${chars("abcdefgh", 2)}*${chars("ABCDEFabcdef012345", 10)}`;
            const out = shownBothWays(`DATABASE_URL=postgres://svc_order:${db}@prod-db.internal.kr:5432/app`);
            assert.ok(!out.includes(db.slice(0, 2)) && !out.includes(db.slice(3)), out);
        }
    });

    it("a key spaced one character at a time inside quotes", () => {
        for (let k = 0; k < 12; k++) {
            const token = `ghp_${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 36)}`;
            const spaced = Array.from(token).join(" ");
            for (const text of [`{"github_token": "${spaced}"}`, `token = '${spaced}'`, `토큰은 [${spaced}].`]) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(spaced.slice(8, 20)), `${text} -> ${out}`);
            }
        }
    });

    it("a JWT with invisible characters, in full width or with Cyrillic capitals; an account under its table header", () => {
        const part = () => chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 30);
        for (let k = 0; k < 8; k++) {
            const jwt = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${part()}.${part()}`;
            const payload = jwt.split(".")[1].slice(4, 16);
            const zeroWidth = Array.from(jwt).join("\u200c");
            const fullWidth = Array.from(jwt)
                .map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
                .join("");
            const cyrillic = jwt.replace(/I/g, "\u0406").replace(/S/g, "\u0405");
            for (const text of [
                `액세스 토큰: ${zeroWidth}`,
                `고객: 액세스 토큰 말씀드릴게요.\n고객: ${fullWidth}`,
                `ACCESS_TOKEN=${cyrillic}`
            ]) {
                const out = shownBothWays(text)
                    .normalize("NFKC")
                    .replace(/[\u200c\u0406\u0405]/g, "");
                assert.ok(!out.includes(payload), `${text} -> ${out}`);
            }
            const account = values.account().join("-");
            for (const text of [
                `<table>\n  <tr><th>이름</th><th>카카오뱅크 계좌</th></tr>\n  <tr><td>조동하</td><td>${account}</td></tr>\n</table>`,
                `이름,계좌\n박지훈,${account}`
            ])
                assert.ok(!shownBothWays(text).includes(account), text);
        }
    });

    it("an account number at the end of an English sentence", () => {
        for (let k = 0; k < 12; k++) {
            const account = values.account();
            const out = shownBothWays(`My Shinhan Bank account number is ${account.join("-")}.`);
            assert.ok(!out.includes(account.join("-")) && out.endsWith("."), out);
        }
        assert.equal(shownBothWays("입금액은 541.832.2938원입니다"), "입금액은 541.832.2938원입니다");
    });

    it("documented test cards and ten bare digits without a word for them are kept", () => {
        for (const text of [
            "Stripe 테스트 카드 4242 4242 4242 4242 로 결제를 시험하세요.",
            'CARD = "4111 1111 1111 1111"  # docs test card',
            "결제 테스트의 거절 시나리오는 4000 0000 0000 0002 카드를 쓰면 됩니다.",
            "Mastercard test: 5555 5555 5555 4444",
            "Downloaded 2525579812 bytes in 2.3s",
            "Jenkins 빌드 #9944074348 실패",
            "PR #6001017713 머지 완료"
        ])
            assert.equal(shownBothWays(text), text);
        // A real card and a business number with its word are still hidden.
        for (let k = 0; k < 6; k++) {
            const card = values.card();
            assert.ok(!shownBothWays(`카드번호 ${card.join(" ")}`).includes(card[1]));
            const brn = values.brn().join("");
            assert.ok(!shownBothWays(`biz_no=${brn}`).includes(brn));
        }
    });
});
