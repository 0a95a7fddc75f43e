import * as assert from "node:assert/strict";
import { scanPii } from "../../safety/pii/index";
import { filterText } from "../../safety/filter";
import type { PiiType } from "../../safety/types";

/** The single finding's type and matched text, or undefined. */
function found(text: string): Array<[PiiType, string]> {
    return scanPii(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe("PII and secret recognizers", () => {
    it("주민등록번호 / 외국인등록번호: date and gender digit checked; a failed check digit lowers the score but keeps the match", () => {
        const valid = scanPii("주민등록번호는 900101-1234568 입니다");
        assert.deepEqual(
            valid.map((f) => [f.type, f.score, f.rule]),
            [["KR_RRN", 1, "kr_rrn.checksum+context"]]
        );
        const randomTail = scanPii("960121-1234567");
        assert.equal(randomTail[0]?.type, "KR_RRN");
        assert.equal(
            randomTail[0]?.score,
            0.5,
            "post-2020 numbers fail the checksum: medium confidence, still redacted"
        );
        assert.equal(scanPii("외국인등록번호 911124-5678906")[0]?.type, "KR_FRN");
        assert.deepEqual(found("9601211021413"), [["KR_RRN", "9601211021413"]]);
        for (const bad of [
            "001332-1234567",
            "960303-0021413",
            "051102-9234110",
            "960121+1021413",
            "960111-10214131",
            "990230-1234567"
        ]) {
            assert.deepEqual(
                found(bad).filter(([t]) => t === "KR_RRN" || t === "KR_FRN"),
                [],
                bad
            );
        }
    });

    it("사업자등록번호 and 법인등록번호 need their check digits; bare 10 digits that look like a timestamp need context", () => {
        assert.deepEqual(found("사업자등록번호 104-86-56659"), [["KR_BRN", "104-86-56659"]]);
        assert.deepEqual(found("104-86-56658"), []);
        assert.deepEqual(found("123-45-67890"), []);
        assert.deepEqual(found("My BRN is 1048656659"), [["KR_BRN", "1048656659"]]);
        assert.deepEqual(found("created_at: 1048656659"), [], "a Unix timestamp");
        assert.deepEqual(
            found("법인등록번호 110111-0012346").map(([t]) => t),
            ["KR_CRN"]
        );
    });

    it("여권번호 and 운전면허번호 (region codes)", () => {
        assert.deepEqual(found("여권번호는 M789C1234입니다"), [["KR_PASSPORT", "M789C1234"]]);
        assert.deepEqual(found("A123B4567"), []);
        assert.deepEqual(found("면허번호 11-22-123456-12"), [["KR_DRIVER_LICENSE", "11-22-123456-12"]]);
        assert.deepEqual(found("99-22-123456-12"), []);
        assert.deepEqual(found("202311271530"), [], "a YYYYMMDDhhmm stamp is not a licence");
    });

    it("phone numbers in every Korean form", () => {
        for (const phone of [
            "010-2345-6789",
            "010.2345.6789",
            "010 2345 6789",
            "01023456789",
            "02-123-4567",
            "02-1234-5678",
            "031-123-4567",
            "064-712-3456",
            "070-1234-5678",
            "0505-123-4567",
            "+82 10-2345-6789",
            "+82-2-123-4567",
            "(02) 123-4567"
        ]) {
            assert.deepEqual(
                found(`연락처: ${phone} 입니다`).map(([t, v]) => [t, v]),
                [["PHONE", phone]],
                phone
            );
        }
        assert.deepEqual(found("call +1 650-253-0000 now"), [["PHONE", "+1 650-253-0000"]]);
        // 15xx / 16xx / 18xx numbers are businesses' and helplines': public, nobody's personal data
        // (a model answering about a crisis line must be able to give it).
        for (const text of [
            "생명의전화 1588-9191",
            "정신건강위기상담 1577-0199",
            "고객센터 1644-1234",
            "대표번호 1899-1234"
        ])
            assert.deepEqual(found(text), [], text);
        // Five or six digits after the 0 are nobody's phone (libphonenumber's metadata takes some):
        // numbers in a list, a short code.
        for (const text of ["값: 05, 4639 845", "좌표 05-4639", "번호 031-1234", "+82 54639"])
            assert.deepEqual(found(text), [], text);
    });

    it("e-mail, URL credentials and public IP addresses; examples, loopback and private ranges are not PII", () => {
        assert.deepEqual(found("메일: kim.minsu@company.co.kr"), [["EMAIL", "kim.minsu@company.co.kr"]]);
        assert.deepEqual(found("user@example.com, git@github.com:org/repo.git"), []);
        assert.deepEqual(found("postgres://admin:s3cr3tP4ss@db.internal:5432/app"), [
            ["URL_CREDENTIALS", "admin:s3cr3tP4ss"]
        ]);
        assert.deepEqual(found("postgres://user:password@localhost/db"), []);
        assert.deepEqual(found("server 211.45.8.4 and 2400:c401::5054:ff:fe1b:b031"), [
            ["IP_ADDRESS", "211.45.8.4"],
            ["IP_ADDRESS", "2400:c401::5054:ff:fe1b:b031"]
        ]);
        assert.deepEqual(found("127.0.0.1, 192.168.0.1, 10.0.0.1, 192.0.2.1, ::1, 2001:db8::1, 0.0.0.0"), []);
    });

    it("card numbers (Luhn) and bank accounts (only with a context word)", () => {
        assert.deepEqual(found("카드 4111 1111 1111 1111"), [["CREDIT_CARD", "4111 1111 1111 1111"]]);
        assert.deepEqual(found("4111 1111 1111 1112"), []);
        assert.deepEqual(found("국민은행 계좌 123456-01-234567로 입금"), [["BANK_ACCOUNT", "123456-01-234567"]]);
        assert.deepEqual(found("build 123456-01-234567"), []);
    });

    it("secrets: provider tokens, JWTs, private keys, high-entropy assignments", () => {
        const secrets = [
            "AKIA2OGYBAH6TQLPWRTB",
            "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
            "glpat-" + "Ab3dEf6hIj9kLm2nOp5q",
            "xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
            "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
            "sk-proj-" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab4Cd5Ef6Gh7",
            "sk-ant-api03-" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3",
            "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
            "npm_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
        ];
        for (const secret of secrets) assert.deepEqual(found(`value ${secret} end`), [["SECRET", secret]], secret);
        const pem =
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1b2C3d4E5f6\nG7h8I9j0K1l2M3n4O5p6Q\n-----END RSA PRIVATE KEY-----";
        assert.deepEqual(found(`key:\n${pem}\n`), [["SECRET", pem]]);
        assert.deepEqual(found('aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzK8Qp3Lm2v"'), [
            ["SECRET", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzK8Qp3Lm2v"]
        ]);
        assert.deepEqual(found("DB_PASSWORD=Tr0ub4dor&3x"), [["SECRET", "Tr0ub4dor&3x"]]);
        assert.deepEqual(found("비밀번호: qwer1234!@"), [["SECRET", "qwer1234!@"]]);
    });

    it("hard negatives pass untouched: versions, dates, timestamps, hashes, UUIDs, ports, hex, constants, placeholders", () => {
        const negatives = [
            "버전 1.2.3, v10.24.1, node 20.20.2, version 1.2.3.4",
            "2024-01-15, 2024.01.15, 15/01/2024, 20240115, 2024-01-15T09:30:00Z",
            "timestamp 1700000000 and 1700000000123 ms",
            "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, git 9fceb02",
            "uuid 123e4567-e89b-12d3-a456-426614174000",
            "localhost:8080, 127.0.0.1:3000, port 5432",
            "0xDEADBEEF, 0x7fffffff, 0o755, 0b1010",
            "Number.MAX_SAFE_INTEGER = 9007199254740991, 2147483647, 65535, 3.141592653589793",
            "전화번호 형식: 010-XXXX-XXXX, 주민등록번호: YYMMDD-XXXXXXX, 000000-0000000",
            "api_key = YOUR_API_KEY, token: <your-token>, password: ${DB_PASSWORD}, secret = process.env.SECRET",
            'const token = getToken(); password = input("Password: ")',
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, sk-xxxxxxxxxxxxxxxxxxxxxxxx",
            "ISBN 978-3-16-148410-0, 전화 문의는 고객센터로",
            "A1B2C3D4, aria-label, max-width: 1200px, rgba(0, 0, 0, 0.5)",
            "npm i react@18.2.0 @types/node@20.11.5",
            "IP 192.168.0.1 게이트웨이, 10.0.0.0/8 대역, 2001:db8::/32 문서용"
        ];
        for (const text of negatives) {
            const result = filterText(text);
            assert.equal(result.text, text, `changed: ${text} -> ${result.text} (${JSON.stringify(result.findings)})`);
            assert.equal(result.verdict, "allow", text);
        }
    });

    it("renderings read as the value: escapes, other digits, CJK stops, tabs, 82- without +, defanged and spelled addresses", () => {
        const cases: Array<[string, PiiType, string]> = [
            ["tel: \\u0030\\u0031\\u0030-2345-6789", "PHONE", "2345"],
            ["전화 010\t2345\t6789", "PHONE", "2345"],
            ["전화 010\u30022345\u30026789", "PHONE", "2345"],
            ["전화 \u0660\u0661\u0660-\u0662\u0663\u0664\u0665-\u0666\u0667\u0668\u0669", "PHONE", "\u0662\u0663"],
            ["전화 82-10-2345-6789", "PHONE", "2345"],
            ["서버 211[.]45[.]8[.]4 차단", "IP_ADDRESS", "211[.]45"],
            ["메일 kimminsu 앳 company 닷 com", "EMAIL", "kimminsu"],
            ["mail kimminsu AT company DOT com", "EMAIL", "kimminsu"],
            ["메일 kimminsu @ company.co.kr", "EMAIL", "kimminsu"],
            ["email: kimminsu\\u0040company.com", "EMAIL", "kimminsu"],
            ["메일 kimminsu[@]company[.]com", "EMAIL", "kimminsu"],
            ["메일 kimminsu@company\u3002com", "EMAIL", "kimminsu"]
        ];
        for (const [text, type, part] of cases) {
            const result = filterText(text);
            assert.ok(!result.text.includes(part), `${text} -> ${result.text}`);
            assert.ok(
                result.findings.some((f) => f.type === type),
                `${text}: ${JSON.stringify(result.findings)}`
            );
        }
        for (const text of [
            "y = weights @ inputs.T",
            "z = a @ b.shape",
            "@ decorator 설명, 82-10 비율, 버전 1[.]2",
            "정답 ٣ 개, 단락。다음 단락"
        ])
            assert.equal(filterText(text).text, text);
    });
});
