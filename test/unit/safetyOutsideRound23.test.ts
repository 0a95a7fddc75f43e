// PII and secrets from the sixteenth safety round (2026-12-06, third session), in other values and
// words than the tester's, whole and streamed (filterText and shownBothWays agree).
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

describe("outside PII round 23: other countries' identity numbers", () => {
    it("a Chinese resident identity number whose check character holds, alone", () => {
        assert.equal(shown("고객 증빙: 11010519491231002X 확인"), "고객 증빙: [신분증 번호] 확인");
        assert.equal(shown('"id_no": "440524198001010013"'), '"id_no": "[신분증 번호]"');
        // One character off: no check, no redaction.
        assert.equal(shown("주문 11010519491231002Y 확인"), "주문 11010519491231002Y 확인");
    });

    it("a US SSN or a Japanese My Number only beside a word that names one", () => {
        assert.equal(shown("SSN: 123-45-6789"), "SSN: [신분증 번호]");
        assert.equal(shown("마이넘버 1234 5678 9018"), "마이넘버 [신분증 번호]");
        assert.equal(shown("주문번호 123-45-6789"), "주문번호 123-45-6789");
        assert.equal(shown("가중치 [2,3,4,5,6,7,8,9,2,3,4,5]를 곱한다"), "가중치 [2,3,4,5,6,7,8,9,2,3,4,5]를 곱한다");
    });
});

describe("outside PII round 23: masked too little, piped, tabled, said in prose", () => {
    it("a resident number or a card with only its check digit starred is still the value", () => {
        assert.equal(shown("rrn=851203-1234567".replace("7", "*")), "rrn=[주민등록번호]");
        assert.equal(shown("결제 카드 5412 7534 1234 567*"), "결제 카드 [카드번호]");
        assert.equal(shown("주민번호 851203-1******"), "주민번호 851203-1******");
        assert.equal(shown("카드 5412-****-****-5678"), "카드 5412-****-****-5678");
    });

    it("a password echoed into sudo -S or a --password-stdin login", () => {
        assert.equal(shown("echo 'Qw7!rt-Zx9' | sudo -S apt update"), "echo '[비밀 키]' | sudo -S apt update");
        assert.equal(
            shown('echo "h4ck-Me_2024" | podman login -u bot --password-stdin quay.io'),
            'echo "[비밀 키]" | podman login -u bot --password-stdin quay.io'
        );
        assert.equal(shown("echo 'build done' | tee log.txt"), "echo 'build done' | tee log.txt");
    });

    it("a CSV row of a secret's name and value; a login pair after 계정은", () => {
        assert.equal(
            shown("name,value\nREDIS_PASSWORD,tQ9#mv2!Lp,ops\nLOG_LEVEL,info,ops"),
            "name,value\nREDIS_PASSWORD,[비밀 키],ops\nLOG_LEVEL,info,ops"
        );
        assert.equal(shown("테스트 계정은 tester / Pa55w0rd!x 입니다."), "테스트 계정은 tester / [비밀 키] 입니다.");
    });

    it("a password with a sign inside said in prose; placeholders and cache keys stay", () => {
        assert.equal(shown("DB 비번 qwer=7788 로 바꿨어요"), "DB 비번 [비밀 키] 로 바꿨어요");
        assert.equal(shown("redis_password: [REDACTED]"), "redis_password: [REDACTED]");
        assert.equal(shown("API_TOKEN: (hidden)"), "API_TOKEN: (hidden)");
        assert.equal(
            shown("캐시 키: user:9f86d081884c7d659a2feaa0c55ad015"),
            "캐시 키: user:9f86d081884c7d659a2feaa0c55ad015"
        );
    });
});

describe("outside PII round 23: keys handed over, defaults after an env lookup, random capitals", () => {
    it("a key shared in a chat or a note, or newly issued", () => {
        assert.equal(
            shown("[10:02] 민지: 운영 결제 키 전달드립니다 Q2hvY29sYXRlQ2FrZTk4NzY1"),
            "[10:02] 민지: 운영 결제 키 전달드립니다 [비밀 키]"
        );
        assert.equal(
            shown("새로 발급받은 토큰 pT7xKq2LmN9vRw4ZyB8cHd3F 로 바꾸세요"),
            "새로 발급받은 토큰 [비밀 키] 로 바꾸세요"
        );
        assert.equal(
            shown("새로 발급한 버전은 v2.3.1-release-candidate 입니다"),
            "새로 발급한 버전은 v2.3.1-release-candidate 입니다"
        );
    });

    it("a system property or an env lookup's default holding a secret", () => {
        assert.equal(
            shown('System.setProperty("api.token", "Zq8Rk2Vn5Tx7Lm3Pw9Hc");'),
            'System.setProperty("api.token", "[비밀 키]");'
        );
        assert.equal(
            shown('key = os.getenv("STRIPE_API_KEY", "Xk29fLq8Rt5Vm2Nz7Pw4")'),
            'key = os.getenv("STRIPE_API_KEY", "[비밀 키]")'
        );
        assert.equal(
            shown('const host = process.env.DB_HOST || "localhost";'),
            'const host = process.env.DB_HOST || "localhost";'
        );
    });

    it("random capitals and digits after a secret's name; a constant's name stays", () => {
        assert.equal(shown("APP_SECRET=Q7WZ4KD9P2LX8MV3RT6BN1"), "APP_SECRET=[비밀 키]");
        assert.equal(shown("DB_PASSWORD=DB_PASSWORD_V2"), "DB_PASSWORD=DB_PASSWORD_V2");
        assert.equal(shown("name,value\nDB_PASSWORD,river-stone-lamp,ops"), "name,value\nDB_PASSWORD,[비밀 키],ops");
    });
});

describe("outside PII round 23, second wave: identity numbers of other countries, signatures, cookies", () => {
    it("a UK NI number, a Singapore NRIC, an Aadhaar, a PAN, a SIN, a bare SSN, a foreign passport", () => {
        assert.equal(shown('ni_number: "JG103759A"'), 'ni_number: "JG[신분증 번호]"');
        assert.equal(shown("NRIC S1234567D 확인"), "NRIC [신분증 번호] 확인");
        assert.equal(shown("NRIC S1234567A 확인"), "NRIC S1234567A 확인");
        assert.equal(shown("aadhaar: 2341 2341 2346"), "aadhaar: [신분증 번호]");
        assert.equal(shown("PAN: ABCPE1234K"), "PAN: [신분증 번호]");
        assert.equal(shown("SIN 130 692 544"), "SIN [신분증 번호]");
        assert.equal(shown("ssn=123456789"), "ssn=[신분증 번호]");
        assert.equal(shown("여권 번호 X1234567 사본"), "여권 번호 [여권번호] 사본");
        assert.equal(shown("build 2341 2341 2346"), "build 2341 2341 2346");
    });

    it("a presigned URL's signature, a session cookie set from script; toll-free lines and versions stay", () => {
        assert.equal(
            shown("https://b.s3.amazonaws.com/f.pdf?X-Amz-Expires=60&X-Amz-Signature=" + "a1b2c3d4".repeat(8)),
            "https://b.s3.amazonaws.com/f.pdf?X-Amz-Expires=60&X-Amz-Signature=[비밀 키]"
        );
        assert.equal(shown('document.cookie = "sid=Zx81kQp0LmN7vB3cT5yR2wE9";'), 'document.cookie = "sid=[비밀 키]";');
        assert.equal(shown("수신자 부담 080-123-4567"), "수신자 부담 080-123-4567");
        assert.equal(shown("Firefox 5.6.78.90 설치"), "Firefox 5.6.78.90 설치");
        assert.equal(shown("Request ID: AP9X3KD82LMQ7Z"), "Request ID: AP9X3KD82LMQ7Z");
    });
});
