// Speculative decoding with a draft model against the real node-llama-cpp: greedy text is
// the same with and without the draft (a draft that agrees, as a smaller model of the same
// script does; one that never does; random weights), acceptance
// reaches the result and the log, and a draft that cannot serve (another vocabulary, a
// missing file) is left out with a warning while the model loads and answers.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadDraftModel, primeDraft } from "../../models/draftModel";
import { inspectGguf } from "../../models/gguf/inspectGguf";
import { ModelRuntime, type GenerateRequest } from "../../models/runtime";
import { openLlamaBackend, type LlamaBackend, type RuntimeLogger } from "../../models/runtimeInfo";
import { baseHangul, scriptSteps, scriptText, writeScriptedModel } from "../fixtures/scriptedModel";
import { tinyHangul, writeTinyGemma } from "../fixtures/tinyGemma";

const pieces = [
    "두 수를 ",
    "더한 ",
    "값을 ",
    "반환하는 ",
    "함수입니다. ",
    "입력이 ",
    "숫자가 ",
    "아니면 ",
    "오류를 ",
    "냅니다"
];
const steps = scriptSteps(pieces, ".");
const text = scriptText(steps);

describe("draft model (real node-llama-cpp)", function () {
    this.timeout(180_000);
    let dir: string;
    let scripted: string;
    let scriptedWide: string;
    let tiny: string;
    let tinyOther: string;
    let backend: LlamaBackend;
    const runtimes: ModelRuntime[] = [];

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-draft-test-"));
        scripted = path.join(dir, "scripted.gguf");
        scriptedWide = path.join(dir, "scripted-wide.gguf");
        tiny = path.join(dir, "tiny.gguf");
        tinyOther = path.join(dir, "tiny-other.gguf");
        // The same script: the same vocabulary and the same answer; the wider one costs more per token.
        await writeScriptedModel(scripted, steps);
        await writeScriptedModel(scriptedWide, steps, { width: 256, layers: 4, feedForward: 512 });
        await writeTinyGemma(tiny);
        await writeTinyGemma(tinyOther, { seed: 99 });
        backend = await openLlamaBackend({ gpu: "cpu", threads: 1 });
    });
    afterEach(async () => {
        for (const runtime of runtimes.splice(0)) await runtime.dispose();
    });
    after(async () => {
        await backend.llama.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    async function loaded(file: string, draft: string | undefined, logs: string[] = []): Promise<ModelRuntime> {
        const logger: RuntimeLogger = {
            info: (m) => logs.push(m),
            warn: (m) => logs.push(`WARN ${m}`),
            // The acceptance line is logged at Debug.
            debug: (m) => logs.push(m)
        };
        const runtime = new ModelRuntime({
            getBackend: () => Promise.resolve(backend),
            threads: 1,
            logger,
            architectures: ["llama", "gemma"],
            promptPrefixes: { snapshots: false },
            promptLookup: false
        });
        runtimes.push(runtime);
        await runtime.load({
            path: file,
            contextSize: 1024,
            ...(draft === undefined ? {} : { draftModelPath: draft })
        });
        return runtime;
    }

    it("a draft that agrees: the same greedy text, nearly every guess kept, acceptance in the result and the log", async () => {
        const request: GenerateRequest = { prompt: "함수 설명:\n" };
        const plain = await (await loaded(scriptedWide, undefined)).generate(request);
        assert.equal(plain.text, text);
        assert.equal(plain.predictions, undefined, "no predictions without a draft or prompt lookup");

        const logs: string[] = [];
        const runtime = await loaded(scriptedWide, scripted, logs);
        assert.equal(runtime.model?.draftModel, "scripted.gguf");
        const streamed: string[] = [];
        const guessed = await runtime.generate({ ...request, onText: (t) => streamed.push(t) });
        assert.equal(guessed.text, plain.text);
        assert.equal(streamed.join(""), guessed.text, "streamed pieces add up to the text");
        assert.equal(guessed.generatedTokens, plain.generatedTokens);
        assert.equal(guessed.stopReason, "eos");
        const predictions = guessed.predictions;
        assert.ok(predictions !== undefined);
        assert.ok(predictions.validated >= steps.length / 2, JSON.stringify(predictions));
        assert.ok(predictions.validated > 4 * predictions.refuted, JSON.stringify(predictions));
        assert.ok(
            logs.includes(
                `The draft model kept ${predictions.validated} of ${predictions.validated + predictions.refuted} guessed tokens (${guessed.generatedTokens} generated).`
            ),
            logs.join("\n")
        );
        // A long prompt: the draft reads it before the first step (in pieces a cancel stops
        // between), so it guesses from the first token on, as after a short one.
        const long = await runtime.generate({ prompt: `${"가".repeat(600)}\n` });
        assert.equal(long.text, text);
        assert.deepEqual(long.predictions, predictions, "the same guesses as after the short prompt");
        // A second request: the draft's state is brought to the new prompt (its old answer erased).
        const again = await runtime.generate({ prompt: "다른 설명:\n", maxTokens: 9 });
        const plainAgain = await (
            await loaded(scriptedWide, undefined)
        ).generate({ prompt: "다른 설명:\n", maxTokens: 9 });
        assert.equal(again.text, plainAgain.text);
        assert.equal(again.stopReason, "maxTokens");
    });

    it("random weights, another random draft: the same greedy text over several requests", async () => {
        const plainRuntime = await loaded(tiny, undefined);
        const logs: string[] = [];
        const draftRuntime = await loaded(tiny, tinyOther, logs);
        assert.equal(draftRuntime.model?.draftModel, "tiny-other.gguf", logs.join("\n"));
        let prompt = Array.from({ length: 40 }, (_, i) => tinyHangul[(i * 7) % tinyHangul.length]).join("");
        let guessedTokens = 0;
        for (let round = 0; round < 3; round++) {
            for (const request of [
                { prompt, maxTokens: 40 },
                { prompt, maxTokens: 40, stop: ["가"] }
            ]) {
                const plain = await plainRuntime.generate(request);
                const guessed = await draftRuntime.generate(request);
                assert.equal(guessed.text, plain.text, `round ${round}`);
                assert.equal(guessed.generatedTokens, plain.generatedTokens);
                assert.equal(guessed.stopReason, plain.stopReason);
                guessedTokens += (guessed.predictions?.validated ?? 0) + (guessed.predictions?.refuted ?? 0);
            }
            prompt += tinyHangul[round];
        }
        assert.ok(guessedTokens > 0, "the draft guessed");
        // Sampling decodes plainly: no guesses.
        const sampled = await draftRuntime.generate({ prompt, maxTokens: 8, temperature: 0.8, seed: 3 });
        assert.equal(sampled.predictions, undefined);
    });

    it("a draft that never agrees (it writes the script backwards): the same text, every guess thrown away", async () => {
        // Pieces of the base vocabulary only: both files have the same vocabulary.
        const pieces = baseHangul.slice(0, 24);
        const forward = path.join(dir, "forward.gguf");
        const backward = path.join(dir, "backward.gguf");
        await writeScriptedModel(forward, pieces, { width: 64, layers: 2 });
        await writeScriptedModel(backward, [...pieces].reverse());
        const request: GenerateRequest = { prompt: "설명\n" };
        const plain = await (await loaded(forward, undefined)).generate(request);
        assert.equal(plain.text, pieces.join(""));
        const runtime = await loaded(forward, backward);
        assert.equal(runtime.model?.draftModel, "backward.gguf");
        const guessed = await runtime.generate(request);
        assert.equal(guessed.text, plain.text);
        assert.equal(guessed.predictions?.validated, 0, JSON.stringify(guessed.predictions));
        assert.ok((guessed.predictions?.refuted ?? 0) > 0, JSON.stringify(guessed.predictions));
        const stopped = await runtime.generate({ ...request, stop: [pieces.slice(5, 7).join("")] });
        assert.equal(stopped.text, pieces.slice(0, 5).join(""));
        assert.equal(stopped.stopReason, "stopSequence");
    });

    it("a draft with another vocabulary, or no file, is left out with a warning; the model still answers", async () => {
        for (const draft of [scripted, path.join(dir, "missing.gguf")]) {
            const logs: string[] = [];
            const runtime = await loaded(tiny, draft, logs);
            assert.equal(runtime.model?.draftModel, undefined);
            assert.match(runtime.model?.draftSkipped ?? "", /vocabulary|does not exist/, "why, for the user");
            assert.ok(
                logs.some((m) => m.startsWith(`WARN The draft model ${path.basename(draft)} is not used`)),
                logs.join("\n")
            );
            const result = await runtime.generate({ prompt: "가나다", maxTokens: 4 });
            assert.equal(result.generatedTokens, 4);
            assert.equal(result.predictions, undefined, "prompt lookup is off and no draft is in use");
        }
    });

    it("reads the prompt into the draft before the first step; a cancel stops it", async () => {
        const summary = await inspectGguf(scriptedWide, {
            architectures: ["llama"],
            keepArrayItems: Number.MAX_SAFE_INTEGER
        });
        const logger: RuntimeLogger = { info: () => undefined, warn: () => undefined, debug: () => undefined };
        const draft = await loadDraftModel(scripted, { summary, contextSize: 1024 }, backend, {
            logger,
            architectures: ["llama"]
        });
        if ("skipped" in draft) assert.fail(draft.skipped);
        try {
            const prompt = draft.model.tokenize(`${"가".repeat(600)}\n`);
            const cancelled = new AbortController();
            cancelled.abort();
            await primeDraft(draft, prompt, cancelled.signal);
            assert.equal(draft.sequence.nextTokenIndex, 0, "a cancelled prime reads nothing");
            await primeDraft(draft, prompt);
            assert.equal(draft.sequence.nextTokenIndex, prompt.length - 1, "all but the last prompt token");
            // Another prompt sharing its start: only the differing tail is read again.
            const other = [...prompt.slice(0, 300), ...draft.model.tokenize("나다라\n")];
            await primeDraft(draft, other);
            assert.deepEqual(draft.sequence.contextTokens, other.slice(0, -1));
        } finally {
            await draft.dispose();
        }
    });

    it("ensureReady loads again when the draft setting changes", async () => {
        const runtime = await loaded(scriptedWide, undefined);
        const first = await runtime.ensureReady({ path: scriptedWide, contextSize: 1024 });
        assert.equal(first.draftModel, undefined);
        const second = await runtime.ensureReady({ path: scriptedWide, contextSize: 1024, draftModelPath: scripted });
        assert.equal(second.draftModel, "scripted.gguf");
        const third = await runtime.ensureReady({ path: scriptedWide, contextSize: 1024, draftModelPath: scripted });
        assert.equal(third, second, "the same draft: no reload");
        const fourth = await runtime.ensureReady({ path: scriptedWide, contextSize: 1024 });
        assert.equal(fourth.draftModel, undefined);
    });
});
