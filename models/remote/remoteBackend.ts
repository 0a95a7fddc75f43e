import type { BackendDescription, GenerationBackend, Subscription } from "../backend";
import { cancelledResult } from "../generation";
import { detectModelKind, type DetectedModelKind, type ModelKindSetting } from "../modelKind";
import { ModelLoadCancelledError, ModelNotLoadedError, RuntimeDisposedError } from "../runtimeErrors";
import type { RuntimeLogger } from "../runtimeInfo";
import type {
    GenerateRequest,
    GenerationResult,
    LoadedModelInfo,
    LoadModelOptions,
    RuntimeState,
    StopReason
} from "../runtimeTypes";
import { RequestQueue } from "../requestQueue";
import { StateEmitter } from "../stateEmitter";
import { OpenAiClient, type RemoteConnectionOptions } from "./openAiClient";
import { completionRequest, estimateTokens, readChunk, StopCutter } from "./promptShape";
import { connectionLost, RemoteBadResponseError, RemoteModelNotServedError } from "./remoteErrors";
import { RemoteCancelled } from "./transport";
import {
    countServerTokens,
    listModels,
    serverHealth,
    serverProps,
    type RemoteHealth,
    type RemoteModel
} from "./serverInfo";

export interface RemoteBackendOptions extends RemoteConnectionOptions {
    logger?: RuntimeLogger;
}

/** Where the context size came from, for the runtime report. */
export type ContextSource = "props" | "models" | "assumed";

/** Context size assumed for a server that says nothing about it (Ollama's default). */
export const assumedRemoteContext = 4096;

/** What `ensureReady` learnt about the server and its model. */
export interface RemoteModelInfo extends LoadedModelInfo {
    backend: "remote";
    /** Scheme, host and port of the server. */
    origin: string;
    contextSource: ContextSource;
    /** llama-server's parallel slots, when it says. */
    slots?: number;
    /** Whether `/tokenize` answered (else counts are the documented estimate). */
    tokenize: "server" | "estimate" | "unknown";
}

const noopLogger: RuntimeLogger = { info() {}, warn() {}, debug() {} };

/**
 * Generation on an OpenAI-compatible server (llama-server, vLLM, Ollama, TGI): base
 * models through `/v1/completions` with the same few-shot prompts as the local model,
 * instruct models through `/v1/chat/completions` (the Gemma turns become messages).
 * "Loading" is asking the server what it serves; "unloading" forgets that (the server
 * keeps its model). Requests run one at a time, in order, like the local backends.
 */
export class RemoteBackend implements GenerationBackend {
    readonly kind = "remote" as const;
    readonly client: OpenAiClient;
    private readonly logger: RuntimeLogger;
    private readonly stateEmitter = new StateEmitter((error) =>
        this.logger.warn(`A backend state listener failed: ${String(error)}`)
    );
    private readonly queue = new RequestQueue(
        () => this.setState("generating"),
        () => this.setState(this.info === undefined ? "unloaded" : "ready")
    );
    private info: RemoteModelInfo | undefined;
    private loading: { key: string; promise: Promise<LoadedModelInfo> } | undefined;
    private lastOptions: LoadModelOptions | undefined;
    private tokenizeSupported: boolean | undefined;
    private readonly inFlight = new Set<AbortController>();
    private disposed = false;
    idleUnloadMs = 0;

    constructor(options: RemoteBackendOptions) {
        this.client = new OpenAiClient(options);
        this.logger = options.logger ?? noopLogger;
    }

    get state(): RuntimeState {
        return this.stateEmitter.state;
    }

    get model(): RemoteModelInfo | undefined {
        return this.info;
    }

    /** Scheme, host and port of the server. */
    get origin(): string {
        return this.client.origin;
    }

    onDidChangeState(listener: (state: RuntimeState) => void): Subscription {
        return this.stateEmitter.subscribe(listener);
    }

    private setState(state: RuntimeState): void {
        this.stateEmitter.set(state);
    }

    /** The server's models (`/v1/models`). */
    listModels(signal?: AbortSignal): Promise<RemoteModel[]> {
        return listModels(this.client, signal);
    }

    /** A health check (never throws). */
    health(signal?: AbortSignal): Promise<RemoteHealth> {
        return serverHealth(this.client, signal);
    }

    /**
     * "Loads" `options.path`, a model id the server serves (empty: the server's first
     * model): checks the server answers, finds the model and its context size.
     */
    ensureReady(options: LoadModelOptions): Promise<LoadedModelInfo> {
        if (this.disposed) return Promise.reject(new RuntimeDisposedError());
        const key = `${options.path}\u0000${options.kind ?? "auto"}\u0000${String(options.contextSize ?? "auto")}`;
        if (this.info !== undefined && this.loading === undefined && this.lastKey === key)
            return Promise.resolve(this.info);
        if (this.loading?.key === key) return this.loading.promise;
        const promise = this.load(options).finally(() => {
            if (this.loading?.promise === promise) this.loading = undefined;
        });
        this.loading = { key, promise };
        return promise;
    }

    private lastKey: string | undefined;

    /** Health, the served model, its context and kind, in that order (long: each step says what failed). */
    private async load(options: LoadModelOptions): Promise<LoadedModelInfo> {
        const started = performance.now();
        const previous = this.state;
        if (previous !== "generating") this.setState("loading");
        try {
            options.onProgress?.({ phase: "openingBackend", fraction: 0.1 });
            const models = await listModels(this.client, options.signal);
            const wanted = options.path.trim();
            const model = wanted.length > 0 ? models.find((m) => m.id === wanted) : models[0];
            if (model === undefined) {
                if (wanted.length > 0 && models.length > 0)
                    throw new RemoteModelNotServedError(
                        this.origin,
                        wanted,
                        models.map((m) => m.id)
                    );
                if (wanted.length === 0) throw new RemoteBadResponseError(this.origin, "/v1/models lists no model");
            }
            const id = model?.id ?? wanted;
            options.onProgress?.({ phase: "creatingContext", fraction: 0.6 });
            const props = await serverProps(this.client, options.signal);
            let contextSource: ContextSource = "assumed";
            let serverContext = assumedRemoteContext;
            if (props?.contextSize !== undefined) {
                serverContext = props.contextSize;
                contextSource = "props";
            } else if (model?.contextSize !== undefined) {
                serverContext = model.contextSize;
                contextSource = "models";
            }
            const contextSize =
                typeof options.contextSize === "number" && options.contextSize > 0
                    ? Math.min(options.contextSize, serverContext)
                    : serverContext;
            const kind = remoteModelKind(id, options.kind ?? "auto");
            const info: RemoteModelInfo = {
                path: `${this.origin}/${id}`,
                fileName: id,
                name: id,
                architecture: "remote",
                kind,
                fileSize: 0,
                backend: "remote",
                gpuLayers: 0,
                totalLayers: 0,
                contextSize,
                trainContextSize: model?.trainContextSize ?? serverContext,
                threads: 0,
                promptThreads: 0,
                threadSource: "remote",
                loadMs: Math.round(performance.now() - started),
                attempts: [],
                origin: this.origin,
                contextSource,
                ...(props?.slots !== undefined ? { slots: props.slots } : {}),
                tokenize:
                    this.tokenizeSupported === undefined ? "unknown" : this.tokenizeSupported ? "server" : "estimate"
            };
            options.onProgress?.({ phase: "creatingContext", fraction: 1 });
            this.info = info;
            this.lastFailure = undefined;
            this.lastOptions = options;
            this.lastKey = `${options.path}\u0000${options.kind ?? "auto"}\u0000${String(options.contextSize ?? "auto")}`;
            this.logger.info(
                `Remote model ready: ${id} on ${this.origin} (${kind.kind}, context ${contextSize} from ${contextSource}) in ${info.loadMs} ms.`
            );
            return info;
        } catch (error) {
            if (error instanceof RemoteCancelled) throw new ModelLoadCancelledError(`${this.origin}/${options.path}`);
            if (connectionLost(error)) this.lastFailure = error;
            throw error;
        } finally {
            if (!this.queue.isBusy) this.setState(this.info === undefined ? "unloaded" : "ready");
        }
    }

    async generate(request: GenerateRequest): Promise<GenerationResult> {
        if (this.disposed) throw new RuntimeDisposedError();
        if (request.signal?.aborted) return cancelledResult();
        const started = performance.now();
        return this.queue.run(request.signal, cancelledResult, async (queuedMs) => {
            if (this.info === undefined) {
                if (this.lastOptions === undefined) throw new ModelNotLoadedError();
                await this.ensureReady({
                    ...this.lastOptions,
                    ...(request.signal ? { signal: request.signal } : {}),
                    ...(request.onLoadProgress ? { onProgress: request.onLoadProgress } : {})
                });
            }
            const info = this.info;
            if (info === undefined) throw new ModelNotLoadedError();
            return this.stream(info, request, started, queuedMs);
        });
    }

    private async stream(
        info: RemoteModelInfo,
        request: GenerateRequest,
        started: number,
        queuedMs: number
    ): Promise<GenerationResult> {
        const { path, body, stop, promptEstimate } = completionRequest(
            info.name,
            info.kind.kind === "instruct",
            info.contextSize,
            request
        );
        const cutter = new StopCutter(stop);
        const controller = new AbortController();
        const onAbort = () => controller.abort();
        request.signal?.addEventListener("abort", onAbort, { once: true });
        this.inFlight.add(controller);
        const seen: StreamSeen = { last: 0, chunks: 0, usage: {}, clientStop: false };
        const emit = (text: string) => {
            if (text.length === 0) return;
            try {
                request.onText?.(text);
            } catch (error) {
                this.logger.warn(`A text listener failed: ${String(error)}`);
            }
        };
        let ended: "done" | "stopped" | "ended" | "cancelled";
        try {
            ended = await this.client.stream(
                path,
                body,
                (data) => {
                    const chunk = readChunk(data);
                    seen.usage = chunk.usage ?? seen.usage;
                    seen.finish = chunk.finish ?? seen.finish;
                    if (chunk.text.length === 0) return undefined;
                    seen.last = performance.now();
                    seen.first ??= seen.last;
                    seen.chunks++;
                    const step = cutter.push(chunk.text);
                    emit(step.text);
                    if (!step.stopped) return undefined;
                    seen.clientStop = true;
                    return "stop";
                },
                controller.signal
            );
        } catch (error) {
            if (!(error instanceof RemoteCancelled)) {
                // The server went away: what was checked about it no longer holds. The next
                // request connects again ("Connecting…"), and until then nothing says "ready".
                if (connectionLost(error) && this.info === info) {
                    this.lastFailure = error;
                    this.forgetServer();
                }
                throw error;
            }
            ended = "cancelled";
        } finally {
            request.signal?.removeEventListener("abort", onAbort);
            this.inFlight.delete(controller);
        }
        if (ended !== "cancelled" && !seen.clientStop) emit(cutter.flush());
        return streamResult(seen, ended === "cancelled", cutter.emitted, promptEstimate, started, queuedMs);
    }

    /** Through the server's `/tokenize` where it has one; else {@link estimateTokens}. */
    async countTokens(text: string): Promise<number> {
        const info = this.info;
        if (info === undefined) throw new ModelNotLoadedError();
        if (this.tokenizeSupported !== false) {
            const counted = await countServerTokens(this.client, text, info.name);
            this.tokenizeSupported = counted !== undefined;
            info.tokenize = this.tokenizeSupported ? "server" : "estimate";
            if (counted !== undefined) return counted;
        }
        return estimateTokens(text);
    }

    /** Why the server last failed to answer (unreachable, cut off, timed out), until it answers again. */
    lastFailure: unknown;

    /** Drops what the last check found (the next request checks the server again, same options). */
    private forgetServer(): void {
        this.info = undefined;
        this.lastKey = undefined;
    }

    unload(): Promise<void> {
        this.forgetServer();
        this.lastOptions = undefined;
        if (!this.queue.isBusy) this.setState("unloaded");
        return Promise.resolve();
    }

    describe(): BackendDescription {
        const info = this.info;
        const host = this.origin.replace(/^https?:\/\//, "");
        if (info === undefined) return { kind: this.kind, label: host, detail: this.origin };
        return {
            kind: this.kind,
            // llama-server lists its model by the file's path on the server: the file name says it.
            label: `${host} · ${info.name.split(/[\\/]/).pop() || info.name}`,
            detail: `${info.name} on ${this.origin} · context ${info.contextSize}${info.contextSource === "assumed" ? " (assumed)" : ""} · ${info.kind.kind}${info.slots !== undefined ? ` · ${info.slots} slot(s)` : ""}`
        };
    }

    dispose(): Promise<void> {
        this.disposed = true;
        for (const controller of this.inFlight) controller.abort();
        this.inFlight.clear();
        this.info = undefined;
        this.setState("unloaded");
        return Promise.resolve();
    }
}

/** The kind of a served model: the setting, else its id ("-it", "instruct", "chat"), else base. */
export function remoteModelKind(id: string, setting: ModelKindSetting): DetectedModelKind {
    return detectModelKind({ metadata: new Map([["general.name", id]]) }, setting);
}

/** What a streamed answer showed as it came. */
interface StreamSeen {
    first?: number;
    last: number;
    chunks: number;
    finish?: string;
    usage: { prompt?: number; completion?: number };
    /** A stop string cut the answer on this side. */
    clientStop: boolean;
}

function streamResult(
    seen: StreamSeen,
    cancelled: boolean,
    text: string,
    promptEstimate: number,
    started: number,
    queuedMs: number
): GenerationResult {
    const stopReason: StopReason = cancelled
        ? "cancelled"
        : seen.clientStop
          ? "stopSequence"
          : seen.finish === "length"
            ? "maxTokens"
            : "eos";
    const generatedTokens = seen.usage.completion ?? seen.chunks;
    const decodeMs = seen.first === undefined ? 0 : seen.last - seen.first;
    return {
        text,
        stopReason,
        promptTokens: seen.usage.prompt ?? promptEstimate,
        generatedTokens,
        timeToFirstTokenMs: seen.first === undefined ? 0 : seen.first - started,
        tokensPerSecond: generatedTokens > 1 && decodeMs > 0 ? ((generatedTokens - 1) * 1000) / decodeMs : 0,
        queuedMs
    };
}
