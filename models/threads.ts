import * as os from "node:os";

/**
 * The number of CPU threads to give llama.cpp.
 *
 * node-llama-cpp defaults to `max(cpuMathCores, 4)` when no GPU is used, which on a
 * 2-core machine oversubscribes the CPU and decodes 10-50x slower. We never use
 * that default.
 *
 * @param configured the user's setting; `0` (the default) means "choose for me".
 * @param availableParallelism logical CPUs this process may use (`os.availableParallelism()`).
 * @param cpuMathCores cores llama.cpp considers useful for math (node-llama-cpp's
 *   `llama.cpuMathCores`), when already known; it excludes efficiency cores.
 */
export function chooseThreadCount(
    configured: number,
    availableParallelism: number = os.availableParallelism(),
    cpuMathCores?: number
): number {
    const available = Math.max(1, Math.floor(availableParallelism));
    if (Number.isFinite(configured) && configured >= 1) {
        return Math.floor(configured);
    }
    if (cpuMathCores !== undefined && Number.isFinite(cpuMathCores) && cpuMathCores >= 1) {
        return Math.max(1, Math.min(available, Math.floor(cpuMathCores)));
    }
    return available;
}

/**
 * Bytes of weights per CPU thread below which another thread costs more in
 * synchronisation than it brings. Measured on a 2-core VM (docs/performance.md): a
 * 250 MB model decodes faster on 1 thread than on 2 (64 vs 48 tok/s), a 4.8 GB one
 * twice as fast on 2 (6.0 vs 3.2 tok/s).
 */
export const minBytesPerThread = 192 * 1024 ** 2;

/**
 * Threads for decoding a model of `modelBytes` on the CPU: the automatic choice of
 * {@link chooseThreadCount}, lowered for small models so each thread has at least
 * {@link minBytesPerThread} of weights to stream. An explicit setting is honoured as is.
 */
export function chooseDecodeThreads(
    configured: number,
    modelBytes: number,
    availableParallelism: number = os.availableParallelism(),
    cpuMathCores?: number
): number {
    const base = chooseThreadCount(configured, availableParallelism, cpuMathCores);
    if (Number.isFinite(configured) && configured >= 1) return base;
    return Math.max(1, Math.min(base, Math.floor(modelBytes / minBytesPerThread)));
}
