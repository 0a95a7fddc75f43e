import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { defineCommand, type Ctx } from "../ctx";

// Why a command (found from outside, code-server 1.139.1): the chat view's mode dropdown
// offers GitHub Copilot Chat's own "Ask" agent, an agent mode whose model picker keeps only
// tool-calling models — Gemma-Ko is left out, the picker shows "Auto", and every @gemma-ko
// request fails with VS Code's "Language model unavailable". The built-in Ask mode ("ask",
// matched case-sensitively before custom agents) lists it; this command opens chat in that
// mode with Gemma-Ko chosen and "@gemma-ko " typed. Signed out, VS Code also lists BYOK
// models only once a provider group is in the profile's chatLanguageModels.json: offered here.

/** The group that VS Code's Manage Models writes for a provider. */
const group = { name: "Gemma-Ko", vendor: "gemma-ko" };

/** The profile's chatLanguageModels.json, next to globalStorage (undefined when it cannot be placed). */
export function languageModelsFile(globalStorage: vscode.Uri): string | undefined {
    if (globalStorage.scheme !== "file") return undefined;
    const user = path.dirname(path.dirname(globalStorage.fsPath));
    return path.basename(user) === "User" ? path.join(user, "chatLanguageModels.json") : undefined;
}

/** Whether the file lists a gemma-ko group: true, false, or undefined when it cannot be read as JSON. */
export function hasGemmaKoGroup(text: string | undefined): boolean | undefined {
    if (text === undefined || text.trim() === "") return false;
    try {
        const groups: unknown = JSON.parse(text);
        if (!Array.isArray(groups)) return undefined;
        return groups.some(
            (g) => typeof g === "object" && g !== null && (g as { vendor?: unknown }).vendor === "gemma-ko"
        );
    } catch {
        return undefined;
    }
}

/** Adds Gemma-Ko to VS Code's language models, with the user's consent; true when a reload will show it. */
async function offerGroup(ctx: Ctx, file: string): Promise<void> {
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    const has = hasGemmaKoGroup(text);
    if (has === true) return;
    const add = vscode.l10n.t("Add Gemma-Ko");
    const open = vscode.l10n.t("Open Language Models (JSON)");
    const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t(
            "VS Code's chat lists Gemma-Ko in its model picker once it is added to its language models (what Manage Models → Add Models writes). Add it now? The window then reloads."
        ),
        ...(has === false ? [add] : []),
        open
    );
    if (choice === open) {
        await vscode.env.clipboard.writeText(JSON.stringify(group));
        void vscode.window.showInformationMessage(
            vscode.l10n.t(
                "Copied {0}: add it to the list in the file, save, and reload the window.",
                JSON.stringify(group)
            )
        );
        await vscode.commands.executeCommand("workbench.action.openLanguageModelsJson");
        return;
    }
    if (choice !== add) return;
    const groups = text === undefined || text.trim() === "" ? [] : (JSON.parse(text) as unknown[]);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(file, JSON.stringify([...groups, group], undefined, 4) + "\n");
    ctx.log.info(`Added the Gemma-Ko provider group to ${file}; reloading the window.`);
    await vscode.commands.executeCommand("workbench.action.reloadWindow");
}

/** `gemmaKo.openChat`: the chat view in VS Code's own Ask mode, Gemma-Ko chosen, "@gemma-ko " typed. */
export const openChat = defineCommand("gemmaKo.openChat", (ctx) => async () => {
    const models = await vscode.lm.selectChatModels({ vendor: "gemma-ko" });
    if (models.length === 0) {
        const select = vscode.l10n.t("Select Model");
        const choice = await vscode.window.showWarningMessage(
            vscode.l10n.t("Gemma-Ko has no model to chat with yet. Choose a model (or an inference server) first."),
            select
        );
        if (choice === select) await vscode.commands.executeCommand("gemmaKo.selectModel");
        return false;
    }
    const file = languageModelsFile(ctx.extension.globalStorageUri);
    if (file !== undefined) await offerGroup(ctx, file);
    await vscode.commands.executeCommand("workbench.action.chat.open", {
        mode: "ask",
        query: "@gemma-ko ",
        isPartialQuery: true,
        modelSelector: { vendor: "gemma-ko", id: models[0].id }
    });
    return true;
});
