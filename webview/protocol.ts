// The one contract between the extension host and the Gemma-Ko panel.
// Types here, schemas in protocolSchemas.json, validators generated from the
// schemas; both sides call parse…Message on everything they receive and drop
// whatever does not match.
import { validateHostToWebview, validateWebviewToHost } from "./generated/validators";

/** Correlates a request with every message about it; late messages for another id are ignored. */
export type RequestId = string;

/** Localised strings the panel shows on its own (the host owns the l10n bundle). */
export interface PanelStrings {
    title: string;
    refresh: string;
    loading: string;
    error: string;
    empty: string;
}

export interface RuntimeInfoRowMessage {
    label: string;
    value: string;
}

/** Panel -> host. */
export type WebviewToHostMessage =
    | { type: "ready" }
    | { type: "runtimeInfo.refresh"; requestId: RequestId };

/** Host -> panel. */
export type HostToWebviewMessage =
    | { type: "init"; locale: string; strings: PanelStrings }
    | { type: "runtimeInfo.loading"; requestId: RequestId }
    | { type: "runtimeInfo.result"; requestId: RequestId; backend: "cuda" | "vulkan" | "metal" | "cpu"; rows: RuntimeInfoRowMessage[] }
    | { type: "runtimeInfo.error"; requestId: RequestId; message: string };

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
