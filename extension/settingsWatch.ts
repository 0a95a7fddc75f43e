// Says, once per change of settings, which gemmaKo.* settings are not used as given (settingsCheck.ts).
import * as vscode from "vscode";
import { invalidSettings, type SettingSchema } from "./settingsCheck";

/** A value as settings.json spells it (undefined, which JSON has not, as a word). */
const shown = (value: unknown): string => (value === undefined ? "undefined" : JSON.stringify(value));

/**
 * What the user typed, said without repeating what may be a secret or a path (a key pasted into the
 * wrong setting would otherwise stand in a notification and the log): numbers, true/false and short
 * plain words as typed; longer text by its length; a list or an object by its kind.
 */
function typed(value: unknown): string {
    if (typeof value === "string" && !/^[\w .-]{0,16}$/.test(value))
        return vscode.l10n.t("(text of {0} characters)", value.length);
    if (Array.isArray(value)) return "[…]";
    if (value !== null && typeof value === "object") return "{…}";
    return shown(value);
}

/**
 * Checks the gemmaKo.* settings now and after each change; says what is not used as given, once
 * per distinct set of such settings (a change that leaves them as they were says nothing again).
 */
export function watchSettings(extension: vscode.Extension<unknown>, log: vscode.LogOutputChannel): vscode.Disposable {
    const manifest = extension.packageJSON as {
        contributes?: { configuration?: { properties?: Record<string, SettingSchema> } };
    };
    const properties = manifest.contributes?.configuration?.properties ?? {};
    let said = "";
    const check = () => {
        const config = vscode.workspace.getConfiguration();
        const invalid = invalidSettings(properties, (key) => {
            const inspected = config.inspect(key);
            const set =
                inspected !== undefined &&
                [inspected.globalValue, inspected.workspaceValue, inspected.workspaceFolderValue].some(
                    (value) => value !== undefined
                );
            return { set, value: config.get<unknown>(key) };
        });
        const signature = JSON.stringify(invalid);
        if (signature === said) return;
        said = signature;
        if (invalid.length === 0) return;
        const list = invalid.map(({ key, value, used }) => `${key}: ${typed(value)} → ${shown(used)}`).join("; ");
        const message = vscode.l10n.t(
            "Gemma-Ko: these settings are out of range or of the wrong type, so other values are used: {0}",
            list
        );
        log.warn(message);
        const open = vscode.l10n.t("Open settings.json");
        void Promise.resolve(vscode.window.showWarningMessage(message, open)).then((choice) => {
            if (choice === open) void vscode.commands.executeCommand("workbench.action.openSettingsJson");
        });
    };
    check();
    return vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration("gemmaKo")) check();
    });
}
