// The typing the inline benchmark replays (bench/inline.bench.ts): the file typed in,
// the comments written above its functions, and a seeded generator of keystrokes in the
// shape of real typing — a syllable a key, or a 2-set Korean IME's letters a key.
import { hangulKeys } from "../extension/inline/hangul";
import { seededRandom } from "../test/fixtures/tinyGemma";

export type TraceStep =
    /** Moves the cursor to the end of a new comment line `prefix` inserted above line `line`. */
    | { kind: "line"; line: number; prefix: string; gapMs: number }
    /**
     * Types `text`. A Hangul letter (ㅇ, ㅓ) is a key of a 2-set Korean IME: it composes with
     * the letters typed just before it (ㅇ ㅣ ㄹ ㄱ → 읽), as VS Code's document shows it while
     * composing; Backspace then takes back the last letter. Anything else ends the composition.
     */
    | { kind: "key"; text: string; gapMs: number }
    | { kind: "backspace"; gapMs: number }
    /**
     * Types the next `count` characters of the ghost text, waiting for it if it is not there yet
     * (with `keys`, as 2-set IME keys: the typist reads the words once, since VS Code hides ghost
     * text while a syllable is composed).
     */
    | { kind: "follow"; count: number; gapMs: number; keys?: boolean }
    /** Tab: inserts the whole ghost text. */
    | { kind: "accept"; gapMs: number };

export const sourceFile = [
    "import { readFile } from 'node:fs/promises';",
    "",
    "export interface Config {",
    "    port: number;",
    "    host: string;",
    "}",
    "",
    "export async function readConfig(path: string): Promise<Config> {",
    "    const text = await readFile(path, 'utf8');",
    "    return parseConfig(JSON.parse(text));",
    "}",
    "",
    "export function parseConfig(raw: unknown): Config {",
    "    if (typeof raw !== 'object' || raw === null) throw new Error('config must be an object');",
    "    const { port = 3000, host = 'localhost' } = raw as Partial<Config>;",
    "    return { port, host };",
    "}",
    "",
    "export function retry<T>(attempts: number, fn: () => Promise<T>): Promise<T> {",
    "    return fn().catch((error) => (attempts > 1 ? retry(attempts - 1, fn) : Promise.reject(error)));",
    "}",
    "",
    "export function debounce(fn: () => void, wait: number): () => void {",
    "    let timer: NodeJS.Timeout | undefined;",
    "    return () => {",
    "        clearTimeout(timer);",
    "        timer = setTimeout(fn, wait);",
    "    };",
    "}",
    "",
    "export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);",
    "",
    "export function clamp(value: number, min: number, max: number): number {",
    "    return Math.min(max, Math.max(min, value));",
    "}"
];

/** The comments the generated trace writes, with where the typist follows or accepts the ghost text. */
const comments: Array<{ above: string; parts: Array<string | { follow: number } | { accept: true }> }> = [
    {
        above: "export async function readConfig",
        parts: [
            "이 함수는 설정 파일을 ",
            { follow: 6 },
            " 읽어서 검증된 설정 객체로 돌려줍니다. 파일이 없으면 ",
            { accept: true }
        ]
    },
    {
        above: "export function parseConfig",
        parts: ["원시 값을 검증해 ", { follow: 8 }, " 설정 객체로 바꿉니다. 빠진 값에는 기본값을 씁니다."]
    },
    {
        above: "export function retry",
        parts: ["실패하면 ", { follow: 5 }, " 정해진 횟수만큼 다시 시도하고, 마지막 오류를 ", { follow: 7 }]
    },
    { above: "export function debounce", parts: ["연속된 호출을 묶어 마지막 호출만 ", { accept: true }] },
    {
        above: "export const sum",
        parts: ["배열의 합을 ", { follow: 6 }, " 구합니다. 빈 배열이면 영을 돌려줍니다."]
    },
    {
        above: "export function clamp",
        parts: [
            "값을 최소와 최대 ",
            { follow: 4 },
            " 사이로 제한합니다. 최소가 최대보다 크면 ",
            { follow: 6 },
            { accept: true }
        ]
    }
];

/**
 * A seeded trace in the shape of real typing (see the header). `typing` "syllables" types a
 * Hangul syllable per key (the first traces; 90-220 ms a syllable, pauses before the space);
 * "ime" presses the 2-set keyboard's keys, a letter per key, as a Korean typist does
 * (70-180 ms a key: 330-860 keys a minute; the pause after a word comes after its space,
 * before the next word, or with "imeBefore" before the space, the word's last syllable
 * still being composed; a typo is a wrong letter, taken back with Backspace).
 */
export function generatedTrace(seed = 19, typing: "syllables" | "ime" | "imeBefore" = "syllables"): TraceStep[] {
    const random = seededRandom(seed);
    const steps: TraceStep[] = [];
    let inserted = 0;
    let pause = 0;
    for (const comment of comments) {
        const line = sourceFile.findIndex((text) => text.startsWith(comment.above)) + inserted;
        steps.push({ kind: "line", line, prefix: "// ", gapMs: 1200 + random() * 800 });
        inserted++;
        for (const part of comment.parts) {
            if (typeof part === "object") pause = 0;
            if (typeof part === "object" && "accept" in part)
                steps.push({ kind: "accept", gapMs: 300 + random() * 400 });
            else if (typeof part === "object")
                steps.push({
                    kind: "follow",
                    count: part.follow,
                    gapMs: 250 + random() * 250,
                    ...(typing === "ime" ? { keys: true } : {})
                });
            else if (typing === "syllables") {
                for (const character of Array.from(part)) {
                    // A typo now and then, fixed at once.
                    if (random() < 0.04) {
                        steps.push({ kind: "key", text: "ㅁ", gapMs: 90 + random() * 130 });
                        steps.push({ kind: "backspace", gapMs: 250 + random() * 200 });
                    }
                    const afterWord = character === " " ? 350 + random() * 500 : 0;
                    steps.push({ kind: "key", text: character, gapMs: 90 + random() * 130 + afterWord });
                }
            } else {
                for (const key of hangulKeys(part)) {
                    if (random() < 0.03) {
                        steps.push({ kind: "key", text: "ㅁ", gapMs: 70 + random() * 110 + pause });
                        steps.push({ kind: "backspace", gapMs: 250 + random() * 200 });
                        pause = 0;
                    }
                    const before = typing === "imeBefore" && key === " " ? 350 + random() * 500 : 0;
                    steps.push({ kind: "key", text: key, gapMs: 70 + random() * 110 + pause + before });
                    pause = typing === "ime" && key === " " ? 350 + random() * 500 : 0;
                }
            }
        }
    }
    return steps;
}
