// Korean suggestions in comments, replayed: a typing trace (a few hundred keystrokes
// inside comments) through the product's own engine (extension/inline: prompt, cache,
// adaptive debounce, time budget, safety filter) and the real runtime, in real time.
// Each keystroke cancels the previous call, as VS Code does.
//   npm run bench:inline [-- --fixture scripted,scriptedMid,mid,small7b,7b] [--gpu auto|cpu|cuda] [--trace FILE] [--debounce 150]
//                        [--show-after Infinity,250]  (ghost text when whole / due N ms after the key; both by default)
// Prints, per fixture: keystrokes, model requests per keystroke, cache hit rate, and
// p50 / p95 from a keystroke to its ghost text (keystrokes whose ghost text appeared).
//
// The trace: `--trace FILE` replays a recorded one (JSON, the TraceStep[] below);
// without it, a generated trace (seeded, the same every run) stands in: a developer
// writing Korean comments above six functions at 90-220 ms a key, pausing after words,
// fixing typos, and — where the ghost text is what they meant — typing along it for a
// few characters (waiting for it up to 1.5 s) or accepting it with Tab. A random-weight
// fixture proposes nonsense, so "what they meant" is decided by the trace, not the text.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { commentSite, commentSyntaxFor } from "../extension/inline/commentScan";
import { InlineEngine } from "../extension/inline/inlineEngine";
import { buildInlinePrompt } from "../extension/inline/inlinePrompt";
import { ggmlTypeQ8_0 } from "../models/gguf/ggufTypes";
import { gemmaArchitectures } from "../models/gguf/inspectGguf";
import { ModelRuntime } from "../models/runtime";
import { openLlamaBackend, type GpuBackendSetting } from "../models/runtimeInfo";
import { SafetyFilter } from "../safety/filter";
import { gemma7bShape, gemmaSmallShape, paddedVocabulary, writeGemmaShapeModel } from "../test/fixtures/gemma7bShape";
import { writeGguf } from "../test/fixtures/ggufWriter";
import { scriptSteps, writeScriptedModel } from "../test/fixtures/scriptedModel";
import { gemmaMetadata, gemmaTensors, seededRandom, type GemmaShape } from "../test/fixtures/tinyGemma";

export type TraceStep =
    /** Moves the cursor to the end of a new comment line `prefix` inserted above line `line`. */
    | { kind: "line"; line: number; prefix: string; gapMs: number }
    | { kind: "key"; text: string; gapMs: number }
    | { kind: "backspace"; gapMs: number }
    /** Types the next `count` characters of the ghost text, waiting for it if it is not there yet. */
    | { kind: "follow"; count: number; gapMs: number }
    /** Tab: inserts the whole ghost text. */
    | { kind: "accept"; gapMs: number };

function argument(name: string, fallback: string): string {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

/** ~230 M parameters, as bench/pipeline.bench.ts's mid fixture. */
const midShape: GemmaShape = {
    embedding: 1024,
    layers: 12,
    heads: 16,
    kvHeads: 16,
    headDim: 64,
    feedForward: 4096,
    contextLength: 4096
};

const sourceFile = [
    "import { readFile } from 'node:fs/promises';",
    "",
    "export interface Config {",
    "    port: number;",
    "    host: string;",
    "}",
    "",
    "export async function readConfig(path: string): Promise<Config> {",
    "    const text = await readFile(path, 'utf8');",
    "    return parseConfig(JSON.parse(text));",
    "}",
    "",
    "export function parseConfig(raw: unknown): Config {",
    "    if (typeof raw !== 'object' || raw === null) throw new Error('config must be an object');",
    "    const { port = 3000, host = 'localhost' } = raw as Partial<Config>;",
    "    return { port, host };",
    "}",
    "",
    "export function retry<T>(attempts: number, fn: () => Promise<T>): Promise<T> {",
    "    return fn().catch((error) => (attempts > 1 ? retry(attempts - 1, fn) : Promise.reject(error)));",
    "}",
    "",
    "export function debounce(fn: () => void, wait: number): () => void {",
    "    let timer: NodeJS.Timeout | undefined;",
    "    return () => {",
    "        clearTimeout(timer);",
    "        timer = setTimeout(fn, wait);",
    "    };",
    "}",
    "",
    "export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);",
    "",
    "export function clamp(value: number, min: number, max: number): number {",
    "    return Math.min(max, Math.max(min, value));",
    "}"
];

/** The comments the generated trace writes, with where the typist follows or accepts the ghost text. */
const comments: Array<{ above: string; parts: Array<string | { follow: number } | { accept: true }> }> = [
    {
        above: "export async function readConfig",
        parts: [
            "이 함수는 설정 파일을 ",
            { follow: 6 },
            " 읽어서 검증된 설정 객체로 돌려줍니다. 파일이 없으면 ",
            { accept: true }
        ]
    },
    {
        above: "export function parseConfig",
        parts: ["원시 값을 검증해 ", { follow: 8 }, " 설정 객체로 바꿉니다. 빠진 값에는 기본값을 씁니다."]
    },
    {
        above: "export function retry",
        parts: ["실패하면 ", { follow: 5 }, " 정해진 횟수만큼 다시 시도하고, 마지막 오류를 ", { follow: 7 }]
    },
    { above: "export function debounce", parts: ["연속된 호출을 묶어 마지막 호출만 ", { accept: true }] },
    {
        above: "export const sum",
        parts: ["배열의 합을 ", { follow: 6 }, " 구합니다. 빈 배열이면 영을 돌려줍니다."]
    },
    {
        above: "export function clamp",
        parts: [
            "값을 최소와 최대 ",
            { follow: 4 },
            " 사이로 제한합니다. 최소가 최대보다 크면 ",
            { follow: 6 },
            { accept: true }
        ]
    }
];

/** The prompt at the first comment of the trace, half typed (to report its size in tokens). */
function samplePrompt(): string {
    const lines = [...sourceFile];
    const line = lines.findIndex((text) => text.startsWith("export async function readConfig"));
    lines.splice(line, 0, "// 이 함수는 설정 파일을");
    const site = commentSite(lines.slice(0, line + 1).join("\n"), "", commentSyntaxFor("typescript"));
    if (typeof site === "string") throw new Error("the sample is not in a comment");
    return buildInlinePrompt({
        languageId: "typescript",
        lineCount: lines.length,
        lineAt: (n) => lines[n],
        line,
        character: lines[line].length,
        comment: site.comment,
        style: "formal"
    }).prompt;
}

/** A seeded trace in the shape of real typing (see the header). */
export function generatedTrace(seed = 19): TraceStep[] {
    const random = seededRandom(seed);
    const steps: TraceStep[] = [];
    let inserted = 0;
    for (const comment of comments) {
        const line = sourceFile.findIndex((text) => text.startsWith(comment.above)) + inserted;
        steps.push({ kind: "line", line, prefix: "// ", gapMs: 1200 + random() * 800 });
        inserted++;
        for (const part of comment.parts) {
            if (typeof part === "object" && "accept" in part)
                steps.push({ kind: "accept", gapMs: 300 + random() * 400 });
            else if (typeof part === "object")
                steps.push({ kind: "follow", count: part.follow, gapMs: 250 + random() * 250 });
            else {
                for (const character of Array.from(part)) {
                    // A typo now and then, fixed at once.
                    if (random() < 0.04) {
                        steps.push({ kind: "key", text: "ㅁ", gapMs: 90 + random() * 130 });
                        steps.push({ kind: "backspace", gapMs: 250 + random() * 200 });
                    }
                    const afterWord = character === " " ? 350 + random() * 500 : 0;
                    steps.push({ kind: "key", text: character, gapMs: 90 + random() * 130 + afterWord });
                }
            }
        }
    }
    return steps;
}

interface ReplayResult {
    keystrokes: number;
    modelRequests: number;
    cacheHits: number;
    /** Suggestions whose first words were shown early (finished in the background). */
    earlyShows: number;
    calls: number;
    latencies: number[];
    /** The same, for suggestions the model answered (not the cache). */
    modelLatencies: number[];
    shown: number;
    followWaits: number;
    wallMs: number;
    /** Per model request: prompt tokens, milliseconds, how it ended. */
    requests: Array<{ promptTokens: number; ms: number; stopReason: string; firstTokenMs: number }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const percentile = (values: number[], p: number) =>
    values.length === 0
        ? NaN
        : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** Replays `trace` against `runtime` through the engine, in real time. */
async function replay(
    runtime: ModelRuntime,
    trace: readonly TraceStep[],
    debounceMs: number,
    showAfterMs: number
): Promise<ReplayResult> {
    const requests: ReplayResult["requests"] = [];
    const engine: InlineEngine = new InlineEngine({
        showAfterMs,
        generate: async (request) => {
            const started = performance.now();
            const result = await runtime.generate(request);
            requests.push({
                promptTokens: result.promptTokens,
                ms: performance.now() - started,
                stopReason: result.stopReason,
                firstTokenMs: result.timeToFirstTokenMs
            });
            return result;
        },
        createFilter: () => Promise.resolve(new SafetyFilter()),
        debounceMs
    });
    const lines = [...sourceFile];
    let cursor = { line: 0, character: 0 };
    let ghost: string | undefined;
    let current: AbortController | undefined;
    let keystroke = 0;
    const latencies: number[] = [];
    const modelLatencies: number[] = [];
    let shown = 0;
    let followWaits = 0;
    const syntax = commentSyntaxFor("typescript");

    const onKeystroke = () => {
        keystroke++;
        const id = keystroke;
        current?.abort();
        const controller = new AbortController();
        current = controller;
        ghost = undefined;
        const started = performance.now();
        const text = lines[cursor.line];
        const before = [...lines.slice(0, cursor.line), text.slice(0, cursor.character)].join("\n");
        const site = commentSite(before, text.slice(cursor.character), syntax);
        if (typeof site === "string") return;
        const prompt = buildInlinePrompt({
            languageId: "typescript",
            lineCount: lines.length,
            lineAt: (line) => lines[line],
            line: cursor.line,
            character: cursor.character,
            comment: site.comment,
            style: "formal"
        });
        void engine.suggest(prompt, controller.signal).then((suggestion) => {
            if (id !== keystroke || suggestion.text === undefined) return;
            ghost = suggestion.text;
            shown++;
            latencies.push(performance.now() - started);
            if (suggestion.source === "model") modelLatencies.push(performance.now() - started);
        });
    };
    const insert = (text: string) => {
        const line = lines[cursor.line];
        lines[cursor.line] = line.slice(0, cursor.character) + text + line.slice(cursor.character);
        cursor = { line: cursor.line, character: cursor.character + text.length };
        onKeystroke();
    };

    const wallStart = performance.now();
    for (const step of trace) {
        await sleep(step.gapMs);
        switch (step.kind) {
            case "line":
                lines.splice(step.line, 0, step.prefix);
                cursor = { line: step.line, character: step.prefix.length };
                ghost = undefined;
                current?.abort();
                break;
            case "key":
                insert(step.text);
                break;
            case "backspace": {
                const line = lines[cursor.line];
                lines[cursor.line] = line.slice(0, cursor.character - 1) + line.slice(cursor.character);
                cursor = { line: cursor.line, character: cursor.character - 1 };
                onKeystroke();
                break;
            }
            case "follow":
                for (let i = 0; i < step.count; i++) {
                    const waitStart = performance.now();
                    while (ghost === undefined && performance.now() - waitStart < 1_500) await sleep(5);
                    if (ghost === undefined) break;
                    if (i === 0 && performance.now() - waitStart > 5) followWaits++;
                    insert(Array.from(ghost)[0]);
                    await sleep(120);
                }
                break;
            case "accept":
                if (ghost !== undefined) insert(ghost);
                break;
        }
    }
    current?.abort();
    await sleep(100);
    return {
        keystrokes: keystroke,
        modelRequests: engine.stats.modelRequests,
        cacheHits: engine.stats.cacheHits,
        earlyShows: engine.stats.earlyShows,
        calls: engine.stats.calls,
        latencies,
        modelLatencies,
        shown,
        followWaits,
        wallMs: performance.now() - wallStart,
        requests
    };
}

async function writeFixture(name: string, dir: string): Promise<{ file: string; label: string }> {
    const file = path.join(dir, `${name}.gguf`);
    if (name === "scripted") {
        // Continues every prompt with the same Korean sentence, at once: the engine's own costs
        // (scan, prompt, cache, debounce, filter) with a model that is never the bottleneck.
        await writeScriptedModel(file, scriptSteps(["설정을 ", "읽어 ", "검증한 ", "값을 ", "돌려줍니", "다."]));
        return { file, label: "scripted (instant model: the engine's own costs)" };
    }
    if (name === "scriptedMid") {
        // The same sentence from a model of the mid fixture's shape and cost (1024 wide, 12 layers,
        // ffn 4096, Q8_0): its attention and feed-forward weights are zero, but llama.cpp computes
        // them all the same, so this is the mid model's latency with text that can be shown.
        await writeScriptedModel(file, scriptSteps(["설정을 ", "읽어 ", "검증한 ", "값을 ", "돌려줍니", "다."]), {
            width: 1024,
            layers: 12,
            heads: 16,
            feedForward: 4096,
            quantized: true
        });
        return { file, label: "scripted, mid shape (the mid model's cost, a sentence to show)" };
    }
    if (name === "mid") {
        const vocabulary = paddedVocabulary(32_000);
        const bytes = await writeGguf(
            file,
            gemmaMetadata(midShape, vocabulary, "mid-gemma-q8_0"),
            gemmaTensors(midShape, vocabulary.tokens.length, ggmlTypeQ8_0, 5)
        );
        return { file, label: `mid (~230 M params, Q8_0, ${(bytes / 1e6).toFixed(0)} MB)` };
    }
    const shape = name === "7b" ? gemma7bShape : gemmaSmallShape;
    const bytes = await writeGemmaShapeModel(file, { quantization: "Q4_0", shape });
    return {
        file,
        label: `${name === "7b" ? "Gemma-7B shape" : "small Gemma-7B-structured"} (Q4_0, ${(bytes / 1e9).toFixed(2)} GB)`
    };
}

async function main(): Promise<void> {
    const fixtures = argument("fixture", "scripted,mid").split(",");
    const gpu = argument("gpu", "auto") as GpuBackendSetting;
    const debounceMs = Number(argument("debounce", "150"));
    // Side by side: ghost text only when the suggestion is whole, and due 250 ms after the keystroke.
    const showAfter = argument("show-after", "Infinity,250").split(",").map(Number);
    const traceFile = argument("trace", "");
    const trace =
        traceFile.length > 0 ? (JSON.parse(fs.readFileSync(traceFile, "utf8")) as TraceStep[]) : generatedTrace();
    const dir = fs.mkdtempSync(path.join(argument("dir", os.tmpdir()), "gemma-ko-inline-bench-"));
    const backend = await openLlamaBackend({ gpu, threads: 0 });
    const rows: string[] = [];
    const details: string[] = [];
    try {
        for (const name of fixtures) {
            const { file, label } = await writeFixture(name, dir);
            const runtime = new ModelRuntime({
                getBackend: () => Promise.resolve(backend),
                // The scripted fixture is a llama-architecture file.
                architectures: [...gemmaArchitectures, "llama"]
            });
            const info = await runtime.load({ path: file, contextSize: 2048 });
            // One unmeasured request: first-use costs (JIT, the filter's classifier) are not typing.
            await runtime.generate({ prompt: "// 준비", maxTokens: 4 });
            const sampleTokens = await runtime.countTokens(samplePrompt());
            for (const showAfterMs of showAfter) {
                const result = await replay(runtime, trace, debounceMs, showAfterMs);
                const mode = Number.isFinite(showAfterMs)
                    ? `due ${String(showAfterMs)} ms after the key (${String(result.earlyShows)} shown early)`
                    : "when whole";
                rows.push(
                    `| ${label}, ${info.backend}, ${info.threads} thread(s) | ${mode} | ${result.keystrokes} | ${result.modelRequests} | ${(result.modelRequests / result.keystrokes).toFixed(3)} | ${((100 * result.cacheHits) / result.calls).toFixed(1)} % | ${result.shown} | ${percentile(result.latencies, 0.5).toFixed(0)} (model: ${percentile(result.modelLatencies, 0.5).toFixed(0)}, ${String(result.modelLatencies.length)}) | ${percentile(result.latencies, 0.95).toFixed(0)} (model: ${percentile(result.modelLatencies, 0.95).toFixed(0)}) | ${(result.wallMs / 1000).toFixed(0)} s |`
                );
                const finished = result.requests.filter((r) => r.stopReason !== "cancelled");
                const median = (values: number[]) => percentile(values, 0.5).toFixed(0);
                details.push(
                    `${label}, ghost text ${mode}: a typical prompt (the first comment, half typed) is ${sampleTokens} tokens; ` +
                        `${result.requests.length} requests, ${finished.length} of them not cancelled by a keystroke` +
                        (finished.length > 0
                            ? ` (median ${median(finished.map((r) => r.ms))} ms, first token after ${median(finished.map((r) => r.firstTokenMs))} ms)`
                            : "") +
                        `; cancelled ones returned after a median ${median(result.requests.filter((r) => r.stopReason === "cancelled").map((r) => r.ms))} ms, the slowest after ${Math.max(0, ...result.requests.map((r) => r.ms)).toFixed(0)} ms; the typist waited for ghost text to type along it ${result.followWaits} times`
                );
                console.error(
                    `[bench] ${label}: ${JSON.stringify({ ...result, latencies: result.latencies.map(Math.round), modelLatencies: result.modelLatencies.map(Math.round), requests: result.requests.map((r) => [r.stopReason, Math.round(r.ms)]) })}`
                );
            }
            await runtime.dispose();
            fs.rmSync(file, { force: true });
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log(
        `Inline suggestions benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"} (${os.availableParallelism()} logical CPUs), debounce ${debounceMs} ms (adaptive), ${traceFile.length > 0 ? traceFile : "generated trace (seed 19)"}, ${trace.length} trace steps`
    );
    console.log("");
    console.log(
        "| fixture | ghost text shown | keystrokes | model requests | requests / keystroke (goal ≤ 0.2) | cache hits / calls (goal ≥ 30 %) | keystrokes with ghost text | p50 keystroke → ghost text, ms (from the model, how many) | p95, ms | wall |"
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const row of rows) console.log(row);
    console.log("");
    for (const line of details) console.log(`- ${line}`);
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
