// What an error offers to fix it, beside its sentence (the panel's error card, the chat's
// buttons, a notification): plain data, no VS Code, so that unit tests can read it.
import { modelFileSentences } from "../../models/gguf/modelFileErrors";
import { validationSentences } from "../../models/gguf/modelValidationErrors";

/**
 * A fix: choose a model (catalog or file), open a GGUF file, set the inference server's key,
 * or open the context-size setting (an input larger than the model's context).
 */
export type ErrorFixName = "selectModel" | "openModelFile" | "setRemoteApiKey" | "openContextSize";

/** The setting a too-long input's fix opens (package.json's contributes.configuration). */
export const contextSizeSetting = "gemmaKo.model.contextSize";

/** Errors of the chosen model file: another file is the fix (Retry alone fails again, found from outside). */
const modelFileCodes = new Set<string>([
    ...Object.keys(modelFileSentences),
    ...Object.keys(validationSentences),
    "notLoaded",
    "loadFailed",
    "outOfMemory"
]);

/** An input larger than the model's context (a prompt, a summary's parts, the code of a doc comment). */
const tooLongCodes = new Set<string>(["promptTooLong", "inputTooLong", "codeTooLong"]);

/** The `code` of a coded error, if it has one. */
export function errorCode(error: unknown): string | undefined {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === "string" ? code : undefined;
}

/**
 * What an error's card offers: no model yet, or a model file that cannot be used — choose one
 * right here; a server that wants a key — set it; an input too long for the context — the
 * context-size setting (not for a server's model: the server sets its own context).
 */
export function fixesFor(error: unknown): ErrorFixName[] | undefined {
    const code = errorCode(error);
    if (code === undefined) return undefined;
    if (modelFileCodes.has(code)) return ["selectModel", "openModelFile"];
    if (code === "remoteUnauthorized") return ["setRemoteApiKey"];
    const onServer = (error as { onServer?: unknown }).onServer === true;
    return tooLongCodes.has(code) && !onServer ? ["openContextSize"] : undefined;
}
