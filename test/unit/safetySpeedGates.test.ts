// Rewrites that only spare time (issue 14) must answer as before: normalize.ts's phraseReadingText
// is phraseReading's text, and phraseReading keeps its readings ("죽.여", "ki11", "병ㅡ신") and its
// source offsets; censorBetween answers at any offset, past the ends too.
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { censorBetween, phraseReading, phraseReadingText } from "../../safety/content/normalize";

/** Syllables, marks, spaces, leetspeak, letters, astral characters and lone surrogates. */
const pieces = [
    "시",
    "발",
    "죽",
    "여",
    "힣",
    "ㅡ",
    "○",
    "●",
    "×",
    "✕",
    "X",
    "x",
    "O",
    "o",
    "a",
    "b",
    "i",
    "l",
    "k",
    "0",
    "1",
    "11",
    "3",
    "8",
    "@",
    "$",
    "!",
    " ",
    "\n",
    "\t",
    "\u00a0",
    "\u3000",
    ".",
    "*",
    "(",
    "😀",
    "𝐀",
    "\ud800",
    "\udc00",
    "ㄱ",
    "ㅏ",
    "ㅣ",
    "ᄀ",
    "é",
    "中"
];
const generated = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 24 }).map((p) => p.join(""));

describe("speed rewrites answer as before", () => {
    it("the phrase reading's text alone is the reading's text", () => {
        for (const [input, text] of [
            ["죽.여 버릴 거야", "죽여 버릴 거야"],
            ["ki11 you", "kill you"],
            ["병ㅡ신", "병신"]
        ] as const) {
            assert.equal(phraseReading(input)?.text, text);
            assert.equal(phraseReadingText(input), text);
        }
        assert.deepEqual(phraseReading("죽.여")?.source, [0, 2]);
        assert.equal(phraseReading("함수를 호출한다"), undefined);
        fc.assert(
            fc.property(generated, (input) => {
                const reading = phraseReading(input);
                assert.equal(phraseReadingText(input), reading?.text);
                if (reading === undefined) return;
                assert.equal(reading.source.length, reading.text.length);
                for (let k = 0; k < reading.source.length; k++) {
                    assert.ok(k === 0 || reading.source[k] > reading.source[k - 1]);
                    // A kept character is itself, or a leetspeak character read as its letter.
                    const char = input[reading.source[k]];
                    assert.ok(char === reading.text[k] || /[0-9@$!]/.test(char), JSON.stringify([input, k]));
                }
            }),
            { numRuns: 3000 }
        );
    });

    it("a censor mark between syllables, and nothing else, is one", () => {
        assert.equal(censorBetween("씨X발", 1), true);
        assert.equal(censorBetween("병ㅡㅡ신", 2), true);
        assert.equal(censorBetween("씨X", 1), false);
        assert.equal(censorBetween("XX", 0), false);
        for (const at of [-1, 3, 10]) assert.equal(censorBetween("씨X발", at), false);
        assert.equal(censorBetween("가나다", 1), false);
    });
});
