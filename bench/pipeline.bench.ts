// Pipeline overhead, threads, and time to first token — side by side in one run.
//   1. decode tok/s through the full pipeline (ModelRuntime -> streaming SafetyFilter ->
//      panel message serialisation) vs raw node-llama-cpp generating on the same model,
//      alternating, median of runs; on the tiny fixture (overhead-dominated worst case)
//      and a mid-size synthetic Gemma (~230 M parameters, Q8_0);
//   2. decode tok/s with the runtime's thread choice vs every thread count 1..N;
//   3. time to first token for a 1,000-token prompt through the runtime;
//   4. the model process: decode through IsolatedBackend vs raw (mid model), load time
//      through the process vs in-process, and the memory the process adds.
// npm run bench:pipeline [-- --runs 5 --tokens 128] [-- --process-only]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ModelRuntime } from "../models/runtime";
import { openLlamaBackend, type LlamaBackend } from "../models/runtimeInfo";
import { chooseDecodeThreads } from "../models/threads";
import { SafetyFilter } from "../safety/filter";
import { measureIsolation } from "./isolatedDecode";
import { tinyHangul, tinyVocabulary, writeTinyGemma } from "../test/fixtures/tinyGemma";
import { writeMidGemma } from "./benchFixtures";
import { argument, median } from "./benchCli";

const runs = Number(argument("runs", "5"));
const tokens = Number(argument("tokens", "128"));

const prompt = "다음 함수의 한국어 문서 주석을 씁니다: 두 수를 더한 값을 반환합니다";

/** Raw node-llama-cpp: tokenize, evaluate greedily, nothing else. Returns tokens/s after the first. */
const processOnly = process.argv.includes("--process-only");

async function rawDecode(backend: LlamaBackend, file: string, count: number, threads?: number): Promise<number> {
    const model = await backend.llama.loadModel({ modelPath: file });
    try {
        const context = await model.createContext({
            contextSize: 1024,
            sequences: 1,
            ...(threads === undefined ? {} : { threads })
        });
        const sequence = context.getSequence();
        const input = [model.tokens.bos!, ...model.tokenize(prompt)];
        let generated = 0;
        let first = 0;
        let last = 0;
        for await (const token of sequence.evaluate(input, { temperature: 0 })) {
            const now = performance.now();
            if (generated === 0) first = now;
            last = now;
            if (++generated >= count || model.isEogToken(token)) break;
        }
        void sequence.dispose();
        await context.dispose();
        return generated > 1 ? ((generated - 1) * 1000) / (last - first) : 0;
    } finally {
        await model.dispose();
    }
}

/** The product's path: runtime -> streaming filter -> one serialised panel message per released piece. */
async function pipelineDecode(
    runtime: ModelRuntime,
    count: number
): Promise<{ tokensPerSecond: number; tokens: number }> {
    const filter = new SafetyFilter();
    let bytes = 0;
    const post = (message: unknown) => {
        bytes += JSON.stringify(message).length;
    };
    const result = await runtime.generate({
        prompt,
        maxTokens: count,
        temperature: 0,
        onText: (text) => {
            for (const event of filter.push(text))
                post(
                    event.type === "text"
                        ? { type: "result.chunk", requestId: "bench", text: event.text }
                        : { type: "result.blocked", requestId: "bench", categories: event.categories }
                );
        }
    });
    for (const event of filter.finish().events) post({ type: "result.chunk", requestId: "bench", event });
    if (bytes < 0) throw new Error("unreachable");
    return { tokensPerSecond: result.tokensPerSecond, tokens: result.generatedTokens };
}

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-pipeline-"));
    const lines: string[] = [];
    try {
        const tiny = path.join(dir, "tiny.gguf");
        await writeTinyGemma(tiny);
        const mid = path.join(dir, "mid-q8_0.gguf");
        const midBytes = await writeMidGemma(mid);
        const available = os.availableParallelism();
        const backend = await openLlamaBackend({ gpu: "auto", threads: 0 });
        const chosen = chooseDecodeThreads(0, midBytes, available, backend.llama.cpuMathCores);

        lines.push(
            `Pipeline benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"} (${available} logical CPUs), backend ${backend.llama.gpu === false ? "cpu" : backend.llama.gpu}, Node ${process.version}, median of ${runs} alternating runs after one warm-up, ${tokens} greedy tokens (tiny: ${tokens * 4})`
        );
        // --process-only: the model-process section alone (issue 13's figure, a few minutes).
        if (!processOnly) {
            lines.push(
                "",
                "| model | raw node-llama-cpp tok/s | pipeline tok/s (runtime + filter + serialisation) | pipeline / raw (goal ≥ 0.98) |",
                "|---|---|---|---|"
            );
            for (const [label, file] of [
                [`tiny (64 wide, 2 layers, ${tinyVocabulary().tokens.length} tokens)`, tiny],
                [`mid (~230 M params, Q8_0, ${(midBytes / 1e6).toFixed(0)} MB)`, mid]
            ] as const) {
                const runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend) });
                const info = await runtime.load({ path: file, contextSize: 1024 });
                const raw: number[] = [];
                const piped: number[] = [];
                // The tiny model is ~40x faster: more tokens per run for the same measuring time.
                const count = file === tiny ? tokens * 4 : tokens;
                // One unmeasured round each, so neither side pays for JIT warm-up.
                await rawDecode(backend, file, count, info.threads);
                await pipelineDecode(runtime, count);
                for (let run = 0; run < runs; run++) {
                    // The runtime keeps its model loaded; raw loads its own copy each run (not timed).
                    // Raw uses the same thread count as the runtime chose, so only the pipeline differs.
                    raw.push(await rawDecode(backend, file, count, info.threads));
                    piped.push((await pipelineDecode(runtime, count)).tokensPerSecond);
                }
                await runtime.dispose();
                lines.push(
                    `| ${label} | ${median(raw).toFixed(1)} | ${median(piped).toFixed(1)} | ${(median(piped) / median(raw)).toFixed(3)} |`
                );
                console.error(
                    `[bench] ${label}: raw ${raw.map((x) => x.toFixed(0)).join(", ")}; pipeline ${piped.map((x) => x.toFixed(0)).join(", ")}`
                );
            }

            // Threads: decode on the mid model at each thread count vs the runtime's choice.
            lines.push(
                "",
                `Threads (mid model, raw decode tok/s, median of ${runs}); the runtime chooses ${chosen}:`,
                "",
                "| threads | tok/s |",
                "|---|---|"
            );
            const byThreads = new Map<number, number>();
            for (let threads = 1; threads <= available; threads++) {
                const values: number[] = [];
                for (let run = 0; run < runs; run++) values.push(await rawDecode(backend, mid, tokens, threads));
                byThreads.set(threads, median(values));
                lines.push(
                    `| ${threads}${threads === chosen ? " (runtime's choice)" : ""} | ${median(values).toFixed(1)} |`
                );
            }
            const best = Math.max(...byThreads.values());
            lines.push("", `runtime's choice / best = ${(byThreads.get(chosen)! / best).toFixed(3)} (goal ≥ 0.9)`);

            // Time to first token, 1,000-token prompt, mid model, through the runtime.
            const runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend) });
            await runtime.load({ path: mid, contextSize: 2048 });
            const longPrompt = Array.from({ length: 999 }, (_, i) => tinyHangul[i % tinyHangul.length]).join("");
            const ttft: number[] = [];
            let promptTokens = 0;
            for (let run = 0; run < Math.min(runs, 3); run++) {
                const result = await runtime.generate({ prompt: longPrompt, maxTokens: 1, temperature: 0 });
                ttft.push(result.timeToFirstTokenMs);
                promptTokens = result.promptTokens;
            }
            await runtime.dispose();
            lines.push(
                "",
                `Time to first token, ${promptTokens}-token prompt, mid model, through the runtime: ${median(ttft).toFixed(0)} ms (median of ${ttft.length})`
            );
        }
        const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
        const isolation = await measureIsolation(backend, mid, {
            runs,
            tokens,
            threads: chosen,
            rawDecode: (file, count, threads) => rawDecode(backend, file, count, threads)
        });
        lines.push(
            "",
            `Model process (mid model, median of ${runs} alternating runs, ${tokens} tokens, ${chosen} thread(s)):`,
            "",
            "| measure | raw / in-process | through the model process | ratio |",
            "|---|---|---|---|",
            `| decode tok/s (goal ≥ 0.98) | ${isolation.rawTokensPerSecond.toFixed(1)} | ${isolation.isolatedTokensPerSecond.toFixed(1)} | ${(isolation.isolatedTokensPerSecond / isolation.rawTokensPerSecond).toFixed(3)} |`,
            `| load ms (process start + node-llama-cpp import included) | ${isolation.inProcessLoadMs.toFixed(0)} | ${isolation.isolatedLoadMs.toFixed(0)} | ${(isolation.isolatedLoadMs / isolation.inProcessLoadMs).toFixed(2)} |`,
            `| memory MiB (in-process: RSS added by the load; process: its whole RSS) | ${mib(isolation.inProcessRssDelta)} | ${mib(isolation.processRss)} | extra ${mib(isolation.processRss - isolation.inProcessRssDelta)} MiB |`
        );
        await backend.llama.dispose();
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log(lines.join("\n"));
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
