// A long input split into parts that fit the context (models/inputParts.ts): every part
// within the budget by the tokenizer's own count, about one tokenizer call per part (the
// old way made one per line), a refusal as soon as the estimate shows too many parts, a
// stop that stops the counting; and the same with the real tokenizer of a fixture model.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { estimateTokens, splitIntoParts } from "../../models/inputParts";
import { ModelRuntime } from "../../models/runtime";
import { InputTooLongError } from "../../models/runtimeErrors";
import { openLlamaBackend, type LlamaBackend } from "../../models/runtimeInfo";
import { writeTinyGemma } from "../fixtures/tinyGemma";

/** A tokenizer stand-in with a known count: a Hangul syllable is a token, ASCII four to a token. */
function counter() {
    const calls: string[] = [];
    const countTokens = (text: string) => {
        calls.push(text);
        const hangul = (text.match(/[\uAC00-\uD7A3]/g) ?? []).length;
        return Promise.resolve(hangul + Math.ceil((text.length - hangul) / 4));
    };
    return { calls, countTokens, count: (text: string) => countTokens(text) };
}

const codeLines = (n: number) => Array.from({ length: n }, (_, i) => `const value${i} = compute(${i}); // step ${i}`);

describe("a long input split into parts that fit the context", function () {
    this.timeout(120_000);

    it("keeps every part within the budget, in order, with about one tokenizer call per part", async () => {
        const text = codeLines(20_000).join("\n");
        const { calls, countTokens } = counter();
        const parts = await splitIntoParts(text, { budget: 1500, countTokens });
        assert.equal(parts.join("\n"), text, "the parts are the input, line by line, in order");
        for (const part of parts) assert.ok((await counter().count(part)) + 1 <= 1500, "a part within the budget");
        assert.ok(parts.length > 100, `${parts.length} parts`);
        // The old splitter counted each of the 20,000 lines.
        assert.ok(calls.length <= parts.length * 1.5 + 2, `${calls.length} tokenizer calls for ${parts.length} parts`);
    });

    it("holds the budget when the text grows denser after the sample it measured first", async () => {
        const sparse = codeLines(200);
        const dense = Array.from(
            { length: 400 },
            (_, i) => `이 함수는 입력된 배열을 정렬한 뒤 중복을 제거하여 반환합니다 ${i}`
        );
        const text = [...sparse, ...dense].join("\n");
        const { countTokens } = counter();
        const parts = await splitIntoParts(text, { budget: 300, countTokens });
        assert.equal(parts.join("\n"), text);
        for (const part of parts) assert.ok((await counter().count(part)) + 1 <= 300);
    });

    it("cuts a line longer than the budget by characters", async () => {
        const line = "가".repeat(5000);
        const { countTokens } = counter();
        const parts = await splitIntoParts(`before\n${line}\nafter`, { budget: 1000, countTokens });
        assert.equal(parts.join(""), `before${line}after`);
        for (const part of parts) assert.ok(part.length + 1 <= 1000, `${part.length}`);
    });

    it("refuses an input of more than maxParts parts before counting it all", async () => {
        const text = codeLines(60_000).join("\n"); // ~2.3 MB, as a 2 MB file someone summarises
        const { calls, countTokens } = counter();
        await assert.rejects(
            splitIntoParts(text, { budget: 1500, countTokens, maxParts: 48 }),
            (error: unknown) =>
                error instanceof InputTooLongError &&
                error.maxParts === 48 &&
                error.parts > 48 &&
                error.tokens > 500_000
        );
        assert.ok(calls.length <= 3, `refused after ${calls.length} tokenizer calls`);
    });

    it("estimates a text's tokens as its refusal says them, from one tokenizer call (a doc comment refusing the same text says the same number)", async () => {
        const text = codeLines(10_000).join("\n"); // ~400 KB, as an outside tester's selection
        const { calls, countTokens } = counter();
        const estimate = await estimateTokens(text, countTokens);
        assert.equal(calls.length, 1);
        const refusal = await splitIntoParts(text, { budget: 1500, countTokens, maxParts: 48 }).then(
            () => assert.fail("not refused"),
            (error: unknown) => error as InputTooLongError
        );
        assert.equal(refusal.tokens, estimate);
        assert.equal(await estimateTokens("", countTokens), 0);
    });

    it("says at least one part more than the limit when it refuses (whole lines leave parts short of the budget)", async () => {
        // Lines of 300 Hangul tokens in parts of 1000: three to a part, so 0.9 of the budget each;
        // 47.5 budgets of text need 53 parts. A tester was told "47 parts, and at most 48".
        const line = "가".repeat(299);
        const text = Array.from({ length: 158 }, () => line).join("\n");
        const { countTokens } = counter();
        await assert.rejects(
            splitIntoParts(text, { budget: 1000, countTokens, maxParts: 48 }),
            (error: unknown) => error instanceof InputTooLongError && error.parts > error.maxParts
        );
    });

    it("stops counting when the request is stopped", async () => {
        const text = codeLines(20_000).join("\n");
        const controller = new AbortController();
        let calls = 0;
        const countTokens = (part: string) => {
            calls++;
            if (calls === 5) controller.abort();
            return counter().count(part);
        };
        await assert.rejects(splitIntoParts(text, { budget: 1500, countTokens, signal: controller.signal }), {
            name: "AbortError"
        });
        assert.equal(calls, 5, "no call after the stop");
    });

    it("reports its progress, rising to 1", async () => {
        const seen: number[] = [];
        const { countTokens } = counter();
        await splitIntoParts(codeLines(5000).join("\n"), {
            budget: 1500,
            countTokens,
            onProgress: (f) => seen.push(f)
        });
        assert.ok(seen.length > 5);
        assert.deepEqual(
            seen,
            [...seen].sort((a, b) => a - b)
        );
        assert.ok(seen[seen.length - 1] > 0.99);
    });

    describe("with a fixture model's own tokenizer (real node-llama-cpp)", () => {
        let dir: string;
        let backend: LlamaBackend;
        let runtime: ModelRuntime;

        before(async () => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-parts-"));
            const tiny = path.join(dir, "tiny-gemma.gguf");
            await writeTinyGemma(tiny);
            backend = await openLlamaBackend({ gpu: "cpu", threads: 2 });
            runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend) });
            await runtime.load({ path: tiny, contextSize: 1024 });
        });

        after(async () => {
            await runtime.dispose();
            await backend.llama.dispose();
            fs.rmSync(dir, { recursive: true, force: true });
        });

        it("every part fits the budget by the model's count", async () => {
            const text = [
                ...codeLines(300),
                ...Array.from({ length: 300 }, (_, i) => `// ${i}번째 값은 입력을 정규화한 결과입니다`)
            ].join("\n");
            let calls = 0;
            const countTokens = (part: string) => {
                calls++;
                return runtime.countTokens(part);
            };
            const parts = await splitIntoParts(text, { budget: 600, countTokens });
            assert.equal(parts.join("\n"), text);
            for (const part of parts) assert.ok((await runtime.countTokens(part)) + 1 <= 600);
            assert.ok(calls <= parts.length * 1.5 + 2, `${calls} calls for ${parts.length} parts`);
        });
    });
});
