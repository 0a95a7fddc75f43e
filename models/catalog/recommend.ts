import { catalogEntries, catalogFamilies, fitOnMachine } from "./catalog";
import type { CatalogEntry, CatalogFamily, CatalogUrlOptions, Fit } from "./catalog";

const GB = 1e9;

/** What the recommendation needs to know about this machine. */
export interface MachineProfile {
    /** Free VRAM in bytes of the GPU llama.cpp would use; 0 without a usable GPU. */
    freeVram: number;
    /** Free system memory in bytes. */
    freeRam: number;
    /** CPU threads generation would use (`os.availableParallelism()`). */
    cpuThreads: number;
    /** `process.platform` and `process.arch`, to guess memory bandwidth when it is not given. */
    platform: string;
    arch: string;
    /** System memory bandwidth in bytes/s, when known. Default: {@link estimateRamBandwidth}. */
    ramBandwidth?: number;
    /** GPU memory bandwidth in bytes/s, when known. Default 250 GB/s (a mid-range discrete GPU). */
    gpuBandwidth?: number;
}

/** Why the recommended model was chosen, for the words the UI shows. */
export type RecommendationReason = "gpuFits7b" | "cpuOnly" | "gpuTooSmall";

export interface Recommendation {
    entry: CatalogEntry;
    fit: Fit;
    reason: RecommendationReason;
    /** Expected generation speed (tokens/s), a rough memory-bandwidth estimate. */
    expectedTokensPerSecond: number;
    /** The other base models with their fit and speed, recommended first. */
    alternatives: { entry: CatalogEntry; fit: Fit; expectedTokensPerSecond: number }[];
}

export interface RecommendOptions {
    /** Context the model will be loaded with. Default 4096. */
    contextSize?: number;
    families?: readonly CatalogFamily[];
    urlOptions?: CatalogUrlOptions;
}

/**
 * Dual-channel DDR4/DDR5 desktops and laptops reach 40-90 GB/s; Apple silicon's unified memory
 * 100 GB/s and more. One core streams only ~10 GB/s, so few threads cannot use all of it.
 */
export function estimateRamBandwidth(machine: Pick<MachineProfile, "platform" | "arch" | "cpuThreads">): number {
    const memory = machine.platform === "darwin" && machine.arch === "arm64" ? 100 * GB : 50 * GB;
    const perThread = 10 * GB;
    return Math.min(memory, Math.max(1, machine.cpuThreads) * perThread);
}

// llama.cpp decodes at roughly 60 % (CPU) to 70 % (GPU) of the memory bandwidth,
// because every generated token reads all the weights once.
const cpuEfficiency = 0.6;
const gpuEfficiency = 0.7;

/**
 * Expected decode speed: each token streams every weight once, so tokens/s is about the
 * usable bandwidth divided by the file size. A split model runs at the pace of its CPU part.
 */
export function expectedTokensPerSecond(entry: Pick<CatalogEntry, "file">, fit: Fit, machine: MachineProfile): number {
    const size = entry.file.sizeBytes;
    const ram = (machine.ramBandwidth ?? estimateRamBandwidth(machine)) * cpuEfficiency;
    const gpu = (machine.gpuBandwidth ?? 250 * GB) * gpuEfficiency;
    switch (fit) {
        case "gpu":
            return round(gpu / size);
        case "partialGpu": {
            const onGpu = Math.min(1, machine.freeVram / size);
            return round(1 / (onGpu / (gpu / size) + (1 - onGpu) / (ram / size)));
        }
        case "cpu":
            return round(ram / size);
        case "tooLarge":
            return 0;
    }
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}

/**
 * The base model to offer first on this machine: Gemma-Ko 7B when it fits entirely in free
 * VRAM; otherwise Gemma-Ko 2B (on a CPU, 7B runs at a few tokens/s). Each family's
 * recommended quantization is used.
 */
export function recommendForMachine(machine: MachineProfile, options: RecommendOptions = {}): Recommendation {
    const contextSize = options.contextSize ?? 4096;
    const entries = catalogEntries(options.families ?? catalogFamilies, options.urlOptions);
    const pick = (familyId: string): CatalogEntry => {
        const entry = entries.find((e) => e.family.id === familyId && e.file.recommended === true);
        if (entry === undefined) throw new Error(`The catalog has no recommended ${familyId} file`);
        return entry;
    };
    const rate = (entry: CatalogEntry) => {
        const fit = fitOnMachine(entry, contextSize, machine);
        return { entry, fit, expectedTokensPerSecond: expectedTokensPerSecond(entry, fit, machine) };
    };
    const seven = rate(pick("gemma-ko-7b"));
    const two = rate(pick("gemma-ko-2b"));
    if (seven.fit === "gpu") return { ...seven, reason: "gpuFits7b", alternatives: [two] };
    const reason: RecommendationReason = machine.freeVram > 0 ? "gpuTooSmall" : "cpuOnly";
    return { ...two, reason, alternatives: [seven] };
}
