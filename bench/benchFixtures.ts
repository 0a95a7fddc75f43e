// The fixtures the benchmarks share: tiny (64 wide), mid (~230 M parameters,
// Q8_0, 250 MB) and the Gemma-7B shape (Q4_0, 4.8 GB), written on demand.
import * as fs from "node:fs";
import { ggmlTypeQ8_0 } from "../models/gguf/ggufTypes";
import { writeGguf } from "../test/fixtures/ggufWriter";
import { gemmaMetadata, gemmaTensors, writeTinyGemma, type GemmaShape } from "../test/fixtures/tinyGemma";
import { paddedVocabulary, writeGemmaShapeModel } from "../test/fixtures/gemma7bShape";

/** ~230 M parameters: 1024 wide, 12 layers, 16 heads x 64, ffn 4096, vocabulary 32,000. */
export const midShape: GemmaShape = {
    embedding: 1024,
    layers: 12,
    heads: 16,
    kvHeads: 16,
    headDim: 64,
    feedForward: 4096,
    contextLength: 4096
};

/** Writes the mid fixture (Q8_0); resolves with its size in bytes. */
export function writeMidGemma(file: string): Promise<number> {
    const vocabulary = paddedVocabulary(32_000);
    return writeGguf(
        file,
        gemmaMetadata(midShape, vocabulary, "mid-gemma-q8_0"),
        gemmaTensors(midShape, vocabulary.tokens.length, ggmlTypeQ8_0, 5)
    );
}

export type BenchFixture = "tiny" | "mid" | "7b";

/**
 * Writes `fixture` to `file` unless a file of that name is already there (the 7B
 * shape takes minutes and 4.8 GB: pass a kept folder to reuse it); resolves with its size.
 */
export async function ensureFixture(fixture: BenchFixture, file: string): Promise<number> {
    if (fs.existsSync(file)) return fs.statSync(file).size;
    if (fixture === "tiny") {
        await writeTinyGemma(file);
        return fs.statSync(file).size;
    }
    if (fixture === "mid") return writeMidGemma(file);
    return writeGemmaShapeModel(file, { quantization: "Q4_0" });
}
