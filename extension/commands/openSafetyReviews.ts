import * as fs from "node:fs";
import * as os from "node:os";
import * as vscode from "vscode";
import { defineCommand } from "../ctx";

type Action = "open" | "export";

/**
 * `gemmaKo.openSafetyReviews`: the local file of review flags ("잘못 차단됨 / 차단됐어야 함"),
 * opened in an editor or exported (copied) for a team, who replay it with
 * `npm run eval:safety -- --reviews FILE`. Arguments (optional, for scripts and tests):
 * `"open"` or `"export"`, and for export the target file URI. Resolves with the path
 * opened or written, or `undefined`.
 */
export const openSafetyReviews = defineCommand(
    "gemmaKo.openSafetyReviews",
    (ctx) => async (action: unknown, target: unknown) => {
        const file = ctx.results.reviewFile;
        const count = fs.existsSync(file)
            ? fs
                  .readFileSync(file, "utf8")
                  .split("\n")
                  .filter((line) => line.trim().length > 0).length
            : 0;
        if (count === 0) {
            void vscode.window.showInformationMessage(
                vscode.l10n.t(
                    'Gemma-Ko: no results have been flagged for review yet. Use "Wrongly blocked" or "Should have been blocked" on a result in the panel.'
                )
            );
            return undefined;
        }
        let chosen: Action | undefined = action === "open" || action === "export" ? action : undefined;
        if (chosen === undefined) {
            const items: Array<vscode.QuickPickItem & { action: Action }> = [
                {
                    action: "open",
                    label: vscode.l10n.t("Open the review file"),
                    description: vscode.l10n.t("{0} flagged results", count),
                    detail: file
                },
                {
                    action: "export",
                    label: vscode.l10n.t("Export for the team…"),
                    detail: vscode.l10n.t(
                        "A copy to share with your team: texts are kept with personal data removed. Whoever maintains the filter replays it from the extension's source with npm run eval:safety -- --reviews FILE."
                    )
                }
            ];
            const picked = await vscode.window.showQuickPick(items, {
                title: vscode.l10n.t("Gemma-Ko: Safety Review Flags")
            });
            chosen = picked?.action;
        }
        if (chosen === undefined) return undefined;
        if (chosen === "open") {
            const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
            await vscode.window.showTextDocument(document, { preview: false });
            return file;
        }
        const date = new Date().toISOString().slice(0, 10);
        const destination =
            target instanceof vscode.Uri
                ? target
                : await vscode.window.showSaveDialog({
                      title: vscode.l10n.t("Export Safety Review Flags"),
                      defaultUri: vscode.Uri.joinPath(
                          vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir()),
                          `gemma-ko-reviews-${date}.jsonl`
                      ),
                      filters: { "JSON Lines": ["jsonl"] }
                  });
        if (destination === undefined) return undefined;
        await vscode.workspace.fs.copy(vscode.Uri.file(file), destination, { overwrite: true });
        void vscode.window.showInformationMessage(
            vscode.l10n.t("Gemma-Ko: {0} review flags exported to {1}.", count, destination.fsPath)
        );
        return destination.fsPath;
    }
);
