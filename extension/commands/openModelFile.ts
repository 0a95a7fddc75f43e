import { errorMessage } from "../../models/errors/codedError";
import { defineCommand } from "../ctx";
import { pickModelFile } from "../requests/modelFile";
import { showModelError } from "../requests/showModelError";

/** `gemmaKo.openModelFile`: use a GGUF file from disk (no download, the path for air-gapped machines). */
export const openModelFile = defineCommand("gemmaKo.openModelFile", (ctx) => async () => {
    try {
        return await pickModelFile(ctx);
    } catch (error) {
        ctx.log.error(`Open model file: ${errorMessage(error)}`);
        showModelError(error);
        return undefined;
    }
});
