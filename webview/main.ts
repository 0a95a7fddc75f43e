// Browser code of the Gemma-Ko panel. Talks to the host only through protocol.ts
// messages. Text goes in with textContent; model output (filtered by the host)
// goes through markdown.ts (markdown-it without HTML + DOMPurify) and nothing
// is ever assigned to innerHTML.
import { renderMarkdown } from "./markdown";
import {
    newRequestId,
    parseHostToWebviewMessage,
    type HostToWebviewMessage,
    type PanelStrings,
    type RedactionCount,
    type RuntimeInfoRowMessage,
    type WebviewToHostMessage
} from "./protocol";

interface VsCodeApi {
    postMessage(message: WebviewToHostMessage): void;
    getState(): unknown;
    setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type ResultState = "running" | "done" | "stopped" | "blocked" | "error";

interface ResultView {
    id: string;
    title: string;
    source: string;
    createdAt: number;
    text: string;
    state: ResultState;
    status: string;
    redactions: RedactionCount[];
    blocked?: { categories: string[]; notice: string };
    error?: string;
}

/** What survives hiding and reloading the panel. */
interface PanelState {
    strings?: PanelStrings;
    backend?: string;
    rows?: RuntimeInfoRowMessage[];
    /** Newest first. */
    results?: ResultView[];
}

const maxResults = 30;
const vscode = acquireVsCodeApi();
let state: PanelState = restoreState(vscode.getState());
let currentRequestId: string | undefined;

function restoreState(saved: unknown): PanelState {
    if (typeof saved !== "object" || saved === null) return {};
    const candidate = saved as PanelState;
    return { ...candidate, results: Array.isArray(candidate.results) ? candidate.results.filter((r) => typeof r?.id === "string" && typeof r.text === "string") : [] };
}

function strings(): PanelStrings | undefined {
    return state.strings;
}

function format(template: string | undefined, ...args: Array<string | number>): string {
    return (template ?? "{0}").replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ""));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className !== undefined) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
}

let saveScheduled = false;
function save(): void {
    if (saveScheduled) return;
    saveScheduled = true;
    setTimeout(() => {
        saveScheduled = false;
        vscode.setState(state);
    }, 200);
}

function setStatus(text: string, kind: "busy" | "error" | "idle"): void {
    const status = document.getElementById("status");
    if (status === null) return;
    status.textContent = text;
    status.dataset["kind"] = kind;
}

/** Polite announcements for screen readers: streamed text and state changes. */
function announce(text: string): void {
    const live = document.getElementById("live");
    if (live === null || text.trim().length === 0) return;
    live.textContent = text.slice(-400);
}

function renderStatic(s: PanelStrings): void {
    document.title = s.title;
    const heading = document.getElementById("title");
    if (heading !== null) heading.textContent = s.title;
    const refresh = document.getElementById("refresh") as HTMLButtonElement | null;
    if (refresh !== null) {
        refresh.textContent = s.refresh;
        refresh.hidden = false;
    }
    const resultsTitle = document.getElementById("results-title");
    if (resultsTitle !== null) resultsTitle.textContent = s.results;
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
    for (const row of rows) table.append(element("dt", undefined, row.label), element("dd", undefined, row.value));
    container.append(table);
}

// ---- results -------------------------------------------------------------

function findResult(id: string): ResultView | undefined {
    return state.results?.find((r) => r.id === id);
}

function cardOf(id: string): HTMLLIElement | null {
    return document.querySelector<HTMLLIElement>(`li.result[data-request-id="${CSS.escape(id)}"]`);
}

function actionButton(label: string, action: string, requestId: string): HTMLButtonElement {
    const button = element("button", `action action-${action}`, label);
    button.type = "button";
    button.dataset["action"] = action;
    button.dataset["requestId"] = requestId;
    return button;
}

const pendingRender = new Set<string>();
function scheduleRender(id: string): void {
    if (pendingRender.has(id)) return;
    pendingRender.add(id);
    requestAnimationFrame(() => {
        pendingRender.delete(id);
        const result = findResult(id);
        if (result !== undefined) renderResult(result);
    });
}

/** (Re)draws one result card from its view state. */
function renderResult(result: ResultView): void {
    const s = strings();
    const list = document.getElementById("result-list");
    const section = document.getElementById("results");
    if (list === null || section === null) return;
    section.hidden = false;
    let card = cardOf(result.id);
    if (card === null) {
        card = element("li", "result");
        card.dataset["requestId"] = result.id;
        card.tabIndex = -1;
        const header = element("header", "result-header");
        header.append(element("h3", "result-title"), element("div", "result-source"));
        card.append(header, element("div", "result-status"), element("div", "result-badges"), element("div", "result-body"), element("div", "result-actions"));
        card.querySelector(".result-status")!.setAttribute("role", "status");
        list.prepend(card);
    }
    card.dataset["state"] = result.state;
    card.querySelector(".result-title")!.textContent = result.title;
    card.querySelector(".result-source")!.textContent = result.source.length > 0 ? `${s?.source ?? "Source"}: ${result.source}` : "";
    card.querySelector(".result-status")!.textContent = result.status;

    const badges = card.querySelector(".result-badges")!;
    badges.replaceChildren();
    if (result.redactions.length > 0) {
        const list = result.redactions.map((r) => format(s?.redactionCount ?? "{0} {1}", r.label, r.count)).join(", ");
        const badge = element("span", "badge badge-redacted", format(s?.redacted, list));
        badges.append(badge);
    }
    if (result.blocked !== undefined) badges.append(element("span", "badge badge-blocked", format(s?.blocked, result.blocked.categories.join(", "))));

    const body = card.querySelector<HTMLElement>(".result-body")!;
    body.setAttribute("aria-busy", String(result.state === "running"));
    if (result.blocked !== undefined) {
        // Never the blocked text: the category and why.
        body.replaceChildren(element("p", "blocked-notice", result.blocked.notice));
    } else if (result.error !== undefined) {
        body.replaceChildren(element("p", "error-notice", result.error));
    } else {
        body.replaceChildren(renderMarkdown(result.text));
        for (const block of body.querySelectorAll<HTMLElement>(".code-block")) {
            const copy = actionButton(s?.copyCode ?? "Copy code", "copyCode", result.id);
            copy.dataset["codeIndex"] = block.dataset["codeIndex"] ?? "0";
            block.prepend(copy);
        }
    }

    const actions = card.querySelector(".result-actions")!;
    actions.replaceChildren();
    if (result.state === "running") {
        actions.append(actionButton(s?.stop ?? "Stop", "stop", result.id));
    } else {
        if (result.state === "done" || result.state === "stopped") {
            actions.append(
                actionButton(s?.copy ?? "Copy", "copy", result.id),
                actionButton(s?.insert ?? "Insert", "insert", result.id),
                actionButton(s?.replace ?? "Replace", "replace", result.id),
                actionButton(s?.openEditor ?? "Open", "openEditor", result.id)
            );
        }
        actions.append(actionButton(s?.retry ?? "Retry", "retry", result.id));
    }
}

function upsertResult(result: ResultView): void {
    const results = (state.results ?? []).filter((r) => r.id !== result.id);
    results.unshift(result);
    for (const dropped of results.splice(maxResults)) cardOf(dropped.id)?.remove();
    state = { ...state, results };
    renderResult(result);
    save();
}

function handleResult(message: Extract<HostToWebviewMessage, { requestId: string }>): void {
    if (message.type === "result.start") {
        // A start for a known id is the host replaying it after a reload: begin again.
        cardOf(message.requestId)?.remove();
        upsertResult({ id: message.requestId, title: message.title, source: message.source, createdAt: message.createdAt, text: "", state: "running", status: strings()?.queued ?? "…", redactions: [] });
        return;
    }
    const result = findResult(message.requestId);
    // Late messages for a finished, stopped or unknown request are ignored.
    if (result === undefined || result.state !== "running") return;
    const s = strings();
    switch (message.type) {
        case "result.status": {
            if (message.phase === "loading") result.status = format(s?.loadingModel, Math.round((message.progress ?? 0) * 100));
            else if (message.phase === "queued") result.status = s?.queued ?? "…";
            else {
                const parts = [s?.generating ?? "…"];
                if (message.progress !== undefined) parts.push(`${Math.round(message.progress * 100)}%`);
                if (message.tokensPerSecond) parts.push(format(s?.tokensPerSecond, message.tokensPerSecond.toFixed(1)));
                result.status = parts.join(" ");
            }
            break;
        }
        case "result.chunk":
            result.text += message.text;
            announce(message.text);
            save();
            scheduleRender(result.id);
            return;
        case "result.end":
            result.text = message.text;
            result.state = message.outcome;
            result.redactions = message.redactions;
            result.status = [message.outcome === "done" ? s?.done : s?.stopped, message.tokensPerSecond ? format(s?.tokensPerSecond, message.tokensPerSecond.toFixed(1)) : ""].filter(Boolean).join(" · ");
            announce(result.status);
            break;
        case "result.blocked":
            // Withdraw everything shown for this request.
            result.text = "";
            result.state = "blocked";
            result.blocked = { categories: message.categories, notice: message.notice };
            result.status = format(s?.blocked, message.categories.join(", "));
            announce(result.status);
            break;
        case "result.error":
            result.state = "error";
            result.error = message.message;
            result.status = s?.error ?? "Error";
            announce(message.message);
            break;
    }
    renderResult(result);
    save();
}

function handle(message: HostToWebviewMessage): void {
    switch (message.type) {
        case "init":
            document.documentElement.lang = message.locale;
            state = { ...state, strings: message.strings };
            renderStatic(message.strings);
            for (const result of [...(state.results ?? [])].reverse()) renderResult(result);
            if (state.rows === undefined && (state.results ?? []).length === 0) setStatus(message.strings.empty, "idle");
            else setStatus("", "idle");
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
        default:
            handleResult(message);
            return;
    }
    save();
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

// One listener for every result button and link (keyboard activation arrives as click).
document.getElementById("result-list")?.addEventListener("click", (event) => {
    const target = event.target as HTMLElement | null;
    const link = target?.closest("a");
    if (link !== null && link !== undefined) {
        event.preventDefault();
        const card = link.closest<HTMLElement>("li.result");
        const href = link.getAttribute("href") ?? "";
        const requestId = card?.dataset["requestId"];
        // Links open through the host, which asks the user first; only http(s).
        if (requestId !== undefined && /^https?:\/\//i.test(href)) vscode.postMessage({ type: "link.open", requestId, url: href.slice(0, 2048) });
        return;
    }
    const button = target?.closest<HTMLButtonElement>("button.action");
    const requestId = button?.dataset["requestId"];
    if (button === null || button === undefined || requestId === undefined) return;
    switch (button.dataset["action"]) {
        case "stop": vscode.postMessage({ type: "result.stop", requestId }); break;
        case "retry": vscode.postMessage({ type: "result.retry", requestId }); break;
        case "copy": vscode.postMessage({ type: "result.copy", requestId }); break;
        case "insert": vscode.postMessage({ type: "result.insert", requestId }); break;
        case "replace": vscode.postMessage({ type: "result.replace", requestId }); break;
        case "openEditor": vscode.postMessage({ type: "result.openEditor", requestId }); break;
        case "copyCode": vscode.postMessage({ type: "result.copyCode", requestId, index: Number(button.dataset["codeIndex"] ?? 0) }); break;
    }
});

// Restore what was shown before the panel was hidden or the window reloaded.
if (state.strings !== undefined) renderStatic(state.strings);
if (state.backend !== undefined && state.rows !== undefined) renderRows(state.backend, state.rows);
for (const result of [...(state.results ?? [])].reverse()) renderResult(result);
document.getElementById("app")?.setAttribute("aria-busy", "false");
vscode.postMessage({ type: "ready" });
