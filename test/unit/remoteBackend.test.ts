// The remote backend against a tiny OpenAI-compatible server written here (node:http,
// SSE by hand): completions and chat, streaming, cancellation that closes the
// connection, a server that dies mid-stream, 401, slow first bytes and retries,
// timeouts, /v1/models, /props, /tokenize, health, redirects refused, and an API key
// that only ever travels in the Authorization header.
import * as assert from "node:assert/strict";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { describeModelError } from "../../models/describeError";
import { english } from "../../models/translate";
import { displayEndpoint, normalizeEndpoint } from "../../models/remote/transport";
import { estimateTokens, gemmaTurnsToMessages, StopCutter } from "../../models/remote/promptShape";
import { RemoteBackend, type RemoteBackendOptions } from "../../models/remote/remoteBackend";
import {
    RemoteBadEndpointError,
    RemoteDisconnectedError,
    RemoteModelNotServedError,
    RemoteStatusError,
    RemoteTimeoutError,
    RemoteUnauthorizedError,
    RemoteUnreachableError
} from "../../models/remote/remoteErrors";
import { buildPrompt } from "../../models/prompts";

interface Seen {
    method: string;
    url: string;
    headers: http.IncomingHttpHeaders;
    body: unknown;
    /** Set when the client closed the connection before the answer ended. */
    closedEarly: boolean;
}

type Handler = (request: Seen, response: http.ServerResponse, seen: Seen) => void | Promise<void>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A test server: routes by "METHOD /path"; records every request. */
async function startServer(
    routes: Record<string, Handler>
): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
    const seen: Seen[] = [];
    const server = http.createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const entry: Seen = {
                method: request.method ?? "",
                url: request.url ?? "",
                headers: request.headers,
                body: text.length > 0 ? (JSON.parse(text) as unknown) : undefined,
                closedEarly: false
            };
            seen.push(entry);
            response.on("close", () => {
                if (!response.writableFinished) entry.closedEarly = true;
            });
            const handler = routes[`${entry.method} ${entry.url}`];
            if (handler === undefined) {
                response.writeHead(404, { "content-type": "application/json" });
                response.end(JSON.stringify({ error: { message: "not found" } }));
                return;
            }
            void Promise.resolve(handler(entry, response, entry)).catch(() => response.destroy());
        });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    return {
        url: `http://127.0.0.1:${port}`,
        seen,
        close: () =>
            new Promise<void>((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            })
    };
}

function json(response: http.ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
}

function sseHead(response: http.ServerResponse): void {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
}

function sse(response: http.ServerResponse, data: unknown): void {
    response.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
}

const completionChunk = (text: string, finish: string | null = null) => ({
    object: "text_completion",
    choices: [{ index: 0, text, finish_reason: finish }]
});
const chatChunk = (content: string, finish: string | null = null) => ({
    object: "chat.completion.chunk",
    choices: [{ index: 0, delta: { content }, finish_reason: finish }]
});

/** Streams `pieces` as completion chunks, `gapMs` apart, then usage and [DONE]. */
function streamPieces(
    pieces: readonly string[],
    gapMs = 0,
    chunk: (text: string) => unknown = completionChunk
): Handler {
    return async (_request, response) => {
        sseHead(response);
        for (const piece of pieces) {
            if (response.destroyed) return;
            sse(response, chunk(piece));
            if (gapMs > 0) await sleep(gapMs);
        }
        sse(response, { choices: [{ index: 0, text: "", delta: {}, finish_reason: "stop" }] });
        sse(response, { choices: [], usage: { prompt_tokens: 7, completion_tokens: pieces.length } });
        sse(response, "[DONE]");
        response.end();
    };
}

const models =
    (ids: string[], extra: Record<string, unknown> = {}): Handler =>
    (_request, response) =>
        json(response, 200, {
            object: "list",
            data: ids.map((id) => ({ id, object: "model", owned_by: "test", ...extra }))
        });

const script = ["담당자 ", "김민수", "의 ", "연락처는 ", "010-", "2345-", "6789", " 입니다"];

describe("the remote backend (OpenAI-compatible server over HTTP + SSE)", function () {
    this.timeout(20_000);
    const servers: Array<{ close(): Promise<void> }> = [];
    const backends: RemoteBackend[] = [];
    afterEach(async () => {
        for (const backend of backends.splice(0)) await backend.dispose();
        for (const server of servers.splice(0)) await server.close();
    });

    async function serve(routes: Record<string, Handler>) {
        const server = await startServer(routes);
        servers.push(server);
        return server;
    }

    function backend(endpoint: string, options: Partial<RemoteBackendOptions> = {}): RemoteBackend {
        const created = new RemoteBackend({ endpoint, retryDelayMs: 10, ...options });
        backends.push(created);
        return created;
    }

    it("streams a base model's completion through /v1/completions with the few-shot prompt, stop sequences and the server's context", async () => {
        const server = await serve({
            "GET /v1/models": models(["gemma-ko-7b"], { meta: { n_ctx: 8192, n_ctx_train: 8192 } }),
            "GET /props": (_q, response) =>
                json(response, 200, { default_generation_settings: { n_ctx: 4096 }, total_slots: 4 }),
            "POST /v1/completions": streamPieces(script, 5)
        });
        const remote = backend(`${server.url}/v1/`);
        const states: string[] = [];
        remote.onDidChangeState((state) => states.push(state));
        const progress: number[] = [];
        const info = await remote.ensureReady({ path: "gemma-ko-7b", onProgress: (p) => progress.push(p.fraction) });
        assert.equal(info.kind.kind, "base");
        assert.equal(info.contextSize, 4096, "llama-server's /props n_ctx (per slot) wins");
        assert.equal(remote.model?.slots, 4);
        assert.equal(progress.at(-1), 1);
        const built = buildPrompt(
            { task: "docComment", languageId: "typescript", code: "function f() {}" },
            { kind: "base" }
        );
        const pieces: string[] = [];
        const result = await remote.generate({
            prompt: built.prompt,
            stop: built.stop,
            maxTokens: built.maxTokens,
            onText: (text) => pieces.push(text)
        });
        assert.equal(result.text, script.join(""));
        assert.equal(pieces.join(""), result.text);
        assert.equal(result.stopReason, "eos");
        assert.equal(result.generatedTokens, script.length);
        assert.equal(result.promptTokens, 7);
        assert.ok(result.timeToFirstTokenMs > 0 && result.tokensPerSecond > 0);
        const request = server.seen.find((s) => s.url === "/v1/completions");
        const body = request?.body as Record<string, unknown>;
        assert.equal(body["prompt"], built.prompt);
        assert.equal(body["model"], "gemma-ko-7b");
        assert.equal(body["stream"], true);
        assert.deepEqual(body["stop"], built.stop);
        assert.equal(body["temperature"], 0);
        assert.equal(body["max_tokens"], built.maxTokens);
        assert.ok(
            states.includes("loading") && states.includes("generating") && states.at(-1) === "ready",
            states.join()
        );
        assert.equal(remote.describe().kind, "remote");
        assert.match(remote.describe().label, /^127\.0\.0\.1:\d+ · gemma-ko-7b$/);
    });

    it("sends an instruct model's Gemma turns as chat messages to /v1/chat/completions", async () => {
        const server = await serve({
            "GET /v1/models": models(["gemma-ko-7b-it"]),
            "POST /v1/chat/completions": streamPieces(["안녕", "하세요"], 0, chatChunk)
        });
        const remote = backend(server.url);
        const info = await remote.ensureReady({ path: "gemma-ko-7b-it" });
        assert.equal(info.kind.kind, "instruct", "an -it model id is instruct");
        assert.equal(info.contextSize, 4096, "no /props, no metadata: the assumed context");
        assert.equal(remote.model?.contextSource, "assumed");
        const built = buildPrompt({ task: "translateComment", text: "Adds two numbers." }, { kind: "instruct" });
        const result = await remote.generate({ prompt: built.prompt, stop: built.stop });
        assert.equal(result.text, "안녕하세요");
        const body = server.seen.find((s) => s.url === "/v1/chat/completions")?.body as {
            messages: Array<{ role: string; content: string }>;
            prompt?: string;
        };
        assert.equal(body.prompt, undefined);
        assert.equal(body.messages.length, 1);
        assert.equal(body.messages[0]?.role, "user");
        assert.ok(body.messages[0]?.content.includes("Adds two numbers."));
        assert.ok(!body.messages[0]?.content.includes("<start_of_turn>"));
    });

    it("cuts at a stop sequence on the client when the server ignores it, and closes the connection", async () => {
        const server = await serve({
            "GET /v1/models": models(["m"]),
            "POST /v1/completions": streamPieces(["첫 줄\n--", "--- 끝 -----", "\n다음 예시", "...", "..."], 30)
        });
        const remote = backend(server.url);
        await remote.ensureReady({ path: "m", kind: "base" });
        const pieces: string[] = [];
        const result = await remote.generate({ prompt: "x", stop: ["-----"], onText: (t) => pieces.push(t) });
        assert.equal(result.text, "첫 줄\n");
        assert.equal(pieces.join(""), "첫 줄\n");
        assert.equal(result.stopReason, "stopSequence");
        await sleep(100);
        assert.equal(server.seen.find((s) => s.url === "/v1/completions")?.closedEarly, true);
    });

    it("cancels mid-stream: the fetch is aborted, the server sees the connection close, the text so far is kept", async () => {
        const many = Array.from({ length: 200 }, (_, i) => `t${i} `);
        const server = await serve({ "GET /v1/models": models(["m"]), "POST /v1/completions": streamPieces(many, 10) });
        const remote = backend(server.url);
        await remote.ensureReady({ path: "m" });
        const controller = new AbortController();
        const pieces: string[] = [];
        const result = await remote.generate({
            prompt: "x",
            signal: controller.signal,
            onText: (text) => {
                pieces.push(text);
                if (pieces.length === 3) controller.abort();
            }
        });
        assert.equal(result.stopReason, "cancelled");
        assert.equal(result.text, pieces.join(""));
        assert.ok(pieces.length >= 3 && pieces.length < 10, String(pieces.length));
        await sleep(100);
        assert.equal(server.seen.filter((s) => s.url === "/v1/completions").length, 1);
        assert.equal(server.seen.find((s) => s.url === "/v1/completions")?.closedEarly, true);
        assert.equal(remote.state, "ready");
        // The next request is unaffected.
        const again = await remote.generate({ prompt: "y", maxTokens: 3 });
        assert.equal(again.stopReason, "eos");
    });

    it("a server that dies mid-stream gives a disconnected error, without a retry or a second answer", async () => {
        const server = await serve({
            "GET /v1/models": models(["m"]),
            "POST /v1/completions": async (_q, response) => {
                sseHead(response);
                sse(response, completionChunk("반쯤 "));
                sse(response, completionChunk("쓴 "));
                await sleep(30);
                response.socket?.destroy();
            }
        });
        const remote = backend(server.url);
        await remote.ensureReady({ path: "m" });
        const pieces: string[] = [];
        await assert.rejects(
            remote.generate({ prompt: "x", onText: (t) => pieces.push(t) }),
            (error: unknown) => error instanceof RemoteDisconnectedError
        );
        assert.equal(pieces.join(""), "반쯤 쓴 ");
        assert.equal(server.seen.filter((s) => s.url === "/v1/completions").length, 1, "no retry after the first byte");
        const message = describeModelError(new RemoteDisconnectedError(remote.origin, "x"), english);
        assert.match(message, /broke off in the middle of the answer/);
        // Nothing says "ready" about a server that went away; the next request connects again.
        assert.equal(remote.state, "unloaded");
        assert.ok(remote.lastFailure instanceof RemoteDisconnectedError, "the status bar can say it is not answering");
        assert.equal(remote.describe().label, remote.origin.replace(/^https?:\/\//, ""));
        await assert.rejects(remote.generate({ prompt: "x" }), RemoteDisconnectedError);
        assert.equal(server.seen.filter((s) => s.url === "/v1/models").length, 2, "the server is checked again");
    });

    it("names a model llama-server lists by its path on the server by the file's name", async () => {
        const server = await serve({ "GET /v1/models": models(["/srv/models/gemma-ko-7b.Q4_K_M.gguf"]) });
        const remote = backend(server.url);
        await remote.ensureReady({ path: "" });
        assert.equal(remote.lastFailure, undefined);
        assert.match(remote.describe().label, / · gemma-ko-7b\.Q4_K_M\.gguf$/);
        assert.match(remote.describe().detail, /\/srv\/models\/gemma-ko-7b\.Q4_K_M\.gguf/);
    });

    it("401: an unauthorized error that asks for the key, never retried, the key never in a message, log or description", async () => {
        const key = "sk-test-SECRET-0123456789";
        const logged: string[] = [];
        const server = await serve({
            "GET /v1/models": (request, response) =>
                request.headers.authorization === `Bearer ${key}`
                    ? models(["m"])(request, response, request)
                    : json(response, 401, { error: { message: "Invalid API Key", type: "authentication_error" } })
        });
        const without = backend(server.url);
        await assert.rejects(without.ensureReady({ path: "m" }), (error: unknown) => {
            assert.ok(error instanceof RemoteUnauthorizedError);
            assert.match(describeModelError(error, english), /Set Server API Key/);
            return true;
        });
        assert.equal(server.seen.length, 1, "a 401 is not retried");
        assert.equal(without.state, "unloaded");

        const logger = {
            info: (m: string) => logged.push(m),
            warn: (m: string) => logged.push(m),
            debug: (m: string) => logged.push(m)
        };
        const wrong = backend(server.url, { apiKey: () => Promise.resolve("wrong-key-987"), logger });
        await assert.rejects(wrong.ensureReady({ path: "m" }), (error: unknown) => {
            assert.ok(error instanceof RemoteUnauthorizedError);
            assert.ok(!error.message.includes("wrong-key-987"));
            return true;
        });
        const right = backend(server.url, {
            apiKey: () => Promise.resolve(key),
            logger,
            headers: { "X-Team": "docs" }
        });
        await right.ensureReady({ path: "m" });
        const last = server.seen.at(-1);
        assert.equal(last?.headers.authorization, `Bearer ${key}`);
        assert.equal(last?.headers["x-team"], "docs");
        const everything = JSON.stringify([right.describe(), right.model, logged]);
        assert.ok(!everything.includes(key) && !everything.includes("SECRET"), everything);
    });

    it("retries a slow first byte (connect timeout) and a 503 with backoff, then answers", async () => {
        let attempts = 0;
        let modelsCalls = 0;
        const server = await serve({
            "GET /v1/models": async (request, response) => {
                modelsCalls++;
                if (modelsCalls === 1) json(response, 503, { error: { message: "loading model" } });
                else await models(["m"])(request, response, request);
            },
            "POST /v1/completions": async (request, response) => {
                attempts++;
                if (attempts === 1) await sleep(400); // headers later than the connect timeout
                if (!response.destroyed) await streamPieces(["늦은 ", "답"])(request, response, request);
            }
        });
        const remote = backend(server.url, { connectTimeoutMs: 200 });
        await remote.ensureReady({ path: "m" });
        assert.equal(modelsCalls, 2, "a 503 is retried");
        const result = await remote.generate({ prompt: "x" });
        assert.equal(result.text, "늦은 답");
        assert.equal(attempts, 2, "one timed-out attempt, one that answered");
    });

    it("gives up after the retries with a timeout error; a stalled stream is an idle timeout, not retried", async () => {
        let posts = 0;
        const server = await serve({
            "GET /v1/models": models(["m"]),
            "POST /v1/completions": async (_q, response) => {
                posts++;
                await sleep(1000);
                if (!response.destroyed) response.destroy();
            }
        });
        const remote = backend(server.url, { connectTimeoutMs: 100, retries: 2 });
        await remote.ensureReady({ path: "m" });
        await assert.rejects(remote.generate({ prompt: "x" }), (error: unknown) => {
            assert.ok(error instanceof RemoteTimeoutError);
            assert.equal(error.phase, "connect");
            return true;
        });
        assert.equal(posts, 3, "the first attempt and two retries");

        const stalled = await serve({
            "GET /v1/models": models(["m"]),
            "POST /v1/completions": async (_q, response) => {
                sseHead(response);
                sse(response, completionChunk("멈춘 "));
                await sleep(1000);
                if (!response.destroyed) response.end();
            }
        });
        const idle = backend(stalled.url, { idleTimeoutMs: 150 });
        await idle.ensureReady({ path: "m" });
        await assert.rejects(idle.generate({ prompt: "x" }), (error: unknown) => {
            assert.ok(error instanceof RemoteTimeoutError);
            assert.equal(error.phase, "idle");
            return true;
        });
        assert.equal(stalled.seen.filter((s) => s.url === "/v1/completions").length, 1);
    });

    it("reports an unreachable server (after retrying), a model the server does not serve, and a bad endpoint", async () => {
        const closed = await startServer({});
        const url = closed.url;
        await closed.close();
        const gone = backend(url);
        await assert.rejects(
            gone.ensureReady({ path: "m" }),
            (error: unknown) => error instanceof RemoteUnreachableError
        );
        assert.equal((await gone.health()).ok, false);

        const server = await serve({ "GET /v1/models": models(["a", "b"]) });
        await assert.rejects(backend(server.url).ensureReady({ path: "c" }), (error: unknown) => {
            assert.ok(error instanceof RemoteModelNotServedError);
            assert.deepEqual(error.available, ["a", "b"]);
            return true;
        });
        const first = await backend(server.url).ensureReady({ path: "" });
        assert.equal(first.name, "a", "no model configured: the server's first");

        assert.throws(() => normalizeEndpoint("ftp://x"), RemoteBadEndpointError);
        assert.throws(() => normalizeEndpoint("http://user:pw@host:1/v1"), RemoteBadEndpointError);
        assert.equal(displayEndpoint("https://user:pw@host.example:8443/v1?x=1"), "https://host.example:8443");
        // Not a URL: shown as typed (the user must see the typo), without a query or credentials.
        assert.equal(displayEndpoint("htp//gpu-box:8080"), '"htp//gpu-box:8080"');
        assert.equal(displayEndpoint("user:pw@gpu box:8080/v1?key=abc"), '"gpu box:8080/v1"');
        // A password holding "@" is cut whole; control and direction characters are not shown.
        assert.equal(displayEndpoint("user:p@ss:w@rd@host:8080"), '"host:8080"');
        assert.equal(displayEndpoint("\u202egpu-box\n:8080"), '"gpu-box:8080"');
        assert.match(
            new RemoteBadEndpointError(displayEndpoint(" htp//gpu-box:8080 ")).message,
            /"htp\/\/gpu-box:8080"/
        );
        assert.equal(normalizeEndpoint("http://h:1/proxy/v1/").href, "http://h:1/proxy");
    });

    it("never follows a redirect to another address", async () => {
        const elsewhere = await serve({ "GET /v1/models": models(["m"]) });
        const server = await serve({
            "GET /v1/models": (_q, response) => {
                response.writeHead(302, { location: `${elsewhere.url}/v1/models` });
                response.end();
            }
        });
        await assert.rejects(backend(server.url, { retries: 0 }).ensureReady({ path: "m" }));
        assert.equal(elsewhere.seen.length, 0, "the redirect target got no request");
    });

    it("lists models with vLLM's max_model_len, counts tokens through /tokenize, else the documented estimate", async () => {
        const vllm = await serve({
            "GET /v1/models": models(["google/gemma-ko-7b"], { max_model_len: 8192 }),
            "POST /tokenize": (request, response) => {
                const body = request.body as { prompt: string };
                json(response, 200, { count: Array.from(body.prompt).length, max_model_len: 8192, tokens: [] });
            },
            "GET /health": (_q, response) => {
                response.writeHead(200);
                response.end();
            }
        });
        const remote = backend(vllm.url);
        const listed = await remote.listModels();
        assert.deepEqual(listed, [
            { id: "google/gemma-ko-7b", ownedBy: "test", contextSize: 8192, trainContextSize: 8192 }
        ]);
        const info = await remote.ensureReady({ path: "google/gemma-ko-7b" });
        assert.equal(info.contextSize, 8192);
        assert.equal(remote.model?.contextSource, "models");
        assert.equal(await remote.countTokens("안녕하세요"), 5);
        assert.equal(remote.model?.tokenize, "server");
        const health = await remote.health();
        assert.equal(health.ok, true);

        const ollama = await serve({ "GET /v1/models": models(["gemma-ko:7b"]) });
        const other = backend(ollama.url);
        await other.ensureReady({ path: "gemma-ko:7b" });
        assert.equal(await other.countTokens("안녕 abc"), estimateTokens("안녕 abc"));
        assert.equal(other.model?.tokenize, "estimate");
        assert.equal((await other.health()).ok, true, "no /health: /v1/models answers");
    });

    it("runs requests in arrival order; a queued request cancelled before its turn never reaches the server", async () => {
        const server = await serve({
            "GET /v1/models": models(["m"]),
            "POST /v1/completions": streamPieces(["a", "b", "c"], 20)
        });
        const remote = backend(server.url);
        await remote.ensureReady({ path: "m" });
        const order: string[] = [];
        const controller = new AbortController();
        const first = remote.generate({ prompt: "1", onText: (t) => order.push(`1${t}`) });
        const second = remote.generate({ prompt: "2", signal: controller.signal });
        const third = remote.generate({ prompt: "3", onText: (t) => order.push(`3${t}`) });
        controller.abort();
        const [r1, r2, r3] = await Promise.all([first, second, third]);
        assert.equal(r1.text, "abc");
        assert.equal(r2.stopReason, "cancelled");
        assert.equal(r3.text, "abc");
        assert.deepEqual(order, ["1a", "1b", "1c", "3a", "3b", "3c"]);
        assert.equal(server.seen.filter((s) => s.url === "/v1/completions").length, 2);
    });

    it("a server error event in the stream is reported with the server's message", async () => {
        const server = await serve({
            "GET /v1/models": models(["m"]),
            "POST /v1/completions": (_q, response) => {
                sseHead(response);
                sse(response, {
                    error: { code: 500, message: "the context is full", type: "exceed_context_size_error" }
                });
                response.end();
            }
        });
        const remote = backend(server.url);
        await remote.ensureReady({ path: "m" });
        await assert.rejects(remote.generate({ prompt: "x" }), (error: unknown) => {
            assert.ok(error instanceof RemoteStatusError);
            assert.match(error.message, /the context is full/);
            return true;
        });
    });
});

describe("remote prompt shapes", () => {
    it("turns Gemma turns into chat messages and leaves anything else a completion", () => {
        assert.deepEqual(gemmaTurnsToMessages("<start_of_turn>user\n안녕<end_of_turn>\n<start_of_turn>model\n"), [
            { role: "user", content: "안녕" }
        ]);
        assert.deepEqual(
            gemmaTurnsToMessages(
                "<start_of_turn>user\n하나<end_of_turn>\n<start_of_turn>model\n둘<end_of_turn>\n<start_of_turn>user\n셋<end_of_turn>\n<start_of_turn>model\n"
            ),
            [
                { role: "user", content: "하나" },
                { role: "assistant", content: "둘" },
                { role: "user", content: "셋" }
            ]
        );
        assert.equal(gemmaTurnsToMessages("한국어 예시\n----- 답 -----\n"), undefined);
        assert.equal(
            gemmaTurnsToMessages("앞말<start_of_turn>user\n안녕<end_of_turn>\n<start_of_turn>model\n"),
            undefined
        );
    });

    it("holds back a possible stop-sequence prefix and releases it when it is not one", () => {
        const cutter = new StopCutter(["-----"]);
        assert.deepEqual(cutter.push("가나 --"), { text: "가나 ", stopped: false });
        assert.deepEqual(cutter.push("- 다"), { text: "--- 다", stopped: false });
        assert.deepEqual(cutter.push("라-----마"), { text: "라", stopped: true });
        assert.equal(cutter.emitted, "가나 --- 다라");
        const open = new StopCutter(["<end_of_turn>"]);
        assert.deepEqual(open.push("끝<end_of"), { text: "끝", stopped: false });
        assert.equal(open.flush(), "<end_of");
    });

    it("estimates high: a syllable or other non-ASCII character is a token, three ASCII characters are one", () => {
        assert.equal(estimateTokens(""), 0);
        assert.equal(estimateTokens("안녕하세요"), 5);
        assert.equal(estimateTokens("abcdef"), 2);
        assert.equal(estimateTokens("a 가"), 2);
    });
});
