// Prompt lookup (speculative decoding, issue 16): decode speed through the runtime
// with prompt lookup on ÷ off, side by side in one run (the two runtimes take turns,
// request by request), median per row, the greedy text compared, acceptance reported:
//   - "repeats input": a scripted model of mid size (its output is a fixed text) asked
//     with a prompt that holds that text, so guesses can hold (goal ≥ 1.5);
//   - "no repetition": the same model, a prompt without it: the predictor's overhead
//     alone (goal ≥ 0.97);
//   - doc comment / summary: the mid random-weight Gemma on the extension's own
//     few-shot prompts (how often a model's output happens to repeat its prompt).
//   npm run -s compile:tests && node out/bench/promptLookup.bench.js [--runs 5] [--threads 1] [--dir D]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildPrompt } from "../models/prompts";
import { ModelRuntime, type GenerationResult } from "../models/runtime";
import { openLlamaBackend } from "../models/runtimeInfo";
import { writeScriptedModel } from "../test/fixtures/scriptedModel";
import { ensureFixture } from "./benchFixtures";
import { argument, median, loadAverageAtEnd } from "./benchCli";

const runs = Number(argument("runs", "5"));
const threads = Number(argument("threads", "1"));

/** The scripted model's text: 90 distinct single-character tokens. */
const script = Array.from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~");
const intro = "가나라마바사아자차카타파하는은을를이에의로고서한국어코드주석함수설명합니요".repeat(2);

const code =
    "export function clamp(value: number, min: number, max: number): number {\n    return Math.min(max, Math.max(min, value));\n}";

interface Row {
    name: string;
    file: string;
    prompt: string;
    architectures?: string[];
    maxTokens: number;
}

async function main(): Promise<void> {
    const keep = process.argv.includes("--dir");
    const dir = keep ? argument("dir", "") : fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-lookup-bench-"));
    fs.mkdirSync(dir, { recursive: true });
    const scripted = path.join(dir, "scripted-mid.gguf");
    if (!fs.existsSync(scripted))
        await writeScriptedModel(scripted, script, {
            width: 1024,
            layers: 12,
            heads: 16,
            feedForward: 4096,
            quantized: true
        });
    const mid = path.join(dir, "mid.gguf");
    await ensureFixture("mid", mid);
    const doc = buildPrompt({ task: "docComment", languageId: "typescript", code }, { kind: "base" });
    const summary = buildPrompt(
        { task: "summary", source: "code", languageId: "typescript", content: code },
        { kind: "base" }
    );
    const rows: Row[] = [
        {
            name: "repeats input (scripted, mid size)",
            file: scripted,
            prompt: `${intro}${script.join("")}\n`,
            architectures: ["llama"],
            maxTokens: 200
        },
        {
            name: "no repetition (scripted, mid size)",
            file: scripted,
            prompt: `${intro}\n`,
            architectures: ["llama"],
            maxTokens: 200
        },
        { name: "doc comment (mid, random weights)", file: mid, prompt: doc.prompt, maxTokens: 96 },
        { name: "summary (mid, random weights)", file: mid, prompt: summary.prompt, maxTokens: 96 }
    ];

    const backend = await openLlamaBackend({ gpu: "cpu", threads });
    const lines = [
        `Prompt lookup, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"} (${os.availableParallelism()} logical CPUs), load average at start ${os
            .loadavg()
            .map((x) => x.toFixed(2))
            .join(" ")}, CPU backend, ${threads} thread(s), greedy, median of ${runs} requests each`,
        "",
        "| request | tokens | tok/s without | tok/s with | with ÷ without | guesses kept / made | same text |",
        "|---|---|---|---|---|---|---|"
    ];
    try {
        for (const row of rows) {
            const runtimes = [false, true].map(
                (lookup) =>
                    new ModelRuntime({
                        getBackend: () => Promise.resolve(backend),
                        threads,
                        ...(row.architectures === undefined ? {} : { architectures: row.architectures }),
                        promptPrefixes: { snapshots: false },
                        ...(lookup ? {} : { promptLookup: false as const })
                    })
            );
            for (const runtime of runtimes) await runtime.load({ path: row.file, contextSize: 2048 });
            const results: GenerationResult[][] = [[], []];
            for (let run = 0; run < runs; run++)
                for (const [index, runtime] of runtimes.entries()) {
                    // A different first character each run: the prompt is evaluated afresh, not reused.
                    const result = await runtime.generate({ prompt: `${run} ${row.prompt}`, maxTokens: row.maxTokens });
                    results[index].push(result);
                }
            for (const runtime of runtimes) await runtime.dispose();
            const speed = (index: number) => median(results[index].map((r) => r.tokensPerSecond));
            const same = results[1].every((r, run) => r.text === results[0][run].text);
            const kept = results[1].reduce((sum, r) => sum + (r.predictions?.validated ?? 0), 0);
            const made = results[1].reduce(
                (sum, r) => sum + (r.predictions?.validated ?? 0) + (r.predictions?.refuted ?? 0),
                0
            );
            const line = `| ${row.name} | ${results[0][0].generatedTokens} | ${speed(0).toFixed(1)} | ${speed(1).toFixed(1)} | **${(speed(1) / speed(0)).toFixed(3)}** | ${kept} / ${made} | ${same ? "yes" : "**NO**"} |`;
            console.error(`[bench] ${line}`);
            lines.push(line);
        }
    } finally {
        await backend.llama.dispose();
        if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    }
    lines.push("", loadAverageAtEnd());
    console.log(lines.join("\n"));
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
