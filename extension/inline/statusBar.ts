import * as vscode from "vscode";
import type { Config } from "../config";
import type { ModelService } from "../modelService";

/**
 * The status bar toggle for Korean suggestions in comments: on or off, and whether
 * they wait for the model to be loaded. A click runs gemmaKo.toggleInlineSuggestions.
 */
export class InlineStatusBar implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private readonly disposables: Array<{ dispose(): void }> = [];

    constructor(
        private readonly config: Config,
        private readonly models: ModelService
    ) {
        this.item = vscode.window.createStatusBarItem("gemmaKo.inline", vscode.StatusBarAlignment.Right, 99);
        this.item.name = vscode.l10n.t("Gemma-Ko suggestions in comments");
        this.item.command = "gemmaKo.toggleInlineSuggestions";
        this.disposables.push(
            this.item,
            config.onDidChange((event) => {
                if (event.affectsConfiguration("gemmaKo.inline.enabled")) this.show();
            }),
            models.backend.onDidChangeState(() => this.show())
        );
        this.show();
        this.item.show();
    }

    private show(): void {
        const enabled = this.config.inline.enabled;
        const loaded = this.models.state === "ready" || this.models.state === "generating";
        this.item.text = `${enabled ? "$(comment-discussion)" : "$(circle-slash)"} ${vscode.l10n.t("Comments")}`;
        this.item.tooltip = !enabled
            ? vscode.l10n.t("Korean suggestions in comments are off. Click to turn them on.")
            : loaded
              ? vscode.l10n.t("Korean suggestions in comments are on. Click to turn them off.")
              : vscode.l10n.t(
                    "Korean suggestions in comments are on and appear once the model is loaded. Click to turn them off."
                );
        // A screen reader reads the state and what a click does, not the icon's name.
        this.item.accessibilityInformation = { label: this.item.tooltip, role: "button" };
    }

    dispose(): void {
        for (const disposable of this.disposables) disposable.dispose();
    }
}
