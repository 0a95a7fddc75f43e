import * as nodePath from "node:path";
import { CodedError, withDetail } from "../errors/codedError";
import { english, type Translate } from "../translate";

/**
 * A GGUF file whose header reads fine but whose content llama.cpp would answer with
 * an abort, an endless loop or a misleading out-of-memory error. One code per kind
 * of inconsistency, each with its sentence (written once, here).
 */
export type ModelValidationErrorCode =
    | "badLayerCount"
    | "badHeadCount"
    | "headsNotDivisible"
    | "badFeedForward"
    | "badEmbedding"
    | "badRopeDimension"
    | "badEpsilon"
    | "badContextLength"
    | "unknownTokenizer"
    | "badVocabulary"
    | "duplicateToken"
    | "missingByteTokens"
    | "badSpecialToken"
    | "missingTensor"
    | "tensorShape"
    | "tensorType";

const base = (path: string) => nodePath.basename(path);

export const validationSentences = {
    badLayerCount: (t: Translate, path: string) =>
        t("{0} declares no usable number of layers; it cannot be loaded. Choose another GGUF file.", base(path)),
    badHeadCount: (t: Translate, path: string) =>
        t(
            "{0} declares no usable number of attention heads; it cannot be loaded. Choose another GGUF file.",
            base(path)
        ),
    headsNotDivisible: (t: Translate, path: string) =>
        t(
            "{0} has a number of attention heads that is not a multiple of its key/value heads; it cannot be loaded. Choose another GGUF file.",
            base(path)
        ),
    badFeedForward: (t: Translate, path: string) =>
        t("{0} declares no usable feed-forward size; it cannot be loaded. Choose another GGUF file.", base(path)),
    badEmbedding: (t: Translate, path: string) =>
        t("{0} declares no usable embedding size; it cannot be loaded. Choose another GGUF file.", base(path)),
    badRopeDimension: (t: Translate, path: string) =>
        t(
            "{0} declares a rotary embedding that cannot work (a size that is zero, odd or larger than a head, or a base that is not a positive number); it cannot be loaded. Choose another GGUF file.",
            base(path)
        ),
    badEpsilon: (t: Translate, path: string) =>
        t(
            "{0} declares a normalisation epsilon that is not a small positive number; it cannot be loaded. Choose another GGUF file.",
            base(path)
        ),
    badContextLength: (t: Translate, path: string) =>
        t("{0} declares an impossible context length; it cannot be loaded. Choose another GGUF file.", base(path)),
    unknownTokenizer: (t: Translate, path: string) =>
        t(
            "{0} uses a tokenizer this model architecture does not support; it cannot be loaded. Choose another GGUF file.",
            base(path)
        ),
    badVocabulary: (t: Translate, path: string) =>
        t(
            "{0} has an incomplete or inconsistent vocabulary (tokens, scores, types); it cannot be loaded. Choose another GGUF file.",
            base(path)
        ),
    duplicateToken: (t: Translate, path: string) =>
        t("{0} has the same token twice in its vocabulary; it cannot be loaded. Choose another GGUF file.", base(path)),
    missingByteTokens: (t: Translate, path: string) =>
        t(
            "{0} lacks the byte tokens its tokenizer needs for characters outside its vocabulary (emoji, rare Hangul); it cannot be used. Choose another GGUF file.",
            base(path)
        ),
    badSpecialToken: (t: Translate, path: string) =>
        t(
            "{0} names a special token (BOS, EOS, padding) outside its vocabulary; it cannot be loaded. Choose another GGUF file.",
            base(path)
        ),
    missingTensor: (t: Translate, path: string) =>
        t("{0} lacks weights the model needs; it cannot be loaded. Choose another GGUF file.", base(path)),
    tensorShape: (t: Translate, path: string) =>
        t(
            "{0} has weights whose shape does not match the model's declared sizes; it cannot be loaded. Choose another GGUF file.",
            base(path)
        ),
    tensorType: (t: Translate, path: string) =>
        t(
            "{0} stores weights in a type llama.cpp cannot use for them (a quantised normalisation, say); it cannot be loaded. Choose another GGUF file.",
            base(path)
        )
} satisfies Record<ModelValidationErrorCode, (t: Translate, path: string) => string>;

/** The model file is internally inconsistent; `detail` says where, for the log. */
export class ModelValidationError<
    Code extends ModelValidationErrorCode = ModelValidationErrorCode
> extends CodedError<Code> {
    constructor(
        readonly code: Code,
        readonly path: string,
        readonly detail: string
    ) {
        super(withDetail(validationSentences[code](english, path), `${path}: ${detail}`));
    }
}
