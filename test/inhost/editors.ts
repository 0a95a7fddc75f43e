import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";

/**
 * Closes a test's document without saving and waits until the extension host has seen it
 * close. Without the wait, the next test's `openTextDocument({ content })` can be handed the
 * same untitled name while the host still holds the old document under it, and that test
 * then works on the previous test's text.
 */
export async function closeDocument(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    const deadline = Date.now() + 10_000;
    while (!document.isClosed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * A scripted model (its greedy output is `pieces`, see test/fixtures/scriptedModel.ts) as
 * `gemmaKo.model.path` for a suite, in a scratch folder: `before` writes and selects it, `after`
 * unloads it, clears the setting and removes the folder. Returns the folder's path, once set.
 */
export function useScriptedModel(prefix: string, pieces: readonly string[], file = "scripted.gguf"): () => string {
    let dir = "";
    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
        const model = path.join(dir, file);
        await writeScriptedModel(model, scriptSteps(pieces));
        await vscode.workspace
            .getConfiguration("gemmaKo")
            .update("model.path", model, vscode.ConfigurationTarget.Global);
    });
    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await vscode.workspace
            .getConfiguration("gemmaKo")
            .update("model.path", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });
    return () => dir;
}
