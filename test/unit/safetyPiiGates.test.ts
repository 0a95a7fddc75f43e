// The PII stage's faster forms (issue 14) held to what they replace: the normaliser's trigger read
// after one pass over the text (text/alternationGate.ts) answers as its pattern does, and the
// recognizers skipped on a segment without an ASCII digit (their needsDigit flag) would have said no.
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { AlternationGate } from "../../safety/text/alternationGate";
import { recognizers } from "../../safety/pii/recognizerList";
import { normalize } from "../../safety/text/normalize";

/** Digits, quotes, brackets, "@", Korean number words, letters and Hangul: what the trigger reads. */
const pieces = [
    "0",
    "1",
    "7",
    "010",
    "-",
    ".",
    " ",
    "\t",
    "\n",
    "@",
    "[at]",
    "골뱅이",
    "'",
    '"',
    "`",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "&#64;",
    "%40",
    "\\u0040",
    "공",
    "일",
    "이",
    "삼",
    "팔",
    "백",
    "십",
    "一",
    "二",
    "a",
    "A",
    "x",
    "at",
    "dot",
    "gmail",
    "com",
    "전화",
    "번호",
    "비밀번호",
    ":",
    "=",
    "+82",
    "＋",
    "０",
    "–",
    "·",
    "_",
    "/"
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(""));

describe("PII stage gates (same answers as the full work)", () => {
    it("an alternation tested by kind answers as its pattern", () => {
        const patterns = [
            /\d[ \t]*[-_/,\n][ \t]*\d|[[(][.@][\])]|at\]|\(at\)| at | @|골뱅이|[공영빵일이삼사오육륙칠팔구]{2}|&#|%[0-9A-Fa-f]{2}/i,
            /(?<![\d+])82[ -]1|\d{6}\.\d{7}|["'`]\s*\+\s*["'`]|[{}]|\n[ \t]*\d/,
            /[^\u0000-\u007F\uAC00-\uD7A3]|dot|\bcom\b|(?:비밀번호|번호)\s*[:=]/i
        ];
        const kinds = [
            "@",
            "&%\\",
            "골앳엣티",
            "공영빵일이삼사오육륙칠팔구천백십一二",
            "0123456789",
            "[](){}",
            "\"'`",
            "\n"
        ];
        const gates = patterns.map((p) => new AlternationGate(p, kinds));
        fc.assert(
            fc.property(text, (t) => {
                gates.forEach((gate, i) =>
                    assert.equal(gate.test(t), patterns[i].test(t), `${patterns[i].source} on ${JSON.stringify(t)}`)
                );
            }),
            { numRuns: 5000 }
        );
    });

    it("a recognizer skipped for want of a digit finds nothing in a segment without one", () => {
        const noDigits = fc
            .array(fc.constantFrom(...pieces.filter((p) => !/[0-9]/.test(p))), { maxLength: 30 })
            .map((p) => p.join(""));
        fc.assert(
            fc.property(noDigits, (raw) => {
                const segment = normalize(raw).text;
                if (/\d/.test(segment)) return;
                for (const r of recognizers.filter((recognizer) => recognizer.needsDigit === true))
                    assert.equal(r.mayMatch(segment, raw), false, `${r.type}: ${JSON.stringify(raw)}`);
            }),
            { numRuns: 3000 }
        );
    });
});
