import * as crypto from "node:crypto";
import * as vscode from "vscode";
import { type HostToWebviewMessage, type PanelStrings } from "../../webview/protocol";
import { settingFixTitle } from "../requests/showModelError";
import { routeWebviewMessage, type PanelMessageHandlers } from "./messageRouter";

export const resultsPanelViewType = "gemmaKo.panel";

/** What the panel asks of the rest of the extension: every message but the handshake, which the panel answers itself. */
export type PanelHandlers = Omit<PanelMessageHandlers, "ready" | "runtimeInfo.refresh"> & {
    "runtimeInfo.refresh"(panel: ResultsPanel, requestId: string): void;
    /** The panel (re)loaded: send it what it missed. */
    onReady(): void;
};

export function panelStrings(): PanelStrings {
    return {
        title: vscode.l10n.t("Gemma-Ko Results"),
        refresh: vscode.l10n.t("Refresh"),
        loading: vscode.l10n.t("Starting the llama.cpp runtime…"),
        error: vscode.l10n.t("Error"),
        empty: vscode.l10n.t(
            "Results of Gemma-Ko commands appear here: draft a Korean doc comment, summarise code or changes."
        ),
        results: vscode.l10n.t("Results"),
        stop: vscode.l10n.t("Stop"),
        retry: vscode.l10n.t("Retry"),
        copy: vscode.l10n.t("Copy"),
        copyCode: vscode.l10n.t("Copy code"),
        insert: vscode.l10n.t("Insert at Cursor"),
        replace: vscode.l10n.t("Replace Selection"),
        openEditor: vscode.l10n.t("Open in Editor"),
        starting: vscode.l10n.t("Starting…"),
        queued: vscode.l10n.t("Waiting for the previous request…"),
        loadingModel: vscode.l10n.t("Loading the model… {0}%"),
        connecting: vscode.l10n.t("Connecting to the inference server…"),
        preparing: vscode.l10n.t("Splitting the long input into parts… {0}%"),
        generating: vscode.l10n.t("Generating…"),
        tokensPerSecond: vscode.l10n.t("{0} tokens/s"),
        stopped: vscode.l10n.t("Stopped: cancelled before it finished"),
        done: vscode.l10n.t("Done"),
        blocked: vscode.l10n.t("Blocked by the safety filter"),
        blockedBody: vscode.l10n.t(
            "The safety filter withheld this answer: {0}. If it should not have been, press “{1}” below: a review record is saved on this computer only. What the model may not be used for:"
        ),
        policyLink: vscode.l10n.t("Gemma Prohibited Use Policy"),
        redacted: vscode.l10n.t("Hidden by the safety filter: {0}"),
        source: vscode.l10n.t("Source"),
        confirmLink: vscode.l10n.t("Links open in the browser after you confirm."),
        redactionCount: vscode.l10n.t("{0} {1}"),
        selectModel: vscode.l10n.t("Select Model"),
        openModelFile: vscode.l10n.t("Open a Local GGUF File"),
        wronglyBlocked: vscode.l10n.t("Wrongly blocked"),
        shouldHaveBlocked: vscode.l10n.t("Should have been blocked"),
        flagHint: vscode.l10n.t(
            "Save this result for review on this computer (its text without personal data, the filter's verdict and your note); nothing is sent."
        ),
        flagged: vscode.l10n.t("Saved for review on this computer: {0}"),
        setRemoteApiKey: vscode.l10n.t("Set Server API Key"),
        earlier: vscode.l10n.t("From before the window was reloaded"),
        interrupted: vscode.l10n.t("Interrupted: the window was reloaded while it ran"),
        copied: vscode.l10n.t("Copied"),
        inserted: vscode.l10n.t("Inserted into the editor. Undo there with Ctrl+Z (Cmd+Z on macOS)."),
        openContextSize: settingFixTitle("openContextSize"),
        openRemoteEndpoint: settingFixTitle("openRemoteEndpoint"),
        openRemoteTimeout: settingFixTitle("openRemoteTimeout"),
        openRemoteCertificate: settingFixTitle("openRemoteCertificate"),
        newest: vscode.l10n.t("Newest result: {0}. {1}")
    };
}

/**
 * The extension's single webview panel. Messages to the panel wait for its
 * `ready` handshake; messages from it are validated against the protocol
 * schema and dropped (and logged) when invalid.
 */
/**
 * A group off the code's: another group that exists, a new one beside it only when none does (an
 * outside tester's two groups became three, revealing the panel and opening it anew alike).
 */
function columnOffCode(editorColumn: vscode.ViewColumn): vscode.ViewColumn {
    return (
        vscode.window.tabGroups.all.find((group) => group.viewColumn !== editorColumn)?.viewColumn ??
        vscode.ViewColumn.Beside
    );
}

export class ResultsPanel implements vscode.Disposable {
    private static current: ResultsPanel | undefined;

    /** The open panel, if there is one (never opens or reveals it). */
    static get existing(): ResultsPanel | undefined {
        return ResultsPanel.current;
    }

    /** The group the panel is in. */
    get viewColumn(): vscode.ViewColumn | undefined {
        return this.panel.viewColumn;
    }

    private readonly disposables: vscode.Disposable[] = [];
    private ready = false;
    private readonly pending: HostToWebviewMessage[] = [];
    private disposed = false;

    /**
     * The one results panel: shown if it exists, created otherwise. Keeps the editor's
     * focus unless `focus` (the user asked for the panel itself). Revealing an existing
     * panel keeps its group, except when that group is the one of the code being worked
     * on (the user closed the other editors and opened a file there): then it moves beside
     * it, so that the result never covers the code it is about.
     */
    static createOrShow(
        extensionUri: vscode.Uri,
        log: vscode.LogOutputChannel,
        handlers: PanelHandlers,
        { focus = false }: { focus?: boolean } = {}
    ): ResultsPanel {
        const existing = ResultsPanel.current;
        if (existing !== undefined) {
            if (!existing.panel.visible || focus) {
                const editorColumn = vscode.window.activeTextEditor?.viewColumn;
                const covers = !focus && editorColumn !== undefined && editorColumn === existing.panel.viewColumn;
                const column = covers ? columnOffCode(editorColumn) : existing.panel.viewColumn;
                existing.panel.reveal(column, !focus);
            }
            return existing;
        }
        // A tab VS Code restored after a reload but has not revived yet (it revives a hidden
        // webview only when it is shown): the new panel takes its place instead of a second tab.
        const restored = vscode.window.tabGroups.all
            .flatMap((group) => group.tabs)
            .find(
                (tab) =>
                    tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(resultsPanelViewType)
            );
        // Beside the code being worked on; in the active group when no editor is open.
        const editorColumn = vscode.window.activeTextEditor?.viewColumn;
        const panel = vscode.window.createWebviewPanel(
            resultsPanelViewType,
            vscode.l10n.t("Gemma-Ko Results"),
            {
                viewColumn:
                    restored?.group.viewColumn ??
                    (editorColumn === undefined ? vscode.ViewColumn.Active : columnOffCode(editorColumn)),
                preserveFocus: !focus
            },
            ResultsPanel.webviewOptions(extensionUri)
        );
        if (restored !== undefined) void vscode.window.tabGroups.close(restored, true);
        ResultsPanel.current = new ResultsPanel(panel, extensionUri, log, handlers);
        return ResultsPanel.current;
    }

    /** Re-attaches to a panel VS Code restored after a reload (WebviewPanelSerializer). */
    static revive(
        panel: vscode.WebviewPanel,
        extensionUri: vscode.Uri,
        log: vscode.LogOutputChannel,
        handlers: PanelHandlers
    ): ResultsPanel {
        ResultsPanel.current?.dispose();
        panel.webview.options = ResultsPanel.webviewOptions(extensionUri);
        ResultsPanel.current = new ResultsPanel(panel, extensionUri, log, handlers);
        return ResultsPanel.current;
    }

    private static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
        return {
            enableScripts: true,
            enableCommandUris: false,
            localResourceRoots: [
                vscode.Uri.joinPath(extensionUri, "dist", "webview"),
                vscode.Uri.joinPath(extensionUri, "media")
            ]
        };
    }

    private constructor(
        private readonly panel: vscode.WebviewPanel,
        private readonly extensionUri: vscode.Uri,
        private readonly log: vscode.LogOutputChannel,
        private readonly handlers: PanelHandlers
    ) {
        panel.iconPath = vscode.Uri.joinPath(extensionUri, "media", "icon.png");
        panel.webview.html = this.html();
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw))
        );
    }

    /** Sends a message now, or after the handshake if the panel is still loading. */
    post(message: HostToWebviewMessage): void {
        if (this.disposed) return;
        if (!this.ready) {
            this.pending.push(message);
            return;
        }
        void this.panel.webview.postMessage(message).then(undefined, (error: unknown) => {
            this.log.warn(`Posting to the panel failed: ${String(error)}`);
        });
    }

    /** Handles one raw message from the panel; never throws. */
    receive(raw: unknown): void {
        routeWebviewMessage(
            raw,
            {
                ...this.handlers,
                ready: () => {
                    this.ready = true;
                    const queued = this.pending.splice(0);
                    this.post({ type: "init", locale: vscode.env.language, strings: panelStrings() });
                    for (const next of queued) this.post(next);
                    this.handlers.onReady();
                },
                "runtimeInfo.refresh": ({ requestId }) => this.handlers["runtimeInfo.refresh"](this, requestId)
            },
            this.log
        );
    }

    private html(): string {
        const webview = this.panel.webview;
        const nonce = crypto.randomBytes(16).toString("base64");
        const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, "dist", "webview", "panel.js"));
        const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, "media", "panel.css"));
        const csp = [
            "default-src 'none'",
            `script-src 'nonce-${nonce}'`,
            `style-src ${webview.cspSource}`,
            `font-src ${webview.cspSource}`,
            `img-src ${webview.cspSource}`
        ].join("; ");
        const strings = panelStrings();
        return `<!DOCTYPE html>
<html lang="${vscode.env.language.replace(/[^A-Za-z-]/g, "")}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(strings.title)}</title>
</head>
<body>
<main id="app" aria-busy="true">
<div id="live" class="sr-only" aria-live="polite" aria-atomic="false"></div>
<header>
<h1 id="title">${escapeHtml(strings.title)}</h1>
<button id="refresh" type="button" hidden>${escapeHtml(strings.refresh)}</button>
</header>
<div id="status" role="status" aria-live="polite"></div>
<section id="info" aria-labelledby="title"></section>
<section id="results" aria-labelledby="results-title" hidden>
<h2 id="results-title">${escapeHtml(strings.results)}</h2>
<ol id="result-list" reversed></ol>
</section>
</main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (ResultsPanel.current === this) ResultsPanel.current = undefined;
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
