// PII from an attacker's report (atk88) and the classes PII 83 left, in other values and words than
// theirs, whole and streamed one character at a time (shownBothWays: filterText and the stream agree).
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

const unchanged = (text: string) => assert.equal(shown(text), text);

describe("PII round 91: a unit after a building's own name", () => {
    it("the unit after a named building, its wing and its floor, under a road's building number", () => {
        assert.equal(
            shown("배송지: 경기도 성남시 분당구 정자일로 95 네이버그린팩토리 A동 15층 1502호"),
            "배송지: 경기도 성남시 분당구 정자일로 [주소] 네이버그린팩토리 A동 15층 [주소]"
        );
        assert.equal(
            shown("부산광역시 해운대구 센텀서로 30 KNN타워 20층 2001호로 보내 주세요"),
            "부산광역시 해운대구 센텀서로 [주소] KNN타워 20층 [주소]로 보내 주세요"
        );
    });

    it("rooms and counts after a building's name stay", () => {
        assert.equal(
            shown("서울특별시 강남구 테헤란로 152 강남파이낸스센터 회의실 3개를 예약했습니다"),
            "서울특별시 강남구 테헤란로 [주소] 강남파이낸스센터 회의실 3개를 예약했습니다"
        );
        unchanged("에이치스퀘어 N동 7층 회의실 701호에서 만나요");
        unchanged("지하철 2호선 강남역 11번 출구");
    });
});
