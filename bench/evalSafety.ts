// Evaluates the safety filter on the labelled data in ../shared/data and writes the
// table into docs/safety.md (between the eval markers). npm run eval:safety
//   PII: span level, per type, on Presidio's recognizer tables and presidio-research;
//   secrets: detect-secrets plugin cases; hard negatives;
//   content: curse-detection (held-out odd lines), korean-hate-speech dev (hate+offensive vs none);
//   false positives: share of ko-tech-docs paragraphs (held-out odd lines) the filter changes.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { filterText } from "../safety/filter";
import { scanPii } from "../safety/pii/index";
import type { PiiType } from "../safety/types";
import { evalRenderings } from "./renderingsEval";
import { evalClasses, evalContent, holdDelay, replayReviews, techDocsFigures } from "./evalContent";
import { data, pct, repo, row, zero, type Counts } from "./evalCommon";
import { readTechDocs } from "../safety/training/trainingData";

const presidioTypes: Record<string, PiiType> = {
    kr_rrn_recognizer: "KR_RRN",
    kr_frn_recognizer: "KR_FRN",
    kr_brn_recognizer: "KR_BRN",
    kr_passport_recognizer: "KR_PASSPORT",
    kr_driver_license_recognizer: "KR_DRIVER_LICENSE",
    credit_card_recognizer: "CREDIT_CARD",
    phone_recognizer: "PHONE",
    email_recognizer: "EMAIL",
    ip_recognizer: "IP_ADDRESS"
};

function evalPresidioTables(lines: string[]): { lines: string[]; negatives: { total: number; flagged: number } } {
    const per = new Map<PiiType, Counts>();
    let negTotal = 0;
    let negFlagged = 0;
    for (const line of fs
        .readFileSync(path.join(data, "presidio", "recognizer_test_cases.jsonl"), "utf8")
        .split("\n")
        .filter(Boolean)) {
        const r = JSON.parse(line) as {
            source_file: string;
            text?: string;
            expected_len?: number;
            expected_positions?: number[][];
            expected_res?: number[][];
        };
        const type = presidioTypes[r.source_file.replace(/^test_|\.py$/g, "")];
        if (type === undefined || typeof r.text !== "string" || r.expected_len === undefined) continue;
        const c = per.get(type) ?? zero();
        per.set(type, c);
        const found = scanPii(r.text).filter((f) => f.type === type);
        const expected = r.expected_positions ?? r.expected_res;
        if (r.expected_len === 0) {
            negTotal++;
            if (found.length > 0) negFlagged++;
            c.fp += found.length;
            continue;
        }
        if (expected === undefined || expected.length === 0) {
            const hit = Math.min(found.length, r.expected_len);
            c.tp += hit;
            c.fn += r.expected_len - hit;
            c.fp += Math.max(0, found.length - r.expected_len);
            continue;
        }
        const used = new Set<number>();
        for (const [start, end] of expected) {
            const i = found.findIndex((f, k) => !used.has(k) && f.start === start && f.end === end);
            if (i >= 0) {
                used.add(i);
                c.tp++;
            } else c.fn++;
        }
        c.fp += found.length - used.size;
    }
    for (const [type, c] of [...per.entries()].sort()) {
        const note =
            type === "IP_ADDRESS"
                ? "exact span; Presidio counts loopback, private and documentation addresses, which this filter leaves alone by design"
                : type === "PHONE"
                  ? "exact span; mostly US/IL/JP/CN national formats without a country code"
                  : "exact span";
        lines.push(row(`Presidio tables: ${type}`, c, note));
    }
    const korean = [...per.entries()]
        .filter(([type]) => type.startsWith("KR_"))
        .reduce((sum, [, c]) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), zero());
    lines.push(
        row("Presidio tables: all Korean identifiers", korean, "KR_RRN, KR_FRN, KR_BRN, KR_PASSPORT, KR_DRIVER_LICENSE")
    );
    return { lines, negatives: { total: negTotal, flagged: negFlagged } };
}

function evalPresidioResearch(lines: string[]): void {
    const map: Record<string, PiiType> = {
        EMAIL_ADDRESS: "EMAIL",
        CREDIT_CARD: "CREDIT_CARD",
        PHONE_NUMBER: "PHONE",
        IP_ADDRESS: "IP_ADDRESS"
    };
    const per = new Map<PiiType, Counts>();
    const records = JSON.parse(
        fs.readFileSync(path.join(data, "presidio-research", "synth_dataset_v2.json"), "utf8")
    ) as Array<{
        full_text: string;
        spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
    }>;
    for (const record of records) {
        const found = scanPii(record.full_text);
        const expected = record.spans.filter((s) => map[s.entity_type] !== undefined);
        for (const type of Object.values(map)) {
            const c = per.get(type) ?? zero();
            per.set(type, c);
            const mine = found.filter((f) => f.type === type);
            const theirs = expected.filter((s) => map[s.entity_type] === type);
            const used = new Set<number>();
            for (const s of theirs) {
                const i = mine.findIndex(
                    (f, k) => !used.has(k) && f.start < s.end_position && f.end > s.start_position
                );
                if (i >= 0) {
                    used.add(i);
                    c.tp++;
                } else c.fn++;
            }
            c.fp += mine.length - used.size;
        }
    }
    for (const [type, c] of per)
        lines.push(
            row(
                `presidio-research: ${type}`,
                c,
                type === "PHONE"
                    ? "overlapping span; national formats of other countries without a country code"
                    : "overlapping span"
            )
        );
}

function evalSecrets(lines: string[]): void {
    const c = zero();
    for (const line of fs
        .readFileSync(path.join(data, "detect-secrets", "plugin_test_cases.jsonl"), "utf8")
        .split("\n")
        .filter(Boolean)) {
        const r = JSON.parse(line) as { payload?: string; line?: string; should_flag?: boolean };
        const text = r.payload ?? r.line;
        if (typeof text !== "string" || typeof r.should_flag !== "boolean") continue;
        const flagged = scanPii(text).some(
            (f) => f.type === "SECRET" || f.type === "URL_CREDENTIALS" || f.type === "IP_ADDRESS"
        );
        if (flagged && r.should_flag) c.tp++;
        else if (flagged) c.fp++;
        else if (r.should_flag) c.fn++;
    }
    lines.push(
        row("detect-secrets plugin cases", c, "line flagged or not; payloads of x's count as placeholders here")
    );
}

/** Hard negatives written for this project (the same list the unit test keeps untouched) plus Presidio's negative rows. */
const hardNegatives = [
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
    "IP 192.168.0.1 게이트웨이, 10.0.0.0/8 대역, 2001:db8::/32 문서용",
    "릴리스 2.0.0 (2024-03-01)",
    "image: nginx:1.25.3-alpine",
    "Copyright 2013-2024 Meta Platforms",
    "HTTP/1.1 200 OK",
    "rgb(255, 128, 0)",
    "line 1024, column 80",
    "chmod 0644 file",
    "crc32 0x1EDC6F41",
    "sleep(1500)",
    "ports 3000-3010",
    "ES2022, ECMA-262",
    "UTF-8, ISO-8859-1",
    "1,234,567원",
    "2024년 1월 15일 오후 3시",
    "commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
    "docker run -p 8080:80",
    "React 18.3.1 / Next.js 14.2.3",
    "KST (UTC+09:00)",
    "1e-6, 6.02e23",
    "user@example.com",
    "010-0000-0000 같은 예시 번호",
    "example.org",
    "AKIAIOSFODNN7EXAMPLE (AWS 문서의 예시 키)",
    'password = "password"'
];

/** Writes the table into docs/safety.md between the eval markers. */
function writeIntoDoc(table: string): void {
    const file = path.join(repo, "docs", "safety.md");
    if (!fs.existsSync(file)) return;
    const doc = fs.readFileSync(file, "utf8");
    const start = doc.indexOf("<!-- eval:start -->");
    const end = doc.indexOf("<!-- eval:end -->");
    if (start < 0 || end <= start) return;
    fs.writeFileSync(file, `${doc.slice(0, start)}<!-- eval:start -->\n${table}\n${doc.slice(end)}`);
    console.log(`\n(written into ${path.relative(repo, file)})`);
}

function main(): void {
    const reviews = process.argv.indexOf("--reviews");
    if (reviews >= 0) {
        replayReviews(process.argv[reviews + 1] ?? "");
        return;
    }
    const started = performance.now();
    const pii: string[] = [];
    const { negatives } = evalPresidioTables(pii);
    evalPresidioResearch(pii);
    evalSecrets(pii);
    let negFlagged = 0;
    for (const text of hardNegatives) if (filterText(text).text !== text) negFlagged++;
    const renderings = evalRenderings();
    const content: string[] = [];
    const summary = evalContent(content);

    const docs = readTechDocs(path.join(data, "ko-tech-docs", "dev.jsonl"), 1);
    const classes = evalClasses();
    const delay = holdDelay(docs);
    const seconds = (performance.now() - started) / 1000;
    const header = "| set | TP | FP | FN | precision | recall | F1 | note |\n|---|---|---|---|---|---|---|---|";
    const table = [
        `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run eval:safety\` (${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}), ${seconds.toFixed(0)} s.`,
        "",
        "### PII and secrets",
        "",
        header,
        ...pii,
        "",
        `Hard negatives: ${negFlagged} of ${hardNegatives.length} project hard-negative strings changed (${pct(negFlagged / hardNegatives.length)}); ` +
            `Presidio negative rows with a finding of their type: ${negatives.flagged} of ${negatives.total} (${pct(negatives.flagged / negatives.total)}).`,
        "",
        "### PII and secret renderings (generated, seeded; each class 200 values in Korean sentences)",
        "",
        "| class | caught | of | share |",
        "|---|---|---|---|",
        ...renderings.positives.map(([name, hit, n]) => `| ${name} | ${hit} | ${n} | ${pct(hit / n)} |`),
        "",
        "| hard-negative class | changed | of | share |",
        "|---|---|---|---|",
        ...renderings.negatives.map(([name, hit, n]) => `| ${name} | ${hit} | ${n} | ${pct(hit / n)} |`),
        "",
        "### Content",
        "",
        header,
        ...content,
        "",
        ...summary.map((s) => `- ${s}`),
        "",
        "### Technical Korean (false positives)",
        "",
        ...techDocsFigures(docs),
        "",
        "### Classes of failure (generated, bench/contentCases.ts)",
        "",
        ...classes,
        "",
        "### Streaming",
        "",
        delay
    ].join("\n");
    console.log(table);
    writeIntoDoc(table);
}

main();
