import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { catalogEntryForFile } from "./catalog/catalog";
import { loadDraftModel } from "./draftModel";
import { errorMessage } from "./errors/codedError";
import { gemmaArchitectures, inspectGguf, type GgufSummary } from "./gguf/inspectGguf";
import { validateModel } from "./gguf/validateModel";
import { detectModelKind, type ModelKind } from "./modelKind";
import {
    ContextTooSmallError,
    isOutOfMemoryError,
    minContextSize,
    ModelLoadCancelledError,
    ModelLoadFailedError,
    ModelOutOfMemoryError,
    type LoadAttempt
} from "./runtimeErrors";
import type { LlamaBackend, RuntimeLogger } from "./runtimeInfo";
import { logT } from "./translate";
import type { LlamaContext, LlamaModel, LoadedModel, LoadModelOptions, LoadProgress } from "./runtimeTypes";
import type { PromptLookupOptions } from "./promptLookup";
import { PromptPrefixes, type PromptPrefixOptions } from "./promptPrefixes";
import { planThreads, type CalibrationOptions, type ThreadPlan, type ThreadPlanCache } from "./threadPlan";
import { chooseDecodeThreads, chooseThreadCount } from "./threads";

const defaultMaxContext = 8192;

/** What the loader needs from its runtime. */
export interface LoaderDeps {
    getBackend: () => Promise<LlamaBackend>;
    logger: RuntimeLogger;
    architectures?: readonly string[];
    /** `gemmaKo.runtime.threads`; 0 chooses. */
    threads: number;
    /** Measured thread plans of earlier loads. */
    threadPlanCache: ThreadPlanCache;
    /** How thread calibration measures (tests shorten it). */
    calibration?: CalibrationOptions;
    /** Limits of prompt prefix reuse. */
    promptPrefixes?: PromptPrefixOptions;
    /** Prompt lookup for greedy requests; default on. */
    promptLookup?: PromptLookupOptions | false;
}

type Report = (phase: LoadProgress["phase"], fraction: number) => void;

/** A progress callback that never goes back (node-llama-cpp may report weights after loadModel resolved). */
function progressReporter(options: LoadModelOptions, logger: RuntimeLogger): Report {
    let reported = -1;
    return (phase, fraction) => {
        if (fraction <= reported) return;
        reported = fraction;
        try {
            options.onProgress?.({ phase, fraction });
        } catch (error) {
            logger.warn(`A load progress listener failed: ${String(error)}`);
        }
    };
}

/**
 * Validates the file, opens the backend and loads model and context, with the
 * out-of-memory ladder. Cancellation (the signal) ends in ModelLoadCancelledError.
 */
export async function loadModelFile(options: LoadModelOptions, deps: LoaderDeps): Promise<LoadedModel> {
    const started = performance.now();
    const signal = options.signal;
    const report = progressReporter(options, deps.logger);
    const cancelled = () => new ModelLoadCancelledError(options.path);
    try {
        if (typeof options.contextSize === "number" && options.contextSize < minContextSize)
            throw new ContextTooSmallError(options.contextSize);
        report("validating", 0);
        // Never hand the native loader a file we have not checked: a damaged header
        // can crash the process instead of failing.
        const summary = await inspectGguf(options.path, {
            architectures: deps.architectures ?? gemmaArchitectures,
            keepArrayItems: Number.MAX_SAFE_INTEGER,
            signal
        });
        validateModel(summary);
        if (signal?.aborted) throw cancelled();
        report("openingBackend", 0.02);
        const backend = await deps.getBackend();
        if (signal?.aborted) throw cancelled();
        const loaded = await loadWithRetries({ options, summary, backend, report, started, deps });
        if (options.draftModelPath !== undefined && options.draftModelPath.length > 0)
            await addDraft(loaded, options.draftModelPath, summary, backend, deps);
        report("creatingContext", 1);
        return loaded;
    } catch (error) {
        if (signal?.aborted && !(error instanceof ModelLoadCancelledError)) throw cancelled();
        throw error;
    }
}

/** Loads the draft beside a loaded model; a cancel unloads both. */
async function addDraft(
    loaded: LoadedModel,
    file: string,
    summary: GgufSummary,
    backend: LlamaBackend,
    deps: LoaderDeps
): Promise<void> {
    const signal = loaded.options.signal;
    try {
        const draft = await loadDraftModel(
            file,
            { summary, contextSize: loaded.context.contextSize, threads: loaded.threads.decode },
            backend,
            {
                logger: deps.logger,
                ...(deps.architectures ? { architectures: deps.architectures } : {}),
                ...(signal ? { signal } : {})
            }
        );
        if ("skipped" in draft) {
            loaded.info.draftSkipped = draft.skipped;
            return;
        }
        loaded.draft = draft;
        loaded.info.draftModel = path.basename(draft.path);
    } catch (error) {
        await disposeLoaded(loaded);
        throw error;
    }
}

/** Frees a loaded model: its saved prefixes, its draft, its context and its weights. */
export async function disposeLoaded(loaded: LoadedModel): Promise<void> {
    await loaded.prefixes.dispose();
    await loaded.draft?.dispose();
    await loaded.context.dispose();
    await loaded.model.dispose();
}

interface LoadJob {
    options: LoadModelOptions;
    summary: GgufSummary;
    backend: LlamaBackend;
    report: Report;
    started: number;
    deps: LoaderDeps;
}

/**
 * Loads with the asked GPU layers and context; when memory runs out, retries with
 * half the layers, then on the CPU alone, and records each attempt.
 */
async function loadWithRetries(job: LoadJob): Promise<LoadedModel> {
    const { options, summary, backend } = job;
    const totalLayers = layerCount(summary) + 1; // the output layer counts as one
    const attempts: LoadAttempt[] = [];
    let gpuLayers: number | "auto" = backend.llama.gpu !== false ? (options.gpuLayers ?? "auto") : 0;
    for (;;) {
        const attempt: LoadAttempt = { gpuLayers, contextSize: wantedContext(summary, options) };
        attempts.push(attempt);
        const outcome = await loadOnce(job, attempt, attempts, totalLayers);
        if ("loaded" in outcome) return outcome.loaded;
        const next = nextGpuLayers(gpuLayers, outcome.fittedLayers, totalLayers);
        if (next === undefined) throw new ModelOutOfMemoryError(options.path, attempts);
        job.deps.logger.warn(
            logT(job.deps.logger)(
                "Out of memory with {0} GPU layers ({1}); retrying with {2}.",
                gpuLayers,
                attempt.error ?? "",
                next
            )
        );
        gpuLayers = next;
    }
}

function layerCount(summary: GgufSummary): number {
    return Number(summary.metadata.get(`${summary.architecture}.block_count`) ?? 0);
}

function wantedContext(summary: GgufSummary, options: LoadModelOptions): number {
    const trainContext = Number(summary.metadata.get(`${summary.architecture}.context_length`) ?? defaultMaxContext);
    return options.contextSize === undefined || options.contextSize === "auto"
        ? Math.min(trainContext, defaultMaxContext)
        : Math.max(1, Math.min(trainContext, Math.floor(options.contextSize)));
}

/** One rung of the ladder: the loaded model, or the layer count that ran out of memory. */
async function loadOnce(
    job: LoadJob,
    attempt: LoadAttempt,
    attempts: LoadAttempt[],
    totalLayers: number
): Promise<{ loaded: LoadedModel } | { fittedLayers: number | undefined }> {
    const { options, backend, report } = job;
    const { gpuLayers, contextSize } = attempt;
    const signal = options.signal;
    let model: LlamaModel | undefined;
    try {
        model = await backend.llama.loadModel({
            modelPath: options.path,
            ...(options.checkTensors === true ? { checkTensors: true } : {}),
            gpuLayers:
                gpuLayers === "auto" ? { fitContext: { contextSize: Math.min(Number(contextSize), 4096) } } : gpuLayers,
            loadSignal: signal,
            onLoadProgress: (fraction) => report("loadingWeights", 0.02 + 0.88 * fraction)
        });
        // Weight progress arrives through the event loop: let it in before moving on.
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted) throw new ModelLoadCancelledError(options.path);
        report("creatingContext", 0.9);
        return { loaded: await createContext(job, model, Number(contextSize), attempts, totalLayers) };
    } catch (error) {
        await model?.dispose().catch(() => undefined);
        if (signal?.aborted || error instanceof ModelLoadCancelledError)
            throw new ModelLoadCancelledError(options.path);
        const message = errorMessage(error);
        attempt.error = message;
        // A file that passed validation but fails with layers on the GPU is most
        // often VRAM; on the CPU only a real memory error is retried as such.
        const memory = isOutOfMemoryError(error) || (gpuLayers !== 0 && /failed to load model/i.test(message));
        if (!memory) throw new ModelLoadFailedError(options.path, message);
        return { fittedLayers: model?.gpuLayers };
    }
}

async function createContext(
    job: LoadJob,
    model: LlamaModel,
    contextSize: number,
    attempts: LoadAttempt[],
    totalLayers: number
): Promise<LoadedModel> {
    const { options, summary, backend, deps } = job;
    const llama = backend.llama;
    // On the CPU the context may use every thread; each request then runs its prompt
    // and its decoding on the counts the thread plan measured (threadPlan.ts).
    const available = os.availableParallelism();
    const maxThreads =
        model.gpuLayers === 0
            ? Math.min(llama.maxThreads || Infinity, chooseThreadCount(deps.threads, available, llama.cpuMathCores))
            : undefined;
    const context = await model.createContext({
        contextSize: { min: Math.min(minContextSize, contextSize), max: contextSize },
        sequences: 1,
        createSignal: options.signal,
        ...(maxThreads === undefined ? {} : { threads: maxThreads })
    });
    const threads: ThreadPlan =
        maxThreads === undefined
            ? { prompt: context.idealThreads, decode: context.idealThreads, source: "rule" }
            : await planContextThreads(job, model, context, maxThreads).catch(async (error: unknown) => {
                  await context.dispose();
                  throw error;
              });
    const name = summary.metadata.get("general.name");
    return {
        model,
        context,
        options,
        threads,
        // Snapshots pay on the CPU, where reading a preface takes seconds; a GPU reads it in less than a file load.
        prefixes: new PromptPrefixes(() => context.getSequence(), deps.logger, {
            snapshots: model.gpuLayers === 0,
            ...deps.promptPrefixes
        }),
        promptLookup: deps.promptLookup ?? {},
        info: {
            path: options.path,
            fileName: path.basename(options.path),
            name: typeof name === "string" ? name : path.basename(options.path, ".gguf"),
            architecture: summary.architecture,
            kind: detectModelKind(summary, options.kind, catalogKind(options)),
            fileSize: summary.fileSize,
            backend: llama.gpu === false ? "cpu" : llama.gpu,
            gpuLayers: model.gpuLayers,
            totalLayers,
            contextSize: context.contextSize,
            trainContextSize: model.trainContextSize,
            threads: threads.decode,
            promptThreads: threads.prompt,
            threadSource: threads.source,
            loadMs: performance.now() - job.started,
            attempts
        }
    };
}

/** The prompt and decode thread counts for a model on the CPU (see planThreads). */
async function planContextThreads(
    job: LoadJob,
    model: LlamaModel,
    context: LlamaContext,
    maxThreads: number
): Promise<ThreadPlan> {
    const { options, summary, deps, backend } = job;
    job.report("calibrating", 0.95);
    const stat = await fs.promises.stat(options.path);
    return planThreads({
        model,
        context,
        file: { path: options.path, size: stat.size, mtimeMs: stat.mtimeMs },
        configured: deps.threads,
        maxThreads,
        ruleDecodeThreads: Math.min(
            maxThreads,
            chooseDecodeThreads(0, summary.fileSize, os.availableParallelism(), backend.llama.cpuMathCores)
        ),
        cache: deps.threadPlanCache,
        logger: deps.logger,
        calibration: { ...deps.calibration, ...(options.signal === undefined ? {} : { signal: options.signal }) }
    });
}

/** The kind the catalog gives: the caller's, else the catalog entry whose file name this is. */
function catalogKind(options: LoadModelOptions): ModelKind | undefined {
    return options.catalogKind ?? catalogEntryForFile(path.basename(options.path))?.family.kind;
}

/** The next GPU layer count to try after running out of memory, or `undefined` when even the CPU failed. */
export function nextGpuLayers(
    tried: number | "auto",
    fitted: number | undefined,
    totalLayers: number
): number | undefined {
    if (tried === 0) return undefined;
    const base = tried === "auto" ? (fitted ?? totalLayers) : tried;
    const half = Math.floor(base / 2);
    return half >= 4 ? half : 0;
}
