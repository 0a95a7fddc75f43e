// Validates and dispatches messages from the panel. No `vscode` import: the unit
// fuzz test drives it with thousands of hostile messages in plain Node.
import { parseWebviewToHostMessage, type RequestId } from "../../webview/protocol";

/** What the host does for each valid panel message. */
export interface PanelMessageHandlers {
    ready(): void;
    refreshRuntimeInfo(requestId: RequestId): void;
    stop(requestId: RequestId): void;
    retry(requestId: RequestId): void;
    copy(requestId: RequestId): void;
    copyCode(requestId: RequestId, index: number): void;
    insert(requestId: RequestId): void;
    replace(requestId: RequestId): void;
    openEditor(requestId: RequestId): void;
    openLink(requestId: RequestId, url: string): void;
}

export interface RouterLog {
    warn(message: string): void;
    error(message: string): void;
}

/**
 * Handles one raw message from the panel. Invalid messages are dropped and logged
 * (never answered); a handler that throws is logged. Never throws itself.
 * Returns whether the message was valid.
 */
export function routeWebviewMessage(raw: unknown, handlers: PanelMessageHandlers, log: RouterLog): boolean {
    const parsed = parseWebviewToHostMessage(raw);
    if (!parsed.ok) {
        log.warn(`Dropped an invalid message from the panel: ${parsed.error.slice(0, 200)}`);
        return false;
    }
    const message = parsed.message;
    try {
        switch (message.type) {
            case "ready": handlers.ready(); break;
            case "runtimeInfo.refresh": handlers.refreshRuntimeInfo(message.requestId); break;
            case "result.stop": handlers.stop(message.requestId); break;
            case "result.retry": handlers.retry(message.requestId); break;
            case "result.copy": handlers.copy(message.requestId); break;
            case "result.copyCode": handlers.copyCode(message.requestId, message.index); break;
            case "result.insert": handlers.insert(message.requestId); break;
            case "result.replace": handlers.replace(message.requestId); break;
            case "result.openEditor": handlers.openEditor(message.requestId); break;
            case "link.open": handlers.openLink(message.requestId, message.url); break;
        }
    } catch (error) {
        log.error(`Handling a panel message (${message.type}) failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return true;
}

/** Only http and https links leave the panel, and only well-formed ones. */
export function isOpenableLink(url: string): boolean {
    try {
        const parsed = new URL(url);
        return (parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.hostname.length > 0 && parsed.username === "" && parsed.password === "";
    } catch {
        return false;
    }
}
