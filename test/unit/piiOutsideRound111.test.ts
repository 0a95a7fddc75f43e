// PII classes an attacker and set 106 left on main after round 106 (round 111): a seed phrase after "is",
// under a JSON "seed" key, hyphen-joined or after 12/24 words; backup codes in a quoted list or of letters
// alone; an authenticator's setup key in base32 groups; a one-time code in groups or as a list of digits; a
// card's expiry as MMYY, in 년/월 or as a payment API's fields; an AWS secret access key alone; a resident
// number with a valid check digit in a log's or a cache key's field. Values and words of our own, whole and
// streamed one character at a time (shownBothWays). Each class has an innocent twin.
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

const unchanged = (text: string) => assert.equal(shown(text), text);
const k = "[비밀 키]";
const twelve = Array.from({ length: 12 }, () => k);

describe("PII round 111: seed phrases", () => {
    const words = "rocket orbit hazard velvet plunge summit ladder onion trophy brisk cabin fever";
    it("after 'is', under a JSON seed key, comma-separated or hyphen-joined", () => {
        assert.equal(shown(`my recovery phrase is ${words}`), `my recovery phrase is ${twelve.join(" ")}`);
        assert.equal(shown(`{"seed": "${words}"}`), `{"seed": "${twelve.join(" ")}"}`);
        assert.equal(shown(`seed: ${words.split(" ").join(", ")}`), `seed: ${twelve.join(", ")}`);
        assert.equal(shown(`mnemonic = ${words.split(" ").join("-")}`), `mnemonic = ${twelve.join("-")}`);
        assert.equal(
            shown(`메타마스크 시드 문구는 ${words} 입니다.`),
            `메타마스크 시드 문구는 ${twelve.join(" ")} 입니다.`
        );
    });

    it("how a phrase is kept, a tournament's seed and a number in code stay", () => {
        unchanged("our seed words are never stored on the server side");
        unchanged("my seed phrase is stored offline in a safe");
        unchanged("the mnemonic is twelve words long");
        unchanged("Your recovery phrase is your only backup");
        unchanged("1번 시드는 강팀이다");
        unchanged("random seed: 42");
        unchanged("seed = hash(user)");
    });
});

describe("PII round 111: backup codes and an authenticator's setup key", () => {
    it("a quoted list in code, letters alone after the list began, base32 groups under 2FA", () => {
        assert.equal(
            shown('backup_codes: ["k3p9x-7wq2m", "z8r4t-n1v6b", "h2j5k-q9w3e"]'),
            `backup_codes: ["${k}", "${k}", "${k}"]`
        );
        assert.equal(shown("Slack recovery codes:\n4f8k2m9x1q\nzqwmtpvrkd"), `Slack recovery codes:\n${k}\n${k}`);
        assert.equal(
            shown("2FA 설정 키 (수동 입력용): 7kqm 3xza p4tw r6nv b2hd yq5e"),
            `2FA 설정 키 (수동 입력용): ${twelve.slice(0, 6).join(" ")}`
        );
        assert.equal(
            shown("authenticator key: JBSW Y3DP EHPK 3PXP"),
            `authenticator key: ${twelve.slice(0, 4).join(" ")}`
        );
        assert.equal(shown("OTP secret: t3ka-5mqz-w7xp-n2dr"), `OTP secret: ${k}`);
    });

    it("prose under the names, a card's digit groups and words of four letters stay", () => {
        unchanged("recovery codes:\nplease store these somewhere safe\nthen continue");
        unchanged("2FA 설정 방법: this will help your team");
        unchanged("2FA 복구 코드는 설정 메뉴에서 확인: Menu Item");
        unchanged("t3ka 5mqz w7xp n2dr f4hv 6jyc 는 예시 해시 조각");
    });
});

describe("PII round 111: a one-time code in groups or as a list of digits", () => {
    it("'482 913', '482-913', [4, 8, 2, 9, 1, 3]", () => {
        assert.equal(shown("OTP는 482 913 입니다"), `OTP는 ${k} 입니다`);
        assert.equal(shown("verification code: 482-913"), `verification code: ${k}`);
        assert.equal(shown("인증번호 [4,8,2,9,1,3]"), `인증번호 [${k}]`);
        assert.equal(shown("otp = [4, 8, 2, 9, 1, 3]"), `otp = [${k}]`);
    });

    it("counts, times and a placeholder stay", () => {
        unchanged("인증번호 6자리 중 3 4 자리");
        unchanged("OTP 30 60 초");
        unchanged("인증번호 123 456 처럼 입력");
        unchanged("PIN 1, 2, 3, 4 순서");
        unchanged("인증번호 3, 5, 7, 9분 간격");
    });
});

describe("PII round 111: a card's expiry", () => {
    it("MMYY, 년/월 beside the card's digits, a payment API's fields", () => {
        assert.equal(
            shown("Card: 5321 4405 9876 2210\nEXP: 0729\nCVC: 318"),
            "Card: 5321 4405 9876 2210\nEXP: [카드번호]\nCVC: [카드번호]"
        );
        assert.equal(
            shown("카드 5321-4405-9876-2210, 만료 2029년 7월, 뒷면 보안코드 318"),
            "카드 5321-4405-9876-2210, 만료 [카드번호], 뒷면 보안코드 [카드번호]"
        );
        assert.equal(
            shown("법인카드 5321-4405-9876-2210 유효기간은 7월 29년이고"),
            "법인카드 5321-4405-9876-2210 유효기간은 [카드번호]이고"
        );
        assert.equal(
            shown("POST /v1/charges card=tok&exp_month=7&exp_year=2029&cvc=318"),
            "POST /v1/charges card=tok&exp_month=[카드번호]&exp_year=[카드번호]&cvc=[카드번호]"
        );
    });

    it("a coupon's, a release's or a card benefit's date, a test card's fields stay", () => {
        unchanged("쿠폰 만료 2029년 7월");
        unchanged("릴리스 만료 2029년 7월 예정");
        unchanged("카드 혜택 만료일은 2025년 12월입니다");
        unchanged("exp_year=2030 (test card 4242 4242 4242 4242)");
        unchanged("EXP: 0729 points");
    });
});

describe("PII round 111: an AWS secret access key alone", () => {
    const key = "Jr3J1TWDtkwtDDb/xHKas1VOqg6YYZYn9ZhyiA4u";
    it("bare, or after a word that is not 'secret'", () => {
        assert.equal(shown(key), k);
        assert.equal(shown(`here: ${key} thanks`), `here: ${k} thanks`);
        assert.equal(shown(`AWS key ${key}`), `AWS key ${k}`);
    });

    it("AWS's example key, a path, a padded base64 blob and a SHA-1 stay", () => {
        unchanged("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        unchanged("Users/Admin/Projects2024/MyApp/src/index");
        unchanged("aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRlc3QgbWVzc2FnZQ==");
        unchanged("sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709");
    });
});

describe("PII round 111: a resident number in a log's field", () => {
    it("a valid check digit after user:, id=, or after 본인확인 / KYC", () => {
        assert.equal(shown("cache key = user:6409272840895"), "cache key = user:[주민등록번호]");
        assert.equal(shown("[KYC] id=5902041295654 status=PASS"), "[KYC] id=[주민등록번호] status=PASS");
        assert.equal(shown("본인확인(8806161101991)완료"), "본인확인([주민등록번호])완료");
    });

    it("a millisecond timestamp, a failed check digit after an order's name stay", () => {
        unchanged("ts=1701234567890");
        unchanged("order_id: 8806161101992");
        unchanged('{"createdAt": 1699999999999}');
    });
});
