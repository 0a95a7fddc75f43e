// Fixture 3 benchmark: writes the shape-faithful Gemma-7B (random weights) to a temp
// folder, then in one run measures, side by side:
//   - load: raw node-llama-cpp (loadModel + createContext) vs the runtime's load
//     (GGUF validation + the same calls), warm page cache, alternating, median;
//   - prompt processing tok/s for an N-token prompt (raw evaluation);
//   - decode tok/s, raw node-llama-cpp vs the runtime's generate, same prompt, greedy;
//   - time to first token through the runtime.
//   - decode through the pipeline (runtime -> safety filter -> panel serialisation);
//   - the memory-bandwidth ceiling (bandwidth / file size per token) and raw decode's share of it.
// Usage: node out/bench/modelShape.bench.js [--quant Q4_0|Q8_0|both] [--small]
//        [--gpu auto|cpu|cuda|vulkan] [--prompt-tokens 512] [--decode-tokens 64] [--runs 3] [--dir D] [--keep]
//        [--bandwidth-gbs N]   (GPU bandwidth when the device is not in the table)
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ModelRuntime } from "../models/runtime";
import { SafetyFilter } from "../safety/filter";
import { chooseDecodeThreads } from "../models/threads";
import { openLlamaBackend, readRuntimeInfo, type GpuBackendSetting } from "../models/runtimeInfo";
import { tinyHangul } from "../test/fixtures/tinyGemma";
import {
    gemma7bShape,
    gemmaSmallShape,
    writeGemmaShapeModel,
    type ShapeQuantization
} from "../test/fixtures/gemma7bShape";

function argument(name: string, fallback: string): string {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface ShapeBenchRow {
    quantization: ShapeQuantization;
    fileBytes: number;
    writeSeconds: number;
    backend: string;
    device: string;
    gpuLayers: string;
    vramUsedBytes: number | undefined;
    rawLoadMs: number;
    runtimeLoadMs: number;
    promptTokens: number;
    promptTokensPerSecond: number;
    rawDecodeTokensPerSecond: number;
    runtimeDecodeTokensPerSecond: number;
    decodedTokens: number;
    /** Device memory bandwidth in GB/s, when known (table below or --bandwidth-gbs). */
    bandwidthGBs: number | undefined;
    timeToFirstTokenMs: number;
}

export async function runShapeBench(): Promise<ShapeBenchRow[]> {
    const quantizations: ShapeQuantization[] =
        argument("quant", "Q4_0") === "both" ? ["Q4_0", "Q8_0"] : [argument("quant", "Q4_0") as ShapeQuantization];
    const small = flag("small");
    const shape = small ? gemmaSmallShape : gemma7bShape;
    const gpu = argument("gpu", "auto") as GpuBackendSetting;
    const promptTokens = Number(argument("prompt-tokens", "512"));
    const decodeTokens = Number(argument("decode-tokens", "64"));
    const runs = Number(argument("runs", "3"));
    const dir = argument("dir", fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-shape-")));
    fs.mkdirSync(dir, { recursive: true });

    const backend = await openLlamaBackend({ gpu });
    const info = await readRuntimeInfo(backend);
    const llama = backend.llama;
    const rows: ShapeBenchRow[] = [];
    try {
        for (const quantization of quantizations) {
            const file = path.join(dir, `gemma-7b-shape${small ? "-small" : ""}-${quantization}.gguf`);
            let t = performance.now();
            const fileBytes = fs.existsSync(file)
                ? fs.statSync(file).size
                : await writeGemmaShapeModel(file, { quantization, shape });
            const writeSeconds = (performance.now() - t) / 1000;
            console.error(
                `[bench] ${quantization}: ${(fileBytes / 1e9).toFixed(2)} GB written in ${writeSeconds.toFixed(1)} s`
            );
            const contextSize = Math.max(1024, promptTokens + decodeTokens + 16);

            // Warm the page cache once so neither side pays for the first read.
            const warm = await llama.loadModel({ modelPath: file });
            await warm.dispose();
            const vramBefore = info.vram === undefined ? undefined : (await llama.getVramState()).used;

            const rawLoad: number[] = [];
            const runtimeLoad: number[] = [];
            for (let run = 0; run < runs; run++) {
                t = performance.now();
                const model = await llama.loadModel({ modelPath: file });
                const context = await model.createContext({ contextSize, sequences: 1 });
                rawLoad.push(performance.now() - t);
                await context.dispose();
                await model.dispose();

                const runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend) });
                t = performance.now();
                await runtime.load({ path: file, contextSize });
                runtimeLoad.push(performance.now() - t);
                await runtime.dispose();
            }
            console.error(
                `[bench] ${quantization}: load raw ${median(rawLoad).toFixed(0)} ms, runtime ${median(runtimeLoad).toFixed(0)} ms`
            );

            // Raw node-llama-cpp: prompt processing, then greedy decode.
            const model = await llama.loadModel({ modelPath: file });
            const vramUsed = vramBefore === undefined ? undefined : (await llama.getVramState()).used - vramBefore;
            const gpuLayers = `${model.gpuLayers}/${shape.layers + 1}`;
            // The same threads the runtime will choose, so only the pipeline differs.
            const threads =
                llama.gpu === false
                    ? chooseDecodeThreads(0, fileBytes, os.availableParallelism(), llama.cpuMathCores)
                    : undefined;
            const context = await model.createContext({
                contextSize,
                sequences: 1,
                ...(threads === undefined ? {} : { threads })
            });
            const text = Array.from({ length: promptTokens - 1 }, (_, i) => tinyHangul[i % tinyHangul.length]).join("");
            const tokens = [model.tokens.bos!, ...model.tokenize(text)];
            let sequence = context.getSequence();
            t = performance.now();
            await sequence.evaluateWithoutGeneratingNewTokens(tokens);
            const promptSeconds = (performance.now() - t) / 1000;
            void sequence.dispose();
            console.error(`[bench] ${quantization}: prompt ${tokens.length} tokens in ${promptSeconds.toFixed(2)} s`);

            sequence = context.getSequence();
            let generated = 0;
            let first = 0;
            let last = 0;
            for await (const token of sequence.evaluate(tokens, { temperature: 0 })) {
                const now = performance.now();
                if (generated === 0) first = now;
                last = now;
                if (model.isEogToken(token)) break;
                if (++generated >= decodeTokens) break;
            }
            void sequence.dispose();
            const rawDecode = generated > 1 ? ((generated - 1) * 1000) / (last - first) : 0;
            await context.dispose();
            await model.dispose();

            // The runtime: same prompt text, same greedy decode.
            const runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend) });
            await runtime.load({ path: file, contextSize });
            // The product's path: runtime -> streaming safety filter -> one serialised panel message per piece.
            const filter = new SafetyFilter();
            let posted = 0;
            const result = await runtime.generate({
                prompt: text,
                maxTokens: decodeTokens,
                temperature: 0,
                onText: (piece) => {
                    for (const event of filter.push(piece))
                        posted += JSON.stringify({ type: "result.chunk", requestId: "bench", event }).length;
                }
            });
            filter.finish();
            if (posted < 0) throw new Error("unreachable");
            await runtime.dispose();
            console.error(
                `[bench] ${quantization}: decode raw ${rawDecode.toFixed(2)} tok/s, runtime ${result.tokensPerSecond.toFixed(2)} tok/s`
            );

            rows.push({
                quantization,
                fileBytes,
                writeSeconds,
                backend: info.backend,
                device: info.deviceNames.join(", ") || `${os.cpus()[0]?.model ?? "CPU"} x${info.threads} threads`,
                gpuLayers,
                vramUsedBytes: vramUsed,
                rawLoadMs: median(rawLoad),
                runtimeLoadMs: median(runtimeLoad),
                promptTokens: tokens.length,
                promptTokensPerSecond: tokens.length / promptSeconds,
                rawDecodeTokensPerSecond: rawDecode,
                runtimeDecodeTokensPerSecond: result.tokensPerSecond,
                decodedTokens: result.generatedTokens,
                bandwidthGBs: bandwidthOf(info.deviceNames.join(", ")),
                timeToFirstTokenMs: result.timeToFirstTokenMs
            });
        }
    } finally {
        await llama.dispose();
        if (!flag("keep")) fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
}

/** Peak memory bandwidth of common GPUs, GB/s (vendor data sheets). */
const knownBandwidth: Array<[RegExp, number]> = [
    [/H200/i, 4800],
    [/H100.*(SXM|HBM3)/i, 3350],
    [/H100.*NVL/i, 3900],
    [/H100/i, 2000],
    [/A100.*80/i, 2039],
    [/A100/i, 1555],
    [/L40S?/i, 864],
    [/L4\b/i, 300],
    [/RTX 4090/i, 1008],
    [/RTX 4080/i, 717],
    [/RTX 3090/i, 936],
    [/RTX 3080/i, 760],
    [/A10\b/i, 600],
    [/T4\b/i, 320]
];

function bandwidthOf(device: string): number | undefined {
    const flagged = Number(argument("bandwidth-gbs", "NaN"));
    if (Number.isFinite(flagged)) return flagged;
    return knownBandwidth.find(([pattern]) => pattern.test(device))?.[1];
}

export function formatShapeBench(rows: ShapeBenchRow[], shapeLabel: string): string {
    const lines = [
        `Shape-faithful ${shapeLabel}, random weights; ${new Date().toISOString().slice(0, 10)}; Node ${process.version}; ${os.cpus()[0]?.model ?? "CPU"} (${os.availableParallelism()} logical CPUs)`,
        "| quant | file | backend / device | GPU layers | VRAM used | load raw | load runtime | runtime/raw | prompt tok/s | decode raw tok/s | decode pipeline tok/s | pipeline/raw | TTFT (pipeline) | bandwidth bound tok/s | raw / bound |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    ];
    for (const r of rows) {
        lines.push(
            `| ${r.quantization} | ${(r.fileBytes / 1e9).toFixed(2)} GB | ${r.backend} / ${r.device} | ${r.gpuLayers} | ${r.vramUsedBytes === undefined ? "-" : `${(r.vramUsedBytes / 1024 ** 3).toFixed(2)} GiB`} | ` +
                `${r.rawLoadMs.toFixed(0)} ms | ${r.runtimeLoadMs.toFixed(0)} ms | ${(r.runtimeLoadMs / r.rawLoadMs).toFixed(3)} | ` +
                `${r.promptTokensPerSecond.toFixed(1)} (${r.promptTokens} tok) | ${r.rawDecodeTokensPerSecond.toFixed(2)} | ${r.runtimeDecodeTokensPerSecond.toFixed(2)} | ` +
                `${(r.runtimeDecodeTokensPerSecond / r.rawDecodeTokensPerSecond).toFixed(3)} | ${(r.timeToFirstTokenMs / 1000).toFixed(2)} s | ` +
                // Decode reads every weight once per token: bandwidth / file size is the ceiling.
                (r.bandwidthGBs === undefined
                    ? "- | - |"
                    : `${((r.bandwidthGBs * 1e9) / r.fileBytes).toFixed(1)} | ${(r.rawDecodeTokensPerSecond / ((r.bandwidthGBs * 1e9) / r.fileBytes)).toFixed(3)} |`)
        );
    }
    return lines.join("\n");
}

if (require.main === module) {
    runShapeBench()
        .then((rows) =>
            console.log(
                formatShapeBench(
                    rows,
                    flag("small")
                        ? "Gemma (small shape: 512 wide, 4 layers, vocab 256k)"
                        : "Gemma-7B (28 layers, 3072 wide, 16x256 heads, ffn 24576, vocab 256k)"
                )
            )
        )
        .catch((error: unknown) => {
            console.error(error);
            process.exitCode = 1;
        });
}
