// Speculative decoding with a draft model (issue 16), side by side in one run: tokens/s
// of greedy decoding with the draft ÷ without (prompt lookup off in both), and the draft's
// acceptance, on two pairs:
//   - a draft that agrees: a scripted model of the mid fixture's cost (1024 wide, 12
//     layers) and the smallest scripted model of the same script (what a 2B draft that
//     mostly agrees with its 7B looks like, at the price of a far smaller model);
//   - a draft that disagrees: the same mid cost writing a script of base-vocabulary pieces,
//     and a smallest draft writing it backwards (the overhead when guesses fail).
// Greedy text is checked equal in every run. Real weights (Gemma-Ko 2B for 7B) cannot
// be downloaded here; bench/gpu.sh runs this on a GPU machine.
//   npm run -s compile:tests && node out/bench/draft.bench.js [--runs 5] [--tokens 128] [--threads 2] [--gpu cpu|auto]
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ModelRuntime } from "../models/runtime";
import { openLlamaBackend, type GpuBackendSetting } from "../models/runtimeInfo";
import { baseHangul, scriptSteps, writeScriptedModel } from "../test/fixtures/scriptedModel";
import { argument, loadAverageAtEnd, median } from "./benchCli";

const runs = Number(argument("runs", "5"));
const tokens = Number(argument("tokens", "128"));
const threads = Number(argument("threads", "2"));
const gpu = argument("gpu", "cpu") as GpuBackendSetting;
/** The mid fixture's cost per token (1024 wide, 12 layers, ffn 4096, Q8_0 zero matrices). */
const midCost = { width: 1024, layers: 12, heads: 16, feedForward: 4096, quantized: true };
const quiet = { info() {}, warn: (m: string) => console.error(`[bench] ${m}`), debug() {} };

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-draft-bench-"));
    const backend = await openLlamaBackend({ gpu, threads });
    const lines = [
        `Draft model, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"} (${os.availableParallelism()} logical CPUs), ${backend.llama.gpu === false ? "CPU" : backend.llama.gpu}, ${threads} threads, load average at start ${os
            .loadavg()
            .map((x) => x.toFixed(2))
            .join(" ")}; greedy, ${tokens} tokens, median of ${runs} alternating runs, prompt lookup off in both`,
        "",
        "| pair | without draft tok/s | with draft tok/s | with ÷ without | draft guesses kept | same text |",
        "|---|---|---|---|---|---|"
    ];
    try {
        const steps = scriptSteps(Array.from({ length: tokens + 32 }, (_, i) => `토큰${String(i)} `));
        const scriptedMid = path.join(dir, "scripted-mid.gguf");
        const scriptedSmall = path.join(dir, "scripted-small.gguf");
        await writeScriptedModel(scriptedMid, steps, midCost);
        await writeScriptedModel(scriptedSmall, steps);
        // A draft that disagrees: a script of the base vocabulary's own pieces (so both files
        // have the same vocabulary), the draft's in the reverse order. (Random weights do not
        // serve: every random fixture here writes "." over and over, so any two agree.)
        const basePieces = [...baseHangul, ...Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))];
        const forward = path.join(dir, "forward-mid.gguf");
        const reversed = path.join(dir, "reversed-small.gguf");
        await writeScriptedModel(forward, basePieces, midCost);
        await writeScriptedModel(reversed, [...basePieces].reverse());
        // Both runtimes of a pair alike: prompt lookup off, so only the draft guesses.
        const newRuntime = () =>
            new ModelRuntime({
                getBackend: () => Promise.resolve(backend),
                threads,
                logger: quiet,
                architectures: ["llama", "gemma"],
                promptPrefixes: { snapshots: false },
                promptLookup: false
            });
        const pairs = [
            {
                label: "agreeing draft: scripted mid cost, smallest scripted draft",
                target: scriptedMid,
                draft: scriptedSmall,
                prompt: "안녕\n"
            },
            {
                label: "disagreeing draft: scripted mid cost, smallest draft with the script reversed",
                target: forward,
                draft: reversed,
                prompt: "안녕\n"
            }
        ];
        for (const pair of pairs) {
            const plain = newRuntime();
            const drafted = newRuntime();
            await plain.load({ path: pair.target, contextSize: 1024 });
            const info = await drafted.load({ path: pair.target, contextSize: 1024, draftModelPath: pair.draft });
            assert.equal(info.draftModel, path.basename(pair.draft), "the draft is in use");
            const speeds: Record<"plain" | "draft", number[]> = { plain: [], draft: [] };
            let kept = 0;
            let guessed = 0;
            let same = true;
            const request = { prompt: pair.prompt, maxTokens: tokens };
            await plain.generate(request); // warm-up
            await drafted.generate(request);
            for (let run = 0; run < runs; run++) {
                const order = run % 2 === 0 ? (["plain", "draft"] as const) : (["draft", "plain"] as const);
                const texts: Record<string, string> = {};
                for (const which of order) {
                    const result = await (which === "plain" ? plain : drafted).generate(request);
                    speeds[which].push(result.tokensPerSecond);
                    texts[which] = result.text;
                    if (which === "draft") {
                        kept += result.predictions?.validated ?? 0;
                        guessed += (result.predictions?.validated ?? 0) + (result.predictions?.refuted ?? 0);
                    }
                }
                same &&= texts["plain"] === texts["draft"];
            }
            await plain.dispose();
            await drafted.dispose();
            const without = median(speeds.plain);
            const withDraft = median(speeds.draft);
            lines.push(
                `| ${pair.label} | ${without.toFixed(1)} | ${withDraft.toFixed(1)} | **${(withDraft / without).toFixed(3)}** | ${kept} of ${guessed} (${guessed === 0 ? "-" : ((100 * kept) / guessed).toFixed(0)} %) | ${same ? "yes" : "**NO**"} |`
            );
            console.error(`[bench] ${pair.label} done`);
        }
    } finally {
        await backend.llama.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
    }
    lines.push("", loadAverageAtEnd());
    console.log(lines.join("\n"));
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
