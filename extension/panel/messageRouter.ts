// Validates and dispatches messages from the panel. No `vscode` import: the unit
// fuzz test drives it with thousands of hostile messages in plain Node.
import {
    dispatchMessage,
    parseWebviewToHostMessage,
    type MessageHandlers,
    type WebviewToHostMessage
} from "../../webview/protocol";
import { errorMessage } from "../../models/errors/codedError";

/** What the host does for each valid panel message: one handler per message type. */
export type PanelMessageHandlers = MessageHandlers<WebviewToHostMessage>;

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
    try {
        dispatchMessage(parsed.message, handlers);
    } catch (error) {
        log.error(`Handling a panel message (${parsed.message.type}) failed: ${errorMessage(error)}`);
    }
    return true;
}

/** Only http and https links leave the panel, and only well-formed ones. */
export function isOpenableLink(url: string): boolean {
    try {
        const parsed = new URL(url);
        return (
            (parsed.protocol === "https:" || parsed.protocol === "http:") &&
            parsed.hostname.length > 0 &&
            parsed.username === "" &&
            parsed.password === ""
        );
    } catch {
        return false;
    }
}
