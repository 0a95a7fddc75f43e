// The extension's one context: the log, the typed settings, the generation backend
// (behind models/backend.ts), the results controller and the results panel. Commands
// receive it and nothing else. Two lifetimes: the extension's (everything here) and
// the loaded model's (inside the backend, unloaded on command or when idle).
import * as path from "node:path";
import * as vscode from "vscode";
import { errorMessage } from "../models/errors/codedError";
import { createLocalBackend } from "../models/localBackend";
import { Config } from "./config";
import { ModelService } from "./modelService";
import { remoteWindowHint } from "./remoteWindow";
import { Preparations } from "./requests/preparations";
import { createRemoteBackend } from "./requests/remoteServer";
import { panelHandlers } from "./panel/handlers";
import { ResultsController } from "./panel/results";
import { UserPolicy } from "./panel/userPolicy";
import { ResultsPanel, resultsPanelViewType } from "./panel/resultsPanel";
import { RuntimeService } from "./runtimeService";
import { ModelStatusBar } from "./statusBar";

/** A command: its id (as in package.json) and how to build its handler from the context. */
export interface CommandDefinition {
    readonly id: string;
    create(ctx: Ctx): (...args: unknown[]) => unknown;
}

/** Declares a command; each file under extension/commands/ declares exactly one. */
export function defineCommand(id: string, create: (ctx: Ctx) => (...args: unknown[]) => unknown): CommandDefinition {
    return { id, create };
}

export class Ctx implements vscode.Disposable {
    readonly log: vscode.LogOutputChannel;
    readonly config: Config;
    readonly runtime: RuntimeService;
    readonly models: ModelService;
    readonly results: ResultsController;
    /** What commands do before a request can start (finding the code to document), stoppable. */
    readonly preparations: Preparations;
    /** The model's status bar item. */
    readonly statusBar: ModelStatusBar;
    /** The user's safety policy (`gemmaKo.safety.policy`) and streaming filters under it: panel, chat and inline. */
    readonly safety: UserPolicy;
    private readonly disposables: vscode.Disposable[] = [];
    /** Commands run in this session (a first-install greeting does not cover work in progress). */
    commandsRun = 0;

    constructor(readonly extension: vscode.ExtensionContext) {
        this.log = vscode.window.createOutputChannel("Gemma-Ko", { log: true });
        this.config = new Config();
        const hostScript = path.join(extension.extensionPath, "dist", "model-host.js");
        this.runtime = new RuntimeService(this.log, this.config, hostScript);
        const log = this.log;
        const runtimeSettings = this.config.runtime;
        // Isolated by default: llama.cpp aborts and hangs stay in the model process.
        const backend = createLocalBackend({
            isolated: runtimeSettings.isolation === "process",
            getBackend: () => this.runtime.backend(),
            hostScript,
            gpu: runtimeSettings.gpu,
            threads: runtimeSettings.threads,
            promptLookup: runtimeSettings.promptLookup,
            // Measured once per model file and machine, kept across sessions.
            threadPlanCachePath: vscode.Uri.joinPath(extension.globalStorageUri, "thread-plans.json").fsPath,
            // The runtime's own lines (in the model process, or here) in the UI's language too.
            logger: {
                info: (m) => log.info(m),
                warn: (m) => log.warn(m),
                debug: (m) => log.debug(m),
                translate: (message, ...args) => vscode.l10n.t(message, ...args)
            },
            ...(vscode.l10n.bundle === undefined ? {} : { l10n: vscode.l10n.bundle }),
            idleUnloadMs: this.config.model.idleUnloadMs,
            architectures: this.config.architectures
        });
        const logger = {
            info: (m: string) => log.info(m),
            warn: (m: string) => log.warn(m),
            debug: (m: string) => log.debug(m)
        };
        // The same commands, panel and client-side safety filter whichever backend answers.
        this.models = new ModelService(
            backend,
            this.config,
            log,
            (settings) => createRemoteBackend(settings, extension.secrets, logger),
            () => remoteWindowHint(extension.globalStorageUri)
        );
        // Results reach the panel lazily: posting the first result opens it.
        // Review flags stay on this machine, in the extension's own storage.
        this.safety = new UserPolicy(() => this.config.safetyPolicy, log);
        this.results = new ResultsController(
            { open: () => this.panel(), existing: () => ResultsPanel.existing },
            log,
            this.safety,
            path.join(extension.globalStorageUri.fsPath, "safety-reviews.jsonl"),
            extension.workspaceState
        );
        this.preparations = new Preparations(log);
        this.disposables.push(this.log, this.config, this.runtime, this.models, this.results);
        this.statusBar = new ModelStatusBar(this.models, this.config);
        this.disposables.push(this.statusBar);
        this.disposables.push(
            this.config.onDidChange((event) => {
                if (event.affectsConfiguration("gemmaKo.runtime.isolation")) void this.offerReload();
            })
        );
    }

    /** The results panel, opened (without taking focus) if it is not open. */
    panel(options: { focus?: boolean } = {}): ResultsPanel {
        return ResultsPanel.createOrShow(this.extension.extensionUri, this.log, panelHandlers(this), options);
    }

    registerCommand(definition: CommandDefinition): void {
        const handler = definition.create(this);
        this.disposables.push(
            vscode.commands.registerCommand(definition.id, async (...args: unknown[]) => {
                this.commandsRun++;
                try {
                    return await handler(...args);
                } catch (error) {
                    // Each command tells the user what it can; anything that escapes is shown here.
                    this.log.error(`${definition.id} failed: ${errorMessage(error)}`);
                    void vscode.window.showErrorMessage(
                        vscode.l10n.t("Gemma-Ko: {0}", errorMessage(error).slice(0, 500))
                    );
                    return undefined;
                }
            })
        );
    }

    /** Restores the results panel VS Code kept across a window reload. */
    registerPanelSerializer(): void {
        this.disposables.push(
            vscode.window.registerWebviewPanelSerializer(resultsPanelViewType, {
                deserializeWebviewPanel: (panel) => {
                    ResultsPanel.revive(panel, this.extension.extensionUri, this.log, panelHandlers(this));
                    return Promise.resolve();
                }
            })
        );
    }

    /** Where the model runs is chosen at start: a change applies after a window reload. */
    private async offerReload(): Promise<void> {
        const reload = vscode.l10n.t("Reload Window");
        const choice = await vscode.window.showInformationMessage(
            vscode.l10n.t("Gemma-Ko: where the model runs changes after a window reload."),
            reload
        );
        if (choice === reload) await vscode.commands.executeCommand("workbench.action.reloadWindow");
    }

    subscribe(...disposables: vscode.Disposable[]): void {
        this.disposables.push(...disposables);
    }

    dispose(): void {
        for (const disposable of this.disposables.splice(0).reverse()) disposable.dispose();
    }
}
