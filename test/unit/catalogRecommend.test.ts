import * as assert from "node:assert/strict";
import { estimateRamBandwidth, expectedTokensPerSecond, recommendForMachine } from "../../models/catalog/recommend";
import type { MachineProfile } from "../../models/catalog/recommend";

const GiB = 1024 ** 3;
const GB = 1e9;

const linux = (over: Partial<MachineProfile>): MachineProfile => ({
    freeVram: 0,
    freeRam: 16 * GiB,
    cpuThreads: 8,
    platform: "linux",
    arch: "x64",
    ...over
});

describe("model recommendation for this machine", () => {
    const cases: Array<[string, MachineProfile, string, string]> = [
        ["a 12 GB GPU gets 7B on the GPU", linux({ freeVram: 12 * GiB }), "gemma-ko-7b/Q4_K_M", "gpuFits7b"],
        ["a 24 GB GPU gets 7B", linux({ freeVram: 24 * GiB }), "gemma-ko-7b/Q4_K_M", "gpuFits7b"],
        ["a 4 GB GPU is too small for 7B: 2B", linux({ freeVram: 4 * GiB }), "gemma-ko-2b/Q4_K_M", "gpuTooSmall"],
        ["no GPU, plenty of RAM: still 2B", linux({ freeRam: 64 * GiB }), "gemma-ko-2b/Q4_K_M", "cpuOnly"],
        [
            "a 2-core machine with no GPU: 2B",
            linux({ cpuThreads: 2, freeRam: 8 * GiB }),
            "gemma-ko-2b/Q4_K_M",
            "cpuOnly"
        ],
        [
            "a 7 GB GPU (just under 7B's need at 4k context): 2B",
            linux({ freeVram: 7 * GiB }),
            "gemma-ko-2b/Q4_K_M",
            "gpuTooSmall"
        ]
    ];
    for (const [what, machine, id, reason] of cases) {
        it(what, () => {
            const result = recommendForMachine(machine);
            assert.equal(result.entry.id, id);
            assert.equal(result.reason, reason);
            assert.equal(result.alternatives.length, 1);
            assert.notEqual(result.alternatives[0].entry.id, id);
        });
    }

    it("runs 2B on the GPU when only 2B fits there", () => {
        const result = recommendForMachine(linux({ freeVram: 4 * GiB }));
        assert.equal(result.fit, "gpu");
    });

    it("expects a few tokens/s for 7B on a 2-core CPU and several times more for 2B", () => {
        const machine = linux({ cpuThreads: 2, freeRam: 16 * GiB });
        const result = recommendForMachine(machine);
        const seven = result.alternatives[0];
        assert.equal(seven.fit, "cpu");
        assert.ok(
            seven.expectedTokensPerSecond > 1 && seven.expectedTokensPerSecond < 4,
            `${seven.expectedTokensPerSecond}`
        );
        assert.ok(
            result.expectedTokensPerSecond > 3 * seven.expectedTokensPerSecond,
            `${result.expectedTokensPerSecond}`
        );
    });

    it("derives speed from bandwidth over file size: 100 GB/s at 60 % over 5.33 GB is ~11 tok/s", () => {
        const entry = { file: { sizeBytes: 5.33 * GB } } as Parameters<typeof expectedTokensPerSecond>[0];
        assert.equal(expectedTokensPerSecond(entry, "cpu", linux({ ramBandwidth: 100 * GB })), 11.3);
        assert.equal(expectedTokensPerSecond(entry, "tooLarge", linux({})), 0);
        const gpu = expectedTokensPerSecond(entry, "gpu", linux({ gpuBandwidth: 900 * GB }));
        const split = expectedTokensPerSecond(
            entry,
            "partialGpu",
            linux({ freeVram: 2.5 * GB, gpuBandwidth: 900 * GB })
        );
        assert.ok(gpu > 100 && split < gpu / 2, `gpu ${gpu}, split ${split}`);
    });

    it("guesses memory bandwidth from the platform, limited by the threads that stream it", () => {
        assert.equal(estimateRamBandwidth({ platform: "linux", arch: "x64", cpuThreads: 16 }), 50 * GB);
        assert.equal(estimateRamBandwidth({ platform: "darwin", arch: "arm64", cpuThreads: 16 }), 100 * GB);
        assert.equal(estimateRamBandwidth({ platform: "win32", arch: "x64", cpuThreads: 2 }), 20 * GB);
    });

    it("says when not even 2B fits in memory", () => {
        const result = recommendForMachine(linux({ freeRam: 1 * GiB }));
        assert.equal(result.entry.id, "gemma-ko-2b/Q4_K_M");
        assert.equal(result.fit, "tooLarge");
        assert.equal(result.expectedTokensPerSecond, 0);
    });
});
