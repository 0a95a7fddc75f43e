import * as os from "node:os";
import * as path from "node:path";
import { inspectGguf, gemmaArchitectures, type GgufSummary } from "./gguf/inspectGguf";
import { detectModelKind, type DetectedModelKind, type ModelKind, type ModelKindSetting } from "./modelKind";
import type { NodeLlamaCpp } from "./nodeLlamaCpp";
import { chooseDecodeThreads } from "./threads";
import { backendDisplayName, type GpuBackend, type LlamaBackend, type RuntimeLogger } from "./runtimeInfo";
import {
    isOutOfMemoryError,
    ModelLoadCancelledError,
    ModelLoadFailedError,
    ModelNotLoadedError,
    ModelOutOfMemoryError,
    PromptTooLongError,
    RuntimeDisposedError,
    type LoadAttempt
} from "./runtimeErrors";

type LlamaModel = NodeLlamaCpp["LlamaModel"]["prototype"];
type LlamaContext = NodeLlamaCpp["LlamaContext"]["prototype"];
type Token = ReturnType<LlamaModel["tokenize"]>[number];

/** Where a load is; `fraction` is of the whole load, 0..1. */
export interface LoadProgress {
    phase: "validating" | "openingBackend" | "loadingWeights" | "creatingContext";
    fraction: number;
}

export interface LoadModelOptions {
    path: string;
    /** `gemmaKo.model.kind`; default `auto`. */
    kind?: ModelKindSetting;
    /** Kind the catalog entry says, when the file came from the catalog. */
    catalogKind?: ModelKind;
    /** Desired context size in tokens; `auto` (default) fits up to min(trained, 8192) into free memory. */
    contextSize?: number | "auto";
    /** GPU layers; `auto` (default) fits as many as free VRAM allows. */
    gpuLayers?: number | "auto";
    signal?: AbortSignal;
    onProgress?: (progress: LoadProgress) => void;
}

/** What is loaded, for the status bar, the runtime report and the log. */
export interface LoadedModelInfo {
    path: string;
    fileName: string;
    name: string;
    architecture: string;
    kind: DetectedModelKind;
    fileSize: number;
    backend: GpuBackend;
    gpuLayers: number;
    totalLayers: number;
    contextSize: number;
    trainContextSize: number;
    /** CPU threads the context decodes with. */
    threads: number;
    loadMs: number;
    /** Every attempt, in order; more than one when memory ran out and the runtime retried. */
    attempts: LoadAttempt[];
}

export interface GenerateRequest {
    prompt: string;
    /** Default 512. Lowered to what fits the context after the prompt. */
    maxTokens?: number;
    /** 0 (default) = greedy. */
    temperature?: number;
    topK?: number;
    topP?: number;
    seed?: number;
    /** Generation ends before the first occurrence of any of these; they are not part of the text. */
    stop?: readonly string[];
    signal?: AbortSignal;
    /** Called with each new piece of text, in order; the pieces concatenate to the result's text. */
    onText?: (text: string) => void;
    /** Progress of a reload when the model was unloaded (idle timeout) since the last request. */
    onLoadProgress?: (progress: LoadProgress) => void;
}

export type StopReason = "eos" | "stopSequence" | "maxTokens" | "cancelled";

export interface GenerationResult {
    /** Exactly what was generated (up to a stop sequence), decoded from the whole token list. */
    text: string;
    stopReason: StopReason;
    promptTokens: number;
    generatedTokens: number;
    /** From the call to the first generated token (includes queueing and prompt evaluation). */
    timeToFirstTokenMs: number;
    /** Generated tokens per second after the first. */
    tokensPerSecond: number;
    /** Milliseconds spent waiting for earlier requests. */
    queuedMs: number;
}

/** Text pieces as they are generated; `result` has the exact final text and the figures. */
export interface GenerationStream extends AsyncIterable<string> {
    result: Promise<GenerationResult>;
}

export type RuntimeState = "unloaded" | "loading" | "ready" | "generating";

export interface ModelRuntimeOptions {
    /** Opens (or returns the shared) native backend. */
    getBackend: () => Promise<LlamaBackend>;
    logger?: RuntimeLogger;
    /** Unload after this many ms without requests; 0 (default) keeps the model resident. */
    idleUnloadMs?: number;
    /** Architectures accepted. Default: the Gemma family. Tests add `llama` for the scripted fixture. */
    architectures?: readonly string[];
    /** `gemmaKo.runtime.threads`: 0 (default) chooses from the cores and the model size. */
    threads?: number;
}

const noopLogger: RuntimeLogger = { info() {}, warn() {}, debug() {} };
const defaultMaxContext = 8192;
const minimumContext = 512;

interface Loaded {
    model: LlamaModel;
    context: LlamaContext;
    info: LoadedModelInfo;
    options: LoadModelOptions;
}

/**
 * One model lifetime: load once, keep it resident, unload on request or after an
 * idle timeout. Requests run one at a time in arrival order (output never
 * interleaves); each gets its own context sequence, freed when it ends — also
 * when it is cancelled. Plain Node: no `vscode` here.
 */
export class ModelRuntime {
    private loaded: Loaded | undefined;
    /** Options of the last successful load: an idle-unloaded model reloads from them. */
    private lastLoad: LoadModelOptions | undefined;
    private busy = false;
    private readonly waiters: Array<() => void> = [];
    private idleTimer: NodeJS.Timeout | undefined;
    private disposed = false;
    private stateValue: RuntimeState = "unloaded";
    private readonly listeners = new Set<(state: RuntimeState) => void>();
    private readonly logger: RuntimeLogger;
    idleUnloadMs: number;

    constructor(private readonly options: ModelRuntimeOptions) {
        this.logger = options.logger ?? noopLogger;
        this.idleUnloadMs = options.idleUnloadMs ?? 0;
    }

    get state(): RuntimeState {
        return this.stateValue;
    }

    /** The loaded model, or `undefined`. */
    get model(): LoadedModelInfo | undefined {
        return this.loaded?.info;
    }

    /** Requests waiting behind the one running. */
    get queueLength(): number {
        return this.waiters.length;
    }

    /** Free sequences in the loaded context (1 when idle): shows a cancelled request gave its sequence back. */
    get freeSequences(): number {
        return this.loaded?.context.sequencesLeft ?? 0;
    }

    onDidChangeState(listener: (state: RuntimeState) => void): { dispose(): void } {
        this.listeners.add(listener);
        return { dispose: () => this.listeners.delete(listener) };
    }

    private setState(state: RuntimeState): void {
        if (state === this.stateValue) return;
        this.stateValue = state;
        for (const listener of this.listeners) {
            try {
                listener(state);
            } catch (error) {
                this.logger.warn(`A runtime state listener failed: ${String(error)}`);
            }
        }
    }

    /** Runs `work` alone, after every earlier request. A signal aborted while waiting leaves the queue. */
    private async exclusive<T>(signal: AbortSignal | undefined, onCancelledWhileQueued: () => T, work: (queuedMs: number) => Promise<T>): Promise<T> {
        if (this.disposed) throw new RuntimeDisposedError();
        const queuedAt = performance.now();
        if (this.busy) {
            const aborted = await new Promise<boolean>((resolve) => {
                const wake = () => {
                    signal?.removeEventListener("abort", onAbort);
                    resolve(false);
                };
                const onAbort = () => {
                    const index = this.waiters.indexOf(wake);
                    if (index >= 0) this.waiters.splice(index, 1);
                    resolve(true);
                };
                this.waiters.push(wake);
                signal?.addEventListener("abort", onAbort, { once: true });
            });
            if (aborted) return onCancelledWhileQueued();
        }
        // Whoever woke us handed the lock over without releasing it.
        this.busy = true;
        this.clearIdleTimer();
        try {
            if (this.disposed) throw new RuntimeDisposedError();
            return await work(performance.now() - queuedAt);
        } finally {
            const next = this.waiters.shift();
            if (next !== undefined) next();
            else {
                this.busy = false;
                this.armIdleTimer();
            }
        }
    }

    private clearIdleTimer(): void {
        if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
        this.idleTimer = undefined;
    }

    private armIdleTimer(): void {
        this.clearIdleTimer();
        if (this.loaded === undefined || this.idleUnloadMs <= 0 || this.disposed) return;
        this.idleTimer = setTimeout(() => {
            this.idleTimer = undefined;
            if (this.busy || this.loaded === undefined) return;
            this.logger.info(`Unloading ${this.loaded.info.fileName} after ${Math.round(this.idleUnloadMs / 1000)} s without requests.`);
            // Keeps `lastLoad`: the next request reloads the same model.
            void this.exclusive(undefined, () => undefined, () => this.unloadNow()).catch((error: unknown) => this.logger.warn(`Idle unload failed: ${String(error)}`));
        }, this.idleUnloadMs);
        this.idleTimer.unref();
    }

    /** Loads a model (after every queued request), replacing the one loaded. */
    load(options: LoadModelOptions): Promise<LoadedModelInfo> {
        return this.exclusive(options.signal, () => {
            throw new ModelLoadCancelledError(options.path);
        }, () => this.loadNow(options));
    }

    /** Unloads the model (after every queued request) and frees its memory. */
    unload(): Promise<void> {
        return this.exclusive(undefined, () => undefined, async () => {
            await this.unloadNow();
            this.lastLoad = undefined;
        });
    }

    private async unloadNow(): Promise<void> {
        const loaded = this.loaded;
        if (loaded === undefined) return;
        this.loaded = undefined;
        try {
            await loaded.context.dispose();
            await loaded.model.dispose();
        } finally {
            this.setState("unloaded");
        }
    }

    private async loadNow(options: LoadModelOptions): Promise<LoadedModelInfo> {
        const started = performance.now();
        const signal = options.signal;
        // node-llama-cpp may deliver weight progress after loadModel resolved: never go back.
        let reported = -1;
        const report = (phase: LoadProgress["phase"], fraction: number) => {
            if (fraction <= reported) return;
            reported = fraction;
            try {
                options.onProgress?.({ phase, fraction });
            } catch (error) {
                this.logger.warn(`A load progress listener failed: ${String(error)}`);
            }
        };
        const cancelled = () => new ModelLoadCancelledError(options.path);
        if (signal?.aborted) throw cancelled();

        await this.unloadNow();
        this.setState("loading");
        try {
            report("validating", 0);
            // Never hand the native loader a file we have not checked: a damaged header
            // can crash the process instead of failing.
            const summary = await inspectGguf(options.path, { architectures: this.options.architectures ?? gemmaArchitectures, signal });
            if (signal?.aborted) throw cancelled();
            report("openingBackend", 0.02);
            const backend = await this.options.getBackend();
            if (signal?.aborted) throw cancelled();
            const loaded = await this.loadWithRetries(options, summary, backend, report, started);
            this.loaded = loaded;
            this.lastLoad = options;
            this.setState("ready");
            report("creatingContext", 1);
            const info = loaded.info;
            this.logger.info(
                `Loaded ${info.fileName} (${info.architecture}, ${info.kind.kind} from ${info.kind.source}) on ${backendDisplayName(info.backend)}: ` +
                `${info.gpuLayers}/${info.totalLayers} layers on the GPU, context ${info.contextSize}, ${Math.round(info.loadMs)} ms.`
            );
            return info;
        } catch (error) {
            this.setState("unloaded");
            if (signal?.aborted && !(error instanceof ModelLoadCancelledError)) throw cancelled();
            throw error;
        }
    }

    /**
     * Loads with the asked GPU layers and context; when memory runs out, retries with
     * half the layers, then on the CPU alone, and records each attempt.
     */
    private async loadWithRetries(
        options: LoadModelOptions,
        summary: GgufSummary,
        backend: LlamaBackend,
        report: (phase: LoadProgress["phase"], fraction: number) => void,
        started: number
    ): Promise<Loaded> {
        const signal = options.signal;
        const llama = backend.llama;
        const architecture = summary.architecture;
        const blockCount = Number(summary.metadata.get(`${architecture}.block_count`) ?? 0);
        const totalLayers = blockCount + 1; // the output layer counts as one
        const trainContext = Number(summary.metadata.get(`${architecture}.context_length`) ?? defaultMaxContext);
        const wantedContext = options.contextSize === undefined || options.contextSize === "auto"
            ? Math.min(trainContext, defaultMaxContext)
            : Math.max(1, Math.min(trainContext, Math.floor(options.contextSize)));
        const onGpu = llama.gpu !== false;
        const attempts: LoadAttempt[] = [];
        let gpuLayers: number | "auto" = onGpu ? (options.gpuLayers ?? "auto") : 0;

        for (;;) {
            const attempt: LoadAttempt = { gpuLayers, contextSize: wantedContext };
            attempts.push(attempt);
            let model: LlamaModel | undefined;
            try {
                model = await llama.loadModel({
                    modelPath: options.path,
                    gpuLayers: gpuLayers === "auto" ? { fitContext: { contextSize: Math.min(wantedContext, 4096) } } : gpuLayers,
                    loadSignal: signal,
                    onLoadProgress: (fraction) => report("loadingWeights", 0.02 + 0.88 * fraction)
                });
                // Weight progress arrives through the event loop: let it in before moving on.
                await new Promise((resolve) => setImmediate(resolve));
                if (signal?.aborted) throw new ModelLoadCancelledError(options.path);
                report("creatingContext", 0.9);
                // On the CPU, small models decode faster on fewer threads (see chooseDecodeThreads).
                const cpuOnly = model.gpuLayers === 0;
                const threads = cpuOnly ? Math.min(llama.maxThreads || Infinity, chooseDecodeThreads(this.options.threads ?? 0, summary.fileSize, os.availableParallelism(), llama.cpuMathCores)) : undefined;
                const context = await model.createContext({
                    contextSize: { min: Math.min(minimumContext, wantedContext), max: wantedContext },
                    sequences: 1,
                    createSignal: signal,
                    ...(threads === undefined ? {} : { threads })
                });
                const kind = detectModelKind(summary, options.kind, options.catalogKind);
                const name = summary.metadata.get("general.name");
                return {
                    model,
                    context,
                    options,
                    info: {
                        path: options.path,
                        fileName: path.basename(options.path),
                        name: typeof name === "string" ? name : path.basename(options.path, ".gguf"),
                        architecture,
                        kind,
                        fileSize: summary.fileSize,
                        backend: llama.gpu === false ? "cpu" : llama.gpu,
                        gpuLayers: model.gpuLayers,
                        totalLayers,
                        contextSize: context.contextSize,
                        trainContextSize: model.trainContextSize,
                        threads: context.idealThreads,
                        loadMs: performance.now() - started,
                        attempts
                    }
                };
            } catch (error) {
                await model?.dispose().catch(() => undefined);
                if (signal?.aborted || error instanceof ModelLoadCancelledError) throw new ModelLoadCancelledError(options.path);
                const message = error instanceof Error ? error.message : String(error);
                attempt.error = message;
                // A file that passed validation but fails with layers on the GPU is most
                // often VRAM; on the CPU only a real memory error is retried as such.
                const memory = isOutOfMemoryError(error) || (gpuLayers !== 0 && /failed to load model/i.test(message));
                if (!memory) throw new ModelLoadFailedError(options.path, message);
                const next = nextGpuLayers(gpuLayers, model?.gpuLayers, totalLayers);
                if (next === undefined) throw new ModelOutOfMemoryError(options.path, attempts);
                this.logger.warn(`Out of memory with ${gpuLayers} GPU layers (${message}); retrying with ${next}.`);
                gpuLayers = next;
            }
        }
    }

    /** Tokens the prompt takes (for callers that chunk long inputs). */
    countTokens(text: string): number {
        const loaded = this.loaded;
        if (loaded === undefined) throw new ModelNotLoadedError();
        return loaded.model.tokenize(text, true).length;
    }

    /**
     * Generates a completion of `request.prompt`, after every earlier request. The
     * prompt may contain Gemma's control tokens (`<start_of_turn>`); a BOS is added.
     * Cancelling (the signal) ends it with `stopReason: "cancelled"` and the text shown
     * so far; a request cancelled while queued never runs.
     */
    generate(request: GenerateRequest): Promise<GenerationResult> {
        const cancelledWhileQueued = (): GenerationResult => ({
            text: "", stopReason: "cancelled", promptTokens: 0, generatedTokens: 0, timeToFirstTokenMs: 0, tokensPerSecond: 0, queuedMs: 0
        });
        if (request.signal?.aborted) return Promise.resolve(cancelledWhileQueued());
        const started = performance.now();
        return this.exclusive(request.signal, cancelledWhileQueued, async (queuedMs) => {
            if (this.loaded === undefined) {
                if (this.lastLoad === undefined) throw new ModelNotLoadedError();
                this.logger.info(`Reloading ${path.basename(this.lastLoad.path)} (it was unloaded while idle).`);
                await this.loadNow({ ...this.lastLoad, signal: request.signal, onProgress: request.onLoadProgress });
            }
            const loaded = this.loaded!;
            this.setState("generating");
            try {
                return await this.generateNow(loaded, request, started, queuedMs);
            } finally {
                if (this.loaded === loaded) this.setState("ready");
            }
        });
    }

    /**
     * The same as {@link generate}, as an async stream of text pieces. `result` settles
     * with the final result; leaving the loop early (`break`) cancels the request.
     */
    stream(request: Omit<GenerateRequest, "onText">): GenerationStream {
        const controller = new AbortController();
        const forward = () => controller.abort(request.signal?.reason);
        if (request.signal?.aborted) controller.abort(request.signal.reason);
        else request.signal?.addEventListener("abort", forward, { once: true });
        const pieces: string[] = [];
        let wake: (() => void) | undefined;
        let done = false;
        const result = this.generate({
            ...request,
            signal: controller.signal,
            onText: (text) => {
                pieces.push(text);
                wake?.();
            }
        }).finally(() => {
            done = true;
            request.signal?.removeEventListener("abort", forward);
            wake?.();
        });
        // The caller may only await `result`; never leave it as an unhandled rejection here.
        result.catch(() => undefined);
        const iterate = async function* (): AsyncGenerator<string, void, undefined> {
            try {
                for (;;) {
                    while (pieces.length > 0) yield pieces.shift()!;
                    if (done) {
                        await result; // surfaces a failure to the loop
                        return;
                    }
                    await new Promise<void>((resolve) => (wake = resolve));
                    wake = undefined;
                }
            } finally {
                if (!done) controller.abort();
            }
        };
        return { [Symbol.asyncIterator]: iterate, result };
    }

    private async generateNow(loaded: Loaded, request: GenerateRequest, started: number, queuedMs: number): Promise<GenerationResult> {
        const { model, context } = loaded;
        const promptTokens = model.tokenize(request.prompt, true);
        const bos = model.tokens.bos;
        const input = bos !== null && model.tokens.shouldPrependBosToken && promptTokens[0] !== bos ? [bos, ...promptTokens] : promptTokens;
        const room = context.contextSize - input.length;
        if (room < 1) throw new PromptTooLongError(input.length, context.contextSize);
        const maxTokens = Math.max(1, Math.min(request.maxTokens ?? 512, room));
        const stop = (request.stop ?? []).filter((s) => s.length > 0);
        const decoder = new TextAssembler(model, stop);
        // A generator that ends by itself has produced an end-of-generation token.
        let stopReason: StopReason = "eos";
        let firstTokenAt: number | undefined;
        let lastTokenAt = 0;

        const emit = (text: string) => {
            if (text.length === 0) return;
            try {
                request.onText?.(text);
            } catch (error) {
                this.logger.warn(`A text listener failed: ${String(error)}`);
            }
        };

        const sequence = context.getSequence();
        try {
            const temperature = request.temperature ?? 0;
            const tokens = sequence.evaluate(input, {
                temperature,
                ...(temperature > 0 ? { topK: request.topK ?? 40, topP: request.topP ?? 0.95, seed: request.seed } : {})
            });
            if (request.signal?.aborted) {
                stopReason = "cancelled";
            } else {
                for await (const token of tokens) {
                    const now = performance.now();
                    firstTokenAt ??= now;
                    lastTokenAt = now;
                    if (model.isEogToken(token)) {
                        stopReason = "eos";
                        break;
                    }
                    const step = decoder.push(token);
                    emit(step.text);
                    if (step.stopped) {
                        stopReason = "stopSequence";
                        break;
                    }
                    if (request.signal?.aborted) {
                        stopReason = "cancelled";
                        break;
                    }
                    if (decoder.tokenCount >= maxTokens) {
                        stopReason = "maxTokens";
                        break;
                    }
                }
            }
        } finally {
            // Frees the sequence's KV cells at once, for the next request.
            sequence.dispose();
        }
        // On cancel the user keeps what was shown; otherwise the exact decode of all tokens.
        const text = stopReason === "cancelled" ? decoder.emitted : decoder.finish();
        // What the last tokens completed (a held-back stop-sequence prefix that turned out not to be one).
        if (text.startsWith(decoder.emitted)) emit(text.slice(decoder.emitted.length));
        else this.logger.warn("The streamed text and the final decode differ; the final text is used.");
        const generatedTokens = decoder.tokenCount;
        const decodeMs = firstTokenAt === undefined ? 0 : lastTokenAt - firstTokenAt;
        return {
            text,
            stopReason,
            promptTokens: input.length,
            generatedTokens,
            timeToFirstTokenMs: firstTokenAt === undefined ? 0 : firstTokenAt - started,
            tokensPerSecond: generatedTokens > 1 && decodeMs > 0 ? ((generatedTokens - 1) * 1000) / decodeMs : 0,
            queuedMs
        };
    }

    /** Unloads and refuses further work. */
    async dispose(): Promise<void> {
        if (this.disposed) return;
        this.clearIdleTimer();
        // Let the running request finish its cleanup; queued ones are refused.
        await this.unload().catch(() => undefined);
        this.disposed = true;
    }
}

/** The next GPU layer count to try after running out of memory, or `undefined` when even the CPU failed. */
export function nextGpuLayers(tried: number | "auto", fitted: number | undefined, totalLayers: number): number | undefined {
    if (tried === 0) return undefined;
    const base = tried === "auto" ? (fitted ?? totalLayers) : tried;
    const half = Math.floor(base / 2);
    return half >= 4 ? half : 0;
}

/**
 * Turns generated tokens into text as they arrive.
 *
 * - Text is released only up to the last complete character: a Hangul syllable
 *   built from three byte-fallback tokens appears once all three are in.
 * - Text that could be the start of a stop sequence is held back until it is
 *   known not to be one.
 * - The final text is the decode of the whole token list (LlamaCompletion's
 *   incremental decode drops a final byte-fallback character), cut at the stop
 *   sequence, so streamed pieces always add up to it.
 */
class TextAssembler {
    private readonly tokens: Token[] = [];
    private decodedCount = 0;
    private decoded = "";
    emitted = "";
    private readonly longestStop: number;

    constructor(private readonly model: LlamaModel, private readonly stop: readonly string[]) {
        this.longestStop = stop.reduce((n, s) => Math.max(n, s.length), 0);
    }

    get tokenCount(): number {
        return this.tokens.length;
    }

    push(token: Token): { text: string; stopped: boolean } {
        this.tokens.push(token);
        const pending = this.tokens.slice(this.decodedCount);
        const before = this.tokens.slice(Math.max(0, this.decodedCount - 8), this.decodedCount);
        const piece = this.model.detokenize(pending, false, before);
        // An incomplete UTF-8 sequence decodes to U+FFFD at the end: wait for the rest.
        if (piece.endsWith("\uFFFD") && pending.length < 4) return { text: "", stopped: false };
        this.decoded += piece;
        this.decodedCount = this.tokens.length;

        const searchFrom = Math.max(0, this.emitted.length - this.longestStop);
        let cut = -1;
        for (const s of this.stop) {
            const at = this.decoded.indexOf(s, searchFrom);
            if (at >= 0 && (cut < 0 || at < cut)) cut = at;
        }
        if (cut >= 0) {
            const text = this.decoded.slice(this.emitted.length, Math.max(cut, this.emitted.length));
            this.emitted += text;
            return { text, stopped: true };
        }
        const release = this.decoded.length - this.heldBack(this.decoded);
        const text = release > this.emitted.length ? this.decoded.slice(this.emitted.length, release) : "";
        this.emitted += text;
        return { text, stopped: false };
    }

    /** Length of the longest suffix of `text` that is a proper prefix of a stop sequence. */
    private heldBack(text: string): number {
        let held = 0;
        for (const s of this.stop) {
            for (let n = Math.min(s.length - 1, text.length); n > held; n--) {
                if (text.endsWith(s.slice(0, n))) {
                    held = n;
                    break;
                }
            }
        }
        return held;
    }

    /** The exact text: the whole token list decoded at once, cut before the first stop sequence. */
    finish(): string {
        let text = this.model.detokenize(this.tokens, false);
        let cut = -1;
        for (const s of this.stop) {
            const at = text.indexOf(s);
            if (at >= 0 && (cut < 0 || at < cut)) cut = at;
        }
        if (cut >= 0) text = text.slice(0, cut);
        return text;
    }
}
