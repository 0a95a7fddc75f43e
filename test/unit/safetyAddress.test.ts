// 주소 (KR_ADDRESS): the numbers of an address that point at one door are redacted, the names around
// them stay; whole text and every chunking of the stream agree (sixteenth round, 2026-12-06).
import * as assert from "node:assert/strict";
import { shownBothWays as redacted } from "../support/safetyStream";

describe("Korean addresses", () => {
    it("a road-name address's building number after its province or city and district", () => {
        assert.equal(redacted("집은 대전광역시 유성구 대학로 291이야"), "집은 대전광역시 유성구 대학로 [주소]이야");
        assert.equal(redacted("고양시 일산동구 중앙로 1275번길 38"), "고양시 일산동구 중앙로 1275번길 [주소]");
        // The unit after the building number points at one door too (set 83, 2026-12-07).
        assert.equal(redacted("경기 성남시 분당구 불정로 6, 1203호"), "경기 성남시 분당구 불정로 [주소], [주소]");
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

// 차량 번호 (KR_VEHICLE_PLATE): a car plate's digits and letter are redacted, a region before it stays
// (seventeenth round, 2026-12-06: plates passed whole in both waves of the sixteenth).
describe("Korean car plates", () => {
    it("a plate with two or three digits before its letter, spaced or not, a region before it", () => {
        assert.equal(redacted("주차 등록: 58너 1932 (방문)"), "주차 등록: [차량 번호] (방문)");
        assert.equal(redacted("car = '217허3308'"), "car = '[차량 번호]'");
        assert.equal(redacted("견인 차량 대구 40도 2291번"), "견인 차량 대구 [차량 번호]번");
        assert.equal(redacted("차량 12로3307을 조회했다"), "차량 [차량 번호]을 조회했다");
        // Found in the installed extension's panel: a copula after the digits ("…이고", "…입니다").
        assert.equal(redacted("담당 차량은 38모 1174이고 내일 입차"), "담당 차량은 [차량 번호]이고 내일 입차");
        // Full-width digits (found from outside: the segmenter's plate joint read ASCII digits only).
        assert.equal(redacted("입차 차량 ５２머 ７７０１ 확인"), "입차 차량 [차량 번호] 확인");
        assert.equal(redacted("출차 로그 충남71바 4410 18:02"), "출차 로그 충남[차량 번호] 18:02");
    });

    it("counts and amounts shaped like a plate stay", () => {
        for (const text of [
            "예산은 10조 2000억 원이다",
            "실험은 12주 1000명 규모",
            "모델 v12가 3456건을 처리",
            "버전 1.12가 2024년에 나왔다",
            "섭씨 25도 1013hPa",
            "12주 3000원",
            "실험은 8주 2000번 반복했다",
            "힘들 때는 119나 1577로 전화하세요",
            "3단계 중 2단계가 1000ms"
        ])
            assert.equal(redacted(text), text);
    });
});
