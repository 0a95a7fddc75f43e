import * as assert from "node:assert/strict";
import { chooseThreadCount } from "../../models/threads";

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
