// The model downloader against a real HTTP server on 127.0.0.1 that serves the
// tiny Gemma fixture with range requests, and misbehaves on demand.
import * as assert from "node:assert/strict";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import {
    ChecksumMismatchError,
    DiskSpaceError,
    DownloadCancelledError,
    DownloadHttpError,
    DownloadIncompleteError,
    InsecureUrlError,
    OfflineError
} from "../../models/downloadErrors";
import { downloadModel, type DownloadProgress } from "../../models/download";
import { inspectGguf } from "../../models/gguf/inspectGguf";
import { GgufCorruptError, NotGgufError } from "../../models/gguf/modelFileErrors";
import { ModelRuntime } from "../../models/runtime";
import { openLlamaBackend } from "../../models/runtimeInfo";
import { writeTinyGemma } from "../fixtures/tinyGemma";

interface Behaviour {
    /** Destroy the socket after this many body bytes (first request only). */
    cutAfter?: number;
    /** Flip bytes in the body. */
    corrupt?: boolean;
    /** Answer 200 with the whole file even when a range is asked for. */
    ignoreRange?: boolean;
    /** Send the body in small pieces with pauses. */
    slow?: boolean;
    status?: number;
    etag?: string;
    /** Answer 401 unless this Bearer token is sent (a gated repository). */
    token?: string;
}

describe("model download (real HTTP on 127.0.0.1)", function () {
    this.timeout(30_000);
    let dir: string;
    let fixture: Buffer;
    let fixtureSha: string;
    let server: http.Server;
    let base: string;
    let behaviour: Behaviour = {};
    const requests: Array<{ range: string | undefined; ifRange: string | undefined }> = [];

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-download-"));
        const file = path.join(dir, "fixture.gguf");
        await writeTinyGemma(file);
        fixture = fs.readFileSync(file);
        fixtureSha = createHash("sha256").update(fixture).digest("hex");
        server = http.createServer((request, response) => {
            requests.push({ range: request.headers.range, ifRange: request.headers["if-range"] as string | undefined });
            const b = behaviour;
            if (b.token !== undefined && request.headers.authorization !== `Bearer ${b.token}`) {
                response.writeHead(401).end();
                return;
            }
            if (b.status !== undefined) {
                response.writeHead(b.status).end();
                return;
            }
            let body = fixture;
            if (b.corrupt) {
                body = Buffer.from(fixture);
                for (let i = 0; i < body.length; i += 997) body[i] = body[i] ^ 0xff;
            }
            const etag = b.etag ?? '"fixture-v1"';
            const match = /^bytes=(\d+)-$/.exec(request.headers.range ?? "");
            const ifRangeOk = request.headers["if-range"] === undefined || request.headers["if-range"] === etag;
            let start = 0;
            if (match !== null && !b.ignoreRange && ifRangeOk) {
                start = Number(match[1]);
                if (start >= body.length) {
                    response.writeHead(416, { "content-range": `bytes */${body.length}` }).end();
                    return;
                }
                response.writeHead(206, {
                    "content-length": body.length - start,
                    "content-range": `bytes ${start}-${body.length - 1}/${body.length}`,
                    etag,
                    "accept-ranges": "bytes"
                });
            } else {
                response.writeHead(200, { "content-length": body.length, etag, "accept-ranges": "bytes" });
            }
            const rest = body.subarray(start);
            if (b.cutAfter !== undefined) {
                const cut = b.cutAfter;
                behaviour = { ...b, cutAfter: undefined };
                // In pieces, then a pause before the connection breaks: bytes the client has not yet
                // read when its body stream errors are dropped (a web stream's error empties its queue),
                // and on a loaded machine one 40 KB write followed 20 ms later by a reset left an empty
                // part file (a flake, not the product: a real download has read what arrived long before).
                let sent = 0;
                const piece = () => {
                    if (response.destroyed) return;
                    if (sent >= cut) {
                        setTimeout(() => response.destroy(), 300);
                        return;
                    }
                    response.write(rest.subarray(sent, Math.min(cut, sent + 8192)), () => setTimeout(piece, 10));
                    sent += 8192;
                };
                piece();
                return;
            }
            if (b.slow) {
                let at = 0;
                const pump = () => {
                    if (response.destroyed) return;
                    if (at >= rest.length) {
                        response.end();
                        return;
                    }
                    response.write(rest.subarray(at, at + 8192));
                    at += 8192;
                    setTimeout(pump, 15);
                };
                pump();
                return;
            }
            response.end(rest);
        });
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    beforeEach(() => {
        behaviour = {};
        requests.length = 0;
    });

    after(async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    const target = (name: string) => path.join(dir, "models", name);
    const validate = async (file: string) => {
        await inspectGguf(file);
    };

    it("downloads, reports progress, verifies SHA-256 and the GGUF header, renames into place; the runtime loads it", async () => {
        const destination = target("ok.gguf");
        const progress: DownloadProgress[] = [];
        const result = await downloadModel({
            url: `${base}/model.gguf`,
            destination,
            sha256: fixtureSha,
            expectedSize: fixture.length,
            validate,
            onProgress: (p) => progress.push(p)
        });
        assert.equal(result.bytes, fixture.length);
        assert.equal(result.sha256, fixtureSha);
        assert.equal(result.resumedFrom, 0);
        assert.ok(fs.readFileSync(destination).equals(fixture));
        assert.ok(!fs.existsSync(`${destination}.part`) && !fs.existsSync(`${destination}.part.json`), "no leftovers");
        assert.equal(progress.at(-1)?.receivedBytes, fixture.length);
        assert.equal(progress.at(-1)?.totalBytes, fixture.length);
        for (let i = 1; i < progress.length; i++) assert.ok(progress[i].receivedBytes >= progress[i - 1].receivedBytes);

        const backend = await openLlamaBackend({ gpu: "cpu", threads: 1 });
        const runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend) });
        try {
            const info = await runtime.load({ path: destination });
            assert.equal(info.architecture, "gemma");
        } finally {
            await runtime.dispose();
            await backend.llama.dispose();
        }
    });

    it("a gated file needs the access token: without it a 401 is an error, with it the file arrives", async () => {
        behaviour = { token: "hf_test_token" };
        const destination = path.join(dir, "gated.gguf");
        await assert.rejects(downloadModel({ url: `${base}/model.gguf`, destination }), DownloadHttpError);
        assert.equal(fs.existsSync(destination), false);
        const result = await downloadModel({ url: `${base}/model.gguf`, destination, token: "hf_test_token" });
        assert.equal(result.sha256, fixtureSha);
        behaviour = {};
    });

    it("resumes an interrupted download with a Range request and ends with the exact file", async () => {
        const destination = target("resume.gguf");
        behaviour = { cutAfter: 40_000 };
        await assert.rejects(
            downloadModel({ url: `${base}/model.gguf`, destination, sha256: fixtureSha, validate }),
            (e: unknown) => {
                assert.ok(e instanceof DownloadIncompleteError, String(e));
                return true;
            }
        );
        assert.ok(!fs.existsSync(destination), "nothing at the destination yet");
        const kept = fs.statSync(`${destination}.part`).size;
        assert.ok(kept >= 40_000 && kept < fixture.length, `partial file kept (${kept} bytes)`);

        const result = await downloadModel({ url: `${base}/model.gguf`, destination, sha256: fixtureSha, validate });
        assert.equal(result.resumedFrom, kept);
        assert.equal(requests.at(-1)?.range, `bytes=${kept}-`);
        assert.equal(requests.at(-1)?.ifRange, '"fixture-v1"', "If-Range guards against a changed file");
        assert.ok(fs.readFileSync(destination).equals(fixture));
        assert.equal(result.sha256, fixtureSha, "the hash covers the resumed bytes too");
    });

    it("a cancelled download keeps its part file and resumes later", async () => {
        const destination = target("cancel.gguf");
        behaviour = { slow: true };
        const controller = new AbortController();
        await assert.rejects(
            downloadModel({
                url: `${base}/model.gguf`,
                destination,
                signal: controller.signal,
                onProgress: (p) => p.receivedBytes > 30_000 && controller.abort()
            }),
            DownloadCancelledError
        );
        const kept = fs.statSync(`${destination}.part`).size;
        assert.ok(kept > 0 && kept < fixture.length);
        behaviour = {};
        const result = await downloadModel({ url: `${base}/model.gguf`, destination, sha256: fixtureSha });
        assert.equal(result.resumedFrom, kept);
        assert.ok(fs.readFileSync(destination).equals(fixture));
    });

    it("restarts from zero when the server ignores the range or the file changed", async () => {
        const destination = target("restart.gguf");
        behaviour = { cutAfter: 20_000 };
        await assert.rejects(downloadModel({ url: `${base}/model.gguf`, destination }), DownloadIncompleteError);
        behaviour = { ignoreRange: true };
        const result = await downloadModel({ url: `${base}/model.gguf`, destination, sha256: fixtureSha });
        assert.equal(result.resumedFrom, 0);
        assert.ok(fs.readFileSync(destination).equals(fixture));

        const changed = target("changed.gguf");
        behaviour = { cutAfter: 20_000 };
        await assert.rejects(
            downloadModel({ url: `${base}/model.gguf`, destination: changed }),
            DownloadIncompleteError
        );
        behaviour = { etag: '"fixture-v2"' };
        const again = await downloadModel({ url: `${base}/model.gguf`, destination: changed, sha256: fixtureSha });
        assert.equal(again.resumedFrom, 0, "If-Range did not match: the server sent the whole file");
        assert.ok(fs.readFileSync(changed).equals(fixture));
    });

    it("corrupt bytes fail the SHA-256 check: nothing is installed, the old file survives, the part is deleted", async () => {
        const destination = target("corrupt.gguf");
        fs.mkdirSync(path.dirname(destination), { recursive: true });
        fs.writeFileSync(destination, "the previous model");
        behaviour = { corrupt: true };
        await assert.rejects(
            downloadModel({ url: `${base}/model.gguf`, destination, sha256: fixtureSha }),
            (e: unknown) => {
                assert.ok(e instanceof ChecksumMismatchError);
                assert.equal(e.expected, fixtureSha);
                assert.notEqual(e.actual, fixtureSha);
                return true;
            }
        );
        assert.equal(fs.readFileSync(destination, "utf8"), "the previous model");
        assert.ok(!fs.existsSync(`${destination}.part`) && !fs.existsSync(`${destination}.part.json`));
    });

    it("without a known hash, the GGUF check rejects corrupt bytes before they are installed", async () => {
        const destination = target("corrupt-nohash.gguf");
        behaviour = { corrupt: true };
        await assert.rejects(
            downloadModel({ url: `${base}/model.gguf`, destination, validate }),
            (e: unknown) => e instanceof NotGgufError || e instanceof GgufCorruptError
        );
        assert.ok(!fs.existsSync(destination));
        assert.ok(!fs.existsSync(`${destination}.part`));
    });

    it("checks free disk space before the first request", async () => {
        const destination = target("huge.gguf");
        await assert.rejects(
            downloadModel({ url: `${base}/model.gguf`, destination, expectedSize: 2 ** 60 }),
            (e: unknown) => {
                assert.ok(e instanceof DiskSpaceError);
                assert.ok(e.availableBytes < 2 ** 60);
                return true;
            }
        );
        assert.equal(requests.length, 0, "no bytes were requested");
    });

    it("says clearly when the network is unreachable, the server refuses, or the URL is insecure", async () => {
        const closed = http.createServer();
        await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
        const port = (closed.address() as AddressInfo).port;
        await new Promise((resolve) => closed.close(resolve));
        await assert.rejects(
            downloadModel({ url: `http://127.0.0.1:${port}/model.gguf`, destination: target("offline.gguf") }),
            (e: unknown) => {
                assert.ok(e instanceof OfflineError);
                assert.equal(e.detail, "ECONNREFUSED");
                assert.match(e.message, /local GGUF file/);
                return true;
            }
        );
        behaviour = { status: 403 };
        await assert.rejects(
            downloadModel({ url: `${base}/gated.gguf`, destination: target("gated.gguf") }),
            (e: unknown) => e instanceof DownloadHttpError && e.status === 403 && /licence/.test(e.message)
        );
        behaviour = { status: 404 };
        await assert.rejects(
            downloadModel({ url: `${base}/missing.gguf`, destination: target("missing.gguf") }),
            (e: unknown) => e instanceof DownloadHttpError && e.status === 404
        );
        await assert.rejects(
            downloadModel({ url: "http://example.com/model.gguf", destination: target("plain.gguf") }),
            InsecureUrlError
        );
        assert.ok(!fs.existsSync(target("gated.gguf")) && !fs.existsSync(target("missing.gguf")));
    });
});
