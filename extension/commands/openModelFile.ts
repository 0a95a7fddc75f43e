import * as vscode from "vscode";
import { describeModelError } from "../../models/describeError";
import { errorMessage } from "../../models/errors/codedError";
import { defineCommand } from "../ctx";
import { pickModelFile } from "../requests/modelFile";

/** `gemmaKo.openModelFile`: use a GGUF file from disk (no download, the path for air-gapped machines). */
export const openModelFile = defineCommand("gemmaKo.openModelFile", (ctx) => async () => {
    try {
        return await pickModelFile(ctx);
    } catch (error) {
        ctx.log.error(`Open model file: ${errorMessage(error)}`);
        void vscode.window.showErrorMessage(describeModelError(error, vscode.l10n.t));
        return undefined;
    }
});
