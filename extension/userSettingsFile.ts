// The profile's User settings file on this machine, read without VS Code's configuration API
// (which, in a remote window, hides the machine-scoped values it holds: remoteWindow.ts).
import * as path from "node:path";
import { parse, type ParseError } from "jsonc-parser";

/** The profile's `User` folder, from the extension's global storage folder (`User/globalStorage/<id>`). */
export function userFolderOf(globalStoragePath: string): string | undefined {
    const user = path.dirname(path.dirname(globalStoragePath));
    return path.basename(user) === "User" ? user : undefined;
}

/** `gemmaKo.model.path` as a settings.json text (comments and trailing commas allowed) names it; else undefined. */
export function modelPathInSettings(text: string): string | undefined {
    const errors: ParseError[] = [];
    const settings: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (settings === null || typeof settings !== "object" || Array.isArray(settings)) return undefined;
    const value = (settings as Record<string, unknown>)["gemmaKo.model.path"];
    return typeof value === "string" && value.trim().length > 0 ? value.trim() : undefined;
}

/**
 * The Settings editor's command that shows one setting. In a remote window (code-server,
 * Remote-SSH) a machine-scoped setting is on the Remote tab only: opened on the User tab the
 * search finds nothing ("No Settings Found", seen by an outside tester for the mirror setting).
 */
export function settingsEditorCommand(
    id: string,
    machineScoped: boolean,
    remoteName: string | undefined
): { command: string; argument: unknown } {
    return remoteName !== undefined && machineScoped
        ? { command: "workbench.action.openRemoteSettings", argument: { query: id } }
        : { command: "workbench.action.openSettings", argument: id };
}
