// Threads for the whole request (issue 16): the runtime's measured thread plan vs
// every fixed thread count, on a doc-comment request (time to first token + N
// decoded tokens), side by side in one run, alternating, median per plan.
//   - "chosen": what planThreads measures on this model and machine (timed too);
//   - "fixed N": prompt and decoding both on N threads (what a setting does).
// Each plan is applied the way the runtime applies it: llama.maxThreads caps the
// prompt's batch, then the decode batches (models/generation.ts).
//   npm run -s compile:tests && node out/bench/threads.bench.js [--fixtures tiny,mid,7b]
//       [--runs 3] [--tokens 128] [--dir D  (keeps the fixtures there: the 7B shape is 4.8 GB)]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildPrompt } from "../models/prompts";
import { openLlamaBackend } from "../models/runtimeInfo";
import type { LlamaContext, LlamaModel } from "../models/runtimeTypes";
import { planThreads, threadCandidates, ThreadPlanCache } from "../models/threadPlan";
import { chooseThreadCount } from "../models/threads";
import { ensureFixture, type BenchFixture } from "./benchFixtures";
import { argument, median, loadAverageAtEnd } from "./benchCli";

const runs = Number(argument("runs", "3"));
const tokens = Number(argument("tokens", "128"));
const fixtures = argument("fixtures", "tiny,mid,7b").split(",") as BenchFixture[];
const quiet = { info() {}, warn() {}, debug() {} };

/** A doc-comment request as the extension builds it for a base model. */
export const docCommentPrompt = buildPrompt(
    {
        task: "docComment",
        languageId: "typescript",
        code: "export function clamp(value: number, min: number, max: number): number {\n    return Math.min(max, Math.max(min, value));\n}"
    },
    { kind: "base" }
).prompt;

interface RequestTiming {
    ttftMs: number;
    decodeMs: number;
}

/** One request with `prompt` threads for the prompt and `decode` threads for generating. */
async function request(
    model: LlamaModel,
    context: LlamaContext,
    plan: { prompt: number; decode: number }
): Promise<RequestTiming> {
    const llama = model.llama;
    const input = model.tokenize(docCommentPrompt, true);
    const bos = model.tokens.bos;
    if (bos !== null && input[0] !== bos) input.unshift(bos);
    const sequence = context.getSequence();
    const maxThreads = llama.maxThreads;
    llama.maxThreads = plan.prompt;
    const started = performance.now();
    let first = 0;
    let count = 0;
    try {
        const generated = sequence.evaluate(input, { temperature: 0, yieldEogToken: true });
        for (let next = await generated.next(); next.done !== true; next = await generated.next()) {
            if (count++ === 0) {
                first = performance.now();
                llama.maxThreads = plan.decode;
            }
            if (count > tokens) break;
        }
        await generated.return();
    } finally {
        llama.maxThreads = maxThreads;
        await sequence.dispose();
    }
    return { ttftMs: first - started, decodeMs: performance.now() - first };
}

async function main(): Promise<void> {
    const keep = process.argv.includes("--dir");
    const dir = keep ? argument("dir", "") : fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-threads-"));
    fs.mkdirSync(dir, { recursive: true });
    const backend = await openLlamaBackend({ gpu: "cpu", threads: 0 });
    const llama = backend.llama;
    const maxThreads = Math.min(llama.maxThreads, chooseThreadCount(0, os.availableParallelism(), llama.cpuMathCores));
    const lines = [
        `Threads for the whole request, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"} (${os.availableParallelism()} logical CPUs), load average at start ${os
            .loadavg()
            .map((x) => x.toFixed(2))
            .join(
                " "
            )}, CPU backend; a doc-comment request (base-model few-shot prompt) + ${tokens} greedy tokens; median of ${runs} alternating runs`,
        "",
        "| fixture | prompt tokens | calibration | chosen (prompt / decode threads) | plan | TTFT ms | decode tok/s | request s | best fixed ÷ chosen (goal ≥ 0.9) |",
        "|---|---|---|---|---|---|---|---|---|"
    ];
    try {
        for (const fixture of fixtures) {
            const file = path.join(dir, `${fixture}.gguf`);
            const bytes = await ensureFixture(fixture, file);
            const model = await llama.loadModel({ modelPath: file, gpuLayers: 0 });
            const context = await model.createContext({ contextSize: 2048, sequences: 1, threads: maxThreads });
            const stat = fs.statSync(file);
            const calibrationStarted = performance.now();
            const chosen = await planThreads({
                model,
                context,
                file: { path: file, size: stat.size, mtimeMs: stat.mtimeMs },
                configured: 0,
                maxThreads,
                ruleDecodeThreads: 1,
                cache: new ThreadPlanCache(undefined, quiet),
                logger: { ...quiet, info: (m) => console.error(`[bench] ${fixture}: ${m}`) }
            });
            const calibrationMs = performance.now() - calibrationStarted;
            const plans = [
                { label: "chosen", prompt: chosen.prompt, decode: chosen.decode },
                ...threadCandidates(maxThreads).map((n) => ({ label: `fixed ${n}`, prompt: n, decode: n }))
            ];
            const timings = new Map<string, RequestTiming[]>(plans.map((p) => [p.label, []]));
            await request(model, context, plans[0]); // warm-up
            for (let run = 0; run < runs; run++) {
                // Alternate the order so neither plan always runs first after a pause.
                const order = run % 2 === 0 ? plans : [...plans].reverse();
                for (const plan of order) timings.get(plan.label)?.push(await request(model, context, plan));
            }
            const promptTokens = model.tokenize(docCommentPrompt, true).length + 1;
            await context.dispose();
            await model.dispose();
            const total = (t: RequestTiming[]) => median(t.map((x) => x.ttftMs + x.decodeMs));
            const bestFixed = Math.min(...plans.slice(1).map((p) => total(timings.get(p.label) ?? [])));
            for (const plan of plans) {
                const t = timings.get(plan.label) ?? [];
                const isChosen = plan.label === "chosen";
                lines.push(
                    `| ${isChosen ? `${fixture} (${(bytes / 1e6).toFixed(bytes < 1e6 ? 1 : 0)} MB)` : ""} | ${isChosen ? promptTokens : ""} | ${isChosen ? `${(calibrationMs / 1000).toFixed(1)} s` : ""} | ${isChosen ? `${chosen.prompt} / ${chosen.decode}` : ""} | ${plan.label} | ${median(t.map((x) => x.ttftMs)).toFixed(0)} | ${median(t.map((x) => (tokens * 1000) / x.decodeMs)).toFixed(1)} | ${(total(t) / 1000).toFixed(2)} | ${isChosen ? `**${(bestFixed / total(t)).toFixed(3)}**` : (bestFixed / total(t)).toFixed(3)} |`
                );
            }
            console.error(`[bench] ${fixture} done`);
        }
    } finally {
        await llama.dispose();
        if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    }
    lines.push("", loadAverageAtEnd());
    console.log(lines.join("\n"));
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
