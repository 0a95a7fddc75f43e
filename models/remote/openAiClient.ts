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
import { createParser, type EventSourceMessage } from "eventsource-parser";
import { errorMessage } from "../errors/codedError";
import {
    RemoteBadResponseError,
    RemoteDisconnectedError,
    RemoteStatusError,
    RemoteTimeoutError,
    RemoteUnauthorizedError,
    RemoteUnreachableError
} from "./remoteErrors";
import {
    describeNetworkError,
    normalizeEndpoint,
    RemoteCancelled,
    serverMessage,
    sleep,
    tlsFetch,
    type FetchLike,
    type RemoteTlsOptions
} from "./transport";

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

export const defaultRemoteTimeouts = { connectMs: 15_000, idleMs: 120_000 } as const;

const retryableStatus = new Set([408, 429, 502, 503, 504]);

/** What one attempt learnt, for the retry decision. */
interface AttemptState {
    /** Bytes of the answer's body received in this attempt. */
    received: number;
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
            throw this.attemptError(error, signal, timedOut, state);
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
            await this.refuseStatus(response, state, touch);
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

    /** What a failed attempt throws: a cancel, a timeout, the server's answer, or the network's. */
    private attemptError(
        error: unknown,
        signal: AbortSignal | undefined,
        timedOut: "connect" | "idle" | undefined,
        state: AttemptState
    ): Error {
        if (signal?.aborted) return new RemoteCancelled();
        if (timedOut !== undefined)
            return new RemoteTimeoutError(this.origin, timedOut, timedOut === "connect" ? this.connectMs : this.idleMs);
        if (
            error instanceof RemoteStatusError ||
            error instanceof RemoteUnauthorizedError ||
            error instanceof RemoteBadResponseError ||
            error instanceof RemoteDisconnectedError
        )
            return error;
        if (state.received > 0) return new RemoteDisconnectedError(this.origin, errorMessage(error), { cause: error });
        return new RemoteUnreachableError(this.origin, describeNetworkError(error), { cause: error });
    }

    /** Throws for a response that is not the answer: 401/403, a redirect, any other error status. */
    private async refuseStatus(response: Response, state: AttemptState, touch: () => void): Promise<void> {
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
     * (Long because the parser's callback and the read loop share how the stream ended.)
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
}
