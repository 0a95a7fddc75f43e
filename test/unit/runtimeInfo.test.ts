import * as assert from "node:assert/strict";
import * as os from "node:os";
import {
    contextSizeRow,
    formatBytes,
    formatRuntimeInfo,
    openLlamaBackend,
    readRuntimeInfo,
    type LlamaBackend,
    type RuntimeInfo
} from "../../models/runtimeInfo";
import type { Translate } from "../../models/translate";
import { hasRequestedNodeLlamaCpp } from "../../models/nodeLlamaCpp";

const identity: Translate = (message, ...args) =>
    message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]));

const cudaInfo: RuntimeInfo = {
    backend: "cuda",
    requested: "auto",
    deviceNames: ["NVIDIA GeForce RTX 4090"],
    vram: { total: 24 * 1024 ** 3, used: 1.5 * 1024 ** 3, free: 22.5 * 1024 ** 3 },
    threads: 8,
    cpuMathCores: 8,
    availableParallelism: 16,
    supportsGpuOffloading: true,
    llamaCppRelease: "b1234",
    binary: "prebuilt",
    platform: "linux-x64",
    openMs: 412.4
};

describe("runtime info formatting", () => {
    it("formats bytes in binary units", () => {
        assert.equal(formatBytes(0), "0 B");
        assert.equal(formatBytes(1536), "1.5 KiB");
        assert.equal(formatBytes(24 * 1024 ** 3), "24.0 GiB");
        assert.equal(formatBytes(-1), "?");
        assert.equal(formatBytes(Number.NaN), "?");
    });

    it("reports a CUDA machine's device, VRAM and threads", () => {
        const rows = Object.fromEntries(formatRuntimeInfo(cudaInfo, identity).map((row) => [row.label, row.value]));
        assert.equal(rows["Backend"], "CUDA");
        assert.equal(rows["Requested backend"], "auto");
        assert.equal(rows["GPU devices"], "NVIDIA GeForce RTX 4090");
        assert.equal(rows["VRAM"], "22.5 GiB free of 24.0 GiB (1.5 GiB used)");
        assert.equal(rows["CPU threads"], "8 (math cores 8, logical CPUs 16)");
        assert.equal(rows["Backend start time"], "412 ms");
        assert.equal(rows["Fallback"], undefined);
    });

    it("says why a requested backend was replaced, in words the user can act on", () => {
        const info: RuntimeInfo = {
            ...cudaInfo,
            backend: "vulkan",
            requested: "cuda",
            fallback: { reason: "noUsableBinary", detail: "x" }
        };
        const rows = Object.fromEntries(formatRuntimeInfo(info, identity).map((row) => [row.label, row.value]));
        assert.match(rows["Fallback"], /CUDA could not be loaded \(is the GPU driver or runtime library installed\?\)/);
    });

    it("passes every visible string through the translator", () => {
        const seen: string[] = [];
        const spy: Translate = (message, ...args) => {
            seen.push(message);
            return identity(message, ...args);
        };
        formatRuntimeInfo(
            {
                ...cudaInfo,
                backend: "cpu",
                deviceNames: [],
                vram: undefined,
                fallback: { reason: "failed", detail: "boom" }
            },
            spy
        );
        for (const label of [
            "Backend",
            "GPU devices",
            "VRAM",
            "CPU threads",
            "Fallback",
            "none (CPU only)",
            "not used"
        ]) {
            assert.ok(seen.includes(label), `"${label}" was not translated`);
        }
    });
});

/** Opens a backend for one test and always disposes it. */
async function withBackend<T>(
    options: Parameters<typeof openLlamaBackend>[0],
    use: (backend: LlamaBackend) => T | Promise<T>
): Promise<T> {
    const backend = await openLlamaBackend(options);
    try {
        return await use(backend);
    } finally {
        await backend.llama.dispose();
    }
}

describe("the loaded model's context in the runtime report", () => {
    it("a setting above the trained length shows the size in use, the setting and the trained length", () => {
        const row = contextSizeRow({ contextSize: 4096, trainContextSize: 4096 }, 8192, identity);
        assert.deepEqual(row, {
            label: "Context size",
            value: "4096 tokens (the setting asks for 8192; the model was trained for 4096)"
        });
    });

    it("auto, or a setting the model holds, shows the size alone; less memory than asked says so", () => {
        assert.equal(
            contextSizeRow({ contextSize: 4096, trainContextSize: 8192 }, "auto", identity).value,
            "4096 tokens"
        );
        assert.equal(
            contextSizeRow({ contextSize: 2048, trainContextSize: 8192 }, 2048, identity).value,
            "2048 tokens"
        );
        assert.equal(
            contextSizeRow({ contextSize: 2048, trainContextSize: 8192 }, 4096, identity).value,
            "2048 tokens (the setting asks for 4096; lowered to fit the memory)"
        );
    });
});

describe("runtime info from the real node-llama-cpp (plain Node)", function () {
    this.timeout(60_000);

    it("opens the CPU backend without building or downloading, with threads fitted to this machine", () =>
        withBackend({ gpu: "cpu" }, async (backend) => {
            assert.ok(hasRequestedNodeLlamaCpp());
            const info = await readRuntimeInfo(backend);
            assert.equal(info.backend, "cpu");
            assert.equal(info.binary, "prebuilt");
            assert.deepEqual(info.deviceNames, []);
            assert.equal(info.vram, undefined);
            assert.ok(info.threads >= 1 && info.threads <= os.availableParallelism());
            assert.equal(info.platform, `${process.platform}-${process.arch}`);
        }));

    it("with threads set, llama.cpp gets exactly that many", () =>
        withBackend({ gpu: "cpu", threads: 1 }, (backend) => {
            assert.equal(backend.llama.maxThreads, 1);
        }));

    it("auto-detection picks a backend and reports GPU devices only for a GPU backend", () =>
        withBackend({ gpu: "auto" }, async (backend) => {
            const info = await readRuntimeInfo(backend);
            assert.ok(["cuda", "vulkan", "metal", "cpu"].includes(info.backend));
            assert.equal(info.deviceNames.length > 0, info.backend !== "cpu");
        }));

    it("a backend this platform cannot have falls back with the reason", async function () {
        if (process.platform === "darwin") this.skip();
        await withBackend({ gpu: "metal" }, (backend) => {
            assert.equal(backend.fallback?.reason, "notSupportedOnPlatform");
            assert.notEqual(backend.llama.gpu, "metal");
        });
    });

    it("a GPU backend whose binary cannot load falls back to auto-detection with the reason", async function () {
        const autoBackend = await withBackend(
            { gpu: "auto" },
            async (backend) => (await readRuntimeInfo(backend)).backend
        );
        if (autoBackend === "cuda") this.skip(); // CUDA works here: nothing to fall back from
        await withBackend({ gpu: "cuda" }, (backend) => {
            assert.equal(backend.fallback?.reason, "noUsableBinary");
            assert.notEqual(backend.llama.gpu, "cuda");
        });
    });
});
