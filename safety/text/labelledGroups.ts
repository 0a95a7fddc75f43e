/**
 * A value's groups given as labelled fields, one after the other: YAML or `.env` lines
 * (`front: 920417⏎back: 1538261`, `앞자리: 920417⏎뒷자리: 1538261`), a list of keys, or a JSON
 * object (`{"p1": "010", "p2": "1234", "p3": "5678"}`). The view joins the groups with a space only
 * when together they have a value's shape — 6 + 7 digits (a resident or foreigner number), a
 * phone number's 2-3 / 3-4 / 4 digits after a 0, a card's four groups of four — so `width: 1920⏎
 * height: 1080` stays two numbers; the recognizers then still check the value (birth date, check
 * digit, number plan, Luhn). The segmenter keeps such fields together.
 */

/** A field's name: a word (Latin, Hangul, digits after the first letter), quoted or not. */
const label = String.raw`["']?[A-Za-z\uAC00-\uD7A3_][^:=|\n"'{}\s]{0,39}["']?`;
/**
 * From one field's digits to the next field's name: a line break or a comma, the next name (after a
 * list marker or a table row's "|") and what ends it, ":" / "=" or a table's "|".
 */
const toName = String.raw`["']?[ \t]*\|?[ \t]*(?:[,;][ \t]*\r?\n?|\r?\n)[ \t]*(?:[-*][ \t]+|\|[ \t]*)?${label}`;
const fieldGap = String.raw`${toName}[ \t]*[:=|][ \t]*["']?`;
/** A field of digits, then the next one's name (a regex source: normalize's trigger). */
export const labelledFieldsSource = String.raw`[:=|][ \t]*["']?\d{2,7}${fieldGap}\d`;
const labelledFields = new RegExp(
    String.raw`(?<=[:=|][ \t]*["']?)(\d{2,7})(${fieldGap})(\d{2,7})(?:(${fieldGap})(\d{2,7}))?(?:(${fieldGap})(\d{4}))?(?![\d])`,
    "g"
);

/** Whether the groups have the shape of a value the recognizers read. */
export function valueShape(groups: readonly string[], whole = false): boolean {
    // Every shape has four groups at most: a long run ("0⏎0⏎0⏎…") is read in O(1) per group.
    if (groups.length > 4) return false;
    const lengths = groups.map((g) => g.length).join(",");
    if (lengths === "6,7") return true;
    if (groups.length === 3 && groups[0].startsWith("0") && /^(?:2|3),(?:3|4),4$/.test(lengths)) return true;
    // One run: 13 digits (a resident number, checked) or a mobile number's 11.
    if (whole && (lengths === "13" || (lengths === "11" && groups[0].startsWith("01")))) return true;
    return lengths === "4,4,4,4";
}

/**
 * Whether the quoted joint after group `k` separates two whole values (`["010-1234-5678",
 * "010-2345-6789"]`), not the parts of one (`"010-" + "2345-6789"`, `["010", "1234", "5678"]`).
 */
export function listOfValues(groups: readonly string[], quoted: readonly boolean[], k: number, comma = false): boolean {
    let from = k;
    while (from > 0 && !quoted[from - 1]) from--;
    let to = k + 1;
    while (to < quoted.length && !quoted[to]) to++;
    // A comma between two strings joins a number's parts one group each (["010", "1234", "5678"]); with
    // groups inside either string it separates a tuple's values (found from outside, 2026-12-07: VALUES (…,
    // '510104 19940714 2775', '2026-08-20') read "…27752026-08-20", the identity number lost in it), unless
    // joined they make a value (concat!("920", "114-1437291"), a licence's concat!("11-98-22", "3257-18")).
    if (comma && (from < k || to > k + 1)) {
        const joined = [...groups.slice(from, k), groups[k] + groups[k + 1], ...groups.slice(k + 2, to + 1)];
        return !valueShape(joined, true) && joined.map((g) => g.length).join(",") !== "2,2,6,2";
    }
    return valueShape(groups.slice(from, k + 1), true) && valueShape(groups.slice(k + 1, to + 1), true);
}

/**
 * Whether a quoted joint with a line break (`joint`, at `at`) ends a delimited row: the next line's first field is
 * quoted with a delimiter after it (`"…4366"⏎"59124";"…"`, a CSV export's next row), not a string continued.
 */
export function rowBreak(text: string, at: number, joint: string): boolean {
    const next = text.slice(at + joint.length, at + joint.length + 40);
    return joint.includes("\n") && !/[+|]/.test(joint) && /^\d+["'\x60][ \t]*[,;\t|]/.test(next);
}

/**
 * Whether the line break after group `k` of a run of digit groups breaks one group in two
 * ("010-39⏎47-5821", "9204⏎171538261"): read joined, the groups have a value's shape, and read
 * apart they have none.
 */
export function brokenGroup(groups: readonly string[], k: number): boolean {
    // Joined, five groups make four at most: a longer run has no value's shape either way.
    if (k + 1 >= groups.length || groups.length > 5 || valueShape(groups, true)) return false;
    const joined = [...groups.slice(0, k), groups[k] + groups[k + 1], ...groups.slice(k + 2)];
    return valueShape(joined, true);
}

/**
 * The gaps between labelled fields, read as a space: a 6 + 7 number so joined still needs its
 * check digit or a word that says what it is (as any spaced one does).
 */
export function labelledFieldGaps(text: string): Array<{ start: number; end: number; with: string }> {
    const out: Array<{ start: number; end: number; with: string }> = [];
    if (!/[:=|]/.test(text)) return out;
    labelledFields.lastIndex = 0;
    for (let m = labelledFields.exec(text); m !== null; m = labelledFields.exec(text)) {
        // Groups that did not take part are undefined at run time (the type says string).
        const parts = (m.slice(1) as Array<string | undefined>).filter((p): p is string => p !== undefined);
        const groups = parts.filter((_, k) => k % 2 === 0);
        if (!valueShape(groups)) continue;
        let at = m.index;
        for (let k = 0; k < parts.length; k++) {
            if (k % 2 === 1) out.push({ start: at, end: at + parts[k].length, with: " " });
            at += parts[k].length;
        }
    }
    return out;
}

export const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isBlankCode = (c: number) => c === 32 || c === 9;
const isQuoteCode = (c: number) => c === 34 || c === 39;

/**
 * Whether text[..before] ends in a labelled field's digits (and a comma, a line break and a list
 * marker after them): `/[:=][ \t]*["']?\d{2,7}["']?[ \t]*[,;]?\s*(?:[-*][ \t]+)?$/`, read backwards
 * from `before` (no slice: this runs at every cut after a digit).
 */
function fieldValueEndsAt(text: string, before: number, from: number): boolean {
    let i = before;
    let c = text.charCodeAt(i);
    const skip = (newlines: boolean) => {
        while (i >= from) {
            const b = text.charCodeAt(i);
            if (!isBlankCode(b) && !(newlines && (b === 10 || b === 13))) break;
            i--;
        }
        c = text.charCodeAt(i);
    };
    if (c === 45 || c === 42 || c === 124) {
        // A list marker "- " or a table row's "|" before the next name: whitespace, then the field.
        if (c !== 124 && !isBlankCode(text.charCodeAt(i + 1))) return false;
        i--;
        skip(true);
        // The table cell that held the digits ends in "|".
        if (c === 124) {
            i--;
            skip(false);
        }
    }
    if (c === 44 || c === 59) {
        i--;
        skip(false);
    }
    if (isQuoteCode(c)) i--;
    const digitsEnd = i;
    while (i >= from && isDigitCode(text.charCodeAt(i))) i--;
    if (digitsEnd - i < 2 || digitsEnd - i > 7 || i < from) return false;
    if (isQuoteCode(text.charCodeAt(i))) i--;
    skip(false);
    return i >= from && (c === 58 || c === 61 || c === 124);
}
/** A labelled field's digits, then the next field's name and ":" / "=", before a cut. */
const nextFieldBefore = new RegExp(String.raw`[:=|][ \t]*["']?\d{2,7}${fieldGap}[ \t]*$`);
/** A labelled field's digits, then the next field's name, before a cut ahead of its ":" / "=" / "|". */
const nextNameBefore = new RegExp(String.raw`[:=|][ \t]*["']?\d{2,7}${toName}[ \t]*$`);

/**
 * Whether a cut at `at` (after whitespace; `before` the last character ahead of it) would split
 * labelled fields of digits: before the next field's name, or before its digits.
 */
export function joinsLabelledFields(text: string, at: number, before: number, start: number): boolean {
    const previous = text.charCodeAt(before);
    const next = text.charCodeAt(at);
    const from = Math.max(start, at - 64);
    const fieldEnd = previous === 58 || previous === 61 || previous === 124;
    // Before the digits: a name and ":" (or a cell's "|") after a field of digits.
    if (isDigitCode(next) || isQuoteCode(next)) return fieldEnd && nextFieldBefore.test(text.slice(from, at));
    // Before what ends a name ("back = …", "| 뒷자리 | …"): the name after a field of digits.
    if (next === 58 || next === 61 || next === 124)
        return !fieldEnd && !isBlankCode(previous) && nextNameBefore.test(text.slice(from, at));
    // Before the next name: the field before ends in digits.
    if (
        isDigitCode(previous) ||
        isQuoteCode(previous) ||
        previous === 44 ||
        previous === 59 ||
        previous === 45 ||
        previous === 42 ||
        previous === 124
    )
        return /["'A-Za-z\uAC00-\uD7A3_*-]/.test(text[at]) && fieldValueEndsAt(text, before, from);
    return false;
}
