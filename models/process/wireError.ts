import { DownloadError } from "../downloadErrors";
import { CodedError, errorMessage } from "../errors/codedError";
import {
    GgufCorruptError,
    GgufTruncatedError,
    ModelFileMissingError,
    ModelFileUnreadableError,
    NotAFileError,
    NotGgufError,
    UnsupportedArchitectureError,
    UnsupportedQuantizationError
} from "../gguf/modelFileErrors";
import { ModelValidationError, validationSentences } from "../gguf/modelValidationErrors";
import {
    InputTooLongError,
    ModelLoadCancelledError,
    ModelLoadFailedError,
    ModelNotLoadedError,
    ModelOutOfMemoryError,
    PromptTooLongError,
    CodeTooLongError,
    ContextTooSmallError,
    RuntimeDisposedError
} from "../runtimeErrors";
import type { WireError } from "./protocol";

/**
 * The class each coded error of the model process is revived as, by code (stable,
 * unlike class names, which a production bundle minifies).
 */
const classes: ReadonlyMap<string, { prototype: object }> = new Map<string, { prototype: object }>([
    ["missing", ModelFileMissingError],
    ["unreadable", ModelFileUnreadableError],
    ["notAFile", NotAFileError],
    ["notGguf", NotGgufError],
    ["truncated", GgufTruncatedError],
    ["corrupt", GgufCorruptError],
    ["wrongArchitecture", UnsupportedArchitectureError],
    ["unsupportedQuantization", UnsupportedQuantizationError],
    ...Object.keys(validationSentences).map((code): [string, { prototype: object }] => [code, ModelValidationError]),
    ["outOfMemory", ModelOutOfMemoryError],
    ["loadCancelled", ModelLoadCancelledError],
    ["loadFailed", ModelLoadFailedError],
    ["notLoaded", ModelNotLoadedError],
    ["promptTooLong", PromptTooLongError],
    ["inputTooLong", InputTooLongError],
    ["codeTooLong", CodeTooLongError],
    ["contextTooSmall", ContextTooSmallError],
    ["disposed", RuntimeDisposedError]
]);

/** The codes a model process's error keeps across the channel (every other coded error arrives as a plain Error). */
export const revivableCodes: ReadonlySet<string> = new Set(classes.keys());

/** An error as it crosses the channel: its name, code, message and own fields. */
export function toWireError(error: unknown): WireError {
    if (!(error instanceof Error)) return { name: "Error", message: errorMessage(error), props: {} };
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(error)) {
        if (typeof value !== "function" && typeof value !== "bigint") props[key] = value;
    }
    const code = error instanceof CodedError || error instanceof DownloadError ? String(props.code) : undefined;
    return code === undefined
        ? { name: error.name, message: error.message, props }
        : { name: error.name, code, message: error.message, props };
}

/**
 * The same error on this side: an instance of the same class with the same fields
 * (so `describeModelError` and `instanceof` work), or a plain Error for anything else.
 */
export function fromWireError(wire: WireError): Error {
    const known = wire.code === undefined ? undefined : classes.get(wire.code);
    const error: Error = known === undefined ? new Error(wire.message) : (Object.create(known.prototype) as Error);
    Object.assign(error, wire.props);
    Object.defineProperties(error, {
        message: { value: wire.message, writable: true, configurable: true },
        name: { value: wire.name, writable: true, configurable: true },
        stack: {
            value: `${wire.name}: ${wire.message}\n    (in the model process)`,
            writable: true,
            configurable: true
        }
    });
    return error;
}
