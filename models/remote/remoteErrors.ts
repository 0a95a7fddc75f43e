import { CodedError, withDetail } from "../errors/codedError";
import { english, type Translate } from "../translate";

/**
 * Why a remote (OpenAI-compatible) server could not answer. Each sentence names the
 * server by its host only (never a path, a query or credentials) and says what to do.
 */
export type RemoteErrorCode =
    | "remoteBadEndpoint"
    | "remoteUnreachable"
    | "remoteTimeout"
    | "remoteUnauthorized"
    | "remoteStatus"
    | "remoteDisconnected"
    | "remoteBadResponse"
    | "remoteModelNotServed";

export const remoteSentences = {
    remoteBadEndpoint: (t: Translate, endpoint: string) =>
        t(
            "The server address {0} is not a usable http:// or https:// URL (without a user name or password in it). Check the gemmaKo.remote.endpoint setting.",
            endpoint
        ),
    remoteUnreachable: (t: Translate, endpoint: string) =>
        t(
            "The inference server {0} could not be reached. Check that it is running and the gemmaKo.remote.endpoint setting (and, for https, the certificate settings).",
            endpoint
        ),
    remoteTimeout: (t: Translate, endpoint: string, seconds: number) =>
        t(
            "The inference server {0} did not answer within {1} s. It may be overloaded or still loading the model; try again.",
            endpoint,
            seconds
        ),
    remoteUnauthorized: (t: Translate, endpoint: string) =>
        t(
            "The inference server {0} refused the request: it needs an API key, or the stored one is wrong. Run “Gemma-Ko: Set Server API Key”.",
            endpoint
        ),
    remoteStatus: (t: Translate, endpoint: string, status: number, detail: string) =>
        [
            t("The inference server {0} answered with an error (HTTP {1}): {2}", endpoint, status, detail),
            // Not found: most often another web server on that port, or the API's path left out.
            ...(status === 404 || status === 405
                ? [
                      t(
                          "Check that gemmaKo.remote.endpoint names the inference server's host, port and API path (an OpenAI-compatible server answers at …/v1/models)."
                      )
                  ]
                : [])
        ].join(" "),
    remoteDisconnected: (t: Translate, endpoint: string) =>
        t(
            "The connection to the inference server {0} broke off in the middle of the answer. Nothing was inserted; try again.",
            endpoint
        ),
    remoteBadResponse: (t: Translate, endpoint: string) =>
        t(
            "The inference server {0} sent an answer that is not OpenAI-compatible. Check that gemmaKo.remote.endpoint points at the server's API.",
            endpoint
        ),
    remoteModelNotServed: (t: Translate, endpoint: string, model: string, available: string) =>
        t(
            "The inference server {0} does not serve the model {1}. It serves: {2}. Choose one with “Gemma-Ko: Select Model”.",
            endpoint,
            model,
            available
        )
} satisfies Record<RemoteErrorCode, (t: Translate, endpoint: string, ...args: never[]) => string>;

export abstract class RemoteError<Code extends RemoteErrorCode = RemoteErrorCode> extends CodedError<Code> {
    /** The server, as shown to the user: its origin only. */
    abstract readonly endpoint: string;
}

export class RemoteBadEndpointError extends RemoteError<"remoteBadEndpoint"> {
    readonly code = "remoteBadEndpoint";
    constructor(readonly endpoint: string) {
        super(remoteSentences.remoteBadEndpoint(english, endpoint));
    }
}

export class RemoteUnreachableError extends RemoteError<"remoteUnreachable"> {
    readonly code = "remoteUnreachable";
    constructor(
        readonly endpoint: string,
        readonly detail: string,
        options?: ErrorOptions
    ) {
        super(withDetail(remoteSentences.remoteUnreachable(english, endpoint), detail), options);
    }
}

export class RemoteTimeoutError extends RemoteError<"remoteTimeout"> {
    readonly code = "remoteTimeout";
    constructor(
        readonly endpoint: string,
        /** "connect": no response headers in time; "idle": the answer stalled. */
        readonly phase: "connect" | "idle",
        readonly ms: number
    ) {
        super(withDetail(remoteSentences.remoteTimeout(english, endpoint, Math.round(ms / 100) / 10), phase));
    }
}

export class RemoteUnauthorizedError extends RemoteError<"remoteUnauthorized"> {
    readonly code = "remoteUnauthorized";
    constructor(
        readonly endpoint: string,
        readonly status: number
    ) {
        super(withDetail(remoteSentences.remoteUnauthorized(english, endpoint), `HTTP ${status}`));
    }
}

export class RemoteStatusError extends RemoteError<"remoteStatus"> {
    readonly code = "remoteStatus";
    constructor(
        readonly endpoint: string,
        readonly status: number,
        /** The server's own error message, shortened. */
        readonly detail: string
    ) {
        super(remoteSentences.remoteStatus(english, endpoint, status, detail));
    }
}

export class RemoteDisconnectedError extends RemoteError<"remoteDisconnected"> {
    readonly code = "remoteDisconnected";
    constructor(
        readonly endpoint: string,
        readonly detail: string,
        options?: ErrorOptions
    ) {
        super(withDetail(remoteSentences.remoteDisconnected(english, endpoint), detail), options);
    }
}

export class RemoteBadResponseError extends RemoteError<"remoteBadResponse"> {
    readonly code = "remoteBadResponse";
    constructor(
        readonly endpoint: string,
        readonly detail: string
    ) {
        super(withDetail(remoteSentences.remoteBadResponse(english, endpoint), detail));
    }
}

export class RemoteModelNotServedError extends RemoteError<"remoteModelNotServed"> {
    readonly code = "remoteModelNotServed";
    constructor(
        readonly endpoint: string,
        readonly model: string,
        readonly available: readonly string[]
    ) {
        super(remoteSentences.remoteModelNotServed(english, endpoint, model, available.join(", ") || "-"));
    }
}

export type AnyRemoteError =
    | RemoteBadEndpointError
    | RemoteUnreachableError
    | RemoteTimeoutError
    | RemoteUnauthorizedError
    | RemoteStatusError
    | RemoteDisconnectedError
    | RemoteBadResponseError
    | RemoteModelNotServedError;

/** Whether a request failed because the server cannot be reached or went away mid-answer. */
export function connectionLost(error: unknown): boolean {
    return (
        error instanceof RemoteUnreachableError ||
        error instanceof RemoteDisconnectedError ||
        error instanceof RemoteTimeoutError
    );
}
