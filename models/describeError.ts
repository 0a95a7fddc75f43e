import * as path from "node:path";
import { DownloadError, type ChecksumMismatchError, type DiskSpaceError, type DownloadCancelledError, type DownloadHttpError, type DownloadIncompleteError, type OfflineError } from "./download";
import { ModelFileError, type UnsupportedArchitectureError } from "./gguf/modelFileErrors";
import { ModelRuntimeError, type ModelLoadFailedError, type PromptTooLongError } from "./runtimeErrors";
import { formatBytes, type Translate } from "./runtimeInfo";

/**
 * A message a user can act on, in the UI language, for any error of the model
 * layer. `t` is VS Code's `l10n.t` in the extension (every string here has a
 * Korean entry in l10n/bundle.l10n.ko.json, which a test enforces). Errors from
 * elsewhere keep their own message.
 */
export function describeModelError(error: unknown, t: Translate): string {
    if (error instanceof ModelFileError) {
        const file = path.basename(error.path);
        switch (error.code) {
            case "missing": return t("The model file {0} does not exist or cannot be read. Pick the file again or download the model.", error.path);
            case "notGguf": return t("{0} is not a GGUF model file. Gemma-Ko needs a .gguf file, such as one from the model catalog.", file);
            case "truncated": return t("The model file {0} is incomplete; the download was probably interrupted. Download it again.", file);
            case "corrupt": return t("The model file {0} is damaged. Download it again.", file);
            case "wrongArchitecture": return t("{0} holds a \"{1}\" model; Gemma-Ko Assistant runs Gemma models. Choose a Gemma-Ko GGUF file.", file, (error as UnsupportedArchitectureError).architecture);
            case "unsupportedQuantization": return t("{0} uses a quantization this version of llama.cpp cannot load. Choose a Q4_K_M, Q5_K_M, Q8_0 or F16 build.", file);
        }
    }
    if (error instanceof ModelRuntimeError) {
        switch (error.code) {
            case "outOfMemory": return t("Not enough memory to load the model, even on the CPU. Close other programs, choose a smaller quantization (Q4_K_M) or the 2B model, or lower the context size.");
            case "loadCancelled": return t("Loading the model was cancelled.");
            case "loadFailed": return t("llama.cpp could not load the model ({0}). It may need a newer version of the extension, or the file is damaged: download it again.", (error as ModelLoadFailedError).detail);
            case "notLoaded": return t("No model is loaded. Choose a model first.");
            case "promptTooLong": {
                const e = error as PromptTooLongError;
                return t("The input has {0} tokens but the context holds {1}. Select less text, or raise the context size.", e.promptTokens, e.contextSize);
            }
            case "disposed": return t("The model runtime was shut down.");
        }
    }
    if (error instanceof DownloadError) {
        switch (error.code) {
            case "offline": return t("Cannot reach {0} ({1}). Check the network connection or proxy, or download the file elsewhere and choose \"Use a local GGUF file\".", new URL(error.url).host, (error as OfflineError).detail);
            case "httpStatus": {
                const status = (error as DownloadHttpError).status;
                return status === 401 || status === 403
                    ? t("The server refused the download ({0}). The model may need a Hugging Face login or licence acceptance: download it in a browser and choose \"Use a local GGUF file\".", status)
                    : t("The server answered {0} for the model download.", status);
            }
            case "downloadCancelled": return t("The download was cancelled after {0}; starting it again resumes where it stopped.", formatBytes((error as DownloadCancelledError).receivedBytes));
            case "incomplete": return t("The connection ended after {0}. Start the download again to resume it.", formatBytes((error as DownloadIncompleteError).receivedBytes));
            case "checksumMismatch": return t("The downloaded file does not match the catalog's SHA-256 ({0}). It was deleted; download it again.", (error as ChecksumMismatchError).actual.slice(0, 12));
            case "diskFull": {
                const e = error as DiskSpaceError;
                return t("Not enough disk space in {0}: the model needs {1} more, {2} is free. Free some space or choose another folder.", e.directory, formatBytes(e.neededBytes), formatBytes(e.availableBytes));
            }
            case "insecureUrl": return t("Models are only downloaded over https; refusing {0}.", error.url);
        }
    }
    return error instanceof Error ? error.message : String(error);
}
