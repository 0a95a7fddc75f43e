// PII and secrets from the seventeenth safety round (2026-12-06, fourth session), in other values and
// words than the testers', whole and streamed (filterText and shownBothWays agree).
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

describe("outside PII round 24: values abroad, and examples everyone writes", () => {
    it("an English street address's house number; the street and the city stay", () => {
        assert.equal(shown("Deliver to 4417 Birch Lane, Austin, TX"), "Deliver to [주소] Birch Lane, Austin, TX");
        assert.equal(shown('addr = "78 W Elm Ave. Apt 3"'), 'addr = "[주소] W Elm Ave. Apt 3"');
        assert.equal(shown("고객 주소: 905 Harbor Blvd #12"), "고객 주소: [주소] Harbor Blvd #12");
        // The numbers of the examples everyone writes, and a chapter's heading, stay.
        for (const text of ["Example: 123 Main Street", "Version 2.0 Main Road map", "See step 3 for details"])
            assert.equal(shown(text), text);
    });

    it("numbers set aside for fiction and examples stay", () => {
        for (const text of [
            "예시 번호: +1 (312) 555-0148",
            "Call 202-555-0199 in the demo script",
            "계좌 입력 예: 352-0000-0000",
            "vault kv get -field=api_token kv/team/web"
        ])
            assert.equal(shown(text), text);
        // A real number's exchange may be 555 outside the 0100-0199 block.
        assert.equal(shown("Call +1 312-555-2480 tomorrow"), "Call [전화번호] tomorrow");
    });

    it("a public building's address after its name stays; a home's does not", () => {
        for (const text of [
            "워크숍 장소: 국립중앙도서관 (서울특별시 서초구 반포대로 201)",
            "| 시설 | 주소 |\n|---|---|\n| 대전시청 | 대전광역시 서구 둔산로 100 |",
            "서류는 대전광역시 서구 둔산로 100 (대전광역시청) 으로 보내세요",
            "Mail it to 10 Downing Street, London (the Prime Minister's Office)"
        ])
            assert.equal(shown(text), text);
        assert.equal(shown("우리 집은 대전광역시 서구 둔산로 77이야"), "우리 집은 대전광역시 서구 둔산로 [주소]이야");
    });
});

describe("outside PII round 24: where values live at work", () => {
    it("a session cookie's value and a TOTP seed", () => {
        assert.equal(shown("쿠키 값: JSESSIONID=9f3a1c77be20d4e8a615f0c2d9b4e731"), "쿠키 값: JSESSIONID=[비밀 키]");
        assert.equal(
            shown("s.cookies.set('laravel_session', 'eyJpdiI6Ik5xT2Q3a2pBd3ZPRk1Wd')"),
            "s.cookies.set('laravel_session', '[비밀 키]')"
        );
        assert.equal(shown('otp = pyotp.TOTP("JBSWY3DPEHPK3PXP7Q2M")'), 'otp = pyotp.TOTP("[비밀 키]")');
        assert.equal(shown("TOTP_SECRET=KRUGS4ZANFZSAYJA"), "TOTP_SECRET=[비밀 키]");
        for (const text of ["SESSION_TIMEOUT=1800", "session_id = request.cookies.get('sid')", "OTP_KEY_LENGTH=32"])
            assert.equal(shown(text), text);
    });

    it("a health insurance number under its name, a MAC address", () => {
        assert.equal(shown('"nhis_no": "5-1187602934", // 건강보험'), '"nhis_no": "[신분증 번호]", // 건강보험');
        assert.equal(shown("건강보험증 번호 71204459831 확인"), "건강보험증 번호 [신분증 번호] 확인");
        assert.equal(shown("건보 가입자번호: 3391-0247-518"), "건보 가입자번호: [신분증 번호]");
        assert.equal(shown("박지현 노트북 MAC 3c:22:fb:9a:10:e7 허용"), "박지현 노트북 MAC [기기 식별자] 허용");
        assert.equal(shown("switch learned 0c4d.e9a2.77f1 on Gi0/3"), "switch learned [기기 식별자] on Gi0/3");
        assert.equal(shown("고객 단말 IMEI: 35-209900-176148-1"), "고객 단말 IMEI: [기기 식별자]");
        assert.equal(shown('"gaid": "38400000-8cf0-11bd-b23e-10b96e40000d"'), '"gaid": "[기기 식별자]"');
        assert.equal(
            shown("trace_id 38400000-8cf0-11bd-b23e-10b96e40000d"),
            "trace_id 38400000-8cf0-11bd-b23e-10b96e40000d"
        );
        assert.equal(shown("주문번호 352099001761481"), "주문번호 352099001761481");
        for (const text of [
            "broadcast ff:ff:ff:ff:ff:ff",
            "예: aa:bb:cc:dd:ee:ff",
            "ipv6 fe80::3e22:fbff:fe9a:10e7",
            "String.fromCharCode(72, 69, 76, 76, 79, 33)",
            "build 2024.1201.0930"
        ])
            assert.equal(shown(text), text);
    });
});

describe("outside PII round 25: signed links and webhooks (PII 50)", () => {
    it("a CloudFront signature, a Zapier catch hook, a Lark hook of hex", () => {
        assert.equal(
            shown(
                "https://d2x.cloudfront.net/a.mp4?Expires=1767225600&Signature=Qm9zc2VzLXZpZGVvLXNpZ25hdHVyZS1mb3ItdGVzdGluZw~~&Key-Pair-Id=K3"
            ),
            "https://d2x.cloudfront.net/a.mp4?Expires=1767225600&Signature=[비밀 키]&Key-Pair-Id=K3"
        );
        assert.equal(shown("hook: https://hooks.zapier.com/hooks/catch/1234567/abcd9xz/"), "hook: [비밀 키]");
        assert.equal(
            shown("POST https://open.feishu.cn/open-apis/bot/v2/hook/3f2a9c0d1e4b5a6978c0d1e2"),
            "POST [비밀 키]"
        );
        for (const text of ["?Signature=short", "https://hooks.zapier.com/ 문서를 보세요"])
            assert.equal(shown(text), text);
    });
});

describe("outside PII round 25: a date of birth under its name (PII 49, PII 50)", () => {
    it("a labelled date of birth in any common form, and a date with 생 after it", () => {
        assert.equal(shown("고객 생년월일: 1979.11.04 확인"), "고객 생년월일: [생년월일] 확인");
        assert.equal(shown('{"dob": "1990-02-14", "plan": "basic"}'), '{"dob": "[생년월일]", "plan": "basic"}');
        assert.equal(shown("user.birthday = '03/09/1985'"), "user.birthday = '[생년월일]'");
        assert.equal(shown("이수진님은 881203생으로 확인됩니다"), "이수진님은 [생년월일]생으로 확인됩니다");
        for (const text of [
            "배포일 2024-05-02 확정",
            "생일 파티는 다음 주",
            "build 20240502 passed",
            "v1.2.3 released 2023-10-01"
        ])
            assert.equal(shown(text), text);
    });
});
