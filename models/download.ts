import { createHash, type Hash } from "node:crypto";
import * as fs from "node:fs";
import * as fsp from "node:fs/promises";
import * as path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import {
    ChecksumMismatchError,
    DiskSpaceError,
    DownloadCancelledError,
    DownloadHttpError,
    DownloadIncompleteError,
    InsecureUrlError,
    OfflineError
} from "./downloadErrors";
import { errorMessage, isNoSuchFile, systemErrorCode } from "./errors/codedError";

/**
 * Downloads a model file: the only network access the extension ever makes, and
 * only when the user asked for it.
 *
 * - Data goes to `<destination>.part`; a sidecar `<destination>.part.json` remembers
 *   the URL and the server's validator (ETag / Last-Modified), so an interrupted or
 *   cancelled download resumes with a Range request (If-Range guards against the
 *   file having changed on the server; a server that ignores ranges restarts it).
 * - Free disk space is checked before the first byte (against the catalog size,
 *   then against the server's size).
 * - The finished file is checked — size, SHA-256 when known, and an optional
 *   validator (the GGUF header check) — and only then renamed into place, so the
 *   destination is never a half-written or corrupt file.
 * - Only https, except http to the loopback interface (tests, local mirrors).
 */

export interface DownloadProgress {
    receivedBytes: number;
    totalBytes: number | undefined;
    bytesPerSecond: number;
}

export interface DownloadOptions {
    url: string;
    destination: string;
    /** Lower-case hex SHA-256 of the whole file, when known. */
    sha256?: string | null;
    /** Size the catalog expects, for the disk-space check before the first request. */
    expectedSize?: number;
    signal?: AbortSignal;
    onProgress?: (progress: DownloadProgress) => void;
    /** Checks the finished file before it is renamed into place; throw to reject it. */
    validate?: (partPath: string) => Promise<void>;
    /** Extra free space to keep, in bytes. Default 256 MiB. */
    reserveBytes?: number;
    /**
     * A Hugging Face (or mirror) access token for gated repositories, sent as a Bearer
     * header. fetch drops it on a redirect to another origin (the CDN's signed URL).
     */
    token?: string;
}

export interface DownloadResult {
    path: string;
    bytes: number;
    sha256: string;
    /** Bytes already on disk from an earlier, interrupted attempt. */
    resumedFrom: number;
}

interface PartMeta {
    url: string;
    etag?: string;
    lastModified?: string;
    totalBytes?: number;
}

function isLoopback(host: string): boolean {
    return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

async function freeBytes(directory: string): Promise<number> {
    const stats = await fsp.statfs(directory);
    return stats.bavail * stats.bsize;
}

/** The sidecar of an earlier attempt; `undefined` when there is none or it is unreadable JSON. */
async function readMeta(file: string): Promise<PartMeta | undefined> {
    let text: string;
    try {
        text = await fsp.readFile(file, "utf8");
    } catch (error) {
        // No sidecar: a fresh start. Anything else (EACCES, EIO) is a real problem.
        if (isNoSuchFile(error)) return undefined;
        throw error;
    }
    try {
        return JSON.parse(text) as PartMeta;
    } catch {
        return undefined; // a half-written sidecar from a crash: start over
    }
}

async function hashFile(file: string, hash: Hash, signal: AbortSignal | undefined): Promise<void> {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20, signal }))
        hash.update(chunk as Buffer);
}

/** Where the download stands on disk before the request. */
interface Attempt {
    url: string;
    directory: string;
    part: string;
    metaFile: string;
    reserve: number;
    signal: AbortSignal | undefined;
    meta: PartMeta;
    /** Bytes already in the `.part` file that the request asks to continue after. */
    offset: number;
    token: string | undefined;
}

/** Step 1, resume: picks up an interrupted download of the same URL, else starts clean. */
async function resumeAttempt(options: DownloadOptions): Promise<Attempt> {
    const { url, destination } = options;
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && isLoopback(parsed.hostname)))
        throw new InsecureUrlError(url);
    const directory = path.dirname(destination);
    await fsp.mkdir(directory, { recursive: true });
    const part = `${destination}.part`;
    const metaFile = `${part}.json`;
    const attempt: Attempt = {
        url,
        directory,
        part,
        metaFile,
        reserve: options.reserveBytes ?? 256 * 1024 ** 2,
        signal: options.signal,
        meta: { url },
        offset: 0,
        token: options.token
    };
    const meta = await readMeta(metaFile);
    if (meta?.url === url) {
        attempt.meta = meta;
        attempt.offset = await fsp.stat(part).then(
            (s) => s.size,
            (error: unknown) => {
                if (isNoSuchFile(error)) return 0;
                throw error;
            }
        );
    } else {
        await fsp.rm(part, { force: true });
    }
    if (options.expectedSize !== undefined) await checkDiskSpace(attempt, options.expectedSize - attempt.offset);
    if (attempt.signal?.aborted) throw new DownloadCancelledError(url, attempt.offset);
    return attempt;
}

async function checkDiskSpace(attempt: Attempt, neededBytes: number, onFail?: () => Promise<void>): Promise<void> {
    const available = await freeBytes(attempt.directory);
    const needed = Math.max(0, neededBytes);
    if (available < needed + attempt.reserve) {
        await onFail?.();
        throw new DiskSpaceError(attempt.url, attempt.directory, needed, available);
    }
}

/** What the server answered and what it means for the file. */
interface Answer {
    response: Response;
    /** Where the body continues the file; 0 when the server restarts it. */
    offset: number;
    totalBytes: number | undefined;
    /** The server said everything is already here (416 on a complete part file). */
    complete: boolean;
}

/** Step 2, request: asks for the rest of the file (Range + If-Range) or all of it. */
async function request(attempt: Attempt): Promise<Answer> {
    const { url, signal, meta, offset } = attempt;
    const headers: Record<string, string> = { "user-agent": "gemma-ko-assistant" };
    if (attempt.token !== undefined && attempt.token.length > 0) headers.authorization = `Bearer ${attempt.token}`;
    if (offset > 0) {
        headers.range = `bytes=${offset}-`;
        const validator = meta.etag ?? meta.lastModified;
        if (validator !== undefined) headers["if-range"] = validator;
    }
    let response: Response;
    try {
        response = await fetch(url, { headers, signal, redirect: "follow" });
    } catch (error) {
        if (signal?.aborted) throw new DownloadCancelledError(url, offset);
        throw new OfflineError(url, systemErrorCode(error) ?? errorMessage(error));
    }
    const answer = await interpret(attempt, response);
    if (answer.totalBytes !== undefined)
        await checkDiskSpace(attempt, answer.totalBytes - answer.offset, () => cancelBody(response));
    attempt.meta = {
        url,
        etag: response.headers.get("etag") ?? meta.etag,
        lastModified: response.headers.get("last-modified") ?? meta.lastModified,
        totalBytes: answer.totalBytes
    };
    await fsp.writeFile(attempt.metaFile, JSON.stringify(attempt.meta));
    return answer;
}

async function cancelBody(response: Response): Promise<void> {
    await response.body?.cancel();
}

async function interpret(attempt: Attempt, response: Response): Promise<Answer> {
    const { url, meta, offset } = attempt;
    if (response.status === 206 && offset > 0) {
        const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get("content-range") ?? "");
        if (range === null || Number(range[1]) !== offset) {
            await cancelBody(response);
            throw new DownloadIncompleteError(url, offset, meta.totalBytes, "the server resumed at the wrong place");
        }
        return { response, offset, totalBytes: range[3] === "*" ? undefined : Number(range[3]), complete: false };
    }
    if (response.status === 416 && offset > 0 && meta.totalBytes === offset) {
        // Everything was already here; only the checks and the rename were missing.
        await cancelBody(response);
        return { response, offset, totalBytes: offset, complete: true };
    }
    if (response.status === 200) {
        // A fresh start: no partial file, or the server ignored / refused the range.
        const length = response.headers.get("content-length");
        return { response, offset: 0, totalBytes: length === null ? undefined : Number(length), complete: false };
    }
    await cancelBody(response);
    if (response.status === 416) {
        await fsp.rm(attempt.part, { force: true });
        await fsp.rm(attempt.metaFile, { force: true });
    }
    throw new DownloadHttpError(url, response.status);
}

/** Step 3, write: appends the body to the part file, hashing and reporting as it goes; returns the file's size. */
async function writeBody(attempt: Attempt, answer: Answer, hash: Hash, options: DownloadOptions): Promise<number> {
    const { url, signal } = attempt;
    const { response, offset, totalBytes } = answer;
    let received = offset;
    const out = fs.createWriteStream(attempt.part, { flags: offset > 0 ? "a" : "w" });
    const report = progressReporter(options, offset, totalBytes);
    report(received, true);
    let writeError: Error | undefined;
    out.on("error", (error) => {
        writeError = error;
    });
    try {
        if (response.body === null) throw new Error("empty response body");
        for await (const chunk of Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)) {
            const bytes = chunk as Buffer;
            hash.update(bytes);
            received += bytes.length;
            if (!out.write(bytes))
                await new Promise<void>((resolve) => out.once("drain", resolve).once("error", () => resolve()));
            if (writeError !== undefined) throw writeError;
            report(received, false);
        }
        await new Promise<void>((resolve, reject) =>
            out.end((error?: Error | null) => (error ? reject(error) : resolve()))
        );
        if (writeError !== undefined) throw writeError;
        report(received, true);
        return received;
    } catch (error) {
        // What was received is kept for a resume: the bytes still queued in the stream are written
        // first (destroying it dropped them, leaving a part file shorter than what was received, or
        // empty when the connection broke soon after it began). A failing disk is not written again.
        if (!out.closed) {
            if (writeError === undefined && !out.destroyed) out.end();
            else out.destroy();
            await new Promise<void>((resolve) => out.once("close", () => resolve()).once("error", () => resolve()));
        }
        if (systemErrorCode(writeError ?? error) === "ENOSPC")
            throw new DiskSpaceError(url, attempt.directory, (totalBytes ?? received) - received, 0);
        if (signal?.aborted) throw new DownloadCancelledError(url, received);
        throw new DownloadIncompleteError(url, received, totalBytes, systemErrorCode(error) ?? errorMessage(error));
    }
}

/** At most one progress report per 100 ms, plus the forced first and last. */
function progressReporter(
    options: DownloadOptions,
    resumedFrom: number,
    totalBytes: number | undefined
): (received: number, force: boolean) => void {
    const started = performance.now();
    let lastReport = 0;
    return (received, force) => {
        const now = performance.now();
        if (!force && now - lastReport < 100) return;
        lastReport = now;
        const seconds = (now - started) / 1000;
        options.onProgress?.({
            receivedBytes: received,
            totalBytes,
            bytesPerSecond: seconds > 0 ? (received - resumedFrom) / seconds : 0
        });
    };
}

/** Step 4, verify: size, SHA-256 and the caller's validator; a file that fails is deleted. */
async function verify(attempt: Attempt, options: DownloadOptions, received: number, digest: string): Promise<void> {
    const { url, meta } = attempt;
    if (meta.totalBytes !== undefined && received !== meta.totalBytes) {
        throw new DownloadIncompleteError(
            url,
            received,
            meta.totalBytes,
            "the server sent fewer bytes than it announced"
        );
    }
    const discard = async () => {
        await fsp.rm(attempt.part, { force: true });
        await fsp.rm(attempt.metaFile, { force: true });
    };
    if (options.sha256 !== undefined && options.sha256 !== null && digest !== options.sha256.toLowerCase()) {
        await discard();
        throw new ChecksumMismatchError(url, options.sha256, digest);
    }
    if (options.validate !== undefined) {
        try {
            await options.validate(attempt.part);
        } catch (error) {
            await discard();
            throw error;
        }
    }
}

/** Step 5, commit: atomic on one file system, so the destination is either the old file or the new, complete one. */
async function commit(attempt: Attempt, destination: string): Promise<void> {
    await fsp.rename(attempt.part, destination);
    await fsp.rm(attempt.metaFile, { force: true });
}

/** Downloads `options.url` to `options.destination`; see the module comment for the guarantees. */
export async function downloadModel(options: DownloadOptions): Promise<DownloadResult> {
    const attempt = await resumeAttempt(options);
    const answer = await request(attempt);
    const hash = createHash("sha256");
    if (answer.offset > 0) await hashFile(attempt.part, hash, attempt.signal);
    const received = answer.complete ? answer.offset : await writeBody(attempt, answer, hash, options);
    const digest = hash.digest("hex");
    await verify(attempt, options, received, digest);
    await commit(attempt, options.destination);
    return { path: options.destination, bytes: received, sha256: digest, resumedFrom: answer.offset };
}
