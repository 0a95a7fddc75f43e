// A short code that proves who someone is, under its name: a one-time code (인증번호, OTP, verification
// code), a PIN or a numeric password of four or six digits (비밀번호 4자리, 카드 PIN). Too short for the secret rules (which want letters, or six
// digits after a password's name) and shaped like any number, so only the name says what they are; found
// from outside (2026-12-07): "인증번호 [4829]", "OTP 8280 이거 입력하면 돼요" passed whole. A count or a measure after the name ("인증번호 6자리", "OTP 30초", "PIN 3회 오류") and a
// placeholder (0000, 123456) stay. (A list of backup codes under its name is left: its items outrun the
// context a segment is read with.)
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";

/** The code's names: one-time codes, PINs, and a password said to be a few digits long. */
const codeName = String.raw`(?<![A-Za-z])(?:(?:인증|보안|일회용|본인\s*확인)\s*(?:번호|코드|숫자)|OTP(?:\s*(?:번호|코드|code))?|2FA\s*(?:코드|code)|(?:verification|one[-\s]time|auth(?:entication)?|login|sign[-\s]?in|security|access)\s*(?:pass)?code|passcode|PIN(?:\s*(?:번호|코드|code|number))?|핀\s*번호|(?:비밀\s*번호|비번|암호|password)\s*(?:4|네|6|여섯)\s*자리)(?![A-Za-z])`;
/** From the name to the digits: a particle, "is", a colon, an arrow, a bracket or quotes. */
const toValue = String.raw`(?:\s*(?:는|은|이|가|:|=|→|->|is|was))*\s*[\[("'‘“\x60]?`;
/** What makes the number a count, a time or a measure, not the code. */
const notCode = String.raw`(?!\d|[.,:-]\d|\s*(?:자리|자(?![가-힣])|digits?|개|번째|번\s*(?:틀|오류|실패|입력|시도)|회|분|초|시간|일|년|월|%|원|명|건|차|seconds?|secs?|minutes?|mins?|times?|tries|attempts?))`;

/**
 * The code: four to eight digits, or six or eight in two groups ("482 913", "4829-1735"), or its digits as a
 * list in code ([4, 8, 2, 9, 1, 3]); round 111, from outside.
 */
const codeValue = String.raw`(\d{3}[ -]\d{3}|\d{4}[ -]\d{4}|\d{4,8}|\d(?:[ \t]*,[ \t]*\d){3,7})`;
const codeAfterName = new RegExp(String.raw`${codeName}${toValue}(?<![\d.-])${codeValue}${notCode}`, "gi");

export const authCode = patternRecognizer({
    needsDigit: true,
    type: "SECRET",
    mayMatch: (segment, text) =>
        /\d{3}|\d[ \t]*,[ \t]*\d/.test(segment) && /인증|보안|일회용|otp|2fa|code|pin|핀|자리/i.test(text),
    patterns: [{ id: "code", regex: codeAfterName }],
    validate({ match }) {
        const end = match.index + match[0].length;
        const value = match[1];
        const digits = value.replace(/\D/g, "");
        if (isPlaceholder(digits) || /^(?:1234|12345678|0123|01234567|123456)$/.test(digits)) return undefined;
        return { score: 0.8, rule: "secret.auth_code", start: end - value.length, end };
    }
});
