// A review flag's note is the user's own words: it keeps no e-mail- or phone-shaped value, example
// domains included (found from outside: "kim.minsu@example.co.kr" and "hong@example.com" were
// stored as typed while "park@company.co.kr" became [이메일]). Model output keeps example domains.
import * as assert from "node:assert/strict";
import { reviewNote, reviewRecord } from "../../safety/review";

describe("a review note keeps no e-mail or phone value", () => {
    it("redacts every e-mail-shaped value, reserved and example domains included", () => {
        const notes: Array<[string, string]> = [
            [
                "연락처 010-9876-5432, kim.minsu@example.co.kr 로 알려주세요",
                "연락처 [전화번호], [이메일] 로 알려주세요"
            ],
            ["hong@example.com", "[이메일]"],
            ["kim.minsu@example.com", "[이메일]"],
            ["메일은 park@company.co.kr 입니다", "메일은 [이메일] 입니다"],
            ["a@b.test, 사용자@예시.한국", "[이메일], [이메일]"]
        ];
        for (const [note, kept] of notes) {
            assert.equal(reviewNote(note), kept, note);
            assert.equal(reviewRecord("안녕하세요", "wrongly_blocked", note, new Date(0)).note, kept, note);
        }
    });

    it("redacts every phone-shaped value, and leaves versions, dates and counts", () => {
        for (const phone of ["02-123-4567", "031 1234 5678", "01098765432", "+82 10-9876-5432", "(02)1234-5678"])
            assert.equal(reviewNote(`전화 ${phone} 주세요`), "전화 [전화번호] 주세요", phone);
        for (const plain of ["v1.104.0 에서 잘못 차단됨", "2026-12-07 결과", "12,345 토큰", "포트 8080"])
            assert.equal(reviewNote(plain), plain, plain);
    });

    it("keeps the filter's own redactions and the note's length cap", () => {
        assert.equal(reviewNote("주민번호 900101-1234568"), "주민번호 [주민등록번호]");
        assert.equal(reviewNote("가".repeat(5000)).length, 2000);
    });
});
