// Safety filter cost, side by side with redact-pii (npm) on the same Korean text, in one run:
//   - whole-text scan throughput (MB/s of UTF-8, single thread);
//   - per-token streaming cost (µs per pushed token, over the cost of just concatenating);
//   - what each finds on Korean sentences with known PII values.
// npm run bench:safety   (uses ../shared/data/ko-tech-docs when present, else a generated corpus)
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SyncRedactor } from "redact-pii";
import { classify } from "../safety/content/classifier";
import { lexiconWindows, scanLexicon } from "../safety/content/lexicon";
import { ContentHold, endsSentence, maxSentence } from "../safety/contentHold";
import { SafetyFilter, filterText } from "../safety/filter";
import { FrameReader } from "../safety/content/frames";
import { FarLabels } from "../safety/pii/farLabels";
import { scanPii } from "../safety/pii/index";
import { resolvePolicy } from "../safety/policy";
import { Segmenter, segmentText } from "../safety/text/segmenter";
import { seededRandom } from "../test/fixtures/tinyGemma";

const repo = path.resolve(__dirname, "..", "..");
const data = process.env["GEMMA_KO_DATA"] ?? path.resolve(repo, "..", "shared", "data");
const runs = Number(process.env["BENCH_RUNS"] ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Milliseconds of this process's CPU time (user + system) that `run` takes: on a shared machine the wall clock also counts other processes. */
function cpuMs(run: () => void): number {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
}

/** Each segment's window as the filter scans it: the 64 characters before it, the segment, its right context. */
function windowsOf(text: string): Array<{ scanText: string; from: number; after: string; segment: string }> {
    const segmenter = new Segmenter();
    const hold = new ContentHold();
    hold.receive(text);
    const out: Array<{ scanText: string; from: number; after: string; segment: string }> = [];
    let tail = "";
    for (const { segment, after } of [...hold.ready(segmenter.push(text)), ...hold.ready(segmenter.finish(), true)]) {
        const scanText = tail + segment;
        out.push({ scanText, from: tail.length, after, segment });
        tail = scanText.slice(-64);
    }
    return out;
}

function koreanCorpus(): string[] {
    const file = path.join(data, "ko-tech-docs", "dev.jsonl");
    if (fs.existsSync(file))
        return fs
            .readFileSync(file, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((l) => (JSON.parse(l) as { text: string }).text);
    const sentences = [
        "컴포넌트는 props를 받아 React 엘리먼트를 반환합니다.",
        "상태가 바뀌면 React는 화면을 다시 그립니다.",
        "useEffect는 렌더링 뒤에 실행됩니다.",
        "서버 컴포넌트는 번들 크기를 줄여 줍니다."
    ];
    return Array.from({ length: 5000 }, (_, i) => sentences[i % sentences.length].repeat(3));
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
        const card = ["4111 1111 1111 1111", "5500 0000 0000 0004", "3400 0000 0000 009"][i % 3];
        const account = `${digits(3)}-${digits(2)}-${digits(6)}`;
        // Public addresses only: private, loopback and documentation ranges are not PII by design.
        const octet = () => String(10 + Math.floor(random() * 89));
        const ip = `${[8, 23, 45, 61, 77, 91, 118, 151, 185, 211][i % 10]}.${octet()}.${octet()}.${1 + (i % 250)}`;
        out.push({
            text: `담당자 연락처는 ${phone}, 사무실 ${landline}, 메일 ${email}입니다. 주민등록번호 ${rrn}, 카드 ${card}, 신한은행 계좌 ${account}로 입금해 주세요. 접속 IP ${ip}.`,
            values: [
                ["PHONE", phone],
                ["PHONE", landline],
                ["EMAIL", email],
                ["KR_RRN", rrn],
                ["CREDIT_CARD", card],
                ["BANK_ACCOUNT", account],
                ["IP_ADDRESS", ip]
            ]
        });
    }
    return out;
}

function main(): void {
    const paragraphs = koreanCorpus();
    const text = paragraphs.join("\n\n");
    const bytes = Buffer.byteLength(text, "utf8");
    const redactor = new SyncRedactor();

    // Throughput, alternating the two in each run (one unmeasured round first: JIT and tables).
    for (const p of paragraphs.slice(0, 300)) {
        filterText(p);
        redactor.redact(p);
    }
    const ours: number[] = [];
    const theirs: number[] = [];
    const oursCpu: number[] = [];
    const theirsCpu: number[] = [];
    for (let run = 0; run < runs; run++) {
        let t = performance.now();
        oursCpu.push(cpuMs(() => paragraphs.forEach((p) => filterText(p))));
        ours.push(performance.now() - t);
        t = performance.now();
        theirsCpu.push(cpuMs(() => paragraphs.forEach((p) => redactor.redact(p))));
        theirs.push(performance.now() - t);
    }
    const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);

    // Where the filter's time goes: each stage alone over the same windows, CPU time.
    const windows = paragraphs.map(windowsOf);
    const sentences: string[] = [];
    for (const list of windows) {
        let sentence = "";
        for (const { segment } of list) {
            sentence += segment;
            if (endsSentence(segment) || sentence.length >= maxSentence) {
                if (sentence.trim().length >= 4) sentences.push(sentence);
                sentence = "";
            }
        }
        if (sentence.trim().length >= 4) sentences.push(sentence);
    }
    // Each paragraph's sentences, as the filter cuts them (per paragraph: frames read a sentence with the one before).
    const sentencesOf = windows.map((list) => {
        const out: string[] = [];
        let sentence = "";
        for (const { segment } of list) {
            sentence += segment;
            if (endsSentence(segment) || sentence.length >= maxSentence) {
                out.push(sentence);
                sentence = "";
            }
        }
        if (sentence.length > 0) out.push(sentence);
        return out;
    });
    const readFarLabels = (list: ReturnType<typeof windowsOf>) => {
        const far = new FarLabels();
        let offset = 0;
        for (const w of list) {
            far.scan(w.scanText, w.from, offset, w.after);
            offset += w.segment.length;
        }
    };
    const readFrames = (list: string[]) => {
        const frames = new FrameReader();
        for (const sentence of list) frames.read(sentence);
    };
    const interleaved = (list: ReturnType<typeof windowsOf>, sentenceList: string[]) => {
        const far = new FarLabels();
        const gate = lexiconWindows();
        const frames = new FrameReader();
        let offset = 0;
        let next = 0;
        let length = 0;
        for (const w of list) {
            far.scan(w.scanText, w.from, offset, w.after);
            offset += w.segment.length;
            const window = w.scanText + w.after;
            const answer = gate.next(window, w.from, w.scanText.length);
            if (answer !== undefined) scanLexicon(window, w.from, w.scanText.length, answer);
            length += w.segment.length;
            if (next < sentenceList.length && length >= sentenceList[next].length) {
                frames.read(sentenceList[next]);
                if (sentenceList[next].trim().length >= 4) classify(sentenceList[next]);
                next++;
                length = 0;
            }
        }
    };
    const stages: Array<[string, () => void]> = [
        ["segmenter and content hold (cutting segments, right context)", () => paragraphs.forEach(windowsOf)],
        [
            "PII and secrets (pre-gate, normalised view, recognizers)",
            () => windows.forEach((list) => list.forEach((w) => scanPii(w.scanText, w.from)))
        ],
        [
            "lexicon and phrases (gate, then the parts it lets through)",
            () =>
                windows.forEach((list) => {
                    const gate = lexiconWindows();
                    for (const w of list) {
                        const window = w.scanText + w.after;
                        const answer = gate.next(window, w.from, w.scanText.length);
                        if (answer !== undefined) scanLexicon(window, w.from, w.scanText.length, answer);
                    }
                })
        ],
        ["classifier (n-gram features, three heads, per sentence)", () => sentences.forEach((t) => classify(t))],
        // What the rows above leave out (found with a CPU profile, 2026-12-07): the PII readers around the
        // recognizers, the frames, and what running every stage one segment at a time costs.
        [
            "PII as the filter reads it (recognizers, then far names, password words, table columns, seeds, codes, addresses)",
            () => windows.forEach(readFarLabels)
        ],
        ["frames (per sentence, with the text before it)", () => sentencesOf.forEach(readFrames)],
        [
            "PII as the filter reads it, lexicon and phrases, frames, classifier: interleaved, one segment at a time",
            () => windows.forEach((list, i) => interleaved(list, sentencesOf[i]))
        ]
    ];
    const stageMs = stages.map(([name, run]) => {
        run();
        const times = Array.from({ length: Math.max(3, runs) }, () => cpuMs(run));
        return [name, Math.min(...times)] as const;
    });

    // The PII / secret half alone (segmenter, normalised view, recognizers), as the filter runs
    // it: each segment with the 64 characters before it. The content half (lexicon, classifier)
    // is the rest of the whole-filter figure.
    const piiOnly: number[] = [];
    for (let run = 0; run < runs; run++)
        piiOnly.push(
            cpuMs(() => {
                for (const p of paragraphs) {
                    let tail = "";
                    for (const segment of segmentText(p)) {
                        const scanText = tail + segment;
                        scanPii(scanText, tail.length);
                        tail = scanText.slice(-64);
                    }
                }
            })
        );

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
        let total = 0;
        baseline.push(
            cpuMs(() => {
                for (const tokens of responses) {
                    let sink = "";
                    for (const token of tokens) sink += token;
                    total += sink.length;
                }
            })
        );
        streamed.push(
            cpuMs(() => {
                for (const tokens of responses) {
                    const filter = new SafetyFilter();
                    for (const token of tokens)
                        for (const event of filter.push(token)) if (event.type === "text") total += event.text.length;
                    filter.finish();
                }
            })
        );
        if (total < 0) throw new Error("unreachable");
    }
    const perToken = ((median(streamed) - median(baseline)) * 1000) / tokenCount;

    // Per-token cost from the first to the 100,000th token of one long response: flat when linear.
    const long = paragraphs.join("\n\n");
    const longTokens: string[] = [];
    for (let at = 0; longTokens.length < 100_000; at = (at + 3) % (long.length - 3))
        longTokens.push(long.slice(at, at + 3));
    const window = 5_000;
    const costs: number[] = [];
    {
        // Content findings warn only, so that no block verdict ends the response early.
        const warnOnly = resolvePolicy({
            content: {
                hate: "warn",
                harassment: "warn",
                sexual: "warn",
                violence: "warn",
                self_harm: "warn",
                dangerous: "warn"
            }
        });
        const filter = new SafetyFilter(warnOnly);
        for (let w = 0; w < longTokens.length / window; w++) {
            const ms = cpuMs(() => {
                for (let k = w * window; k < (w + 1) * window; k++) filter.push(longTokens[k]);
            });
            costs.push((ms * 1000) / window);
        }
        filter.finish();
    }

    // One 1 MB line, as the CLI gets it.
    const line = long.replace(/\n/g, " ").slice(0, 1_000_000);
    const lineStart = performance.now();
    const lineCpu = cpuMs(() => filterText(line)) / 1000;
    const lineSeconds = (performance.now() - lineStart) / 1000;
    // Adversarial 1 MiB lines outside testers sent (the first took 27 s before digit groups
    // were read atomically): Korean digit words without a break, nothing but profanity; round 11:
    // a digit per line (80 s before a run's shape checks stopped growing with the run), table
    // cells of digits (23 s, same cause), and digit groups (libphonenumber reads each); round 12:
    // short numbers between words (13 s: libphonenumber's finder ran on every segment).
    const adversarial = (
        ["공일이삼사오육칠팔구", "씨발 ", "0\n", "| 010 ", "0123456789 ", "계좌 110 234 "] as const
    ).map((unit) => {
        const text = unit.repeat(Math.ceil(1_048_576 / unit.length)).slice(0, 1_048_576);
        return [unit, cpuMs(() => filterText(text)) / 1000] as const;
    });

    // What each finds.
    const samples = piiSamples(300);
    const caught = { ours: new Map<string, [number, number]>(), theirs: new Map<string, [number, number]>() };
    for (const sample of samples) {
        const a = filterText(sample.text).text;
        const b = redactor.redact(sample.text);
        for (const [type, value] of sample.values) {
            for (const [map, output] of [
                [caught.ours, a],
                [caught.theirs, b]
            ] as const) {
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
        `Safety filter vs redact-pii 3.4.0, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, single thread, median of ${runs} alternating runs (CPU-time figures: this process's CPU time, which other load on the machine inflates less than the wall clock), load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
        `Corpus: ${paragraphs.length} Korean paragraphs, ${(bytes / 1e6).toFixed(2)} MB UTF-8${fs.existsSync(path.join(data, "ko-tech-docs")) ? " (ko-tech-docs)" : " (generated)"}`,
        "",
        "| measure | gemma-ko safety | redact-pii | ratio (ours / theirs) |",
        "|---|---|---|---|",
        `| whole-text scan (wall clock) | ${mbps(median(ours)).toFixed(2)} MB/s | ${mbps(median(theirs)).toFixed(2)} MB/s | ${(mbps(median(ours)) / mbps(median(theirs))).toFixed(2)} |`,
        `| whole-text scan (CPU time of this process, best run) | ${mbps(Math.min(...oursCpu)).toFixed(2)} MB/s | ${mbps(Math.min(...theirsCpu)).toFixed(2)} MB/s | ${(mbps(Math.min(...oursCpu)) / mbps(Math.min(...theirsCpu))).toFixed(2)} |`,
        `| PII / secret half alone (segments, normalised view, recognizers; CPU time, best run) | ${mbps(Math.min(...piiOnly)).toFixed(2)} MB/s | - | - |`,
        `| technical paragraphs changed (no PII in them) | ${oursChanged} of ${paragraphs.length} (${((oursChanged / paragraphs.length) * 100).toFixed(1)} %) | ${theirsChanged} (${((theirsChanged / paragraphs.length) * 100).toFixed(1)} %) | - |`,
        `| streaming, per ~2.5-char token (CPU time) | ${perToken.toFixed(2)} µs over concatenation (${tokenCount} tokens in ${responses.length} responses) | - (no streaming API) | - |`,
        `| one response of 100,000 3-char tokens: µs per token (CPU time), tokens 1-5,000 / 45,001-50,000 / 95,001-100,000 | ${costs[0].toFixed(2)} / ${costs[Math.floor(costs.length / 2) - 1].toFixed(2)} / ${costs[costs.length - 1].toFixed(2)} (every window: ${costs.map((c) => c.toFixed(0)).join(" ")}) | - | - |`,
        `| 1 MB on one line (filterText, as the CLI runs it) | ${lineSeconds.toFixed(2)} s (CPU ${lineCpu.toFixed(2)} s) | - | - |`,
        ...adversarial.map(
            ([unit, seconds]) =>
                `| 1 MiB of "${JSON.stringify(unit).slice(1, -1).trim()}" repeated on one line (CPU time) | ${seconds.toFixed(2)} s | - | - |`
        ),
        "",
        `Where the time goes: each stage alone over the same ${windows.reduce((n, l) => n + l.length, 0)} segment windows and ${sentences.length} sentences, CPU time, best of ${Math.max(3, runs)}`,
        "",
        "| stage | CPU ms | MB/s alone |",
        "|---|---|---|",
        ...stageMs.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${mbps(ms).toFixed(2)} |`),
        `| whole filter (the interleaved row, plus the segmenter, decisions, harm head, output, audit) | ${Math.min(...oursCpu).toFixed(0)} | ${mbps(Math.min(...oursCpu)).toFixed(2)} |`,
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
