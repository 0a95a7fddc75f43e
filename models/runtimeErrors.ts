import * as nodePath from "node:path";
import { CodedError, withDetail } from "./errors/codedError";
import { english, type Translate } from "./translate";

/**
 * Why the model runtime could not do what was asked. Like the model file errors,
 * each has a stable `code`; the sentence a user reads is written once, in
 * {@link runtimeSentences}.
 */
export type ModelRuntimeErrorCode =
    | "outOfMemory"
    | "loadCancelled"
    | "loadFailed"
    | "notLoaded"
    | "promptTooLong"
    | "inputTooLong"
    | "codeTooLong"
    | "contextTooSmall"
    | "disposed";

/** The smallest context a load asks for (gemmaKo.model.contextSize; 0 = the model's own). */
export const minContextSize = 512;

/** What one load attempt used and how it ended. */
export interface LoadAttempt {
    gpuLayers: number | "auto";
    contextSize: number | "auto";
    error?: string;
}

/** A remote window's name, and the model file its User settings name but the window ignores. */
export interface RemoteWindowHint {
    window: string;
    ignoredPath?: string;
}

/** Why a model path in the User settings is not seen in a remote window (nothing in a local one). */
export function remoteWindowSentences(t: Translate, remote: RemoteWindowHint | undefined): string[] {
    if (remote === undefined) return [];
    return [
        t(
            "In a remote window ({0}) VS Code reads gemmaKo.model.path only from the Remote settings (the Remote tab of the Settings editor), not from the User settings.",
            remote.window
        ),
        ...(remote.ignoredPath === undefined
            ? []
            : [
                  t(
                      "Your User settings name {0}: Select Model offers to use it here.",
                      nodePath.basename(remote.ignoredPath)
                  )
              ])
    ];
}

/** What is drafted from code that must be read whole: a doc comment, or a docs section. */
export type CodeDraft = "docComment" | "docs";

/** The way out of an input larger than the context: less of it, or (a local model) a larger context. */
function smallerOrLargerContext(t: Translate, onServer: boolean): string {
    return onServer
        ? t("Select a smaller part (the inference server sets its own context size).")
        : t(
              "Select a smaller part, or raise the context size (gemmaKo.model.contextSize; it applies when the model is next loaded: run Gemma-Ko: Unload Model first)."
          );
}

export const runtimeSentences = {
    outOfMemory: (t: Translate) =>
        t(
            "Not enough memory to load the model, even on the CPU. Close other programs, choose a smaller quantization (Q4_K_M) or the 2B model, or lower the context size."
        ),
    loadCancelled: (t: Translate) => t("Loading the model was cancelled."),
    loadFailed: (t: Translate, path: string, detail: string) =>
        t(
            "llama.cpp could not load {0} ({1}). It may need a newer version of the extension, or the file is damaged: download it again.",
            nodePath.basename(path),
            detail
        ),
    notLoaded: (t: Translate, remote?: RemoteWindowHint) =>
        [t("No model is loaded. Choose a model first."), ...remoteWindowSentences(t, remote)].join(" "),
    promptTooLong: (t: Translate, promptTokens: number, contextSize: number) =>
        [
            t(
                "The input has {0} tokens but the context holds {1}.",
                promptTokens.toLocaleString("en-US"),
                contextSize.toLocaleString("en-US")
            ),
            smallerOrLargerContext(t, false)
        ].join(" "),
    inputTooLong: (t: Translate, tokens: number, parts: number, maxParts: number, onServer = false) =>
        [
            t(
                "The input is too long to summarise: about {0} tokens, {1} parts of the model's context, and at most {2} parts are summarised.",
                tokens.toLocaleString("en-US"),
                parts.toLocaleString("en-US"),
                maxParts
            ),
            smallerOrLargerContext(t, onServer)
        ].join(" "),
    codeTooLong: (
        t: Translate,
        tokens: number,
        room: number,
        contextSize: number,
        onServer = false,
        what: CodeDraft = "docComment"
    ) =>
        [
            t(
                what === "docComment"
                    ? "The code to document is too long: about {0} tokens, and the model's context of {1} tokens leaves room for {2} beside the prompt and the answer. A doc comment is drafted from the whole code, never from a part of it: put the cursor in one function or class."
                    : "The code to document is too long: about {0} tokens, and the model's context of {1} tokens leaves room for {2} beside the prompt and the answer. Docs are drafted from the whole selection or file, never from a part of it.",
                tokens.toLocaleString("en-US"),
                contextSize.toLocaleString("en-US"),
                room.toLocaleString("en-US")
            ),
            smallerOrLargerContext(t, onServer)
        ].join(" "),
    // A context of 8 tokens was reported as "not enough memory … lower the context size" (found from outside).
    contextTooSmall: (t: Translate, contextSize: number) =>
        t(
            "The context size {0} (gemmaKo.model.contextSize) is too small for any request: set at least {1} tokens, or 0 for the model's own size.",
            contextSize.toLocaleString("en-US"),
            minContextSize
        ),
    disposed: (t: Translate) => t("The model runtime was shut down.")
} satisfies Record<ModelRuntimeErrorCode, (t: Translate, ...args: never[]) => string>;

export abstract class ModelRuntimeError<
    Code extends ModelRuntimeErrorCode = ModelRuntimeErrorCode
> extends CodedError<Code> {}

export class ModelOutOfMemoryError extends ModelRuntimeError<"outOfMemory"> {
    readonly code = "outOfMemory";
    constructor(
        readonly path: string,
        readonly attempts: readonly LoadAttempt[]
    ) {
        super(
            withDetail(
                runtimeSentences.outOfMemory(english),
                `${path}; tried ${attempts.map((a) => `${a.gpuLayers} GPU layers / context ${a.contextSize}`).join(", ")}`
            )
        );
    }
}

/** A context size set below {@link minContextSize}: refused before loading, never retried as out of memory. */
export class ContextTooSmallError extends ModelRuntimeError<"contextTooSmall"> {
    readonly code = "contextTooSmall";
    constructor(readonly contextSize: number) {
        super(runtimeSentences.contextTooSmall(english, contextSize));
    }
}

export class ModelLoadCancelledError extends ModelRuntimeError<"loadCancelled"> {
    readonly code = "loadCancelled";
    constructor(readonly path: string) {
        super(withDetail(runtimeSentences.loadCancelled(english), path));
    }
}

export class ModelLoadFailedError extends ModelRuntimeError<"loadFailed"> {
    readonly code = "loadFailed";
    constructor(
        readonly path: string,
        readonly detail: string
    ) {
        super(withDetail(runtimeSentences.loadFailed(english, path, detail), path));
    }
}

export class ModelNotLoadedError extends ModelRuntimeError<"notLoaded"> {
    readonly code = "notLoaded";
    /** In a remote window: why a model path in the User settings is not seen. */
    constructor(readonly remote?: RemoteWindowHint) {
        super(runtimeSentences.notLoaded(english, remote));
    }
}

export class PromptTooLongError extends ModelRuntimeError<"promptTooLong"> {
    readonly code = "promptTooLong";
    constructor(
        readonly promptTokens: number,
        readonly contextSize: number
    ) {
        super(runtimeSentences.promptTooLong(english, promptTokens, contextSize));
    }
}

/** An input that would need more parts than a summary takes (models/inputParts.ts). */
export class InputTooLongError extends ModelRuntimeError<"inputTooLong"> {
    readonly code = "inputTooLong";
    constructor(
        readonly tokens: number,
        readonly parts: number,
        readonly maxParts: number,
        /** The model runs on an inference server: its context size is not a setting here. */
        readonly onServer = false
    ) {
        super(runtimeSentences.inputTooLong(english, tokens, parts, maxParts, onServer));
    }
}

/**
 * Code too long for a doc comment or docs: never drafted from a part, so the whole code must fit
 * the context (its tokens counted, or estimated as a summary's refusal estimates them).
 */
export class CodeTooLongError extends ModelRuntimeError<"codeTooLong"> {
    readonly code = "codeTooLong";
    constructor(
        readonly tokens: number,
        /** Tokens left for the code once the prompt and the answer have theirs. */
        readonly room: number,
        readonly contextSize: number,
        /** The model runs on an inference server: its context size is not a setting here. */
        readonly onServer = false,
        readonly what: CodeDraft = "docComment"
    ) {
        super(runtimeSentences.codeTooLong(english, tokens, room, contextSize, onServer, what));
    }
}

export class RuntimeDisposedError extends ModelRuntimeError<"disposed"> {
    readonly code = "disposed";
    constructor() {
        super(runtimeSentences.disposed(english));
    }
}

/** Every runtime error, discriminated by `code`. */
export type AnyModelRuntimeError =
    | ModelOutOfMemoryError
    | ModelLoadCancelledError
    | ModelLoadFailedError
    | ModelNotLoadedError
    | PromptTooLongError
    | InputTooLongError
    | CodeTooLongError
    | ContextTooSmallError
    | RuntimeDisposedError;

/** Whether an error from llama.cpp / node-llama-cpp means "out of (V)RAM". */
export function isOutOfMemoryError(error: unknown): boolean {
    if (!(error instanceof Error)) return false;
    if (error.name === "InsufficientMemoryError") return true;
    return /out of memory|insufficient memory|failed to allocate|cudaMalloc|OutOfDeviceMemory|OUT_OF_DEVICE_MEMORY|OutOfHostMemory|not enough (v)?ram|too large for the available/i.test(
        error.message
    );
}
