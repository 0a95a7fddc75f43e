import * as path from "node:path";
import * as vscode from "vscode";
import { inspectGguf } from "../../models/gguf/inspectGguf";
import type { Ctx } from "../ctx";

/** Checks a GGUF file's header and makes it the model (a user setting, never the workspace's). */
export async function useModelFile(ctx: Ctx, file: string): Promise<void> {
    await inspectGguf(file, { architectures: ctx.config.architectures });
    await ctx.config.setModelPath(file);
    // A model already loaded, or one loading for a request now, stays until the next request (the status
    // bar says which is loaded); found from outside: during a load this said the new file was in use.
    const next = (ctx.models.model !== undefined && ctx.models.model.path !== file) || ctx.models.state === "loading";
    void vscode.window.showInformationMessage(
        next
            ? vscode.l10n.t(
                  "Gemma-Ko will use {0} from the next request (Load Model loads it now).",
                  path.basename(file)
              )
            : vscode.l10n.t("Gemma-Ko will use {0}.", path.basename(file))
    );
}

/** Asks for a local GGUF file and uses it; resolves with the file, or `undefined` when the user cancels. */
export async function pickModelFile(ctx: Ctx): Promise<string | undefined> {
    // Starts in the folder of the model in use, where the other GGUF files usually are.
    const current = ctx.config.model.path;
    const files = await vscode.window.showOpenDialog({
        canSelectMany: false,
        ...(current.length > 0 && path.isAbsolute(current)
            ? { defaultUri: vscode.Uri.file(path.dirname(current)) }
            : {}),
        filters: { GGUF: ["gguf"] },
        title: vscode.l10n.t("Choose a Gemma-Ko GGUF file")
    });
    const file = files?.[0]?.fsPath;
    if (file !== undefined) await useModelFile(ctx, file);
    return file;
}
