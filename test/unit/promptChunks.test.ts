// Prompt evaluation in pieces a cancel can stop between (models/promptChunks.ts): the
// sizing rule, a stop between pieces, the same state as one evaluation (real
// node-llama-cpp), and a runtime request cancelled during its prompt that leaves a
// clean prefix for the next request to reuse.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { evaluateInChunks, nextChunkSize, PromptSpeed } from "../../models/promptChunks";
import { ModelRuntime } from "../../models/runtime";
import { openLlamaBackend, type LlamaBackend } from "../../models/runtimeInfo";
import type { Token } from "../../models/runtimeTypes";
import { tinyHangul, writeTinyGemma } from "../fixtures/tinyGemma";

const syllables = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => tinyHangul[(from + i * 7) % tinyHangul.length]).join("");

describe("prompt evaluation in pieces", function () {
    this.timeout(120_000);

    it("sizes pieces to the time target from the speed measured so far: at least 32 tokens, at most 0.6 s", () => {
        assert.equal(nextChunkSize(undefined, { maxChunk: 512 }), 8, "the first piece, before any measurement");
        assert.equal(nextChunkSize(undefined, { maxChunk: 4 }), 4);
        // 0.3 ms a token: 500 ms holds 1,666, capped at the batch size.
        assert.equal(nextChunkSize(0.3, { maxChunk: 512 }), 512);
        assert.equal(nextChunkSize(2, { maxChunk: 512 }), 250);
        // 10 ms a token: 500 ms holds 50.
        assert.equal(nextChunkSize(10, { maxChunk: 512 }), 50);
        // 15 ms a token: 500 ms holds 33, at least 32 go.
        assert.equal(nextChunkSize(15, { maxChunk: 512 }), 33);
        // 40 ms a token (the stop test's fixture on a loaded CPU): 32 would be 1.3 s, which a
        // Stop waited for (found from outside); no piece over 0.6 s, so 15.
        assert.equal(nextChunkSize(40, { maxChunk: 512 }), 15);
        // 143 ms a token (the 7B shape on this CPU): 4 (0.57 s).
        assert.equal(nextChunkSize(143, { maxChunk: 512 }), 4);
        assert.equal(nextChunkSize(40, { maxChunk: 512, maxPieceMs: 2000 }), 32);
        assert.equal(nextChunkSize(5000, { maxChunk: 512 }), 1);
        assert.equal(nextChunkSize(1, { maxChunk: 512, targetMs: 100 }), 100);
    });

    it("learns the speed across calls: slower at once, faster weighted towards the latest, ignoring tiny pieces", () => {
        const speed = new PromptSpeed();
        speed.record(3, 100);
        assert.equal(speed.msPerToken, undefined);
        speed.record(100, 1000);
        assert.equal(speed.msPerToken, 10);
        speed.record(100, 2000);
        assert.equal(speed.msPerToken, 20, "a slower piece is believed at once");
        speed.record(100, 1000);
        assert.equal(speed.msPerToken, 15, "a faster one by halves");
    });

    it("stops between pieces once the signal aborts, and evaluates everything otherwise", async () => {
        const pieces: number[] = [];
        const controller = new AbortController();
        let clock = 0;
        const sequence = {
            evaluateWithoutGeneratingNewTokens: (tokens: Token[]) => {
                pieces.push(tokens.length);
                clock += tokens.length * 10; // 10 ms a token
                if (pieces.length === 2) controller.abort();
                return Promise.resolve();
            }
        };
        const tokens = Array.from({ length: 500 }, (_, i) => i as Token);
        const speed = new PromptSpeed();
        const done = await evaluateInChunks(sequence, tokens, {
            signal: controller.signal,
            maxChunk: 512,
            targetMs: 250,
            speed,
            now: () => clock
        });
        assert.deepEqual(pieces, [8, 32], "8 first, then at least 32 (250 ms holds 25 at 10 ms a token)");
        assert.equal(done, 40);

        // The next call starts from the speed learnt: no small first piece.
        pieces.length = 0;
        assert.equal(await evaluateInChunks(sequence, tokens, { maxChunk: 512, speed, now: () => clock }), 500);
        assert.deepEqual(pieces, Array(10).fill(50), "500 ms pieces at 10 ms a token");
    });

    describe("on the real node-llama-cpp (tiny fixture)", () => {
        let dir: string;
        let tiny: string;
        let backend: LlamaBackend;

        before(async () => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-chunks-test-"));
            tiny = path.join(dir, "tiny.gguf");
            await writeTinyGemma(tiny);
            backend = await openLlamaBackend({ gpu: "cpu", threads: 1 });
        });
        after(async () => {
            await backend.llama.dispose();
            fs.rmSync(dir, { recursive: true, force: true });
        });

        it("pieces leave the sequence as one evaluation does: the same tokens, the same next token", async () => {
            const model = await backend.llama.loadModel({ modelPath: tiny });
            const context = await model.createContext({ contextSize: 1024, sequences: 2 });
            try {
                const prompt = model.tokenize(syllables(0, 300), true);
                const whole = context.getSequence();
                const pieces = context.getSequence();
                await whole.evaluateWithoutGeneratingNewTokens(prompt.slice(0, -1));
                const controller = new AbortController();
                let calls = 0;
                const counted = {
                    evaluateWithoutGeneratingNewTokens: async (tokens: Token[]) => {
                        calls++;
                        await pieces.evaluateWithoutGeneratingNewTokens(tokens);
                    }
                };
                // Cut after the first piece, then go on from where it stopped.
                const first = await evaluateInChunks(
                    {
                        evaluateWithoutGeneratingNewTokens: async (tokens: Token[]) => {
                            await counted.evaluateWithoutGeneratingNewTokens(tokens);
                            controller.abort();
                        }
                    },
                    prompt.slice(0, -1),
                    { signal: controller.signal, maxChunk: context.batchSize, firstChunk: 40 }
                );
                assert.equal(first, 40);
                assert.deepEqual(pieces.contextTokens, prompt.slice(0, 40), "a clean prefix, nothing half-done");
                const rest = await evaluateInChunks(counted, prompt.slice(40, -1), {
                    maxChunk: 16,
                    firstChunk: 16
                });
                assert.equal(first + rest, prompt.length - 1);
                assert.ok(calls > 3, `evaluated in ${String(calls)} pieces`);
                assert.deepEqual(pieces.contextTokens, whole.contextTokens);
                const next = async (sequence: typeof whole) => {
                    for await (const token of sequence.evaluate([prompt[prompt.length - 1]], { temperature: 0 }))
                        return token;
                    return undefined;
                };
                assert.equal(await next(pieces), await next(whole), "the same greedy token after the prompt");
            } finally {
                await context.dispose();
                await model.dispose();
            }
        });

        it("a request cancelled during its prompt ends there, and the next one reuses what was evaluated", async () => {
            const runtime = new ModelRuntime({
                getBackend: () => Promise.resolve(backend),
                threads: 1,
                promptPrefixes: { snapshots: false },
                promptLookup: false
            });
            try {
                await runtime.load({ path: tiny, contextSize: 2048 });
                const prompt = syllables(1, 1500);
                const controller = new AbortController();
                const progress: number[] = [];
                // Abort as soon as the first piece of the prompt is in: the runtime must stop there,
                // not evaluate the other ~1,470 tokens first.
                const cancelled = await runtime.generate({
                    prompt,
                    maxTokens: 8,
                    signal: controller.signal,
                    onPromptProgress: (evaluated) => {
                        progress.push(evaluated);
                        controller.abort();
                    }
                });
                assert.deepEqual(progress, [8], "one piece, then the cancel was seen");
                assert.equal(cancelled.stopReason, "cancelled");
                assert.equal(cancelled.text, "");

                const again = await runtime.generate({ prompt, maxTokens: 8 });
                const total = again.promptTokens;
                assert.equal(
                    again.reusedPromptTokens,
                    8,
                    `what the cancelled request evaluated is reused (of ${String(total)})`
                );
                const fresh = new ModelRuntime({
                    getBackend: () => Promise.resolve(backend),
                    threads: 1,
                    promptPrefixes: { snapshots: false },
                    promptLookup: false
                });
                try {
                    await fresh.load({ path: tiny, contextSize: 2048 });
                    assert.equal(again.text, (await fresh.generate({ prompt, maxTokens: 8 })).text, "as from cold");
                } finally {
                    await fresh.dispose();
                }
            } finally {
                await runtime.dispose();
            }
        });
    });
});
