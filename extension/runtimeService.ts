import type * as vscode from "vscode";
import { openLlamaBackend, readRuntimeInfo, type LlamaBackend, type RuntimeInfo } from "../models/runtimeInfo";
import { hasRequestedNodeLlamaCpp } from "../models/nodeLlamaCpp";
import { readRuntimeConfig, type RuntimeConfig } from "./config";

/**
 * Owns the native backend's lifetime, which is shorter than the extension's:
 * opened on first use (never at activation), reopened when the GPU or thread
 * settings change, disposed with the extension.
 */
export class RuntimeService implements vscode.Disposable {
    private opened: Promise<LlamaBackend> | undefined;
    private backendKey: string | undefined;

    constructor(private readonly log: vscode.LogOutputChannel) {}

    /** Whether node-llama-cpp has been imported in this extension host. */
    get nativeRuntimeRequested(): boolean {
        return hasRequestedNodeLlamaCpp();
    }

    async runtimeInfo(config: RuntimeConfig = readRuntimeConfig()): Promise<RuntimeInfo> {
        return readRuntimeInfo(await this.openBackend(config));
    }

    /** The native backend for the current settings, opened on first use. */
    backend(config: RuntimeConfig = readRuntimeConfig()): Promise<LlamaBackend> {
        return this.openBackend(config);
    }

    private openBackend(config: RuntimeConfig): Promise<LlamaBackend> {
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
        previous?.then(
            (backend) => backend.llama.dispose(),
            () => undefined
        ).catch((error: unknown) => this.log.warn(`Disposing the llama.cpp backend failed: ${String(error)}`));
    }

    dispose(): void {
        this.disposeBackend();
    }
}
