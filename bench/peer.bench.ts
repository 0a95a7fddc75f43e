// The pipeline against llama.cpp's own server (what llama.vscode and Continue's
// llama.cpp provider run), same file, same machine, side by side (issue 16):
//   - llama-server (scripts/buildLlamaServer.mjs: built from the llama.cpp that
//     node-llama-cpp bundles), started at each thread count; its decode speed as it
//     reports it itself (`timings.predicted_per_second`: no HTTP in the figure);
//   - the pipeline: ModelRuntime (in-process node-llama-cpp, the runtime's own thread
//     plan) with every piece through the streaming safety filter, as the panel runs it;
//   - to place a gap: the same runtime without the filter, and raw node-llama-cpp
//     (a context with the server's thread count, `sequence.evaluate`).
// The model is a scripted model of the mid fixture's shape (1024 wide, 12 layers, ffn
// 4096, Q8_0): it costs what the mid model costs and says a known text of distinct
// tokens, so both generate exactly the same tokens. Alternating, median of runs.
//   npm run bench:peer [-- --runs 5 --tokens 256 --threads 1,2]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ModelRuntime } from "../models/runtime";
import { openLlamaBackend } from "../models/runtimeInfo";
import { SafetyFilter } from "../safety/filter";
import { scriptSteps, writeScriptedModel } from "../test/fixtures/scriptedModel";
import { argument, loadAverageAtEnd, median } from "./benchCli";
import { loadLlamaServerSupport } from "../test/support/llamaServerSupport";

const runs = Number(argument("runs", "5"));
const tokens = Number(argument("tokens", "256"));
const threadCounts = argument("threads", "1,2").split(",").map(Number);
const prompt = "안녕하세요. 다음 함수를 설명해 주세요.";

/** llama-server's own decode speed for one request of `tokens` tokens. */
async function serverRun(url: string): Promise<number> {
    const response = await fetch(`${url}/completion`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ prompt, n_predict: tokens, temperature: 0, cache_prompt: false })
    });
    const body = (await response.json()) as { timings?: { predicted_per_second?: number; predicted_n?: number } };
    const speed = body.timings?.predicted_per_second;
    if (speed === undefined || body.timings?.predicted_n !== tokens)
        throw new Error(`llama-server answered without the expected timings: ${JSON.stringify(body.timings)}`);
    return speed;
}

async function main(): Promise<void> {
    const repo = path.resolve(__dirname, "..", "..");
    const support = await loadLlamaServerSupport(repo);
    const found = support.llamaServerBinary();
    if (found.binary === undefined) {
        console.log(`llama-server is not built (${found.reason ?? "unknown"}): run node scripts/buildLlamaServer.mjs`);
        return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-peer-bench-"));
    const model = path.join(dir, "scripted-mid.gguf");
    try {
        await writeScriptedModel(
            model,
            scriptSteps(Array.from({ length: tokens + 64 }, (_, i) => `토큰${String(i)} `)),
            { width: 1024, layers: 12, heads: 16, feedForward: 4096, quantized: true }
        );
        const backend = await openLlamaBackend({ gpu: "cpu", threads: 0 });
        const runtime = new ModelRuntime({
            getBackend: () => Promise.resolve(backend),
            architectures: ["llama"],
            promptPrefixes: { snapshots: false }
        });
        const info = await runtime.load({ path: model, contextSize: 1024 });
        const pipelineRun = async (): Promise<number> => {
            const filter = new SafetyFilter();
            const result = await runtime.generate({
                prompt,
                maxTokens: tokens,
                temperature: 0,
                onText: (text) => filter.push(text)
            });
            filter.finish();
            if (result.generatedTokens !== tokens)
                throw new Error(`the pipeline generated ${String(result.generatedTokens)}`);
            return result.tokensPerSecond;
        };
        const runtimeRun = async (): Promise<number> =>
            (await runtime.generate({ prompt, maxTokens: tokens, temperature: 0 })).tokensPerSecond;
        const rawModel = await backend.llama.loadModel({ modelPath: model });
        const rawInput = rawModel.tokenize(prompt, true);
        /** Raw node-llama-cpp at `threads`: decode tokens/s from the first token to the last. */
        const rawRun = async (threads: number): Promise<number> => {
            const context = await rawModel.createContext({ contextSize: 1024, threads });
            try {
                let count = 0;
                let first = 0;
                let last = 0;
                const generated = context.getSequence().evaluate(rawInput, { temperature: 0 });
                while (count < tokens && (await generated.next()).done !== true) {
                    last = performance.now();
                    if (count === 0) first = last;
                    count++;
                }
                await generated.return();
                return ((count - 1) * 1000) / (last - first);
            } finally {
                await context.dispose();
            }
        };
        await pipelineRun(); // first-use costs (the filter's classifier, JIT) are not decoding
        const rows: string[] = [];
        const pipelineAll: number[] = [];
        let bestServer = 0;
        let bestThreads = 0;
        for (const threads of threadCounts) {
            const server = await support.startLlamaServer(found.binary, model, { contextSize: 1024, threads });
            try {
                await serverRun(server.url); // its warm-up
                const served: number[] = [];
                const ours: number[] = [];
                const unfiltered: number[] = [];
                const raw: number[] = [];
                for (let run = 0; run < runs; run++) {
                    served.push(await serverRun(server.url));
                    ours.push(await pipelineRun());
                    unfiltered.push(await runtimeRun());
                    raw.push(await rawRun(threads));
                }
                pipelineAll.push(...ours);
                const s = median(served);
                const p = median(ours);
                if (s > bestServer) {
                    bestServer = s;
                    bestThreads = threads;
                }
                rows.push(
                    `| ${String(threads)} | ${s.toFixed(1)} | ${median(raw).toFixed(1)} | ${median(unfiltered).toFixed(1)} | ${p.toFixed(1)} (${String(info.threads)} decode thread(s), ${info.threadSource}) | ${(p / s).toFixed(3)} |`
                );
            } finally {
                await server.stop();
            }
        }
        await runtime.dispose();
        await rawModel.dispose();
        await backend.llama.dispose();
        console.log(
            `Pipeline vs llama-server, scripted model of the mid shape (Q8_0), ${String(tokens)} tokens, median of ${String(runs)} alternating runs, ${os.cpus()[0]?.model ?? "CPU"} (${String(os.availableParallelism())} logical CPUs)`
        );
        console.log("");
        console.log(
            "| threads | llama-server tok/s | raw node-llama-cpp, same threads | runtime, no filter | pipeline (runtime + filter) | pipeline ÷ server |"
        );
        console.log("|---|---|---|---|---|---|");
        for (const row of rows) console.log(row);
        console.log("");
        console.log(
            `pipeline (all runs) ÷ llama-server at its best thread count (${String(bestThreads)}): ${(median(pipelineAll) / bestServer).toFixed(3)} (goal ≥ 0.95)`
        );
        console.log(loadAverageAtEnd());
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
