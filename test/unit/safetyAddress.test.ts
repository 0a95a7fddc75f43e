// 주소 (KR_ADDRESS): the numbers of an address that point at one door are redacted, the names around
// them stay; whole text and every chunking of the stream agree (sixteenth round, 2026-12-06).
import * as assert from "node:assert/strict";
import { shownBothWays as redacted } from "../support/safetyStream";

describe("Korean addresses", () => {
    it("a road-name address's building number after its province or city and district", () => {
        assert.equal(redacted("집은 대전광역시 유성구 대학로 291이야"), "집은 대전광역시 유성구 대학로 [주소]이야");
        assert.equal(redacted("고양시 일산동구 중앙로 1275번길 38"), "고양시 일산동구 중앙로 1275번길 [주소]");
        assert.equal(redacted("경기 성남시 분당구 불정로 6, 1203호"), "경기 성남시 분당구 불정로 [주소], 1203호");
    });

    it("a lot number after its town, an apartment's building and unit", () => {
        assert.equal(redacted("서울 관악구 신림동 1423-7"), "서울 관악구 신림동 [주소]");
        assert.equal(redacted("한빛아파트 203동 1101호에 산다"), "한빛아파트 [주소] [주소]에 산다");
        assert.equal(redacted("우리 집은 무지개빌라 302호"), "우리 집은 무지개빌라 [주소]");
        assert.equal(redacted("새솔마을아파트 512-1403"), "새솔마을아파트 [주소]");
    });

    it("numbers that are no address stay", () => {
        for (const text of [
            "요청시 경로 2를 탄다",
            "지하철 2호선 강남역 3번 출구",
            "버스 2동 3호차",
            "테스트 3동 시나리오",
            "서울 강남구 테헤란로 2번 버스",
            "영하 25도 1000미터 고지"
        ])
            assert.equal(redacted(text), text);
    });
});
