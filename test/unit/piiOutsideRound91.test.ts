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

describe("PII round 91: a resident number's back half under its own label", () => {
    it("the back seven digits after their label, the number named before them", () => {
        assert.equal(
            shown("주민번호 뒷자리는 2654321 이고 앞자리는 모릅니다"),
            "주민번호 뒷자리는 [주민등록번호] 이고 앞자리는 모릅니다"
        );
        assert.equal(shown("외국인등록번호 뒷자리: 5123457"), "외국인등록번호 뒷자리: [외국인등록번호]");
        assert.equal(
            shown('Map.of("holder", "박지훈", "rrnFront", "870215", "rrnBack", "1429538");'),
            'Map.of("holder", "박지훈", "rrnFront", "[주민등록번호]", "rrnBack", "[주민등록번호]");'
        );
    });

    it("after its front half given first, and in a table's rows", () => {
        assert.equal(
            shown("앞자리 880412 / 뒷자리 1734562 로 본인 확인했습니다"),
            "앞자리 880412 / 뒷자리 [주민등록번호] 로 본인 확인했습니다"
        );
        assert.equal(
            shown("| 앞 6자리 | 950721 |\n| 뒤 7자리 | 2068514 |"),
            "| 앞 6자리 | 950721 |\n| 뒤 7자리 | [주민등록번호] |"
        );
    });

    it("the front half alone under its label where the number is named before it", () => {
        assert.equal(shown("주민번호 앞자리 920505 입니다"), "주민번호 앞자리 [주민등록번호] 입니다");
        assert.equal(
            shown("외국인등록번호를 나눠 적습니다.\n\n| 앞 6자리 | 010923 |\n| 뒤 7자리 | 6107254 |"),
            "외국인등록번호를 나눠 적습니다.\n\n| 앞 6자리 | [외국인등록번호] |\n| 뒤 7자리 | [외국인등록번호] |"
        );
        unchanged("주민번호 앞자리는 생년월일 6자리입니다");
        unchanged("앞자리 920505");
    });

    it("a back half of something else, or a count of digits, stays", () => {
        for (const text of [
            "전화번호 뒷자리 1234567 로 조회",
            "뒷자리 2345678 은 주문번호입니다",
            "주민번호 뒷자리는 7자리입니다",
            "계좌 뒷자리 4567890 확인 부탁"
        ])
            unchanged(text);
    });
});

describe("PII round 91: a card's security code, expiry and PIN digits", () => {
    it("the code under its name, the expiry and the PIN's first digits beside a card", () => {
        assert.equal(shown("결제 카드의 CVC 는 517 입니다"), "결제 카드의 CVC 는 [카드번호] 입니다");
        assert.equal(
            shown("card: 5105-1051-0510-5100, exp 07/27, cvv 2931"),
            "card: [카드번호], exp [카드번호], cvv [카드번호]"
        );
        assert.equal(shown("보안코드: 084"), "보안코드: [카드번호]");
        assert.equal(shown("카드 비밀번호 앞 2자리 37 입니다"), "카드 비밀번호 앞 2자리 [카드번호] 입니다");
    });

    it("a count of digits, a date without a card, a processor's test card stay", () => {
        for (const text of [
            "CVC 3자리를 입력하세요",
            "CVV는 카드 뒷면 3 digits 입니다",
            "쿠폰 유효기간 12/31 까지",
            "유효기간 03/27 인 적금 상품",
            "비밀번호 앞 2자리만 입력하세요",
            "테스트 카드 4242 4242 4242 4242, CVC 123, 유효기간 12/34"
        ])
            unchanged(text);
    });
});

describe("PII round 91: a password that is a plain word", () => {
    it("a word the sentence says is the password", () => {
        assert.equal(shown("DB 관리자 비번은 sunflower 입니다"), "DB 관리자 비번은 [비밀 키] 입니다");
        assert.equal(
            shown("공유기 비밀번호가 그냥 butterfly 라서 바꿔야 해요"),
            "공유기 비밀번호가 그냥 [비밀 키] 라서 바꿔야 해요"
        );
        assert.equal(shown("서버 비번 아직 letmein 으로 돼 있어요"), "서버 비번 아직 [비밀 키] 으로 돼 있어요");
        assert.equal(shown("password: bluemoon\nuser: kim"), "password: [비밀 키]\nuser: kim");
    });

    it("a Korean word quoted or set apart from its copula, and a word at the end of the text", () => {
        assert.equal(shown("와이파이 비밀번호는 고양이천국 입니다"), "와이파이 비밀번호는 [비밀 키] 입니다");
        assert.equal(shown("내 비번은 moonlight"), "내 비번은 [비밀 키]");
    });

    it("a token alone at its line's start, named a password later in its sentence", () => {
        assert.equal(
            shown("Hx7pQ2mLr9 ← 이게 김민지님이 쓰던 공유기 관리자 암호입니다."),
            "[비밀 키] ← 이게 김민지님이 쓰던 공유기 관리자 암호입니다."
        );
        unchanged("AES-256-GCM 은 대칭 암호입니다.");
        unchanged("v2.3.14 ← 이게 지금 배포된 버전입니다.");
    });

    it("a Korean phrase after the password word stays", () => {
        for (const text of ["비밀번호는 숫자만 입니다", "비밀번호는 필수 입니다", "비밀번호가 맞지 않습니다"])
            unchanged(text);
    });

    it("a rule's word, a field in code, a hashing scheme, an error message stay", () => {
        for (const text of [
            "비밀번호는 required 입니다",
            "비밀번호는 encrypted 로 저장됩니다",
            "password: string\nemail: string",
            "비밀번호는 bcrypt 로 해시합니다",
            'FATAL:  password authentication failed for user "app"\n',
            "rabbitmqctl change_password 로 바꾸세요"
        ])
            unchanged(text);
    });
});

describe("PII round 91: a value named after it in its own sentence or comment", () => {
    it("an account, an advertising id, an IMEI, a My Number named later as what they are", () => {
        assert.equal(
            shown("110-482-905173 은(는) 정하윤님이 등록한 환불 계좌입니다. 확인 바랍니다."),
            "[계좌번호] 은(는) 정하윤님이 등록한 환불 계좌입니다. 확인 바랍니다."
        );
        assert.equal(
            shown("3F2504E0-4F89-41D3-9A0C-0305E82C3301 — 오세훈님의 IDFA입니다."),
            "[기기 식별자] — 오세훈님의 IDFA입니다."
        );
        assert.equal(
            shown("35-209900-176148-1 — 장민호님 단말의 IMEI입니다."),
            "[기기 식별자] — 장민호님 단말의 IMEI입니다."
        );
    });

    it("a Spanish DNI named by a comment after it", () => {
        assert.equal(
            shown('repo.save(new Member("Javier Ruiz", "12345678Z")); // DNI\n'),
            'repo.save(new Member("Javier Ruiz", "[신분증 번호]")); // DNI\n'
        );
    });

    it("a number the sentence names as something else stays", () => {
        for (const text of [
            "110-482-905173 은(는) 이번 분기 매출 합계입니다. 계좌 정보는 따로 보내 드립니다.",
            "3F2504E0-4F89-41D3-9A0C-0305E82C3301 은 요청 ID입니다.",
            "20240115-000123 은 주문 번호입니다."
        ])
            unchanged(text);
    });
});

describe("PII round 91: a value masked only at its end", () => {
    it("a resident number without its hyphen and a domestic card, their last digits starred", () => {
        assert.equal(shown("주민등록번호 85072114283** 로 조회"), "주민등록번호 [주민등록번호] 로 조회");
        assert.equal(shown("카드 9410-2283-5517-605* 승인"), "카드 [카드번호] 승인");
    });

    it("a mask that hides what identifies stays", () => {
        unchanged("주민등록번호 850721-1****** 로 조회");
        unchanged("카드 9410-****-****-6041 승인");
    });
});

describe("PII round 91: Korean digit words spaced one by one, groups set apart by commas", () => {
    it("a phone number said syllable by syllable with a comma or a dot after each group", () => {
        assert.equal(shown("공 일 공, 칠 칠 팔 이, 사 오 구 일"), "[전화번호]");
        assert.equal(shown("연락처는 공 일 공. 구 팔 칠 육. 오 사 삼 이 입니다"), "연락처는 [전화번호] 입니다");
    });

    it("a count said with commas stays", () => {
        unchanged("일, 이, 삼, 사, 오, 육, 칠, 팔, 구 순서로 세어 보세요");
    });
});

describe("PII round 91: a version's numbers are no phone", () => {
    it("numbers after a version's or a build's word stay; a phone under its own word does not", () => {
        unchanged("버전 010.1234.5678 빌드");
        unchanged("build 01012345678 완료");
        assert.equal(shown("연락처 010.4417.2093"), "연락처 [전화번호]");
        assert.equal(shown("버전 문의는 010-4417-2093 로 전화 주세요"), "버전 문의는 [전화번호] 로 전화 주세요");
    });
});

describe("PII round 91 (lead): a seed phrase passed to a wallet, a camel-case key's name", () => {
    it("a phrase passed to fromPhrase, or after an arrow under its name", () => {
        const phrase = "canal ribbon ocean pilot gentle method orbit salad fiscal drama tunnel yellow";
        const code = shown(`const wallet = ethers.Wallet.fromPhrase("${phrase}");`);
        for (const word of phrase.split(" ")) assert.ok(!code.includes(word), code);
        const prose = shown(`팀장님이 보낸 지갑 백업 문구 → ${phrase}`);
        for (const word of phrase.split(" ")) assert.ok(!prose.includes(word), prose);
        unchanged("The phrase → this is not a seed phrase at all");
    });

    it("a secret under a camel-case name (KakaoAdminKey, naverClientSecret)", () => {
        assert.ok(!shown('{ "Kakao": { "KakaoAdminKey": "8be1c2d9f07a4e3b9c6d5a2f1e0b7c48" } }').includes("8be1c2d9"));
        assert.ok(!shown('naverClientSecret = "Qw7rT2mZpX9a"').includes("Qw7rT2mZpX9a"));
        unchanged('const monkeyKey = "banana"');
        unchanged('hotkey = "ctrl+shift+p"');
        unchanged("const kakaoAppKey = process.env.KAKAO_APP_KEY;");
    });
});

describe("PII round 91 (lead): digits read out with 에 between the groups", () => {
    // Under a phone's label (read far back); unlabelled, the segmenter still cuts before a spaced 에.
    it("a phone number said as 공일공 에 … 에 …, spaced, under its label", () => {
        assert.ok(!shown("연락처: 공일공 에 팔칠육오 에 사삼이일 로 주세요").includes("팔칠육오"));
        assert.ok(!shown("휴대폰: 영일영 에 구팔칠육 에 오사삼이 (한글로 적음)").includes("구팔칠육"));
        unchanged("삼 에 사를 더하고 오 에 육을 곱하면 칠이 된다.");
    });
});

describe("PII round 91 (lead): a field's own name as its value", () => {
    it('password = "password" in code is a placeholder; a weak password named in prose is not', () => {
        unchanged('password = "password"');
        assert.ok(!shown("서버 root 비번 그냥 password 로 돼 있음").includes("password 로"));
    });
});
