// Every `gemmaKo.*` setting, read in this one place and typed. Values are read
// fresh on each access (so changes apply without a reload) and clamped to what
// package.json allows: a hand-edited settings.json cannot smuggle in a negative
// thread count or an unknown backend. In an untrusted workspace VS Code itself
// ignores the workspace's values of the restricted settings (model path, policy).
import * as vscode from "vscode";
import { gemmaArchitectures } from "../models/gguf/inspectGguf";
import type { ModelKindSetting } from "../models/modelKind";
import type { SpeechStyle } from "../models/prompts";
import { gpuBackendSettings, type GpuBackendSetting } from "../models/runtimeInfo";

const section = "gemmaKo";

/** The settings whose workspace values an untrusted workspace cannot use. */
export const restrictedSettings = [
    "model.path",
    "model.draftPath",
    "model.downloadBaseUrl",
    "safety.policy",
    "backend",
    "remote.endpoint",
    "remote.model",
    "remote.headers",
    "remote.caCertificate",
    "remote.allowSelfSigned"
] as const;

/** The `machine` and `machine-overridable` settings (package.json). */
export const machineScopedKeys = [
    "runtime.isolation",
    "runtime.gpu",
    "runtime.threads",
    "runtime.promptLookup",
    "model.path",
    "model.draftPath",
    "model.downloadBaseUrl",
    "model.gpuLayers"
] as const;

/** Which backend answers: the local model (`gemmaKo.model.path`) or an OpenAI-compatible server. */
export type BackendSetting = "local" | "remote";

export interface RemoteSettings {
    /** Base URL (`http://host:8080` or `…/v1`); empty: not configured. */
    endpoint: string;
    /** Model id as the server lists it; empty: the server's first model. */
    model: string;
    kind: ModelKindSetting;
    /** Extra headers; string values only (anything else is dropped). */
    headers: Record<string, string>;
    /** Path of a PEM file with extra trusted CA certificate(s); empty: none. */
    caCertificate: string;
    allowSelfSigned: boolean;
    /** `gemmaKo.remote.timeoutSeconds`: the wait for the answer to begin (5-600 s). */
    timeoutSeconds: number;
}

export interface ModelSettings {
    path: string;
    /** `gemmaKo.model.draftPath`: a draft model for speculative decoding; empty: none. */
    draftPath: string;
    kind: ModelKindSetting;
    contextSize: number | "auto";
    /**
     * `gemmaKo.model.contextSize` as the user set it (a value typed into settings.json past the
     * schema's maximum is loaded as {@link contextSizeMax}, but the user is told their own number).
     */
    contextSizeSet: number | "auto";
    gpuLayers: number | "auto";
    idleUnloadMs: number;
}

/** The largest context size loaded (the setting's schema maximum). */
export const contextSizeMax = 131072;

export interface GenerationSettings {
    /** 0: each task's own default. */
    maxTokens: number;
    temperature: number;
    speechStyle: SpeechStyle;
}

export interface InlineSettings {
    /** `gemmaKo.inline.enabled`: Korean suggestions inside comments as you type. Default true. */
    enabled: boolean;
    /** `gemmaKo.inline.debounceMs`: the least wait after a keystroke (it adapts upwards). Default 150. */
    debounceMs: number;
    /** `gemmaKo.inline.showFirstWords`: a slow suggestion's first words shown when due, the rest after them. Default false. */
    showFirstWords: boolean;
}

export interface RuntimeSettings {
    /** "process" (default): the model runs in a supervised child process; "inProcess": in the extension host. */
    isolation: "process" | "inProcess";
    gpu: GpuBackendSetting;
    /** 0: chosen from the cores and the model size. */
    threads: number;
    /** Prompt-lookup speculative decoding (greedy requests); default on. */
    promptLookup: boolean;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
    return (allowed as readonly string[]).includes(value ?? "") ? (value as T) : fallback;
}

/** The extension's settings; `onDidChange` fires with the changed area. */
export class Config implements vscode.Disposable {
    private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
    readonly onDidChange = this.emitter.event;
    private readonly subscription: vscode.Disposable;
    /**
     * The end-to-end tests' hooks (GEMMA_KO_TEST_HOOKS=1 in the extension host's
     * environment): a sample-rendering command. Read once.
     */
    readonly testHooks = process.env["GEMMA_KO_TEST_HOOKS"] === "1";
    /**
     * Architectures a model file may declare. Under the test hooks also `llama`: the
     * end-to-end tests' scripted fixture is a llama-architecture file.
     */
    readonly architectures: readonly string[] = this.testHooks ? [...gemmaArchitectures, "llama"] : gemmaArchitectures;
    /**
     * Under the test hooks, GEMMA_KO_TEST_LOAD_DELAY_MS stretches each model load by that
     * long (a slow disk, with progress), so the end-to-end tests can watch a load. Else 0.
     */
    readonly testLoadDelayMs = this.testHooks
        ? Math.max(0, Number(process.env["GEMMA_KO_TEST_LOAD_DELAY_MS"]) || 0)
        : 0;

    /** The machine-scoped values as last seen (see the constructor). */
    private machineValues = this.machineScoped();

    constructor() {
        this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
            const before = this.machineValues;
            this.machineValues = this.machineScoped();
            if (event.affectsConfiguration(section)) {
                this.emitter.fire(event);
                return;
            }
            // In a remote window VS Code drops machine-scoped values from the User settings
            // once this extension's settings are registered, and the event it fires does not
            // say so (remoteWindow.ts). Report the keys whose values changed.
            const changed = machineScopedKeys
                .filter((_key, i) => before[i] !== this.machineValues[i])
                .map((key) => `${section}.${key}`);
            if (changed.length > 0)
                this.emitter.fire({
                    affectsConfiguration: (name: string) =>
                        changed.some((key) => key === name || key.startsWith(`${name}.`))
                });
        });
    }

    private machineScoped(): string[] {
        return machineScopedKeys.map((key) => JSON.stringify(this.raw.get<unknown>(key) ?? null));
    }

    private get raw(): vscode.WorkspaceConfiguration {
        return vscode.workspace.getConfiguration(section);
    }

    private int(key: string, fallback: number, min: number, max: number): number {
        const value = this.raw.get<number>(key, fallback);
        return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback;
    }

    get runtime(): RuntimeSettings {
        return {
            isolation: oneOf(this.raw.get<string>("runtime.isolation"), ["process", "inProcess"], "process"),
            gpu: oneOf(this.raw.get<string>("runtime.gpu"), gpuBackendSettings, "auto"),
            threads: this.int("runtime.threads", 0, 0, 256),
            // Anything but `false` (a hand-edited string, say) keeps the default.
            promptLookup: this.raw.get<unknown>("runtime.promptLookup") !== false
        };
    }

    get model(): ModelSettings {
        const contextSize = this.int("model.contextSize", 0, 0, contextSizeMax);
        const contextSizeSet = this.int("model.contextSize", 0, 0, Number.MAX_SAFE_INTEGER);
        const gpuLayers = this.int("model.gpuLayers", -1, -1, 1000);
        return {
            path: this.raw.get<string>("model.path", "").trim(),
            draftPath: this.raw.get<string>("model.draftPath", "").trim(),
            kind: oneOf(this.raw.get<string>("model.kind"), ["auto", "base", "instruct"], "auto"),
            contextSize: contextSize > 0 ? contextSize : "auto",
            contextSizeSet: contextSizeSet > 0 ? contextSizeSet : "auto",
            gpuLayers: gpuLayers >= 0 ? gpuLayers : "auto",
            idleUnloadMs: this.int("model.idleUnloadMinutes", 15, 0, 1440) * 60_000
        };
    }

    get generation(): GenerationSettings {
        const temperature = this.raw.get<number>("generation.temperature", 0);
        return {
            maxTokens: this.int("generation.maxTokens", 0, 0, 8192),
            temperature: Number.isFinite(temperature) ? Math.min(2, Math.max(0, temperature)) : 0,
            speechStyle: oneOf(this.raw.get<string>("generation.speechStyle"), ["formal", "polite", "plain"], "formal")
        };
    }

    get inline(): InlineSettings {
        return {
            enabled: this.raw.get<unknown>("inline.enabled", true) !== false,
            debounceMs: this.int("inline.debounceMs", 150, 0, 2000),
            showFirstWords: this.raw.get<unknown>("inline.showFirstWords", false) === true
        };
    }

    /** Turns the suggestions in comments on or off for the user (the status bar's toggle). */
    async setInlineEnabled(enabled: boolean): Promise<void> {
        await this.raw.update("inline.enabled", enabled, vscode.ConfigurationTarget.Global);
    }

    /** `gemmaKo.backend`: the local model, or the server `gemmaKo.remote.endpoint` names. */
    get backend(): BackendSetting {
        return oneOf(this.raw.get<string>("backend"), ["local", "remote"], "local");
    }

    get remote(): RemoteSettings {
        const rawHeaders = this.raw.get<unknown>("remote.headers");
        const headers: Record<string, string> = {};
        if (rawHeaders !== null && typeof rawHeaders === "object" && !Array.isArray(rawHeaders)) {
            for (const [key, value] of Object.entries(rawHeaders as Record<string, unknown>)) {
                // Authorization comes from the stored API key only, never from settings.
                if (typeof value === "string" && key.toLowerCase() !== "authorization") headers[key] = value;
            }
        }
        return {
            endpoint: this.raw.get<string>("remote.endpoint", "").trim(),
            model: this.raw.get<string>("remote.model", "").trim(),
            kind: oneOf(this.raw.get<string>("remote.kind"), ["auto", "base", "instruct"], "auto"),
            headers,
            caCertificate: this.raw.get<string>("remote.caCertificate", "").trim(),
            allowSelfSigned: this.raw.get<unknown>("remote.allowSelfSigned", false) === true,
            timeoutSeconds: this.int("remote.timeoutSeconds", 15, 5, 600)
        };
    }

    /** Switches to the server's model `model` (user settings, never the workspace). */
    async useRemoteModel(model: string): Promise<void> {
        await this.raw.update("remote.model", model, vscode.ConfigurationTarget.Global);
        await this.raw.update("backend", "remote", vscode.ConfigurationTarget.Global);
    }

    /** Switches back to the local model. */
    async useLocalModel(): Promise<void> {
        if (this.backend !== "local") await this.raw.update("backend", "local", vscode.ConfigurationTarget.Global);
    }

    /** `gemmaKo.model.downloadBaseUrl`: a Hugging Face mirror or Artifactory; empty = huggingface.co. */
    get downloadBaseUrl(): string {
        return this.raw.get<string>("model.downloadBaseUrl", "");
    }

    /** The user's `gemmaKo.safety.policy` overrides, unvalidated (the safety library validates them). */
    get safetyPolicy(): unknown {
        return this.raw.get<unknown>("safety.policy");
    }

    /**
     * Restricted settings the workspace sets (and an untrusted workspace therefore
     * cannot use). In Restricted Mode VS Code may hide those values from inspect(), so
     * the workspace's own settings files are read too. `onUnreadable` hears of a
     * settings file that exists but cannot be read.
     */
    async workspaceOverrides(onUnreadable: (file: string, error: unknown) => void): Promise<string[]> {
        const raw = this.raw;
        const found = new Set<string>(
            restrictedSettings.filter((key) => {
                const inspected = raw.inspect(key);
                return inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined;
            })
        );
        const files = [
            ...(vscode.workspace.workspaceFolders ?? []).map((folder) =>
                vscode.Uri.joinPath(folder.uri, ".vscode", "settings.json")
            ),
            ...(vscode.workspace.workspaceFile !== undefined ? [vscode.workspace.workspaceFile] : [])
        ];
        for (const file of files) {
            try {
                const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
                for (const key of restrictedSettings) if (text.includes(`"${section}.${key}"`)) found.add(key);
            } catch (error) {
                const missing = error instanceof vscode.FileSystemError && error.code === "FileNotFound";
                if (!missing) onUnreadable(file.toString(), error);
            }
        }
        return [...found];
    }

    /** Remembers the model file the user chose: a user setting, never written into the workspace. */
    async setModelPath(file: string): Promise<void> {
        await this.raw.update("model.path", file, vscode.ConfigurationTarget.Global);
        await this.useLocalModel();
    }

    dispose(): void {
        this.subscription.dispose();
        this.emitter.dispose();
    }
}
