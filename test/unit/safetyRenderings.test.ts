import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { filterText } from "../../safety/filter";
import { streamed } from "../support/safetyStream";
import { normalize } from "../../safety/text/normalize";

const repo = path.resolve(__dirname, "..", "..", "..");
const dataDir = process.env["GEMMA_KO_DATA"] ?? path.resolve(repo, "..", "shared", "data");
const haveData = fs.existsSync(path.join(dataDir, "ko-tech-docs", "dev.jsonl"));

// Values generated valid: a mobile number, an RRN with its check digit, a Luhn card number.
const digitString = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
const mobile = fc
    .tuple(fc.constantFrom("0", "1", "6", "7", "9"), digitString(4), digitString(4))
    .map(([third, a, b]) => [`01${third}`, a.join(""), b.join("")]);
const rrn = fc
    .tuple(
        fc.integer({ min: 60, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(1, 2),
        digitString(5)
    )
    .map(([yy, mm, dd, g, tail]) => {
        const d = Array.from(
            `${yy}${String(mm).padStart(2, "0")}${String(dd).padStart(2, "0")}${g}${tail.join("")}`,
            Number
        );
        const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        const check = (11 - (d.reduce((s, x, i) => s + x * w[i], 0) % 11)) % 10;
        const all = [...d, check].join("");
        return [all.slice(0, 6), all.slice(6)];
    });
const card = digitString(15).map((rest) => {
    const d = [4, ...rest.slice(1)];
    let sum = 0;
    for (let i = 0; i < 15; i++) {
        let x = d[14 - i];
        if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
    }
    const all = [...d, (10 - (sum % 10)) % 10].join("");
    return [all.slice(0, 4), all.slice(4, 8), all.slice(8, 12), all.slice(12)];
});

const fullWidth = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const koreanDigits = (s: string) => s.replace(/[0-9]/g, (c) => "공일이삼사오육칠팔구"[Number(c)]);
const zeroWidth = (s: string) => s.split("").join("\u200b");
/** Renderings of digit groups a model can be talked into. */
const renderings: Array<[string, (groups: string[]) => string]> = [
    ["hyphen", (g) => g.join("-")],
    ["dot", (g) => g.join(".")],
    ["slash", (g) => g.join("/")],
    ["underscore", (g) => g.join("_")],
    ["spaced hyphen", (g) => g.join(" - ")],
    ["en dash", (g) => g.join("\u2013")],
    ["hyphen U+2010", (g) => g.join("\u2010")],
    ["minus U+2212", (g) => g.join("\u2212")],
    ["newline", (g) => g.join("\n")],
    ["every digit spaced", (g) => g.join("").split("").join(" ")],
    ["full-width", (g) => fullWidth(g.join("\uff0d"))],
    ["zero-width", (g) => zeroWidth(g.join("-"))],
    ["soft hyphen", (g) => g.join("\u00ad")],
    ["Korean digit words", (g) => koreanDigits(g.join(" "))],
    ["separator spelled 다시", (g) => g.join(" 다시 ")],
    ["separator spelled 하이픈, glued", (g) => g.join("하이픈")],
    ["separator spelled dash / DOT", (g) => g.join(g.length === 2 ? " dash " : " DOT ")],
    ["digit words and 대시", (g) => koreanDigits(g.join(" 대시 "))],
    ["string concatenation (JavaScript)", (g) => `"${g.slice(0, -1).join("-")}-" + "${g[g.length - 1]}"`],
    ["string concatenation over lines (Python)", (g) => `("${g[0]}-"\n    "${g.slice(1).join("-")}")`]
];
const prose = fc.constantFrom("", "안녕하세요. ", "담당자에게 연락하세요: ", "참고로 ", "설정 파일을 확인하세요.\n");
const after = fc.constantFrom("", " 입니다.", "\n다음 단계로 넘어갑니다.", " (확인 필요)");

describe("PII renderings (property tests)", function () {
    this.timeout(120_000);

    for (const [name, value] of [
        ["mobile number", mobile],
        ["resident registration number", rrn],
        ["card number", card]
    ] as const) {
        it(`no digit group of a ${name} survives any rendering in any surrounding text`, () => {
            fc.assert(
                fc.property(
                    value,
                    fc.integer({ min: 0, max: renderings.length - 1 }),
                    prose,
                    after,
                    (groups, r, a, b) => {
                        const text = `${a}${renderings[r][1](groups)}${b}`;
                        const out = normalize(filterText(text).text).text.replace(/\s/g, "");
                        const digits = groups.join("");
                        return !out.includes(digits.slice(-7)) && !out.includes(groups[groups.length - 1]);
                    }
                ),
                { numRuns: 400, seed: 14 }
            );
        });
    }

    it("text without values passes unchanged (versions, dates, hashes, UUIDs, timestamps, ports, code)", () => {
        const token = fc.oneof(
            fc.tuple(fc.nat(30), fc.nat(30), fc.nat(99)).map(([a, b, c]) => `v${a}.${b}.${c}`),
            fc
                .date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true })
                .map((d) => d.toISOString()),
            fc.uuid(),
            fc.stringMatching(/^[0-9a-f]{40}$/),
            fc.integer({ min: 1_500_000_000_000, max: 1_900_000_000_000 }).map(String),
            fc.integer({ min: 1, max: 65535 }).map((p) => `localhost:${p}`),
            fc.constantFrom(
                "const x = 42;",
                "npm run build",
                "useEffect(() => {}, []);",
                "컴포넌트를 렌더링합니다.",
                "1.5배 빠릅니다"
            )
        );
        fc.assert(
            fc.property(fc.array(token, { minLength: 1, maxLength: 8 }), (tokens) => {
                const text = tokens.join(" ");
                return filterText(text).text === text;
            }),
            { numRuns: 500, seed: 15 }
        );
    });

    it("each rendering class is redacted at its original characters", () => {
        const cases: Array<[string, string]> = [
            ["０１０－２３４５－６７８９", "full-width digits"],
            ["＋８２ １０－２３４５－６７８９", "full-width +82"],
            ["kim＠company．co．kr", "full-width @"],
            ["공일공 이삼사오 육칠팔구", "Korean digit words"],
            ["010\u200b-2345-\u200b6789", "zero-width"],
            ["0\u31641\u31640-2345-6789", "Hangul filler"],
            ["010 - 2345 - 6789", "spaced hyphen"],
            ["610415 2416282", "RRN with a space (check digit)"],
            ["RRN-900101-1234568", "glued after a label"],
            ["+82 10-2345-6789", "international with a space"],
            ["0082-10-2345-6789", "0082 prefix"],
            ["kim%40company.com", "percent-encoded"],
            ["kim&#64;company.com", "HTML entity"],
            ["kim&#x40;company.com", "HTML hex entity"],
            ["[메일](mailto:kim@company.com)", "mailto in Markdown"],
            ["kim@회사.한국", "Korean domain"],
            ["kim at company dot com", "at / dot"],
            ["kim [at] company [dot] co [dot] kr", "[at] / [dot]"],
            ["kim 골뱅이 company 점 com", "골뱅이 / 점"],
            ["data: a2ltLm1pbnN1QGNvbXBhbnkuY28ua3I=", "base64 of an address"],
            ["카드 4111.1111.1111.1111", "dotted card"],
            ["curl -H 'Authorization: Bearer abcdef1234567890abcdef1234'", "Bearer header"],
            ["비밀번호를 Hunter2024! 로 변경하세요", "Korean password phrase"],
            ["DB_PASS=sunshine99", "PASS name"],
            ["redis://:s3cretPw9@cache:6379", "URL password without a user"],
            ["-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1b2C3d4E5f6\nG7h8I9j0K1l2\n\n다음", "PEM without END"],
            ['api_key = "yyyyAb3dEf6hIj9kLm2nOp5q"', "placeholder word inside a random token"],
            ["대표번호 0212345678", "landline with context"],
            ["07012345678", "bare 070"],
            ["연락처 010 다시 2345 다시 6789", "separator spelled as a word"],
            ["서버 211 dot 45 dot 8 dot 4", "IP with dot spelled"],
            ["서버 121 점 134 점 22 점 9", "IP with 점"],
            ["공일공 하이픈 이삼사오 하이픈 육칠팔구", "digit words and 하이픈"],
            ['const phone = "010-" + "2345-6789";', "string concatenation"],
            ["$rrn = '880627' . '-1234568';", "PHP concatenation"],
            ["주민번호 880627 dot 1234568", "RRN with dot spelled"],
            ["010~6252~7601", "~ between groups"],
            ["010|1760|3137", "| between groups"],
            ["연락처 010-1234-5678, 010-2345-6789 입니다", "two numbers in a list"],
            ["연락처 (+82) 010-8936-4390", "(+82) with the trunk 0"],
            ["call zero one zero two three four five six seven eight nine", "English number words"],
            ["번호는 공일공 다섯 하나 넷 영 둘 여섯 하나 넷", "native Korean number words"],
            ['tel = "\\060\\061\\060\\055\\070\\062\\062\\067\\055\\066\\065\\064\\064"', "octal escapes"],
            ['{"phone_b64":"MDEwODE1MzU0OTM="}', "base64 of a bare mobile number"],
            ["my ip: 684D:1111:222:3333:4444:5555:6:77", "IPv6 (its groups are not a phone's)"],
            ["minji.pаrk82@nаver.com 으로 연락", "Cyrillic letters in an address"],
            ["postgres://app:Xk9#mQ2vL7p@db.internal:5432/app", "a password with # in a URL"],
            ["전화 \u202e8765-4321-010\u202c 입니다", "a number behind a right-to-left override"],
            ["| 연락처 | 010 | 3947 | 5821 |", "Markdown table cells"],
            ["- 010\n- 3947\n- 5821", "a YAML or Markdown list"],
            [
                "0\ufe0f\u20e31\ufe0f\u20e30\ufe0f\u20e3-3\ufe0f\u20e39\ufe0f\u20e34\ufe0f\u20e37\ufe0f\u20e3-5\ufe0f\u20e38\ufe0f\u20e32\ufe0f\u20e31\ufe0f\u20e3",
                "keycap digits"
            ],
            ["O1O-3947-5821", "O for 0"],
            ["92O417-l538261", "O and l in an RRN"],
            ["p2ldxjfs(골뱅이)company.co.kr", "(골뱅이)"],
            ["fyttk5du{at}daum.net", "{at}"],
            ["ajt1pyyy 엣 hanmail.net", "엣"],
            ["xgx3fjub 에이티 daum.net", "에이티"],
            ["u46mmnmf 골뱅 gmail.com", "골뱅"],
            ["r7bgcn5n at sign daum.net", "at sign"],
            ["sxwz7jpc@kakao . com 으로", "a dot written spaced"],
            ['"csjjr95w" + "@" + "hanmail.net"', "an address concatenated around @"]
        ];
        for (const [text, name] of cases) {
            const result = filterText(text);
            assert.ok(result.findings.length > 0, `${name}: ${text} -> ${result.text}`);
            for (const f of result.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.end > f.start, name);
        }
        assert.equal(filterText("전화 ０１０－２３４５－６７８９ 주세요").text, "전화 [전화번호] 주세요");
        assert.equal(filterText("메일 kim%40company.com 로").text, "메일 [이메일] 로");
        assert.equal(filterText('phone = "010-" + "2345-6789"').text, 'phone = "[전화번호]"');
        assert.equal(
            filterText("연락처 010-1234-5678, 010-2345-6789 입니다").text,
            "연락처 [전화번호], [전화번호] 입니다"
        );
    });

    it("hard negatives: bare 13 digits in code, coordinates, order numbers, *_id UUIDs", () => {
        for (const text of [
            "const MAX = 8801011234567;",
            "ts = 1700000000123;",
            "좌표 37.5665, 126.9780",
            "주문번호 4111111111111111",
            "request_token_id: 123e4567-e89b-12d3-a456-426614174000",
            "버전 10.2.3-beta.4, 2024/01/15, 1,234,567원",
            "평점 4 점 만점에 3 점, 버전 1 점 2",
            'label = "v1." + "2"; count = "5" + "3";',
            "3 다음에 4, minus 5 dash 점선",
            "배열 [0, 10, 1234, 5678], 범위 0-1000-5000, 해상도 1920-1080",
            "Date: 2015-12-22 04:34:22, 10:30~11:30",
            // 13 digits that pass a card's Luhn check or an FRN's check digit, in code.
            "const SEED = 6308081891663;",
            "const createdAt = 1503106960083; // ms",
            'config = {"seed": 4000000000006, "ids": [6011000990139, 1]}',
            // A second outside tester's false positives: ids, versions, hashing schemes, internal hosts.
            "order_id: 248678022868, arn:aws:iam::123456789012:role/deploy, AWS account ID: 210987654321",
            '[assembly: AssemblyVersion("2.5.1.0")] Chrome/120.0.0.0 Safari/537.36, section 3.2.1.4 of RFC 9110',
            "비밀번호는 Argon2id로 저장합니다. 암호는 PBKDF2로 처리, 비밀번호는 bcrypt(cost=12)로 해싱",
            "ssh deploy@web01.internal",
            "IO-1234-LOOL, | 2024 | 1234 | 5678 |, - 1\n- 2\n- 3",
            "sha256: 88be3af84ce7e54395c1b0afde94c6409695761870923c463565e5ff373fb1",
            "Build 240315-1234567 deployed; aws sts get-caller-identity → Account: 112233445566",
            "비밀번호는 `password123` 같은 값을 금지합니다. 비밀번호는 환경변수(DB_PASS)로 주입"
        ])
            assert.equal(filterText(text).text, text, text);
    });

    it("streaming equals whole text for the cases that differed: a PEM block after text, spaced separators", () => {
        for (const text of [
            "설정은 다음과 같습니다 -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n끝",
            "연락처는 010 - 6986 - 1408 입니다",
            "메일은 kim at company dot com 으로",
            "연락처는 010 다시 6986 다시 1408 입니다",
            "IP 211 dot 45 dot 8 dot 4 와 3 dollars",
            'a = "010-" +\n    "6986-1408"; 다음 줄'
        ]) {
            const whole = filterText(text).text;
            for (let size = 1; size <= 12; size++) assert.equal(streamed(text, size), whole, `${size}: ${text}`);
        }
    });

    const title = "streaming at one-character chunks equals the whole text for every data-set row";
    (haveData ? it : it.skip)(haveData ? title : `${title} — not run: ${dataDir} is not in this checkout`, () => {
        const rows: string[] = [];
        const lines = (file: string) => fs.readFileSync(path.join(dataDir, file), "utf8").split("\n").filter(Boolean);
        for (const file of ["korean-hate-speech/train.tsv", "korean-hate-speech/dev.tsv"])
            rows.push(
                ...lines(file)
                    .slice(1)
                    .map((l) => l.split("\t")[0])
            );
        rows.push(...lines("curse-detection/dataset.dev.txt").map((l) => l.slice(0, l.lastIndexOf("|"))));
        rows.push(...lines("ko-tech-docs/dev.jsonl").map((l) => (JSON.parse(l) as { text: string }).text));
        rows.push(
            ...lines("presidio/recognizer_test_cases.jsonl").map((l) => (JSON.parse(l) as { text?: string }).text ?? "")
        );
        rows.push(
            ...(
                JSON.parse(
                    fs.readFileSync(path.join(dataDir, "presidio-research", "synth_dataset_v2.json"), "utf8")
                ) as Array<{ full_text: string }>
            ).map((r) => r.full_text)
        );
        rows.push(
            ...lines("detect-secrets/plugin_test_cases.jsonl").map((l) => {
                const r = JSON.parse(l) as { payload?: string; line?: string };
                return r.payload ?? r.line ?? "";
            })
        );
        for (const text of rows) {
            if (typeof text !== "string") continue;
            const whole = filterText(text).text;
            if (streamed(text, 1) !== whole)
                assert.fail(`one-character chunks changed ${JSON.stringify(text.slice(0, 200))}`);
        }
        assert.ok(rows.length > 20_000, `${rows.length} rows`);
    });
});
