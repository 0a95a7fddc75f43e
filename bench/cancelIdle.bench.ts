// Time from a cancel to the model process idle (its state leaves "generating"), through the
// isolated backend as the extension runs it, on the stop test's fixture (a scripted model
// 2048 wide, 6 layers: ~40 ms a prompt token on a loaded 2-core CPU). The cancel lands at
// several points of a Draft Docs prompt: in the shared preface, in the code, in the answer.
//   npm run -s compile:tests && node out/bench/cancelIdle.bench.js [--rounds 12] [--threads 2]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { IsolatedBackend } from "../models/process/isolatedBackend";
import { buildPrompt } from "../models/prompts";
import { scriptSteps, writeScriptedModel } from "../test/fixtures/scriptedModel";
import { argument, loadAverageAtEnd, median } from "./benchCli";

const rounds = Number(argument("rounds", "12"));
const threads = Number(argument("threads", "2"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-cancel-idle-"));
    const backend = new IsolatedBackend({
        gpu: "cpu",
        threads,
        architectures: ["gemma", "llama"],
        hostScript: path.resolve(__dirname, "..", "models", "process", "modelHost.js")
    });
    try {
        const model = path.join(dir, "long.gguf");
        const pieces = Array.from({ length: 600 }, (_, i) => `요약${i} `);
        await writeScriptedModel(model, scriptSteps(pieces), { width: 2048, layers: 6, feedForward: 4096 });
        await backend.ensureReady({ path: model, contextSize: 2048 });
        const idle: number[] = [];
        for (let round = 0; round < rounds; round++) {
            // A different code each round: the preface is reused after the first, the code is not.
            const code = Array.from({ length: 12 }, (_, i) => `const v${round}_${i} = f(${i}); // 값 ${i}`).join("\n");
            const built = buildPrompt({ task: "docSection", languageId: "javascript", code }, { kind: "base" });
            const controller = new AbortController();
            const generating = new Promise<void>((resolve) => {
                const sub = backend.onDidChangeState((state) => {
                    if (state === "generating") {
                        sub.dispose();
                        resolve();
                    }
                });
            });
            const run = backend.generate({
                prompt: built.prompt,
                sharedPrefix: built.sharedPrefix,
                maxTokens: 200,
                signal: controller.signal
            });
            await generating;
            await sleep(150 + ((round * 173) % 900));
            const cancelledAt = performance.now();
            controller.abort();
            while (backend.state === "generating" && performance.now() - cancelledAt < 10_000) await sleep(2);
            idle.push(performance.now() - cancelledAt);
            await run.catch(() => undefined);
        }
        const sorted = [...idle].sort((a, b) => a - b);
        console.log(
            `cancel -> model process idle over ${rounds} cancels: median ${median(idle).toFixed(0)} ms, ` +
                `max ${sorted[sorted.length - 1].toFixed(0)} ms (${idle.map((ms) => ms.toFixed(0)).join(", ")}); ${loadAverageAtEnd()}`
        );
    } finally {
        await backend.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
