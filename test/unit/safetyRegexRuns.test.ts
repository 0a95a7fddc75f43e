// The runs a secret rule needs (text/regexRuns.ts) held to the rule: a text that a pattern matches
// holds the run of token characters, and of letters and digits, that the reader says it needs.
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { alphanumerics, longestRun, longestRuns, neededRunOf, tokenCharacters } from "../../safety/text/regexRuns";

const needs = (pattern: RegExp) => [
    neededRunOf(pattern.source, pattern.flags, tokenCharacters),
    neededRunOf(pattern.source, pattern.flags, alphanumerics)
];

/** Whether every match of `pattern` in `text` is allowed by the text's runs. */
function holds(pattern: RegExp, text: string): boolean {
    if (!new RegExp(pattern.source, pattern.flags.replace("g", "")).test(text)) return true;
    const [token, alphanumeric] = needs(pattern);
    return longestRun(text, tokenCharacters) >= token && longestRun(text, alphanumerics) >= alphanumeric;
}

describe("safety: the runs a pattern needs", () => {
    it("reads quantified classes, groups, alternatives and lookarounds", () => {
        assert.deepEqual(needs(/\bA{22}[A-Za-z0-9%]{30,}/), [52, 22]);
        assert.deepEqual(needs(/(?<=[A-Za-z0-9+/]{60}[ \t]*\r?\n[ \t]*)[A-Za-z0-9+/]{8,}={0,2}/), [60, 0]);
        assert.deepEqual(needs(/(a|bc)d{3}/), [4, 4]);
        assert.deepEqual(needs(/ab(?:cd)*ef/), [4, 4]);
        assert.deepEqual(needs(/(?:ab){3}x/), [7, 7]);
        assert.deepEqual(needs(/x_y/), [3, 1]);
    });

    it("needs nothing of what it does not read", () => {
        assert.deepEqual(needs(/[^a]{5}/), [0, 0]);
        assert.deepEqual(needs(/.{30}/), [0, 0]);
        assert.deepEqual(needs(/\p{L}{30}/u), [0, 0]);
        assert.deepEqual(needs(/a{30/), [0, 0]);
        // A backreference may match anything: only what is around it counts.
        assert.deepEqual(needs(/(ab)\1c/), [2, 2]);
        // A negative lookaround reads nothing that must be there.
        assert.deepEqual(needs(/(?!abcdef)x/), [1, 1]);
    });

    it("never needs more than a text a pattern matches holds (random patterns and texts)", () => {
        const atom = fc.constantFrom(
            "a",
            "b",
            "_",
            "-",
            ".",
            " ",
            "[ab]",
            "[a_ ]",
            "[^a]",
            "\\w",
            "\\d",
            "\\s",
            ".",
            "(?:ab|a)",
            "(?:a b|b)",
            "(?=ab)",
            "(?<=b)",
            "(?!a)",
            "\\b"
        );
        const quantifier = fc.constantFrom("", "", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "{3,}");
        const pattern = fc
            .array(fc.tuple(atom, quantifier), { minLength: 1, maxLength: 6 })
            .map((terms) =>
                terms.map(([a, q]) => ((a.startsWith("(?") && a[2] !== ":") || a === "\\b" ? a : a + q)).join("")
            );
        const patterns = fc
            .tuple(pattern, fc.option(pattern, { nil: undefined }))
            .map(([a, b]) => (b === undefined ? a : `${a}|${b}`));
        const text = fc
            .array(fc.constantFrom("a", "b", "_", "-", ".", " ", "1", "가"), { maxLength: 24 })
            .map((cs) => cs.join(""));
        fc.assert(
            fc.property(patterns, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) =>
                texts.every((t) => holds(new RegExp(source), t) && holds(new RegExp(source, "i"), t))
            ),
            { numRuns: 3000 }
        );
    });
    it("reads both runs in one pass as longestRun reads each (random texts, repeated ones too)", () => {
        const text = fc
            .array(fc.constantFrom("a", "Z", "7", "_", "-", "+", "/", "=", ".", "%", "~", " ", "가", "\n"), {
                maxLength: 40
            })
            .map((cs) => cs.join(""));
        fc.assert(
            fc.property(text, text, (a, b) => {
                for (const t of [a, b, a, a]) {
                    const runs = longestRuns(t);
                    assert.equal(runs.token, longestRun(t, tokenCharacters));
                    assert.equal(runs.alphanumeric, longestRun(t, alphanumerics));
                }
            }),
            { numRuns: 500 }
        );
    });
});
