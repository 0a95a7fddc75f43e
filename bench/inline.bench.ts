// Korean suggestions in comments, replayed: a typing trace (a few hundred keystrokes
// inside comments) through the product's own engine (extension/inline: prompt, cache,
// adaptive debounce, time budget, safety filter) and the real runtime, in real time.
// As VS Code does: each change to the document cancels the call in flight at once, the
// provider is called 50 ms after the last change, and ghost text is not shown while a
// syllable is being composed (VS Code 1.96 and later hide it during IME composition).
//   npm run bench:inline [-- --fixture scripted,scriptedMid,mid,small7b,7b] [--gpu auto|cpu|cuda] [--trace FILE] [--debounce 150]
//                        [--show-after Infinity,250]  (ghost text when whole / due N ms after the key; both by default)
//                        [--typing ime,syllables]  (2-set IME keys, a letter a key / a syllable a key; both by default;
//                                                  imeBefore: IME keys, pausing before a word's space, not after)
//                        [--variants before,after]  (engine choices side by side; see `variants`)
// Prints, per fixture, typing, mode and engine: keystrokes, calls, requests per keystroke,
// cache hit rate, p50 / p95 from a keystroke to its ghost text (where it appeared).
// The trace: `--trace FILE` replays a recorded one (JSON, inlineTrace.ts's TraceStep[]);
// without it, a generated trace (seeded, the same every run) stands in: a developer
// writing Korean comments above six functions, pausing after words, fixing typos, and —
// where the ghost text is what they meant — typing along it for a few characters
// (waiting for it up to 1.5 s) or accepting it with Tab. "ime": the keys of a 2-set
// Korean IME, a letter a key (what a Korean typist presses); "syllables": a syllable a
// key (the first traces). A random-weight fixture proposes nonsense, so "what they
// meant" is decided by the trace, not the text.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { commentSite, commentSyntaxFor } from "../extension/inline/commentScan";
import { composeHangul, hangulKeys, isHangulLetter } from "../extension/inline/hangul";
import { generatedTrace, sourceFile, type TraceStep } from "./inlineTrace";
import { InlineEngine } from "../extension/inline/inlineEngine";
import type { InlineEngineOptions } from "../extension/inline/inlineTypes";
import { buildInlinePrompt } from "../extension/inline/inlinePrompt";
import { ggmlTypeQ8_0 } from "../models/gguf/ggufTypes";
import { gemmaArchitectures } from "../models/gguf/inspectGguf";
import { ModelRuntime } from "../models/runtime";
import { openLlamaBackend, type GpuBackendSetting } from "../models/runtimeInfo";
import { SafetyFilter } from "../safety/filter";
import { gemma7bShape, gemmaSmallShape, paddedVocabulary, writeGemmaShapeModel } from "../test/fixtures/gemma7bShape";
import { writeGguf } from "../test/fixtures/ggufWriter";
import { scriptSteps, writeScriptedModel } from "../test/fixtures/scriptedModel";
import { gemmaMetadata, gemmaTensors, type GemmaShape } from "../test/fixtures/tinyGemma";

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

interface ReplayResult {
    keystrokes: number;
    modelRequests: number;
    cacheHits: number;
    /** Cache hits while a syllable along the suggestion was being composed (ghost text hidden). */
    composingHits: number;
    /** Calls answered by a request started for an earlier keystroke (the user typed along it). */
    joined: number;
    /** Suggestions whose first words were shown early (finished in the background). */
    earlyShows: number;
    calls: number;
    latencies: number[];
    /** The same, for suggestions the model answered (not the cache). */
    modelLatencies: number[];
    shown: number;
    followWaits: number;
    /**
     * Calls made for keys that type along the ghost text (the trace's follow and accept steps):
     * the calls a cache can answer unless the model happens to predict the typist's own words.
     */
    alongCalls: number;
    /** Of those, answered from the cache. */
    alongHits: number;
    wallMs: number;
    /** Per model request: prompt tokens, milliseconds, how it ended. */
    requests: Array<{
        promptTokens: number;
        ms: number;
        /** From the signal's abort to the call's return (undefined: never aborted). */
        cancelLagMs: number | undefined;
        /** Waiting for the request before it (the model runs one at a time). */
        queuedMs: number;
        /** Prompt tokens not reused from an earlier request. */
        evaluatedTokens: number;
        /** Characters shared with the request before / its length / this prompt's length. */
        sharedChars: string;
        stopReason: string;
        firstTokenMs: number;
    }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const percentile = (values: number[], p: number) =>
    values.length === 0
        ? NaN
        : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/**
 * VS Code asks the provider this long after the last change to the document
 * (`InlineCompletionsDebounce`, 50 ms in VS Code 1.104-1.139), cancelling the call in flight
 * at once; a change within it means no call.
 */
const vscodeDebounceMs = 50;

/** The engine's choices compared side by side (`--variants`). */
const variants: Record<string, Partial<InlineEngineOptions>> = {
    /** As before this change: no key-by-key cache, a cancelled request stops at once, adaptive waits. */
    before: { keysAlong: false, keepRunningMs: 0, wordEndWaitMs: Infinity, keepReadingMs: 0 },
    /** The cache along IME keys and requests kept for a call that types along them; adaptive waits. */
    along: { wordEndWaitMs: Infinity, keepReadingMs: 0 },
    /** The engine's defaults: that, and no wait at a word's end while typing through an IME. */
    after: {},
    /** The defaults, but a request reading its prompt stops when the user types on (as before 2026-12-04). */
    stopReading: { keepReadingMs: 0 },
    /** The setting's wait (not the adaptive one) at a word's end while typing through an IME. */
    wordEnd: { wordEndWaitMs: 150 }
};

/** Replays `trace` against `runtime` through the engine, in real time. */
async function replay(
    runtime: ModelRuntime,
    trace: readonly TraceStep[],
    options: Partial<InlineEngineOptions>
): Promise<ReplayResult> {
    const requests: ReplayResult["requests"] = [];
    let previousPrompt = "";
    const engine: InlineEngine = new InlineEngine({
        ...options,
        generate: async (request) => {
            const started = performance.now();
            let same = 0;
            while (same < request.prompt.length && request.prompt[same] === previousPrompt[same]) same++;
            const sharedChars = `${String(same)}/${String(previousPrompt.length)}/${String(request.prompt.length)}`;
            previousPrompt = request.prompt;
            let abortedAt: number | undefined;
            request.signal?.addEventListener("abort", () => (abortedAt = performance.now()), { once: true });
            const result = await runtime.generate(request);
            const ended = performance.now();
            requests.push({
                promptTokens: result.promptTokens,
                ms: ended - started,
                cancelLagMs: abortedAt === undefined ? undefined : ended - abortedAt,
                queuedMs: result.queuedMs,
                evaluatedTokens: result.promptTokens - (result.reusedPromptTokens ?? 0),
                sharedChars,
                stopReason: result.stopReason,
                firstTokenMs: result.timeToFirstTokenMs
            });
            return result;
        },
        createFilter: () => Promise.resolve(new SafetyFilter())
    });
    const lines = [...sourceFile];
    let cursor = { line: 0, character: 0 };
    /** The ghost text VS Code shows: none while a syllable is being composed. */
    let ghost: string | undefined;
    /** The IME's composition: where on the line it started and the letters typed since. */
    let composition: { start: number; keys: string[] } | undefined;
    let current: AbortController | undefined;
    let pendingCall: ReturnType<typeof setTimeout> | undefined;
    let keystroke = 0;
    const latencies: number[] = [];
    const modelLatencies: number[] = [];
    let shown = 0;
    let followWaits = 0;
    /** Whether the keys now typed go along the ghost text (a follow or accept step). */
    let typingAlong = false;
    let alongCalls = 0;
    let alongHits = 0;
    const syntax = commentSyntaxFor("typescript");

    const call = (id: number, started: number, along: boolean) => {
        const controller = new AbortController();
        current = controller;
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
        const composing = composition !== undefined;
        if (along) alongCalls++;
        void engine.suggest(prompt, controller.signal).then((suggestion) => {
            if (along && suggestion.text !== undefined && suggestion.source === "cache") alongHits++;
            // VS Code hides ghost text while a syllable is being composed (since 1.96), and one
            // that replaces typed text it does not start with (으 → 을 읽어).
            if (id !== keystroke || suggestion.text === undefined || composing || (suggestion.replace ?? 0) > 0) return;
            ghost = suggestion.text;
            shown++;
            latencies.push(performance.now() - started);
            if (suggestion.source === "model") modelLatencies.push(performance.now() - started);
        });
    };
    const onKeystroke = () => {
        keystroke++;
        const id = keystroke;
        current?.abort();
        clearTimeout(pendingCall);
        ghost = undefined;
        const started = performance.now();
        const along = typingAlong;
        pendingCall = setTimeout(() => call(id, started, along), vscodeDebounceMs);
    };
    const replaceBeforeCursor = (count: number, text: string) => {
        const line = lines[cursor.line];
        lines[cursor.line] = line.slice(0, cursor.character - count) + text + line.slice(cursor.character);
        cursor = { line: cursor.line, character: cursor.character - count + text.length };
    };
    const compose = (keys: string[]) => {
        const state = composition as { start: number; keys: string[] };
        const shownBefore = composeHangul(state.keys).length;
        state.keys = keys;
        replaceBeforeCursor(shownBefore, composeHangul(keys));
        if (keys.length === 0) composition = undefined;
    };
    const insert = (text: string) => {
        if (isHangulLetter(text)) {
            composition ??= { start: cursor.character, keys: [] };
            compose([...composition.keys, text]);
        } else {
            composition = undefined;
            replaceBeforeCursor(0, text);
        }
        onKeystroke();
    };

    const wallStart = performance.now();
    for (const step of trace) {
        await sleep(step.gapMs);
        typingAlong = step.kind === "follow" || step.kind === "accept";
        switch (step.kind) {
            case "line":
                lines.splice(step.line, 0, step.prefix);
                cursor = { line: step.line, character: step.prefix.length };
                ghost = undefined;
                composition = undefined;
                clearTimeout(pendingCall);
                current?.abort();
                break;
            case "key":
                insert(step.text);
                break;
            case "backspace":
                if (composition !== undefined) compose(composition.keys.slice(0, -1));
                else replaceBeforeCursor(1, "");
                onKeystroke();
                break;
            case "follow": {
                const waitStart = performance.now();
                while (ghost === undefined && performance.now() - waitStart < 1_500) await sleep(5);
                if (ghost === undefined) break;
                if (performance.now() - waitStart > 5) followWaits++;
                if (step.keys === true) {
                    // Read once; typed key by key (the ghost text hides while a syllable is composed).
                    for (const key of hangulKeys(Array.from(ghost).slice(0, step.count).join(""))) {
                        insert(key);
                        await sleep(120);
                    }
                    break;
                }
                for (let i = 0; i < step.count; i++) {
                    const waitStart = performance.now();
                    while (ghost === undefined && performance.now() - waitStart < 1_500) await sleep(5);
                    if (ghost === undefined) break;
                    insert(Array.from(ghost)[0]);
                    await sleep(120);
                }
                break;
            }
            case "accept":
                if (ghost !== undefined) insert(ghost);
                break;
        }
    }
    clearTimeout(pendingCall);
    current?.abort();
    await sleep(engine.keepRunningMs + 100);
    return {
        keystrokes: keystroke,
        modelRequests: engine.stats.modelRequests,
        cacheHits: engine.stats.cacheHits,
        composingHits: engine.stats.composingHits,
        joined: engine.stats.joined,
        earlyShows: engine.stats.earlyShows,
        calls: engine.stats.calls,
        latencies,
        modelLatencies,
        shown,
        followWaits,
        alongCalls,
        alongHits,
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
    if (name === "scripted7b") {
        // The same sentence at the Gemma-7B shape's cost (3072 wide, 28 layers, ffn 24576, Q4_0;
        // llama-architecture attention 3072 wide where Gemma's is 4096: 96 % of its weights).
        // Its vocabulary spells code a character a token, several times Gemma's prompt length.
        const bytes = await writeScriptedModel(
            file,
            scriptSteps(["설정을 ", "읽어 ", "검증한 ", "값을 ", "돌려줍니", "다."]),
            { width: 3072, layers: 28, heads: 16, feedForward: 24576, quantized: "Q4_0" }
        );
        return { file, label: `scripted, Gemma-7B shape (Q4_0, ${(bytes / 1e9).toFixed(2)} GB)` };
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
    const chosen = argument("variants", "before,after").split(",");
    for (const name of chosen) if (!(name in variants)) throw new Error(`unknown variant ${name}`);
    const traceFile = argument("trace", "");
    const typings = traceFile.length > 0 ? ["recorded"] : argument("typing", "ime,syllables").split(",");
    const traceFor = (typing: string): TraceStep[] =>
        typing === "recorded"
            ? (JSON.parse(fs.readFileSync(traceFile, "utf8")) as TraceStep[])
            : generatedTrace(19, typing === "ime" || typing === "imeBefore" ? typing : "syllables");
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
            for (const typing of typings) {
                const trace = traceFor(typing);
                for (const showAfterMs of showAfter)
                    for (const variant of chosen) {
                        const result = await replay(runtime, trace, { ...variants[variant], debounceMs, showAfterMs });
                        const mode = Number.isFinite(showAfterMs)
                            ? `due ${String(showAfterMs)} ms after the key (${String(result.earlyShows)} shown early)`
                            : "when whole";
                        rows.push(
                            `| ${label}, ${info.backend}, ${info.threads} thread(s) | ${typing} (${trace.length} steps) | ${mode} | ${variant} | ${result.keystrokes} | ${result.calls} | ${result.modelRequests} | ${(result.modelRequests / result.keystrokes).toFixed(3)} | ${((100 * result.cacheHits) / result.calls).toFixed(1)} % (${String(result.composingHits)} composing) | ${result.joined} | ${result.shown} | ${percentile(result.latencies, 0.5).toFixed(0)} (model: ${percentile(result.modelLatencies, 0.5).toFixed(0)}, ${String(result.modelLatencies.length)}) | ${percentile(result.latencies, 0.95).toFixed(0)} (model: ${percentile(result.modelLatencies, 0.95).toFixed(0)}) | ${(result.wallMs / 1000).toFixed(0)} s |`
                        );
                        const finished = result.requests.filter((r) => r.stopReason !== "cancelled");
                        const median = (values: number[]) => percentile(values, 0.5).toFixed(0);
                        const lags = result.requests.flatMap((r) =>
                            r.cancelLagMs === undefined ? [] : [r.cancelLagMs]
                        );
                        details.push(
                            `${label}, ${typing}, ghost text ${mode}, ${variant}: a typical prompt (the first comment, half typed) is ${sampleTokens} tokens; ` +
                                `${result.requests.length} requests, ${finished.length} of them not cancelled by a keystroke` +
                                (finished.length > 0
                                    ? ` (median ${median(finished.map((r) => r.ms))} ms, first token after ${median(finished.map((r) => r.firstTokenMs))} ms)`
                                    : "") +
                                `; cancelled ones returned after a median ${median(result.requests.filter((r) => r.stopReason === "cancelled").map((r) => r.ms))} ms, the slowest after ${Math.max(0, ...result.requests.map((r) => r.ms)).toFixed(0)} ms; from the abort to the return: median ${median(lags)} ms, p95 ${percentile(lags, 0.95).toFixed(0)} ms (${String(lags.length)} aborted); requests waited for the one before a median ${median(result.requests.map((r) => r.queuedMs))} ms (p95 ${percentile(
                                    result.requests.map((r) => r.queuedMs),
                                    0.95
                                ).toFixed(
                                    0
                                )}) and evaluated a median ${median(result.requests.map((r) => r.evaluatedTokens))} prompt tokens (p95 ${percentile(
                                    result.requests.map((r) => r.evaluatedTokens),
                                    0.95
                                ).toFixed(
                                    0
                                )}); the typist waited for ghost text to type along it ${result.followWaits} times; ` +
                                `${result.alongCalls} calls (${((100 * result.alongCalls) / result.calls).toFixed(1)} % of all) came from keys typing along the ghost text, ${result.alongHits} of them answered from the cache; ` +
                                `the other ${result.calls - result.alongCalls} calls (the typist's own words) had ${result.cacheHits - result.alongHits} cache hits`
                        );
                        console.error(
                            `[bench] ${label} ${typing} ${mode} ${variant}: ${JSON.stringify({ ...result, latencies: result.latencies.map(Math.round), modelLatencies: result.modelLatencies.map(Math.round), requests: result.requests.map((r) => [r.stopReason, Math.round(r.ms), Math.round(r.cancelLagMs ?? -1), Math.round(r.queuedMs), r.evaluatedTokens, r.promptTokens, r.sharedChars]) })}`
                        );
                    }
            }
            await runtime.dispose();
            fs.rmSync(file, { force: true });
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log(
        `Inline suggestions benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"} (${os.availableParallelism()} logical CPUs), debounce ${debounceMs} ms (adaptive), VS Code's own ${vscodeDebounceMs} ms before each call, ${traceFile.length > 0 ? traceFile : "generated traces (seed 19)"}`
    );
    console.log("");
    console.log(
        "| fixture | typing | ghost text shown | engine | keystrokes | calls | model requests | requests / keystroke (goal ≤ 0.2) | cache hits / calls (goal ≥ 30 %) | joined a running request | keystrokes with ghost text | p50 keystroke → ghost text, ms (from the model, how many) | p95, ms | wall |"
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (const row of rows) console.log(row);
    console.log("");
    for (const line of details) console.log(`- ${line}`);
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
