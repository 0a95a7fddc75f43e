import { StateEmitter } from "./stateEmitter";
import * as path from "node:path";
import type { BackendDescription, GenerationBackend, Subscription } from "./backend";
import { cancelledResult, generateOnSequence } from "./generation";
import { disposeLoaded, loadModelFile } from "./modelLoader";
import { RequestQueue } from "./requestQueue";
import { ThreadPlanCache } from "./threadPlan";
import { ModelLoadCancelledError, ModelNotLoadedError, RuntimeDisposedError } from "./runtimeErrors";
import { backendDisplayName, type RuntimeLogger } from "./runtimeInfo";
import { logT } from "./translate";
import type {
    GenerateRequest,
    GenerationResult,
    LoadedModel,
    LoadedModelInfo,
    LoadModelOptions,
    ModelRuntimeOptions,
    RuntimeState
} from "./runtimeTypes";

// The runtime's public types live in runtimeTypes.ts (no import circles between the
// runtime's parts); callers keep importing them from here.
export type {
    GenerateRequest,
    GenerationResult,
    LoadedModelInfo,
    LoadModelOptions,
    LoadProgress,
    ModelRuntimeOptions,
    RuntimeState,
    StopReason
} from "./runtimeTypes";
export { nextGpuLayers } from "./modelLoader";

const noopLogger: RuntimeLogger = { info() {}, warn() {}, debug() {} };

/**
 * One model lifetime: load once, keep it resident, unload on request or after an
 * idle timeout. Requests run one at a time in arrival order (output never
 * interleaves); each gets its own context sequence, freed when it ends — also
 * when it is cancelled. Plain Node: no `vscode` here.
 */
export class ModelRuntime implements GenerationBackend {
    readonly kind = "inProcess" as const;
    private loaded: LoadedModel | undefined;
    /** Options of the last successful load: an idle-unloaded model reloads from them. */
    private lastLoad: LoadModelOptions | undefined;
    private readonly queue = new RequestQueue(
        () => this.clearIdleTimer(),
        () => this.armIdleTimer()
    );
    private idleTimer: NodeJS.Timeout | undefined;
    private disposed = false;
    private readonly stateEmitter = new StateEmitter((error) =>
        this.logger.warn(`A runtime state listener failed: ${String(error)}`)
    );
    private readonly logger: RuntimeLogger;
    private readonly threadPlanCache: ThreadPlanCache;
    idleUnloadMs: number;

    constructor(private readonly options: ModelRuntimeOptions) {
        this.logger = options.logger ?? noopLogger;
        this.threadPlanCache = new ThreadPlanCache(options.threadPlanCachePath, this.logger);
        this.idleUnloadMs = options.idleUnloadMs ?? 0;
    }

    get state(): RuntimeState {
        return this.stateEmitter.state;
    }

    /** The loaded model, or `undefined`. */
    get model(): LoadedModelInfo | undefined {
        return this.loaded?.info;
    }

    /** Requests waiting behind the one running. */
    get queueLength(): number {
        return this.queue.length;
    }

    /** Sequences free for the next request (1 when idle): shows a cancelled request gave its sequence back. */
    get freeSequences(): number {
        return this.loaded?.prefixes.idle === true ? 1 : 0;
    }

    onDidChangeState(listener: (state: RuntimeState) => void): Subscription {
        return this.stateEmitter.subscribe(listener);
    }

    private setState(state: RuntimeState): void {
        this.stateEmitter.set(state);
    }

    /** Runs `work` alone, after every earlier request; refused once disposed. */
    private exclusive<T>(
        signal: AbortSignal | undefined,
        onCancelledWhileQueued: () => T,
        work: (queuedMs: number) => Promise<T>
    ): Promise<T> {
        if (this.disposed) return Promise.reject(new RuntimeDisposedError());
        return this.queue.run(signal, onCancelledWhileQueued, (queuedMs) => {
            if (this.disposed) throw new RuntimeDisposedError();
            return work(queuedMs);
        });
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
            if (this.queue.isBusy || this.loaded === undefined) return;
            this.logger.info(
                logT(this.logger)(
                    "Unloading {0} after {1} s without requests.",
                    this.loaded.info.fileName,
                    Math.round(this.idleUnloadMs / 1000)
                )
            );
            // Keeps `lastLoad`: the next request reloads the same model.
            this.exclusive(
                undefined,
                () => undefined,
                () => this.unloadNow()
            ).catch((error: unknown) => {
                this.logger.warn(logT(this.logger)("Idle unload failed: {0}", String(error)));
            });
        }, this.idleUnloadMs);
        this.idleTimer.unref();
    }

    /** Loads a model (after every queued request), replacing the one loaded. */
    load(options: LoadModelOptions): Promise<LoadedModelInfo> {
        return this.exclusive(
            options.signal,
            () => {
                throw new ModelLoadCancelledError(options.path);
            },
            async () => (await this.loadNow(options)).info
        );
    }

    /** Unloads the model (after every queued request) and frees its memory. */
    unload(): Promise<void> {
        return this.exclusive(
            undefined,
            () => undefined,
            async () => {
                await this.unloadNow();
                this.lastLoad = undefined;
            }
        );
    }

    private async unloadNow(): Promise<void> {
        const loaded = this.loaded;
        if (loaded === undefined) return;
        this.loaded = undefined;
        try {
            await disposeLoaded(loaded);
        } finally {
            this.setState("unloaded");
        }
    }

    private async loadNow(options: LoadModelOptions): Promise<LoadedModel> {
        if (options.signal?.aborted) throw new ModelLoadCancelledError(options.path);
        await this.unloadNow();
        this.setState("loading");
        try {
            const loaded = await loadModelFile(options, {
                getBackend: this.options.getBackend,
                logger: this.logger,
                architectures: this.options.architectures,
                threads: this.options.threads ?? 0,
                threadPlanCache: this.threadPlanCache,
                ...(this.options.calibration === undefined ? {} : { calibration: this.options.calibration }),
                ...(this.options.promptPrefixes === undefined ? {} : { promptPrefixes: this.options.promptPrefixes }),
                ...(this.options.promptLookup === undefined ? {} : { promptLookup: this.options.promptLookup })
            });
            this.loaded = loaded;
            this.lastLoad = options;
            this.setState("ready");
            const info = loaded.info;
            this.logger.info(
                logT(this.logger)(
                    "Loaded {0} ({1}, {2} from {3}) on {4}: {5}/{6} layers on the GPU, context {7}, threads {8} for prompts / {9} for generation ({10}), {11} ms.",
                    info.fileName,
                    info.architecture,
                    info.kind.kind,
                    info.kind.source,
                    backendDisplayName(info.backend),
                    info.gpuLayers,
                    info.totalLayers,
                    info.contextSize,
                    info.promptThreads,
                    info.threads,
                    info.threadSource,
                    Math.round(info.loadMs)
                )
            );
            return loaded;
        } catch (error) {
            this.setState("unloaded");
            throw error;
        }
    }

    /** Tokens the prompt takes (for callers that chunk long inputs). */
    countTokens(text: string): Promise<number> {
        const loaded = this.loaded;
        if (loaded === undefined) return Promise.reject(new ModelNotLoadedError());
        return Promise.resolve(loaded.model.tokenize(text, true).length);
    }

    /** Loads `options.path` unless that file (with the same draft model) is already loaded. */
    ensureReady(options: LoadModelOptions): Promise<LoadedModelInfo> {
        const loaded = this.loaded;
        if (loaded !== undefined && loaded.info.path === options.path && sameDraft(loaded.options, options))
            return Promise.resolve(loaded.info);
        return this.load(options);
    }

    describe(): BackendDescription {
        const model = this.loaded?.info;
        if (model === undefined) return { kind: this.kind, label: "", detail: "" };
        return {
            kind: this.kind,
            label: backendDisplayName(model.backend),
            detail: `${model.name} · ${model.gpuLayers}/${model.totalLayers} GPU layers · context ${model.contextSize}`
        };
    }

    /**
     * Generates a completion of `request.prompt`, after every earlier request. The
     * prompt may contain Gemma's control tokens (`<start_of_turn>`); a BOS is added.
     * Pieces stream through `request.onText`. Cancelling (the signal) ends it with
     * `stopReason: "cancelled"` and the text shown so far; a request cancelled while
     * queued never runs.
     */
    generate(request: GenerateRequest): Promise<GenerationResult> {
        if (request.signal?.aborted) return Promise.resolve(cancelledResult());
        const started = performance.now();
        return this.exclusive(request.signal, cancelledResult, async (queuedMs) => {
            const loaded = this.loaded ?? (await this.reloadAfterIdle(request));
            this.setState("generating");
            try {
                return await generateOnSequence(loaded, request, { started, queuedMs }, this.logger);
            } finally {
                if (this.loaded === loaded) this.setState("ready");
            }
        });
    }

    private reloadAfterIdle(request: GenerateRequest): Promise<LoadedModel> {
        if (this.lastLoad === undefined) throw new ModelNotLoadedError();
        this.logger.info(
            logT(this.logger)("Reloading {0} (it was unloaded while idle).", path.basename(this.lastLoad.path))
        );
        return this.loadNow({ ...this.lastLoad, signal: request.signal, onProgress: request.onLoadProgress });
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

/** Whether two loads ask for the same draft model (none and empty are the same). */
function sameDraft(a: Pick<LoadModelOptions, "draftModelPath">, b: Pick<LoadModelOptions, "draftModelPath">): boolean {
    return (a.draftModelPath ?? "") === (b.draftModelPath ?? "");
}
