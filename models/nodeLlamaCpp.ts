import type * as NodeLlamaCppModule from "node-llama-cpp" with { "resolution-mode": "import" };

/** The node-llama-cpp module namespace, as `import("node-llama-cpp")` resolves it. */
export type NodeLlamaCpp = typeof NodeLlamaCppModule;
/** A `Llama` instance: one loaded native backend (CPU, CUDA, Vulkan or Metal). */
export type Llama = NodeLlamaCppModule.Llama;

let nodeLlamaCppPromise: Promise<NodeLlamaCpp> | undefined;

/**
 * Loads node-llama-cpp on first use and returns the same module afterwards.
 *
 * node-llama-cpp is ESM-only with top-level await, so `require()` fails with
 * ERR_REQUIRE_ASYNC_MODULE. This file is compiled with `module: node16` and the
 * bundle marks the package as an `import` external, so the `import()` below stays
 * a real dynamic import in the output. It must never run at activation: loading
 * it maps a ~30-180 MB native library into the extension host.
 */
export function importNodeLlamaCpp(): Promise<NodeLlamaCpp> {
    if (nodeLlamaCppPromise === undefined) {
        nodeLlamaCppPromise = import("node-llama-cpp");
        // A failed import (missing binary for this platform, say) may be retried later.
        nodeLlamaCppPromise.catch(() => {
            nodeLlamaCppPromise = undefined;
        });
    }
    return nodeLlamaCppPromise;
}

/** Whether anything has asked for node-llama-cpp yet in this process. */
export function hasRequestedNodeLlamaCpp(): boolean {
    return nodeLlamaCppPromise !== undefined;
}
