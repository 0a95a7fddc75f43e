// Prompt-lookup speculative decoding against the real node-llama-cpp: greedy text is
// the same with and without guessing (on a model whose output repeats its prompt, so
// most guesses hold, and on random weights, where most fail), acceptance reaches the
// result and the log, and sampled requests decode plainly.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ModelRuntime, type GenerateRequest } from "../../models/runtime";
import { openLlamaBackend, type LlamaBackend, type RuntimeLogger } from "../../models/runtimeInfo";
import { scriptText, writeScriptedModel } from "../fixtures/scriptedModel";
import { tinyHangul, writeTinyGemma } from "../fixtures/tinyGemma";

/** A script of single base syllables: a prompt that contains its text tokenises into the script's own tokens. */
const echoSteps = Array.from("가나라마바사아자차카타파하는은을를이에의로고서한국어코드");
const echoText = scriptText(echoSteps);

describe("prompt lookup (real node-llama-cpp)", function () {
    this.timeout(120_000);
    let dir: string;
    let echo: string;
    let tiny: string;
    let backend: LlamaBackend;
    const runtimes: ModelRuntime[] = [];

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-lookup-test-"));
        echo = path.join(dir, "echo.gguf");
        tiny = path.join(dir, "tiny.gguf");
        await writeScriptedModel(echo, echoSteps);
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

    async function loaded(file: string, promptLookup: boolean, logs: string[] = []): Promise<ModelRuntime> {
        const logger: RuntimeLogger = {
            info: (m) => logs.push(m),
            warn: (m) => logs.push(m),
            // The acceptance line is logged at Debug.
            debug: (m) => logs.push(m)
        };
        const runtime = new ModelRuntime({
            getBackend: () => Promise.resolve(backend),
            threads: 1,
            logger,
            ...(file === echo ? { architectures: ["llama"] } : {}),
            promptPrefixes: { snapshots: false },
            ...(promptLookup ? {} : { promptLookup: false as const })
        });
        runtimes.push(runtime);
        await runtime.load({ path: file, contextSize: 1024 });
        return runtime;
    }

    it("a model that repeats its prompt: the same greedy text, most guesses kept, acceptance in the result and the log", async () => {
        // The prompt ends in a token outside the script (a newline), so the answer starts at the script's start.
        const request: GenerateRequest = { prompt: `다음 글을 요약하세요: ${echoText}\n요약:\n` };
        const plainRuntime = await loaded(echo, false);
        const plain = await plainRuntime.generate(request);
        assert.equal(plain.text, echoText);
        assert.equal(plain.predictions, undefined, "no predictions when prompt lookup is off");

        const logs: string[] = [];
        const lookupRuntime = await loaded(echo, true, logs);
        const pieces: string[] = [];
        const guessed = await lookupRuntime.generate({ ...request, onText: (text) => pieces.push(text) });
        assert.equal(guessed.text, plain.text);
        assert.equal(pieces.join(""), guessed.text, "streamed pieces add up to the text");
        assert.equal(guessed.generatedTokens, plain.generatedTokens);
        assert.equal(guessed.stopReason, "eos");
        const predictions = guessed.predictions;
        assert.ok(predictions !== undefined);
        // Every token after the first two can be looked up; nearly all guesses hold.
        assert.ok(predictions.validated >= echoSteps.length - 4, JSON.stringify(predictions));
        assert.ok(predictions.validated > 4 * predictions.refuted, JSON.stringify(predictions));
        const line = logs.find((m) => m.startsWith("Prompt lookup kept"));
        assert.equal(
            line,
            `Prompt lookup kept ${predictions.validated} of ${predictions.validated + predictions.refuted} guessed tokens (${guessed.generatedTokens} generated).`
        );
    });

    it("guesses that fail half way (a decoy copy in the prompt) are thrown away: the same text", async () => {
        const plainRuntime = await loaded(echo, false);
        const lookupRuntime = await loaded(echo, true);
        // The first copy breaks off after 12 syllables: a guess from it fails there.
        const request: GenerateRequest = { prompt: `${echoText.slice(0, 12)}!? ${echoText}\n` };
        const plain = await plainRuntime.generate(request);
        const guessed = await lookupRuntime.generate(request);
        assert.equal(plain.text, echoText);
        assert.equal(guessed.text, plain.text);
        assert.ok((guessed.predictions?.refuted ?? 0) > 0, JSON.stringify(guessed.predictions));
        assert.ok((guessed.predictions?.validated ?? 0) > echoSteps.length / 2, JSON.stringify(guessed.predictions));
    });

    it("stops at maxTokens and at stop sequences exactly as without guessing", async () => {
        const plainRuntime = await loaded(echo, false);
        const lookupRuntime = await loaded(echo, true);
        const prompt = `${echoText}\n`;
        const decoy = `${echoText.slice(0, 9)}?! ${echoText}\n`;
        for (const request of [
            { prompt, maxTokens: 7 },
            { prompt, maxTokens: 1 },
            { prompt, stop: ["타파"] },
            { prompt, stop: ["코드"] },
            { prompt: decoy, maxTokens: 10 },
            { prompt: decoy, stop: ["카타"] }
        ] satisfies GenerateRequest[]) {
            const plain = await plainRuntime.generate(request);
            const guessed = await lookupRuntime.generate(request);
            const what = JSON.stringify({ ...request, prompt: undefined });
            assert.equal(guessed.text, plain.text, what);
            assert.equal(guessed.stopReason, plain.stopReason, what);
            assert.equal(guessed.generatedTokens, plain.generatedTokens, what);
        }
    });

    it("random weights: the same greedy text, each prompt holding the answer before it (the live sequence reused)", async () => {
        const plainRuntime = await loaded(tiny, false);
        const lookupRuntime = await loaded(tiny, true);
        const body = Array.from({ length: 60 }, (_, i) => tinyHangul[(i * 5) % tinyHangul.length]).join("");
        let guessedTokens = 0;
        // Each prompt holds the answer to the one before, so the answers repeat parts of their prompts.
        let prompt = body;
        for (let round = 0; round < 4; round++) {
            const request: GenerateRequest = { prompt, maxTokens: 48 };
            const plain = await plainRuntime.generate(request);
            const guessed = await lookupRuntime.generate(request);
            assert.equal(guessed.text, plain.text, `round ${round}`);
            assert.equal(guessed.generatedTokens, plain.generatedTokens);
            guessedTokens += (guessed.predictions?.validated ?? 0) + (guessed.predictions?.refuted ?? 0);
            prompt = prompt + plain.text;
        }
        assert.ok(guessedTokens > 0, "the predictor guessed something");
    });

    it("sampled requests (temperature > 0) decode plainly and report no predictions", async () => {
        const lookupRuntime = await loaded(tiny, true);
        const request: GenerateRequest = { prompt: "안녕하세요", temperature: 0.8, seed: 7, maxTokens: 16 };
        const a = await lookupRuntime.generate(request);
        const b = await lookupRuntime.generate(request);
        assert.equal(a.predictions, undefined);
        assert.equal(a.text, b.text);
    });
});
