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

describe("PII round 95: a password of Korean words, with digits or signs, or under another name", () => {
    it("a Korean word with digits or a sign after a password's name, set or said to be it", () => {
        assert.equal(shown("현관 비번은 목련꽃2931 이에요."), "현관 비번은 [비밀 키] 이에요.");
        assert.equal(shown("공유기 비번은 달빛소나타58 로 바꿨어."), "공유기 비번은 [비밀 키] 로 바꿨어.");
        assert.equal(shown("비밀번호: 가을단풍길#"), "비밀번호: [비밀 키]");
        assert.equal(
            shown("관리자 패스워드 겨울바다7! 로 설정해 뒀어요"),
            "관리자 패스워드 [비밀 키] 로 설정해 뒀어요"
        );
    });

    it("a plain Korean word alone after a colon, or set with a verb; a word quoted", () => {
        assert.equal(shown("암호: 초록들판위에"), "암호: [비밀 키]");
        assert.equal(
            shown("금고 비밀번호가 할머니댁마당 였던 것 같아요."),
            "금고 비밀번호가 [비밀 키] 였던 것 같아요."
        );
        assert.equal(
            shown("비밀번호는 '봄비내리는밤' 이고 띄어쓰기 없어요."),
            "비밀번호는 '[비밀 키]' 이고 띄어쓰기 없어요."
        );
    });

    it("under a foreign name or after pass", () => {
        assert.equal(shown("パスワード：Yuki@7731"), "パスワード：[비밀 키]");
        assert.equal(shown("Contraseña: Rq8vTm2Lx5"), "Contraseña: [비밀 키]");
        assert.equal(
            shown("sign in with pass Koala%62Bn then change it"),
            "sign in with pass [비밀 키] then change it"
        );
        assert.equal(shown("pass phrase → OrangeHarborWind"), "pass phrase → [비밀 키]");
        assert.equal(shown("password is marigoldsky"), "password is [비밀 키]");
    });

    it("a question, a rule, a cipher's name and English uses of pass stay", () => {
        unchanged("현관 비번 바뀌었더라?");
        unchanged("스테이징 비번 뭐였죠?");
        unchanged("비번 바꿨어!");
        unchanged("비밀번호: 영문숫자조합");
        unchanged("비밀번호: 변경필요");
        unchanged("암호: 공개키암호");
        unchanged("암호화 방식: 블록암호화");
        unchanged("비밀번호는 서버에 저장됩니다.");
        unchanged("the password is changing soon");
        unchanged("pass through the gateway");
        unchanged("pass --no-verify to skip the hooks");
        unchanged("You can pass utf8mb4 as the charset.");
        unchanged("빌드할 때 pass x86_64 옵션을 주세요.");
        unchanged("Please pass Node18 or newer.");
    });
});

describe("PII round 95: a resident number's back half after a birth date's name", () => {
    it("the back seven digits after the birth date's name, or as the number's other seven", () => {
        assert.equal(
            shown("생년월일 부분은 빼고 나머지 일곱 자리는 2719354 입니다"),
            "생년월일 부분은 빼고 나머지 일곱 자리는 [주민등록번호] 입니다"
        );
        assert.equal(
            shown("고객 생년월일 확인 후 뒷자리 1850273 입력"),
            "고객 생년월일 확인 후 뒷자리 [주민등록번호] 입력"
        );
    });

    it("a tail of seven digits without a birth date's or the number's name stays", () => {
        unchanged("계좌 뒷자리 2719354 로 입금 확인했습니다");
        unchanged("나머지 일곱 자리는 나중에 알려 드릴게요");
    });
});

describe("PII round 95: a card in other groups, and its expiry and code on a payment line", () => {
    it("a card's digits in any groups of two or more beside a card word", () => {
        assert.equal(shown("카드번호 4917-6120-0348-17-24 로 결제"), "카드번호 [카드번호] 로 결제");
        assert.equal(shown("법인카드 491761 2003481724"), "법인카드 [카드번호]");
        assert.equal(shown("카드 55220098 17346504 입니다"), "카드 [카드번호] 입니다");
    });

    it("the card, its expiry and its code on one line with slashes between", () => {
        assert.equal(shown("결제 수단: 4917612003481724 / 07/29 / 415"), "결제 수단: [카드번호] / [카드번호]");
        assert.equal(shown("결제 수단: 5522-0098-1734-6504 / 11/27 / 802"), "결제 수단: [카드번호] / [카드번호]");
    });

    it("the expiry beside the card's own digits, and the code after its other names", () => {
        assert.equal(
            shown("번호 4917612003481724 이고 만료 02/28, 뒷면 세 자리 617."),
            "번호 [카드번호] 이고 만료 [카드번호], 뒷면 세 자리 [카드번호]."
        );
        assert.equal(shown("セキュリティコード: 508"), "セキュリティコード: [카드번호]");
        assert.equal(
            shown("| 카드 | 유효기간 | CVC2 |\n|---|---|---|\n| 4917612003481724 | 05/30 | 271 |"),
            "| 카드 | 유효기간 | CVC2 |\n|---|---|---|\n| [카드번호] | [카드번호] | [카드번호] |"
        );
    });

    it("other numbers in odd groups, dates after them and a coupon's expiry stay", () => {
        unchanged("주문번호 4917-6120-0348-17-24 로 조회하세요");
        unchanged("배포 2024-01-15 / 12/28 / 933");
        unchanged("빌드 12345678901234-12-28 완료");
        unchanged("| 쿠폰 | 유효기간 |\n|---|---|\n| 봄맞이 | 12/31 |");
    });
});

describe("PII round 95: a phone number read out in words, groups after commas or a spaced 에", () => {
    it("number words whose groups a comma closes, native and Sino-Korean mixed", () => {
        assert.equal(shown("불러 드릴게요, 공 하나 공, 다섯 둘 일곱 셋, 여덟 넷 공 아홉"), "불러 드릴게요, [전화번호]");
        assert.equal(shown("공일공, 여섯 넷 둘 셋, 일곱 일곱 하나 둘 로 연락 주세요"), "[전화번호] 로 연락 주세요");
    });

    it("digit syllables with 에 said apart between the groups, without a label", () => {
        assert.equal(shown("공일공 에 칠칠삼이 에 오팔일사 로 걸어 줘"), "[전화번호] 로 걸어 줘");
    });

    it("a list of counts, a particle that is a word's start and a sum stay", () => {
        unchanged("2024, 둘째로 중요한 점은 속도입니다");
        unchanged("버전 3, 하나씩 올려요");
        unchanged("공일공 에서 만나요");
        unchanged("3 에 5를 더하면 8이에요");
    });
});

const phrase = "ladder frozen mango pencil ribbon thunder velvet orchard canyon silver habit lunar".split(" ");
const redactedWords = (separator: string, quote = "") => phrase.map(() => `${quote}[비밀 키]${quote}`).join(separator);

describe("PII round 95: a seed phrase right after its name, and in code's lists", () => {
    it("words right after the name and its particle, or a numbered list begun on the name's line", () => {
        assert.equal(
            shown(`제 복구 구문은 ${phrase.join(" ")} 입니다.`),
            `제 복구 구문은 ${redactedWords(" ")} 입니다.`
        );
        const numbered = phrase.map((w, i) => `${i + 1}. ${w}`).join("\n");
        assert.equal(shown(`니모닉 ${numbered}`), `니모닉 ${phrase.map((_, i) => `${i + 1}. [비밀 키]`).join("\n")}`);
    });

    it("a JSON array, a Python list and YAML's lines under the name", () => {
        const json = phrase.map((w) => `"${w}"`).join(", ");
        assert.equal(shown(`{"seedPhrase": [${json}]}`), `{"seedPhrase": [${redactedWords(", ", '"')}]}`);
        const python = phrase.map((w) => `'${w}'`).join(", ");
        assert.equal(shown(`mnemonic_words = [${python}]`), `mnemonic_words = [${redactedWords(", ", "'")}]`);
        const yaml = phrase.map((w) => `  - ${w}`).join("\n");
        assert.equal(
            shown(`wallet:\n mnemonic:\n${yaml}\n`),
            `wallet:\n mnemonic:\n${phrase.map(() => "  - [비밀 키]").join("\n")}\n`
        );
    });

    it("words in lists under other names, and prose about a phrase, stay", () => {
        unchanged(`{"tags": [${phrase.map((w) => `"${w}"`).join(", ")}]}`);
        unchanged(`dependencies:\n${phrase.map((w) => `  - ${w}`).join("\n")}\n`);
        unchanged("니모닉은 보통 열두 단어로 구성되며 잃어버리면 복구할 수 없습니다.");
        unchanged("mnemonic: the words are chosen from a list of 2048");
    });
});

describe("PII round 95: a passport abroad, named after it or under another language's name", () => {
    it("a passport's letters and digits named later in their sentence", () => {
        assert.equal(
            shown("K7RT2Q845 은(는) 고객이 예약할 때 입력한 여권 번호입니다."),
            "[여권번호] 은(는) 고객이 예약할 때 입력한 여권 번호입니다."
        );
        assert.equal(
            shown("518204736 은(는) 고객이 입력한 여권번호입니다."),
            "[여권번호] 은(는) 고객이 입력한 여권번호입니다."
        );
    });

    it("under 旅券, Reisepass or an airline record's PPT", () => {
        assert.equal(shown("旅券番号: RX5527103"), "旅券番号: [여권번호]");
        assert.equal(shown("Reisepass-Nr. C7F2K0L93"), "Reisepass-Nr. [여권번호]");
        assert.equal(
            shown("PNR QWE8821 | PAX JIHO PARK | PPT X40918273 | KR"),
            "PNR QWE8821 | PAX JIHO PARK | PPT [여권번호] | KR"
        );
    });

    it("a build's number named otherwise, and a slide deck's name, stay", () => {
        unchanged("518204736 은(는) 어제 배포한 빌드 번호입니다.");
        unchanged("K7RT2Q845 은(는) 주문 추적 코드입니다.");
        unchanged("발표 PPT 파일은 공유 폴더에 있어요");
    });
});
