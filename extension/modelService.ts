import * as path from "node:path";
import * as vscode from "vscode";
import { ArrivalOrder } from "./arrivalOrder";
import type { GenerationBackend } from "../models/backend";
import { BackendSwitch } from "../models/backendSwitch";
import { IsolatedBackend } from "../models/process/isolatedBackend";
import { displayEndpoint } from "../models/remote/transport";
import type { RemoteBackend } from "../models/remote/remoteBackend";
import { RemoteBadEndpointError } from "../models/remote/remoteErrors";
import { describeModelError } from "../models/describeError";
import { errorMessage } from "../models/errors/codedError";
import type { GenerateRequest, GenerationResult, LoadedModelInfo, LoadProgress } from "../models/runtime";
import { ModelLoadCancelledError, ModelNotLoadedError, type RemoteWindowHint } from "../models/runtimeErrors";
import type { Config, RemoteSettings } from "./config";
import { errorCode } from "./panel/errorFixes";
import { openSetting } from "./remoteWindow";

/** Builds the remote backend for the settings (throws for an unusable endpoint or CA file). */
export type RemoteBackendFactory = (settings: RemoteSettings) => RemoteBackend;

/**
 * The extension's one model, through whichever backend answers — the local model
 * (`gemmaKo.model.path`) or an OpenAI-compatible server (`gemmaKo.backend: remote`):
 * loaded from the settings on first use, kept resident, unloaded on command or when
 * idle. Switching backends takes effect for the next request, without a reload.
 */
export class ModelService implements vscode.Disposable {
    private warnedUntrusted = false;
    /** The load whose skipped draft was already reported. */
    private warnedDraft: LoadedModelInfo | undefined;
    private readonly subscription: vscode.Disposable;
    private readonly loadProgress = new vscode.EventEmitter<LoadProgress>();
    /** Progress of any load, whoever asked for it (the status bar shows it). */
    readonly onDidLoadProgress = this.loadProgress.event;
    private readonly loadFailure = new vscode.EventEmitter<void>();
    /** A local model file failed to load (the status bar says so until it loads or the setting changes). */
    readonly onDidFailToLoad = this.loadFailure.event;
    /** The last local file that failed to load, and why; cleared when a model loads. */
    lastLoadFailure: { path: string; error: unknown } | undefined;
    /** The backend seam the rest of the extension uses: the local or the remote backend. */
    readonly backend: BackendSwitch;
    private remote: { key: string; backend: RemoteBackend } | undefined;
    /** Why the remote backend could not be built from the settings (shown on use). */
    private remoteError: unknown;
    /** Requests given to the backend and not finished, in arrival order. */
    private readonly order = new ArrivalOrder();
    /** The model and setting a capped context was last said for. */
    private warnedContext: string | undefined;
    /** The load last logged (its file and duration tell one load from the next). */
    private loggedLoad: string | undefined;

    constructor(
        private readonly local: GenerationBackend,
        private readonly config: Config,
        private readonly log: vscode.LogOutputChannel,
        private readonly createRemote?: RemoteBackendFactory,
        /** In a remote window, why a model path in the User settings is not seen (for "No model is loaded"). */
        private readonly remoteWindow: () => Promise<RemoteWindowHint | undefined> = () => Promise.resolve(undefined)
    ) {
        this.backend = new BackendSwitch(local, {
            info: (m) => log.info(m),
            warn: (m) => log.warn(m),
            debug: (m) => log.debug(m)
        });
        this.selectBackend();
        this.subscription = config.onDidChange((event) => {
            if (event.affectsConfiguration("gemmaKo.model.idleUnloadMinutes"))
                this.backend.idleUnloadMs = config.model.idleUnloadMs;
            if (event.affectsConfiguration("gemmaKo.backend") || event.affectsConfiguration("gemmaKo.remote"))
                this.selectBackend();
        });
    }

    /** Whether the settings choose the remote server. */
    get usesRemote(): boolean {
        return this.config.backend === "remote" && this.createRemote !== undefined;
    }

    /** Why the server the settings choose cannot be used (its endpoint or CA file), while that is so. */
    get remoteProblem(): unknown {
        return this.usesRemote && this.remote === undefined ? this.remoteError : undefined;
    }

    /** The remote backend while it is the one that answers. */
    get remoteBackend(): RemoteBackend | undefined {
        return this.usesRemote ? this.remote?.backend : undefined;
    }

    /** Points the seam at the backend the settings choose (a new remote backend when its connection settings changed). */
    private selectBackend(): void {
        if (!this.usesRemote || this.createRemote === undefined) {
            this.backend.use(this.local);
            return;
        }
        const settings = this.config.remote;
        // A new backend only when the connection changes (the model and kind apply per request).
        const key = JSON.stringify([
            settings.endpoint,
            settings.headers,
            settings.caCertificate,
            settings.allowSelfSigned
        ]);
        if (this.remote?.key === key) {
            this.backend.use(this.remote.backend);
            return;
        }
        try {
            if (settings.endpoint.length === 0) throw new RemoteBadEndpointError("(gemmaKo.remote.endpoint is empty)");
            const created = this.createRemote(settings);
            this.remote = { key, backend: created };
            this.remoteError = undefined;
            this.backend.use(created);
            this.log.info(vscode.l10n.t("Answers come from the inference server {0}.", created.origin));
        } catch (error) {
            this.remote = undefined;
            this.remoteError = error;
            this.backend.use(this.local);
            this.log.warn(
                vscode.l10n.t("The remote backend cannot be used: {0}", describeModelError(error, vscode.l10n.t))
            );
        }
    }

    /** The server as the user configured it, for messages: scheme, host and port. */
    get remoteOrigin(): string {
        return displayEndpoint(this.config.remote.endpoint);
    }

    /** The server's host and port, without the scheme, for the status bar. */
    get remoteHost(): string {
        return this.remoteOrigin.replace(/^https?:\/\//, "");
    }

    get state(): GenerationBackend["state"] {
        return this.backend.state;
    }

    get model(): LoadedModelInfo | undefined {
        return this.backend.model;
    }

    /**
     * Loaded and usable now, and the model the settings name (or the remote server): what a
     * suggestion or a token count may use without loading, swapping or connecting anything.
     */
    get namedModelReady(): boolean {
        const state = this.backend.state;
        if (state !== "ready" && state !== "generating") return false;
        return this.backend.kind === "remote" || this.backend.model?.path === this.config.model.path;
    }

    /** A local model is loaded, but the settings now name another file (the next request swaps it). */
    get otherModelLoaded(): boolean {
        const state = this.backend.state;
        const model = this.backend.model;
        return (
            (state === "ready" || state === "generating") &&
            this.backend.kind !== "remote" &&
            model !== undefined &&
            model.path !== this.config.model.path
        );
    }

    /** The model process's id while one runs (isolated backend only). */
    get processId(): number | undefined {
        const current = this.backend.current;
        return current instanceof IsolatedBackend ? current.processId : undefined;
    }

    /** Loads the model the settings name (if another or none is loaded). */
    async ensureLoaded(onProgress: (progress: LoadProgress) => void, signal: AbortSignal): Promise<LoadedModelInfo> {
        const settings = this.config.model;
        await this.warnIfUntrustedOverride();
        if (this.usesRemote) {
            const remote = this.config.remote;
            if (this.remote === undefined) this.selectBackend();
            if (this.remote === undefined)
                throw this.remoteError instanceof Error ? this.remoteError : new ModelNotLoadedError();
            return this.backend.ensureReady({
                path: remote.model,
                kind: remote.kind,
                contextSize: settings.contextSize,
                signal,
                onProgress: (progress) => {
                    this.loadProgress.fire(progress);
                    onProgress(progress);
                }
            });
        }
        // In a remote window that ignores a path the User settings name: why, and which file.
        if (settings.path.length === 0) throw new ModelNotLoadedError(await this.remoteWindow());
        if (this.config.testLoadDelayMs > 0 && this.backend.model?.path !== settings.path)
            await this.slowDisk(this.config.testLoadDelayMs, onProgress, signal);
        // Stopped before the load began (while the disk was slow, or an earlier request held the queue): no load.
        if (stopped(signal)) throw new ModelLoadCancelledError(settings.path);
        let info: LoadedModelInfo;
        try {
            info = await this.backend.ensureReady({
                path: settings.path,
                kind: settings.kind,
                contextSize: settings.contextSize,
                gpuLayers: settings.gpuLayers,
                ...(settings.draftPath.length > 0 ? { draftModelPath: settings.draftPath } : {}),
                signal,
                onProgress: (progress) => {
                    this.loadProgress.fire(progress);
                    onProgress(progress);
                }
            });
        } catch (error) {
            // A cancelled load says nothing about the file.
            if (!signal.aborted && errorCode(error) !== "loadCancelled") {
                this.lastLoadFailure = { path: settings.path, error };
                this.loadFailure.fire();
            }
            throw error;
        }
        this.lastLoadFailure = undefined;
        this.logLoaded(info);
        this.warnIfDraftSkipped(info, settings.draftPath);
        this.warnIfContextCapped(info, settings.contextSizeSet);
        return info;
    }

    /** A load, in the user's language (the model process's own line beside it stays technical, in English). */
    private logLoaded(info: LoadedModelInfo): void {
        const key = `${info.path}\n${info.loadMs}`;
        if (this.loggedLoad === key) return;
        this.loggedLoad = key;
        this.log.info(
            vscode.l10n.t(
                "Model {0} loaded ({1}): {2}/{3} layers on the GPU, context {4} tokens, in {5} ms.",
                info.fileName,
                info.backend,
                info.gpuLayers,
                info.totalLayers,
                info.contextSize,
                Math.round(info.loadMs)
            )
        );
    }

    /** `gemmaKo.model.contextSize` as the user set it, even past the schema's maximum (the loaded model may use less: see the runtime report). */
    get requestedContextSize(): number | "auto" {
        return this.config.model.contextSizeSet;
    }

    /**
     * A context size set above what the model was trained for is capped to it: said once per
     * model and setting, with the numbers (found from outside: it was capped without a word).
     */
    private warnIfContextCapped(info: LoadedModelInfo, requested: number | "auto"): void {
        if (typeof requested !== "number" || requested <= info.trainContextSize) return;
        const key = `${info.path}\n${requested}`;
        if (this.warnedContext === key) return;
        this.warnedContext = key;
        const message = vscode.l10n.t(
            "gemmaKo.model.contextSize is {0} tokens, but {1} was trained for {2}: its context is {3} tokens.",
            requested,
            info.fileName,
            info.trainContextSize,
            info.contextSize
        );
        this.log.warn(message);
        const open = vscode.l10n.t("Open Context Size Setting");
        void vscode.window.showWarningMessage(message, open).then((choice) => {
            if (choice === open) void openSetting("model.contextSize");
        });
    }

    /** A draft model that was asked for but left out: said once per load, with the way to the setting. */
    private warnIfDraftSkipped(info: LoadedModelInfo, draftPath: string): void {
        if (info.draftSkipped === undefined || this.warnedDraft === info) return;
        this.warnedDraft = info;
        const open = vscode.l10n.t("Open Settings");
        void vscode.window
            .showWarningMessage(
                vscode.l10n.t(
                    "The draft model {0} is not used: {1} Requests run without it.",
                    path.basename(draftPath),
                    info.draftSkipped
                ),
                open
            )
            .then((choice) => {
                if (choice === open) void openSetting("model.draftPath");
            });
    }

    /** Test hook (see Config.testLoadDelayMs): a load that takes `ms` longer, reporting progress every 100 ms. */
    private async slowDisk(
        ms: number,
        onProgress: (progress: LoadProgress) => void,
        signal: AbortSignal
    ): Promise<void> {
        const steps = Math.ceil(ms / 100);
        for (let step = 0; step < steps && !signal.aborted; step++) {
            const progress: LoadProgress = { phase: "validating", fraction: (0.02 * step) / steps };
            this.loadProgress.fire(progress);
            onProgress(progress);
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }

    /** Tokens `text` takes in the loaded model. */
    countTokens(text: string): Promise<number> {
        return this.backend.countTokens(text);
    }

    /**
     * One request; requests run one after another in arrival order. `onQueue(true)` when it
     * must wait for an earlier one, `onQueue(false)` when the earlier ones are done.
     */
    generate(request: GenerateRequest, onQueue?: (waiting: boolean) => void): Promise<GenerationResult> {
        const done = this.order.enter(onQueue);
        return this.backend.generate(request).finally(done);
    }

    unload(): Promise<void> {
        return this.backend.unload();
    }

    /** In an untrusted workspace, say once that the workspace's model / policy settings are ignored. */
    private async warnIfUntrustedOverride(): Promise<void> {
        // Checked once per session: no settings-file reads on every request.
        if (vscode.workspace.isTrusted || this.warnedUntrusted) return;
        this.warnedUntrusted = true;
        const overridden = await this.config.workspaceOverrides((file, error) =>
            this.log.warn(`Could not read ${file}: ${errorMessage(error)}`)
        );
        if (overridden.length === 0) return;
        this.log.warn(vscode.l10n.t("Untrusted workspace: its {0} setting(s) are ignored.", overridden.join(", ")));
        // Every setting it names (an outside tester found the endpoint and backend left out).
        void vscode.window.showWarningMessage(
            vscode.l10n.t(
                "This workspace is not trusted, so these Gemma-Ko settings in it are ignored: {0}.",
                overridden.map((key) => `gemmaKo.${key}`).join(", ")
            )
        );
    }

    dispose(): void {
        this.subscription.dispose();
        this.loadProgress.dispose();
        this.loadFailure.dispose();
        const current = this.backend.current;
        void this.backend.dispose();
        if (current !== this.local) void this.local.dispose();
    }
}

/** Whether `signal` has been aborted (a call: the answer may change across an await). */
function stopped(signal: AbortSignal): boolean {
    return signal.aborted;
}
