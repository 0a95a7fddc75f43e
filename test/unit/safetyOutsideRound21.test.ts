// Classes found in the fourteenth round (2026-12-06), in other words and values, whole and streamed one
// character at a time. First: a passport number whose letter stands alone between its digit groups
// ("M123 A 4567") was cut in two by the segmenter and passed; the Node.js sign-in library passport.js
// was read as a word that says passport.
import * as assert from "node:assert/strict";
import { shownBothWays } from "../support/safetyStream";

describe("outside round 21", () => {
    it("a passport number with its kind letter spaced out between the digit groups", () => {
        for (const value of ["M123 A 4567", "S482 B 9913", "M 731 C 0042", "R305 d 8821"]) {
            for (const text of [`여권: ${value}`, `여권번호는 ${value} 입니다.`, `Passport no. ${value}`]) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(value.slice(-4)), `${text} -> ${out}`);
            }
        }
    });

    it("passport.js, the sign-in library, is no word for a passport", () => {
        for (const text of [
            "passport.js 설정에서 세션 버전은 M 1234 5678 형식이 아니다.",
            "PassportStrategy 의 빌드 번호 M1234 5678",
            "passport-jwt 3 A 4567 테스트"
        ])
            assert.equal(shownBothWays(text), text);
    });
});

describe("outside round 21: plain misses and code renderings", () => {
    const redacted = (text: string, value: string) => {
        const out = shownBothWays(text);
        assert.ok(!out.includes(value), `${text} -> ${out}`);
    };
    const codes = (s: string, hex = false) =>
        Array.from(s, (c) => (hex ? `0x${c.charCodeAt(0).toString(16)}` : String(c.charCodeAt(0)))).join(", ");

    it("an e-mail address right after a Korean field name and a colon", () => {
        redacted("연락처:jiwoo.han@kakao.com", "jiwoo.han");
        redacted("담당자 메일:seoyeon_88@daum.net 로 보내 주세요.", "seoyeon_88");
    });

    it("a card number on a comment line: a '#' far before it is no order number", () => {
        redacted("# 임시: 5412751234123452", "1234123456");
        assert.equal(shownBothWays("주문 #5412751234123452 배송 완료"), "주문 #5412751234123452 배송 완료");
    });

    it("a Discord webhook URL", () => {
        const token = "Zk3_Qm8-ab12CD34ef56GH78ij90KL12mn34OP56qr78ST90uv12WX34yz56AB78cd";
        redacted(`DISCORD_WEBHOOK=https://discord.com/api/webhooks/1187654321098765432/${token}`, token);
    });

    it("escapes with braces: \\u{30}", () => {
        const escaped = Array.from("010-4821-7730", (c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join("");
        redacted(`const phone = "${escaped}"; // 휴대폰`, escaped);
        redacted(`const phone = "${escaped}"; // 휴대폰`, "\\u{34}\\u{38}\\u{32}\\u{31}");
    });

    it("character codes in decimal or hex, in a call, an array or a line", () => {
        for (const [value, label] of [
            ["010-4821-7730", "// 연락처"],
            ["minseo.park@naver.com", "// 이메일"],
            ["ghp_4fJ9kL2mN8pQ1rS5tU7vW3xY6zA0bC2dE4fG", "// 배포 토큰"]
        ]) {
            const decimal = codes(value);
            redacted(`const v = String.fromCharCode(${decimal}); ${label}`, decimal.slice(8, 30));
            redacted(`bytes = [${codes(value, true)}] ${label}`, codes(value, true).slice(12, 40));
            redacted(`ASCII 코드: ${decimal.replace(/,/g, "")} ${label}`, decimal.replace(/,/g, "").slice(8, 30));
        }
        // Codes that decode to no value, and palettes of numbers, pass.
        for (const text of [
            `const greeting = String.fromCharCode(${codes("hello, world")});`,
            "const palette = [100, 120, 80, 90, 100, 110, 120, 121, 122];",
            "const table = [0x30, 0x31, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46];"
        ])
            assert.equal(shownBothWays(text), text);
    });
});

describe("outside round 21: a digit at a time, and values wrapped under a comment's mark", () => {
    it("a number written a digit at a time between signs", () => {
        for (const [text, value] of [
            ["/* 휴대폰 번호 예외 케이스: 0.1.0.4.8.2.1.7.7.3.0 */", "0.1.0.4.8.2.1.7.7.3.0"],
            ["리뷰: `0-1-0-4-8-2-1-7-7-3-0` 값은 휴대폰 번호로 보입니다.", "0-1-0-4-8-2-1-7-7-3-0"],
            ["// 테스트 계정 주민등록번호: 8/5/0/7/1/4/1/2/3/4/5/6/7", "8/5/0/7/1/4/1/2/3/4/5/6/7"]
        ]) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(value.slice(6)), `${text} -> ${out}`);
        }
        // Versions, addresses and OIDs pass.
        for (const text of ["버전 1.0.0.2 배포", "DNS 8.8.4.4", "OID 1.3.6.1.4.1.311.21.8"])
            assert.equal(shownBothWays(text), text);
    });

    it("a value wrapped mid-group with a comment's or a quote's mark on the next line", () => {
        for (const [text, rest] of [
            [" * 주민등록번호 = 850714-12\n * 34568\n */", "34568"],
            ["// 외국인등록번호: 85071\n// 4-5234564", "5234564"],
            ["# 주민등록번호 85071\\\n# 4-1234568", "1234568"],
            [" * 카드번호 = 5412-7\n * 512-3412-3452\n */", "3412-3452"]
        ]) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(rest), `${text} -> ${out}`);
        }
        // Numbers on lines of a list stay.
        for (const text of ["> 3\n> 4", " * 단계 1\n * 2단계", "// 포트 8080\n// 9090"])
            assert.equal(shownBothWays(text), text);
    });
});

describe("outside round 21: ROT13, hex bytes, circled zeros, a human password", () => {
    const rot13 = (s: string) =>
        s.replace(/[A-Za-z]/g, (c) => {
            const base = c <= "Z" ? 65 : 97;
            return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
        });

    it("a token in ROT13 where the text says so", () => {
        const token = "ghp_8fK2mQ9xL4vB7nR1tY6wE3zA5cD0hJ2sU4pX";
        for (const text of [
            `codecs.decode('${rot13(token)}', 'rot13')`,
            `배포 토큰은 ROT13(\`${rot13(token)}\`)으로만 가려져 있습니다.`
        ]) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(rot13(token).slice(4, 24)), `${text} -> ${out}`);
        }
        // Without the word, a token's rotation is not read.
        const plain = `const label = "${rot13("abcdefghijklmnopqrstuvwxyz")}";`;
        assert.equal(shownBothWays(plain), plain);
    });

    it("hex bytes without a prefix, spaced", () => {
        const hex = (s: string) => Array.from(s, (c) => c.charCodeAt(0).toString(16)).join(" ");
        for (const [value, label] of [
            ["010-4821-7730", "// 휴대폰 번호"],
            ["jiwoo.han@kakao.com", "# 이메일"]
        ]) {
            const text = `const enc = "${hex(value)}"; ${label}`;
            const out = shownBothWays(text);
            assert.ok(!out.includes(hex(value).slice(6, 30)), `${text} -> ${out}`);
        }
        for (const text of ["색상 표: ff 00 aa 33 cc 11 ee 22 44", "git log 3a 4f 5b 6c 7d 8e 9f 0a 1b 2c"])
            assert.equal(shownBothWays(text), text);
    });

    it("digits drawn as circled sans-serif zeros (🄋) among other circled digits", () => {
        const out = shownBothWays("고객 연락처: 🄋➀🄋-➃➇➁➀-➆➆➂🄋");
        assert.ok(!/[🄋➀-➉]{3}/u.test(out), out);
    });

    it("a human password with a digit repeated, in a password's field or column", () => {
        for (const password of ["pyp61n.1111!", "s1eWNe.1111!", "c69177.2222#"])
            for (const text of [`DB_PASS=${password}`, `INSERT INTO users (name, pwd) VALUES ('b', '${password}');`]) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(password), `${text} -> ${out}`);
            }
    });
});

describe("outside round 21: a written value after a number of another kind, a login pair, a card before a status", () => {
    it("a card or an account written whole after an id in an SQL row", () => {
        for (const [text, value] of [
            ["INSERT INTO users (id, name, card_no) VALUES (1042, '신예준', '5412-7512-3412-3452');", "3412-3452"],
            ["INSERT INTO users (id, name, account_no) VALUES (77, '신건우', '신한은행 110-447-656996');", "656996"]
        ]) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(value), `${text} -> ${out}`);
        }
    });

    it("a login given as user / password after words that say so", () => {
        for (const text of ["# 운영 DB 접속 정보: admin / Seoul2024!#", "로그인 정보: app_user / hunter2#Kr88"]) {
            const out = shownBothWays(text);
            assert.ok(!/2024!#|hunter2/.test(out), `${text} -> ${out}`);
        }
        for (const text of ["login: user / password", "계정 정보: guest / feature-branch"])
            assert.equal(shownBothWays(text), text);
    });

    it("a card of four groups of four, then a status or a count after a space", () => {
        const out = shownBothWays("GET /pay?card=5412-7512-3412-3452 200 OK");
        assert.ok(!out.includes("3412-3452"), out);
        assert.equal(shownBothWays("주문 1234 5678 9012 3456 7 건"), "주문 1234 5678 9012 3456 7 건");
    });

    it("a spoken group of six digits with its particle, then the rest", () => {
        const out = shownBothWays("받아쓰기: 팔오공칠일사에 일이삼사오육팔");
        assert.ok(!out.includes("일이삼사오육팔"), out);
    });
});

describe("outside round 21: the fifteenth tester's false positives and developer-text leaks", () => {
    it("a slice, a shell default's message, a placeholder login and a parcel number stay", () => {
        for (const text of [
            "rows = data[1::3] + arr[::2]",
            "SECRET_KEY_BASE=${SECRET_KEY_BASE:?must be set}",
            "mongodb://<username>:<password>@db-host:27017",
            "운송장 번호 9204 1275 5550 으로 조회하세요"
        ])
            assert.equal(shownBothWays(text), text);
        const out = shownBothWays("서버 주소 2404:6800:4004:81b::200e 로 접속");
        assert.ok(!out.includes("6800:4004"), out);
    });

    it("an e-mail address in a URL's path, and values right after a Korean label's colon", () => {
        for (const [text, value] of [
            ["GET https://api.acme.kr/v1/users/yujin+dev@daum.net/orders", "yujin+dev"],
            ["운전면허증 번호:13-95-174683-44", "174683"],
            ["하나은행:685-017089-58114", "017089"]
        ]) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(value), `${text} -> ${out}`);
        }
        for (const text of ["git clone https://kim@github.com/org/repo", "회의 시간 10:30:45", "ratio 12:34-567890-12"])
            assert.equal(shownBothWays(text), text);
    });
});

describe("outside round 21: a long literal, an env entry's next line, base32", () => {
    it("a resident number as a C# or Java long literal next to ssn", () => {
        const out = shownBothWays("var ssn = 8507141234568L;");
        assert.ok(!out.includes("1234568"), out);
        assert.equal(shownBothWays("const long SEED = 8507141234568L;"), "const long SEED = 8507141234568L;");
    });

    it("a Kubernetes env entry's value on the line after a secret's name", () => {
        const text = 'env:\n  - name: STRIPE_API_KEY\n    value: "q8Zk2LmN4pR7tV1xW9yB3cD5"';
        const out = shownBothWays(text);
        assert.ok(!out.includes("q8Zk2LmN4pR7"), out);
        const plain = 'env:\n  - name: LOG_LEVEL\n    value: "debug-verbose"';
        assert.equal(shownBothWays(plain), plain);
    });

    it("a value in base32", () => {
        const out = shownBothWays('{"mail_base32": "NVUW42TVNYXGW2LNIBXGC5TFOIXGG33N"}');
        assert.ok(!out.includes("NVUW42TVNYXG"), out);
        assert.equal(shownBothWays("OTP 예시 시크릿: JBSWY3DPEHPK3PXP"), "OTP 예시 시크릿: JBSWY3DPEHPK3PXP");
    });
});

describe("outside round 21: a spelled address with a particle, Cyrillic digits", () => {
    it("an address spelled with 골뱅이 glued and 'dot com' taking a particle", () => {
        for (const [text, value] of [
            ["haneul.2001골뱅이kakao dot com으로 보내 주세요", "haneul.2001"],
            ["메일은 seojun77 AT daum dot net과 같습니다", "seojun77"]
        ]) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(value), `${text} -> ${out}`);
        }
        assert.equal(shownBothWays("look at this dot 확인"), "look at this dot 확인");
    });

    it("a number with Cyrillic letters drawn like 3, 4 and 6", () => {
        const out = shownBothWays("휴대폰: 010-6ЧЗб-1Ч92");
        assert.ok(!out.includes("1Ч92"), out);
    });
});

describe("outside round 21: a number read out in English with 'double'", () => {
    it("double and triple digits", () => {
        const out = shownBothWays("연락처: zero one zero double four eight two one triple seven");
        assert.ok(!/double four|triple seven/.test(out), out);
        assert.equal(shownBothWays("I had a double espresso and one more."), "I had a double espresso and one more.");
    });
});
