import { CodedError, withDetail } from "./errors/codedError";
import { formatBytes } from "./runtimeInfo";
import { english, type Translate } from "./translate";

/** Why a model download failed; each sentence a user reads is written once, in {@link downloadSentences}. */
export type DownloadErrorCode =
    "offline" | "httpStatus" | "downloadCancelled" | "incomplete" | "checksumMismatch" | "diskFull" | "insecureUrl";

export const downloadSentences = {
    offline: (t: Translate, url: string, detail: string) =>
        t(
            'Cannot reach {0} ({1}). Check the network connection or proxy, or download the file elsewhere and choose "Use a local GGUF file".',
            new URL(url).host,
            detail
        ),
    httpStatus: (t: Translate, status: number) =>
        status === 401 || status === 403
            ? t(
                  'The server refused the download ({0}). The model may need a Hugging Face login or licence acceptance: download it in a browser and choose "Use a local GGUF file".',
                  status
              )
            : t("The server answered {0} for the model download.", status),
    downloadCancelled: (t: Translate, receivedBytes: number) =>
        t(
            "The download was cancelled after {0}; starting it again resumes where it stopped.",
            formatBytes(receivedBytes)
        ),
    incomplete: (t: Translate, receivedBytes: number) =>
        t("The connection ended after {0}. Start the download again to resume it.", formatBytes(receivedBytes)),
    checksumMismatch: (t: Translate, actual: string) =>
        t(
            "The downloaded file does not match the catalog's SHA-256 ({0}). It was deleted; download it again.",
            actual.slice(0, 12)
        ),
    diskFull: (t: Translate, directory: string, neededBytes: number, availableBytes: number) =>
        t(
            "Not enough disk space in {0}: the model needs {1} more, {2} is free. Free some space or choose another folder.",
            directory,
            formatBytes(neededBytes),
            formatBytes(availableBytes)
        ),
    insecureUrl: (t: Translate, url: string) => t("Models are only downloaded over https; refusing {0}.", url)
} satisfies Record<DownloadErrorCode, (t: Translate, ...args: never[]) => string>;

export abstract class DownloadError<Code extends DownloadErrorCode = DownloadErrorCode> extends CodedError<Code> {
    constructor(
        readonly url: string,
        message: string
    ) {
        super(message);
    }
}

export class OfflineError extends DownloadError<"offline"> {
    readonly code = "offline";
    constructor(
        url: string,
        readonly detail: string
    ) {
        super(url, downloadSentences.offline(english, url, detail));
    }
}

export class DownloadHttpError extends DownloadError<"httpStatus"> {
    readonly code = "httpStatus";
    constructor(
        url: string,
        readonly status: number
    ) {
        super(url, withDetail(downloadSentences.httpStatus(english, status), url));
    }
}

export class DownloadCancelledError extends DownloadError<"downloadCancelled"> {
    readonly code = "downloadCancelled";
    constructor(
        url: string,
        readonly receivedBytes: number
    ) {
        super(url, downloadSentences.downloadCancelled(english, receivedBytes));
    }
}

export class DownloadIncompleteError extends DownloadError<"incomplete"> {
    readonly code = "incomplete";
    constructor(
        url: string,
        readonly receivedBytes: number,
        readonly totalBytes: number | undefined,
        detail: string
    ) {
        super(
            url,
            withDetail(
                downloadSentences.incomplete(english, receivedBytes),
                `${totalBytes === undefined ? "" : `of ${totalBytes} bytes; `}${detail}`
            )
        );
    }
}

export class ChecksumMismatchError extends DownloadError<"checksumMismatch"> {
    readonly code = "checksumMismatch";
    constructor(
        url: string,
        readonly expected: string,
        readonly actual: string
    ) {
        super(
            url,
            withDetail(downloadSentences.checksumMismatch(english, actual), `expected ${expected}, got ${actual}`)
        );
    }
}

export class DiskSpaceError extends DownloadError<"diskFull"> {
    readonly code = "diskFull";
    constructor(
        url: string,
        readonly directory: string,
        readonly neededBytes: number,
        readonly availableBytes: number
    ) {
        super(url, downloadSentences.diskFull(english, directory, neededBytes, availableBytes));
    }
}

export class InsecureUrlError extends DownloadError<"insecureUrl"> {
    readonly code = "insecureUrl";
    constructor(url: string) {
        super(url, downloadSentences.insecureUrl(english, url));
    }
}

/** Every download error, discriminated by `code`. */
export type AnyDownloadError =
    | OfflineError
    | DownloadHttpError
    | DownloadCancelledError
    | DownloadIncompleteError
    | ChecksumMismatchError
    | DiskSpaceError
    | InsecureUrlError;
