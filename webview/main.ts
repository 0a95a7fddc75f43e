// Browser code of the Gemma-Ko panel. Talks to the host only through protocol.ts
// messages. Text goes in with textContent; model output (filtered by the host)
// goes through markdown.ts (markdown-it without HTML + DOMPurify) and nothing
// is ever assigned to innerHTML.
import { focusAction, focusCard, installFocusReturn, rememberPress } from "./focus";
import { pressStop, shownAtStop, takeStop } from "./stopPress";
import { cardOf, element, flagLabel, format, renderResult, showCopied, type ResultView } from "./resultCard";
import { errorFixes } from "./errorFixes";
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
    return {
        ...candidate,
        results: Array.isArray(candidate.results)
            ? candidate.results.filter(
                  (r: Partial<ResultView> | null) => typeof r?.id === "string" && typeof r.text === "string"
              )
            : []
    };
}

function strings(): PanelStrings | undefined {
    return state.strings;
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
    }
    const resultsTitle = document.getElementById("results-title");
    if (resultsTitle !== null) resultsTitle.textContent = s.results;
}

/** Refresh belongs to the runtime report: shown once there is one, or an error in its place. */
function showRefresh(): void {
    const refresh = document.getElementById("refresh");
    if (refresh !== null) refresh.hidden = false;
}

function renderRows(backend: string, rows: RuntimeInfoRowMessage[]): void {
    const container = document.getElementById("info");
    if (container === null) return;
    container.replaceChildren();
    showRefresh();
    const badge = element("span", "backend-badge", backend.toUpperCase());
    badge.dataset["backend"] = backend;
    badge.id = "backend";
    container.append(badge);
    const table = element("dl", "info-table");
    for (const row of rows) table.append(element("dt", undefined, row.label), element("dd", undefined, row.value));
    container.append(table);
}

// ---- results -------------------------------------------------------------

const findResult = (id: string): ResultView | undefined => state.results?.find((r) => r.id === id);

const pendingRender = new Set<string>();
function scheduleRender(id: string): void {
    if (pendingRender.has(id)) return;
    pendingRender.add(id);
    requestAnimationFrame(() => {
        pendingRender.delete(id);
        const result = findResult(id);
        if (result !== undefined) renderResult(result, strings());
    });
}

function upsertResult(result: ResultView): void {
    const results = (state.results ?? []).filter((r) => r.id !== result.id);
    results.unshift(result);
    for (const dropped of results.splice(maxResults)) cardOf(dropped.id)?.remove();
    state = { ...state, results };
    renderResult(result, strings());
    save();
}

/** The script starts again (a reload): a running card the host does not replay now stopped with the old window. */
function markInterrupted(): void {
    const results = (state.results ?? []).map((r) =>
        r.state === "running" ? { ...r, state: "stopped" as const, earlier: "interrupted" as const, status: "" } : r
    );
    state = { ...state, results };
}

/** One case per result message: long because it is a table, each case a few lines. */
function handleResult(message: Extract<HostToWebviewMessage, { requestId: string }>): void {
    if (message.type === "result.start") {
        // A runtime error shown before is not about this request (the settings may have changed
        // since); the empty panel's intro is not about a panel with results (as after a reload).
        const status = document.getElementById("status");
        if (status?.dataset["kind"] === "error" || (status?.textContent ?? "") === (strings()?.empty ?? "\u0000"))
            setStatus("", "idle");
        // A start for a known id is the host replaying it after a reload: begin again.
        cardOf(message.requestId)?.remove();
        // A failed result run again: the new card takes the old one's place (and the focus its Retry had).
        const old = message.replaces === undefined ? null : cardOf(message.replaces);
        const refocus = old !== null && old.contains(document.activeElement);
        if (message.replaces !== undefined) {
            old?.remove();
            state = { ...state, results: (state.results ?? []).filter((r) => r.id !== message.replaces) };
        }
        upsertResult({
            id: message.requestId,
            title: message.title,
            source: message.source,
            createdAt: message.createdAt,
            text: "",
            state: "running",
            status: strings()?.starting ?? "…",
            redactions: [],
            ...(message.insertLabel !== undefined ? { insertLabel: message.insertLabel } : {}),
            ...(message.replaceable === false ? { replaceable: false } : {}),
            ...(message.retryable === false ? { retryable: false } : {}),
            ...(message.earlier === true ? { earlier: "kept" as const } : {})
        });
        if (refocus) focusCard(message.requestId, announce);
        return;
    }
    const result = findResult(message.requestId);
    const s = strings();
    // A review record was stored for a finished result.
    if (message.type === "result.flagged") {
        if (result === undefined || result.state === "running") return;
        if (!(result.flagged ?? []).includes(message.kind)) result.flagged = [...(result.flagged ?? []), message.kind];
        announce(format(s?.flagged, flagLabel(message.kind, s)));
        renderResult(result, s);
        // The redraw took the focus off the flag button: it goes back there.
        if (document.hasFocus() && (document.activeElement === null || document.activeElement === document.body))
            focusAction(message.requestId, "flag", message.kind);
        save();
        return;
    }
    // Copy put the text on the clipboard: said, and shown on the button for a moment.
    if (message.type === "result.copied" || message.type === "result.inserted") {
        const said = message.type === "result.copied" ? (s?.copied ?? "Copied") : (s?.inserted ?? "Inserted");
        announce(said);
        if (message.type === "result.copied") showCopied(message.requestId, message.codeIndex, said);
        return;
    }
    // Late messages for a finished, stopped or unknown request are ignored.
    if (result === undefined || result.state !== "running") return;
    switch (message.type) {
        case "result.status": {
            if (message.phase === "loading")
                result.status = format(s?.loadingModel, Math.round((message.progress ?? 0) * 100));
            else if (message.phase === "preparing")
                result.status = format(s?.preparing, Math.round((message.progress ?? 0) * 100));
            else if (message.phase === "connecting") result.status = s?.connecting ?? "…";
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
            // Stop pressed: what came after is not shown (the host ends it where the card was).
            if (shownAtStop(result.id) !== undefined) return;
            result.text += message.text;
            announce(message.text);
            save();
            scheduleRender(result.id);
            return;
        case "result.end": {
            // Stop pressed before this end arrived: stopped, with the text shown then, never "done".
            const shown = shownAtStop(result.id);
            const outcome = shown === undefined ? message.outcome : "stopped";
            result.text = shown === undefined ? message.text : message.text.slice(0, shown);
            result.state = outcome;
            result.redactions = message.redactions;
            result.flags = message.flags;
            result.status = [
                outcome === "done" ? s?.done : s?.stopped,
                message.tokensPerSecond ? format(s?.tokensPerSecond, message.tokensPerSecond.toFixed(1)) : ""
            ]
                .filter(Boolean)
                .join(" · ");
            announce(result.status);
            break;
        }
        case "result.blocked":
            // Withdraw everything shown for this request.
            result.text = "";
            result.state = "blocked";
            result.blocked = { categories: message.categories, notice: message.notice };
            result.flags = message.flags;
            result.status = s?.blocked ?? "Blocked";
            announce(format(s?.blockedBody, message.categories.join(", "), flagLabel("wrongly_blocked", s)));
            break;
        case "result.error":
            result.state = "error";
            result.error = message.message;
            result.fixes = message.fixes;
            result.status = s?.error ?? "Error";
            announce(message.message);
            break;
    }
    renderResult(result, strings());
    save();
    // The card's Stop was pressed and it ended: the focus stays in it, on its heading, announced.
    if (result.state !== "running" && takeStop(result.id)) focusCard(result.id, announce);
}

function handle(message: HostToWebviewMessage): void {
    switch (message.type) {
        case "init":
            document.documentElement.lang = message.locale;
            state = { ...state, strings: message.strings };
            renderStatic(message.strings);
            markInterrupted();
            for (const result of [...(state.results ?? [])].reverse()) renderResult(result, strings());
            if (state.rows === undefined && (state.results ?? []).length === 0)
                setStatus(message.strings.empty, "idle");
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
            // An older report is not this backend's: it goes, Refresh stays for another try.
            state = { ...state, backend: undefined, rows: undefined };
            document.getElementById("info")?.replaceChildren();
            showRefresh();
            setStatus(`${state.strings?.error ?? "Error"}: ${message.message}`, "error");
            break;
        case "results.clear": {
            const [running, finished] = [
                (state.results ?? []).filter((r) => r.state === "running"),
                state.results ?? []
            ];
            for (const result of finished) if (result.state !== "running") cardOf(result.id)?.remove();
            state = { ...state, results: running };
            if (running.length === 0 && state.rows === undefined) setStatus(state.strings?.empty ?? "", "idle");
            break;
        }
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

// The panel focused from the keyboard: the newest card (focus.ts).
installFocusReturn(strings, announce);

/** Buttons that only name their result to the host. */
const plainActions = ["stop", "retry", "copy", "insert", "replace", "openEditor"] as const;

// Escape takes the keyboard back to the editor, as VS Code's own panels do (found from outside).
document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.defaultPrevented && !event.altKey && !event.ctrlKey && !event.metaKey)
        vscode.postMessage({ type: "editor.focus" });
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
        if (requestId !== undefined && /^https?:\/\//i.test(href))
            vscode.postMessage({ type: "link.open", requestId, url: href.slice(0, 2048) });
        return;
    }
    const button = target?.closest<HTMLButtonElement>("button.action");
    const requestId = button?.dataset["requestId"];
    if (button === null || button === undefined || requestId === undefined) return;
    const action = button.dataset["action"] ?? "";
    rememberPress(requestId, action, button.dataset["kind"]);
    if (action === "stop") {
        const shown = findResult(requestId)?.text.length ?? 0;
        pressStop(requestId, shown);
        vscode.postMessage({ type: "result.stop", requestId, shown });
        return;
    }
    const plain = plainActions.find((name) => name === action);
    if (plain !== undefined) {
        vscode.postMessage({ type: `result.${plain}`, requestId });
        return;
    }
    switch (action) {
        case "fix": {
            const fix = errorFixes.find((name) => name === button.dataset["fix"]);
            if (fix !== undefined) vscode.postMessage({ type: "result.fix", requestId, fix });
            break;
        }
        case "flag": {
            const kind = button.dataset["kind"];
            // Once a record is stored the flag stays pressed; pressing it again stores nothing.
            if (kind !== "wrongly_blocked" && kind !== "should_have_blocked") break;
            if (button.getAttribute("aria-pressed") !== "true")
                vscode.postMessage({ type: "result.flag", requestId, kind });
            // Pressed again: say that it is saved (found from outside: it seemed to do nothing).
            else announce(format(strings()?.flagged, flagLabel(kind, strings())));
            break;
        }
        case "copyCode":
            vscode.postMessage({ type: "result.copyCode", requestId, index: Number(button.dataset["codeIndex"] ?? 0) });
            break;
    }
});

// Restore what was shown before the panel was hidden or the window reloaded.
if (state.strings !== undefined) renderStatic(state.strings);
if (state.backend !== undefined && state.rows !== undefined) renderRows(state.backend, state.rows);
for (const result of [...(state.results ?? [])].reverse()) renderResult(result, strings());
document.getElementById("app")?.setAttribute("aria-busy", "false");
vscode.postMessage({ type: "ready" });
