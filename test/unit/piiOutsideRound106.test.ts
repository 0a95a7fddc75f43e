// PII classes an attacker left on main after round 101 (issue 27): a phone number said with Korean place
// values (천, 백, 만) or figures among them, an e-mail's domain said 닷컴 / 점컴, a child's resident number
// written bare, a weak password given after a password word, a password announced in speech (비번 알려줄게 …),
// a key's value wrapped onto the next line, a Korean address typed without spaces or written in English,
// an address with tags inside it, invalid UTF-8 inside a value's digits. In other values and words than
// the sets', whole and streamed one character at a time (shownBothWays). Each class has an innocent twin.
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

const unchanged = (text: string) => assert.equal(shown(text), text);

describe("PII round 106: a phone number said with place values", () => {
    it("groups said with 천 / 백, figures among them, eight digits said in 만", () => {
        assert.equal(shown("연락처 010 육천이백십오 삼천구백사"), "연락처 [전화번호]");
        assert.equal(shown("핸드폰: 010-7천3백62-5천18"), "핸드폰: [전화번호]");
        assert.equal(shown("제 번호는 010 6215만 3904 입니다"), "제 번호는 [전화번호] 입니다");
        assert.equal(shown("전화번호 공일공 칠천오백삼십이만 팔천육백일 이요"), "전화번호 [전화번호] 이요");
    });

    it("amounts, counts and years said with place values stay", () => {
        unchanged("2023년 관객 3천 2백 명, 매출 4천8백만 원");
        unchanged("예산 1억 2천만 원 중 5200만 3천 원을 썼다");
        unchanged("010 사용자 3천 명이 이동했다");
        unchanged("사천이백 원짜리 커피 두 잔");
    });
});

describe("PII round 106: an e-mail's domain said 닷컴 / 점컴", () => {
    it("골뱅이 with 닷컴 or 닷넷, an @ with 점컴 glued", () => {
        assert.equal(shown("메일은 jiho.seo 골뱅이 hanmail 닷넷 이에요"), "메일은 [이메일] 이에요");
        assert.equal(shown("주소 yerin_k@kakao점컴 으로 보내"), "주소 [이메일] 으로 보내");
        assert.equal(shown("dahye88 골뱅이 gmail 닷컴"), "[이메일]");
    });

    it("닷컴 and 골뱅이 as words stay", () => {
        unchanged("닷컴 버블 때 골뱅이 무침 가게가 많았다");
        unchanged("점검 일정은 @운영팀 점검 채널에서 공유");
    });
});

describe("PII round 106: a child's resident number written bare", () => {
    it("a 2020s birth date with gender digit 3 or 4, with or without a word", () => {
        assert.equal(shown("신생아 2206174123458 등록 완료"), "신생아 [주민등록번호] 등록 완료");
        assert.equal(shown("조카 번호 2311303234561"), "조카 번호 [주민등록번호]");
    });

    it("the same digits as a timestamp, in code, an order or a future date stay", () => {
        unchanged("timestamp 2206174123451");
        unchanged("const LIMIT = 2206174123451;");
        unchanged("주문번호 2206174123451");
        unchanged("9912314123456 은 날짜가 아니다");
    });
});

describe("PII round 106: a weak password given, a password announced in speech", () => {
    it("admin1234 or P@ssw0rd! after a password word, a value after 알려줄게 / 불러줄게 / 뭐냐면", () => {
        assert.equal(shown("관리자 비밀번호: admin1234"), "관리자 비밀번호: [비밀 키]");
        assert.equal(shown("wifi password: P@ssw0rd!"), "wifi password: [비밀 키]");
        assert.equal(shown("비번 알려줄게 haneul0419"), "비번 알려줄게 [비밀 키]");
        assert.equal(shown("비밀번호 불러줄게요 Dal2bit77 입니다"), "비밀번호 불러줄게요 [비밀 키] 입니다");
        assert.equal(shown("공유기 비번 뭐냐면 kkachi5582"), "공유기 비번 뭐냐면 [비밀 키]");
    });

    it("a weak password named as an example to avoid, and 알려줄게 without a value, stay", () => {
        unchanged("비밀번호는 admin1234 같은 값을 쓰지 마세요.");
        unchanged("Avoid passwords like P@ssw0rd! or password123.");
        unchanged("비번 알려줄게 잠깐만 기다려");
        unchanged("비밀번호 정책: qwerty1 금지");
    });
});

describe("PII round 106: a key's value wrapped onto the next line", () => {
    it("the rest of an assigned secret on the lines after it", () => {
        assert.equal(
            shown("AWS_SECRET_ACCESS_KEY=Hq7vTz2LmR9xKe4Wp0Ya/\nFb3Nc8Ud1Gs6Jo5Qi2Vr"),
            "AWS_SECRET_ACCESS_KEY=[비밀 키]\n[비밀 키]"
        );
        assert.equal(shown("DB_PASSWORD=Wq4Ze8Rt1Yu5Io\nPa7Sd3Fg"), "DB_PASSWORD=[비밀 키]\n[비밀 키]");
    });

    it("the next line's own field, a word or an identifier stays", () => {
        assert.equal(
            shown("API_KEY=Lp8Ko2Ji7Uh3Yg6Tf\nDEBUG=true\nreleaseChannel"),
            "API_KEY=[비밀 키]\nDEBUG=true\nreleaseChannel"
        );
        unchanged("token = getToken()\nHelloWorld2024");
    });
});

describe("PII round 106: a Korean address typed without spaces or written in English", () => {
    it("the building number glued to its road, a romanized address's building and flat numbers", () => {
        assert.equal(shown("주소: 부산광역시해운대구센텀중앙로79"), "주소: 부산광역시해운대구센텀중앙로[주소]");
        assert.equal(
            shown("48, Bongeunsa-ro 7-gil, Gangnam-gu, Seoul"),
            "[주소], Bongeunsa-ro 7-gil, Gangnam-gu, Seoul"
        );
        assert.equal(
            shown("Deliver to Nonhyeon-ro 85-gil 31, Gangnam-gu, 203-dong 1104-ho"),
            "Deliver to Nonhyeon-ro 85-gil [주소], Gangnam-gu, [주소]-dong [주소]-ho"
        );
    });

    it("a road named without its door, a count before a road's name, a district's count stay", () => {
        unchanged("We had lunch on Bongeunsa-ro in Gangnam-gu at 1.");
        unchanged("There are 12 Bongeunsa-ro cafes near Gangnam-gu Office.");
        unchanged("서울시강남구에 사는 인구 54만 명");
    });
});

describe("PII round 106: tags inside an e-mail address", () => {
    it("a tag around the @ or a label of the domain", () => {
        assert.equal(shown("문의: jaeho<b>@</b>daum.net"), "문의: [이메일]");
        assert.equal(shown("<em>soo.an</em>@<em>naver.com</em>"), "<em>[이메일]</em>");
    });

    it("a mention or an annotation in tags stays", () => {
        unchanged("<b>@</b>channel 에게 알림, <code>@Override</code> 확인");
    });
});

describe("PII round 106: invalid UTF-8 inside a value's digits (U+FFFD)", () => {
    it("a replacement character inside a group is read past", () => {
        assert.equal(shown("010-58\uFFFD21-4407"), "[전화번호]");
        assert.equal(shown("주민번호 900101-12345\uFFFD68"), "주민번호 [주민등록번호]");
    });

    it("a replacement character between words or in a price stays", () => {
        unchanged("가격 12\uFFFD34원, 버전 v1.2\uFFFD3");
    });
});

describe("PII round 106: set 101's e-mail and CSV classes", () => {
    it("a provider said in Hangul, an address in brackets glued to a word, a double-encoded @", () => {
        assert.equal(shown("문의 suahn21 골뱅이 한메일 닷넷"), "문의 [이메일]");
        assert.equal(shown("담당자(yoonji-park7 AT DAUM DOT NET)에게"), "담당자([이메일])에게");
        assert.equal(shown("Author: 서하늘 <haneul91 at kakao dot com>"), "Author: 서하늘 <[이메일]>");
        assert.equal(shown("?ref=dohyun.lim%2540hanmail.net&page=2"), "?ref=[이메일]&page=2");
    });

    it("each quoted row of a CSV export keeps its own value", () => {
        assert.equal(
            shown('id;name;phone\n"30417";"문가을";"010-5132-8806"\n"30418";"백하람";"010-2290-4713"'),
            'id;name;phone\n"30417";"문가을";"[전화번호]"\n"30418";"백하람";"[전화번호]"'
        );
    });

    it("다음 and 네이버 as words, a percent sign before digits, a string continued on the next line stay", () => {
        unchanged("다음 주에 네이버 점검이 있고 그 다음 점심");
        unchanged("discount=50%2540 items, 100%25 done");
        assert.equal(
            shown('tel = ("010"\n  "6613"\n  "2047")'),
            'tel = ("[전화번호]"\n  "[전화번호]"\n  "[전화번호]")'
        );
    });
});
