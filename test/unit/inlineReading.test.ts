// A ghost-text request still reading its prompt when the user types on: it reads on (the
// next keystroke's prompt shares everything but the comment line), and the next request
// stops it; a prompt elsewhere in the file stops it at once.
import { strict as assert } from "node:assert";
import { InlineEngine } from "../../extension/inline/inlineEngine";
import type { InlinePrompt } from "../../extension/inline/inlinePrompt";
import type { InlineEngineOptions } from "../../extension/inline/inlineTypes";
import { SafetyFilter } from "../../safety/filter";
import { fakeGenerate } from "../support/fakeGenerate";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const prompt = (text: string): InlinePrompt => ({ prompt: text, stop: ["\n"], maxTokens: 32 });
const live = () => new AbortController().signal;
const code = "----- 이어지는 코드 -----\nfunction add(a, b) {\n    return a + b;\n}\n\n";

/** A model that reads its prompt for `promptMs` (not stopping inside it, as a prompt piece), then writes `pieces`. */
function engine(options: Partial<InlineEngineOptions>, pieces: readonly string[], promptMs = 300, stepMs = 20) {
    const fake = fakeGenerate(pieces, stepMs, promptMs);
    const inline = new InlineEngine({
        generate: fake.generate,
        createFilter: () => Promise.resolve(new SafetyFilter()),
        debounceMs: 100,
        ...options
    });
    return { inline, calls: fake.calls };
}

/** Starts a call for `text` and cancels it after `ms`, as the next keystroke does. */
async function cancelledCall(inline: InlineEngine, text: string, ms: number) {
    const controller = new AbortController();
    const pending = inline.suggest(prompt(text), controller.signal);
    await pause(ms);
    controller.abort();
    assert.deepEqual(await pending, { text: undefined, reason: "cancelled" });
}

describe("Inline suggestions: a request reading its prompt when the user types on", () => {
    it("reads on through the next call's wait; that call's request stops it and asks for its own prompt", async () => {
        const { inline, calls } = engine({}, ["두 수를 ", "더합니다."]);
        await cancelledCall(inline, `${code}// 이 함수는`, 120);
        const next = inline.suggest(prompt(`${code}// 이 함수는 덧`), live());
        await pause(30);
        assert.equal(calls.length, 1, "still in the wait before the next request");
        assert.equal(calls[0].signal?.aborted, false, "the first request reads on while the next call waits");
        const suggestion = await next;
        assert.equal(calls.length, 2);
        assert.ok(calls[0].signal?.aborted, "the next request stopped it");
        assert.equal(suggestion.text, "두 수를 더합니다.");
        assert.equal(inline.stats.aborted, 1);
    });

    it("with keepReadingMs 0, the next call stops it at once", async () => {
        const { inline, calls } = engine({ keepReadingMs: 0 }, ["두 수를 ", "더합니다."]);
        await cancelledCall(inline, `${code}// 이 함수는`, 120);
        const next = inline.suggest(prompt(`${code}// 이 함수는 덧`), live());
        await pause(0);
        assert.ok(calls[0].signal?.aborted);
        await next;
    });

    it("a call elsewhere in the file (other code before the comment) stops it at once", async () => {
        const { inline, calls } = engine({}, ["두 수를 ", "더합니다."]);
        await cancelledCall(inline, `${code}// 이 함수는`, 120);
        const next = inline.suggest(prompt(`${code.replace("a + b", "a - b")}// 이 함수는`), live());
        await pause(0);
        assert.ok(calls[0].signal?.aborted, "its prompt is of no use to this one");
        await next;
    });

    it("with nobody calling again it reads to its first text, runs keepRunningMs more, and stops", async () => {
        const pieces = Array.from({ length: 100 }, (_, i) => `조각${String(i)} `);
        const { inline, calls } = engine({ keepRunningMs: 100 }, pieces, 300, 10);
        await cancelledCall(inline, `${code}// 이 함수는`, 120);
        await pause(250); // 370 ms in: past keepRunningMs after the cancel, but the prompt was still being read
        assert.equal(calls[0].signal?.aborted, false, "not stopped while reading its prompt");
        await pause(300); // the first text came at ~300 ms; keepRunningMs after it has passed
        assert.ok(calls[0].signal?.aborted, "stopped keepRunningMs after its first text");
        assert.equal(inline.cache.size, 0, "a cut-short request is not remembered");
    });

    it("one that waits behind another request (no text for long) stops keepReadingMs after its cancel", async () => {
        const { inline, calls } = engine({ keepReadingMs: 200 }, ["두 수를 ", "더합니다."], 2_000);
        await cancelledCall(inline, `${code}// 이 함수는`, 150);
        await pause(100);
        assert.equal(calls[0].signal?.aborted, false, "still within keepReadingMs");
        await pause(200);
        assert.ok(calls[0].signal?.aborted, "stopped at keepReadingMs, with no text yet");
    });

    it("what it finished while the user paused answers the next call that types along it", async () => {
        const { inline, calls } = engine({ keepRunningMs: 200 }, ["두 수를 ", "더합니다."], 200, 10);
        await cancelledCall(inline, `${code}// 이 함수는`, 150);
        await pause(400);
        assert.deepEqual(await inline.suggest(prompt(`${code}// 이 함수는두`), live()), {
            text: " 수를 더합니다.",
            source: "cache"
        });
        assert.equal(calls.length, 1);
    });
});
