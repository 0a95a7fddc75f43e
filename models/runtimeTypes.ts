// The shared types of the model runtime: what callers pass and get back, and the
// node-llama-cpp shapes the runtime's parts hand each other. Types only, so the
// runtime's modules (queue, loader, generation, text assembly) import this and
// never each other in a circle.
import type { DetectedModelKind, ModelKind, ModelKindSetting } from "./modelKind";
import type { NodeLlamaCpp } from "./nodeLlamaCpp";
import type { GpuBackend, LlamaBackend, RuntimeLogger } from "./runtimeInfo";
import type { LoadAttempt } from "./runtimeErrors";
import type { DraftModel } from "./draftModel";
import type { PredictionStats, PromptLookupOptions } from "./promptLookup";
import type { PromptPrefixes, PromptPrefixOptions } from "./promptPrefixes";
import type { CalibrationOptions, ThreadPlan } from "./threadPlan";

export type LlamaModel = NodeLlamaCpp["LlamaModel"]["prototype"];
export type LlamaContext = NodeLlamaCpp["LlamaContext"]["prototype"];
export type Token = ReturnType<LlamaModel["tokenize"]>[number];

/** Where a load is; `fraction` is of the whole load, 0..1. */
export interface LoadProgress {
    phase: "validating" | "openingBackend" | "loadingWeights" | "creatingContext" | "calibrating";
    fraction: number;
}

export interface LoadModelOptions {
    path: string;
    /** `gemmaKo.model.kind`; default `auto`. */
    kind?: ModelKindSetting;
    /**
     * Kind the catalog entry says, when the file came from the catalog. Default: the
     * kind of the catalog entry whose file name matches, if any.
     */
    catalogKind?: ModelKind;
    /** Desired context size in tokens; `auto` (default) fits up to min(trained, 8192) into free memory. */
    contextSize?: number | "auto";
    /** GPU layers; `auto` (default) fits as many as free VRAM allows. */
    gpuLayers?: number | "auto";
    /** A smaller model with the same vocabulary that guesses tokens for greedy requests (draftModel.ts); optional. */
    draftModelPath?: string;
    /**
     * Let llama.cpp read every tensor's data and refuse NaN or infinite values (and malformed
     * quantized blocks) before loading: one full read of the file. `gemma-ko-model check` asks
     * for it; a normal load does not. Default false.
     */
    checkTensors?: boolean;
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
    /** What llama.cpp uses, or `remote` for a model an inference server runs. */
    backend: GpuBackend | "remote";
    gpuLayers: number;
    totalLayers: number;
    contextSize: number;
    trainContextSize: number;
    /** CPU threads generation runs on. */
    threads: number;
    /** CPU threads prompts are evaluated on. */
    promptThreads: number;
    /** Where the thread counts came from (see ThreadPlan); "remote": a server's, not known here (counts 0). */
    threadSource: ThreadPlan["source"] | "remote";
    loadMs: number;
    /** Every attempt, in order; more than one when memory ran out and the runtime retried. */
    attempts: LoadAttempt[];
    /** The draft model guessing for greedy requests (its file name), when one is in use. */
    draftModel?: string;
    /** Why the draft model that was asked for is not used (English, for the user and the log). */
    draftSkipped?: string;
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
    /**
     * The leading text of `prompt` that other requests share (a few-shot preface,
     * BuiltPrompt.sharedPrefix): its evaluation is kept and reused by later requests
     * that start with it. Optional; prompts that share a start with the previous
     * request reuse that part either way.
     */
    sharedPrefix?: string;
    /** Generation ends before the first occurrence of any of these; they are not part of the text. */
    stop?: readonly string[];
    signal?: AbortSignal;
    /** Called with each new piece of text, in order; the pieces concatenate to the result's text. */
    onText?: (text: string) => void;
    /** Progress of a reload when the model was unloaded (idle timeout) since the last request. */
    onLoadProgress?: (progress: LoadProgress) => void;
    /**
     * Prompt tokens evaluated so far of `total`, after each piece of the prompt (in-process
     * only: it does not cross to the model process). A long prompt on a CPU takes seconds.
     */
    onPromptProgress?: (evaluated: number, total: number) => void;
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
    /** Prompt tokens whose evaluation was reused from an earlier request (not evaluated again). */
    reusedPromptTokens?: number;
    /** Prompt lookup's guesses (speculative decoding), when it ran: kept and thrown away. */
    predictions?: PredictionStats;
}

export type RuntimeState = "unloaded" | "loading" | "ready" | "generating";

export interface ModelRuntimeOptions {
    /** Opens (or returns the shared) native backend. */
    getBackend: () => Promise<LlamaBackend>;
    logger?: RuntimeLogger;
    /** Unload after this many ms without requests; 0 (default) keeps the model resident. */
    idleUnloadMs?: number;
    /** Architectures accepted. Default: the Gemma family (the tests pass `llama` for their scripted fixture). */
    architectures?: readonly string[];
    /** `gemmaKo.runtime.threads`: 0 (default) measures the fastest counts on first load (see threadPlan.ts). */
    threads?: number;
    /** A JSON file that keeps measured thread counts per model file and machine; default: none (measured at every load). */
    threadPlanCachePath?: string;
    /** How thread calibration measures (tests shorten it). */
    calibration?: CalibrationOptions;
    /** Limits of prompt prefix reuse (snapshots of shared prefixes; default: on for models on the CPU). */
    promptPrefixes?: PromptPrefixOptions;
    /** Prompt-lookup speculative decoding for greedy requests (promptLookup.ts): default on; `false` turns it off. */
    promptLookup?: PromptLookupOptions | false;
}

/** A loaded model and its one context. */
export interface LoadedModel {
    model: LlamaModel;
    context: LlamaContext;
    info: LoadedModelInfo;
    options: LoadModelOptions;
    /** Threads for prompt processing and for decoding. */
    threads: ThreadPlan;
    /** The context's one sequence, kept between requests, and the saved prefixes. */
    prefixes: PromptPrefixes;
    /** Prompt lookup for greedy requests, or `false`. */
    promptLookup: PromptLookupOptions | false;
    /** The draft model that guesses for greedy requests instead of prompt lookup, when one is set and usable. */
    draft?: DraftModel;
}
