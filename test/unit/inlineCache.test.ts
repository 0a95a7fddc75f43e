// Korean typing and the inline suggestion cache: a 2-set IME's composing states, Backspace
// inside a syllable, any cached prompt (not only the last), and a request the user types
// along after VS Code cancelled its call.
import { strict as assert } from "node:assert";
import { SafetyFilter } from "../../safety/filter";
import { AdaptiveDebounce } from "../../extension/inline/debounce";
import { alongSuggestion, composeHangul, hangulKeys } from "../../extension/inline/hangul";
import { InlineEngine } from "../../extension/inline/inlineEngine";
import type { InlinePrompt } from "../../extension/inline/inlinePrompt";
import { SuggestionCache } from "../../extension/inline/suggestionCache";
import { fakeGenerate } from "../support/fakeGenerate";

/** What a 2-set IME shows after each key of `text`. */
const imeStates = (text: string) => {
    const keys = Array.from(hangulKeys(text));
    return keys.map((_, i) => composeHangul(keys.slice(0, i + 1)));
};

describe("Inline suggestions: Hangul as a 2-set typist's keys", () => {
    it("splits syllables into keys, compound vowels and finals into two, and composes them back", () => {
        assert.equal(hangulKeys("읽어"), "ㅇㅣㄹㄱㅇㅓ");
        assert.equal(hangulKeys("왜 값이"), "ㅇㅗㅐ ㄱㅏㅂㅅㅇㅣ");
        assert.equal(hangulKeys("ㄺ"), "ㄹㄱ", "a compound letter on its own");
        assert.equal(hangulKeys("\u1105\u1161"), "ㄹㅏ", "conjoining jamo read as the letters an IME shows");
        assert.equal(hangulKeys("read 1개"), "read 1ㄱㅐ");
        for (const text of ["설정 파일을 읽어 검증된 설정을 돌려줍니다.", "닭고기 앉아 끓는 뷁", "갑시다, 값이 없으면"])
            assert.equal(composeHangul(hangulKeys(text)), text);
    });

    it("shows what an IME shows while composing: the final moves to the next syllable on a vowel", () => {
        assert.deepEqual(imeStates("읽어"), ["ㅇ", "이", "일", "읽", "읽ㅇ", "읽어"]);
        assert.deepEqual(imeStates("가라"), ["ㄱ", "가", "갈", "가라"]);
        assert.deepEqual(imeStates("갑시"), ["ㄱ", "가", "갑", "값", "갑시"]);
        assert.deepEqual(imeStates("따"), ["ㄸ", "따"]);
        assert.deepEqual(imeStates("앙ㄸ"), ["ㅇ", "아", "앙", "앙ㄸ"], "ㄸ never ends a syllable");
    });

    it("tells whether typed text goes along a suggestion key by key, and what replaces the syllable being composed", () => {
        assert.deepEqual(alongSuggestion("으", "을 읽어"), { replace: 1, rest: "을 읽어" });
        assert.deepEqual(alongSuggestion("을 이", "을 읽어"), { replace: 1, rest: "읽어" });
        assert.deepEqual(alongSuggestion("읽어ㅅ", "읽어서 검증"), { replace: 1, rest: "서 검증" });
        assert.deepEqual(
            alongSuggestion("을 ", "을 읽어"),
            { replace: 0, rest: "읽어" },
            "plain characters: nothing replaced"
        );
        assert.equal(alongSuggestion("이 ", "읽어"), undefined, "the syllable was finished otherwise");
        assert.equal(alongSuggestion("에", "을 읽어"), undefined);
        assert.equal(alongSuggestion("", "을"), undefined);
    });
});

describe("Inline suggestions: the cache along a Korean IME", () => {
    const suggestion = { text: "을 읽어 검증합니다.", blocked: false };

    it("every composing state along the suggestion is a hit that replaces the syllable; whole syllables are typed ahead", () => {
        const cache = new SuggestionCache();
        cache.set("P 설정", suggestion);
        const at = (prompt: string) => {
            const hit = cache.get(prompt);
            return hit === undefined ? undefined : [hit.kind, hit.replace, hit.text];
        };
        assert.deepEqual(at("P 설정ㅇ"), ["composing", 1, "을 읽어 검증합니다."]);
        assert.deepEqual(at("P 설정으"), ["composing", 1, "을 읽어 검증합니다."]);
        assert.deepEqual(at("P 설정을"), ["typedAhead", 0, " 읽어 검증합니다."]);
        assert.deepEqual(at("P 설정을 이"), ["composing", 1, "읽어 검증합니다."]);
        assert.deepEqual(at("P 설정을 일"), ["composing", 1, "읽어 검증합니다."], "일 on the way to 읽");
        assert.deepEqual(at("P 설정을 읽ㅇ"), ["composing", 1, "어 검증합니다."]);
        assert.equal(at("P 설정에"), undefined, "another particle");
        assert.equal(at("P 설정을 읽어 검증합니다."), undefined, "typed all of it: ask for what comes next");
    });

    it("Backspace inside the last syllable of the cached prompt keeps the suggestion (정 → 저 → ㅈ)", () => {
        const cache = new SuggestionCache();
        cache.set("P 설정", suggestion);
        assert.deepEqual(
            [cache.get("P 설저")?.kind, cache.get("P 설저")?.replace, cache.get("P 설저")?.text],
            ["composing", 1, "정을 읽어 검증합니다."]
        );
        assert.equal(cache.get("P 설ㅈ")?.text, "정을 읽어 검증합니다.");
        assert.equal(cache.get("P 설"), undefined, "deleted back past the syllable: not this suggestion");
        assert.equal(cache.get("P 설자"), undefined, "retyped otherwise");
    });

    it("serves any cached prompt the user is typing along, not only the most recent", () => {
        const cache = new SuggestionCache();
        cache.set("P 설정", suggestion);
        cache.set("P 설정에", { text: " 따라 다릅니다.", blocked: false });
        cache.set("Q", { text: " 다른 줄", blocked: false });
        assert.equal(cache.get("P 설정을 읽")?.text, "어 검증합니다.");
        assert.equal(cache.get("P 설정에 따")?.text, "라 다릅니다.");
    });

    it("keys off: only characters of the suggestion are typed ahead (the cache as before); a block is never typed along", () => {
        const plain = new SuggestionCache(64, false);
        plain.set("P 설정", suggestion);
        assert.equal(plain.get("P 설정으"), undefined);
        assert.equal(plain.get("P 설저"), undefined);
        assert.equal(plain.get("P 설정을")?.text, " 읽어 검증합니다.");
        const blocked = new SuggestionCache();
        blocked.set("P 설정", { text: "", blocked: true });
        assert.equal(blocked.get("P 설정으"), undefined);
    });
});

const prompt = (text: string): InlinePrompt => ({ prompt: text, stop: ["\n"], maxTokens: 32 });
const live = () => new AbortController().signal;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function engine(pieces: readonly string[], stepMs = 0) {
    const fake = fakeGenerate(pieces, stepMs);
    const inline = new InlineEngine({
        generate: fake.generate,
        createFilter: () => Promise.resolve(new SafetyFilter()),
        debounceMs: 0
    });
    return { inline, calls: fake.calls };
}

describe("Inline suggestions: the engine along a Korean IME", () => {
    it("composing a syllable along the suggestion asks the model nothing", async () => {
        const { inline, calls } = engine(["을 ", "읽어 ", "검증합니다."]);
        assert.deepEqual(await inline.suggest(prompt("// 설정"), live()), {
            text: "을 읽어 검증합니다.",
            source: "model"
        });
        for (const state of ["// 설정ㅇ", "// 설정으"])
            assert.deepEqual(await inline.suggest(prompt(state), live()), {
                text: "을 읽어 검증합니다.",
                source: "cache",
                replace: 1
            });
        assert.deepEqual(await inline.suggest(prompt("// 설정을 "), live()), {
            text: "읽어 검증합니다.",
            source: "cache"
        });
        assert.equal(calls.length, 1);
        assert.equal(inline.stats.composingHits, 2);
        assert.equal(inline.stats.cacheHits, 3);
    });

    it("a request whose call VS Code cancelled is joined by the next call that types along what it wrote", async () => {
        const { inline, calls } = engine(["을 ", "읽어 ", "검증", "합니다."], 40);
        const first = new AbortController();
        const pending = inline.suggest(prompt("// 설정"), first.signal);
        await pause(60); // "을 " has arrived
        first.abort();
        assert.deepEqual(await pending, { text: undefined, reason: "cancelled" });
        // The user typed ㅇ then 으 along it: the same request answers, no second one.
        assert.deepEqual(await inline.suggest(prompt("// 설정ㅇ"), live()), {
            text: "을 읽어 검증합니다.",
            source: "model",
            replace: 1
        });
        assert.equal(calls.length, 1);
        assert.equal(inline.stats.joined, 1);
        assert.equal(inline.stats.aborted, 0);
    });

    it("a next call that does not type along it stops the cancelled request at once and asks again", async () => {
        const { inline, calls } = engine(["을 ", "읽어 ", "검증", "합니다."], 40);
        const first = new AbortController();
        const pending = inline.suggest(prompt("// 설정"), first.signal);
        await pause(60);
        first.abort();
        await pending;
        const next = inline.suggest(prompt("// 설정에"), live());
        await pause(0);
        assert.ok(calls[0].signal?.aborted, "the first request stopped without waiting out keepRunningMs");
        assert.equal((await next).text, "을 읽어 검증합니다.");
        assert.equal(calls.length, 2);
        assert.equal(inline.stats.joined, 0);
    });
});

describe("Inline suggestions: the wait after a key that ends a word", () => {
    /** Milliseconds from the call at `last` to its model request, after calls at `states` cancelled at once. */
    async function waitBeforeRequest(states: readonly string[], last: string): Promise<number> {
        const fake = fakeGenerate(["읽습니다."], 0);
        const inline = new InlineEngine({
            generate: (request) => {
                requestedAt = performance.now();
                return fake.generate(request);
            },
            createFilter: () => Promise.resolve(new SafetyFilter()),
            debounceMs: 150
        });
        let requestedAt = 0;
        for (const state of states) {
            const cancel = new AbortController();
            const pending = inline.suggest(prompt(state), cancel.signal);
            cancel.abort();
            await pending;
        }
        const calledAt = performance.now();
        await inline.suggest(prompt(last), live());
        return requestedAt - calledAt;
    }

    it("typing through an IME (a syllable composed in place), a word's end asks at once; whole syllables wait", async () => {
        const ime = await waitBeforeRequest(["// ㅅ", "// 서", "// 설", "// 설ㅈ", "// 설저", "// 설정"], "// 설정 ");
        assert.ok(ime < 100, `asked after ${ime.toFixed(0)} ms`);
        const whole = await waitBeforeRequest(["// 설", "// 설정"], "// 설정 ");
        assert.ok(whole >= 140, `asked after ${whole.toFixed(0)} ms`);
    });

    it("with wordEndMs, a space or a mark after a word waits only that; inside a word the adaptive wait", () => {
        const debounce = new AdaptiveDebounce({ baseMs: 150, wordEndMs: 150 });
        for (let t = 0; t <= 1000; t += 250) debounce.keystroke(t);
        assert.equal(debounce.delayFor("// 설정을"), debounce.delayMs);
        assert.ok(debounce.delayMs > 300, String(debounce.delayMs));
        assert.equal(debounce.delayFor("// 설정을 "), 150);
        assert.equal(debounce.delayFor("// 읽습니다."), 150);
        assert.equal(debounce.delayFor("// "), debounce.delayMs, "a space after the marker ends no word");
        const adaptive = new AdaptiveDebounce({ baseMs: 150 });
        for (let t = 0; t <= 1000; t += 250) adaptive.keystroke(t);
        assert.equal(adaptive.delayFor("// 설정을 "), adaptive.delayMs, "without it, the adaptive wait everywhere");
    });
});
