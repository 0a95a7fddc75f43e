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
    /** For the disk-space check before a download; see {@link CatalogFile.sizeShown}. */
    sizeBytes: number;
    /** The size as the evidence page prints it ("5.33 GB", 3 significant digits). */
    sizeShown?: string;
    /** Lower-case hex, the LFS object id the evidence page shows; `null` where no page shows it. */
    sha256: string | null;
    /** The https page (pinned to a commit) that shows this file exists. */
    evidence: string;
    recommended?: boolean;
}

/** The licence every catalog model is under; show it before the first download. */
export interface CatalogLicence {
    name: string;
    url: string;
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

const catalog = catalogData as { families: CatalogFamily[]; licence: CatalogLicence };

/** The catalog shipped with the extension (checked against catalog.schema.json by a test). */
export const catalogFamilies: readonly CatalogFamily[] = catalog.families;

/** Gemma Terms of Use: name and URL. */
export const catalogLicence: CatalogLicence = catalog.licence;

/** Where catalog files come from. */
export interface CatalogUrlOptions {
    /**
     * A Hugging Face mirror or an Artifactory Hugging Face repository, laid out like
     * huggingface.co (`<base>/<org>/<repo>/resolve/<revision>/<file>`), e.g.
     * `https://hf-mirror.com` or `https://company.jfrog.io/artifactory/api/huggingfaceml/hf-remote`
     * (the value Hugging Face's own tools take as HF_ENDPOINT). A value with `{repo}` and
     * `{file}` (and optionally `{revision}`) is a template for a plain file server instead.
     * Default `https://huggingface.co`. Normalise user input with {@link normalizeMirrorBaseUrl}.
     */
    baseUrl?: string;
    /** Branch or commit. Default `main`. */
    revision?: string;
}

export const defaultModelBaseUrl = "https://huggingface.co";

/** Where a catalog file is downloaded from. */
export function catalogUrl(family: CatalogFamily, file: CatalogFile, options: CatalogUrlOptions = {}): string {
    const base = options.baseUrl ?? defaultModelBaseUrl;
    const revision = encodeURIComponent(options.revision ?? "main");
    const fileName = encodeURIComponent(file.file);
    if (base.includes("{file}")) {
        return base
            .replaceAll("{repo}", family.ggufRepo)
            .replaceAll("{revision}", revision)
            .replaceAll("{file}", fileName);
    }
    return `${base.replace(/\/+$/, "")}/${family.ggufRepo}/resolve/${revision}/${fileName}`;
}

/** A mirror setting the user typed that cannot be used; the message says what to fix. */
export class MirrorUrlError extends Error {
    constructor(
        readonly value: string,
        reason: string
    ) {
        super(`The model mirror "${value}" cannot be used: ${reason}`);
        this.name = "MirrorUrlError";
    }
}

/**
 * Checks and tidies a mirror/base-URL setting: http(s) only, no query or fragment, no
 * credentials (a token belongs in SecretStorage, not in settings), trailing slashes
 * dropped. An empty value means the default (huggingface.co) and returns undefined.
 */
export function normalizeMirrorBaseUrl(raw: string): string | undefined {
    const value = raw.trim();
    if (value === "") return undefined;
    const probe = value.replaceAll(/\{(repo|revision|file)\}/g, "x");
    let url: URL;
    try {
        url = new URL(probe);
    } catch {
        throw new MirrorUrlError(value, "it is not a URL (expected e.g. https://hf-mirror.com)");
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        throw new MirrorUrlError(value, "use http:// or https://");
    if (url.username !== "" || url.password !== "") {
        throw new MirrorUrlError(value, "remove the user name and password; store a token instead");
    }
    if (url.search !== "" || url.hash !== "") throw new MirrorUrlError(value, "remove the ?query or #fragment");
    if (value.includes("{") && !(value.includes("{repo}") && value.includes("{file}"))) {
        throw new MirrorUrlError(value, "a template needs both {repo} and {file}");
    }
    return value.includes("{file}") ? value : value.replace(/\/+$/, "");
}

/** Every downloadable model, recommended quantization first within each family. */
export function catalogEntries(
    families: readonly CatalogFamily[] = catalogFamilies,
    urlOptions: CatalogUrlOptions = {}
): CatalogEntry[] {
    return families.flatMap((family) =>
        [...family.files]
            .sort((a, b) => Number(b.recommended ?? false) - Number(a.recommended ?? false))
            .map((file) => ({
                id: `${family.id}/${file.quantization}`,
                family,
                file,
                url: catalogUrl(family, file, urlOptions)
            }))
    );
}

export function findCatalogEntry(
    id: string,
    families: readonly CatalogFamily[] = catalogFamilies
): CatalogEntry | undefined {
    return catalogEntries(families).find((entry) => entry.id === id);
}

/** The catalog entry a downloaded file name belongs to, if any. */
export function catalogEntryForFile(
    fileName: string,
    families: readonly CatalogFamily[] = catalogFamilies
): CatalogEntry | undefined {
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

export function fitOnMachine(
    entry: Pick<CatalogEntry, "family" | "file">,
    contextSize: number,
    machine: { freeVram: number; freeRam: number }
): Fit {
    const need = estimateMemory(entry, contextSize).total;
    if (machine.freeVram >= need) return "gpu";
    // Partial offload still needs the rest in RAM; worth it with at least a quarter of the layers on the GPU.
    if (machine.freeVram >= need / 4 && machine.freeVram + machine.freeRam >= need) return "partialGpu";
    if (machine.freeRam >= need) return "cpu";
    return "tooLarge";
}
