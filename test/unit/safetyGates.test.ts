// The filter's speed comes from gates that skip work which would find nothing, and from
// faster forms of the same computations. These tests hold each to what it replaces:
// a gate that says "nothing here" where the full scan finds something, or a fast form
// that answers differently, fails here (run on the data sets and on generated text).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import modelData from "../../safety/content/data/classifier.json";
import { classify, headNames } from "../../safety/content/classifier";
import { featuresOf, normaliseForClassifier, type FeatureConfig } from "../../safety/content/features";
import { lexiconWindows, scanLexicon } from "../../safety/content/lexicon";
import { type GateResult } from "../../safety/content/lexiconGate";
import { phrasePatterns } from "../../safety/content/phrases";
import { endsSentence } from "../../safety/contentHold";
import { nothingToSee } from "../../safety/pii/index";
import { recognizers } from "../../safety/pii/recognizerList";
import { tokenRules } from "../../safety/pii/secretRules";
import { normalize } from "../../safety/text/normalize";
import { GramGate } from "../../safety/text/gramGate";
import { alternativesOf } from "../../safety/text/regexAlternatives";
import { neededGrams } from "../../safety/text/regexNeeds";
import { isWhitespaceCode } from "../../safety/text/whitespace";
import { filterWindows } from "../support/filterWindows";

const repo = path.resolve(__dirname, "..", "..", "..");
const dataDir = process.env["GEMMA_KO_DATA"] ?? path.resolve(repo, "..", "shared", "data");
const haveData = fs.existsSync(path.join(dataDir, "ko-tech-docs", "dev.jsonl"));
const lines = (file: string) => fs.readFileSync(path.join(dataDir, file), "utf8").split("\n").filter(Boolean);

/** Rows of the data sets: abusive comments, technical text, PII and secrets. */
function rows(): string[] {
    if (!haveData) return [];
    return [
        ...lines("curse-detection/dataset.dev.txt").map((l) => l.slice(0, l.lastIndexOf("|"))),
        ...lines("korean-hate-speech/dev.tsv")
            .slice(1)
            .map((l) => l.split("\t")[0]),
        ...lines("ko-tech-docs/dev.jsonl")
            .filter((_, i) => i % 7 === 0)
            .map((l) => (JSON.parse(l) as { text: string }).text),
        ...lines("presidio/recognizer_test_cases.jsonl").map((l) => (JSON.parse(l) as { text?: string }).text ?? ""),
        ...lines("detect-secrets/plugin_test_cases.jsonl").map(
            (l) => (JSON.parse(l) as { payload?: string }).payload ?? ""
        )
    ].filter((t) => typeof t === "string" && t.length > 0);
}

/** Generated text: pieces that the rules look for, spelled the ways the rules read them, in noise. */
const pieces = [
    "시발",
    "씨1발",
    "시 발",
    "시이이발",
    "ㅅㅂ",
    "ㅅ1ㅂ",
    "병.신",
    "개새끼",
    "새끼손가락",
    "보지 않고",
    "꺼져",
    "화면이 꺼져요",
    "노무사",
    "시바견",
    "니애미",
    "너를 죽여",
    "칼로 찔러 죽인다",
    "집에 불을 질러 버리겠다",
    "죽고 싶어",
    "폭탄 만드는 법",
    "fork 폭탄",
    "필로폰 만드는",
    "강간하고 싶",
    "i will kill you",
    "kill yourself",
    "how to make a bomb",
    "want to die",
    "f*ck",
    "sh1t",
    "FUCK",
    "tlqkf",
    "nigger",
    "kys",
    "useState(0);",
    "const x = 1;",
    'api_key = "a8f5f167f44f4964e6c998dee827"',
    "AKIAZ3XQ7RT5KLM2P9QW",
    "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
    "xoxb-1234-5678-abcdefghijkl",
    "sk_live_abcdefghij0123456789",
    "Bearer abcdefghijklmnopqrstuvwxyz012345",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n",
    "_authToken=abcdefghij0123456789",
    "010-1234-5678",
    "kim@example.co.kr",
    "8.8.8.8",
    "880627-1234567",
    "비밀번호를 abc123!@ 로",
    "MDEwLTEyMzQtNTY3OA==",
    "😀",
    "🔥",
    "\u200b",
    "\u202e",
    "人",
    "卜",
    "→",
    "✅",
    "é",
    "Ａ",
    "１",
    "ᄉ",
    "ᅵ",
    "ㅤ",
    "…",
    "·",
    "“",
    " ",
    " ",
    "\n",
    "\t",
    ".",
    ",",
    "!",
    "?",
    "-",
    "_",
    "1",
    "l",
    "|",
    "*",
    "@",
    "$",
    "$$",
    "@@@",
    "!!!",
    "s",
    "h",
    "a",
    "t",
    "0",
    "5",
    "이",
    "가",
    "개발",
    "시스템",
    "함수를"
];
const generated = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((p) => p.join(""));

describe("safety filter gates and fast paths (same answers as the full work)", function () {
    this.timeout(600_000);

    it("needed grams: every match of a pattern holds one gram of each needed set", () => {
        const patterns = [...phrasePatterns(), ...tokenRules.map((r) => r.pattern)];
        const phrases = new Set(phrasePatterns());
        // Phrases run on lower-cased text; the token rules on the text as it is.
        const read = patterns.map((pattern) => ({
            needs: neededGrams(pattern, phrases.has(pattern), true),
            re: new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"),
            lowered: phrases.has(pattern),
            pattern
        }));
        const check = (text: string) => {
            const lower = text.toLowerCase();
            for (const { needs, re, lowered, pattern } of read) {
                for (const m of (lowered ? lower : text).matchAll(re)) {
                    if (m[0].length === 0) continue;
                    for (const set of needs)
                        assert.ok(
                            [...set].some((g) => lower.includes(g)),
                            `${pattern.source.slice(0, 60)} matched ${JSON.stringify(m[0])} without ${[...set].slice(0, 8).join(",")}`
                        );
                }
            }
        };
        for (const text of rows()) check(text);
        fc.assert(
            fc.property(generated, (text) => check(text)),
            { numRuns: 2000 }
        );
        // The reader's view of a few patterns.
        assert.deepEqual(neededGrams(/\bkill\s+you\b/g)[0], new Set(["kill"]));
        const behind = neededGrams(/(?<=_authToken=)[a-z]+/g, false, true);
        assert.ok(behind.length > 0 && [...behind[0]].every((g) => "_authtoken=".includes(g)));
        assert.ok(
            neededGrams(/(?<=_authToken=)[a-z]+/g).every((set) => [...set].every((g) => g.length === 1)),
            "a lookbehind counts only when asked"
        );
        assert.deepEqual(neededGrams(/a|b*/g), [], "an alternative that matches nothing needs nothing");
        assert.deepEqual(neededGrams(/\p{L}+/gu), [], "unknown syntax needs nothing");
        assert.deepEqual(
            alternativesOf("(?<![가-힣])(?:a|b(?:c|d))(?!x|y)|zz|(e|f)+g"),
            ["(?<![가-힣])(?:a)(?!x|y)", "(?<![가-힣])(?:b(?:c|d))(?!x|y)", "zz", "(e|f)+g"],
            "top-level alternatives, and a lone group's between lookarounds; a repeated group stays whole"
        );
        assert.deepEqual(alternativesOf("a(b|c"), ["a(b|c"], "a source it cannot read stays whole");
    });

    it("GramGate: a pattern it rules out has no match in the text (phrases on lower-cased text too)", () => {
        const phrases = phrasePatterns();
        const lowerGate = new GramGate(phrases, { lowerCaseText: true, clauses: 3, alternatives: true });
        const secretGate = new GramGate(
            tokenRules.map((r) => r.pattern),
            { clauses: 1, lookaround: true }
        );
        const check = (text: string) => {
            const lower = text.toLowerCase();
            const bits = lowerGate.bitsOf(text);
            const open = lowerGate.open(bits);
            phrases.forEach((p, i) => {
                p.lastIndex = 0;
                assert.equal(open?.[i] === true, lowerGate.may(bits, i), "open() is may() for each pattern");
                if (!lowerGate.may(bits, i)) assert.equal(p.test(lower), false, `${p.source.slice(0, 40)} in ${text}`);
            });
            const secretBits = secretGate.bitsOf(text);
            tokenRules.forEach((r, i) => {
                r.pattern.lastIndex = 0;
                if (!secretGate.may(secretBits, i)) assert.equal(r.pattern.test(text), false, `${r.id} in ${text}`);
            });
        };
        for (const text of rows()) check(text);
        fc.assert(
            fc.property(generated, (text) => check(text)),
            { numRuns: 3000 }
        );
    });

    it("every phrase pattern needs something: none opens the gate on every window", () => {
        // Twice this session one new pattern (an end anchor with the m flag; \u{…} with the u flag)
        // needed nothing, so the gate opened on every window and the whole filter ran 2.5× slower.
        const gate = new GramGate(phrasePatterns(), {
            lowerCaseText: true,
            clauses: 3,
            shareBits: false,
            alternatives: true
        });
        const open = phrasePatterns().filter((_, p) => gate.needsNothing(p));
        assert.deepEqual(
            open.map((p) => p.source.slice(0, 60)),
            [],
            "these phrase patterns need no gram: rewrite them so the gate can read them"
        );
    });

    it("the lexicon's gate, window after window, never hides a finding", () => {
        const all = (n: number): GateResult => ({
            korean: true,
            latin: true,
            phrases: new Array<boolean>(n).fill(true)
        });
        const everything = all(phrasePatterns().length);
        const check = (text: string) => {
            const gate = lexiconWindows();
            for (const { window, from, until } of filterWindows(text)) {
                const full = scanLexicon(window, from, until, everything);
                const answer = gate.next(window, from, until);
                if (answer === undefined) assert.deepEqual(full, [], `gate ruled out ${JSON.stringify(window)}`);
                else assert.deepEqual(scanLexicon(window, from, until, answer), full, JSON.stringify(window));
                assert.deepEqual(scanLexicon(window, from, until), full, JSON.stringify(window));
            }
        };
        for (const text of rows()) check(text);
        // Found by this property (seed 323976495): a stretch that only leetspeak makes, "$$s" read as "sss".
        for (const text of ["$$sh1t시발", "$$$hit", "a$$$", "sh!!!t", "f@@@g", "Sh1111T", "ph@@@ck"]) check(text);
        // Found when each phrase alternative got its own needs (outside testers' cases): an obfuscated
        // word in the left context, the phrase ending in a later segment; weak needs had hidden it.
        for (const text of [
            "[중고거래 채팅] 준호: 필.로.폰 구해요",
            "ㅇㅇ 동 반 자 살 같이 할 사람 구함",
            "@코딩하는곰 자.해 방법 알려줘\n@고구마 ㅋㅋㅋㅋ"
        ])
            check(text);
        fc.assert(
            fc.property(generated, (text) => check(text)),
            { numRuns: 3000 }
        );
    });

    it("the PII pre-gate rules out only text where no recognizer's own gate passes", () => {
        const check = (text: string) => {
            for (const { window, from, until } of filterWindows(text)) {
                const scanText = window.slice(0, until);
                if (!nothingToSee(scanText, from)) continue;
                const segment = normalize(scanText.slice(from)).text;
                for (const r of recognizers)
                    assert.equal(r.mayMatch(segment, scanText), false, `${r.type}: ${JSON.stringify(scanText)}`);
                assert.equal(/[A-Za-z0-9+/_-]{16}/.test(segment), false, JSON.stringify(scanText));
            }
        };
        for (const text of rows()) check(text);
        fc.assert(
            fc.property(generated, (text) => check(text)),
            { numRuns: 3000 }
        );
    });

    it("classifier features and scores equal the plain computation (a Set of n-gram hashes, sorted, summed per head)", () => {
        const model = modelData;
        const tables = Object.fromEntries(
            headNames.map((head) => {
                const table = new Float32Array(1 << model.hashBits);
                model.buckets.forEach((b, i) => (table[b] = model.weights[head][i] / model.scale));
                return [head, table];
            })
        );
        const reference = (text: string, config: FeatureConfig) => {
            const s = ` ${normaliseForClassifier(text)} `;
            const mask = (1 << model.hashBits) - 1;
            const fnv = (part: string, seed: number) => {
                let h = 0x811c9dc5 ^ seed;
                for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
                return (h >>> 0) & mask;
            };
            const set = new Set<number>();
            for (let n = config.minN; n <= config.maxN; n++)
                for (let i = 0; i + n <= s.length; i++) set.add(fnv(s.slice(i, i + n), n));
            for (const word of s.split(" ")) if (word.length > 0) set.add(fnv(word, 7));
            return Uint32Array.from(set).sort();
        };
        const check = (text: string) => {
            for (const config of [model.features, { minN: 1, maxN: 3 }]) {
                const expected = reference(text, config);
                const { buckets, value } = featuresOf(text, config);
                assert.deepEqual([...buckets], [...expected], text);
                assert.equal(value, expected.length > 0 ? 1 / Math.sqrt(expected.length) : 0);
            }
            const buckets = reference(text, model.features);
            const value = buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0;
            const scores = classify(text);
            for (const head of headNames) {
                let sum = model.bias[head];
                for (const b of buckets) sum += tables[head][b] * value;
                assert.equal(scores[head], 1 / (1 + Math.exp(-sum)), `${head}: ${text}`);
            }
        };
        for (const text of rows()) check(text);
        fc.assert(
            fc.property(generated, (text) => check(text)),
            { numRuns: 2000 }
        );
    });

    it("whitespace and sentence ends by character code read as the regular expressions do", () => {
        for (let code = 0; code < 65536; code++)
            assert.equal(isWhitespaceCode(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
        const sentenceEnd = /[.!?。…][)"'」』]*\s*$|\n\s*$/;
        const alphabet = fc.constantFrom(
            "a",
            "가",
            ".",
            "!",
            "?",
            "。",
            "…",
            ")",
            '"',
            "'",
            "」",
            "』",
            " ",
            "\n",
            "\t",
            "\u3000"
        );
        fc.assert(
            fc.property(fc.array(alphabet, { maxLength: 10 }), (parts) => {
                const text = parts.join("");
                assert.equal(endsSentence(text), sentenceEnd.test(text), JSON.stringify(text));
            }),
            { numRuns: 20_000 }
        );
    });
});
