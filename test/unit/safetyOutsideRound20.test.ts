// Classes found this round (2026-12-06), in other words and values, whole and streamed one character
// at a time. First: a foreigner number born in 2000 ("001001-8220005") read as a carrier's
// international prefix "001001" before +82 (a flaky property test in safetyLeakClasses2 found it).
import * as assert from "node:assert/strict";
import { filterText } from "../../safety/filter";
import { createHash, randomBytes } from "node:crypto";
import { shownBothWays } from "../support/safetyStream";

/** A version-4 UUID from a counter (the same 3,000 every run: a test that cannot flake). */
const seededUuid = (k: number) => {
    const h = createHash("sha256").update(`uuid-${k}`).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[k % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const letters = (n: number) =>
    randomBytes(n * 2)
        .toString("base64")
        .replace(/[^A-Za-z0-9]/g, "")
        .slice(0, n);

describe("outside round 20", () => {
    it("a registration number whose front starts 00 is no carrier prefix before +82", () => {
        for (const value of ["001001-8220005", "000229-8234566", "010101-7820001", "001231-4820003"]) {
            for (const text of [value, `rrn${value}`, `등록번호 ${value} 입니다.`]) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(value.slice(7)), `${text} -> ${out}`);
            }
        }
        // Carrier prefixes are 3 or 5 digits and still read as +82.
        for (const phone of ["00782-10-1234-5678", "00300 82 10 2345 6789", "001-82-10-3456-7890"]) {
            const out = shownBothWays(`연락처: ${phone}`);
            assert.ok(!/\d{4}/.test(out), `${phone} -> ${out}`);
        }
    });

    it("a line repeated hundreds of times is judged the same each time (windows read once are remembered)", () => {
        for (const line of [
            "| 김민수 | 010-2345-6789 | 씨발 |\n",
            "계좌 110 234 567890 ",
            "연락처: ０１０ ２３４５ ６７８９ "
        ]) {
            const out = filterText(line.repeat(400)).text;
            assert.ok(!/[0-9０-９]{4}/.test(out), `${line} -> ${out.slice(0, 200)}`);
            if (line.includes("씨발")) assert.ok(!out.includes("씨발"), out.slice(0, 200));
        }
        // And a window read before gives the same answer after other text came between.
        const once = filterText("주민등록번호 900101-1234568 입니다.").text;
        filterText("아무 관계 없는 문장입니다. ".repeat(50));
        assert.equal(filterText("주민등록번호 900101-1234568 입니다.").text, once);
    });

    // Classes from the eighth PII tester's held-out set (h39: 1,078 of 4,300 values leaked, 3 of 650
    // innocent texts changed on first contact), in other values and contexts.
    it("a passport number in groups, with a word that says passport", () => {
        for (const text of [
            "여권 번호: R512.K7730",
            'passport_no = "S2468 1357"',
            "PASSPORT: Ｍ４４２１－９０８７",
            "여권번호가 M5521\n7734 로 등록되어 있습니다.",
            "> 여권번호: M903%20Q1184"
        ]) {
            const out = shownBothWays(text);
            assert.ok(!/\d{4}/.test(out.replace(/%20/g, "")), `${text} -> ${out}`);
        }
        // Groups without the word stay: part numbers, sizes.
        for (const text of ["품번 M485 Q0376 재고 12개", "여권 사진 규격: S1234 x 5678 픽셀"])
            assert.equal(shownBothWays(text), text);
    });

    it("an address after a field's name, a number after a short label with a dot, a phone in brackets", () => {
        for (const [text, gone] of [
            ["BEGIN:VCARD\nFN:박서준\nEMAIL;type=INTERNET:seojun.park88@naver.com\nEND:VCARD", "seojun.park88"],
            ["EMAIL:HJLEE21@SNU.AC.KR", "HJLEE21"],
            ['alien_reg_no: "No.880203-5123457"', "5123457"],
            ["/* 대표 전화: T.07012345678 */", "12345678"],
            ["담당자 연락처 (+82-10-3456-7812)", "7812"],
            ["문의 (+82﹣10﹣9876﹣5432) 로 주세요", "5432"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(gone), `${text} -> ${out}`);
        }
    });

    it("a tab-separated table names its cells; an account before a word that starts with a unit's syllable", () => {
        const table = "이름\t입금 계좌(국민)\t부서\n김하늘\t123401-04-567890\t개발팀\n이도윤\t987602-01-234567\t회계팀";
        const out = shownBothWays(table);
        assert.ok(!out.includes("567890") && !out.includes("234567"), out);
        assert.ok(!shownBothWays("계좌 3333-02-1234567 개설 완료").includes("1234567"));
    });

    it("keys of providers the rules missed, and a Naver secret after 은(는)", () => {
        const hex = (n: number) => randomBytes(n).toString("hex").slice(0, n);
        for (const [text, gone] of [
            [`MAILGUN_KEY=key-${hex(32)}`, "key-"],
            [`Heroku API 키: ${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`, "-4"],
            [`circle-token: CCIPAT_Ab3dEf6hIj9kLm2nOp5qRs_${hex(40)}`, "CCIPAT_"],
            ["네이버 클라이언트 시크릿은(는) Xy7Qw2Er9T입니다.", "Xy7Qw2Er9T"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(gone), `${text} -> ${out}`);
        }
        const fcm = `AAAA${letters(7)}:APA91b${letters(120)}_${letters(13)}`;
        const out = shownBothWays(`"server_key": "${fcm}"`);
        assert.ok(!out.includes(fcm.slice(-12)), out);
        // An id named just before a UUID is an id.
        assert.ok(shownBothWays("heroku app id 4b1e2c3d-1f2e-4a5b-9c8d-7e6f5a4b3c2d").includes("4b1e2c3d"));
    });

    it("a key's body under a diff's or a comment's marks, and one without its BEGIN line", () => {
        const line = () => letters(64);
        const body = [line(), line(), line(), `${letters(40)}==`];
        for (const text of [
            `-  private_key: -----BEGIN RSA PRIVATE KEY-----\n${body.map((l) => `-  ${l}`).join("\n")}`,
            `/// -----BEGIN OPENSSH PRIVATE KEY-----\n${body.map((l) => `/// ${l}`).join("\n")}`,
            `    key = MIIEpAIBAAKCAQEA${letters(48)}\n${body.map((l) => `    ${l}`).join("\n")}\n    """`,
            `개인 키: MHcCAQEEI${letters(55)}\n${body.join("\n")}\n비고: 확인 완료`
        ]) {
            const out = shownBothWays(text);
            for (const l of body) assert.ok(!out.includes(l.slice(0, 24)), `${text.slice(0, 80)} -> ${out}`);
        }
    });

    it("빵 for zero among Korean digit words", () => {
        for (const text of ["주민번호 빵일빵이일오삼일이삼사오육", "전화 공일공 빵이삼사 오육칠팔"]) {
            const out = shownBothWays(text);
            assert.ok(!/[일이삼사오육칠팔]{4}/.test(out.replace(/^\S+/, "")), `${text} -> ${out}`);
        }
        assert.equal(
            shownBothWays("빵빵한 빵을 사서 먹었다. 빵 3개에 2천원."),
            "빵빵한 빵을 사서 먹었다. 빵 3개에 2천원."
        );
    });

    it("innocent: 팔도 사투리, a password field's name in a command, an example number of zeros", () => {
        for (const text of [
            "팔도 사투리로 일이삼사 세는 법이 다르다.",
            "PGPASSWORD=$(vault kv get -field=password secret/app) psql -h db",
            "연락처 010-0000-0000 은 예시 값입니다."
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("a UUID's hex groups are no phone's prefix or country code (1 in 200 request ids was redacted)", () => {
        for (const id of [
            "03c1a36f-8218-4398-8693-3696a57af98e",
            "6f50ef62-ac28-4ce3-ba04-cc0777828692",
            "00828721-db37-47a4-8105-cf5fc0d97517",
            "a00827ea-b2e8-42d7-b22b-67e500c5bc0e",
            "32762394-b1d1-4053-8b87-aaf9b0088252"
        ])
            assert.equal(shownBothWays(`request_token_id: ${id}`), `request_token_id: ${id}`);
        for (let k = 0; k < 3000; k++) {
            const text = `request_token_id: ${seededUuid(k)}`;
            assert.equal(filterText(text).text, text);
        }
        assert.ok(!shownBothWays("연락처 0082-10-2345-6789").includes("6789"));
    });

    it("named HTML entities of signs, and Cyrillic or Greek look-alikes of 0 and 1, inside a value", () => {
        for (const [text, gone] of [
            ["대표 번호 010&minus;4821&minus;7730", "7730"],
            ["주민등록번호: 850315&hyphen;1234563", "1234563"],
            ["문의: lee.jiwoo&commat;company.co.kr", "lee.jiwoo"],
            ["tel: 'ОΙО-55О2-7І83'".replace("Ι", "І"), "7І83"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(gone), `${text} -> ${out}`);
        }
        for (const text of ["Tom &amp; Jerry 2024-01-15 방영", "a&nbsp;b&nbsp;c", "Привет, это тест 2024"])
            assert.equal(shownBothWays(text), text);
    });

    it("a licence after its region with spaces, an account with dots, a base64 number under its name, mixed digit words", () => {
        for (const [text, gone] of [
            ["운전면허: 부산 12 345678 90 입니다", "345678"],
            ['"account": "1002.845.771203", # 우리은행 입금 계좌', "771203"],
            ["# 환불 계좌 (국민)\nREFUND_ACCOUNT=MTIzNDU2Nzg5MDEy", "MTIzNDU2Nzg5MDEy"],
            ["# 신한은행 계좌: 110-삼칠사-025754", "025754"],
            ["연락처: +82-일공-4821-7730", "7730"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(gone), `${text} -> ${out}`);
        }
        for (const text of [
            "서울 12 345678 90 번지",
            "계좌 서버 192.168.100.200 접속",
            "입금액 541.832.2938원",
            "2024년 1월 이십일 회의"
        ])
            assert.equal(shownBothWays(text), text);
    });
});
