// A small client for OpenAI-compatible inference servers (llama.cpp's llama-server,
// vLLM, Ollama, TGI): plain `fetch` and `eventsource-parser` for the SSE stream.
//
// - Requests go only to the configured origin: redirects are refused, never followed.
// - Connect timeout: until the response headers; idle timeout: the longest silence
//   while the body streams (also before its first byte).
// - Retries, with exponential backoff and jitter, only while no byte of the answer has
//   arrived: refused or reset connections, connect timeouts, HTTP 408/429/502/503/504.
//   Once text has streamed, a failure is reported, never papered over by a second answer.
// - Cancelling aborts the fetch, which closes the connection; llama-server and vLLM stop
//   generating for a client that went away.
// - The API key goes in the Authorization header and nowhere else: not in an error
//   message, a log line or `describe()`.
import * as https from "node:https";
import { Readable } from "node:stream";
import * as tls from "node:tls";
import { createParser, type EventSourceMessage } from "eventsource-parser";
import { errorMessage } from "../errors/codedError";
import {
    RemoteBadEndpointError,
    RemoteBadResponseError,
    RemoteDisconnectedError,
    RemoteStatusError,
    RemoteTimeoutError,
    RemoteUnauthorizedError,
    RemoteUnreachableError
} from "./remoteErrors";

/** The subset of `fetch` the client uses (tests and the TLS transport supply their own). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RemoteTlsOptions {
    /** Extra trusted CA certificate(s), PEM text: a company CA for a self-hosted server. */
    caCertificate?: string;
    /** Accept any certificate (self-signed): the connection is encrypted but not authenticated. */
    allowSelfSigned?: boolean;
}

export interface RemoteConnectionOptions {
    /** The server's base URL as configured: `http://host:8080` or `https://host/v1`. */
    endpoint: string;
    /** Extra headers on every request (a gateway's routing header, say). */
    headers?: Readonly<Record<string, string>>;
    /** The API key, read when a request is made (SecretStorage); `undefined` for none. */
    apiKey?: () => Promise<string | undefined>;
    tls?: RemoteTlsOptions;
    /** Until the response headers. Default 15 s. */
    connectTimeoutMs?: number;
    /** The longest silence while an answer streams (and before its first byte). Default 120 s. */
    idleTimeoutMs?: number;
    /** Attempts after the first, before the first byte only. Default 2. */
    retries?: number;
    /** First backoff; doubles per attempt, ±25 % jitter. Default 250 ms. */
    retryDelayMs?: number;
    fetch?: FetchLike;
}

/** One model in `/v1/models`, with the metadata servers add. */
export interface RemoteModel {
    id: string;
    ownedBy?: string;
    /** llama-server: `meta.n_ctx` (per slot) / `meta.n_ctx_train`; vLLM: `max_model_len`. */
    contextSize?: number;
    trainContextSize?: number;
}

/** What a health check found. */
export interface RemoteHealth {
    ok: boolean;
    /** The HTTP status, or 0 when the server could not be reached. */
    status: number;
    latencyMs: number;
    detail: string;
}

export const defaultRemoteTimeouts = { connectMs: 15_000, idleMs: 120_000 } as const;

const retryableStatus = new Set([408, 429, 502, 503, 504]);

/** An abort by the caller (not one of ours): the request was cancelled. */
export class RemoteCancelled extends Error {
    constructor() {
        super("cancelled");
        this.name = "RemoteCancelled";
    }
}

/** The base URL with a trailing `/v1` (and slashes) removed; throws when unusable. */
export function normalizeEndpoint(endpoint: string): URL {
    const trimmed = endpoint.trim();
    let url: URL;
    try {
        url = new URL(trimmed);
    } catch {
        throw new RemoteBadEndpointError(displayEndpoint(trimmed));
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username !== "" || url.password !== "")
        throw new RemoteBadEndpointError(displayEndpoint(trimmed));
    url.search = "";
    url.hash = "";
    url.pathname = url.pathname.replace(/\/+$/, "").replace(/\/v1$/, "");
    return url;
}

/** How an endpoint is shown: scheme, host and port only (no path, query or credentials). */
export function displayEndpoint(endpoint: string): string {
    try {
        const url = new URL(endpoint.trim());
        return `${url.protocol}//${url.host}`;
    } catch {
        return "(invalid URL)";
    }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(new RemoteCancelled());
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new RemoteCancelled());
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}

/** `fetch` over node:https with extra CA certificates or without verification (Node's fetch cannot take either). */
export function tlsFetch(options: RemoteTlsOptions): FetchLike {
    const ca = options.caCertificate !== undefined ? [...tls.rootCertificates, options.caCertificate] : undefined;
    return (url, init) =>
        new Promise<Response>((resolve, reject) => {
            const headers: Record<string, string> = {};
            new Headers(init.headers).forEach((value, key) => (headers[key] = value));
            const request = https.request(
                url,
                {
                    method: init.method ?? "GET",
                    headers,
                    ...(ca !== undefined ? { ca } : {}),
                    rejectUnauthorized: options.allowSelfSigned !== true,
                    ...(init.signal ? { signal: init.signal } : {})
                },
                (response) => {
                    const status = response.statusCode ?? 0;
                    if (status >= 300 && status < 400) {
                        response.destroy();
                        reject(new TypeError(`redirect (HTTP ${status}) refused`));
                        return;
                    }
                    const responseHeaders = new Headers();
                    for (const [key, value] of Object.entries(response.headers)) {
                        if (typeof value === "string") responseHeaders.set(key, value);
                        else if (Array.isArray(value)) for (const v of value) responseHeaders.append(key, v);
                    }
                    const body =
                        status === 204 || status === 304
                            ? null
                            : (Readable.toWeb(response) as ReadableStream<Uint8Array>);
                    resolve(new Response(body, { status, headers: responseHeaders }));
                }
            );
            request.on("error", reject);
            request.end(typeof init.body === "string" ? init.body : undefined);
        });
}

/** What one attempt learnt, for the retry decision. */
interface AttemptState {
    /** Bytes of the answer's body received in this attempt. */
    received: number;
}

/** The server's error message from a JSON error body (`{error: {message}}`, `{error: "…"}`, `{detail}`), shortened. */
function serverMessage(text: string): string {
    try {
        const parsed = JSON.parse(text) as {
            error?: { message?: unknown } | string;
            detail?: unknown;
            message?: unknown;
        };
        const message =
            typeof parsed.error === "string"
                ? parsed.error
                : typeof parsed.error?.message === "string"
                  ? parsed.error.message
                  : typeof parsed.detail === "string"
                    ? parsed.detail
                    : typeof parsed.message === "string"
                      ? parsed.message
                      : undefined;
        if (message !== undefined) return message.slice(0, 300);
    } catch {
        // not JSON
    }
    return text.trim().slice(0, 300) || "no detail";
}

export class OpenAiClient {
    readonly base: URL;
    /** The server as shown to the user: scheme, host, port. */
    readonly origin: string;
    private readonly fetchImpl: FetchLike;
    private readonly connectMs: number;
    private readonly idleMs: number;
    private readonly retries: number;
    private readonly retryDelayMs: number;

    constructor(private readonly options: RemoteConnectionOptions) {
        this.base = normalizeEndpoint(options.endpoint);
        this.origin = `${this.base.protocol}//${this.base.host}`;
        const needsTls =
            this.base.protocol === "https:" &&
            (options.tls?.caCertificate !== undefined || options.tls?.allowSelfSigned === true);
        this.fetchImpl =
            options.fetch ?? (needsTls && options.tls ? tlsFetch(options.tls) : (url, init) => fetch(url, init));
        this.connectMs = options.connectTimeoutMs ?? defaultRemoteTimeouts.connectMs;
        this.idleMs = options.idleTimeoutMs ?? defaultRemoteTimeouts.idleMs;
        this.retries = Math.max(0, options.retries ?? 2);
        this.retryDelayMs = options.retryDelayMs ?? 250;
    }

    /** `path` ("/v1/models", "/props") under the configured base; always the configured origin. */
    url(path: string): string {
        const url = new URL(this.base.href);
        url.pathname = `${this.base.pathname}${path}`.replace(/\/{2,}/g, "/");
        return url.href;
    }

    private async headers(json: boolean): Promise<Headers> {
        const headers = new Headers();
        for (const [key, value] of Object.entries(this.options.headers ?? {})) {
            // A header name or value that fetch would refuse is left out, not sent half-formed.
            try {
                headers.set(key, value);
            } catch {
                // skipped
            }
        }
        headers.set("accept", json ? "application/json" : "text/event-stream");
        const key = await this.options.apiKey?.();
        if (key !== undefined && key.length > 0) headers.set("authorization", `Bearer ${key}`);
        return headers;
    }

    /**
     * One request with retries while nothing of the answer has arrived; `read` consumes
     * the response (its body bytes are counted through `state`).
     */
    private async request<T>(
        method: "GET" | "POST",
        path: string,
        body: unknown,
        signal: AbortSignal | undefined,
        read: (response: Response, state: AttemptState, attempt: AbortController) => Promise<T>,
        { retries = this.retries, stream = false }: { retries?: number; stream?: boolean } = {}
    ): Promise<T> {
        let lastError: unknown;
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                const delay = this.retryDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
                await sleep(delay, signal);
            }
            const state: AttemptState = { received: 0 };
            try {
                return await this.attempt(method, path, body, signal, state, read, stream);
            } catch (error) {
                lastError = error;
                if (error instanceof RemoteCancelled) throw error;
                const retryable =
                    state.received === 0 &&
                    (error instanceof RemoteUnreachableError ||
                        (error instanceof RemoteTimeoutError && error.phase === "connect") ||
                        (error instanceof RemoteStatusError && retryableStatus.has(error.status)) ||
                        (error instanceof RemoteDisconnectedError && stream));
                if (!retryable || attempt === retries) throw error;
            }
        }
        throw lastError;
    }

    private async attempt<T>(
        method: "GET" | "POST",
        path: string,
        body: unknown,
        signal: AbortSignal | undefined,
        state: AttemptState,
        read: (response: Response, state: AttemptState, attempt: AbortController) => Promise<T>,
        stream: boolean
    ): Promise<T> {
        if (signal?.aborted) throw new RemoteCancelled();
        const controller = new AbortController();
        let timedOut: "connect" | "idle" | undefined;
        const onAbort = () => controller.abort();
        signal?.addEventListener("abort", onAbort, { once: true });
        let timer: NodeJS.Timeout | undefined = setTimeout(() => {
            timedOut = "connect";
            controller.abort();
        }, this.connectMs);
        /** (Re)arms the idle timer; every received chunk calls it. */
        const touch = () => {
            if (timer !== undefined) clearTimeout(timer);
            timer = setTimeout(() => {
                timedOut = "idle";
                controller.abort();
            }, this.idleMs);
        };
        const fail = (error: unknown): never => {
            if (signal?.aborted) throw new RemoteCancelled();
            if (timedOut !== undefined)
                throw new RemoteTimeoutError(
                    this.origin,
                    timedOut,
                    timedOut === "connect" ? this.connectMs : this.idleMs
                );
            if (
                error instanceof RemoteStatusError ||
                error instanceof RemoteUnauthorizedError ||
                error instanceof RemoteBadResponseError ||
                error instanceof RemoteDisconnectedError
            )
                throw error;
            if (state.received > 0)
                throw new RemoteDisconnectedError(this.origin, errorMessage(error), { cause: error });
            throw new RemoteUnreachableError(this.origin, describeNetworkError(error), { cause: error });
        };
        try {
            let response: Response;
            try {
                response = await this.fetchImpl(this.url(path), {
                    method,
                    headers: await this.headers(!stream),
                    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                    signal: controller.signal,
                    redirect: "error"
                });
            } catch (error) {
                return fail(error);
            }
            touch();
            if (response.status === 401 || response.status === 403) {
                await response.body?.cancel().catch(() => undefined);
                throw new RemoteUnauthorizedError(this.origin, response.status);
            }
            if (response.status >= 300 && response.status < 400) {
                await response.body?.cancel().catch(() => undefined);
                throw new RemoteUnreachableError(this.origin, `redirect (HTTP ${response.status}) refused`);
            }
            if (!response.ok) {
                const text = await this.readText(response, state, touch).catch(() => "");
                // The error body does not count as the answer's first byte.
                state.received = 0;
                throw new RemoteStatusError(this.origin, response.status, serverMessage(text));
            }
            return await read(
                new Response(this.counted(response, state, touch), {
                    status: response.status,
                    headers: response.headers
                }),
                state,
                controller
            );
        } catch (error) {
            return fail(error);
        } finally {
            clearTimeout(timer);
            signal?.removeEventListener("abort", onAbort);
        }
    }

    /** The body, counting bytes and re-arming the idle timer on each chunk. */
    private counted(response: Response, state: AttemptState, touch: () => void): ReadableStream<Uint8Array> | null {
        const body = response.body;
        if (body === null) return null;
        const reader: ReadableStreamDefaultReader<Uint8Array> = body.getReader();
        return new ReadableStream<Uint8Array>({
            async pull(controller) {
                const { done, value } = await reader.read();
                if (done) {
                    controller.close();
                    return;
                }
                state.received += value.byteLength;
                touch();
                controller.enqueue(value);
            },
            cancel(reason) {
                return reader.cancel(reason);
            }
        });
    }

    private async readText(response: Response, state: AttemptState, touch: () => void): Promise<string> {
        const body = this.counted(response, state, touch);
        return body === null ? "" : await new Response(body).text();
    }

    /** GET or POST returning JSON. */
    async json(
        method: "GET" | "POST",
        path: string,
        body?: unknown,
        { signal, retries }: { signal?: AbortSignal; retries?: number } = {}
    ): Promise<unknown> {
        return this.request(
            method,
            path,
            body,
            signal,
            async (response) => {
                const text = await response.text();
                try {
                    return JSON.parse(text) as unknown;
                } catch {
                    throw new RemoteBadResponseError(this.origin, `${path}: not JSON`);
                }
            },
            retries === undefined ? {} : { retries }
        );
    }

    /**
     * POSTs `body` and calls `onData` with each SSE `data:` payload, parsed as JSON,
     * until `[DONE]` or the end of the stream. `onData` returns `"stop"` to close the
     * connection early (a client-side stop sequence). Resolves with how it ended.
     */
    async stream(
        path: string,
        body: unknown,
        onData: (data: unknown) => "stop" | undefined,
        signal: AbortSignal | undefined
    ): Promise<"done" | "stopped" | "ended"> {
        return this.request(
            "POST",
            path,
            body,
            signal,
            async (response, state, attempt) => {
                const contentType = response.headers.get("content-type") ?? "";
                if (!contentType.includes("text/event-stream")) {
                    const text = await response.text();
                    throw new RemoteBadResponseError(
                        this.origin,
                        `${path}: expected an event stream, got ${contentType || "no content type"}: ${serverMessage(text).slice(0, 120)}`
                    );
                }
                let outcome: "done" | "stopped" | undefined;
                let failure: unknown;
                const parser = createParser({
                    onEvent: (event: EventSourceMessage) => {
                        if (outcome !== undefined || failure !== undefined) return;
                        if (event.data.trim() === "[DONE]") {
                            outcome = "done";
                            return;
                        }
                        let data: unknown;
                        try {
                            data = JSON.parse(event.data) as unknown;
                        } catch {
                            failure = new RemoteBadResponseError(this.origin, `${path}: an event is not JSON`);
                            return;
                        }
                        const error = (data as { error?: unknown } | null)?.error;
                        if (error !== undefined && error !== null) {
                            failure = new RemoteStatusError(this.origin, 500, serverMessage(JSON.stringify(data)));
                            return;
                        }
                        try {
                            if (onData(data) === "stop") outcome = "stopped";
                        } catch (listenerError) {
                            failure = listenerError;
                        }
                    }
                });
                const body = response.body;
                if (body === null) return "ended" as const;
                const reader: ReadableStreamDefaultReader<Uint8Array> = body.getReader();
                const decoder = new TextDecoder();
                try {
                    for (;;) {
                        const { done, value } = await reader.read();
                        if (done) break;
                        parser.feed(decoder.decode(value, { stream: true }));
                        if (failure !== undefined)
                            throw failure instanceof Error ? failure : new Error(errorMessage(failure));
                        if (outcome !== undefined) break;
                    }
                } catch (error) {
                    if (outcome === undefined && failure === undefined && state.received > 0)
                        throw new RemoteDisconnectedError(this.origin, errorMessage(error), { cause: error });
                    throw error;
                } finally {
                    if (outcome !== undefined || failure !== undefined) {
                        // Close the connection: the server frees its slot for a client that left.
                        attempt.abort();
                        await reader.cancel().catch(() => undefined);
                    }
                }
                if (outcome !== undefined) return outcome;
                // The stream ended without [DONE]: a server that went away after sending headers.
                if (state.received === 0) throw new RemoteDisconnectedError(this.origin, "empty event stream");
                return "ended" as const;
            },
            { stream: true }
        );
    }

    /** `/v1/models`. */
    async listModels(signal?: AbortSignal): Promise<RemoteModel[]> {
        const answer = (await this.json("GET", "/v1/models", undefined, signal ? { signal } : {})) as {
            data?: unknown;
            models?: unknown;
        } | null;
        const data = Array.isArray(answer?.data) ? (answer.data as unknown[]) : undefined;
        if (data === undefined) throw new RemoteBadResponseError(this.origin, "/v1/models: no data array");
        const models: RemoteModel[] = [];
        for (const item of data) {
            const entry = item as {
                id?: unknown;
                owned_by?: unknown;
                max_model_len?: unknown;
                meta?: { n_ctx?: unknown; n_ctx_train?: unknown } | null;
            };
            if (typeof entry.id !== "string" || entry.id.length === 0) continue;
            const positive = (value: unknown) =>
                typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
            const contextSize = positive(entry.meta?.n_ctx) ?? positive(entry.max_model_len);
            const trainContextSize = positive(entry.meta?.n_ctx_train) ?? positive(entry.max_model_len);
            models.push({
                id: entry.id,
                ...(typeof entry.owned_by === "string" ? { ownedBy: entry.owned_by } : {}),
                ...(contextSize !== undefined ? { contextSize } : {}),
                ...(trainContextSize !== undefined ? { trainContextSize } : {})
            });
        }
        return models;
    }

    /**
     * llama-server's `/props`: the context size per slot and the slot count; `undefined`
     * from servers without it (vLLM, Ollama).
     */
    async props(signal?: AbortSignal): Promise<{ contextSize?: number; slots?: number } | undefined> {
        try {
            const answer = (await this.json("GET", "/props", undefined, {
                ...(signal ? { signal } : {}),
                retries: 0
            })) as {
                default_generation_settings?: { n_ctx?: unknown };
                total_slots?: unknown;
            } | null;
            const n = answer?.default_generation_settings?.n_ctx;
            const slots = answer?.total_slots;
            return {
                ...(typeof n === "number" && n > 0 ? { contextSize: n } : {}),
                ...(typeof slots === "number" && slots > 0 ? { slots } : {})
            };
        } catch (error) {
            if (error instanceof RemoteStatusError || error instanceof RemoteBadResponseError) return undefined;
            throw error;
        }
    }

    /**
     * Tokens `text` takes, through `/tokenize` (llama-server: `{content}` → `{tokens}`;
     * vLLM: `{model, prompt}` → `{count}`); `undefined` when the server has no such endpoint.
     */
    async tokenize(text: string, model: string, signal?: AbortSignal): Promise<number | undefined> {
        let answer: { tokens?: unknown; count?: unknown } | null;
        try {
            answer = (await this.json(
                "POST",
                "/tokenize",
                { model, content: text, prompt: text },
                { ...(signal ? { signal } : {}), retries: 0 }
            )) as { tokens?: unknown; count?: unknown } | null;
        } catch (error) {
            if (error instanceof RemoteStatusError && [404, 405, 501].includes(error.status)) return undefined;
            if (error instanceof RemoteBadResponseError) return undefined;
            throw error;
        }
        if (typeof answer?.count === "number") return answer.count;
        if (Array.isArray(answer?.tokens)) return answer.tokens.length;
        return undefined;
    }

    /**
     * Is the server up? `/health` (llama-server, vLLM, TGI), else `/v1/models` (Ollama and
     * others). Never throws; never retries.
     */
    async health(signal?: AbortSignal): Promise<RemoteHealth> {
        const started = performance.now();
        const elapsed = () => Math.round(performance.now() - started);
        for (const path of ["/health", "/v1/models"]) {
            try {
                await this.json("GET", path, undefined, { ...(signal ? { signal } : {}), retries: 0 });
                return { ok: true, status: 200, latencyMs: elapsed(), detail: `${path} answered` };
            } catch (error) {
                if (error instanceof RemoteBadResponseError)
                    return { ok: true, status: 200, latencyMs: elapsed(), detail: `${path} answered` };
                if (error instanceof RemoteStatusError && error.status === 404) continue;
                const status =
                    error instanceof RemoteStatusError || error instanceof RemoteUnauthorizedError ? error.status : 0;
                return { ok: false, status, latencyMs: elapsed(), detail: errorMessage(error) };
            }
        }
        return { ok: false, status: 404, latencyMs: elapsed(), detail: "no /health or /v1/models" };
    }
}

/** A network error in a few words: the system code (ECONNREFUSED, ENOTFOUND, CERT_…) when there is one. */
function describeNetworkError(error: unknown): string {
    let current: unknown = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
        const code = (current as { code?: unknown }).code;
        if (typeof code === "string") return `${code}: ${current.message}`.slice(0, 200);
        current = (current as { cause?: unknown }).cause;
    }
    return errorMessage(error).slice(0, 200);
}
