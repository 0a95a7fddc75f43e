// PII from the outside development set of 2026-12-07 (h79), in other values and words than the tester's,
// whole and streamed one character at a time (shownBothWays: filterText and the stream agree).
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

describe("outside PII round 79: values in their printed groups", () => {
    it("a Chinese identity number in its three parts; its check character still decides", () => {
        assert.equal(shown("신분증: 320102 19850716 0310"), "신분증: [신분증 번호]");
        assert.equal(shown("身份证号：440304-19921102-5529"), "身份证号：[신분증 번호]");
        // One digit off: the check character fails, the numbers stay.
        assert.equal(shown("주문 320102 19850716 0318 건"), "주문 320102 19850716 0318 건");
    });

    it("a car plate spaced around its letter or with a hyphen", () => {
        assert.equal(shown("주차 등록: 57 거 6612 입니다"), "주차 등록: [차량 번호] 입니다");
        assert.equal(shown("plate=143누-2288 gate=B1"), "plate=[차량 번호] gate=B1");
        assert.equal(shown("과태료 대상 321버-7781 (소유자 확인)"), "과태료 대상 [차량 번호] (소유자 확인)");
        assert.equal(shown("방문 차량은 경기31나6610요"), "방문 차량은 경기[차량 번호]요");
        // Counts and spans of weeks with no word for a car stay.
        for (const text of ["12주-3000 과정", "지난 3 주 동안 100 가 1234", "총 24 가 1200 중"])
            assert.equal(shown(text), text);
    });

    it("an Android ID and an iPhone UDID by their key; a trace id stays", () => {
        assert.equal(shown("device_id=00008030-001A2B3C4D5E6F70 ok"), "device_id=[기기 식별자] ok");
        assert.equal(
            shown('{"androidId": "3fa9c01b77d2e4a5", "traceId": "9c2b7e1f0a3d5b68"}'),
            '{"androidId": "[기기 식별자]", "traceId": "9c2b7e1f0a3d5b68"}'
        );
        assert.equal(
            shown("고객 디바이스 ID: 7d1e2a9c-44b0-4f3e-9a61-c05b8e2f7d13"),
            "고객 디바이스 ID: [기기 식별자]"
        );
        const trace = "traceId=9c2b7e1f0a3d5b68 spanId=3fa9c01b77d2e4a5";
        assert.equal(shown(trace), trace);
    });
});

describe("outside PII round 79: values named by their column", () => {
    it("a plate, a device id and an identity number under a header that names them", () => {
        assert.equal(
            shown("| 이름 | 차량번호 |\n|---|---|\n| 김하늘 | 35 머 4410 |"),
            "| 이름 | 차량번호 |\n|---|---|\n| 김하늘 | [차량 번호] |"
        );
        assert.equal(
            shown("| 이름 | 광고 ID |\n|---|---|\n| 김하늘 | 8e04a7c2d19b3f65 |"),
            "| 이름 | 광고 ID |\n|---|---|\n| 김하늘 | [기기 식별자] |"
        );
        assert.equal(shown("id,name,udid\n7,박서준,00008110-000C19A22E8B401E"), "id,name,udid\n7,박서준,[기기 식별자]");
    });

    it("an SQL tuple's values are read apart, not joined to the next string", () => {
        assert.equal(
            shown("INSERT INTO guests (id, shenfenzheng, memo) VALUES (7, '440304 19921102 5529', '2024-03-01');"),
            "INSERT INTO guests (id, shenfenzheng, memo) VALUES (7, '[신분증 번호]', '2024-03-01');"
        );
        assert.equal(
            shown(
                "INSERT INTO cars (id, owner, car_no, at) VALUES (3, '박서준', '143누-2288', '2024-03-01 09:00:00');"
            ),
            "INSERT INTO cars (id, owner, car_no, at) VALUES (3, '박서준', '[차량 번호]', '2024-03-01 09:00:00');"
        );
        // A number's parts listed one group each are still read joined.
        assert.equal(shown('phone = ["010", "4821", "7730"].join("-")'), 'phone = ["[전화번호]"].join("-")');
    });
});

describe("outside PII round 79: masks that hide too little", () => {
    it("a resident number or a card with one or two stars anywhere; a mask over the identifying part stays", () => {
        assert.equal(shown("주민번호 88*112-1523417 확인"), "주민번호 [주민등록번호] 확인");
        assert.equal(shown('{"jumin": "9107**-2238145"}'), '{"jumin": "[주민등록번호]"}');
        assert.equal(shown("카드: 5391 20•• 4417 0086"), "카드: [카드번호]");
        assert.equal(shown("card_masked = 4417-0086-53**-2019"), "card_masked = [카드번호]");
        for (const text of ["900101-1******", "4890-****-****-1234", "카드 **** **** **** 4417", "9107**-2******"])
            assert.equal(shown(text), text);
    });
});

describe("outside PII round 79: passports abroad", () => {
    it("a passport's machine-readable line when its check digits hold; a US passport's nine digits by name", () => {
        const names = "P<KORKIM<<MINJI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<";
        assert.equal(
            shown(`MRZ:\n${names}\nM482139579KOR9103225F3304156<<<<<<<<<<<<<<06`),
            `MRZ:\n${names}\n[여권번호]`
        );
        // The number's check digit off: a line of the shape, no passport's.
        const off = `${names}\nM482139570KOR9103225F3304156<<<<<<<<<<<<<<06`;
        assert.equal(shown(off), off);
        assert.equal(shown('passport_no: "514082736"'), 'passport_no: "[여권번호]"');
        const order = "order 514082736 shipped";
        assert.equal(shown(order), order);
    });
});

describe("outside secrets round 79: webhooks and wallets", () => {
    it("Mattermost, Dooray, JANDI and Power Automate webhooks", () => {
        assert.equal(
            shown("WEBHOOK_URL=https://chat.hanbit-lab.kr/hooks/k3x9qbz7w1ma5tyc8dnr2pe6fh"),
            "WEBHOOK_URL=[비밀 키]"
        );
        assert.equal(
            shown(
                "알림: https://hook.dooray.com/services/3141592653589793238/2718281828459045235/Qx7_Lm2pRt9vWz4Ab8Cd1E 로"
            ),
            "알림: [비밀 키] 로"
        );
        assert.equal(
            shown("curl https://wh.jandi.com/connect-api/webhook/31415926/0f3e9a7c2b1d4e5f6a7b8c9d0e1f2a3b"),
            "curl [비밀 키]"
        );
        assert.ok(
            !shown(
                "POST https://prod-12.westus.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=Zk3_pQ9-wLm2XcV7bN4aS8dF1gH6jK0tY5uR3eW2qT9"
            ).includes("Zk3_pQ9")
        );
        // A path under /hooks/ that is a word stays.
        const doc = "See https://docs.example.com/hooks/introductiontowebhookingsystem for details";
        assert.equal(shown(doc), doc);
    });

    it("a wallet's private key handed to its constructor or listed as accounts; a Bitcoin key in WIF", () => {
        const key = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
        assert.equal(shown(`new ethers.Wallet("0x${key}", provider)`), 'new ethers.Wallet("[비밀 키]", provider)');
        assert.equal(shown(`accounts: ["${key}"],`), 'accounts: ["[비밀 키]"],');
        assert.equal(
            shown("bitcoin-cli importprivkey L1aW4aubDFB7yfras2S1mN3bqg9nwySY8nkoLmJebSLD5BWv3ENZ"),
            "bitcoin-cli importprivkey [비밀 키]"
        );
        // A transaction's hash in a log stays.
        const tx = `tx hash: 0x${key}`;
        assert.equal(shown(tx), tx);
    });
});

describe("outside PII round 79: birth dates", () => {
    it("a birth date in Korean words, with an English month, or under a 'birth' column; other dates stay", () => {
        assert.equal(shown("생년월일: 1988년 3월 14일생 입니다"), "생년월일: [생년월일]생 입니다");
        assert.ok(!/1979/.test(shown("Patient: Jane Roe, DOB March 14, 1979. No allergies")));
        assert.equal(shown("name,birth\n김하늘,1983.11.05"), "name,birth\n김하늘,[생년월일]");
        assert.equal(shown('{"name": "김하늘", "birth": "1983-11-05"}'), '{"name": "김하늘", "birth": "[생년월일]"}');
        for (const text of [
            "릴리스 일정: 2024년 3월 14일 배포",
            "Released on March 14, 2019 in Seoul",
            "출시일: 2024.03.14"
        ])
            assert.equal(shown(text), text);
    });
});

describe("outside round 79: innocent look-alikes", () => {
    it("a version in a list of versions, and a key masked but for its last few characters, stay", () => {
        for (const text of [
            "Python 3.12.1, TensorRT 10.2.0.19 설치됨",
            "driver 550.54.15, CUDA 12.4.1, cuDNN 8.9.7.29",
            "call secret=sk-live-****b7q2 status=200",
            "API_KEY=****************9f3c"
        ])
            assert.equal(shown(text), text);
        // An address after a list of versions, with a word for one, and a key shown but for its end, go.
        assert.equal(shown("CUDA 12.4.1, 접속 IP 211.45.12.9"), "CUDA 12.4.1, 접속 IP [IP 주소]");
        assert.equal(shown("secret=Q7vLk29XbTz84NmWpR3s****"), "secret=[비밀 키]");
    });
});

describe("outside PII round 79: numbers abroad without their country code", () => {
    it("a US, Taiwanese or Chinese number beside a word for a phone; Korean look-alikes keep their reading", () => {
        assert.equal(shown("연락처 415.867.2093, 확인 부탁"), "연락처 [전화번호], 확인 부탁");
        assert.equal(shown("TEL;TYPE=CELL:0912-345-678"), "TEL;TYPE=CELL:[전화번호]");
        assert.equal(shown("mobile: 139-1234-5678"), "mobile: [전화번호]");
        for (const text of [
            "대표번호 080-382-6509 (수신자 부담)",
            "주문번호 2024-1234-5678",
            "전화번호 예시 010-0000-0000"
        ])
            assert.equal(shown(text), text);
    });
});
