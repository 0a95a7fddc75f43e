import * as os from "node:os";
import { importNodeLlamaCpp, type Llama } from "./nodeLlamaCpp";
import { chooseThreadCount } from "./threads";
import { errorMessage } from "./errors/codedError";
import { logT, type Translate } from "./translate";

/** What the user may ask for in `gemmaKo.runtime.gpu`. */
export type GpuBackendSetting = "auto" | "cuda" | "vulkan" | "metal" | "cpu";
/** What llama.cpp ended up using. */
export type GpuBackend = "cuda" | "vulkan" | "metal" | "cpu";

export const gpuBackendSettings: readonly GpuBackendSetting[] = ["auto", "cuda", "vulkan", "metal", "cpu"];

/** Logger injected by the caller; libraries never create their own output. */
export interface RuntimeLogger {
    info(message: string): void;
    warn(message: string): void;
    debug(message: string): void;
    /** Puts a line about the user's model in the UI's language (default: English). */
    translate?: Translate;
}

/** Options for {@link openLlamaBackend}. */
export interface LlamaBackendOptions {
    /** GPU backend to use. Default `"auto"`: CUDA, then Vulkan, then Metal, then CPU. */
    gpu?: GpuBackendSetting;
    /** CPU threads; `0` (default) chooses from the machine's cores, see {@link chooseThreadCount}. */
    threads?: number;
    logger?: RuntimeLogger;
}

/**
 * Why a requested backend was not used:
 * - `notSupportedOnPlatform`: this OS/CPU has no such backend (Metal outside macOS, say);
 * - `noUsableBinary`: no prebuilt binary for it loads here (driver or CUDA runtime missing);
 * - `failed`: it failed some other way; `detail` says how.
 */
export interface BackendFallback {
    reason: "notSupportedOnPlatform" | "noUsableBinary" | "failed";
    detail: string;
}

/** An opened backend and how it was chosen. */
export interface LlamaBackend {
    llama: Llama;
    requested: GpuBackendSetting;
    /** Set when the requested backend could not be used and auto-detection took over. */
    fallback?: BackendFallback;
    /** Milliseconds spent importing node-llama-cpp and opening the backend. */
    openMs: number;
}

/** Everything "Show Runtime Info" reports. Plain data: safe to log and to post to the panel. */
export interface RuntimeInfo {
    backend: GpuBackend;
    requested: GpuBackendSetting;
    fallback?: BackendFallback;
    deviceNames: string[];
    /** Bytes; `undefined` on the CPU backend. */
    vram?: { total: number; used: number; free: number };
    threads: number;
    cpuMathCores: number;
    availableParallelism: number;
    supportsGpuOffloading: boolean;
    llamaCppRelease: string;
    binary: "prebuilt" | "localBuild";
    platform: string;
    openMs: number;
}

const noopLogger: RuntimeLogger = { info() {}, warn() {}, debug() {} };

function toGpuOption(setting: GpuBackendSetting): "auto" | "cuda" | "vulkan" | "metal" | false {
    return setting === "cpu" ? false : setting;
}

/**
 * Imports node-llama-cpp and opens a backend. Never builds llama.cpp from source
 * and never downloads anything: inside VS Code a compiler run or a network access
 * would be a surprise. When an explicitly requested backend fails (no driver, no
 * CUDA runtime), falls back to auto-detection and says why.
 */
export async function openLlamaBackend(options: LlamaBackendOptions = {}): Promise<LlamaBackend> {
    const requested = options.gpu ?? "auto";
    const logger = options.logger ?? noopLogger;
    const configuredThreads = options.threads ?? 0;
    const started = performance.now();
    const { getLlama, LlamaLogLevel } = await importNodeLlamaCpp();

    const open = (gpu: GpuBackendSetting): Promise<Llama> =>
        getLlama({
            gpu: toGpuOption(gpu),
            build: "never",
            skipDownload: true,
            usePrebuiltBinaries: true,
            progressLogs: false,
            maxThreads: chooseThreadCount(configuredThreads),
            logLevel: LlamaLogLevel.warn,
            logger: (level, message) => {
                const text = message.trimEnd();
                if (text.length === 0) return;
                const severity: string = level;
                if (severity === "error" || severity === "fatal" || severity === "warn")
                    logger.warn(`llama.cpp: ${text}`);
                else logger.debug(`llama.cpp: ${text}`);
            }
        });

    let llama: Llama;
    let fallback: BackendFallback | undefined;
    try {
        llama = await open(requested);
        const actual = llama.gpu === false ? "cpu" : llama.gpu;
        if (requested !== "auto" && actual !== requested) {
            // node-llama-cpp quietly uses the CPU for a backend this platform cannot have.
            fallback = {
                reason: "notSupportedOnPlatform",
                detail: `${requested} is not available on ${process.platform}-${process.arch}`
            };
            await llama.dispose();
            llama = await open("auto");
        }
    } catch (error) {
        if (requested === "auto") throw error;
        const name = error instanceof Error ? error.name : "Error";
        const message = errorMessage(error);
        fallback =
            name === "NoBinaryFoundError" || message === "NoBinaryFoundError"
                ? {
                      reason: "noUsableBinary",
                      detail: `no ${requested} binary loads here (driver or runtime library missing)`
                  }
                : { reason: "failed", detail: message };
        llama = await open("auto");
    }
    if (fallback !== undefined) {
        logger.warn(
            logT(logger)(
                'Backend "{0}" is not usable here ({1}); using auto-detection instead.',
                requested,
                fallback.detail
            )
        );
    }
    // cpuMathCores is only known once the binary is loaded; refine the thread count with it.
    llama.maxThreads = chooseThreadCount(configuredThreads, os.availableParallelism(), llama.cpuMathCores);
    const openMs = performance.now() - started;
    logger.info(
        logT(logger)(
            "node-llama-cpp opened backend {0} in {1} ms",
            llama.gpu === false ? "cpu" : llama.gpu,
            openMs.toFixed(0)
        )
    );
    return fallback === undefined ? { llama, requested, openMs } : { llama, requested, fallback, openMs };
}

/** Reads backend, devices, VRAM and threads from an opened backend. */
export async function readRuntimeInfo(backend: LlamaBackend): Promise<RuntimeInfo> {
    const { llama } = backend;
    const gpu: GpuBackend = llama.gpu === false ? "cpu" : llama.gpu;
    const deviceNames = gpu === "cpu" ? [] : await llama.getGpuDeviceNames();
    const vramState = gpu === "cpu" ? undefined : await llama.getVramState();
    const info: RuntimeInfo = {
        backend: gpu,
        requested: backend.requested,
        deviceNames,
        threads: llama.maxThreads,
        cpuMathCores: llama.cpuMathCores,
        availableParallelism: os.availableParallelism(),
        supportsGpuOffloading: llama.supportsGpuOffloading,
        llamaCppRelease: llama.llamaCppRelease.release,
        binary: llama.buildType,
        platform: `${process.platform}-${process.arch}`,
        openMs: backend.openMs
    };
    if (vramState !== undefined) {
        info.vram = { total: vramState.total, used: vramState.used, free: vramState.free };
    }
    if (backend.fallback !== undefined) info.fallback = backend.fallback;
    return info;
}

/** Display name of a backend, as users know it. */
export function backendDisplayName(backend: GpuBackend | "remote"): string {
    switch (backend) {
        case "remote":
            return "remote server";
        case "cuda":
            return "CUDA";
        case "vulkan":
            return "Vulkan";
        case "metal":
            return "Metal";
        case "cpu":
            return "CPU";
    }
}

/** `1536` -> `"1.5 KiB"`; binary units, one decimal place above bytes. */
export function formatBytes(bytes: number): string {
    if (!Number.isFinite(bytes) || bytes < 0) return "?";
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${value} ${units[unit]}` : `${value.toFixed(1)} ${units[unit]}`;
}

function describeFallback(requested: GpuBackendSetting, fallback: BackendFallback, t: Translate): string {
    const name = requested === "auto" ? t("auto") : backendDisplayName(requested);
    switch (fallback.reason) {
        case "notSupportedOnPlatform":
            return t("{0} is not available on this platform; the best available backend is used instead.", name);
        case "noUsableBinary":
            return t(
                "{0} could not be loaded (is the GPU driver or runtime library installed?); the best available backend is used instead.",
                name
            );
        case "failed":
            return t("{0} failed to start ({1}); the best available backend is used instead.", name, fallback.detail);
    }
}

/** One labelled line of the runtime report. */
export interface RuntimeInfoRow {
    label: string;
    value: string;
}

/**
 * The loaded model's context as it is, for the runtime report: the setting can ask for more
 * than the model was trained for (then the trained length is used, said once when loading)
 * or than memory allows.
 */
export function contextSizeRow(
    loaded: { contextSize: number; trainContextSize: number },
    requested: number | "auto",
    t: Translate
): RuntimeInfoRow {
    const { contextSize, trainContextSize } = loaded;
    let value = t("{0} tokens", contextSize);
    if (typeof requested === "number" && requested > trainContextSize)
        value = t(
            "{0} tokens (the setting asks for {1}; the model was trained for {2})",
            contextSize,
            requested,
            trainContextSize
        );
    else if (typeof requested === "number" && requested > contextSize)
        value = t("{0} tokens (the setting asks for {1}; lowered to fit the memory)", contextSize, requested);
    return { label: t("Context size"), value };
}

/**
 * Turns a report into labelled rows for the panel and the log. `t` localises;
 * pass VS Code's `l10n.t` in the extension, or an identity function in Node.
 */
export function formatRuntimeInfo(info: RuntimeInfo, t: Translate): RuntimeInfoRow[] {
    const rows: RuntimeInfoRow[] = [
        { label: t("Backend"), value: backendDisplayName(info.backend) },
        {
            label: t("Requested backend"),
            value: info.requested === "auto" ? t("auto") : backendDisplayName(info.requested)
        }
    ];
    if (info.fallback !== undefined) {
        rows.push({ label: t("Fallback"), value: describeFallback(info.requested, info.fallback, t) });
    }
    rows.push({
        label: t("GPU devices"),
        value: info.deviceNames.length > 0 ? info.deviceNames.join(", ") : t("none (CPU only)")
    });
    rows.push({
        label: t("VRAM"),
        value:
            info.vram === undefined
                ? t("not used")
                : t(
                      "{0} free of {1} ({2} used)",
                      formatBytes(info.vram.free),
                      formatBytes(info.vram.total),
                      formatBytes(info.vram.used)
                  )
    });
    rows.push({
        label: t("CPU threads"),
        value: t("{0} (math cores {1}, logical CPUs {2})", info.threads, info.cpuMathCores, info.availableParallelism)
    });
    rows.push({ label: t("GPU offloading"), value: info.supportsGpuOffloading ? t("supported") : t("not supported") });
    rows.push({
        label: t("llama.cpp"),
        value: `${info.llamaCppRelease} (${info.binary === "prebuilt" ? t("prebuilt binary") : t("local build")})`
    });
    rows.push({ label: t("Platform"), value: info.platform });
    rows.push({ label: t("Backend start time"), value: t("{0} ms", Math.round(info.openMs)) });
    return rows;
}
