import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SafetyFilter, filterText, type StreamEvent } from "../../safety/filter";
import { InvalidPolicyError, defaultPolicy, resolvePolicy, validatePolicy } from "../../safety/policy";
import { segmentText } from "../../safety/text/segmenter";
import { classify } from "../../safety/content/classifier";
import { seededRandom } from "../fixtures/tinyGemma";
import { defaultScriptText } from "../fixtures/scriptedModel";

const repo = path.resolve(__dirname, "..", "..", "..");
/** ../shared/data (or $GEMMA_KO_DATA) when this checkout has it. */
const dataDir = process.env["GEMMA_KO_DATA"] ?? path.resolve(repo, "..", "shared", "data");
const haveData = fs.existsSync(path.join(dataDir, "korean-hate-speech", "train.tsv"));

/** Streams `text` in random chunks; returns what a viewer ends up seeing and the result. */
function streamInChunks(text: string, random: () => number) {
    const filter = new SafetyFilter();
    let shown = "";
    let notice: string | undefined;
    const apply = (events: StreamEvent[]) => {
        for (const event of events) {
            if (event.type === "text") {
                assert.equal(notice, undefined, "nothing after a block");
                shown += event.text;
            } else {
                notice = event.notice;
            }
        }
    };
    for (let at = 0; at < text.length;) {
        const size = 1 + Math.floor(random() * (random() < 0.2 ? 40 : 6));
        apply(filter.push(text.slice(at, at + size)));
        at += size;
    }
    const { events, result } = filter.finish();
    apply(events);
    return { seen: notice ?? shown, result };
}

/** Texts every test has: PII, secrets, obfuscated profanity, threats, developer text, edge cases. */
const corpus = [
    defaultScriptText,
    "연락처 010-2345-6789, 메일 kim.minsu@company.co.kr, 카드 4111 1111 1111 1111, 계좌 국민은행 123456-01-234567",
    "주민등록번호 900101-1234568 과 외국인등록번호 911124-5678906, 사업자 104-86-56659",
    'token = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"\npassword: Tr0ub4dor&3x\n',
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1b2C3d4E5f6\nG7h8I9j0K1l2M3n4O5p6Q\n-----END RSA PRIVATE KEY-----\n다음 줄",
    "이 코드 존나 좋네요. 시1발 ㅅㅂ tlqkf 시 발 병.신",
    "시발점에서 출발합니다. 무시 발견.",
    "kill the process, exploit, execute, attack surface, abort(), dead code, 테스트를 죽이다, 프로세스 강제 종료, master/slave",
    "좋은 코드입니다. 너를 죽여버리겠다. 그리고 더 많은 글",
    "버전 1.2.3, 2024-01-15, uuid 123e4567-e89b-12d3-a456-426614174000, 0xDEADBEEF, localhost:8080",
    "",
    " ",
    "\n\n",
    "a",
    "한",
    "010",
    "전화 010 2345 6789 끝",
    "서버 211.45.8.4 접속, postgres://admin:s3cr3tP4ss@db.internal:5432/app",
    "```ts\nconst apiKey = process.env.API_KEY;\n```\n설명입니다."
];

describe("safety filter", function () {
    this.timeout(240_000);

    it("redacts PII with typed Korean placeholders, masks profanity, and reports offsets into the input", () => {
        const result = filterText(defaultScriptText);
        assert.equal(result.text, "담당자 김민수의 연락처는 [전화번호]이고, 주민등록번호는 [주민등록번호] 입니다");
        assert.equal(result.verdict, "redact");
        assert.deepEqual(
            result.findings.map((f) => [f.type, defaultScriptText.slice(f.start, f.end)]),
            [
                ["PHONE", "010-2345-6789"],
                ["KR_RRN", "900101-1234568"]
            ]
        );
        const rude = filterText("이 코드 존나 좋네요");
        assert.equal(rude.text, "이 코드 ** 좋네요");
        assert.equal(rude.verdict, "mask");
        assert.deepEqual(rude.categories, ["profanity"]);
    });

    it("catches obfuscated profanity but not innocent words or developer vocabulary", () => {
        for (const text of [
            "ㅅㅂ",
            "시1발",
            "ㅅ1발",
            "시 발",
            "시.발",
            "tlqkf",
            "sibal",
            "병.신",
            "씨 발 놈",
            "sh1t",
            "f*ck you",
            "개새끼"
        ]) {
            assert.ok(filterText(text).categories.includes("profanity"), text);
        }
        for (const text of [
            "시발점",
            "시발역에서 출발",
            "무시 발견",
            "kill the process",
            "exploit",
            "execute the command",
            "attack surface",
            "abort()",
            "dead code",
            "테스트를 죽이다",
            "프로세스 강제 종료",
            "master/slave replication",
            "killall node",
            "the child process was killed",
            "git push --force"
        ]) {
            const result = filterText(text);
            assert.deepEqual(result.categories, [], `${text}: ${JSON.stringify(result.contentFindings)}`);
            assert.equal(result.text, text);
        }
    });

    it("blocks hate, threats, self-harm and dangerous instructions with a reason, never the text", () => {
        const cases: Array<[string, string]> = [
            ["너를 죽여버리겠다", "violence"],
            ["I will kill you", "violence"],
            ["죽고 싶다", "self_harm"],
            ["how to make a pipe bomb", "dangerous"],
            ["폭탄 만드는 법", "dangerous"],
            ["틀딱들은 다 사라져야 한다", "hate"]
        ];
        for (const [text, category] of cases) {
            const result = filterText(text);
            assert.equal(result.verdict, "block", text);
            assert.ok(result.categories.includes(category as never), `${text}: ${result.categories.join()}`);
            assert.ok(!result.text.includes(text) && result.text.startsWith("[응답 차단:"), result.text);
        }
    });

    it("the learned classifier runs in-process and separates abuse from technical text", () => {
        const technical = classify("컴포넌트는 props를 받아 화면에 표시할 React 엘리먼트를 반환합니다.");
        const abusive = classify("니들 같은 것들은 다 죽어야 돼 진짜 역겹다");
        assert.ok(technical.toxic >= 0 && technical.toxic <= 1 && abusive.toxic <= 1);
        assert.ok(abusive.toxic > technical.toxic + 0.3, `abusive ${abusive.toxic} vs technical ${technical.toxic}`);
    });

    it("an audit record has types, counts, positions and rules, never a matched value", () => {
        const text = `${defaultScriptText}. 비밀번호: qwer1234!@ 존나`;
        const { audit } = filterText(text);
        assert.deepEqual(audit.counts, { PHONE: 1, KR_RRN: 1, SECRET: 1, profanity: 1 });
        const json = JSON.stringify(audit);
        for (const value of ["010-2345-6789", "900101", "1234568", "qwer1234", "존나"])
            assert.ok(!json.includes(value), value);
        assert.ok(audit.findings.every((f) => typeof f.rule === "string" && f.end > f.start));
    });

    it("a PEM private key is held back until its END line", () => {
        const filter = new SafetyFilter();
        const lines = [
            "설정:\n",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n",
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n",
            "QyNTUxOQAAACDXvR2q3f9g\n",
            "-----END OPENSSH PRIVATE KEY-----\n",
            "끝"
        ];
        let shown = "";
        for (const [index, line] of lines.entries()) {
            for (const event of filter.push(line)) if (event.type === "text") shown += event.text;
            if (index >= 1 && index <= 3)
                assert.ok(
                    !shown.includes("b3Bl") && !shown.includes("QyNT") && !shown.includes("BEGIN"),
                    `line ${index} released key material: ${shown}`
                );
        }
        for (const event of filter.finish().events) if (event.type === "text") shown += event.text;
        assert.equal(shown, "설정:\n[비밀 키]\n끝");
    });

    it("a block verdict stops the stream; the viewer withdraws what was shown", () => {
        const filter = new SafetyFilter();
        const events = [
            ...filter.push("좋은 코드입니다. "),
            ...filter.push("너를 죽여"),
            ...filter.push("버리겠다. 계속")
        ];
        assert.equal(events[0]?.type, "text");
        const block = events.find((e) => e.type === "block");
        assert.ok(block !== undefined && block.type === "block" && block.categories.includes("violence"));
        assert.deepEqual(filter.push("더 많은 글"), [], "nothing after the block");
        assert.equal(filter.finish().result.text, "[응답 차단: 폭력·위협]");
    });

    it("holds back the unfinished sentence until it is judged, then releases it whole", () => {
        const filter = new SafetyFilter();
        const shown = filter
            .push("첫 문장입니다. 이 함수는 두 수를 더합니다 그리고 결과를")
            .map((e) => (e.type === "text" ? e.text : ""))
            .join("");
        assert.equal(shown, "첫 문장입니다. ");
        assert.equal(filter.pending, "이 함수는 두 수를 더합니다 그리고 결과를".length);
        // Digit groups stay together, with the dozen characters after them (a word naming the value
        // may follow it there).
        assert.deepEqual(
            segmentText("번호 010 2345 6789 끝 그리고 나머지 문장이 길게"),
            ["번호 ", "010 2345 6789 끝 그리고 나머지 문장이 ", "길게"],
            "digit groups stay together"
        );
        // After a word naming the value, its groups (which may lie spread out) stay with the word.
        assert.equal(
            segmentText("전화 010 2345 6789 끝 그리고 나머지 문장이 길게")[0],
            "전화 010 2345 6789 끝 그리고 나머지 문장이 "
        );
    });

    it("streaming equals filtering the whole text, for many random chunkings (property)", () => {
        const random = seededRandom(2026);
        let checked = 0;
        for (const text of corpus) {
            const whole = filterText(text);
            for (let round = 0; round < 40; round++) {
                const { seen, result } = streamInChunks(text, random);
                assert.equal(seen, whole.text, `chunking changed the output of ${JSON.stringify(text)}`);
                assert.deepEqual(result.findings, whole.findings);
                assert.equal(result.verdict, whole.verdict);
                checked++;
            }
        }
        assert.equal(checked, corpus.length * 40);
    });

    const dataTitle =
        "streaming equals filtering the whole text for every row of the data sets in ../shared/data (property)";
    (haveData ? it : it.skip)(
        haveData ? dataTitle : `${dataTitle} — not run: ${dataDir} is not in this checkout (set GEMMA_KO_DATA)`,
        () => {
            const rows: string[] = [];
            const hate = (file: string) =>
                fs
                    .readFileSync(path.join(dataDir, "korean-hate-speech", file), "utf8")
                    .split("\n")
                    .slice(1)
                    .filter(Boolean)
                    .map((l) => l.split("\t")[0]);
            rows.push(...hate("train.tsv"), ...hate("dev.tsv"));
            rows.push(
                ...fs
                    .readFileSync(path.join(dataDir, "curse-detection", "dataset.dev.txt"), "utf8")
                    .split("\n")
                    .filter(Boolean)
                    .map((l) => l.slice(0, l.lastIndexOf("|")))
            );
            rows.push(
                ...fs
                    .readFileSync(path.join(dataDir, "ko-tech-docs", "dev.jsonl"), "utf8")
                    .split("\n")
                    .filter(Boolean)
                    .map((l) => (JSON.parse(l) as { text: string }).text)
            );
            rows.push(
                ...fs
                    .readFileSync(path.join(dataDir, "presidio", "recognizer_test_cases.jsonl"), "utf8")
                    .split("\n")
                    .filter(Boolean)
                    .map((l) => (JSON.parse(l) as { text: string }).text ?? "")
            );
            rows.push(
                ...(
                    JSON.parse(
                        fs.readFileSync(path.join(dataDir, "presidio-research", "synth_dataset_v2.json"), "utf8")
                    ) as Array<{ full_text: string }>
                ).map((r) => r.full_text)
            );
            rows.push(
                ...fs
                    .readFileSync(path.join(dataDir, "detect-secrets", "plugin_test_cases.jsonl"), "utf8")
                    .split("\n")
                    .filter(Boolean)
                    .map((l) => {
                        const r = JSON.parse(l) as { payload?: string; line?: string };
                        return r.payload ?? r.line ?? "";
                    })
            );
            const random = seededRandom(7);
            for (const text of rows.filter((row): row is string => typeof row === "string")) {
                const whole = filterText(text);
                const { seen } = streamInChunks(text, random);
                if (seen !== whole.text)
                    assert.fail(`chunking changed the output of ${JSON.stringify(text.slice(0, 200))}`);
            }
            assert.ok(rows.length > 20_000, `${rows.length} rows`);
        }
    );

    it("policy: validated by its JSON schema; an invalid policy falls back to the defaults, never to allow-all", () => {
        assert.throws(
            () => validatePolicy({ content: { hate: "ignore" } }),
            (e: unknown) =>
                e instanceof InvalidPolicyError &&
                e.problems[0] === "/content/hate: must be one of allow, warn, mask, redact, block"
        );
        assert.throws(
            () => validatePolicy({ pii: { PASSPORT: "allow" } }),
            (e: unknown) => e instanceof InvalidPolicyError && /unknown key "PASSPORT"/.test(e.message)
        );
        let heard: InvalidPolicyError | undefined;
        const fallback = resolvePolicy({ pii: { PHONE: "allow" }, content: { hate: 3 } }, (e) => (heard = e));
        assert.equal(fallback, defaultPolicy, "the whole invalid policy is rejected");
        assert.ok(heard instanceof InvalidPolicyError);
        const lenient = resolvePolicy({ pii: { PHONE: "allow" }, content: { profanity: "block" } });
        assert.equal(filterText("010-2345-6789", lenient).text, "010-2345-6789");
        assert.equal(filterText("010-2345-6789", lenient).findings.length, 1, "still reported");
        assert.equal(filterText("존나", lenient).verdict, "block");
        assert.equal(filterText("900101-1234568", resolvePolicy({ pii: { KR_RRN: "mask" } })).text, "******-*******");
    });

    it("CLI: a byte-order mark before the first line is not an error; U+2028 never splits an output line", () => {
        const run = spawnSync("npx", ["--no-install", "gemma-ko-safety", "scan", "--jsonl"], {
            cwd: repo,
            input: '\uFEFF{"id":"a","text":"첫 줄\u2028둘째 줄 010-2345-6789"}\n{"id":"b","text":"\u2029"}\n',
            encoding: "utf8"
        });
        assert.equal(run.status, 0, run.stderr);
        const lines = run.stdout.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).filter(Boolean);
        assert.equal(lines.length, 2, run.stdout);
        const first = JSON.parse(lines[0]) as { id: string; text: string };
        assert.equal(first.id, "a");
        assert.equal(first.text, "첫 줄\u2028둘째 줄 [전화번호]");
    });

    it("CLI: --policy=FILE as --policy FILE; a policy with a BOM; unknown or repeated arguments refused; a line too long is an error line and the run goes on", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-cli-"));
        const policy = path.join(dir, "block-phones.json");
        fs.writeFileSync(policy, '\uFEFF{"pii":{"PHONE":"block"}}');
        const cli = (args: string[], input: string, env: NodeJS.ProcessEnv = {}) =>
            spawnSync("npx", ["--no-install", "gemma-ko-safety", ...args], {
                cwd: repo,
                input,
                encoding: "utf8",
                env: { ...process.env, ...env }
            });
        const row = '{"id":"a","text":"전화 010-2345-6789"}\n';
        for (const args of [["--policy", policy], [`--policy=${policy}`]]) {
            const run = cli(["scan", "--jsonl", ...args], row);
            assert.equal(run.status, 0, run.stderr);
            const out = JSON.parse(run.stdout) as { verdict: string; text: string };
            // A blocked PII type is named in the notice (it was "[응답 차단: ]").
            assert.deepEqual([out.verdict, out.text], ["block", "[응답 차단: 전화번호]"], args.join(" "));
        }
        for (const args of [
            ["scan", "--jsonl", "--foo"],
            ["scan", "--jsonl", "extra.txt"],
            ["scan", "--jsonl", "--policy", policy, "--policy", policy],
            ["scan", "--jsonl", "--policy="]
        ]) {
            const run = cli(args, row);
            assert.equal(run.status, 2, args.join(" "));
            assert.match(run.stderr, /usage:/);
        }
        const invalid = path.join(dir, "invalid.json");
        fs.writeFileSync(invalid, '{"pii":{"PHONE":"ALLOW"}}');
        const refused = cli(["scan", "--jsonl", "--policy", invalid], row);
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /Invalid safety policy in .*\/pii\/PHONE/);
        assert.ok(!/default policy is used/.test(refused.stderr), "the CLI does not go on with the default");
        const long = `{"id":"b","text":"${"a".repeat(5000)}"}`;
        const run = cli(["scan", "--jsonl"], `${row}${long}\r\n{"id":"c","text":"x"}\r{"id":"d","text":"y"}`, {
            GEMMA_KO_SAFETY_MAX_LINE_BYTES: "4096"
        });
        assert.equal(run.status, 0, run.stderr);
        const out = run.stdout
            .trim()
            .split("\n")
            .map((l) => JSON.parse(l) as { id: string | null; line?: number; error?: string });
        assert.deepEqual(
            out.map((o) => [o.id, o.line ?? null, o.error === undefined ? "" : "error"]),
            [
                ["a", null, ""],
                [null, 2, "error"],
                ["c", null, ""],
                ["d", null, ""]
            ]
        );
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("CLI: npx --no-install gemma-ko-safety scan --jsonl keeps order, reports errors per line, handles 10,000 lines", () => {
        const lines: string[] = [];
        for (let i = 0; i < 10_000; i++) {
            if (i % 1000 === 7) lines.push("{not json");
            else if (i % 1000 === 8) lines.push(JSON.stringify({ id: 5, text: "x" }));
            else if (i % 1000 === 9) lines.push(JSON.stringify({ id: `row-${i}`, text: ["x"] }));
            else
                lines.push(
                    JSON.stringify({
                        id: `row-${i}`,
                        text:
                            i % 3 === 0
                                ? `연락처 010-2345-${String(1000 + (i % 9000)).padStart(4, "0")}입니다`
                                : i % 3 === 1
                                  ? "이 코드 존나 좋네요"
                                  : "React 컴포넌트는 props를 받습니다."
                    })
                );
        }
        const started = Date.now();
        const run = spawnSync("npx", ["--no-install", "gemma-ko-safety", "scan", "--jsonl"], {
            cwd: repo,
            input: lines.join("\n") + "\n",
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024
        });
        const seconds = (Date.now() - started) / 1000;
        assert.equal(run.status, 0, run.stderr);
        const out = run.stdout
            .trim()
            .split("\n")
            .map(
                (l) =>
                    JSON.parse(l) as {
                        id: string | null;
                        verdict?: string;
                        findings?: Array<{ type: string; start: number; end: number }>;
                        text?: string;
                        error?: string;
                        line?: number;
                        categories?: string[];
                    }
            );
        assert.equal(out.length, 10_000);
        for (let i = 0; i < out.length; i++) {
            const row = out[i];
            if (i % 1000 >= 7 && i % 1000 <= 9) {
                // The id when the line has a string one; always the line's number in the input.
                assert.equal(row.id, i % 1000 === 9 ? `row-${i}` : null);
                assert.equal(row.line, i + 1);
                assert.equal(typeof row.error, "string");
                continue;
            }
            assert.equal(row.id, `row-${i}`);
            if (i % 3 === 0) {
                assert.equal(row.verdict, "redact");
                assert.deepEqual(row.findings, [{ type: "PHONE", start: 4, end: 17 }]);
                assert.equal(row.text, "연락처 [전화번호]입니다");
            } else if (i % 3 === 1) {
                assert.deepEqual([row.verdict, row.categories], ["mask", ["profanity"]]);
            } else {
                assert.deepEqual([row.verdict, row.text], ["allow", "React 컴포넌트는 props를 받습니다."]);
            }
        }
        console.log(`      (10,000 lines through the CLI in ${seconds.toFixed(1)} s, including npx start-up)`);
    });
});
