// The one contract between the extension host and the results panel. Each message
// is defined once, in messages.ts (schema and type in one); the validators are
// generated from those schemas. Both sides call parse…Message on everything they
// receive and drop whatever does not match.
import {
    panelStringKeys as generatedPanelStringKeys,
    validateHostToWebview,
    validateWebviewToHost
} from "./generated/validators";
import type { HostToWebviewMessage, PanelStrings, WebviewToHostMessage } from "./messages";

/** Correlates a request with every message about it; late messages for another id are ignored. */
export type RequestId = string;

export type {
    ErrorFix,
    HostToWebviewMessage,
    PanelStrings,
    RedactionCount,
    ReviewKind,
    RuntimeInfoRowMessage,
    WebviewToHostMessage
} from "./messages";

/** The keys of {@link PanelStrings}, generated from its schema. */
export const panelStringKeys = generatedPanelStringKeys as ReadonlyArray<keyof PanelStrings>;

/** The message of one `type`. */
export type MessageOfType<M extends { type: string }, T extends M["type"]> = Extract<M, { type: T }>;

/** One handler per message type, each receiving exactly its message. */
export type MessageHandlers<M extends { type: string }> = {
    [T in M["type"]]: (message: MessageOfType<M, T>) => void;
};

/** Calls the handler for `message.type` (an own property only: never `constructor` or `__proto__`). */
export function dispatchMessage<M extends { type: string }>(message: M, handlers: MessageHandlers<M>): void {
    if (!Object.hasOwn(handlers, message.type)) throw new Error(`No handler for a "${message.type}" message.`);
    const handler = handlers[message.type as M["type"]] as (message: M) => void;
    handler(message);
}

export type ParseResult<T> = { ok: true; message: T } | { ok: false; error: string };

interface GeneratedValidator {
    (data: unknown): boolean;
    errors?: Array<{ instancePath: string; message?: string }> | null;
}

function describeErrors(validator: GeneratedValidator): string {
    const first = validator.errors?.[0];
    if (first === undefined) return "invalid message";
    return `${first.instancePath === "" ? "message" : first.instancePath} ${first.message ?? "is invalid"}`;
}

function parseWith<T>(validator: GeneratedValidator, raw: unknown): ParseResult<T> {
    try {
        if (validator(raw)) return { ok: true, message: raw as T };
        return { ok: false, error: describeErrors(validator) };
    } catch (error) {
        // A getter or proxy in hostile input must not escape as an exception.
        return { ok: false, error: `unreadable message: ${error instanceof Error ? error.message : String(error)}` };
    }
}

/** Validates a message the host received from the panel. */
export function parseWebviewToHostMessage(raw: unknown): ParseResult<WebviewToHostMessage> {
    return parseWith<WebviewToHostMessage>(validateWebviewToHost as GeneratedValidator, raw);
}

/** Validates a message the panel received from the host. */
export function parseHostToWebviewMessage(raw: unknown): ParseResult<HostToWebviewMessage> {
    return parseWith<HostToWebviewMessage>(validateHostToWebview as GeneratedValidator, raw);
}

/** A fresh request id: unguessable enough to keep stale responses apart, and schema-valid. */
export function newRequestId(): RequestId {
    let id = "";
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (let i = 0; i < 16; i++) id += alphabet[Math.floor(Math.random() * alphabet.length)];
    return id;
}
