/**
 * Why a model file cannot be used. Each class carries the path and a message a
 * user can act on; `code` is stable for the extension to translate.
 */
export abstract class ModelFileError extends Error {
    abstract readonly code: string;
    constructor(readonly path: string, message: string) {
        super(message);
        this.name = new.target.name;
    }
}

export class ModelFileMissingError extends ModelFileError {
    readonly code = "missing";
    constructor(path: string) {
        super(path, `The model file ${path} does not exist or cannot be read. Pick the file again or download the model.`);
    }
}

export class NotGgufError extends ModelFileError {
    readonly code = "notGguf";
    constructor(path: string, detail: string) {
        super(path, `${path} is not a GGUF model file (${detail}). Gemma-Ko needs a .gguf file, such as one from the model catalog.`);
    }
}

export class GgufTruncatedError extends ModelFileError {
    readonly code = "truncated";
    constructor(path: string, detail: string) {
        super(path, `The model file ${path} is incomplete (${detail}). The download was probably interrupted: download it again.`);
    }
}

export class GgufCorruptError extends ModelFileError {
    readonly code = "corrupt";
    constructor(path: string, detail: string) {
        super(path, `The model file ${path} is damaged (${detail}). Download it again.`);
    }
}

export class UnsupportedArchitectureError extends ModelFileError {
    readonly code = "wrongArchitecture";
    constructor(path: string, readonly architecture: string, readonly supported: readonly string[]) {
        super(path, `${path} holds a "${architecture}" model; Gemma-Ko Assistant runs ${supported.join(", ")} models. Choose a Gemma-Ko GGUF file.`);
    }
}

export class UnsupportedQuantizationError extends ModelFileError {
    readonly code = "unsupportedQuantization";
    constructor(path: string, readonly tensorType: number, tensorName: string) {
        super(path, `${path} uses a tensor type (${tensorType}, in ${tensorName}) this version of llama.cpp cannot load. Choose a Q4_K_M, Q5_K_M, Q8_0 or F16 build.`);
    }
}
