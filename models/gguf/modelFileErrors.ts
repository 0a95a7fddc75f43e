import * as nodePath from "node:path";
import { CodedError, withDetail } from "../errors/codedError";
import { english, type Translate } from "../translate";

/**
 * Why a model file cannot be used. Each sentence a user reads is written once, in
 * {@link modelFileSentences}; the error's `message` is that sentence in English
 * with the full path and the technical detail, for the log.
 */
export type ModelFileErrorCode =
    | "missing"
    | "unreadable"
    | "notAFile"
    | "notGguf"
    | "truncated"
    | "corrupt"
    | "wrongArchitecture"
    | "unsupportedQuantization";

/** The file's name; the path itself where it has none ("/"). */
const base = (path: string) => nodePath.basename(path) || path;

/** The user-facing sentence of each model file error; `t` localises. */
export const modelFileSentences = {
    missing: (t: Translate, path: string) =>
        t("The model file {0} does not exist or cannot be read. Pick the file again or download the model.", path),
    unreadable: (t: Translate, path: string, reason: string) =>
        t("The model file {0} exists but cannot be read ({1}). Check its permissions.", path, reason),
    notAFile: (t: Translate, path: string) =>
        t("{0} is a folder or a device, not a file. Choose a .gguf model file.", base(path)),
    notGguf: (t: Translate, path: string) =>
        t(
            "{0} is not a GGUF model file: its contents do not start as one, whatever its name. Choose a Gemma-Ko GGUF model, such as one from the model catalog.",
            base(path)
        ),
    truncated: (t: Translate, path: string) =>
        t(
            "The model file {0} is incomplete: it ends before the data its header announces. If it was downloaded, download it again.",
            base(path)
        ),
    corrupt: (t: Translate, path: string) => t("The model file {0} is damaged. Download it again.", base(path)),
    wrongArchitecture: (t: Translate, path: string, architecture: string) =>
        t(
            '{0} holds a "{1}" model; Gemma-Ko Assistant runs Gemma models. Choose a Gemma-Ko GGUF file.',
            base(path),
            architecture
        ),
    unsupportedQuantization: (t: Translate, path: string) =>
        t(
            "{0} uses a quantization this version of llama.cpp cannot load. Choose a Q4_K_M, Q5_K_M, Q8_0 or F16 build.",
            base(path)
        )
} satisfies Record<ModelFileErrorCode, (t: Translate, path: string, ...rest: string[]) => string>;

/** Base of the model file errors: every one names the file. */
export abstract class ModelFileError<Code extends ModelFileErrorCode = ModelFileErrorCode> extends CodedError<Code> {
    constructor(
        readonly path: string,
        message: string
    ) {
        super(message);
    }
}

export class ModelFileMissingError extends ModelFileError<"missing"> {
    readonly code = "missing";
    constructor(path: string) {
        super(path, modelFileSentences.missing(english, path));
    }
}

/** The file exists but this process may not read it (EACCES, EISDIR, ...): not "missing". */
export class ModelFileUnreadableError extends ModelFileError<"unreadable"> {
    readonly code = "unreadable";
    constructor(
        path: string,
        readonly reason: string
    ) {
        super(path, modelFileSentences.unreadable(english, path, reason));
    }
}

/** A folder, a FIFO, a device: never opened (opening a FIFO waits for a writer that never comes). */
export class NotAFileError extends ModelFileError<"notAFile"> {
    readonly code = "notAFile";
    constructor(path: string, detail: string) {
        super(path, withDetail(modelFileSentences.notAFile(english, path), `${path}: ${detail}`));
    }
}

/** A "not GGUF" file that has no bytes at all: an interrupted download or copy. */
export const emptyFileSentence = (t: Translate, path: string) =>
    t(
        "{0} is empty (0 bytes): it holds no model. A download or a copy that stopped leaves such a file; choose the model file again, or download it again.",
        base(path)
    );

export class NotGgufError extends ModelFileError<"notGguf"> {
    readonly code = "notGguf";
    /** The file has no bytes at all (its own sentence: an interrupted download or copy). */
    readonly empty: boolean;
    constructor(path: string, detail: string, empty = false) {
        super(
            path,
            withDetail((empty ? emptyFileSentence : modelFileSentences.notGguf)(english, path), `${path}: ${detail}`)
        );
        this.empty = empty;
    }
}

export class GgufTruncatedError extends ModelFileError<"truncated"> {
    readonly code = "truncated";
    constructor(path: string, detail: string) {
        super(path, withDetail(modelFileSentences.truncated(english, path), `${path}: ${detail}`));
    }
}

export class GgufCorruptError extends ModelFileError<"corrupt"> {
    readonly code = "corrupt";
    constructor(path: string, detail: string) {
        super(path, withDetail(modelFileSentences.corrupt(english, path), `${path}: ${detail}`));
    }
}

export class UnsupportedArchitectureError extends ModelFileError<"wrongArchitecture"> {
    readonly code = "wrongArchitecture";
    readonly architecture: string;
    constructor(
        path: string,
        architecture: string,
        readonly supported: readonly string[]
    ) {
        // A crafted name can be a megabyte long: the message shows its start.
        architecture = architecture.length > 64 ? `${architecture.slice(0, 64)}…` : architecture;
        super(
            path,
            withDetail(
                modelFileSentences.wrongArchitecture(english, path, architecture),
                `${path}; accepted: ${supported.join(", ")}`
            )
        );
        this.architecture = architecture;
    }
}

export class UnsupportedQuantizationError extends ModelFileError<"unsupportedQuantization"> {
    readonly code = "unsupportedQuantization";
    constructor(
        path: string,
        readonly tensorType: number,
        tensorName: string
    ) {
        super(
            path,
            withDetail(
                modelFileSentences.unsupportedQuantization(english, path),
                `${path}: tensor type ${tensorType} in ${tensorName}`
            )
        );
    }
}

/** Every model file error, discriminated by `code`. */
export type AnyModelFileError =
    | ModelFileMissingError
    | ModelFileUnreadableError
    | NotAFileError
    | NotGgufError
    | GgufTruncatedError
    | GgufCorruptError
    | UnsupportedArchitectureError
    | UnsupportedQuantizationError;
