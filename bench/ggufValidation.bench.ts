// What validating a GGUF header costs next to loading the model natively.
// Writes two fixtures (tiny, and a ~30 MB Q8_0 Gemma-shaped model), then in one run
// alternates inspectGguf() and node-llama-cpp's loadModel() on each and prints medians
// and the ratio. Run: npm run bench:gguf
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { inspectGguf } from "../models/gguf/inspectGguf";
import { ggmlTypeQ8_0 } from "../models/gguf/ggufTypes";
import { writeGguf } from "../test/fixtures/ggufWriter";
import {
    gemmaMetadata,
    gemmaTensors,
    tinyGemmaShape,
    tinyVocabulary,
    type GemmaShape
} from "../test/fixtures/tinyGemma";

const runs = Number(process.env["BENCH_RUNS"] ?? 7);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-bench-"));
    const { getLlama } = await import("node-llama-cpp");
    const llama = await getLlama({ gpu: false, build: "never", maxThreads: os.availableParallelism() });
    const midShape: GemmaShape = {
        embedding: 512,
        layers: 8,
        heads: 8,
        kvHeads: 8,
        headDim: 64,
        feedForward: 2048,
        contextLength: 2048
    };
    const vocabulary = tinyVocabulary();
    const rows: string[] = [];
    try {
        for (const [label, shape] of [
            ["tiny (64 wide, 2 layers)", tinyGemmaShape],
            ["mid (512 wide, 8 layers)", midShape]
        ] as const) {
            const file = path.join(dir, `${shape.embedding}.gguf`);
            const bytes = await writeGguf(
                file,
                gemmaMetadata(shape, vocabulary, label),
                gemmaTensors(shape, vocabulary.tokens.length, ggmlTypeQ8_0, 7)
            );
            const inspect: number[] = [];
            const load: number[] = [];
            for (let i = 0; i < runs; i++) {
                let t = performance.now();
                await inspectGguf(file);
                inspect.push(performance.now() - t);
                t = performance.now();
                const model = await llama.loadModel({ modelPath: file });
                load.push(performance.now() - t);
                await model.dispose();
            }
            rows.push(
                `| ${label} | ${(bytes / 1e6).toFixed(1)} MB | ${median(inspect).toFixed(2)} ms | ${median(load).toFixed(2)} ms | ${(median(inspect) / median(load)).toFixed(3)} |`
            );
        }
    } finally {
        await llama.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log(
        `GGUF header validation vs native load, median of ${runs} alternating runs, ${os.cpus()[0]?.model ?? "CPU"} x${os.availableParallelism()}, Node ${process.version}`
    );
    console.log("| fixture | size | inspectGguf | loadModel | validation / load |");
    console.log("|---|---|---|---|---|");
    for (const row of rows) console.log(row);
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
