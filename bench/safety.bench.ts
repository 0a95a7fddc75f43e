// Safety filter cost, side by side with redact-pii (npm) on the same Korean text, in one run:
//   - whole-text scan throughput (MB/s of UTF-8, single thread);
//   - per-token streaming cost (µs per pushed token, over the cost of just concatenating);
//   - what each finds on Korean sentences with known PII values.
// npm run bench:safety   (uses ../shared/data/ko-tech-docs when present, else a generated corpus)
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SyncRedactor } from "redact-pii";
import { SafetyFilter, filterText } from "../safety/filter";
import { seededRandom } from "../test/fixtures/tinyGemma";

const repo = path.resolve(__dirname, "..", "..");
const data = process.env["GEMMA_KO_DATA"] ?? path.resolve(repo, "..", "shared", "data");
const runs = Number(process.env["BENCH_RUNS"] ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function koreanCorpus(): string[] {
    const file = path.join(data, "ko-tech-docs", "dev.jsonl");
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    const sentences = ["컴포넌트는 props를 받아 React 엘리먼트를 반환합니다.", "상태가 바뀌면 React는 화면을 다시 그립니다.", "useEffect는 렌더링 뒤에 실행됩니다.", "서버 컴포넌트는 번들 크기를 줄여 줍니다."];
    return Array.from({ length: 5000 }, (_, i) => sentences[i % sentences.length]!.repeat(3));
}

/** Korean sentences with known PII values, and the values. */
function piiSamples(count: number): Array<{ text: string; values: Array<[string, string]> }> {
    const random = seededRandom(11);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
    const out: Array<{ text: string; values: Array<[string, string]> }> = [];
    for (let i = 0; i < count; i++) {
        const phone = `010-${digits(4)}-${digits(4)}`;
        const landline = `02-${digits(3)}-${digits(4)}`;
        const email = `user${i}@company${i % 7}.co.kr`;
        const yy = String(70 + (i % 30)).padStart(2, "0");
        const mm = String(1 + (i % 12)).padStart(2, "0");
        const dd = String(1 + (i % 28)).padStart(2, "0");
        const rrn = `${yy}${mm}${dd}-${1 + (i % 2)}${digits(6)}`;
        const card = ["4111 1111 1111 1111", "5500 0000 0000 0004", "3400 0000 0000 009"][i % 3]!;
        const account = `${digits(3)}-${digits(2)}-${digits(6)}`;
        // Public addresses only: private, loopback and documentation ranges are not PII by design.
        const octet = () => String(10 + Math.floor(random() * 89));
        const ip = `${[8, 23, 45, 61, 77, 91, 118, 151, 185, 211][i % 10]}.${octet()}.${octet()}.${1 + (i % 250)}`;
        out.push({
            text: `담당자 연락처는 ${phone}, 사무실 ${landline}, 메일 ${email}입니다. 주민등록번호 ${rrn}, 카드 ${card}, 신한은행 계좌 ${account}로 입금해 주세요. 접속 IP ${ip}.`,
            values: [["PHONE", phone], ["PHONE", landline], ["EMAIL", email], ["KR_RRN", rrn], ["CREDIT_CARD", card], ["BANK_ACCOUNT", account], ["IP_ADDRESS", ip]]
        });
    }
    return out;
}

function main(): void {
    const paragraphs = koreanCorpus();
    const text = paragraphs.join("\n\n");
    const bytes = Buffer.byteLength(text, "utf8");
    const redactor = new SyncRedactor();

    // Throughput, alternating the two in each run.
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < runs; run++) {
        let t = performance.now();
        for (const p of paragraphs) filterText(p);
        ours.push(performance.now() - t);
        t = performance.now();
        for (const p of paragraphs) redactor.redact(p);
        theirs.push(performance.now() - t);
    }
    const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);

    // Streaming: each paragraph is one response, arriving as ~2.5-character tokens; the
    // filter's cost is measured over just concatenating the same tokens.
    const random = seededRandom(3);
    const responses = paragraphs.map((p) => {
        const tokens: string[] = [];
        for (let at = 0; at < p.length;) {
            const size = 1 + Math.floor(random() * 4);
            tokens.push(p.slice(at, at + size));
            at += size;
        }
        return tokens;
    });
    const tokenCount = responses.reduce((n, r) => n + r.length, 0);
    const streamed: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < runs; run++) {
        let t = performance.now();
        let total = 0;
        for (const tokens of responses) {
            let sink = "";
            for (const token of tokens) sink += token;
            total += sink.length;
        }
        baseline.push(performance.now() - t);
        t = performance.now();
        for (const tokens of responses) {
            const filter = new SafetyFilter();
            for (const token of tokens) for (const event of filter.push(token)) if (event.type === "text") total += event.text.length;
            filter.finish();
        }
        streamed.push(performance.now() - t);
        if (total < 0) throw new Error("unreachable");
    }
    const perToken = ((median(streamed) - median(baseline)) * 1000) / tokenCount;

    // What each finds.
    const samples = piiSamples(300);
    const caught = { ours: new Map<string, [number, number]>(), theirs: new Map<string, [number, number]>() };
    for (const sample of samples) {
        const a = filterText(sample.text).text;
        const b = redactor.redact(sample.text);
        for (const [type, value] of sample.values) {
            for (const [map, output] of [[caught.ours, a], [caught.theirs, b]] as const) {
                const [hit, total] = map.get(type) ?? [0, 0];
                map.set(type, [hit + (output.includes(value) ? 0 : 1), total + 1]);
            }
        }
    }

    // Damage on text without PII: technical Korean paragraphs changed by each.
    let oursChanged = 0;
    let theirsChanged = 0;
    for (const p of paragraphs) {
        if (filterText(p).text !== p) oursChanged++;
        if (redactor.redact(p) !== p) theirsChanged++;
    }

    const lines = [
        `Safety filter vs redact-pii 3.4.0, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, single thread, median of ${runs} alternating runs`,
        `Corpus: ${paragraphs.length} Korean paragraphs, ${(bytes / 1e6).toFixed(2)} MB UTF-8${fs.existsSync(path.join(data, "ko-tech-docs")) ? " (ko-tech-docs)" : " (generated)"}`,
        "",
        "| measure | gemma-ko safety | redact-pii | ratio (ours / theirs) |",
        "|---|---|---|---|",
        `| whole-text scan | ${mbps(median(ours)).toFixed(2)} MB/s | ${mbps(median(theirs)).toFixed(2)} MB/s | ${(mbps(median(ours)) / mbps(median(theirs))).toFixed(2)} |`,
        `| technical paragraphs changed (no PII in them) | ${oursChanged} of ${paragraphs.length} (${((oursChanged / paragraphs.length) * 100).toFixed(1)} %) | ${theirsChanged} (${((theirsChanged / paragraphs.length) * 100).toFixed(1)} %) | - |`,
        `| streaming, per ~2.5-char token | ${perToken.toFixed(2)} µs over concatenation (${tokenCount} tokens in ${responses.length} responses) | - (no streaming API) | - |`,
        "",
        "Korean sentences with known values (300 sentences, 7 values each): share of values removed from the output",
        "",
        "| type | gemma-ko safety | redact-pii |",
        "|---|---|---|",
        ...[...caught.ours.keys()].map((type) => {
            const [a, n] = caught.ours.get(type)!;
            const [b] = caught.theirs.get(type)!;
            return `| ${type} | ${((a / n) * 100).toFixed(0)} % | ${((b / n) * 100).toFixed(0)} % |`;
        })
    ];
    console.log(lines.join("\n"));
}

main();
