// What an error offers to fix it, beside its sentence (the panel's error card, the chat's
// buttons, a notification): plain data, no VS Code, so that unit tests can read it.
import { modelFileSentences } from "../../models/gguf/modelFileErrors";
import { validationSentences } from "../../models/gguf/modelValidationErrors";

/**
 * A fix: choose a model (catalog or file), open a GGUF file, set the inference server's key,
 * or open the setting that is wrong: the context size (an input larger than the model's
 * context), the server's address, its wait, or its certificate.
 */
export type ErrorFixName =
    | "selectModel"
    | "openModelFile"
    | "setRemoteApiKey"
    | "openContextSize"
    | "openRemoteEndpoint"
    | "openRemoteTimeout"
    | "openRemoteCertificate";

/** The fixes that open one setting, and its key under `gemmaKo.` (package.json's contributes.configuration). */
export const settingFixes = {
    openContextSize: "model.contextSize",
    openRemoteEndpoint: "remote.endpoint",
    openRemoteTimeout: "remote.timeoutSeconds",
    openRemoteCertificate: "remote.caCertificate"
} as const satisfies Partial<Record<ErrorFixName, string>>;

/** The setting a too-long input's fix opens. */
export const contextSizeSetting = `gemmaKo.${settingFixes.openContextSize}`;

/** A fix that opens a setting (and runs nothing again by itself). */
export function isSettingFix(fix: ErrorFixName): fix is keyof typeof settingFixes {
    return fix in settingFixes;
}

/** Node's and undici's codes for a certificate the client would not trust (a TLS handshake refused). */
const certificateFailure =
    /\b(?:CERT_[A-Z_]+|ERR_TLS_CERT_[A-Z_]+|UNABLE_TO_(?:VERIFY_LEAF_SIGNATURE|GET_ISSUER_CERT(?:_LOCALLY)?)|(?:DEPTH_ZERO_)?SELF_SIGNED_CERT(?:_IN_CHAIN)?|ERR_SSL_[A-Z_]+|EPROTO)\b/;

/** Errors of the chosen model file: another file is the fix (Retry alone fails again, found from outside). */
const modelFileCodes = new Set<string>([
    ...Object.keys(modelFileSentences),
    ...Object.keys(validationSentences),
    "notLoaded",
    "loadFailed",
    "outOfMemory"
]);

/** An input larger than the model's context (a prompt, a summary's parts, the code of a doc comment). */
const tooLongCodes = new Set<string>(["promptTooLong", "inputTooLong", "codeTooLong", "contextTooSmall"]);

/** The `code` of a coded error, if it has one. */
export function errorCode(error: unknown): string | undefined {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === "string" ? code : undefined;
}

/**
 * What an error's card offers: no model yet, or a model file that cannot be used — choose one
 * right here; a server that wants a key — set it; an input too long for the context — the
 * context-size setting (not for a server's model: the server sets its own context); a server
 * address that is no URL, or one that answers nothing or no OpenAI API there — the address
 * setting; a certificate refused — the CA setting; no answer in time — the wait setting (Retry
 * alone fails the same way: found from outside).
 */
export function fixesFor(error: unknown): ErrorFixName[] | undefined {
    const code = errorCode(error);
    if (code === undefined) return undefined;
    if (modelFileCodes.has(code)) return ["selectModel", "openModelFile"];
    const remote = remoteFixes(code, error as { detail?: unknown; status?: unknown });
    if (remote !== undefined) return remote;
    const onServer = (error as { onServer?: unknown }).onServer === true;
    return tooLongCodes.has(code) && !onServer ? ["openContextSize"] : undefined;
}

/** The fix for a server's error, where a setting is what is wrong (undefined for a break-off mid-answer). */
function remoteFixes(code: string, error: { detail?: unknown; status?: unknown }): ErrorFixName[] | undefined {
    switch (code) {
        case "remoteUnauthorized":
            return ["setRemoteApiKey"];
        case "remoteModelNotServed":
            return ["selectModel"];
        case "remoteTimeout":
            return ["openRemoteTimeout"];
        case "remoteBadEndpoint":
        case "remoteBadResponse":
            return ["openRemoteEndpoint"];
        case "remoteUnreachable":
            return typeof error.detail === "string" && certificateFailure.test(error.detail)
                ? ["openRemoteCertificate"]
                : ["openRemoteEndpoint"];
        case "remoteStatus":
            // Not found: another web server on that port, or the API's path left out.
            return error.status === 404 || error.status === 405 ? ["openRemoteEndpoint"] : undefined;
        default:
            return undefined;
    }
}
