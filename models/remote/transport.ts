// How the client reaches a server: the endpoint as configured and as shown, `fetch`
// over node:https for a company CA or a self-signed certificate, and the few words an
// error gives about the server or the network.
import * as https from "node:https";
import { Readable } from "node:stream";
import * as tls from "node:tls";
import { errorMessage } from "../errors/codedError";
import { RemoteBadEndpointError } from "./remoteErrors";

/** The subset of `fetch` the client uses (tests and the TLS transport supply their own). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RemoteTlsOptions {
    /** Extra trusted CA certificate(s), PEM text: a company CA for a self-hosted server. */
    caCertificate?: string;
    /** Accept any certificate (self-signed): the connection is encrypted but not authenticated. */
    allowSelfSigned?: boolean;
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

/**
 * How an endpoint is shown: scheme, host and port only (no path, query or credentials). Not an
 * http(s) URL at all ("htp//gpu-box:8080"): as typed, which is what the user must fix, but
 * without a query or fragment and without what may be a user name and password before "@".
 */
export function displayEndpoint(endpoint: string): string {
    try {
        const url = new URL(endpoint.trim());
        if ((url.protocol === "http:" || url.protocol === "https:") && url.host.length > 0)
            return `${url.protocol}//${url.host}`;
    } catch {
        // Shown as typed, below.
    }
    // Up to the last "@" before the path: a password may hold "@" itself. Control and direction
    // characters go, so the message reads as the value is (a right-to-left override reversed it).
    const typed = endpoint
        .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
        .trim()
        .replace(/[?#][\s\S]*$/, "")
        .replace(/^([a-z][\w+.-]*:\/\/)?[^/]*@/i, "$1")
        .slice(0, 80);
    return `"${typed}"`;
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

/** The server's error message from a JSON error body (`{error: {message}}`, `{error: "…"}`, `{detail}`), shortened. */
export function serverMessage(text: string): string {
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

/** A network error in a few words: the system code (ECONNREFUSED, ENOTFOUND, CERT_…) when there is one. */
export function describeNetworkError(error: unknown): string {
    let current: unknown = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
        const code = (current as { code?: unknown }).code;
        if (typeof code === "string") return `${code}: ${current.message}`.slice(0, 200);
        current = (current as { cause?: unknown }).cause;
    }
    return errorMessage(error).slice(0, 200);
}

/** An abort by the caller (not one of ours): the request was cancelled. */
export class RemoteCancelled extends Error {
    constructor() {
        super("cancelled");
        this.name = "RemoteCancelled";
    }
}

/** Waits `ms`; a cancel ends the wait with {@link RemoteCancelled}. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
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
