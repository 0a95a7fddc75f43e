import * as vscode from "vscode";
import { defineCommand } from "../ctx";

/** The guides the VSIX carries (scripts/packTarget.mjs ships them), under `docs/`. */
export const bundledDocs = ["team", "safety", "performance"] as const;
export type BundledDoc = (typeof bundledDocs)[number];

/** A guide's name and what it answers, in the user's language. */
function docItem(doc: BundledDoc): vscode.QuickPickItem & { doc: BundledDoc } {
    if (doc === "team")
        return {
            doc,
            label: vscode.l10n.t("Team server"),
            detail: vscode.l10n.t("Serving Gemma-Ko to a team: server setup, the gemmaKo.remote.* settings, errors")
        };
    if (doc === "safety")
        return {
            doc,
            label: vscode.l10n.t("Safety filter"),
            detail: vscode.l10n.t("What the filter finds and hides, its policy file, its known misses")
        };
    return {
        doc,
        label: vscode.l10n.t("Performance"),
        detail: vscode.l10n.t("Measured speeds and sizes: GPU, CPU threads, context, inline suggestions")
    };
}

/**
 * `gemmaKo.openDocs`: one of the guides the VSIX carries, in VS Code's Markdown preview — no
 * network (the README's links lead to GitHub, which an offline machine cannot open: found from
 * outside). Argument (optional; the walkthrough's links pass it): "team", "safety" or
 * "performance"; without one, a quick pick (another name opens nothing). Resolves with the guide opened, or undefined.
 */
export const openDocs = defineCommand("gemmaKo.openDocs", (ctx) => async (which: unknown) => {
    let doc = bundledDocs.find((name) => name === which);
    if (which !== undefined && doc === undefined) return undefined;
    if (doc === undefined) {
        const picked = await vscode.window.showQuickPick(bundledDocs.map(docItem), {
            title: vscode.l10n.t("Gemma-Ko: Open Documentation"),
            placeHolder: vscode.l10n.t("Which guide? It opens from this computer, without the network.")
        });
        doc = picked?.doc;
    }
    if (doc === undefined) return undefined;
    const file = vscode.Uri.joinPath(ctx.extension.extensionUri, "docs", `${doc}.md`);
    try {
        await vscode.workspace.fs.stat(file);
    } catch {
        void vscode.window.showErrorMessage(
            vscode.l10n.t("Gemma-Ko: the guide {0} is missing from the extension.", file.path)
        );
        return undefined;
    }
    await vscode.commands.executeCommand("markdown.showPreview", file);
    return doc;
});
