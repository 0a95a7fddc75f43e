// Prompt prefix reuse against the real node-llama-cpp: a request that starts like an
// earlier one evaluates only the rest, the answer is the same as from a cold start
// (nothing of the earlier request leaks in), snapshots of shared prefixes come back
// after other tasks ran in between, and they are bounded and deleted on unload.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { commonPrefixLength } from "../../models/promptPrefixes";
import { ModelRuntime, type GenerateRequest } from "../../models/runtime";
import { openLlamaBackend, type LlamaBackend } from "../../models/runtimeInfo";
import { tinyHangul, writeTinyGemma } from "../fixtures/tinyGemma";

const syllables = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => tinyHangul[(from + i * 7) % tinyHangul.length]).join("");

/** Three few-shot "prefaces" of ~100 tokens and user inputs, in the tiny fixture's vocabulary. */
const prefaces = [syllables(0, 100), syllables(3, 100), syllables(5, 100)];
const inputs = [syllables(11, 20), syllables(13, 25), syllables(17, 15)];

describe("prompt prefix reuse (real node-llama-cpp, tiny fixture)", function () {
    this.timeout(120_000);
    let dir: string;
    let tiny: string;
    let backend: LlamaBackend;
    const runtimes: ModelRuntime[] = [];

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-prefixes-test-"));
        tiny = path.join(dir, "tiny.gguf");
        await writeTinyGemma(tiny);
        backend = await openLlamaBackend({ gpu: "cpu", threads: 1 });
    });
    afterEach(async () => {
        for (const runtime of runtimes.splice(0)) await runtime.dispose();
    });
    after(async () => {
        await backend.llama.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    async function loaded(promptPrefixes: ConstructorParameters<typeof ModelRuntime>[0]["promptPrefixes"] = {}) {
        const runtime = new ModelRuntime({
            getBackend: () => Promise.resolve(backend),
            threads: 1,
            promptPrefixes: { directory: dir, minSnapshotTokens: 16, ...promptPrefixes }
        });
        runtimes.push(runtime);
        await runtime.load({ path: tiny, contextSize: 1024 });
        return runtime;
    }

    const request = (preface: number, input: number): GenerateRequest => ({
        prompt: prefaces[preface] + inputs[input],
        sharedPrefix: prefaces[preface],
        maxTokens: 24
    });

    /** The answer from a runtime that has never seen another prompt. */
    async function cold(preface: number, input: number): Promise<string> {
        const runtime = await loaded({ snapshots: false });
        const result = await runtime.generate(request(preface, input));
        assert.equal(result.reusedPromptTokens, 0);
        await runtime.dispose();
        return result.text;
    }

    const snapshotFolders = () => fs.readdirSync(dir).filter((name) => name.startsWith("gemma-ko-prefixes-"));
    const snapshotFiles = () =>
        snapshotFolders().flatMap((folder) =>
            fs.readdirSync(path.join(dir, folder)).filter((f) => f.endsWith(".state"))
        );

    it("commonPrefixLength counts equal leading tokens", () => {
        assert.equal(commonPrefixLength([1, 2, 3], [1, 2, 4]), 2);
        assert.equal(commonPrefixLength([1, 2], [1, 2, 3]), 2);
        assert.equal(commonPrefixLength([], [1]), 0);
    });

    it("a request sharing the previous one's preface evaluates only its own input, with the cold answer", async () => {
        const expected = await cold(0, 1);
        const runtime = await loaded();
        const first = await runtime.generate(request(0, 0));
        assert.equal(first.reusedPromptTokens, 0);
        const second = await runtime.generate(request(0, 1));
        assert.ok((second.reusedPromptTokens ?? 0) >= 100, `reused ${second.reusedPromptTokens}`);
        assert.ok(second.promptTokens - (second.reusedPromptTokens ?? 0) <= 30);
        assert.equal(second.text, expected, "nothing of the first request's input or answer leaks into the second");
    });

    it("the same prompt twice gives the same answer, reusing all but its last token", async () => {
        const runtime = await loaded();
        const a = await runtime.generate(request(1, 2));
        const b = await runtime.generate(request(1, 2));
        assert.equal(b.text, a.text);
        assert.equal(b.reusedPromptTokens, b.promptTokens - 1);
    });

    it("after other tasks ran in between, a preface comes back from its snapshot", async () => {
        const expected = await cold(0, 2);
        const runtime = await loaded();
        await runtime.generate(request(0, 0));
        assert.equal(snapshotFiles().length, 1, "the shared preface was saved once");
        await runtime.generate(request(1, 0));
        await runtime.generate(request(2, 1));
        assert.equal(snapshotFiles().length, 3);
        const back = await runtime.generate(request(0, 2));
        assert.ok((back.reusedPromptTokens ?? 0) >= 100, `reused ${back.reusedPromptTokens}`);
        assert.equal(back.text, expected);
        assert.equal(snapshotFiles().length, 3, "no second snapshot of a preface that has one");
    });

    it("keeps at most maxSnapshots, evicting the least recently used, and deletes them on unload", async () => {
        const runtime = await loaded({ maxSnapshots: 2 });
        await runtime.generate(request(0, 0));
        await runtime.generate(request(1, 0));
        await runtime.generate(request(0, 1)); // preface 0 is now the most recently used
        await runtime.generate(request(2, 0)); // evicts preface 1
        assert.equal(snapshotFiles().length, 2);
        const zero = await runtime.generate(request(0, 2));
        assert.ok((zero.reusedPromptTokens ?? 0) >= 100, "preface 0 was kept");
        const one = await runtime.generate(request(1, 1));
        assert.ok((one.reusedPromptTokens ?? 0) < 10, "preface 1 was evicted (and the live state held preface 0)");
        await runtime.unload();
        assert.deepEqual(snapshotFolders(), [], "unloading deletes the snapshots");
    });

    it("a request without a shared prefix still reuses what it shares with the previous prompt, and saves nothing", async () => {
        const runtime = await loaded();
        await runtime.generate({ prompt: prefaces[2] + inputs[0], maxTokens: 8 });
        const next = await runtime.generate({ prompt: prefaces[2] + inputs[1], maxTokens: 8 });
        assert.ok((next.reusedPromptTokens ?? 0) >= 100);
        assert.equal(snapshotFiles().length, 0);
    });

    it("a cancelled request leaves nothing behind: the next one answers as from a cold start", async () => {
        const expected = await cold(1, 1);
        const runtime = await loaded();
        const controller = new AbortController();
        const cancelled = await runtime.generate({
            ...request(1, 0),
            maxTokens: 200,
            signal: controller.signal,
            onText: () => controller.abort()
        });
        assert.equal(cancelled.stopReason, "cancelled");
        assert.equal(runtime.freeSequences, 1);
        assert.equal((await runtime.generate(request(1, 1))).text, expected);
    });
});
