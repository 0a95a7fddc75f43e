import { createHash, type Hash } from "node:crypto";
import * as fs from "node:fs";
import * as fsp from "node:fs/promises";
import * as path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

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

export abstract class DownloadError extends Error {
    abstract readonly code: string;
    constructor(readonly url: string, message: string) {
        super(message);
        this.name = new.target.name;
    }
}

export class OfflineError extends DownloadError {
    readonly code = "offline";
    constructor(url: string, readonly detail: string) {
        super(url, `Cannot reach ${new URL(url).host} (${detail}). Check the network connection or proxy, or download the file elsewhere and choose "Use a local GGUF file".`);
    }
}

export class DownloadHttpError extends DownloadError {
    readonly code = "httpStatus";
    constructor(url: string, readonly status: number) {
        super(url, `The server answered ${status} for ${url}.${status === 401 || status === 403 ? " The model may need a Hugging Face login or licence acceptance; download it in a browser and choose \"Use a local GGUF file\"." : ""}`);
    }
}

export class DownloadCancelledError extends DownloadError {
    readonly code = "downloadCancelled";
    constructor(url: string, readonly receivedBytes: number) {
        super(url, `The download was cancelled after ${receivedBytes} bytes; starting it again resumes where it stopped.`);
    }
}

export class DownloadIncompleteError extends DownloadError {
    readonly code = "incomplete";
    constructor(url: string, readonly receivedBytes: number, readonly totalBytes: number | undefined, detail: string) {
        super(url, `The connection ended after ${receivedBytes}${totalBytes === undefined ? "" : ` of ${totalBytes}`} bytes (${detail}). Start the download again to resume it.`);
    }
}

export class ChecksumMismatchError extends DownloadError {
    readonly code = "checksumMismatch";
    constructor(url: string, readonly expected: string, readonly actual: string) {
        super(url, `The downloaded file is not the expected one (SHA-256 ${actual}, expected ${expected}). It was deleted; download it again.`);
    }
}

export class DiskSpaceError extends DownloadError {
    readonly code = "diskFull";
    constructor(url: string, readonly directory: string, readonly neededBytes: number, readonly availableBytes: number) {
        super(url, `Not enough disk space in ${directory}: the model needs ${neededBytes} more bytes, ${availableBytes} are free. Free some space or choose another folder.`);
    }
}

export class InsecureUrlError extends DownloadError {
    readonly code = "insecureUrl";
    constructor(url: string) {
        super(url, `Refusing to download over plain http from ${url}: models are only downloaded over https.`);
    }
}

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

function errorCode(error: unknown): string | undefined {
    let current: unknown = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
        const code = (current as { code?: unknown }).code;
        if (typeof code === "string") return code;
        current = (current as { cause?: unknown }).cause;
    }
    return undefined;
}

async function freeBytes(directory: string): Promise<number> {
    const stats = await fsp.statfs(directory);
    return Number(stats.bavail) * Number(stats.bsize);
}

async function readMeta(file: string): Promise<PartMeta | undefined> {
    try {
        return JSON.parse(await fsp.readFile(file, "utf8")) as PartMeta;
    } catch {
        return undefined;
    }
}

async function hashFile(file: string, hash: Hash, signal: AbortSignal | undefined): Promise<void> {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20, signal })) hash.update(chunk as Buffer);
}

/** Downloads `options.url` to `options.destination`; see the module comment for the guarantees. */
export async function downloadModel(options: DownloadOptions): Promise<DownloadResult> {
    const { url, destination, signal } = options;
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && isLoopback(parsed.hostname))) throw new InsecureUrlError(url);
    const directory = path.dirname(destination);
    await fsp.mkdir(directory, { recursive: true });
    const part = `${destination}.part`;
    const metaFile = `${part}.json`;
    const reserve = options.reserveBytes ?? 256 * 1024 ** 2;

    let meta = await readMeta(metaFile);
    let offset = 0;
    if (meta !== undefined && meta.url === url) {
        offset = await fsp.stat(part).then((s) => s.size, () => 0);
    } else {
        meta = { url };
        await fsp.rm(part, { force: true });
    }
    if (options.expectedSize !== undefined) {
        const available = await freeBytes(directory);
        const needed = Math.max(0, options.expectedSize - offset);
        if (available < needed + reserve) throw new DiskSpaceError(url, directory, needed, available);
    }
    if (signal?.aborted) throw new DownloadCancelledError(url, offset);

    const headers: Record<string, string> = { "user-agent": "gemma-ko-assistant" };
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
        throw new OfflineError(url, errorCode(error) ?? (error instanceof Error ? error.message : String(error)));
    }

    let totalBytes: number | undefined;
    const length = response.headers.get("content-length");
    if (response.status === 206 && offset > 0) {
        const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get("content-range") ?? "");
        if (range === null || Number(range[1]) !== offset) {
            await response.body?.cancel();
            throw new DownloadIncompleteError(url, offset, meta.totalBytes, "the server resumed at the wrong place");
        }
        totalBytes = range[3] === "*" ? undefined : Number(range[3]);
    } else if (response.status === 416 && offset > 0 && meta.totalBytes === offset) {
        // Everything was already here; only the checks and the rename were missing.
        await response.body?.cancel();
        totalBytes = offset;
    } else if (response.status === 200) {
        // A fresh start: no partial file, or the server ignored / refused the range.
        offset = 0;
        totalBytes = length === null ? undefined : Number(length);
    } else {
        await response.body?.cancel();
        if (response.status === 416) {
            await fsp.rm(part, { force: true });
            await fsp.rm(metaFile, { force: true });
        }
        throw new DownloadHttpError(url, response.status);
    }
    const resumedFrom = offset;

    if (totalBytes !== undefined) {
        const available = await freeBytes(directory);
        const needed = totalBytes - offset;
        if (available < needed + reserve) {
            await response.body?.cancel();
            throw new DiskSpaceError(url, directory, needed, available);
        }
    }
    meta = {
        url,
        etag: response.headers.get("etag") ?? meta.etag,
        lastModified: response.headers.get("last-modified") ?? meta.lastModified,
        totalBytes
    };
    await fsp.writeFile(metaFile, JSON.stringify(meta));

    const hash = createHash("sha256");
    if (offset > 0) await hashFile(part, hash, signal);

    let received = offset;
    if (response.status !== 416) {
        const out = fs.createWriteStream(part, { flags: offset > 0 ? "a" : "w" });
        const started = performance.now();
        let lastReport = 0;
        const report = (force: boolean) => {
            const now = performance.now();
            if (!force && now - lastReport < 100) return;
            lastReport = now;
            const seconds = (now - started) / 1000;
            options.onProgress?.({ receivedBytes: received, totalBytes, bytesPerSecond: seconds > 0 ? (received - resumedFrom) / seconds : 0 });
        };
        report(true);
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
                if (!out.write(bytes)) await new Promise<void>((resolve) => out.once("drain", resolve).once("error", () => resolve()));
                if (writeError !== undefined) throw writeError;
                report(false);
            }
            await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
            if (writeError !== undefined) throw writeError;
            report(true);
        } catch (error) {
            out.destroy();
            await new Promise<void>((resolve) => out.once("close", () => resolve()).once("error", () => resolve()));
            const code = errorCode(writeError ?? error);
            if (code === "ENOSPC") throw new DiskSpaceError(url, directory, (totalBytes ?? received) - received, 0);
            if (signal?.aborted) throw new DownloadCancelledError(url, received);
            throw new DownloadIncompleteError(url, received, totalBytes, errorCode(error) ?? (error instanceof Error ? error.message : String(error)));
        }
    }

    if (totalBytes !== undefined && received !== totalBytes) {
        throw new DownloadIncompleteError(url, received, totalBytes, "the server sent fewer bytes than it announced");
    }
    const digest = hash.digest("hex");
    const discard = async () => {
        await fsp.rm(part, { force: true });
        await fsp.rm(metaFile, { force: true });
    };
    if (options.sha256 !== undefined && options.sha256 !== null && digest !== options.sha256.toLowerCase()) {
        await discard();
        throw new ChecksumMismatchError(url, options.sha256, digest);
    }
    if (options.validate !== undefined) {
        try {
            await options.validate(part);
        } catch (error) {
            await discard();
            throw error;
        }
    }
    // Atomic on one file system: the destination is either the old file or the new, complete one.
    await fsp.rename(part, destination);
    await fsp.rm(metaFile, { force: true });
    return { path: destination, bytes: received, sha256: digest, resumedFrom };
}
