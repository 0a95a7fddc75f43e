// "Waiting for the previous request…" only while one is ahead (extension/arrivalOrder.ts, as
// ModelService uses it), with three requests through the real runtime on the scripted model.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ArrivalOrder } from "../../extension/arrivalOrder";
import { ModelRuntime } from "../../models/runtime";
import { openLlamaBackend, type LlamaBackend } from "../../models/runtimeInfo";
import { writeScriptedModel } from "../fixtures/scriptedModel";

describe("requests in arrival order: who waits, and until when", function () {
    this.timeout(120_000);
    let dir: string;
    let backend: LlamaBackend;
    let runtime: ModelRuntime;

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-order-"));
        const model = path.join(dir, "scripted.gguf");
        await writeScriptedModel(model);
        backend = await openLlamaBackend({ gpu: "cpu", threads: 2 });
        runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend), architectures: ["llama"] });
        await runtime.load({ path: model, contextSize: 1024 });
    });

    after(async () => {
        await runtime.dispose();
        await backend.llama.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("the first never waits; each later one waits until the one before it has ended", async () => {
        const order = new ArrivalOrder();
        const events: string[] = [];
        const run = (name: string) => {
            const done = order.enter((waiting) => events.push(`${name} ${waiting ? "waits" : "runs"}`));
            return runtime
                .generate({ prompt: `${name}: `, maxTokens: 8 })
                .then((result) => {
                    events.push(`${name} ended`);
                    return result;
                })
                .finally(done);
        };
        const results = await Promise.all([run("A"), run("B"), run("C")]);
        assert.deepEqual(events, ["B waits", "C waits", "A ended", "B runs", "B ended", "C runs", "C ended"]);
        // The runtime did queue them: B and C spent time waiting.
        assert.ok(results[1].queuedMs > 0 && results[2].queuedMs > 0);
        assert.equal(order.size, 0);
    });

    it("a request that ends while it waits (cancelled) lets no one run early", () => {
        const order = new ArrivalOrder();
        const events: string[] = [];
        const a = order.enter((w) => events.push(`A ${String(w)}`));
        const b = order.enter((w) => events.push(`B ${String(w)}`));
        const c = order.enter((w) => events.push(`C ${String(w)}`));
        b();
        a();
        c();
        assert.deepEqual(events, ["B true", "C true", "C false"]);
    });
});
