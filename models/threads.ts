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
