// Threads for the whole request: candidates, the choice from measurements, the
// cache, and against the real node-llama-cpp that a load measures (or reuses a
// measurement) and that a request runs its prompt and its decoding on the plan's
// two counts.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ModelRuntime } from "../../models/runtime";
import { openLlamaBackend, type LlamaBackend } from "../../models/runtimeInfo";
import {
    pickThreadPlan,
    threadCandidates,
    threadPlanKey,
    ThreadPlanCache,
    type ThreadMeasurement
} from "../../models/threadPlan";
import { writeTinyGemma } from "../fixtures/tinyGemma";

const quiet = { info() {}, warn() {}, debug() {} };

describe("thread plan", () => {
    describe("threadCandidates", () => {
        const cases: Array<[number, number[]]> = [
            [1, [1]],
            [0, [1]],
            [2, [1, 2]],
            [6, [1, 2, 4, 6]],
            [16, [1, 2, 4, 8, 16]]
        ];
        for (const [max, expected] of cases)
            it(`on ${max} thread(s) tries ${expected.join(", ")}`, () =>
                assert.deepEqual(threadCandidates(max), expected));
    });

    describe("pickThreadPlan", () => {
        const m = (threads: number, promptMsPerToken: number, decodeMsPerToken: number): ThreadMeasurement => ({
            threads,
            promptMsPerToken,
            decodeMsPerToken
        });
        it("chooses each phase's fastest count on its own (a small model: prompt on all cores, decoding on one)", () =>
            assert.deepEqual(pickThreadPlan([m(1, 10, 15), m(2, 6, 20)]), { prompt: 2, decode: 1 }));
        it("a large model: both phases on every core", () =>
            assert.deepEqual(pickThreadPlan([m(1, 120, 400), m(2, 64, 210), m(4, 70, 230)]), { prompt: 2, decode: 2 }));
        it("on a tie takes fewer threads", () =>
            assert.deepEqual(pickThreadPlan([m(1, 10, 10), m(2, 10, 10)]), { prompt: 1, decode: 1 }));
        it("a count that never finished (Infinity) never wins", () =>
            assert.deepEqual(pickThreadPlan([m(1, 10, 10), m(2, Infinity, Infinity)]), { prompt: 1, decode: 1 }));
    });

    describe("ThreadPlanCache", () => {
        let dir: string;
        beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-threads-"))));
        afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

        it("keeps a plan across instances (sessions) in its file", () => {
            const file = path.join(dir, "sub", "plans.json");
            new ThreadPlanCache(file, quiet).set("k", { prompt: 2, decode: 1 }, []);
            assert.deepEqual(new ThreadPlanCache(file, quiet).get("k"), { prompt: 2, decode: 1 });
            assert.equal(new ThreadPlanCache(file, quiet).get("other"), undefined);
        });
        it("without a file remembers plans for its own life only", () => {
            const cache = new ThreadPlanCache(undefined, quiet);
            cache.set("k", { prompt: 4, decode: 2 }, []);
            assert.deepEqual(cache.get("k"), { prompt: 4, decode: 2 });
            assert.equal(new ThreadPlanCache(undefined, quiet).get("k"), undefined);
        });
        it("ignores a damaged file and entries that are not thread counts", () => {
            const file = path.join(dir, "plans.json");
            fs.writeFileSync(file, "{not json");
            assert.equal(new ThreadPlanCache(file, quiet).get("k"), undefined);
            fs.writeFileSync(
                file,
                JSON.stringify({ a: { prompt: 0, decode: 1 }, b: { prompt: "2", decode: 1 }, c: null })
            );
            for (const key of ["a", "b", "c"]) assert.equal(new ThreadPlanCache(file, quiet).get(key), undefined);
        });
        it("keeps the newest 64 entries", () => {
            const file = path.join(dir, "plans.json");
            for (let i = 0; i < 70; i++) new ThreadPlanCache(file, quiet).set(`k${i}`, { prompt: 1, decode: 1 }, []);
            const kept = Object.keys(JSON.parse(fs.readFileSync(file, "utf8")) as object);
            assert.equal(kept.length, 64);
            assert.ok(kept.includes("k69") && !kept.includes("k0"));
        });
        it("the key changes with the file's size or modification time", () => {
            const a = threadPlanKey({ path: "/m.gguf", size: 10, mtimeMs: 1 }, "b1");
            assert.equal(a, threadPlanKey({ path: "/m.gguf", size: 10, mtimeMs: 1 }, "b1"));
            assert.notEqual(a, threadPlanKey({ path: "/m.gguf", size: 11, mtimeMs: 1 }, "b1"));
            assert.notEqual(a, threadPlanKey({ path: "/m.gguf", size: 10, mtimeMs: 2 }, "b1"));
            assert.notEqual(a, threadPlanKey({ path: "/m.gguf", size: 10, mtimeMs: 1 }, "b2"));
        });
    });

    describe("on the real node-llama-cpp (tiny fixture, 2 threads allowed)", function () {
        this.timeout(60_000);
        let dir: string;
        let tiny: string;
        let backend: LlamaBackend;
        before(async () => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-threads-"));
            tiny = path.join(dir, "tiny.gguf");
            await writeTinyGemma(tiny);
            backend = await openLlamaBackend({ gpu: "cpu", threads: 2 });
        });
        after(async () => {
            await backend.llama.dispose();
            fs.rmSync(dir, { recursive: true, force: true });
        });

        function runtime(options: Partial<ConstructorParameters<typeof ModelRuntime>[0]> = {}): ModelRuntime {
            return new ModelRuntime({ getBackend: () => Promise.resolve(backend), ...options });
        }

        it("the first load measures and saves the plan, the next load of the same file reuses it", async function () {
            if (os.availableParallelism() < 2) this.skip();
            const cachePath = path.join(dir, "plans.json");
            const logged: string[] = [];
            const first = runtime({
                threadPlanCachePath: cachePath,
                logger: { ...quiet, info: (m) => logged.push(m) },
                calibration: { maxRounds: 1 }
            });
            const phases: string[] = [];
            const info = await first.load({ path: tiny, contextSize: 512, onProgress: (p) => phases.push(p.phase) });
            await first.dispose();
            assert.equal(info.threadSource, "calibrated");
            assert.ok(phases.includes("calibrating"), phases.join());
            assert.ok(
                logged.some((m) => /Measured threads in \d+ ms \(1: prompt/.test(m)),
                logged.join("\n")
            );
            assert.ok([1, 2].includes(info.threads) && [1, 2].includes(info.promptThreads));
            const again = runtime({ threadPlanCachePath: cachePath });
            const second = await again.load({ path: tiny, contextSize: 512 });
            await again.dispose();
            assert.equal(second.threadSource, "cached");
            assert.deepEqual([second.promptThreads, second.threads], [info.promptThreads, info.threads]);
        });

        it("an explicit thread setting is used for both phases, unmeasured", async () => {
            const fixed = runtime({ threads: 1 });
            const info = await fixed.load({ path: tiny, contextSize: 512 });
            await fixed.dispose();
            assert.deepEqual([info.threadSource, info.promptThreads, info.threads], ["setting", 1, 1]);
        });

        it("a request evaluates its prompt on the prompt count and generates on the decode count", async function () {
            if (os.availableParallelism() < 2) this.skip();
            // A plan of "prompt on 2, decode on 1", as a calibration on a small model often finds.
            const cachePath = path.join(dir, "forced.json");
            const stat = fs.statSync(tiny);
            const key = threadPlanKey(
                { path: tiny, size: stat.size, mtimeMs: stat.mtimeMs },
                backend.llama.llamaCppRelease.release
            );
            new ThreadPlanCache(cachePath, quiet).set(key, { prompt: 2, decode: 1 }, []);
            const planned = runtime({ threadPlanCachePath: cachePath });
            const info = await planned.load({ path: tiny, contextSize: 512 });
            assert.deepEqual([info.threadSource, info.promptThreads, info.threads], ["cached", 2, 1]);
            const before = backend.llama.maxThreads;
            const during: number[] = [];
            await planned.generate({
                prompt: "가나다라 마바사",
                maxTokens: 12,
                onText: () => during.push(backend.llama.maxThreads)
            });
            await planned.dispose();
            assert.ok(during.length > 0 && during.every((n) => n === 1), during.join());
            assert.equal(backend.llama.maxThreads, before, "the backend's own limit is back after the request");
        });
    });
});
