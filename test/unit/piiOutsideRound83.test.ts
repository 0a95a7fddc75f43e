// PII from the development set of 2026-12-07 (set 83), in other values and words than the set's,
// whole and streamed one character at a time (shownBothWays: filterText and the stream agree).
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

const unchanged = (text: string) => assert.equal(shown(text), text);

describe("PII round 83: addresses abroad and Korean units", () => {
    it("a Japanese address's house and flat numbers; the prefecture, ward and block stay", () => {
        assert.equal(
            shown("住所: 〒150-0041 東京都渋谷区神南1丁目7-22 コーポ神南 503号室"),
            "住所: 〒150-0041 東京都渋谷区神南1丁目[주소] コーポ神南 [주소]"
        );
        assert.equal(shown("배송지 大阪府大阪市北区梅田2丁目4番9号"), "배송지 大阪府大阪市北区梅田2丁目[주소]");
        assert.equal(shown("address='京都府京都市左京区北白川3-8-15'"), "address='京都府京都市左京区北白川[주소]'");
        assert.equal(
            shown("〒060-0001 北海道札幌市中央区北一条西4番地2"),
            "〒060-0001 北海道札幌市中央区北一条西[주소]"
        );
    });

    it("a Chinese road's building number and a flat's building, entrance and room", () => {
        assert.equal(shown("地址：江苏省南京市鼓楼区中山北路305号"), "地址：江苏省南京市鼓楼区中山北路[주소]");
        assert.equal(
            shown("收货地址 成都市武侯区人民南路四段12号6栋2单元802室"),
            "收货地址 成都市武侯区人民南路四段[주소][주소]"
        );
        assert.equal(shown("广州市天河区天河路9号 3单元1101室"), "广州市天河区天河路[주소] [주소]");
    });

    it("line and channel numbers, and counts in Chinese or Japanese prose, stay", () => {
        for (const text of [
            "地铁2号线在人民广场换乘4号线",
            "频道5号和通道12号的信号正常",
            "市区道路3号线正在施工",
            "会議は3丁目の公民館で行います",
            "第3号議案を可決しました",
            "版本 2.3.4 已发布, 共 12 个文件"
        ])
            unchanged(text);
    });

    it("an English address's house number after a long street name, a unit beside it, a street in one word", () => {
        assert.equal(
            shown("배송지는 4821 Brookfield Terrace, Austin, TX 78701 입니다."),
            "배송지는 [주소] Brookfield Terrace, Austin, TX 78701 입니다."
        );
        assert.equal(
            shown("Deliver to: Flat 9, 47 Station Road, Leeds LS1 4AP"),
            "Deliver to: Flat [주소], [주소] Station Road, Leeds LS1 4AP"
        );
        assert.equal(
            shown('"line1": "3390 Willow Creek Dr, Apt 14D, Denver"'),
            '"line1": "[주소] Willow Creek Dr, Apt [주소], Denver"'
        );
        assert.equal(shown("주소가 318 Broadway, New York 로 저장"), "주소가 [주소] Broadway, New York 로 저장");
        assert.equal(
            shown("  shipping_address=622 Maple Grove Avenue, Reno\n"),
            "  shipping_address=[주소] Maple Grove Avenue, Reno\n"
        );
    });

    it("counts before capitalised words, a public building's address and a key's number stay", () => {
        for (const text of [
            "We shipped 3 Major Updates in 2024 and 45 New Features.",
            "민원 서류는 1600 Pennsylvania Avenue NW, Washington, DC 20500 (The White House) 로 보내면 됩니다.",
            "retries=3 Backoff Way is not a street",
            "Flat 12 designs are popular this year",
            "See chapter 12 Railway History for details."
        ])
            unchanged(text);
    });

    it("a Korean unit after a lot or building number, a floor between; 번지 is the lot's", () => {
        assert.equal(shown("경기도 고양시 일산동구 장항동 871-5 302호"), "경기도 고양시 일산동구 장항동 [주소] [주소]");
        assert.equal(shown("전라남도 여수시 학동 112번지 입니다"), "전라남도 여수시 학동 [주소]번지 입니다");
        assert.equal(shown("인천광역시 남동구 구월동 45-12번지 201호"), "인천광역시 남동구 구월동 [주소]번지 [주소]");
        assert.equal(
            shown("부산광역시 해운대구 센텀중앙로 79, 12층 1204호"),
            "부산광역시 해운대구 센텀중앙로 [주소], 12층 [주소]"
        );
        // A unit without an address before it, and a floor alone, stay.
        unchanged("회의실은 3층 301호입니다");
        unchanged("태풍 11호가 북상 중이며 활동 3, 5호는 종료");
    });
});

describe("PII round 83: other countries' identity numbers", () => {
    it("a UK National Insurance number in its printed pairs, its letters in the segment before", () => {
        assert.equal(shown("NI number: TK 58 30 41 B.\n"), "NI number: TK [신분증 번호].\n");
        assert.equal(shown('Nino: "JG 03 77 12 C",'), 'Nino: "JG [신분증 번호]",');
        // A prefix never issued, or a last letter past D: no number.
        unchanged("NI number: GB 58 30 41 B.\n");
        unchanged("NI number: TK 58 30 41 F.\n");
    });

    it("a Brazilian CPF printed with its dots alone, bare beside its name; its check digits decide", () => {
        assert.equal(shown("titular 418.302.957-05 confirmado"), "titular [신분증 번호] confirmado");
        assert.equal(shown("cpf=73011648239"), "cpf=[신분증 번호]");
        // One check digit off, or bare without its name: a number like any other.
        unchanged("titular 418.302.957-06 confirmado");
        unchanged("order 73011648239 shipped");
    });

    it("a Spanish DNI or NIE beside its name; its check letter decides", () => {
        assert.equal(shown("DNI: 45127803D"), "DNI: [신분증 번호]");
        assert.equal(shown("NIE Y-4501826-G 확인"), "NIE [신분증 번호] 확인");
        unchanged("DNI: 45127803E");
        unchanged("build 60391274J finished");
    });
});

describe("PII round 83: a wallet's seed phrase", () => {
    const twelve = "orbit canyon velvet harbor mango ticket fossil lunar pepper spike window crane";
    // Each word is read in its own segment, and redacted there.
    const masked = (n: number) => Array<string>(n).fill("[비밀 키]").join(" ");
    it("twelve or twenty-four words after a name for one: a value, a line under it, numbered lines", () => {
        assert.equal(shown(`{"mnemonic": "${twelve}"}`), `{"mnemonic": "${masked(12)}"}`);
        assert.equal(shown(`seed phrase:\n${twelve} ${twelve}\n`), `seed phrase:\n${masked(24)}\n`);
        assert.equal(
            shown("복구 문구 (절대 공유 금지)\n1) orbit\n2) canyon\n3) velvet\n"),
            "복구 문구 (절대 공유 금지)\n1) [비밀 키]\n2) [비밀 키]\n3) [비밀 키]\n"
        );
        assert.equal(
            shown(`const wallet = fromMnemonic('${twelve}');`),
            `const wallet = fromMnemonic('${masked(12)}');`
        );
    });

    it("prose about a seed phrase, a random seed and words without such a name stay", () => {
        for (const text of [
            "The mnemonic phrase should never be shared with anyone.",
            "니모닉 보관 방법:\nwrite it down on paper and keep it safe.",
            "복구 문구 주의사항:\n1. never share it\n2. keep offline copies\n",
            "random seed = 42\norbit canyon velvet harbor mango ticket",
            `tags: ${twelve}`,
            "seed words are usually printed on the card that came with the device"
        ])
            unchanged(text);
    });
});

describe("PII round 83: values under a name in another language, numbers as their country prints them", () => {
    it("a phone in its national groups beside a word for a phone, in the languages customers write", () => {
        assert.equal(shown("Handy: 0170 4455667\n"), "Handy: [전화번호]\n");
        assert.equal(shown("Téléphone portable : 06 12 48 93 57\n"), "Téléphone portable : [전화번호]\n");
        assert.equal(shown("Số điện thoại: 091 234 5678\n"), "Số điện thoại: [전화번호]\n");
        assert.equal(shown("Celular: (11) 98765-4321\n"), "Celular: [전화번호]\n");
        assert.equal(shown('phone: "622 18 44 90"\n'), 'phone: "[전화번호]"\n');
        assert.equal(shown("携帯電話 090-3321-7788 までご連絡ください"), "携帯電話 [전화번호] までご連絡ください");
        assert.equal(shown("연락처 +44 (0)20 7946 0321 로 주세요"), "연락처 [전화번호] 로 주세요");
    });

    it("pairs of digits without a word for a phone, a date beside one, a toll-free line stay", () => {
        for (const text of [
            "버전 06 12 48 93 57 배포",
            "Teléfono actualizado el 2024-03-15.",
            "고객센터 080-143-0108 (평일 09:00~18:00)",
            "mobile build 0.12.3 released"
        ])
            unchanged(text);
    });

    it("a date of birth and an account number under their names in other languages", () => {
        assert.equal(shown("生年月日: 1984-11-02\n"), "生年月日: [생년월일]\n");
        assert.equal(shown("Geburtsdatum: 1984-11-02\n"), "Geburtsdatum: [생년월일]\n");
        assert.equal(shown("Kontonummer: 352-0417-8826-13\n"), "Kontonummer: [계좌번호]\n");
        // A date under another name stays.
        unchanged("更新日: 1984-11-02\n");
    });
});

describe("PII round 83: dates of birth written day first or spelled out", () => {
    it("a day-first date under its name, a spelled-out date with 생 after it", () => {
        assert.equal(shown("const m = { birthDate: '07/03/1988' };"), "const m = { birthDate: '[생년월일]' };");
        assert.equal(shown("DOB: 14.09.1971\n"), "DOB: [생년월일]\n");
        assert.equal(shown("고객님은 March 3, 1977생이십니다."), "고객님은 March [생년월일]생이십니다.");
        // Without a word for a birth (a release, a deadline), a date stays.
        unchanged("released 07/03/2023, deadline 14.09.2024");
        unchanged("Released March 3, 1977 in Europe.");
    });
});

describe("PII round 83: a corporate registration number named in code", () => {
    it("thirteen bare digits with the CRN check digit under crn, corp_reg_no or corpNo", () => {
        assert.equal(shown("crn=1348110987654\n"), "crn=[법인등록번호]\n");
        assert.equal(shown('corp_reg_no="1101112345670"'), 'corp_reg_no="[법인등록번호]"');
        assert.equal(shown('{"corpNo": "2844115022361"}'), '{"corpNo": "[법인등록번호]"}');
        // A check digit off, or no name: thirteen digits like any other.
        unchanged("crn=1348110987655\n");
        unchanged("build=1348110987654\n");
    });
});
