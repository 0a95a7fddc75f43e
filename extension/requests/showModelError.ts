// A model that could not be used, said in a notification with the way forward on it: a file
// that is no Gemma-Ko model (or none chosen yet) offers Select Model and Open a Local GGUF File,
// as the panel's error card does (found from outside: the toast alone left the user stuck).
import * as vscode from "vscode";
import { describeModelError } from "../../models/describeError";
import { fixesFor, settingFixes, type ErrorFixName } from "../panel/errorFixes";

/**
 * Opens a fix's setting on the Settings editor's tab where this window shows it (a machine
 * setting is on the Remote tab of a remote window): a command, so that a chat button can run it.
 */
export const openFixSettingCommand = "gemmaKo.openFixSetting";

/** Each fix that opens a setting: openFixSetting with the setting's key. */
function settingFixCommands() {
    const commands = {} as Record<keyof typeof settingFixes, { command: string; arguments: unknown[] }>;
    for (const [fix, key] of Object.entries(settingFixes) as [keyof typeof settingFixes, string][])
        commands[fix] = { command: openFixSettingCommand, arguments: [key] };
    return commands;
}

/** The command behind each fix, with its arguments (the chat's buttons use them too). */
export const fixCommands = {
    selectModel: { command: "gemmaKo.selectModel" },
    openModelFile: { command: "gemmaKo.openModelFile" },
    setRemoteApiKey: { command: "gemmaKo.setRemoteApiKey" },
    // The Settings editor at the one setting: the context size, the server's address, wait or certificate.
    ...settingFixCommands()
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
    if (fix === "setRemoteApiKey") return vscode.l10n.t("Set Server API Key");
    return settingFixTitle(fix);
}

/** The title of a fix that opens a setting. */
export function settingFixTitle(fix: keyof typeof settingFixes): string {
    if (fix === "openRemoteEndpoint") return vscode.l10n.t("Open Server Address Setting");
    if (fix === "openRemoteTimeout") return vscode.l10n.t("Open Server Wait Setting");
    if (fix === "openRemoteCertificate") return vscode.l10n.t("Open Server Certificate Setting");
    return vscode.l10n.t("Open Context Size Setting");
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
