// PII classes left by round 91 and its attacker (a short code under its name, passwords of Korean words,
// a resident number's back half after a birth date, cards in other groups), in other values and words
// than the development sets', whole and streamed one character at a time (shownBothWays: filterText and
// the stream agree).
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

const unchanged = (text: string) => assert.equal(shown(text), text);

describe("PII round 95: a one-time code or a PIN under its name", () => {
    it("the digits after a one-time code's, a PIN's or a short password's name", () => {
        assert.equal(shown("문자로 받은 인증번호: 730215 입니다"), "문자로 받은 인증번호: [비밀 키] 입니다");
        assert.equal(shown("OTP 코드는 [5813] 이에요"), "OTP 코드는 [[비밀 키]] 이에요");
        assert.equal(shown("현관 PIN 번호 8402 로 들어오세요"), "현관 PIN 번호 [비밀 키] 로 들어오세요");
        assert.equal(shown("Your one-time passcode is 66190427."), "Your one-time passcode is [비밀 키].");
        assert.equal(shown("금고 비밀번호 4자리는 5917 이야"), "금고 비밀번호 4자리는 [비밀 키] 이야");
    });

    it("a count, a time or a tally after the name, and a placeholder, stay", () => {
        unchanged("인증번호 6자리를 3분 안에 입력하세요");
        unchanged("OTP 60초마다 새로 만들어집니다");
        unchanged("PIN 5회 틀리면 카드가 잠깁니다");
        unchanged("인증번호는 2025년부터 카카오톡으로 보냅니다");
        unchanged("PIN 번호 0000 은 초기값이니 바꾸세요");
        unchanged("주문번호 48213907 확인 부탁드립니다");
    });
});
