// A model that could not be used, said in a notification with the way forward on it: a file
// that is no Gemma-Ko model (or none chosen yet) offers Select Model and Open a Local GGUF File,
// as the panel's error card does (found from outside: the toast alone left the user stuck).
import * as vscode from "vscode";
import { describeModelError } from "../../models/describeError";
import { errorCode, fixesFor } from "../panel/resultTypes";

/** The command behind each fix (the chat's buttons use them too). */
export const fixCommands = {
    selectModel: "gemmaKo.selectModel",
    openModelFile: "gemmaKo.openModelFile",
    setRemoteApiKey: "gemmaKo.setRemoteApiKey"
} as const;

/** A fix's button title, in the user's language. */
export function fixTitle(fix: keyof typeof fixCommands): string {
    if (fix === "selectModel") return vscode.l10n.t("Select Model");
    if (fix === "openModelFile") return vscode.l10n.t("Open a Local GGUF File");
    return vscode.l10n.t("Set Server API Key");
}

/** Shows `error` (in the user's language) with its fixes as buttons; runs the one chosen. */
export function showModelError(error: unknown): void {
    const fixes = fixesFor(errorCode(error)) ?? [];
    const titles = fixes.map(fixTitle);
    void Promise.resolve(vscode.window.showErrorMessage(describeModelError(error, vscode.l10n.t), ...titles)).then(
        (choice) => {
            const index = titles.indexOf(choice ?? "");
            if (index >= 0) void vscode.commands.executeCommand(fixCommands[fixes[index]]);
        },
        () => undefined
    );
}
