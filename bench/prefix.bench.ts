// Prompt prefix reuse (issue 16): time to first token of a doc-comment request
// through the runtime, cold (nothing evaluated yet) vs warm (the few-shot preface
// reused), in one run, per load:
//   1. cold: the first doc-comment request after the load (evaluates the preface,
//      saves its snapshot, evaluates the input);
//   2. warm, live: the next doc-comment request, another function (the kept sequence
//      still holds the preface);
//   3. a summary request in between (another preface, cold);
//   4. warm, snapshot: a doc-comment request again (the preface comes back from its file).
// Median over --runs loads. Goal: warm ≤ 1/3 of cold on the Gemma-7B shape (Q4_0).
//   npm run -s compile:tests && node out/bench/prefix.bench.js [--fixtures 7b] [--runs 2] [--dir D]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildPrompt, type PromptTask } from "../models/prompts";
import { ModelRuntime, type GenerationResult } from "../models/runtime";
import { openLlamaBackend } from "../models/runtimeInfo";
import { ensureFixture, type BenchFixture } from "./benchFixtures";
import { argument, median, loadAverageAtEnd } from "./benchCli";

const runs = Number(argument("runs", "2"));
const fixtures = argument("fixtures", "7b").split(",") as BenchFixture[];

// Three functions of about the same length: each warm request evaluates as much of its own input as the cold one.
const functions = [
    "export function clamp(value: number, min: number, max: number): number {\n    return Math.min(max, Math.max(min, value));\n}",
    "export function bound(input: number, low: number, high: number): number {\n    return Math.max(low, Math.min(high, input));\n}",
    "export function scale(value: number, from: number, to: number): number {\n    return from + (to - from) * Math.min(1, value);\n}"
];
const summary: PromptTask = {
    task: "summary",
    source: "code",
    languageId: "typescript",
    content: "export function isBlank(text: string): boolean {\n    return text.trim().length === 0;\n}"
};
const docComment = (code: string): PromptTask => ({ task: "docComment", languageId: "typescript", code });

async function ask(runtime: ModelRuntime, task: PromptTask): Promise<GenerationResult> {
    const built = buildPrompt(task, { kind: "base" });
    return runtime.generate({ prompt: built.prompt, sharedPrefix: built.sharedPrefix, stop: built.stop, maxTokens: 4 });
}

async function main(): Promise<void> {
    const keep = process.argv.includes("--dir");
    const dir = keep ? argument("dir", "") : fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-prefix-bench-"));
    fs.mkdirSync(dir, { recursive: true });
    const backend = await openLlamaBackend({ gpu: "cpu", threads: 0 });
    const lines = [
        `Prompt prefix reuse, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"} (${os.availableParallelism()} logical CPUs), load average at start ${os
            .loadavg()
            .map((x) => x.toFixed(2))
            .join(
                " "
            )}, CPU backend, threads as the runtime measures them; doc-comment requests (base-model few-shot prompt), median of ${runs} loads`,
        "",
        "| fixture | prompt tokens (preface) | TTFT cold | warm, live sequence | warm, from snapshot | warm ÷ cold (goal ≤ 0.333) | snapshot |",
        "|---|---|---|---|---|---|---|"
    ];
    try {
        for (const fixture of fixtures) {
            const file = path.join(dir, `${fixture}.gguf`);
            await ensureFixture(fixture, file);
            const rows: GenerationResult[][] = [];
            let snapshot = { count: 0, bytes: 0 };
            for (let run = 0; run < runs; run++) {
                const runtime = new ModelRuntime({
                    getBackend: () => Promise.resolve(backend),
                    threadPlanCachePath: path.join(dir, "thread-plans.json"),
                    promptPrefixes: { directory: dir },
                    logger: { info: (m) => console.error(`[bench] ${m}`), warn: (m) => console.error(m), debug() {} }
                });
                await runtime.load({ path: file, contextSize: 2048 });
                const cold = await ask(runtime, docComment(functions[0]));
                const live = await ask(runtime, docComment(functions[1]));
                await ask(runtime, summary);
                const restored = await ask(runtime, docComment(functions[2]));
                rows.push([cold, live, restored]);
                console.error(
                    `[bench] ${fixture} run ${run + 1}: TTFT ${[cold, live, restored].map((r) => `${r.timeToFirstTokenMs.toFixed(0)} ms (${r.reusedPromptTokens ?? 0}/${r.promptTokens} reused)`).join(", ")}`
                );
                snapshot = (await snapshotStats(dir)) ?? snapshot;
                await runtime.dispose();
            }
            const ttft = (index: number) => median(rows.map((row) => row[index].timeToFirstTokenMs));
            const preface = rows[0][1].reusedPromptTokens ?? 0;
            const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
            lines.push(
                `| ${fixture} | ${rows[0][0].promptTokens} (${preface}) | ${seconds(ttft(0))} | ${seconds(ttft(1))} | ${seconds(ttft(2))} | **${(ttft(1) / ttft(0)).toFixed(3)}** / **${(ttft(2) / ttft(0)).toFixed(3)}** | ${snapshot.count} files, ${(snapshot.bytes / 1024 ** 2).toFixed(0)} MiB |`
            );
        }
    } finally {
        await backend.llama.dispose();
        if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    }
    lines.push("", loadAverageAtEnd());
    console.log(lines.join("\n"));
}

/** The snapshot files in the runtime's folder (before it is deleted on unload). */
async function snapshotStats(dir: string): Promise<{ count: number; bytes: number } | undefined> {
    const folders = (await fs.promises.readdir(dir)).filter((name) => name.startsWith("gemma-ko-prefixes-"));
    if (folders.length === 0) return undefined;
    let count = 0;
    let bytes = 0;
    for (const folder of folders)
        for (const name of await fs.promises.readdir(path.join(dir, folder))) {
            count++;
            bytes += (await fs.promises.stat(path.join(dir, folder, name))).size;
        }
    return { count, bytes };
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
