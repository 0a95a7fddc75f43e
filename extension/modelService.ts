import * as vscode from "vscode";
import { gemmaArchitectures } from "../models/gguf/inspectGguf";
import type { ModelKindSetting } from "../models/modelKind";
import type { SpeechStyle } from "../models/prompts";
import { ModelRuntime, type GenerateRequest, type GenerationResult, type LoadedModelInfo, type LoadProgress, type RuntimeState } from "../models/runtime";
import { ModelNotLoadedError } from "../models/runtimeErrors";
import { backendDisplayName } from "../models/runtimeInfo";
import { readRuntimeConfig } from "./config";
import type { RuntimeService } from "./runtimeService";

export interface ModelSettings {
    path: string;
    kind: ModelKindSetting;
    contextSize: number | "auto";
    gpuLayers: number | "auto";
    idleUnloadMs: number;
    maxTokens: number;
    temperature: number;
    speechStyle: SpeechStyle;
}

/** The model settings, read fresh each time. In an untrusted workspace VS Code ignores the workspace's model path (restrictedConfigurations). */
export function readModelSettings(): ModelSettings {
    const config = vscode.workspace.getConfiguration("gemmaKo");
    const int = (key: string, fallback: number) => {
        const value = config.get<number>(key, fallback);
        return Number.isFinite(value) ? Math.floor(value) : fallback;
    };
    const contextSize = int("model.contextSize", 0);
    const gpuLayers = int("model.gpuLayers", -1);
    const style = config.get<string>("generation.speechStyle", "formal");
    const kind = config.get<string>("model.kind", "auto");
    return {
        path: config.get<string>("model.path", "").trim(),
        kind: kind === "base" || kind === "instruct" ? kind : "auto",
        contextSize: contextSize > 0 ? contextSize : "auto",
        gpuLayers: gpuLayers >= 0 ? gpuLayers : "auto",
        idleUnloadMs: Math.max(0, int("model.idleUnloadMinutes", 15)) * 60_000,
        maxTokens: Math.max(0, int("generation.maxTokens", 0)),
        temperature: Math.min(2, Math.max(0, config.get<number>("generation.temperature", 0) || 0)),
        speechStyle: style === "polite" || style === "plain" ? style : "formal"
    };
}

/**
 * The extension's one model: a ModelRuntime loaded from the settings on first use,
 * kept resident, unloaded on command or when idle; a status bar item shows where it is.
 */
export class ModelService implements vscode.Disposable {
    private readonly runtime: ModelRuntime;
    private readonly statusBar: vscode.StatusBarItem;
    private readonly disposables: vscode.Disposable[] = [];
    private loadPercent = 0;
    private warnedUntrusted = false;

    constructor(runtimeService: RuntimeService, private readonly log: vscode.LogOutputChannel) {
        const testHooks = process.env["GEMMA_KO_TEST_HOOKS"] === "1";
        this.runtime = new ModelRuntime({
            getBackend: () => runtimeService.backend(),
            logger: { info: (m) => log.info(m), warn: (m) => log.warn(m), debug: (m) => log.debug(m) },
            idleUnloadMs: readModelSettings().idleUnloadMs,
            threads: readRuntimeConfig().threads,
            // The end-to-end tests' scripted fixture is a llama-architecture file.
            ...(testHooks ? { architectures: [...gemmaArchitectures, "llama"] } : {})
        });
        this.statusBar = vscode.window.createStatusBarItem("gemmaKo.status", vscode.StatusBarAlignment.Right, 100);
        this.statusBar.name = vscode.l10n.t("Gemma-Ko model");
        this.statusBar.command = "gemmaKo.quickActions";
        this.disposables.push(
            this.statusBar,
            this.runtime.onDidChangeState((state) => this.showState(state)),
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration("gemmaKo.model.idleUnloadMinutes")) this.runtime.idleUnloadMs = readModelSettings().idleUnloadMs;
            })
        );
        this.showState("unloaded");
        this.statusBar.show();
    }

    get state(): RuntimeState {
        return this.runtime.state;
    }

    get model(): LoadedModelInfo | undefined {
        return this.runtime.model;
    }

    private showState(state: RuntimeState): void {
        void vscode.commands.executeCommand("setContext", "gemmaKo.modelLoaded", state !== "unloaded");
        const model = this.runtime.model;
        switch (state) {
            case "unloaded":
                this.statusBar.text = `$(circle-slash) ${vscode.l10n.t("Gemma-Ko: no model loaded")}`;
                this.statusBar.tooltip = vscode.l10n.t("Click for Gemma-Ko actions");
                break;
            case "loading":
                this.statusBar.text = `$(loading~spin) ${vscode.l10n.t("Gemma-Ko: loading {0}%", this.loadPercent)}`;
                break;
            case "ready":
                this.statusBar.text = `$(check) Gemma-Ko · ${model === undefined ? "" : backendDisplayName(model.backend)}`;
                this.statusBar.tooltip = model === undefined ? undefined : vscode.l10n.t("{0} · {1}/{2} layers on the GPU · context {3}", model.name, model.gpuLayers, model.totalLayers, model.contextSize);
                break;
            case "generating":
                this.statusBar.text = `$(sync~spin) ${vscode.l10n.t("Gemma-Ko: generating")}`;
                break;
        }
    }

    /** Loads the model the settings name (if another or none is loaded). */
    async ensureLoaded(onProgress: (progress: LoadProgress) => void, signal: AbortSignal): Promise<LoadedModelInfo> {
        const settings = readModelSettings();
        await this.warnIfUntrustedOverride();
        if (settings.path.length === 0) throw new ModelNotLoadedError();
        const loaded = this.runtime.model;
        if (loaded !== undefined && loaded.path === settings.path) return loaded;
        return this.runtime.load({
            path: settings.path,
            kind: settings.kind,
            contextSize: settings.contextSize,
            gpuLayers: settings.gpuLayers,
            signal,
            onProgress: (progress) => {
                this.loadPercent = Math.round(progress.fraction * 100);
                if (this.runtime.state === "loading") this.showState("loading");
                onProgress(progress);
            }
        });
    }

    /** Tokens `text` takes in the loaded model. */
    countTokens(text: string): number {
        return this.runtime.countTokens(text);
    }

    generate(request: GenerateRequest): Promise<GenerationResult> {
        return this.runtime.generate(request);
    }

    async unload(): Promise<void> {
        await this.runtime.unload();
    }

    /** In an untrusted workspace, say once that the workspace's model / policy settings are ignored. */
    private async warnIfUntrustedOverride(): Promise<void> {
        // Checked once per session: no settings-file reads on every request.
        if (vscode.workspace.isTrusted || this.warnedUntrusted) return;
        this.warnedUntrusted = true;
        const keys = ["model.path", "safety.policy"];
        const config = vscode.workspace.getConfiguration("gemmaKo");
        const overridden = new Set(keys.filter((key) => {
            const inspected = config.inspect(key);
            return inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined;
        }));
        // In Restricted Mode VS Code may hide restricted values from inspect(): read the workspace's own settings files too.
        const files = [...(vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, ".vscode", "settings.json")), ...(vscode.workspace.workspaceFile !== undefined ? [vscode.workspace.workspaceFile] : [])];
        for (const file of files) {
            try {
                const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
                for (const key of keys) if (text.includes(`"gemmaKo.${key}"`)) overridden.add(key);
            } catch {
                // no such file
            }
        }
        if (overridden.size === 0) return;
        this.log.warn(`Untrusted workspace: its ${[...overridden].join(", ")} setting(s) are ignored.`);
        void vscode.window.showWarningMessage(vscode.l10n.t("This workspace is not trusted, so its Gemma-Ko settings for the model file and the safety policy are ignored."));
    }

    dispose(): void {
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
        void this.runtime.dispose();
    }
}
