import { DownloadError, downloadSentences, type AnyDownloadError } from "./downloadErrors";
import { errorMessage } from "./errors/codedError";
import { ModelFileError, emptyFileSentence, modelFileSentences, type AnyModelFileError } from "./gguf/modelFileErrors";
import { ModelValidationError, validationSentences } from "./gguf/modelValidationErrors";
import { ModelProcessError, processSentences } from "./process/processErrors";
import { RemoteError, remoteSentences, type AnyRemoteError } from "./remote/remoteErrors";
import { ModelRuntimeError, runtimeSentences, type AnyModelRuntimeError } from "./runtimeErrors";
import type { Translate } from "./translate";

/** Every coded error of the model layer, discriminated by `code` (codes are unique across areas). */
export type ModelLayerError =
    | AnyModelFileError
    | ModelValidationError
    | AnyModelRuntimeError
    | ModelProcessError
    | AnyDownloadError
    | AnyRemoteError;

/** Whether `error` is one of the model layer's coded errors. */
export function isModelLayerError(error: unknown): error is ModelLayerError {
    return (
        error instanceof ModelFileError ||
        error instanceof ModelValidationError ||
        error instanceof ModelRuntimeError ||
        error instanceof ModelProcessError ||
        error instanceof DownloadError ||
        error instanceof RemoteError
    );
}

/**
 * A message a user can act on, in the UI language, for any error of the model
 * layer. `t` is VS Code's `l10n.t` in the extension (every sentence has a Korean
 * entry in l10n/bundle.l10n.ko.json, which a test enforces). Errors from elsewhere
 * keep their own message.
 */
export function describeModelError(error: unknown, t: Translate): string {
    return isModelLayerError(error) ? describeCoded(error, t) : errorMessage(error);
}

/** One case per error code, exhaustive without casts: long because it is the whole table. */
function describeCoded(error: ModelLayerError, t: Translate): string {
    switch (error.code) {
        case "missing":
            return modelFileSentences.missing(t, error.path);
        case "unreadable":
            return modelFileSentences.unreadable(t, error.path, error.reason);
        case "notAFile":
            return modelFileSentences.notAFile(t, error.path);
        case "notGguf":
            return (error.empty ? emptyFileSentence : modelFileSentences.notGguf)(t, error.path);
        case "truncated":
            return modelFileSentences.truncated(t, error.path);
        case "corrupt":
            return modelFileSentences.corrupt(t, error.path);
        case "wrongArchitecture":
            return modelFileSentences.wrongArchitecture(t, error.path, error.architecture);
        case "unsupportedQuantization":
            return modelFileSentences.unsupportedQuantization(t, error.path);
        case "badLayerCount":
        case "badHeadCount":
        case "headsNotDivisible":
        case "badFeedForward":
        case "badEmbedding":
        case "badRopeDimension":
        case "badEpsilon":
        case "badContextLength":
        case "unknownTokenizer":
        case "badVocabulary":
        case "duplicateToken":
        case "missingByteTokens":
        case "badSpecialToken":
        case "missingTensor":
        case "tensorShape":
        case "tensorType":
            return validationSentences[error.code](t, error.path);
        case "processCrashed":
        case "processHung":
        case "cancelIgnored":
        case "modelMarkedBad":
        case "processFailed":
            return processSentences[error.code](t, error.path, error.how);
        case "outOfMemory":
            return runtimeSentences.outOfMemory(t);
        case "contextTooSmall":
            return runtimeSentences.contextTooSmall(t, error.contextSize);
        case "loadCancelled":
            return runtimeSentences.loadCancelled(t);
        case "loadFailed":
            return runtimeSentences.loadFailed(t, error.path, error.detail);
        case "notLoaded":
            return runtimeSentences.notLoaded(t, error.remote);
        case "promptTooLong":
            return runtimeSentences.promptTooLong(t, error.promptTokens, error.contextSize);
        case "inputTooLong":
            return runtimeSentences.inputTooLong(t, error.tokens, error.parts, error.maxParts, error.onServer);
        case "codeTooLong":
            return runtimeSentences.codeTooLong(
                t,
                error.tokens,
                error.room,
                error.contextSize,
                error.onServer,
                error.what
            );
        case "disposed":
            return runtimeSentences.disposed(t);
        case "offline":
            return downloadSentences.offline(t, error.url, error.detail);
        case "httpStatus":
            return downloadSentences.httpStatus(t, error.status);
        case "downloadCancelled":
            return downloadSentences.downloadCancelled(t, error.receivedBytes);
        case "incomplete":
            return downloadSentences.incomplete(t, error.receivedBytes);
        case "checksumMismatch":
            return downloadSentences.checksumMismatch(t, error.actual);
        case "diskFull":
            return downloadSentences.diskFull(t, error.directory, error.neededBytes, error.availableBytes);
        case "insecureUrl":
            return downloadSentences.insecureUrl(t, error.url);
        case "remoteBadEndpoint":
        case "remoteUnreachable":
        case "remoteUnauthorized":
        case "remoteDisconnected":
        case "remoteBadResponse":
            return remoteSentences[error.code](t, error.endpoint);
        case "remoteTimeout":
            return remoteSentences.remoteTimeout(t, error.endpoint, Math.round(error.ms / 100) / 10);
        case "remoteStatus":
            return remoteSentences.remoteStatus(t, error.endpoint, error.status, error.detail);
        case "remoteModelNotServed":
            return remoteSentences.remoteModelNotServed(
                t,
                error.endpoint,
                error.model,
                error.available.join(", ") || "-"
            );
    }
}
