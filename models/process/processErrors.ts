import * as nodePath from "node:path";
import { CodedError, withDetail } from "../errors/codedError";
import { english, type Translate } from "../translate";

/** Why the model process failed a request; the sentence names the model file and what happened. */
export type ModelProcessErrorCode =
    "processCrashed" | "processHung" | "cancelIgnored" | "modelMarkedBad" | "processFailed";

const base = (path: string) => nodePath.basename(path);

export const processSentences = {
    processCrashed: (t: Translate, path: string, how: string) =>
        t(
            "The model process stopped ({1}) while working with {0}. The file may be damaged or not supported by this llama.cpp; the next request starts a fresh process.",
            base(path),
            how
        ),
    processHung: (t: Translate, path: string, how: string) =>
        t(
            "The model process stopped answering ({1}) while working with {0}, and was ended. The next request starts a fresh process.",
            base(path),
            how
        ),
    cancelIgnored: (t: Translate, path: string, how: string) =>
        t(
            "The model process did not stop when asked ({1}) while working with {0}, and was ended. The next request starts a fresh process.",
            base(path),
            how
        ),
    modelMarkedBad: (t: Translate, path: string, how: string) =>
        t(
            "{0} made the model process fail twice ({1}); it is not loaded again in this session. Choose another GGUF file.",
            base(path),
            how
        ),
    processFailed: (t: Translate, path: string, how: string) =>
        t("The model process could not be started for {0} ({1}).", base(path), how)
} satisfies Record<ModelProcessErrorCode, (t: Translate, path: string, how: string) => string>;

/** The model process died, hung or was marked bad; `how` says what happened ("signal SIGABRT", "no heartbeat for 10 s"). */
export class ModelProcessError<Code extends ModelProcessErrorCode = ModelProcessErrorCode> extends CodedError<Code> {
    constructor(
        readonly code: Code,
        readonly path: string,
        readonly how: string
    ) {
        super(withDetail(processSentences[code](english, path, how), path));
    }
}
