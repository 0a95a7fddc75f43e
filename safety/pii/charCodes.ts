// A value written as the character codes of its letters, as code prints them:
// String.fromCharCode(48, 49, 48, …), [0x30, 0x31, …], "ASCII 코드: 110 112 109 95 …", hex bytes
// "73 6b 2d 70 …" (found from outside:
// a phone number, an e-mail address and an npm token so written passed). A run of eight codes or
// more of printable ASCII is decoded and read; where the decoded text holds a value, the whole run
// is that value.
import { wholeSpan } from "./recognizer";
import type { PiiFinding } from "../types";

/** A printable ASCII code in decimal (32-126) or hex (0x20-0x7e). */
const code = String.raw`(?:0[xX][2-7][0-9A-Fa-f]|12[0-6]|1[01]\d|[4-9]\d|3[2-9])`;
/** Eight codes or more, each followed by a comma or spaces (the last by neither). */
const run = new RegExp(String.raw`(?<![\w.])(?:${code}(?:[ \t]*,[ \t]*|[ \t]+)){7,}${code}(?![\w.])`, "g");
/** Eight hex bytes or more without a prefix ("73 6b 2d 70 …"): read as hex. */
const hexRun = /(?<![\w.])(?:[0-9A-Fa-f]{2}(?:[ \t]*,[ \t]*|[ \t]+)){7,}[0-9A-Fa-f]{2}(?![\w.])/g;
export const charCodeGate = new RegExp(
    String.raw`(?:${code}(?:[ \t]*,[ \t]*|[ \t]+)){7}${code}|(?:[0-9A-Fa-f]{2}(?:[ \t]*,[ \t]*|[ \t]+)){7}[0-9A-Fa-f]{2}`
);

/**
 * Runs of character codes in `text` from `from` whose decoded text holds a value: `read` finds the
 * values from `skip` in a decoded text between the words around the run, which it may need ("// 연락처").
 */
export function charCodeRuns(
    text: string,
    from: number,
    read: (decoded: string, skip: number) => PiiFinding[]
): PiiFinding[] {
    const out: PiiFinding[] = [];
    for (const [pattern, radix] of [
        [run, 10],
        [hexRun, 16]
    ] as const) {
        pattern.lastIndex = from;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
            const codes = m[0].split(/[ \t,]+/).map((c) => (radix === 16 ? parseInt(c, 16) : Number(c)));
            if (codes.some((c) => c < 32 || c > 126)) continue;
            const finding = readRun(text, m, String.fromCharCode(...codes), read);
            if (finding !== undefined) out.push(finding);
        }
    }
    return out;
}

/** The value in a run's decoded text, read between the words around the run; the whole run is that value. */
function readRun(
    text: string,
    m: RegExpExecArray,
    decoded: string,
    read: (decoded: string, skip: number) => PiiFinding[]
): PiiFinding | undefined {
    // The words around the run, not its code ("fromCharCode(" would put the value in a call's arguments).
    const words = (s: string) => s.replace(/[^\p{L}\p{N}\s]+/gu, " ").replace(/\s+/g, " ");
    const before = words(text.slice(Math.max(0, m.index - 48), m.index));
    const after = words(text.slice(m.index + m[0].length, m.index + m[0].length + 48));
    const inner = read(`${before}\n${decoded}\n${after}`, before.length + 1).filter(
        (f) => f.start < before.length + 1 + decoded.length
    );
    return wholeSpan(inner, m.index, m.index + m[0].length, "charcodes");
}

/** Nine numeric character references or more in a row (&#55;&#57;…, &#x37;…). */
const entityRun = /(?:&#(?:\d{2,3}|[xX][0-9A-Fa-f]{2});){9,}/g;

/**
 * A number written as HTML character references (issue 14; set 96: an account "&#55;&#57;&#55;&#57;&#45;…"
 * in a <td> or a hidden input). The view decodes them, and a value that says what it is (an RRN, a phone
 * number) is found there; a number of an account's shape, 10 to 14 digits in three or four groups, says
 * nothing alone, but nobody spells a figure in references but to hide it: it is read as an account.
 */
export function entityNumbers(text: string, from: number): PiiFinding[] {
    const out: PiiFinding[] = [];
    entityRun.lastIndex = from;
    for (let m = entityRun.exec(text); m !== null; m = entityRun.exec(text)) {
        const decoded = m[0].replace(/&#([xX]?)([0-9A-Fa-f]+);/g, (_, x: string, n: string) =>
            String.fromCharCode(parseInt(n, x === "" ? 10 : 16))
        );
        const digits = decoded.replace(/-/g, "").length;
        if (/^\d{2,6}(?:-\d{2,7}){2,3}$/.test(decoded) && digits >= 10 && digits <= 14)
            out.push({
                type: "BANK_ACCOUNT",
                start: m.index,
                end: m.index + m[0].length,
                score: 0.8,
                rule: "bank_account.character_references"
            });
    }
    return out;
}
