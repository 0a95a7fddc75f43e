// Classes from a seventh PII tester's held-out set (2026-12-05: 939 of 6,000 values leaked, 2 of 400
// innocent texts changed on first contact), in other words and values, whole and streamed one
// character at a time: a byte order mark after each few characters of a key (the segmenter cut
// there), a JWT whose payload holds an address, tokens and numbers written backwards; innocent: a
// private-key placeholder with no key in it, Spring's ${DB_PASSWORD:}.
import * as assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { shownBothWays } from "../support/safetyStream";

/** Bytes drawn from a counter: the same every run (random draws made this file fail one run in ~15). */
let draws = 0;
function randomBytes(n: number): Buffer {
    let out = Buffer.alloc(0);
    while (out.length < n) out = Buffer.concat([out, createHash("sha256").update(`round19-${draws++}`).digest()]);
    return out.subarray(0, n);
}

const reverse = (value: string) => Array.from(value).reverse().join("");
const letters = (n: number) =>
    randomBytes(n * 2)
        .toString("base64")
        .replace(/[^A-Za-z0-9]/g, "")
        .slice(0, n);

describe("outside round 19: the seventh PII tester's classes", () => {
    it("a key with a byte order mark or another invisible character after each few letters", () => {
        for (let k = 0; k < 6; k++) {
            const key = `ghp_${letters(36)}`;
            const marked = Array.from(key)
                .map((c, i) => (i % 3 === 2 ? `${c}\uFEFF` : i % 4 === 1 ? `${c}\u2063` : c))
                .join("");
            for (const text of [`token = '${marked}'`, `깃허브 토큰은 ${marked} 입니다.`]) {
                const out = shownBothWays(text).replace(/[\uFEFF\u2063]/g, "");
                assert.ok(!out.includes(key.slice(8, 20)), `${text} -> ${out}`);
            }
        }
    });

    it("a JWT whose payload holds an e-mail address goes whole, signature and all", () => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
        for (const email of ["minsu.kim@example.co.kr", "hyejin@daum.net"]) {
            const signature = letters(43);
            const jwt = `${part({ alg: "HS256", typ: "JWT" })}.${part({ sub: "671346", email })}.${signature}`;
            const out = shownBothWays(`const accessToken = "${jwt}";`);
            assert.ok(!out.includes(signature.slice(0, 12)) && !out.includes("eyJ"), out);
        }
    });

    it("provider tokens, URLs with secrets and addresses written backwards", () => {
        for (let k = 0; k < 4; k++) {
            for (const value of [
                `ghp_${letters(36)}`,
                `github_pat_${letters(22)}_${letters(59)}`,
                `https://hooks.slack.com/services/T${letters(8).toUpperCase()}/B${letters(10).toUpperCase()}/${letters(24)}`,
                `postgres://admin:${letters(14)}@db.internal:5432/prod`,
                `AIza${letters(35)}`
            ]) {
                const backwards = reverse(value);
                for (const text of [`"token": "${backwards}",`, `토큰: ${backwards}`, `key = '${backwards}';`]) {
                    const out = shownBothWays(text);
                    assert.ok(!out.includes(backwards.slice(0, 12)), `${text} -> ${out}`);
                }
            }
        }
        const address = reverse("jiyoung968@naver.com");
        assert.ok(!shownBothWays(`SMTP_USER = "${address}"`).includes(address));
        // A word read backwards is no token: an ordinary path or a long identifier stays.
        for (const text of ["const moc = 'ten.elpmaxe.www';", "const path = 'src/lib/sptth_handler.ts';"])
            assert.equal(shownBothWays(text), text);
    });

    it("a number written backwards under a word that names it, or with its country code last", () => {
        for (const [text, digits] of [
            ['"contact": "1626-0964-010"', "0964"],
            ["최유나님의 휴대폰은 9187-2462-01-28+입니다.", "2462"],
            ["여권 번호: 41578116M", "578116"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(digits), `${text} -> ${out}`);
        }
        // One sign between groups is no value's shape: a build number stays.
        for (const text of ["빌드 번호 20249389.50", "버전 번호 2024.11.03-1"]) assert.equal(shownBothWays(text), text);
    });

    it("a private-key placeholder with no key in it, and an empty default in Spring, are not secrets", () => {
        for (const text of [
            "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
            "spring.datasource.password=${DB_PASSWORD:}",
            "password: ${DB_PASSWORD:-}"
        ])
            assert.equal(shownBothWays(text), text);
        // A key is still a key, on separate lines or percent-encoded on one.
        const body = randomBytes(48).toString("base64");
        for (const text of [
            `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`,
            encodeURIComponent(`-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`)
        ]) {
            const out = shownBothWays(`key=${text}`);
            assert.ok(!out.includes(body.slice(4, 20)) && !out.includes(encodeURIComponent(body.slice(4, 20))), out);
        }
    });

    it("a cell under a header that names it: CSV, an SQL column list, a Markdown table", () => {
        for (let k = 0; k < 4; k++) {
            const password = `${letters(6)}.${String(1000 + k * 37)}!`;
            const token = randomBytes(16).toString("hex");
            for (const [text, value] of [
                [`name,db_password,dept\n이서연,${password},개발팀\n`, password],
                [`INSERT INTO customers (name, auth_token) VALUES ('김민수', '${token}');`, token],
                [`INSERT INTO users (name, pwd) VALUES ('a', 'x'), ('b', '${password}');`, password],
                [
                    `INSERT INTO t (a, password) VALUES ('x', '${password}');\nINSERT INTO t (a, b) VALUES (1, 2);`,
                    password
                ],
                [
                    `| 이름 | 계정 비밀번호 | 비고 |\n|------|------|------|\n| 김민수 | ${password} | 확인 필요 |\n`,
                    password
                ]
            ] as const) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(value), `${text} -> ${out}`);
            }
        }
        // Columns that describe a value, and tables without a secret's column, stay as they are.
        for (const text of [
            "name,password_hint,dept\n이서연,first pet,개발팀\n",
            "| 항목 | 값 |\n|---|---|\n| 토큰 만료 | 3600 |\n",
            "INSERT INTO users (name, token_type) VALUES ('a', 'Bearer');",
            "name,age,dept\n이서연,31,개발팀\n"
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("a password or an address split into concatenated strings, a password in brackets after its name", () => {
        for (const [text, value] of [
            ['const adminPassword = "gksrmf" + "$19977*";', "19977"],
            ['private static final String DB_PASSWORD = ".fHVflP" + ".SeO7b7g3x";', "SeO7b7g3x"],
            ['const userEmail = "kangdw2546" + "@snu.ac.kr";', "kangdw2546"],
            ["배포 전에 DB 비밀번호(ByG!XQknjX9mZmS8d)를 환경 변수로 옮겨 주세요.", "XQknjX9"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(value), `${text} -> ${out}`);
        }
        for (const text of ['console.log("Total: " + "items");', 'const url = "https://" + "example.com";'])
            assert.equal(shownBothWays(text), text);
    });

    it("a number spelled with its country code and semicolons, spaced with no plus, a passport spaced out", () => {
        for (const [text, digits] of [
            ["NOTIFY_PHONE=plus eight two - four two - eight five two three - seven five zero zero", "seven five"],
            ["msisdn = 'plus eight two; one zero; three six seven six; nine one two six'", "nine one"],
            ["phone: 8 2 1 0 3 7 3 5 8 0 6 7", "3 7 3 5"],
            ["여권 번호: M 6 3 5 G 3 3 4 3", "6 3 5"],
            ["<passport>M 0 5 6 C 2 3 2 6</passport>", "2 3 2 6"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(digits), `${text} -> ${out}`);
        }
        for (const text of ["I am a b c d e and 1 2 3 go", "수식: 8 2 1 0 3 + 7", "plus eight two more tests"])
            assert.equal(shownBothWays(text), text);
    });

    it("an address with Korean in it: spelled, as entities, escapes or percent-encoded, split, or its local part", () => {
        const entities = (value: string) =>
            Array.from(value)
                .map((c) => `&#x${c.codePointAt(0)?.toString(16).toUpperCase() ?? ""};`)
                .join("");
        const escapes = (value: string) =>
            Array.from(value)
                .map((c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`)
                .join("");
        for (const [text, part] of [
            ["email: kimchul157 골뱅이 도메인 점 kr", "kimchul157"],
            ["email: parkjs595(at)예제몰 [dot] kr", "parkjs595"],
            [`const userEmail = "${entities("jiyoung756@회사.한국")}";`, entities("756")],
            [`메일:\n${escapes("김민수49@예제몰.kr")}`, escapes("49")],
            [`email=${encodeURIComponent("최유나17@예제몰.kr")} (userId=48213)`, encodeURIComponent("최유나")],
            ['ADMIN_EMAIL = "최유나27" + "@우리회사.com";', "최유나27"],
            ["contact_email='kimchul160@한글' + '도메인.한국'", "kimchul160"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(part), `${text} -> ${out}`);
        }
        for (const text of ["abc 앳 홈페이지 점검 안내", 'msg = "안녕하세요" + "반갑습니다";', "공지: 본점 점검 완료"])
            assert.equal(shownBothWays(text), text);
    });

    it("a key named in prose and given a few words on; its id, hash, file or expiry is no key", () => {
        for (let k = 0; k < 4; k++) {
            const hex = randomBytes(16).toString("hex");
            const aws = randomBytes(30).toString("base64").slice(0, 40);
            for (const [text, value] of [
                [`아래 설정에서 트윌리오 인증 토큰 값이 ${hex} 로 하드코딩되어 있습니다.`, hex],
                [`The customer's Twilio auth token is ${hex}; please update the record.`, hex],
                [`**AWS secret access key**\n\n\`${aws}\`\n`, aws]
            ] as const) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(value.slice(4, 20)), `${text} -> ${out}`);
            }
        }
        for (const text of [
            "request token id: 550e8400-e29b-41d4-a716-446655440000",
            "토큰 파일은 config/secrets/token_v2.json 에 있습니다",
            "access token 해시: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "토큰 만료 시간은 3600초이고 refresh_token_expires_in 값은 86400입니다"
        ])
            assert.equal(shownBothWays(text), text);
    });

    it("an eighth tester's first contact: Korean local parts, a password on the line after its sentence; and what is no value", () => {
        for (const [text, part] of [
            ["// 담당: 최가혁@스타트업.한국", "최가혁"],
            ["연락처 윤나율@xn--oy2b21k79ebos.xn--3e0b707e 로 주세요", "윤나율"],
            ["hayoon.kwon72 @ toss.im", "kwon72"],
            ["요청하신 관리자 비밀번호 전달드립니다.\nCoffee2012!", "Coffee2012"]
        ] as const) {
            const out = shownBothWays(text);
            assert.ok(!out.includes(part), `${text} -> ${out}`);
        }
        for (const text of [
            "# .env.example\nDB_USER=\nDB_PASSWORD=\nJWT_SECRET=\nOPENAI_API_KEY=\n",
            "파일 버전: 2.5.4.5",
            "메모리 주소가 0xDEADBEEF로 되어 있어요.",
            "<passwordHashAlgo>bcrypt(cost=12)</passwordHashAlgo>",
            'let password_max_age_days = String::from("90");',
            "커밋 메일은 foo@bar.com 같은 예시로 두세요.",
            "password reset 흐름\nforgot-password.tsx",
            "비밀번호 정책\n8자 이상, 특수문자 포함"
        ])
            assert.equal(shownBothWays(text), text);
    });
});
