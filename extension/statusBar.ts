import * as path from "node:path";
import * as vscode from "vscode";
import { describeModelError } from "../models/describeError";
import type { RuntimeState } from "../models/runtime";
import { remoteWindowSentences } from "../models/runtimeErrors";
import type { Config } from "./config";
import type { ModelService } from "./modelService";

/** The model's status bar item: where the model is, and a menu of actions on click. */
export class ModelStatusBar implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private readonly disposables: Array<{ dispose(): void }> = [];
    private loadPercent = 0;

    constructor(
        private readonly models: ModelService,
        private readonly config: Config
    ) {
        this.item = vscode.window.createStatusBarItem("gemmaKo.status", vscode.StatusBarAlignment.Right, 100);
        this.item.name = vscode.l10n.t("Gemma-Ko model");
        this.item.command = "gemmaKo.quickActions";
        this.disposables.push(
            this.item,
            models.backend.onDidChangeState((state) => this.show(state)),
            config.onDidChange((event) => {
                const where =
                    event.affectsConfiguration("gemmaKo.model.path") ||
                    event.affectsConfiguration("gemmaKo.backend") ||
                    event.affectsConfiguration("gemmaKo.remote");
                if (where) this.show(models.state);
            }),
            models.onDidFailToLoad(() => this.show(models.state)),
            models.onDidLoadProgress((progress) => {
                this.loadPercent = Math.round(progress.fraction * 100);
                if (models.state === "loading") this.show("loading");
            })
        );
        this.show("unloaded");
        this.item.show();
    }

    /** What the item says, icons as `$(name)` (for the in-host tests). */
    get text(): string {
        return this.item.text;
    }

    private show(state: RuntimeState): void {
        this.render(state);
        // A screen reader reads the words, not the icon's name ("check Gemma-Ko · CPU").
        this.item.accessibilityInformation = {
            label: this.item.text.replace(/\$\([^)]*\)\s*/g, "").trim(),
            role: "button"
        };
    }

    private render(state: RuntimeState): void {
        void vscode.commands.executeCommand("setContext", "gemmaKo.modelLoaded", state !== "unloaded");
        const problem = this.models.remoteProblem;
        if (problem !== undefined) {
            // The server is chosen but cannot be used: requests fail until the settings change.
            this.item.text = `$(warning) ${vscode.l10n.t("Gemma-Ko: server cannot be used")}`;
            this.item.tooltip = describeModelError(problem, vscode.l10n.t);
            return;
        }
        switch (state) {
            case "unloaded": {
                if (this.models.usesRemote) {
                    // The server answers: say which one (host and model, never a key).
                    const model = this.config.remote.model;
                    const host = this.models.remoteHost;
                    const label = model.length > 0 ? `${host} · ${model}` : host;
                    const failure = this.models.remoteBackend?.lastFailure;
                    if (failure !== undefined) {
                        // It went away: say so until it answers again (not "connects on first use").
                        this.item.text = `$(warning) ${vscode.l10n.t("Gemma-Ko: {0} is not answering", host)}`;
                        this.item.tooltip = `${describeModelError(failure, vscode.l10n.t)}\n\n${vscode.l10n.t("The next request tries again.")}`;
                        break;
                    }
                    this.item.text = `$(cloud) ${vscode.l10n.t("Gemma-Ko: {0} (connects on first use)", label)}`;
                    this.item.tooltip = vscode.l10n.t(
                        "Answers come from the inference server {0}",
                        this.models.remoteOrigin
                    );
                    break;
                }
                // A chosen model waits to be loaded on first use; say which.
                const file = path.basename(this.config.model.path);
                const failed = this.models.lastLoadFailure;
                if (failed !== undefined && failed.path === this.config.model.path) {
                    // It failed: say so until it loads or another file is chosen (not "loads on first use").
                    this.item.text = `$(warning) ${vscode.l10n.t("Gemma-Ko: {0} could not be loaded", file)}`;
                    this.item.tooltip = `${describeModelError(failed.error, vscode.l10n.t)}\n\n${vscode.l10n.t("Click for Gemma-Ko actions")}`;
                    break;
                }
                this.item.text =
                    file.length > 0
                        ? `$(circle-large-outline) ${vscode.l10n.t("Gemma-Ko: {0} (loads on first use)", file)}`
                        : `$(circle-slash) ${vscode.l10n.t("Gemma-Ko: no model loaded")}`;
                this.item.tooltip =
                    file.length > 0
                        ? vscode.l10n.t("The model loads when you first use it: {0}", this.config.model.path)
                        : [
                              vscode.l10n.t("Click for Gemma-Ko actions"),
                              ...remoteWindowSentences(
                                  vscode.l10n.t,
                                  vscode.env.remoteName === undefined ? undefined : { window: vscode.env.remoteName }
                              )
                          ].join("\n\n");
                break;
            }
            case "loading":
                // A server is reached, not loaded here: no percentage that only means "waiting".
                this.item.text = this.models.usesRemote
                    ? `$(loading~spin) ${vscode.l10n.t("Gemma-Ko: connecting to {0}…", this.models.remoteHost)}`
                    : `$(loading~spin) ${vscode.l10n.t("Gemma-Ko: loading {0}%", this.loadPercent)}`;
                break;
            case "ready": {
                const description = this.models.backend.describe();
                const model = this.models.model;
                // The settings name another file since this one was loaded: say which is loaded.
                const stale = model !== undefined && this.models.otherModelLoaded;
                this.item.text = `${description.kind === "remote" ? "$(cloud)" : "$(check)"} Gemma-Ko · ${description.label}${
                    stale ? ` · ${path.basename(model.path)}` : ""
                }`;
                this.item.tooltip = stale
                    ? vscode.l10n.t(
                          "Loaded: {0}. The settings now name {1}: it replaces this model on the next request, or with Load Model.",
                          path.basename(model.path),
                          path.basename(this.config.model.path) || "—"
                      )
                    : model !== undefined && description.kind !== "remote"
                      ? vscode.l10n.t(
                            "{0} · {1}/{2} layers on the GPU · context {3}",
                            model.name,
                            model.gpuLayers,
                            model.totalLayers,
                            model.contextSize
                        )
                      : description.detail;
                break;
            }
            case "generating":
                this.item.text = `$(sync~spin) ${vscode.l10n.t("Gemma-Ko: generating")}`;
                break;
        }
    }

    dispose(): void {
        for (const disposable of this.disposables) disposable.dispose();
    }
}
