/**
 * Gaps inside a value that the digit-group pass does not read (text/normalize.ts calls these):
 *
 * - a colon between a value's groups (`850714:1234567`, `010:8765:4321`): read as "-" only when
 *   the groups have a value's shape (times, ports and IPv6 groups do not);
 * - a label glued right before a value (`tel010-1234-5678`, `rrn850714-1234567`,
 *   `card4630123412341234`): the view puts a space between the word and the value, so the
 *   recognizers see a value that starts a word, and the label as a context word. Not after a run of
 *   hex letters (a hash's digits are not a value) and not inside an identifier (`_`, digits before).
 */
import { valueShape } from "./labelledGroups";

interface Replacement {
    start: number;
    end: number;
    with: string;
}

/** The digits of a value a label may be glued to: a Korean phone number, a 6 + 7 number, a card. */
const gluedValue = String.raw`(?:0\d{1,2}[-. ]?\d{3,4}[-. ]?\d{4}|\+?82[-. ]?\d{1,2}[-. ]?\d{3,4}[-. ]?\d{4}|\d{6}[-: ]?\d{7}|\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{1,7})`;
const gluedLabel = new RegExp(String.raw`(?<![A-Za-z0-9_])[A-Za-z]{1,10}(?=${gluedValue}(?![\dA-Za-z]|-\d))`, "g");
const colonGroups =
    /(?<![\d:.A-Za-z])(\d{2,6})[ \t]*:[ \t]*(\d{3,7})(?:[ \t]*:[ \t]*(\d{4}))?(?:[ \t]*:[ \t]*(\d{4}))?(?![\d:]|\.\d)/g;
const colonGap = /[ \t]*:[ \t]*/g;

/** What normalize must read in full for these gaps (a regex source for its trigger). */
export const valueGapTrigger = String.raw`[A-Za-z]${gluedValue}|\d[ \t]*:[ \t]*\d{3}`;

/** Where the view reads a colon as "-" and where it inserts a space after a glued label. */
export function valueGapReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    if (text.includes(":")) {
        colonGroups.lastIndex = 0;
        for (let m = colonGroups.exec(text); m !== null; m = colonGroups.exec(text)) {
            // Groups that did not take part are undefined at run time (the type says string).
            const groups = (m.slice(1) as Array<string | undefined>).filter((g): g is string => g !== undefined);
            if (!valueShape(groups)) continue;
            colonGap.lastIndex = 0;
            for (let g = colonGap.exec(m[0]); g !== null; g = colonGap.exec(m[0]))
                out.push({ start: m.index + g.index, end: m.index + g.index + g[0].length, with: "-" });
        }
    }
    gluedLabel.lastIndex = 0;
    for (let m = gluedLabel.exec(text); m !== null; m = gluedLabel.exec(text)) {
        // A hex run before digits is a hash or a hex literal, not a label ("cc" aside: a card).
        if (/^[A-Fa-f]+$/.test(m[0]) && !/^cc$/i.test(m[0])) continue;
        const at = m.index + m[0].length;
        out.push({ start: at, end: at, with: " " });
    }
    return out;
}
