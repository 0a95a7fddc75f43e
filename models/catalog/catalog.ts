import catalogData from "./catalog.json";
import type { ModelKind } from "../modelKind";

export interface CatalogShape {
    layers: number;
    kvHeads: number;
    headDim: number;
    trainContext: number;
}

export interface CatalogFile {
    quantization: string;
    file: string;
    sizeBytes: number;
    /** Lower-case hex; `null` when the project has not pinned this file. */
    sha256: string | null;
    recommended?: boolean;
}

export interface CatalogFamily {
    id: string;
    displayName: string;
    kind: ModelKind;
    architecture: string;
    parameters: number;
    shape: CatalogShape;
    /** The Hugging Face repository of the original weights. */
    source: string;
    /** The Hugging Face repository the GGUF files come from. */
    ggufRepo: string;
    files: CatalogFile[];
}

/** One downloadable model: a family in one quantization. */
export interface CatalogEntry {
    /** Stable id, `family/quantization`, e.g. `gemma-ko-7b/Q4_K_M`. */
    id: string;
    family: CatalogFamily;
    file: CatalogFile;
    url: string;
}

/** The catalog shipped with the extension (checked against catalog.schema.json by a test). */
export const catalogFamilies: readonly CatalogFamily[] = (catalogData as { families: CatalogFamily[] }).families;

/** Where a catalog file is downloaded from. */
export function catalogUrl(family: CatalogFamily, file: CatalogFile): string {
    return `https://huggingface.co/${family.ggufRepo}/resolve/main/${encodeURIComponent(file.file)}`;
}

/** Every downloadable model, recommended quantization first within each family. */
export function catalogEntries(families: readonly CatalogFamily[] = catalogFamilies): CatalogEntry[] {
    return families.flatMap((family) =>
        [...family.files]
            .sort((a, b) => Number(b.recommended ?? false) - Number(a.recommended ?? false))
            .map((file) => ({ id: `${family.id}/${file.quantization}`, family, file, url: catalogUrl(family, file) }))
    );
}

export function findCatalogEntry(id: string, families: readonly CatalogFamily[] = catalogFamilies): CatalogEntry | undefined {
    return catalogEntries(families).find((entry) => entry.id === id);
}

/** The catalog entry a downloaded file name belongs to, if any. */
export function catalogEntryForFile(fileName: string, families: readonly CatalogFamily[] = catalogFamilies): CatalogEntry | undefined {
    return catalogEntries(families).find((entry) => entry.file.file === fileName);
}

/** f16 KV cache bytes per token of context: K and V, every layer, every KV head. */
export function kvBytesPerToken(shape: CatalogShape): number {
    return 2 * shape.layers * shape.kvHeads * shape.headDim * 2;
}

export interface MemoryEstimate {
    weights: number;
    kvCache: number;
    /** Compute buffers and runtime overhead. */
    overhead: number;
    total: number;
}

/** What a model needs in memory at a context size: weights + KV cache + compute buffers. */
export function estimateMemory(entry: Pick<CatalogEntry, "family" | "file">, contextSize: number): MemoryEstimate {
    const weights = entry.file.sizeBytes;
    const kvCache = kvBytesPerToken(entry.family.shape) * contextSize;
    // llama.cpp's compute buffers grow with the vocabulary and the batch: ~0.5 GiB for
    // a 256k-vocabulary Gemma at batch 512, plus ~5 % of the weights.
    const overhead = 512 * 1024 ** 2 + Math.round(weights * 0.05);
    return { weights, kvCache, overhead, total: weights + kvCache + overhead };
}

/**
 * Where a model would run on this machine: all on the GPU, split, CPU only, or not at all.
 * `freeVram` is 0 without a usable GPU.
 */
export type Fit = "gpu" | "partialGpu" | "cpu" | "tooLarge";

export function fitOnMachine(entry: Pick<CatalogEntry, "family" | "file">, contextSize: number, machine: { freeVram: number; freeRam: number }): Fit {
    const need = estimateMemory(entry, contextSize).total;
    if (machine.freeVram >= need) return "gpu";
    // Partial offload still needs the rest in RAM; worth it with at least a quarter of the layers on the GPU.
    if (machine.freeVram >= need / 4 && machine.freeVram + machine.freeRam >= need) return "partialGpu";
    if (machine.freeRam >= need) return "cpu";
    return "tooLarge";
}
