// Browser code of the Gemma-Ko panel. Talks to the host only through
// protocol.ts messages; renders with textContent only (never innerHTML).
import {
    newRequestId,
    parseHostToWebviewMessage,
    type HostToWebviewMessage,
    type PanelStrings,
    type RuntimeInfoRowMessage,
    type WebviewToHostMessage
} from "./protocol";

interface VsCodeApi {
    postMessage(message: WebviewToHostMessage): void;
    getState(): unknown;
    setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What survives hiding and reloading the panel. */
interface PanelState {
    strings?: PanelStrings;
    backend?: string;
    rows?: RuntimeInfoRowMessage[];
}

const vscode = acquireVsCodeApi();
let state: PanelState = isPanelState(vscode.getState()) ? (vscode.getState() as PanelState) : {};
let currentRequestId: string | undefined;

function isPanelState(value: unknown): boolean {
    return typeof value === "object" && value !== null;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className !== undefined) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
}

function root(): HTMLElement {
    const main = document.getElementById("app");
    if (main === null) throw new Error("panel markup is missing #app");
    return main;
}

function setStatus(text: string, kind: "busy" | "error" | "idle"): void {
    const status = document.getElementById("status");
    if (status === null) return;
    status.textContent = text;
    status.dataset["kind"] = kind;
}

function renderStatic(strings: PanelStrings): void {
    document.title = strings.title;
    const heading = document.getElementById("title");
    if (heading !== null) heading.textContent = strings.title;
    const refresh = document.getElementById("refresh") as HTMLButtonElement | null;
    if (refresh !== null) {
        refresh.textContent = strings.refresh;
        refresh.hidden = false;
    }
}

function renderRows(backend: string, rows: RuntimeInfoRowMessage[]): void {
    const container = document.getElementById("info");
    if (container === null) return;
    container.replaceChildren();
    const badge = element("span", "backend-badge", backend.toUpperCase());
    badge.dataset["backend"] = backend;
    badge.id = "backend";
    container.append(badge);
    const table = element("dl", "info-table");
    for (const row of rows) {
        table.append(element("dt", undefined, row.label), element("dd", undefined, row.value));
    }
    container.append(table);
}

function handle(message: HostToWebviewMessage): void {
    switch (message.type) {
        case "init":
            document.documentElement.lang = message.locale;
            state = { ...state, strings: message.strings };
            renderStatic(message.strings);
            if (state.rows === undefined) setStatus(message.strings.empty, "idle");
            break;
        case "runtimeInfo.loading":
            currentRequestId = message.requestId;
            setStatus(state.strings?.loading ?? "…", "busy");
            break;
        case "runtimeInfo.result":
            if (message.requestId !== currentRequestId) return; // late answer to an older request
            currentRequestId = undefined;
            state = { ...state, backend: message.backend, rows: message.rows };
            renderRows(message.backend, message.rows);
            setStatus("", "idle");
            break;
        case "runtimeInfo.error":
            if (message.requestId !== currentRequestId) return;
            currentRequestId = undefined;
            setStatus(`${state.strings?.error ?? "Error"}: ${message.message}`, "error");
            break;
    }
    vscode.setState(state);
}

window.addEventListener("message", (event: MessageEvent<unknown>) => {
    const parsed = parseHostToWebviewMessage(event.data);
    if (!parsed.ok) {
        console.warn(`Gemma-Ko panel dropped an invalid message: ${parsed.error}`);
        return;
    }
    handle(parsed.message);
});

document.getElementById("refresh")?.addEventListener("click", () => {
    const requestId = newRequestId();
    currentRequestId = requestId;
    vscode.postMessage({ type: "runtimeInfo.refresh", requestId });
});

// Restore what was shown before the panel was hidden or the window reloaded.
if (state.strings !== undefined) renderStatic(state.strings);
if (state.backend !== undefined && state.rows !== undefined) renderRows(state.backend, state.rows);
root().setAttribute("aria-busy", "false");
vscode.postMessage({ type: "ready" });
