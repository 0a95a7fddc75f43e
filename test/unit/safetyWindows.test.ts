// The lexicon's gate reads each segment once and keeps what a later window still holds
// (text/bitsQueue.ts, content/obfuscationWindows.ts). These hold the kept answers to the
// ones read from the whole window: the same union of bits, and never "no obfuscated word"
// where the whole window's test finds one.
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { mayBeObfuscated } from "../../safety/content/normalize";
import { ObfuscationWindows } from "../../safety/content/obfuscationWindows";
import { BitsQueue } from "../../safety/text/bitsQueue";
import { GramBits } from "../../safety/text/gramGate";
import { filterWindows } from "../support/filterWindows";

/** Windows as {@link windows} makes them, but cut every `step` characters, wherever that falls. */
function cutEvery(text: string, step: number): Array<{ window: string; from: number; until: number }> {
    const out: Array<{ window: string; from: number; until: number }> = [];
    for (let at = 0; at < text.length; at += step) {
        const from = Math.min(64, at);
        const end = Math.min(text.length, at + step);
        out.push({ window: text.slice(at - from, end + 8), from, until: from + end - at });
    }
    return out;
}

/** Syllables, marks between them, spaces and line breaks, leetspeak and astral marks: what the test matches. */
const pieces = [
    "시",
    "발",
    "죽",
    "여",
    "개",
    "새",
    "끼",
    ".",
    "*",
    "1",
    "3",
    "@",
    "$",
    " ",
    "\n",
    "ㅡ",
    "X",
    "o",
    "ab",
    "k",
    "😀",
    "🔥",
    "(",
    ")",
    "/",
    "함수",
    "서버를"
];
/** One obfuscated word among ordinary words, so no other match keeps the answer yes. */
const words = ["함수를", "서버를", "호출한다", "그리고", "로그를", "남긴다.", "설정", "파일을", "읽는다", "\n"];
const obfuscated = ["시 발 놈", "죽.여", "시🔥🔥🔥🔥발", "ki11", "y0u", "병ㅡ신", "개(새)끼", "a$$", "새\n끼\n야"];
const sparse = fc
    .tuple(
        fc.array(fc.constantFrom(...words), { maxLength: 30 }),
        fc.constantFrom(...obfuscated),
        fc.array(fc.constantFrom(...words), { maxLength: 30 })
    )
    .map(([before, word, after]) => [...before, word, ...after].join(" "));
const generated = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 120 }).map((p) => p.join(""));

describe("the lexicon gate's kept answers (same as reading the whole window)", () => {
    it("an obfuscated word the whole window holds is always found", () => {
        const check = (text: string, step = 0) => {
            const kept = new ObfuscationWindows();
            for (const { window, from, until } of step > 0 ? cutEvery(text, step) : filterWindows(text)) {
                const answer = kept.next(window, from, until);
                if (mayBeObfuscated(window.slice(0, until + 2)))
                    assert.ok(answer, JSON.stringify({ window, from, until }));
            }
        };
        for (const text of [
            "함수를 호출하면 죽.여.버.린.다 라고 로그에 남기는 서버를 만들었다 ".repeat(5),
            "시🔥🔥🔥🔥발 ".repeat(30),
            "시 발 놈\n".repeat(20)
        ])
            check(text);
        fc.assert(
            fc.property(generated, (t) => check(t)),
            { numRuns: 2000 }
        );
        fc.assert(
            fc.property(sparse, (t) => check(t)),
            { numRuns: 2000 }
        );
        // Cut anywhere (the segmenter keeps most of these words whole; the kept answer must not rely on it).
        fc.assert(fc.property(fc.oneof(sparse, generated), fc.integer({ min: 1, max: 12 }), check), { numRuns: 3000 });
    });

    it("the queue's union is the union of the segments it keeps", () => {
        const width = 3;
        const op = fc.oneof(
            fc.record({
                push: fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: width, maxLength: width })
            }),
            fc.constant({ shift: true })
        );
        fc.assert(
            fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
                const queue = new BitsQueue(width, 2);
                const kept: number[][] = [];
                for (const o of ops) {
                    if ("push" in o) {
                        queue.push(new GramBits(Uint32Array.from(o.push)));
                        kept.push(o.push);
                    } else {
                        queue.shift();
                        kept.shift();
                    }
                    const union = new GramBits(new Uint32Array(width));
                    queue.orInto(union);
                    const expected = Array.from({ length: width }, (_, w) =>
                        kept.reduce((u, b) => (u | b[w]) >>> 0, 0)
                    );
                    assert.deepEqual([...union.words], expected);
                    assert.equal(queue.length, kept.length);
                }
            }),
            { numRuns: 500 }
        );
    });
});
