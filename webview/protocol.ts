// The one contract between the extension host and the Gemma-Ko panel.
// Types here, schemas in protocolSchemas.json, validators generated from the
// schemas; both sides call parse…Message on everything they receive and drop
// whatever does not match.
import { validateHostToWebview, validateWebviewToHost } from "./generated/validators";

/** Correlates a request with every message about it; late messages for another id are ignored. */
export type RequestId = string;

/** Localised strings the panel shows on its own (the host owns the l10n bundle). `{0}` is a placeholder. */
export interface PanelStrings {
    title: string;
    refresh: string;
    loading: string;
    error: string;
    empty: string;
    /** Heading of the result history. */
    results: string;
    stop: string;
    retry: string;
    copy: string;
    copyCode: string;
    insert: string;
    replace: string;
    openEditor: string;
    queued: string;
    /** "Loading the model {0}%". */
    loadingModel: string;
    generating: string;
    /** "{0} tokens/s". */
    tokensPerSecond: string;
    stopped: string;
    done: string;
    /** "Blocked: {0}". */
    blocked: string;
    /** "{0} hidden" — {0} is a list like "주민등록번호 1개, 전화번호 2개". */
    redacted: string;
    source: string;
    confirmLink: string;
    /** "{0} {1}" — a type and how many ("전화번호 2개"). */
    redactionCount: string;
}

export const panelStringKeys: ReadonlyArray<keyof PanelStrings> = [
    "title", "refresh", "loading", "error", "empty", "results", "stop", "retry", "copy", "copyCode", "insert", "replace", "openEditor",
    "queued", "loadingModel", "generating", "tokensPerSecond", "stopped", "done", "blocked", "redacted", "source", "confirmLink", "redactionCount"
];

export interface RuntimeInfoRowMessage {
    label: string;
    value: string;
}

/** What the filter hid in a result, for its badge: a type's Korean label and how many. */
export interface RedactionCount {
    label: string;
    count: number;
}

/** Panel -> host. Results are referred to by id only: the host keeps the (filtered) text. */
export type WebviewToHostMessage =
    | { type: "ready" }
    | { type: "runtimeInfo.refresh"; requestId: RequestId }
    | { type: "result.stop"; requestId: RequestId }
    | { type: "result.retry"; requestId: RequestId }
    | { type: "result.copy"; requestId: RequestId }
    | { type: "result.copyCode"; requestId: RequestId; index: number }
    | { type: "result.insert"; requestId: RequestId }
    | { type: "result.replace"; requestId: RequestId }
    | { type: "result.openEditor"; requestId: RequestId }
    | { type: "link.open"; requestId: RequestId; url: string };

/** Host -> panel. Every result message carries its request id; the panel ignores ids it has finished. */
export type HostToWebviewMessage =
    | { type: "init"; locale: string; strings: PanelStrings }
    | { type: "runtimeInfo.loading"; requestId: RequestId }
    | { type: "runtimeInfo.result"; requestId: RequestId; backend: "cuda" | "vulkan" | "metal" | "cpu"; rows: RuntimeInfoRowMessage[] }
    | { type: "runtimeInfo.error"; requestId: RequestId; message: string }
    | { type: "result.start"; requestId: RequestId; title: string; source: string; createdAt: number }
    | { type: "result.status"; requestId: RequestId; phase: "queued" | "loading" | "generating"; progress?: number; tokensPerSecond?: number }
    /** Filtered text to append. */
    | { type: "result.chunk"; requestId: RequestId; text: string }
    /** The whole filtered text, authoritative. */
    | { type: "result.end"; requestId: RequestId; text: string; outcome: "done" | "stopped"; redactions: RedactionCount[]; tokensPerSecond?: number }
    /** Withdraw everything shown for this request; show the categories and the notice instead. */
    | { type: "result.blocked"; requestId: RequestId; categories: string[]; notice: string }
    | { type: "result.error"; requestId: RequestId; message: string };

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
