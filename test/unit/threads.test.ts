import * as assert from "node:assert/strict";
import { chooseDecodeThreads, chooseThreadCount } from "../../models/threads";

describe("chooseThreadCount", () => {
    const cases: Array<[string, number, number, number | undefined, number]> = [
        ["on 2 CPUs it never takes node-llama-cpp's oversubscribing default of 4", 0, 2, undefined, 2],
        ["uses the math cores when llama.cpp knows them", 0, 16, 8, 8],
        ["never exceeds the CPUs this process may use", 0, 4, 8, 4],
        ["honours an explicit setting", 3, 2, 2, 3],
        ["treats a negative setting as automatic", -1, 6, undefined, 6],
        ["treats NaN as automatic", Number.NaN, 6, undefined, 6],
        ["floors a fractional setting", 2.7, 8, undefined, 2],
        ["gives at least one thread on a machine that reports none", 0, 0, undefined, 1],
        ["ignores a nonsensical math-core count", 0, 4, 0, 4]
    ];
    for (const [title, configured, available, mathCores, expected] of cases) {
        it(title, () => assert.equal(chooseThreadCount(configured, available, mathCores), expected));
    }
});

describe("chooseDecodeThreads", () => {
    const MB = 1024 ** 2;
    it("gives small models fewer threads than cores (synchronisation costs more than it brings)", () => {
        assert.equal(chooseDecodeThreads(0, 0.1 * MB, 2), 1);
        assert.equal(chooseDecodeThreads(0, 250 * MB, 2), 1);
        assert.equal(chooseDecodeThreads(0, 1630 * MB, 16), 8);
    });
    it("gives large models every core", () => {
        assert.equal(chooseDecodeThreads(0, 4810 * MB, 2), 2);
        assert.equal(chooseDecodeThreads(0, 4810 * MB, 16), 16);
    });
    it("honours an explicit setting", () => assert.equal(chooseDecodeThreads(2, 0.1 * MB, 2), 2));
});
