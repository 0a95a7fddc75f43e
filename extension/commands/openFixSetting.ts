import { defineCommand } from "../ctx";
import { settingFixes } from "../panel/errorFixes";
import { openSetting } from "../remoteWindow";

const keys: readonly string[] = Object.values(settingFixes);

/**
 * `gemmaKo.openFixSetting` (not in the Command Palette): the setting an error's fix names, in
 * the Settings editor, on the tab where this window shows it (a chat button runs it with its
 * key: showModelError.ts names it as openFixSettingCommand). Only the settings a fix opens.
 */
export const openFixSetting = defineCommand("gemmaKo.openFixSetting", () => async (key: unknown) => {
    if (typeof key !== "string" || !keys.includes(key)) return false;
    await openSetting(key);
    return true;
});
