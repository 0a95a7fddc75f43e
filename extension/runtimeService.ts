import type * as vscode from "vscode";
import { openLlamaBackend, readRuntimeInfo, type LlamaBackend, type RuntimeInfo } from "../models/runtimeInfo";
import { hasRequestedNodeLlamaCpp } from "../models/nodeLlamaCpp";
import { readRuntimeInfoInProcess } from "../models/process/runtimeInfoProcess";
import type { Config, RuntimeSettings } from "./config";

/**
 * Owns the native backend's lifetime, which is shorter than the extension's:
 * opened on first use (never at activation), reopened when the GPU or thread
 * settings change, disposed with the extension.
 */
export class RuntimeService implements vscode.Disposable {
    private opened: Promise<LlamaBackend> | undefined;
    private backendKey: string | undefined;

    constructor(
        private readonly log: vscode.LogOutputChannel,
        private readonly config: Config,
        /** The model process's script, for the runtime report in isolated mode. */
        private readonly hostScript: string
    ) {}

    /** Whether node-llama-cpp has been imported in this extension host. */
    get nativeRuntimeRequested(): boolean {
        return hasRequestedNodeLlamaCpp();
    }

    /**
     * The runtime report for the current settings. In isolated mode it comes from a
     * short-lived model process: node-llama-cpp never loads into the extension host.
     */
    async runtimeInfo(): Promise<RuntimeInfo> {
        const settings = this.config.runtime;
        if (settings.isolation === "process") {
            const log = this.log;
            return readRuntimeInfoInProcess({
                gpu: settings.gpu,
                threads: settings.threads,
                hostScript: this.hostScript,
                logger: { info: (m) => log.info(m), warn: (m) => log.warn(m), debug: (m) => log.debug(m) }
            });
        }
        return readRuntimeInfo(await this.backend());
    }

    /** The native backend for the current settings, opened on first use. */
    backend(): Promise<LlamaBackend> {
        return this.openBackend(this.config.runtime);
    }

    private openBackend(config: RuntimeSettings): Promise<LlamaBackend> {
        const key = `${config.gpu}/${config.threads}`;
        if (this.opened !== undefined && this.backendKey === key) return this.opened;
        this.disposeBackend();
        const log = this.log;
        const opening = openLlamaBackend({
            gpu: config.gpu,
            threads: config.threads,
            logger: { info: (m) => log.info(m), warn: (m) => log.warn(m), debug: (m) => log.debug(m) }
        });
        this.opened = opening;
        this.backendKey = key;
        opening.catch(() => {
            // Let the next request try again instead of replaying the failure forever.
            if (this.opened === opening) {
                this.opened = undefined;
                this.backendKey = undefined;
            }
        });
        return opening;
    }

    private disposeBackend(): void {
        const previous = this.opened;
        this.opened = undefined;
        this.backendKey = undefined;
        previous
            ?.then(
                (backend) => backend.llama.dispose(),
                () => undefined
            )
            .catch((error: unknown) => this.log.warn(`Disposing the llama.cpp backend failed: ${String(error)}`));
    }

    dispose(): void {
        this.disposeBackend();
    }
}
