/**
 * Why the model runtime could not do what was asked. Like the model file errors,
 * each has a stable `code` the extension translates (see `describeModelError`).
 */
export abstract class ModelRuntimeError extends Error {
    abstract readonly code: string;
    constructor(message: string) {
        super(message);
        this.name = new.target.name;
    }
}

/** What one load attempt used and how it ended. */
export interface LoadAttempt {
    gpuLayers: number | "auto";
    contextSize: number | "auto";
    error?: string;
}

export class ModelOutOfMemoryError extends ModelRuntimeError {
    readonly code = "outOfMemory";
    constructor(readonly path: string, readonly attempts: readonly LoadAttempt[]) {
        super(
            `Not enough memory to load ${path}, even on the CPU with the smallest context ` +
            `(tried ${attempts.map((a) => `${a.gpuLayers} GPU layers / context ${a.contextSize}`).join(", ")}). ` +
            "Close other programs, choose a smaller quantization (Q4_K_M) or the 2B model, or lower gemmaKo.model.contextSize."
        );
    }
}

export class ModelLoadCancelledError extends ModelRuntimeError {
    readonly code = "loadCancelled";
    constructor(readonly path: string) {
        super(`Loading ${path} was cancelled.`);
    }
}

export class ModelLoadFailedError extends ModelRuntimeError {
    readonly code = "loadFailed";
    constructor(readonly path: string, readonly detail: string) {
        super(`llama.cpp could not load ${path} (${detail}). The file passed validation; it may need a newer llama.cpp, or be damaged: download it again.`);
    }
}

export class ModelNotLoadedError extends ModelRuntimeError {
    readonly code = "notLoaded";
    constructor() {
        super("No model is loaded. Choose a model (Gemma-Ko: Select Model) first.");
    }
}

export class PromptTooLongError extends ModelRuntimeError {
    readonly code = "promptTooLong";
    constructor(readonly promptTokens: number, readonly contextSize: number) {
        super(`The prompt has ${promptTokens} tokens but the context holds ${contextSize}. Select less text, or raise gemmaKo.model.contextSize.`);
    }
}

export class RuntimeDisposedError extends ModelRuntimeError {
    readonly code = "disposed";
    constructor() {
        super("The model runtime was shut down.");
    }
}

/** Whether an error from llama.cpp / node-llama-cpp means "out of (V)RAM". */
export function isOutOfMemoryError(error: unknown): boolean {
    if (!(error instanceof Error)) return false;
    if (error.name === "InsufficientMemoryError") return true;
    return /out of memory|insufficient memory|failed to allocate|cudaMalloc|OutOfDeviceMemory|OUT_OF_DEVICE_MEMORY|OutOfHostMemory|not enough (v)?ram|too large for the available/i.test(error.message);
}
