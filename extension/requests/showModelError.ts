// A model that could not be used, said in a notification with the way forward on it: a file
// that is no Gemma-Ko model (or none chosen yet) offers Select Model and Open a Local GGUF File,
// as the panel's error card does (found from outside: the toast alone left the user stuck).
import * as vscode from "vscode";
import { describeModelError } from "../../models/describeError";
import { contextSizeSetting, fixesFor, type ErrorFixName } from "../panel/errorFixes";

/** The command behind each fix, with its arguments (the chat's buttons use them too). */
export const fixCommands = {
    selectModel: { command: "gemmaKo.selectModel" },
    openModelFile: { command: "gemmaKo.openModelFile" },
    setRemoteApiKey: { command: "gemmaKo.setRemoteApiKey" },
    // The Settings editor, filtered to the one setting (an input larger than the model's context).
    openContextSize: { command: "workbench.action.openSettings", arguments: [contextSizeSetting] }
} satisfies Record<ErrorFixName, { command: string; arguments?: unknown[] }>;

/** Runs a fix's command; resolves with what the command returns. */
export function runFix<T = unknown>(fix: ErrorFixName): Thenable<T | undefined> {
    const { command, ...rest } = fixCommands[fix];
    const args = "arguments" in rest ? rest.arguments : [];
    return vscode.commands.executeCommand<T>(command, ...args);
}

/** A fix's button title, in the user's language. */
export function fixTitle(fix: ErrorFixName): string {
    if (fix === "selectModel") return vscode.l10n.t("Select Model");
    if (fix === "openModelFile") return vscode.l10n.t("Open a Local GGUF File");
    if (fix === "openContextSize") return vscode.l10n.t("Open Context Size Setting");
    return vscode.l10n.t("Set Server API Key");
}

/** Shows `error` (in the user's language) with its fixes as buttons; runs the one chosen. */
export function showModelError(error: unknown): void {
    const fixes = fixesFor(error) ?? [];
    const titles = fixes.map(fixTitle);
    void Promise.resolve(vscode.window.showErrorMessage(describeModelError(error, vscode.l10n.t), ...titles)).then(
        (choice) => {
            const index = titles.indexOf(choice ?? "");
            if (index >= 0) void runFix(fixes[index]);
        },
        () => undefined
    );
}
