import * as crypto from "node:crypto";
import * as vscode from "vscode";
import { type HostToWebviewMessage, type PanelStrings } from "../../webview/protocol";
import { routeWebviewMessage, type PanelMessageHandlers } from "./messageRouter";

export const panelViewType = "gemmaKo.panel";

/** What the panel asks of the rest of the extension (everything but the handshake). */
export type PanelHandlers = Omit<PanelMessageHandlers, "ready"> & {
    refreshRuntimeInfoFor?(panel: GemmaKoPanel, requestId: string): void;
    /** The panel (re)loaded: send it what it missed. */
    onReady?(): void;
};

export function panelStrings(): PanelStrings {
    return {
        title: vscode.l10n.t("Gemma-Ko Runtime"),
        refresh: vscode.l10n.t("Refresh"),
        loading: vscode.l10n.t("Starting the llama.cpp runtime…"),
        error: vscode.l10n.t("Error"),
        empty: vscode.l10n.t("Run \"Show Runtime Info\" to inspect the GPU backend."),
        results: vscode.l10n.t("Results"),
        stop: vscode.l10n.t("Stop"),
        retry: vscode.l10n.t("Retry"),
        copy: vscode.l10n.t("Copy"),
        copyCode: vscode.l10n.t("Copy code"),
        insert: vscode.l10n.t("Insert at Cursor"),
        replace: vscode.l10n.t("Replace Selection"),
        openEditor: vscode.l10n.t("Open in Editor"),
        queued: vscode.l10n.t("Waiting for the previous request…"),
        loadingModel: vscode.l10n.t("Loading the model… {0}%"),
        generating: vscode.l10n.t("Generating…"),
        tokensPerSecond: vscode.l10n.t("{0} tokens/s"),
        stopped: vscode.l10n.t("Stopped"),
        done: vscode.l10n.t("Done"),
        blocked: vscode.l10n.t("Blocked by the safety filter: {0}"),
        redacted: vscode.l10n.t("Hidden by the safety filter: {0}"),
        source: vscode.l10n.t("Source"),
        confirmLink: vscode.l10n.t("Links open in the browser after you confirm."),
        redactionCount: vscode.l10n.t("{0} {1}")
    };
}

/**
 * The extension's single webview panel. Messages to the panel wait for its
 * `ready` handshake; messages from it are validated against the protocol
 * schema and dropped (and logged) when invalid.
 */
export class GemmaKoPanel implements vscode.Disposable {
    private static current: GemmaKoPanel | undefined;

    private readonly disposables: vscode.Disposable[] = [];
    private ready = false;
    private readonly pending: HostToWebviewMessage[] = [];
    private disposed = false;

    static createOrShow(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, handlers: PanelHandlers): GemmaKoPanel {
        const existing = GemmaKoPanel.current;
        if (existing !== undefined) {
            existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(
            panelViewType,
            vscode.l10n.t("Gemma-Ko"),
            // Beside the code being worked on; in the active group when no editor is open.
            { viewColumn: vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: false },
            GemmaKoPanel.webviewOptions(extensionUri)
        );
        GemmaKoPanel.current = new GemmaKoPanel(panel, extensionUri, log, handlers);
        return GemmaKoPanel.current;
    }

    /** Re-attaches to a panel VS Code restored after a reload (WebviewPanelSerializer). */
    static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, log: vscode.LogOutputChannel, handlers: PanelHandlers): GemmaKoPanel {
        GemmaKoPanel.current?.dispose();
        panel.webview.options = GemmaKoPanel.webviewOptions(extensionUri);
        GemmaKoPanel.current = new GemmaKoPanel(panel, extensionUri, log, handlers);
        return GemmaKoPanel.current;
    }

    private static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
        return {
            enableScripts: true,
            enableCommandUris: false,
            localResourceRoots: [vscode.Uri.joinPath(extensionUri, "dist", "webview"), vscode.Uri.joinPath(extensionUri, "media")]
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
        routeWebviewMessage(raw, {
            ...this.handlers,
            ready: () => {
                this.ready = true;
                const queued = this.pending.splice(0);
                this.post({ type: "init", locale: vscode.env.language, strings: panelStrings() });
                for (const next of queued) this.post(next);
                this.handlers.onReady?.();
            },
            refreshRuntimeInfo: (requestId) => this.handlers.refreshRuntimeInfoFor?.(this, requestId)
        }, this.log);
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
        if (GemmaKoPanel.current === this) GemmaKoPanel.current = undefined;
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
