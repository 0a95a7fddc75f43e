// Classes the fourth PII tester's generator still found (round 16), each over generated values and
// streamed one character at a time too:
// - a key concatenated in code with empty strings between its parts (`"sk-…" + "" + "…"`), and a
//   number so (`"010" + "" + "2345"`, `'010' '' '2345'`);
// - a key, or an e-mail address, written one character at a time (`s k - p r o j - …`); a key's
//   pieces given last first (뒤에서부터 적을게요: … / … / AIza…);
// - TOML or .env fields whose names are long (`resident_registration_number_1 = "…"`);
// - an e-mail address's parts in such fields (the field's name was read as the mailbox), or under
//   its name far above (PARTS = ['jiyoung968', 'gmail.com']); a call's argument (smtplib.SMTP(
//   'smtp.gmail.com')) after 이메일 was read as an address;
// - a name a few words after a value on its line (`… ← 이게 제 account number예요`), or cut short
//   by the twelve characters of right context (`"368" + "-" + … # bank account`);
// - a business registration number's parts under a name far above them; several names above one
//   value (read in one rescan: the last stop read once per name).
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { piiValues } from "../support/piiValues";
import { shownBothWays } from "../support/safetyStream";

const random = seededRandom(1616);
const values = piiValues(random);
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Random token characters with at least one digit and one capital. */
function body(n: number): string {
    const out = Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]);
    out[1] = String(Math.floor(random() * 10));
    out[3] = "QWERTZ"[Math.floor(random() * 6)];
    return out.join("");
}
const tokens = () => [
    `sk-proj-${body(48)}`,
    `ghp_${body(36)}`,
    `glpat-${body(20)}`,
    `AIza${body(35)}`,
    `xoxb-${body(10)}-${body(12)}-${body(24)}`
];
/** Cuts `text` into `n` pieces of about equal length. */
function pieces(text: string, n: number): string[] {
    const size = Math.ceil(text.length / n);
    return Array.from({ length: n }, (_, k) => text.slice(k * size, (k + 1) * size)).filter((p) => p.length > 0);
}
/** No piece of four or more characters of `value` is shown. */
function assertNone(text: string, parts: readonly string[]): string {
    const out = shownBothWays(text);
    for (const part of parts) assert.ok(part.length < 4 || !out.includes(part), `${text} -> ${out}`);
    return out;
}

describe("outside round 16: PII classes", () => {
    it("a key or a number concatenated with empty strings between its parts", () => {
        for (let k = 0; k < 6; k++)
            for (const token of tokens()) {
                const parts = pieces(token, 3);
                assertNone(`v = ${parts.map((p) => `"${p}"`).join(' + "" + ')}  # API 키`, parts);
                assertNone(`key = ${parts.map((p) => `'${p}'`).join(" + '' + ")}`, parts);
                assertNone(`const key = ${parts.map((p) => `\`${p}\``).join(" + `` + ")};`, parts);
            }
        for (let k = 0; k < 12; k++) {
            const phone = values.mobile();
            assertNone(`phone = ${phone.map((p) => `"${p}"`).join(' + "" + ')}`, phone);
            assertNone(`phone = ${phone.map((p) => `'${p}'`).join(" '' ")}`, phone);
        }
        // Ordinary strings so joined stay as they are.
        for (const text of ['const s = "hello" + "" + "world";', "name = first + '' + last", 'x = "a" + "" + "b"'])
            assert.equal(shownBothWays(text), text);
    });

    it("a key or an e-mail address written one character at a time", () => {
        for (let k = 0; k < 4; k++)
            for (const token of tokens()) {
                const spaced = Array.from(token).join(" ");
                const out = assertNone(`API 키: ${spaced}`, pieces(spaced, 6));
                assert.ok(out.startsWith("API 키: "), out);
                assertNone(`토큰은 ${spaced} 입니다.`, pieces(spaced, 6));
            }
        for (const [mailbox, domain] of [
            ["sora567", "kakao.com"],
            ["minji.park82", "naver.com"],
            ["dev_kim91", "gmail.com"]
        ]) {
            const spaced = (s: string) => Array.from(s).join(" ");
            assertNone(`이메일: ${spaced(`${mailbox}@${domain}`)}`, [spaced(mailbox)]);
            assertNone(`이메일: ${spaced(mailbox)} - ${spaced(domain)}`, [spaced(mailbox)]);
        }
        // Spaced letters without a digit, a keyboard row, a short run: untouched.
        for (const text of [
            "강조: H E L L O W O R L D F R O M K O R E A",
            "키보드 배열: 1 2 3 4 5 6 7 8 9 0 q w e r t y u i o p",
            "16진수 숫자: 0 1 2 3 4 5 6 7 8 9 a b c d e f",
            "행렬 A = 1 0 0 0 1 0 0 0 1",
            "x 1 y 2 z 3"
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("a key's pieces given last first, with a word that says so", () => {
        for (let k = 0; k < 4; k++)
            for (const token of tokens()) {
                const parts = pieces(token, 3);
                const reversed = [...parts].reverse();
                assertNone(`API 키를 뒤에서부터 적을게요: ${reversed.join(" / ")} (순서를 거꾸로 읽으세요)`, parts);
                assertNone(`토큰은 역순으로: ${reversed.join(" | ")}`, parts);
            }
        // Pieces in order after a word about reversing something else stay a key, redacted as before.
        const text = "배열을 거꾸로 정렬하는 예제입니다: sort(reverse=True)";
        assert.equal(shownBothWays(text), text);
    });

    it("TOML or .env fields with long names, and a business number named far above", () => {
        for (let k = 0; k < 12; k++) {
            const [front, back] = values.rrn();
            for (const name of ["resident_registration_number", "alien_registration_number_part", "jumin_number"])
                assertNone(`[user]\nname = "정수빈"\n${name}_1 = "${front}"\n${name}_2 = "${back}"`, [front, back]);
            const brn = values.brn();
            assertNone(
                `# TODO: 사업자번호 마스킹\ndef load():\n    cfg = read_config()\n    return cfg\nPARTS = [${brn.map((p) => `'${p}'`).join(", ")}]`,
                brn.filter((p) => p.length >= 3)
            );
        }
    });

    it("an e-mail address's parts in fields, or under its name far above", () => {
        for (const [mailbox, domain] of [
            ["parksy151", "nate.com"],
            ["jiyoung968", "gmail.com"],
            ["minsu175", "naver.com"]
        ]) {
            for (const name of ["e_mail", "email_address", "email"])
                assertNone(`[user]\nname = "정수빈"\n${name}_1 = "${mailbox}"\n${name}_2 = "${domain}"`, [mailbox]);
            for (const name of ["메일 주소", "email address", "이메일"])
                assertNone(
                    `# TODO: ${name} 마스킹\ndef load():\n    cfg = read_config()\n    retries = cfg.get('retries')\n    return cfg\nPARTS = ['${mailbox}', '${domain}']`,
                    [mailbox]
                );
        }
        // A mail host, a call's argument, an example domain under such a name: untouched.
        for (const text of [
            "# 이메일 발송 모듈\nimport smtplib\nserver = smtplib.SMTP('smtp.gmail.com', 587)",
            "# 이메일 발송 설정\ndef load():\n    cfg = read_config()\n    retries = cfg.get('retries')\n    return cfg\nHOST = 'smtp.gmail.com'\nDOCS = ['guide', 'example.com']"
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("a name a few words after the value on its line, or cut short by the right context", () => {
        for (let k = 0; k < 12; k++) {
            const account = values.account();
            assertNone(
                `${account.join("-")} ← 이게 제 account number예요`,
                account.filter((p) => p.length >= 4)
            );
            assertNone(
                `${account.join("-")}  # 제 계좌번호`,
                account.filter((p) => p.length >= 4)
            );
            assertNone(
                `v = ${account.map((p) => `"${p}"`).join(' + "-" + ')}  # bank account`,
                account.filter((p) => p.length >= 4)
            );
        }
        // A build number with "account" further on, or an id a few words before "AWS account id": kept.
        for (const text of [
            "build 926-7751-8575-88 ← 이게 제 AWS account id",
            "release 2024-11-05 ← account 설정과 무관"
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("several names above one value: the value of each named type is found", () => {
        for (let k = 0; k < 12; k++) {
            const account = values.account();
            const [front, back] = values.rrn();
            const text = `-- 주민등록번호, 계좌번호, 여권번호, 운전면허번호 컬럼 분할 저장\n-- 아래는 테스트용 행입니다\nINSERT INTO t VALUES ('${account[0]}', '${account[1]}', '${account[2]}');\nINSERT INTO u VALUES ('${front}', '${back}');`;
            assertNone(text, [...account.filter((p) => p.length >= 4), front, back]);
        }
        // Numbers that are no value of a named type stay.
        const text =
            "-- 계좌번호, 여권번호 컬럼 설명\nSELECT id, created_at FROM t WHERE id IN (12, 34, 56) LIMIT 100;";
        assert.equal(shownBothWays(text), text);
    });
});
