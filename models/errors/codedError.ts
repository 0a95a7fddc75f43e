/**
 * The one error shape of the model layer: a stable `code` from a closed union per
 * area (model file, download, runtime, model process), which `describeModelError`
 * turns into a sentence the user can act on. Subclasses carry what that sentence
 * needs; their `message` is the same sentence in English plus the technical detail
 * (full path, llama.cpp's words) for the log.
 */
export abstract class CodedError<Code extends string> extends Error {
    abstract readonly code: Code;
    constructor(message: string, options?: ErrorOptions) {
        super(message, options);
        this.name = new.target.name;
    }
}

/** An error's message, or the thrown value as text when it is not an Error. */
export function errorMessage(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** A Node system error code (`ENOENT`, `EACCES`, ...) on `error` or its causes. */
export function systemErrorCode(error: unknown): string | undefined {
    let current: unknown = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
        const code = (current as { code?: unknown }).code;
        if (typeof code === "string") return code;
        current = (current as { cause?: unknown }).cause;
    }
    return undefined;
}

/** Whether `error` says the file does not exist (and nothing else: EACCES is not "no such file"). */
export function isNoSuchFile(error: unknown): boolean {
    return systemErrorCode(error) === "ENOENT";
}

/** English sentence with the detail for the log: `"<sentence> (<detail>)"`. */
export function withDetail(sentence: string, detail: string | undefined): string {
    return detail === undefined || detail.length === 0 ? sentence : `${sentence} (${detail})`;
}
