// Prompt evaluation in pieces (models/promptChunks.ts) ÷ in one call, side by side in
// one run on the real node-llama-cpp (the two take turns, run by run):
//   - throughput: the same prompt evaluated whole and in pieces of each `--targets` ms,
//     the speed known as a second request knows it (goal: ratio ≥ 0.95);
//   - cancel: the signal aborts `--cancel-after` ms into the evaluation; how long until
//     the call returns (in one call: the whole evaluation; in pieces: about one piece).
//   npm run -s compile:tests && node out/bench/promptChunks.bench.js [--fixture mid|7b] [--tokens 600] [--runs 5] [--threads 2] [--targets 250,1000]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { evaluateInChunks, PromptSpeed } from "../models/promptChunks";
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

        const targets = argument("targets", "250,1000").split(",").map(Number);
        const whole: number[] = [];
        const pieces = targets.map(() => [] as number[]);
        const pieceCounts = targets.map(() => 0);
        const cancelWhole: number[] = [];
        const cancelPieces = targets.map(() => [] as number[]);
        /** Aborts `cancelAfterMs` into `evaluate`; resolves with how long the call took to return after that. */
        const cancelled = async (evaluate: (signal: AbortSignal) => Promise<unknown>) => {
            await reset();
            const controller = new AbortController();
            let abortedAt = 0;
            setTimeout(() => {
                abortedAt = performance.now();
                controller.abort();
            }, cancelAfterMs);
            await evaluate(controller.signal);
            return abortedAt === 0 ? 0 : performance.now() - abortedAt;
        };
        for (let run = 0; run < runs; run++) {
            await reset();
            const started = performance.now();
            await sequence.evaluateWithoutGeneratingNewTokens(prompt);
            whole.push(performance.now() - started);
            cancelWhole.push(await cancelled(() => sequence.evaluateWithoutGeneratingNewTokens(prompt)));
            for (const [index, targetMs] of targets.entries()) {
                // The speed as a second request knows it (learnt by the first).
                const speed = new PromptSpeed();
                speed.record(promptTokens, median(whole));
                await reset();
                const begun = performance.now();
                await evaluateInChunks(sequence, prompt, {
                    maxChunk: context.batchSize,
                    targetMs,
                    speed,
                    onPiece: () => pieceCounts[index]++
                });
                pieces[index].push(performance.now() - begun);
                cancelPieces[index].push(
                    await cancelled((signal) =>
                        evaluateInChunks(sequence, prompt, { signal, maxChunk: context.batchSize, targetMs, speed })
                    )
                );
            }
        }
        const tokS = (ms: number) => ((promptTokens * 1000) / ms).toFixed(1);
        console.log(
            `prompt evaluation, ${fixture} fixture, ${String(promptTokens)} tokens, ${String(threads)} threads, batch ${String(context.batchSize)}, median of ${String(runs)}, alternating:`
        );
        console.log(
            `  one call: ${median(whole).toFixed(0)} ms (${tokS(median(whole))} tok/s); a cancel ${String(cancelAfterMs)} ms in returns after ${median(cancelWhole).toFixed(0)} ms`
        );
        for (const [index, targetMs] of targets.entries()) {
            const ms = median(pieces[index]);
            console.log(
                `  pieces of ~${String(targetMs)} ms: ${ms.toFixed(0)} ms (${tokS(ms)} tok/s, ${(pieceCounts[index] / runs).toFixed(1)} pieces); ÷ one call ${(median(whole) / ms).toFixed(3)} (goal ≥ 0.95); a cancel returns after ${median(cancelPieces[index]).toFixed(0)} ms`
            );
        }
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
