import { StateEmitter } from "../stateEmitter";
import * as fs from "node:fs";
import * as path from "node:path";
import type { BackendDescription, GenerationBackend, Subscription } from "../backend";
import { cancelledResult } from "../generation";
import { ModelLoadCancelledError, ModelNotLoadedError, RuntimeDisposedError } from "../runtimeErrors";
import { backendDisplayName, type GpuBackendSetting, type RuntimeLogger } from "../runtimeInfo";
import type {
    GenerateRequest,
    GenerationResult,
    LoadedModelInfo,
    LoadModelOptions,
    LoadProgress,
    RuntimeState
} from "../runtimeTypes";
import { defaultTimeouts, ModelProcess, type SupervisorTimeouts } from "./modelProcess";
import { withDetail } from "../errors/codedError";
import { logT } from "../translate";
import { ModelProcessError, processSentences } from "./processErrors";
import type { ModelToHostMessage, WireLoadOptions } from "./protocol";

export interface IsolatedBackendOptions {
    gpu?: GpuBackendSetting;
    /** `gemmaKo.runtime.threads`; 0 (default) chooses. */
    threads?: number;
    idleUnloadMs?: number;
    /** Architectures accepted. Default: the Gemma family. */
    architectures?: readonly string[];
    logger?: RuntimeLogger;
    timeouts?: Partial<SupervisorTimeouts>;
    /** Prompt-lookup speculative decoding for greedy requests; default true. */
    promptLookup?: boolean;
    /** A JSON file that keeps measured thread counts per model file and machine (see threadPlan.ts); default none. */
    threadPlanCachePath?: string;
    /** Streamed text reaches `onText` at most once per this many ms, in batches; default 16, 0 = every piece as it comes. */
    textBatchMs?: number;
    /** The extension's l10n bundle (`vscode.l10n.bundle`): the model process logs in the UI's language. */
    l10n?: Record<string, string>;
    /** The model process's script. Default: `model-host.js` beside the bundle, else `modelHost.js` beside this file. */
    hostScript?: string;
}

const noopLogger: RuntimeLogger = { info() {}, warn() {}, debug() {} };
/**
 * Crashes of one model file after which it is not loaded again in this session. A process
 * ended because a cancel took too long (a long prompt batch finishing) is not the file's
 * fault and does not count.
 */
const crashesToMarkBad = 2;

/** Where the model process's script is: the webpack entry in dist/, or the tsc output beside this file. */
export function defaultHostScript(): string {
    const bundled = path.join(__dirname, "model-host.js");
    return fs.existsSync(bundled) ? bundled : path.join(__dirname, "modelHost.js");
}

function wire(options: LoadModelOptions): WireLoadOptions {
    const { path, kind, catalogKind, contextSize, gpuLayers, draftModelPath, checkTensors } = options;
    return {
        path,
        kind,
        catalogKind,
        contextSize,
        gpuLayers,
        ...(draftModelPath ? { draftModelPath } : {}),
        ...(checkTensors === true ? { checkTensors } : {})
    };
}

/**
 * The model in a supervised child process (see ModelProcess): a bad GGUF, a GPU
 * fault or a hang ends that process, never the extension host. A crashed or hung
 * process is replaced on the next request, which reloads the model; a file that
 * took the process down twice is refused for the rest of the session.
 */
export class IsolatedBackend implements GenerationBackend {
    readonly kind = "isolated" as const;
    private process: ModelProcess | undefined;
    private ready: Promise<LoadedModelInfo> | undefined;
    private lastLoad: WireLoadOptions | undefined;
    private loadedPath: string | undefined;
    private modelInfo: LoadedModelInfo | undefined;
    private readonly stateEmitter = new StateEmitter((error) =>
        this.logger.warn(`A backend state listener failed: ${String(error)}`)
    );
    private readonly crashes = new Map<string, number>();
    private readonly bad = new Map<string, string>();
    private readonly timeouts: SupervisorTimeouts;
    private readonly logger: RuntimeLogger;
    private idleMs: number;
    private disposed = false;
    /** Model processes started so far (1 after the first request; more after restarts). */
    starts = 0;

    constructor(private readonly options: IsolatedBackendOptions = {}) {
        this.logger = options.logger ?? noopLogger;
        this.idleMs = options.idleUnloadMs ?? 0;
        this.timeouts = { ...defaultTimeouts, ...options.timeouts };
    }

    get state(): RuntimeState {
        return this.stateEmitter.state;
    }

    get model(): LoadedModelInfo | undefined {
        return this.modelInfo;
    }

    get idleUnloadMs(): number {
        return this.idleMs;
    }

    set idleUnloadMs(value: number) {
        this.idleMs = value;
        this.process?.post({ type: "configure", idleUnloadMs: value });
    }

    /** The model process's id, while one runs. */
    get processId(): number | undefined {
        return this.process?.exited === false ? this.process.pid : undefined;
    }

    /** Ends the model process and what it started at once (the CLI, after a failed check). */
    killProcess(): void {
        this.process?.signal("SIGKILL");
    }

    onDidChangeState(listener: (state: RuntimeState) => void): Subscription {
        return this.stateEmitter.subscribe(listener);
    }

    private setState(state: RuntimeState): void {
        this.stateEmitter.set(state);
    }

    private live(): ModelProcess {
        if (this.disposed) throw new RuntimeDisposedError();
        if (this.process !== undefined && !this.process.exited) return this.process;
        this.starts++;
        const started = new ModelProcess({
            hostScript: this.options.hostScript ?? defaultHostScript(),
            init: {
                type: "init",
                gpu: this.options.gpu ?? "auto",
                threads: this.options.threads ?? 0,
                idleUnloadMs: this.idleMs,
                ...(this.options.architectures === undefined ? {} : { architectures: this.options.architectures }),
                ...(this.options.textBatchMs === undefined ? {} : { textBatchMs: this.options.textBatchMs }),
                ...(this.options.promptLookup === undefined ? {} : { promptLookup: this.options.promptLookup }),
                ...(this.options.l10n === undefined ? {} : { l10n: this.options.l10n }),
                ...(this.options.threadPlanCachePath === undefined
                    ? {}
                    : { threadPlanCachePath: this.options.threadPlanCachePath })
            },
            timeouts: this.timeouts,
            logger: this.logger,
            modelPath: () => this.loadedPath ?? this.lastLoad?.path ?? "",
            onMessage: (message) => this.onStateMessage(message),
            onExit: (error) => this.onExit(started, error)
        });
        this.process = started;
        return started;
    }

    private onStateMessage(message: ModelToHostMessage): void {
        if (message.type !== "state") return;
        this.modelInfo = message.model ?? undefined;
        this.setState(message.state);
    }

    private onExit(process: ModelProcess, error: ModelProcessError): void {
        if (this.process !== process) return;
        this.process = undefined;
        this.ready = undefined;
        this.modelInfo = undefined;
        this.setState("unloaded");
        if (this.disposed || error.how === "closed") return;
        const file = error.path;
        if (error.code === "cancelIgnored") {
            this.logger.warn(withDetail(processSentences[error.code](logT(this.logger), file, error.how), file));
            return;
        }
        const count = (this.crashes.get(file) ?? 0) + 1;
        this.crashes.set(file, count);
        this.logger.warn(
            logT(this.logger)(
                "{0} ({1} time(s) with this file)",
                withDetail(processSentences[error.code](logT(this.logger), file, error.how), file),
                count
            )
        );
        if (count >= crashesToMarkBad && file.length > 0) this.bad.set(file, error.how);
    }

    private refuseBad(file: string): void {
        const how = this.bad.get(file);
        if (how !== undefined) throw new ModelProcessError("modelMarkedBad", file, how);
    }

    ensureReady(options: LoadModelOptions): Promise<LoadedModelInfo> {
        const sameDraft = (this.lastLoad?.draftModelPath ?? "") === (options.draftModelPath ?? "");
        if (
            this.modelInfo !== undefined &&
            this.loadedPath === options.path &&
            sameDraft &&
            this.process?.exited === false
        )
            return Promise.resolve(this.modelInfo);
        return this.load(wire(options), options.onProgress, options.signal);
    }

    private async load(
        options: WireLoadOptions,
        onProgress: ((p: LoadProgress) => void) | undefined,
        signal: AbortSignal | undefined
    ): Promise<LoadedModelInfo> {
        this.refuseBad(options.path);
        // Stopped before it began (the user pressed Stop while the load waited): nothing is loaded.
        if (signal?.aborted === true) throw new ModelLoadCancelledError(options.path);
        const process = this.live();
        this.loadedPath = options.path;
        const loading = process.call({ type: "load", options }, { onProgress, signal }).then((answer) => {
            if (answer.type !== "loaded") throw new Error(`unexpected answer ${answer.type}`);
            this.lastLoad = options;
            this.modelInfo = answer.info;
            return answer.info;
        });
        this.ready = loading;
        try {
            return await loading;
        } catch (error) {
            if (this.ready === loading) this.ready = undefined;
            if (!(error instanceof ModelProcessError)) this.loadedPath = this.modelInfo?.path;
            throw error;
        }
    }

    /** The live process with the last model loaded: after a crash, starts a new one and reloads. */
    private async revive(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<ModelProcess> {
        if (this.process !== undefined && !this.process.exited) {
            const current = this.process;
            if (this.ready !== undefined) await this.ready;
            if (!current.exited) return current;
        }
        if (this.lastLoad === undefined) throw new ModelNotLoadedError();
        this.logger.info(logT(this.logger)("Starting a new model process for {0}.", path.basename(this.lastLoad.path)));
        await this.load(this.lastLoad, onProgress, signal);
        return this.live();
    }

    async generate(request: GenerateRequest): Promise<GenerationResult> {
        if (request.signal?.aborted) return cancelledResult();
        const process = await this.revive(request.onLoadProgress, request.signal);
        // Functions do not cross the channel (onPromptProgress is in-process only).
        const { signal, onText, onLoadProgress, onPromptProgress, ...wireRequest } = request;
        const answer = await process.call(
            { type: "generate", request: wireRequest },
            { onText, onProgress: onLoadProgress, signal }
        );
        if (answer.type !== "generated") throw new Error(`unexpected answer ${answer.type}`);
        // What the runtime logs of the request (prompt lookup's guesses) came over the channel's log messages.
        return answer.result;
    }

    async countTokens(text: string): Promise<number> {
        const answer = await (await this.revive()).call({ type: "count", text });
        if (answer.type !== "counted") throw new Error(`unexpected answer ${answer.type}`);
        return answer.tokens;
    }

    async unload(): Promise<void> {
        this.lastLoad = undefined;
        const process = this.process;
        if (process === undefined || process.exited) return;
        await process.call({ type: "unload" });
        this.modelInfo = undefined;
        this.loadedPath = undefined;
    }

    describe(): BackendDescription {
        const model = this.modelInfo;
        if (model === undefined) return { kind: this.kind, label: "", detail: "" };
        return {
            kind: this.kind,
            label: backendDisplayName(model.backend),
            detail: `${model.name} · ${model.gpuLayers}/${model.totalLayers} GPU layers · context ${model.contextSize} · separate process`
        };
    }

    async dispose(): Promise<void> {
        if (this.disposed) return;
        this.disposed = true;
        const process = this.process;
        this.process = undefined;
        if (process === undefined || process.exited) return;
        await new Promise<void>((resolve) => {
            const timer = setInterval(() => {
                if (process.exited) {
                    clearInterval(timer);
                    resolve();
                }
            }, 20);
            process.close();
        });
    }
}
