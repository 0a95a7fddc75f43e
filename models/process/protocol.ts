// The typed IPC channel between the extension host (IsolatedBackend) and the model
// process (modelHost). Every message is checked on arrival: a malformed one is a
// bug or a damaged process, and is dropped with a log line, never acted on.
import type { GpuBackendSetting, RuntimeInfo } from "../runtimeInfo";
import type {
    GenerateRequest,
    GenerationResult,
    LoadedModelInfo,
    LoadModelOptions,
    LoadProgress,
    RuntimeState
} from "../runtimeTypes";

/** What the host asks for; `id` pairs each request with its answer. */
export type HostToModelMessage =
    | {
          type: "init";
          gpu: GpuBackendSetting;
          threads: number;
          idleUnloadMs: number;
          architectures?: readonly string[];
          /** Streamed text is sent at most once per this many ms (TextBatcher); default 16, 0 = every piece. */
          textBatchMs?: number;
          /** Where measured thread counts are kept (ModelRuntimeOptions.threadPlanCachePath). */
          threadPlanCachePath?: string;
          /** Prompt-lookup speculative decoding for greedy requests; default true. */
          promptLookup?: boolean;
          /** The extension's l10n bundle: the process's log lines follow the UI's language. */
          l10n?: Record<string, string>;
      }
    | { type: "load"; id: number; options: WireLoadOptions }
    | { type: "generate"; id: number; request: WireGenerateRequest }
    | { type: "count"; id: number; text: string }
    | { type: "runtimeInfo"; id: number }
    | { type: "unload"; id: number }
    | { type: "cancel"; id: number }
    | { type: "configure"; idleUnloadMs: number };

export type WireLoadOptions = Omit<LoadModelOptions, "signal" | "onProgress">;
export type WireGenerateRequest = Omit<GenerateRequest, "signal" | "onText" | "onLoadProgress" | "onPromptProgress">;

/** A coded error as it crosses the channel. */
export interface WireError {
    name: string;
    code?: string;
    message: string;
    /** The error's own enumerable fields (path, detail, attempts, ...). */
    props: Record<string, unknown>;
}

export type ModelToHostMessage =
    | { type: "heartbeat" }
    /** What the runtime inside logs (thread plan, prefix snapshots, prompt lookup); counts and types, never text. */
    | { type: "log"; level: "info" | "warn" | "debug"; message: string }
    | { type: "state"; state: RuntimeState; model: LoadedModelInfo | null }
    | { type: "progress"; id: number; progress: LoadProgress }
    | { type: "text"; id: number; text: string }
    | { type: "loaded"; id: number; info: LoadedModelInfo }
    | { type: "generated"; id: number; result: GenerationResult }
    | { type: "counted"; id: number; tokens: number }
    | { type: "runtimeInfoResult"; id: number; info: RuntimeInfo }
    | { type: "unloaded"; id: number }
    | { type: "failed"; id: number; error: WireError };

const record = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isId = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value);
const isString = (value: unknown): value is string => typeof value === "string";
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;

/** The message, when `raw` is a well-formed model-to-host message; `undefined` otherwise. */
export function parseModelMessage(raw: unknown): ModelToHostMessage | undefined {
    if (!record(raw) || !isString(raw.type)) return undefined;
    const ok = (() => {
        switch (raw.type) {
            case "heartbeat":
                return true;
            case "log":
                return (raw.level === "info" || raw.level === "warn" || raw.level === "debug") && isString(raw.message);
            case "state":
                return isString(raw.state) && (raw.model === null || record(raw.model));
            case "progress":
                return (
                    isId(raw.id) &&
                    record(raw.progress) &&
                    isCount(raw.progress.fraction) &&
                    isString(raw.progress.phase)
                );
            case "text":
                return isId(raw.id) && isString(raw.text);
            case "loaded":
                return isId(raw.id) && record(raw.info) && isString(raw.info.path);
            case "generated":
                return isId(raw.id) && record(raw.result) && isString(raw.result.text);
            case "counted":
                return isId(raw.id) && isCount(raw.tokens);
            case "runtimeInfoResult":
                return isId(raw.id) && record(raw.info) && isString(raw.info.backend);
            case "unloaded":
                return isId(raw.id);
            case "failed":
                return isId(raw.id) && record(raw.error) && isString(raw.error.message) && record(raw.error.props);
            default:
                return false;
        }
    })();
    return ok ? (raw as ModelToHostMessage) : undefined;
}

/** The message, when `raw` is a well-formed host-to-model message; `undefined` otherwise. */
export function parseHostMessage(raw: unknown): HostToModelMessage | undefined {
    if (!record(raw) || !isString(raw.type)) return undefined;
    const ok = (() => {
        switch (raw.type) {
            case "init":
                return (
                    isString(raw.gpu) &&
                    isCount(raw.threads) &&
                    isCount(raw.idleUnloadMs) &&
                    (raw.textBatchMs === undefined || isCount(raw.textBatchMs)) &&
                    (raw.threadPlanCachePath === undefined || isString(raw.threadPlanCachePath)) &&
                    (raw.promptLookup === undefined || typeof raw.promptLookup === "boolean") &&
                    (raw.l10n === undefined || record(raw.l10n))
                );
            case "load":
                return (
                    isId(raw.id) &&
                    record(raw.options) &&
                    isString(raw.options.path) &&
                    (raw.options.draftModelPath === undefined || isString(raw.options.draftModelPath)) &&
                    (raw.options.checkTensors === undefined || typeof raw.options.checkTensors === "boolean")
                );
            case "generate":
                return (
                    isId(raw.id) &&
                    record(raw.request) &&
                    isString(raw.request.prompt) &&
                    (raw.request.sharedPrefix === undefined || isString(raw.request.sharedPrefix))
                );
            case "count":
                return isId(raw.id) && isString(raw.text);
            case "unload":
            case "cancel":
            case "runtimeInfo":
                return isId(raw.id);
            case "configure":
                return isCount(raw.idleUnloadMs);
            default:
                return false;
        }
    })();
    return ok ? (raw as HostToModelMessage) : undefined;
}
