// Prompt evaluation in pieces (models/promptChunks.ts) ÷ in one call, side by side in
// one run on the real node-llama-cpp (the two take turns, run by run):
//   - throughput: the same prompt evaluated whole and in pieces (goal: ratio ≥ 0.95);
//   - cancel: the signal aborts `--cancel-after` ms into the evaluation; how long until
//     the call returns (in one call: the whole evaluation; in pieces: about one piece).
//   npm run -s compile:tests && node out/bench/promptChunks.bench.js [--fixture mid|7b] [--tokens 600] [--runs 5] [--threads 2]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { evaluateInChunks } from "../models/promptChunks";
import { openLlamaBackend } from "../models/runtimeInfo";
import type { Token } from "../models/runtimeTypes";
import { ensureFixture, type BenchFixture } from "./benchFixtures";
import { argument, loadAverageAtEnd, median } from "./benchCli";

const fixture = argument("fixture", "mid") as BenchFixture;
const promptTokens = Number(argument("tokens", "600"));
const runs = Number(argument("runs", "5"));
const threads = Number(argument("threads", "2"));
const cancelAfterMs = Number(argument("cancel-after", "100"));

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-chunks-bench-"));
    try {
        const file = path.join(dir, `${fixture}.gguf`);
        await ensureFixture(fixture, file);
        const backend = await openLlamaBackend({ gpu: "cpu", threads });
        const model = await backend.llama.loadModel({ modelPath: file });
        const context = await model.createContext({ contextSize: promptTokens + 64, threads });
        const sequence = context.getSequence();
        // A prompt of ordinary tokens (not control ones), the same for both.
        const prompt: Token[] = Array.from({ length: promptTokens }, (_, i) => (1000 + ((i * 37) % 5000)) as Token);
        const reset = () => sequence.eraseContextTokenRanges([{ start: 0, end: sequence.nextTokenIndex }]);

        const whole: number[] = [];
        const pieces: number[] = [];
        const cancelWhole: number[] = [];
        const cancelPieces: number[] = [];
        let pieceCount = 0;
        for (let run = 0; run < runs; run++) {
            await reset();
            let started = performance.now();
            await sequence.evaluateWithoutGeneratingNewTokens(prompt);
            whole.push(performance.now() - started);

            await reset();
            started = performance.now();
            await evaluateInChunks(sequence, prompt, {
                maxChunk: context.batchSize,
                onPiece: () => pieceCount++
            });
            pieces.push(performance.now() - started);

            // Cancel `cancelAfterMs` into the evaluation: one call cannot stop; pieces stop at the next boundary.
            await reset();
            const oneCall = new AbortController();
            let abortedAt = 0;
            setTimeout(() => {
                abortedAt = performance.now();
                oneCall.abort();
            }, cancelAfterMs);
            await sequence.evaluateWithoutGeneratingNewTokens(prompt);
            cancelWhole.push(abortedAt === 0 ? 0 : performance.now() - abortedAt);

            await reset();
            const inPieces = new AbortController();
            abortedAt = 0;
            setTimeout(() => {
                abortedAt = performance.now();
                inPieces.abort();
            }, cancelAfterMs);
            await evaluateInChunks(sequence, prompt, { signal: inPieces.signal, maxChunk: context.batchSize });
            cancelPieces.push(abortedAt === 0 ? 0 : performance.now() - abortedAt);
        }
        const tokS = (ms: number) => ((promptTokens * 1000) / ms).toFixed(1);
        console.log(
            `prompt evaluation, ${fixture} fixture, ${String(promptTokens)} tokens, ${String(threads)} threads, batch ${String(context.batchSize)}, median of ${String(runs)}:`
        );
        console.log(
            `  one call ${median(whole).toFixed(0)} ms (${tokS(median(whole))} tok/s); in pieces ${median(pieces).toFixed(0)} ms (${tokS(median(pieces))} tok/s, ${(pieceCount / runs).toFixed(1)} pieces)`
        );
        console.log(`  throughput in pieces ÷ one call: ${(median(whole) / median(pieces)).toFixed(3)} (goal ≥ 0.95)`);
        console.log(
            `  abort ${String(cancelAfterMs)} ms in → call returns after: one call ${median(cancelWhole).toFixed(0)} ms, in pieces ${median(cancelPieces).toFixed(0)} ms`
        );
        console.log(loadAverageAtEnd());
        await context.dispose();
        await model.dispose();
        await backend.llama.dispose();
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
