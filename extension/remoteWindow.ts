// A remote window (code-server, Remote-SSH, WSL, a dev container) applies machine-scoped
// settings only from the machine's own settings (the Settings editor's Remote tab): VS Code
// drops `gemmaKo.model.path` from the User settings once the extension's settings are
// registered, and does not report that as a change (tried in code-server 4.139.1 with a probe
// extension: the value is there at activation in some starts and gone a few seconds later).
// This is how a user who typed the path into the User settings is told why "No model is
// loaded", and offered the file they named.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { RemoteWindowHint } from "../models/runtimeErrors";
import { machineScopedKeys } from "./config";
import { modelPathInSettings, settingsEditorCommand, userFolderOf } from "./userSettingsFile";

/** The profile's `User` folder on this machine (undefined when the storage is not a local folder). */
export function userDataFolder(globalStorage: vscode.Uri): string | undefined {
    return globalStorage.scheme === "file" ? userFolderOf(globalStorage.fsPath) : undefined;
}

/**
 * In a remote window whose User settings name a model file on this machine (code-server keeps
 * them beside the extension's storage): the window's name and that file, which the window
 * ignores. Undefined otherwise — in a local window, and when nothing was typed there (a new
 * user is not told about settings they never touched; for Remote-SSH the User settings are on
 * the other machine).
 */
export async function remoteWindowHint(globalStorage: vscode.Uri): Promise<RemoteWindowHint | undefined> {
    const window = vscode.env.remoteName;
    const user = userDataFolder(globalStorage);
    if (window === undefined || user === undefined) return undefined;
    const text = await fs.readFile(path.join(user, "settings.json"), "utf8").catch(() => undefined);
    const ignoredPath = text === undefined ? undefined : modelPathInSettings(text);
    return ignoredPath === undefined ? undefined : { window, ignoredPath };
}

/** Opens the Settings editor at `gemmaKo.<key>`, on the tab where this window shows it. */
export async function openSetting(key: string): Promise<void> {
    const machineScoped = (machineScopedKeys as readonly string[]).includes(key);
    const { command, argument } = settingsEditorCommand(`gemmaKo.${key}`, machineScoped, vscode.env.remoteName);
    await vscode.commands.executeCommand(command, argument);
}
