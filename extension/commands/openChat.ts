import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { remoteWindowSentences } from "../../models/runtimeErrors";
import { defineCommand, type Ctx } from "../ctx";
import { remoteWindowHint, userDataFolder } from "../remoteWindow";

// Why a command (found from outside, code-server 1.139.1): the chat view's mode dropdown
// offers GitHub Copilot Chat's own "Ask" agent, an agent mode whose model picker keeps only
// tool-calling models — Gemma-Ko is left out, the picker shows "Auto", and every @gemma-ko
// request fails with VS Code's "Language model unavailable". The built-in Ask mode ("ask",
// matched case-sensitively before custom agents) lists it; this command opens chat in that
// mode with Gemma-Ko chosen and "@gemma-ko " typed. Signed out, VS Code also lists BYOK
// models only once a provider group is in the profile's chatLanguageModels.json: offered here.

/** When the chat was asked for just before a reload that added Gemma-Ko: the time it was asked. */
const resumeKey = "gemmaKo.openChatAfterReload";

/** The group that VS Code's Manage Models writes for a provider. */
const group = { name: "Gemma-Ko", vendor: "gemma-ko" };

/** The profile's chatLanguageModels.json, next to globalStorage (undefined when it cannot be placed). */
export function languageModelsFile(globalStorage: vscode.Uri): string | undefined {
    const user = userDataFolder(globalStorage);
    return user === undefined ? undefined : path.join(user, "chatLanguageModels.json");
}

/** The file's provider groups: [] when it is missing or empty, undefined when it is not a JSON array. */
export function providerGroups(text: string | undefined): unknown[] | undefined {
    if (text === undefined || text.trim() === "") return [];
    try {
        const groups: unknown = JSON.parse(text);
        return Array.isArray(groups) ? groups : undefined;
    } catch {
        return undefined;
    }
}

const isGemmaKo = (g: unknown) =>
    typeof g === "object" && g !== null && (g as { vendor?: unknown }).vendor === "gemma-ko";

/** Offers to add Gemma-Ko to VS Code's language models (then reloads), unless the file lists it. */
async function offerGroup(ctx: Ctx, file: string): Promise<void> {
    const text = await fs.promises.readFile(file, "utf8").catch(() => undefined);
    // Read once: undefined when the file is not a list we can add to (then only "open it" is offered).
    const groups = providerGroups(text);
    if (groups?.some(isGemmaKo) === true) return;
    const add = vscode.l10n.t("Add Gemma-Ko");
    const open = vscode.l10n.t("Open Language Models (JSON)");
    const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t(
            "VS Code's chat lists Gemma-Ko in its model picker once it is added to its language models (what Manage Models → Add Models writes). Add it now? The window then reloads."
        ),
        ...(groups !== undefined ? [add] : []),
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
    if (choice !== add || groups === undefined) return;
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(file, JSON.stringify([...groups, group], undefined, 4) + "\n");
    ctx.log.info(`Added the Gemma-Ko provider group to ${file}; reloading the window.`);
    // The user asked for the chat: it opens again once the window is back (resumeChatAfterReload).
    await ctx.extension.globalState.update(resumeKey, Date.now());
    await vscode.commands.executeCommand("workbench.action.reloadWindow");
}

/**
 * At activation: opens the chat that Add Gemma-Ko's reload interrupted (an outside tester landed
 * back in the editor and had to ask again), once VS Code lists the Gemma-Ko chat model.
 */
export async function resumeChatAfterReload(ctx: Ctx): Promise<void> {
    const askedAt = ctx.extension.globalState.get<number>(resumeKey);
    if (askedAt === undefined) return;
    await ctx.extension.globalState.update(resumeKey, undefined);
    if (Date.now() - askedAt > 120_000) return; // a reload long after: not what the user is waiting for
    for (let attempt = 0; attempt < 20; attempt++) {
        if ((await vscode.lm.selectChatModels({ vendor: "gemma-ko" })).length > 0) {
            await vscode.commands.executeCommand("gemmaKo.openChat");
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
    }
    ctx.log.warn("The chat was not opened after the reload: VS Code lists no Gemma-Ko chat model yet.");
}

/** `gemmaKo.openChat`: the chat view in VS Code's own Ask mode, Gemma-Ko chosen, "@gemma-ko " typed. */
export const openChat = defineCommand("gemmaKo.openChat", (ctx) => async () => {
    const models = await vscode.lm.selectChatModels({ vendor: "gemma-ko" });
    if (models.length === 0) {
        const select = vscode.l10n.t("Select Model");
        // In a remote window a model path typed into the User settings is not seen: say why.
        const remote =
            ctx.config.model.path.length === 0 ? await remoteWindowHint(ctx.extension.globalStorageUri) : undefined;
        const choice = await vscode.window.showWarningMessage(
            [
                vscode.l10n.t("Gemma-Ko has no model to chat with yet. Choose a model (or an inference server) first."),
                ...remoteWindowSentences(vscode.l10n.t, remote)
            ].join(" "),
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
