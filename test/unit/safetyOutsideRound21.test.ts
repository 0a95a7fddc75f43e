// Classes found in the fourteenth round (2026-12-06), in other words and values, whole and streamed one
// character at a time. First: a passport number whose letter stands alone between its digit groups
// ("M123 A 4567") was cut in two by the segmenter and passed; the Node.js sign-in library passport.js
// was read as a word that says passport.
import * as assert from "node:assert/strict";
import { shownBothWays } from "../support/safetyStream";

describe("outside round 21", () => {
    it("a passport number with its kind letter spaced out between the digit groups", () => {
        for (const value of ["M123 A 4567", "S482 B 9913", "M 731 C 0042", "R305 d 8821"]) {
            for (const text of [`여권: ${value}`, `여권번호는 ${value} 입니다.`, `Passport no. ${value}`]) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(value.slice(-4)), `${text} -> ${out}`);
            }
        }
    });

    it("passport.js, the sign-in library, is no word for a passport", () => {
        for (const text of [
            "passport.js 설정에서 세션 버전은 M 1234 5678 형식이 아니다.",
            "PassportStrategy 의 빌드 번호 M1234 5678",
            "passport-jwt 3 A 4567 테스트"
        ])
            assert.equal(shownBothWays(text), text);
    });
});
