// The remote backend against a real llama.cpp llama-server (built from the llama.cpp
// source node-llama-cpp ships: scripts/buildLlamaServer.mjs) running the scripted
// fixture model on a loopback port: what the model says goes through the same
// streaming safety filter as in the extension; cancel frees the server's slot; a
// server killed mid-stream is a clear error; --api-key answers 401 without the key.
// Skipped, with the reason printed, where the binary has not been built.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RemoteBackend } from "../../models/remote/remoteBackend";
import { RemoteDisconnectedError, RemoteUnauthorizedError } from "../../models/remote/remoteErrors";
import { buildPrompt } from "../../models/prompts";
import { SafetyFilter } from "../../safety/filter";
import { defaultScriptText, scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";
import { loadLlamaServerSupport, type LlamaServerSupport, type RunningServer } from "../support/llamaServerSupport";

const repo = path.resolve(__dirname, "..", "..", "..");

async function support(): Promise<LlamaServerSupport> {
    return loadLlamaServerSupport(repo);
}

/** Text through the streaming filter, piece by piece, as the results controller does. */
function filtered(pieces: readonly string[]): string {
    const filter = new SafetyFilter();
    let out = "";
    for (const piece of pieces) for (const event of filter.push(piece)) if (event.type === "text") out += event.text;
    for (const event of filter.finish().events) if (event.type === "text") out += event.text;
    return out;
}

describe("the remote backend against a real llama-server (scripted model; skipped when llama-server is not built)", function () {
    this.timeout(120_000);
    let tools: LlamaServerSupport;
    let binary: string;
    let dir: string;
    let scripted: string;
    let long: string;
    const running: RunningServer[] = [];
    const backends: RemoteBackend[] = [];

    before(async function () {
        tools = await support();
        const found = tools.llamaServerBinary();
        if (found.binary === undefined) {
            console.log(`    skipped: ${found.reason ?? "llama-server is not built"}`);
            this.skip();
        }
        binary = found.binary;
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-llama-server-"));
        scripted = path.join(dir, "scripted.gguf");
        long = path.join(dir, "long.gguf");
        await writeScriptedModel(scripted);
        await writeScriptedModel(long, scriptSteps(Array.from({ length: 600 }, (_, i) => `t${i} `)));
    });
    afterEach(async () => {
        for (const backend of backends.splice(0)) await backend.dispose();
        for (const server of running.splice(0)) await server.stop();
    });
    after(() => {
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    async function serve(model: string, options: { apiKey?: string; contextSize?: number } = {}) {
        const server = await tools.startLlamaServer(binary, model, options);
        running.push(server);
        return server;
    }

    function remote(url: string, apiKey?: string): RemoteBackend {
        const backend = new RemoteBackend({
            endpoint: `${url}/v1`,
            ...(apiKey !== undefined ? { apiKey: () => Promise.resolve(apiKey) } : {}),
            retryDelayMs: 50
        });
        backends.push(backend);
        return backend;
    }

    it("streams the scripted sentence; the phone number and 주민등록번호 are redacted by the client-side filter", async () => {
        const server = await serve(scripted, { contextSize: 1024 });
        const backend = remote(server.url);
        const info = await backend.ensureReady({ path: "scripted-fixture", kind: "base" });
        assert.equal(info.contextSize, 1024, "the context size from /props");
        assert.equal(backend.model?.contextSource, "props");
        const built = buildPrompt(
            { task: "summary", source: "code", content: "function add(a, b) { return a + b; }" },
            { kind: "base" }
        );
        const pieces: string[] = [];
        const result = await backend.generate({
            prompt: built.prompt,
            stop: built.stop,
            maxTokens: 64,
            onText: (text) => pieces.push(text)
        });
        assert.equal(
            result.text,
            defaultScriptText,
            "exactly what the scripted model says (the last syllable from byte tokens)"
        );
        assert.equal(pieces.join(""), defaultScriptText);
        assert.equal(result.stopReason, "eos");
        assert.ok(result.generatedTokens >= 12);
        const shown = filtered(pieces);
        assert.ok(!shown.includes("010-2345-6789") && !shown.includes("2345-6789"), shown);
        assert.ok(!shown.includes("900101-1234568") && !shown.includes("1234568"), shown);
        assert.ok(shown.includes("담당자") && shown.includes("김민수"), shown);
        assert.ok((await backend.countTokens("안녕하세요")) > 0);
        assert.equal(backend.model?.tokenize, "server");
    });

    it("cancel mid-stream closes the connection and the server's slot stops generating", async () => {
        const server = await serve(long, { contextSize: 2048 });
        const backend = remote(server.url);
        await backend.ensureReady({ path: "scripted-fixture", kind: "base" });
        const controller = new AbortController();
        const pieces: string[] = [];
        const result = await backend.generate({
            prompt: "안녕",
            maxTokens: 600,
            signal: controller.signal,
            onText: (text) => {
                pieces.push(text);
                if (pieces.length === 5) controller.abort();
            }
        });
        assert.equal(result.stopReason, "cancelled");
        assert.ok(result.text.startsWith("t0 t1 t2 t3 t4"), result.text);
        let busy = true;
        for (let i = 0; i < 50 && busy; i++) {
            busy = await tools.slotsBusy(server.url);
            if (busy) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.equal(busy, false, "the slot is free again: generation stopped on disconnect");
        const next = await backend.generate({ prompt: "다음", maxTokens: 3 });
        assert.equal(next.text, "t0 t1 t2 ");
    });

    it("a server that dies mid-stream gives a clear disconnected error", async () => {
        const server = await serve(long, { contextSize: 2048 });
        const backend = remote(server.url);
        await backend.ensureReady({ path: "scripted-fixture", kind: "base" });
        const pieces: string[] = [];
        await assert.rejects(
            backend.generate({
                prompt: "안녕",
                maxTokens: 600,
                onText: (text) => {
                    pieces.push(text);
                    if (pieces.length === 5) void server.kill();
                }
            }),
            (error: unknown) => {
                assert.ok(error instanceof RemoteDisconnectedError, String(error));
                assert.match(error.message, /broke off in the middle of the answer/);
                return true;
            }
        );
        assert.ok(pieces.length >= 5 && pieces.length < 600);
    });

    it("--api-key: 401 without the key (an error that asks for it), answers with it; the key never in a description", async () => {
        const key = "team-key-for-tests-4b1d";
        const server = await serve(scripted, { apiKey: key });
        await assert.rejects(
            remote(server.url).ensureReady({ path: "scripted-fixture", kind: "base" }),
            (error: unknown) => error instanceof RemoteUnauthorizedError && !error.message.includes(key)
        );
        const backend = remote(server.url, key);
        await backend.ensureReady({ path: "scripted-fixture", kind: "base" });
        const result = await backend.generate({ prompt: "안녕", maxTokens: 64 });
        assert.equal(result.text, defaultScriptText);
        assert.ok(!JSON.stringify([backend.describe(), backend.model]).includes(key));
        assert.equal((await backend.health()).ok, true, "/health is public on llama-server");
    });
});
