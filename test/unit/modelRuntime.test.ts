// The model runtime against the real node-llama-cpp, on generated fixtures:
// fixture 1 (tiny random gemma) for load / cancel / lifetime, fixture 2 (scripted)
// where the exact output matters.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
    ModelRuntime,
    nextGpuLayers,
    type GenerateRequest,
    type LoadProgress,
    type RuntimeState
} from "../../models/runtime";
import { openLlamaBackend, type LlamaBackend } from "../../models/runtimeInfo";
import { fixesFor } from "../../extension/panel/errorFixes";
import { describeModelError } from "../../models/describeError";
import { fromWireError, toWireError } from "../../models/process/wireError";
import { english } from "../../models/translate";
import {
    ContextTooSmallError,
    ModelLoadCancelledError,
    ModelNotLoadedError,
    ModelOutOfMemoryError,
    PromptTooLongError,
    isOutOfMemoryError
} from "../../models/runtimeErrors";
import {
    ModelFileMissingError,
    NotGgufError,
    UnsupportedArchitectureError,
    GgufTruncatedError
} from "../../models/gguf/modelFileErrors";
import { detectModelKind } from "../../models/modelKind";
import { writeTinyGemma } from "../fixtures/tinyGemma";
import { defaultScriptText, scriptSteps, scriptText, writeScriptedModel } from "../fixtures/scriptedModel";

describe("model runtime (real node-llama-cpp)", function () {
    this.timeout(60_000);
    let dir: string;
    let tiny: string;
    let scripted: string;
    let backend: LlamaBackend;
    const runtimes: ModelRuntime[] = [];

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-runtime-"));
        tiny = path.join(dir, "tiny-gemma.gguf");
        scripted = path.join(dir, "scripted.gguf");
        await writeTinyGemma(tiny);
        await writeScriptedModel(scripted);
        backend = await openLlamaBackend({ gpu: "cpu", threads: 2 });
    });

    afterEach(async () => {
        for (const runtime of runtimes.splice(0)) await runtime.dispose();
    });

    after(async () => {
        await backend.llama.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    function newRuntime(
        options: { idleUnloadMs?: number; architectures?: string[]; getBackend?: () => Promise<LlamaBackend> } = {}
    ): ModelRuntime {
        const runtime = new ModelRuntime({
            getBackend: options.getBackend ?? (() => Promise.resolve(backend)),
            idleUnloadMs: options.idleUnloadMs,
            architectures: options.architectures
        });
        runtimes.push(runtime);
        return runtime;
    }

    async function scriptedRuntime(): Promise<ModelRuntime> {
        const runtime = newRuntime({ architectures: ["llama"] });
        await runtime.load({ path: scripted, contextSize: 1024 });
        return runtime;
    }

    /** Generates, collecting the streamed pieces. */
    async function streamed(runtime: ModelRuntime, request: GenerateRequest) {
        const pieces: string[] = [];
        const result = await runtime.generate({ ...request, onText: (text) => pieces.push(text) });
        return { result, pieces };
    }

    describe("load", () => {
        it("loads the tiny gemma fixture with progress, on the CPU, as a base model", async () => {
            const runtime = newRuntime();
            const progress: LoadProgress[] = [];
            const states: RuntimeState[] = [];
            runtime.onDidChangeState((state) => states.push(state));
            const info = await runtime.load({ path: tiny, onProgress: (p) => progress.push(p) });
            assert.equal(info.architecture, "gemma");
            assert.equal(info.backend, "cpu");
            assert.equal(info.gpuLayers, 0);
            assert.equal(info.totalLayers, 3);
            assert.equal(info.contextSize, 2048, "auto context: the trained 2048 fits");
            assert.deepEqual(info.kind, { kind: "base", source: "default" });
            assert.equal(info.attempts.length, 1);
            assert.deepEqual(states, ["loading", "ready"]);
            assert.equal(runtime.state, "ready");
            assert.equal(progress[0]?.phase, "validating");
            assert.ok(
                progress.some((p) => p.phase === "loadingWeights" && p.fraction > 0.85),
                `weights progress reported: ${JSON.stringify(progress)}`
            );
            assert.equal(progress.at(-1)?.fraction, 1);
            for (let i = 1; i < progress.length; i++)
                assert.ok(
                    progress[i].fraction >= progress[i - 1].fraction,
                    `progress never goes back: ${JSON.stringify(progress)}`
                );
        });

        it("takes base or instruct from the catalog: the entry the caller names, else the one whose file name matches", async () => {
            const runtime = newRuntime();
            const named = await runtime.load({ path: tiny, catalogKind: "instruct" });
            assert.deepEqual(named.kind, { kind: "instruct", source: "catalog" });
            const catalogFile = path.join(dir, "ko-gemma-2-9b-it.Q4_K_M.gguf");
            fs.copyFileSync(tiny, catalogFile);
            const matched = await runtime.load({ path: catalogFile });
            assert.deepEqual(matched.kind, { kind: "instruct", source: "catalog" });
            const overridden = await runtime.load({ path: catalogFile, kind: "base" });
            assert.deepEqual(overridden.kind, { kind: "base", source: "setting" });
        });

        it("refuses a context size below 512 as too small, before loading, never as out of memory (found from outside: 8)", async () => {
            const runtime = newRuntime();
            for (const contextSize of [1, 8, 511]) {
                const error = await runtime.load({ path: tiny, contextSize }).catch((e: unknown) => e);
                assert.ok(error instanceof ContextTooSmallError, String(error));
                assert.equal(error.contextSize, contextSize);
                assert.match(describeModelError(error, english), /too small for any request: set at least 512 tokens/);
                // As the isolated backend's channel carries it: the same error, the same fix.
                assert.deepEqual(fixesFor(fromWireError(toWireError(error))), ["openContextSize"]);
            }
            assert.equal(runtime.model, undefined, "nothing loaded");
            const info = await runtime.load({ path: tiny, contextSize: 512 });
            assert.ok(info.contextSize > 0);
        });

        it("fits an oversized context request into what the model and memory allow", async () => {
            const runtime = newRuntime();
            const info = await runtime.load({ path: tiny, contextSize: 1 << 30 });
            assert.ok(info.contextSize > 0 && info.contextSize <= 2048, `context ${info.contextSize}`);
        });

        it("a load cancelled before it starts or during the weights throws ModelLoadCancelledError and leaves nothing loaded", async () => {
            const runtime = newRuntime();
            const early = new AbortController();
            early.abort();
            await assert.rejects(runtime.load({ path: tiny, signal: early.signal }), ModelLoadCancelledError);
            const during = new AbortController();
            await assert.rejects(
                runtime.load({
                    path: tiny,
                    signal: during.signal,
                    onProgress: (p) => p.phase === "openingBackend" && during.abort()
                }),
                ModelLoadCancelledError
            );
            assert.equal(runtime.state, "unloaded");
            assert.equal(runtime.model, undefined);
            // And the runtime still works afterwards.
            await runtime.load({ path: tiny });
            assert.equal(runtime.state, "ready");
        });

        it("refuses bad files before the native loader, with the model file error classes", async () => {
            const runtime = newRuntime();
            await assert.rejects(runtime.load({ path: path.join(dir, "nope.gguf") }), ModelFileMissingError);
            const empty = path.join(dir, "empty.gguf");
            fs.writeFileSync(empty, "");
            await assert.rejects(
                runtime.load({ path: empty }),
                (e: unknown) => e instanceof NotGgufError || e instanceof GgufTruncatedError
            );
            const cut = path.join(dir, "cut.gguf");
            fs.writeFileSync(cut, fs.readFileSync(tiny).subarray(0, 50_000));
            await assert.rejects(runtime.load({ path: cut }), GgufTruncatedError);
            // The scripted fixture is a llama-architecture file: not a Gemma model.
            await assert.rejects(runtime.load({ path: scripted }), UnsupportedArchitectureError);
            assert.equal(runtime.state, "unloaded");
        });

        it("when the GPU runs out of memory, retries with fewer layers and then the CPU, and records each attempt", async () => {
            // This machine has no GPU: present the real CPU backend as a GPU whose
            // loads fail with node-llama-cpp's own InsufficientMemoryError while any
            // layer is offloaded; the final CPU load is real.
            const { InsufficientMemoryError } = await import("node-llama-cpp");
            const tried: unknown[] = [];
            const llama = new Proxy(backend.llama, {
                get(target, property) {
                    if (property === "gpu") return "cuda";
                    if (property === "loadModel") {
                        return (options: { gpuLayers?: unknown }) => {
                            tried.push(options.gpuLayers);
                            if (options.gpuLayers !== 0)
                                return Promise.reject(
                                    new InsufficientMemoryError(
                                        "Not enough VRAM to fit the model with the specified settings"
                                    )
                                );
                            return target.loadModel(options as Parameters<typeof target.loadModel>[0]);
                        };
                    }
                    const value: unknown = Reflect.get(target, property);
                    return typeof value === "function"
                        ? (value as (...args: unknown[]) => unknown).bind(target)
                        : value;
                }
            });
            const runtime = newRuntime({ getBackend: () => Promise.resolve({ ...backend, llama }) });
            const info = await runtime.load({ path: tiny, gpuLayers: 40 });
            assert.deepEqual(tried, [40, 20, 10, 5, 0]);
            assert.deepEqual(
                info.attempts.map((a) => a.gpuLayers),
                [40, 20, 10, 5, 0]
            );
            assert.ok(
                info.attempts.slice(0, -1).every((a) => a.error?.includes("VRAM")),
                "each failed attempt says why"
            );
            assert.equal(info.gpuLayers, 0);

            // And when even the CPU has no room, the user gets ModelOutOfMemoryError.
            const none = new Proxy(backend.llama, {
                get(target, property) {
                    if (property === "loadModel")
                        return () =>
                            Promise.reject(
                                new InsufficientMemoryError("A context size of 8192 is too large for the available RAM")
                            );
                    const value: unknown = Reflect.get(target, property);
                    return typeof value === "function"
                        ? (value as (...args: unknown[]) => unknown).bind(target)
                        : value;
                }
            });
            const starved = newRuntime({ getBackend: () => Promise.resolve({ ...backend, llama: none }) });
            await assert.rejects(
                starved.load({ path: tiny }),
                (e: unknown) =>
                    e instanceof ModelOutOfMemoryError &&
                    e.attempts.length === 1 &&
                    /smaller quantization/.test(e.message)
            );
        });

        it("plans the GPU layer ladder: halve, then CPU, then give up", () => {
            assert.equal(nextGpuLayers("auto", 29, 29), 14);
            assert.equal(nextGpuLayers("auto", undefined, 29), 14);
            assert.equal(nextGpuLayers(14, undefined, 29), 7);
            assert.equal(nextGpuLayers(7, undefined, 29), 0, "fewer than 4 layers is not worth a GPU");
            assert.equal(nextGpuLayers(0, undefined, 29), undefined);
            assert.ok(
                isOutOfMemoryError(
                    new Error(
                        "ggml_backend_cuda_buffer_type_alloc_buffer: allocating 4096.00 MiB on device 0: cudaMalloc failed: out of memory"
                    )
                )
            );
            assert.ok(isOutOfMemoryError(new Error("vk::Device::allocateMemory: ErrorOutOfDeviceMemory")));
            assert.ok(!isOutOfMemoryError(new Error("unknown model architecture: 'mamba3'")));
        });
    });

    describe("generate", () => {
        it("streams the scripted model's Korean sentence exactly, including the final byte-fallback syllable", async () => {
            const runtime = await scriptedRuntime();
            for (const prompt of [
                "안녕하세요",
                "function add(a, b) { return a + b; }\n설명:",
                "<start_of_turn>user\n요약해 주세요<end_of_turn>\n<start_of_turn>model\n"
            ]) {
                const { result, pieces } = await streamed(runtime, { prompt });
                assert.equal(result.text, defaultScriptText, `prompt ${JSON.stringify(prompt)}`);
                assert.ok(result.text.endsWith("입니다"), "the last syllable, three byte tokens, is kept");
                assert.equal(pieces.join(""), result.text, "streamed pieces add up to the final text");
                assert.ok(
                    pieces.every((piece) => !piece.includes("\uFFFD")),
                    "no half characters are ever shown"
                );
                assert.equal(result.stopReason, "eos");
                assert.equal(result.generatedTokens, 15);
                assert.ok(result.promptTokens > 1);
            }
        });

        it("keeps every final syllable for many scripts that end in byte-fallback characters", async () => {
            const runtime = newRuntime({ architectures: ["llama"] });
            for (const ending of ["다", "요", "죠", "됨", "음", "함", "까", "!"]) {
                const file = path.join(dir, `ending-${ending.codePointAt(0)}.gguf`);
                const steps = scriptSteps(["결과는 ", "성공", "이었습니"], ending);
                await writeScriptedModel(file, steps);
                await runtime.load({ path: file, contextSize: 512 });
                const { result, pieces } = await streamed(runtime, { prompt: "x" });
                assert.equal(result.text, scriptText(steps));
                assert.equal(pieces.join(""), result.text);
            }
        });

        it("stops before a stop sequence, also one spanning tokens, and never shows its start", async () => {
            const runtime = await scriptedRuntime();
            const cases: Array<[string[], string]> = [
                [["010"], "담당자 김민수의 연락처는 "],
                [["처는 01"], "담당자 김민수의 연락"],
                [["\n\n", "주민"], "담당자 김민수의 연락처는 010-2345-6789이고, "],
                [["없는 문자열"], defaultScriptText]
            ];
            for (const [stop, expected] of cases) {
                const { result, pieces } = await streamed(runtime, { prompt: "안녕", stop });
                assert.equal(result.text, expected, `stop ${JSON.stringify(stop)}`);
                assert.equal(pieces.join(""), expected, `streamed, stop ${JSON.stringify(stop)}`);
                assert.equal(result.stopReason, expected === defaultScriptText ? "eos" : "stopSequence");
            }
        });

        it("streams pieces through onText; aborting after the first piece cancels the request", async () => {
            const runtime = await scriptedRuntime();
            let text = "";
            const whole = await runtime.generate({ prompt: "안녕", onText: (piece) => (text += piece) });
            assert.equal(text, defaultScriptText);
            assert.equal(whole.text, defaultScriptText);

            const early = new AbortController();
            let first: string | undefined;
            const cancelled = await runtime.generate({
                prompt: "안녕",
                signal: early.signal,
                onText: (piece) => {
                    if (first !== undefined) return;
                    first = piece;
                    early.abort();
                }
            });
            assert.equal(cancelled.stopReason, "cancelled");
            assert.ok(first !== undefined && cancelled.text.startsWith(first));
            assert.equal(runtime.freeSequences, 1);
            await assert.rejects(
                new ModelRuntime({ getBackend: () => Promise.resolve(backend) }).generate({ prompt: "x" }),
                ModelNotLoadedError
            );
        });

        it("stops at maxTokens", async () => {
            const runtime = await scriptedRuntime();
            const { result, pieces } = await streamed(runtime, { prompt: "안녕", maxTokens: 3 });
            assert.equal(result.text, "담당자 김민수의 ");
            assert.equal(pieces.join(""), result.text);
            assert.equal(result.stopReason, "maxTokens");
            assert.equal(result.generatedTokens, 3);
        });

        it("a request cancelled mid-stream ends with what was shown and frees its sequence", async () => {
            const runtime = await scriptedRuntime();
            const controller = new AbortController();
            const pieces: string[] = [];
            const result = await runtime.generate({
                prompt: "안녕",
                signal: controller.signal,
                onText: (text) => {
                    pieces.push(text);
                    if (pieces.length === 4) controller.abort();
                }
            });
            assert.equal(result.stopReason, "cancelled");
            assert.equal(result.text, pieces.join(""));
            assert.equal(result.text, "담당자 김민수의 연락처는 ");
            assert.equal(runtime.freeSequences, 1, "the sequence went back to the context");
            assert.equal(runtime.state, "ready");
            const next = await runtime.generate({ prompt: "안녕" });
            assert.equal(next.text, defaultScriptText, "the next request is unaffected");
        });

        it("queues requests: output never interleaves, and a request cancelled while queued never runs", async () => {
            const runtime = await scriptedRuntime();
            const log: string[] = [];
            const queuedCancel = new AbortController();
            const requests = [0, 1, 2, 3].map((n) =>
                runtime.generate({
                    prompt: `요청 ${n}`,
                    maxTokens: 8 + n,
                    signal: n === 2 ? queuedCancel.signal : undefined,
                    onText: () => log.push(String(n))
                })
            );
            assert.equal(runtime.queueLength, 3);
            queuedCancel.abort();
            const results = await Promise.all(requests);
            assert.equal(
                log.join("").replace(/(\d)\1+/g, "$1"),
                "013",
                `pieces in request order, never mixed: ${log.join("")}`
            );
            assert.equal(results[2].stopReason, "cancelled");
            assert.equal(results[2].generatedTokens, 0);
            assert.equal(results[3].generatedTokens, 11);
            assert.ok(results[3].queuedMs > 0);
            assert.equal(runtime.queueLength, 0);
        });

        it("samples with temperature reproducibly for a seed, on the random-weight gemma fixture", async () => {
            const runtime = newRuntime();
            await runtime.load({ path: tiny });
            const a = await runtime.generate({ prompt: "안녕하세요", temperature: 0.8, seed: 7, maxTokens: 24 });
            const b = await runtime.generate({ prompt: "안녕하세요", temperature: 0.8, seed: 7, maxTokens: 24 });
            assert.equal(a.generatedTokens, 24);
            assert.equal(a.text, b.text);
            assert.ok(a.tokensPerSecond > 0);
        });

        it("refuses a prompt longer than the context with PromptTooLongError", async () => {
            const runtime = newRuntime({ architectures: ["llama"] });
            await runtime.load({ path: scripted, contextSize: 512 });
            const prompt = "가나다라 ".repeat(400);
            assert.ok((await runtime.countTokens(prompt)) > 512);
            await assert.rejects(
                runtime.generate({ prompt }),
                (e: unknown) => e instanceof PromptTooLongError && e.contextSize === 512
            );
            assert.equal(runtime.state, "ready");
        });
    });

    describe("lifetime", () => {
        it("unload frees the model; generating afterwards says no model is loaded", async () => {
            const runtime = await scriptedRuntime();
            await runtime.unload();
            assert.equal(runtime.state, "unloaded");
            assert.equal(runtime.model, undefined);
            await assert.rejects(runtime.generate({ prompt: "안녕" }), ModelNotLoadedError);
        });

        it("unloads after the idle timeout and reloads on the next request", async () => {
            const runtime = newRuntime({ idleUnloadMs: 150, architectures: ["llama"] });
            await runtime.load({ path: scripted, contextSize: 512 });
            const states: RuntimeState[] = [];
            runtime.onDidChangeState((state) => states.push(state));
            await new Promise((resolve) => setTimeout(resolve, 400));
            assert.equal(runtime.state, "unloaded", "idle for longer than the timeout");
            const reload: LoadProgress[] = [];
            const result = await runtime.generate({ prompt: "안녕", onLoadProgress: (p) => reload.push(p) });
            assert.equal(result.text, defaultScriptText);
            assert.ok(reload.length > 0, "the reload reports progress");
            assert.deepEqual(states, ["unloaded", "loading", "ready", "generating", "ready"]);
            // Busy time does not count as idle.
            await runtime.generate({ prompt: "안녕" });
            assert.equal(runtime.state, "ready");
        });
    });
});

describe("model kind detection", () => {
    const meta = (entries: Record<string, string>) => ({ metadata: new Map(Object.entries(entries)) });
    it("uses the setting, then the catalog, then the chat template, then the name; else base", () => {
        assert.deepEqual(detectModelKind(meta({ "general.name": "gemma-ko-7b" })), { kind: "base", source: "default" });
        assert.deepEqual(
            detectModelKind(meta({ "tokenizer.chat_template": "{% for m in messages %}<start_of_turn>..." })),
            { kind: "instruct", source: "chatTemplate" }
        );
        assert.deepEqual(detectModelKind(meta({ "general.name": "Gemma Ko 7B IT" })), {
            kind: "instruct",
            source: "name"
        });
        assert.deepEqual(detectModelKind(meta({ "general.name": "ko-gemma-2-9b-it" })), {
            kind: "instruct",
            source: "name"
        });
        assert.deepEqual(detectModelKind(meta({ "general.basename": "gemma-ko-7b-instruct-v0.71" })), {
            kind: "instruct",
            source: "name"
        });
        assert.deepEqual(
            detectModelKind(meta({ "general.name": "gemma-ko-2b-italian" })),
            { kind: "base", source: "default" },
            "'it' only as a word"
        );
        assert.deepEqual(detectModelKind(meta({ "tokenizer.chat_template": "x" }), "base"), {
            kind: "base",
            source: "setting"
        });
        assert.deepEqual(detectModelKind(meta({}), "auto", "instruct"), { kind: "instruct", source: "catalog" });
    });
});
