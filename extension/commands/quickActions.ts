import * as vscode from "vscode";
import { defineCommand } from "../ctx";

/** `gemmaKo.quickActions`: the status bar item's menu. */
export const quickActions = defineCommand("gemmaKo.quickActions", (ctx) => async () => {
    const actions: Array<vscode.QuickPickItem & { command: string }> = [
        { label: `$(comment) ${vscode.l10n.t("Draft Korean doc comment")}`, command: "gemmaKo.draftDocComment" },
        { label: `$(book) ${vscode.l10n.t("Draft Korean docs for the file")}`, command: "gemmaKo.draftDocs" },
        {
            label: `$(globe) ${vscode.l10n.t("Translate the comment to Korean")}`,
            command: "gemmaKo.translateComment"
        },
        {
            label: `$(list-flat) ${vscode.l10n.t("Summarise selection or file")}`,
            command: "gemmaKo.summarizeSelection"
        },
        { label: `$(git-compare) ${vscode.l10n.t("Summarise Git changes")}`, command: "gemmaKo.summarizeChanges" },
        { label: `$(comment-discussion) ${vscode.l10n.t("Ask Gemma-Ko in chat")}`, command: "gemmaKo.openChat" },
        { label: `$(preview) ${vscode.l10n.t("Show results")}`, command: "gemmaKo.showResults" },
        // Loading is what ghost text in comments waits for (typing never loads): offered while
        // nothing is loaded, or another file is loaded than the settings name; not before a model
        // is chosen (found from outside: it only opened Select Model, listed just below).
        ...(ctx.models.backend.kind !== "remote" &&
        ctx.config.model.path.length > 0 &&
        (ctx.models.state === "unloaded" || ctx.models.otherModelLoaded)
            ? [{ label: `$(cloud-download) ${vscode.l10n.t("Load model")}`, command: "gemmaKo.loadModel" }]
            : []),
        { label: `$(library) ${vscode.l10n.t("Select model")}`, command: "gemmaKo.selectModel" },
        {
            label: `$(lightbulb) ${vscode.l10n.t("Turn Korean suggestions in comments on or off")}`,
            command: "gemmaKo.toggleInlineSuggestions"
        },
        ...(ctx.models.state !== "unloaded"
            ? [{ label: `$(debug-stop) ${vscode.l10n.t("Unload model")}`, command: "gemmaKo.unloadModel" }]
            : []),
        { label: `$(pulse) ${vscode.l10n.t("Show runtime info")}`, command: "gemmaKo.showRuntimeInfo" }
    ];
    const picked = await vscode.window.showQuickPick(actions, { title: "Gemma-Ko" });
    if (picked !== undefined) await vscode.commands.executeCommand(picked.command);
});
