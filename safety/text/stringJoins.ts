/**
 * A token split into strings in code, read joined by the normalised view (text/normalize.ts;
 * found from outside): `"AKIA…" + "…"`, `'ghp_…' '…'`, `"sk-" + "proj-…"`, a template literal's
 * interpolated string (`` `AKIA${"CP5P…"}` ``), and a list of its parts joined with nothing
 * (`['AKIA', 'CP5P', …].join('')`, `''.join(['ghp_', …])`).
 */

import { isWhitespaceCode } from "./whitespace";

/** Two strings of a token's alphabet concatenated in code: `"AKIA…" + "…"`, `'ghp_…' '…'`. */
// Also a template literal's interpolated string: `AKIA${"CP5P…"}`.
// Empty strings between the parts go too: `"sk-…" + "" + "…"`.
// A password's or an address's parts hold signs too: "gksrmf" + "$19977*", "kangdw2546" + "@snu.ac.kr";
// an address's, Hangul: "최유나27" + "@우리회사.com".
export const tokenConcatenationSource = String.raw`["'\x60](?<=[A-Za-z0-9_+/=@.$*!#%&^~?가-힣-]{3}["'\x60])(?:[ \t]*(?:\+|\.\.?|\|\|)?\s*(?:""|''|\x60\x60)){0,4}[ \t]*(?:\+|\.\.?|\|\|)?\s*["'\x60](?=[A-Za-z0-9_+/=@.$*!#%&^~?가-힣-]{4})|\$\{(?<=[A-Za-z0-9_+/=-]{3}\$\{)\s*["'](?=[A-Za-z0-9_+/=-]{4})|["'](?<=[A-Za-z0-9_+/=-]{4}["'])\s*\}(?=[A-Za-z0-9_+/=-]|\x60)`;
const tokenConcatenation = new RegExp(tokenConcatenationSource, "g");
/** A quoted field with a delimiter after it (the rest of a field, after its opening quote). */
const csvField = /^[^"'\x60\n]*["'\x60][ \t]*[,;\t|]/;
/** A list of short strings of a token's alphabet joined with nothing (its list: group 1 or 2). */
const stringList = String.raw`\[((?:\s*["'][A-Za-z0-9_+/=-]{1,64}["']\s*,)+\s*["'][A-Za-z0-9_+/=-]{1,64}["']\s*,?\s*)\]`;
const emptyJoin = new RegExp(
    String.raw`${stringList}\.join\(\s*(?:""|'')\s*\)|(?:""|'')\.join\(\s*${stringList}\s*\)`,
    "g"
);
const joint = /["']\s*,\s*["']/g;
/** What normalize must read in full for a list joined with nothing (a regex source for its trigger). */
export const stringJoinTrigger = String.raw`\.join\(\s*(?:""|'')|(?:""|'')\.join\(`;

/** The quotes, operators and commas to drop (each a replacement with nothing). */
export function stringJoinReplacements(text: string): Array<{ start: number; end: number; with: string }> {
    const out: Array<{ start: number; end: number; with: string }> = [];
    tokenConcatenation.lastIndex = 0;
    for (let m = tokenConcatenation.exec(text); m !== null; m = tokenConcatenation.exec(text)) {
        // A line break with no operator before a line of delimited quoted fields ("…4366"⏎"59124";"박나래"): the
        // next row of a CSV export, not the string continued (found from outside: the first row's value was lost).
        const end = m.index + m[0].length;
        if (/\n/.test(m[0]) && !/[+.|]/.test(m[0]) && csvField.test(text.slice(end, end + 80))) continue;
        out.push({ start: m.index, end, with: "" });
    }
    // ['AKIA', 'CP5P', …].join(''), ''.join(['ghp_', …]): a list of a token's parts joined with nothing.
    emptyJoin.lastIndex = 0;
    for (let m = emptyJoin.exec(text); m !== null; m = emptyJoin.exec(text)) {
        const list = (m[1] as string | undefined) ?? m[2];
        const at = m.index + m[0].indexOf(list);
        joint.lastIndex = 0;
        for (let j = joint.exec(list); j !== null; j = joint.exec(list))
            out.push({ start: at + j.index, end: at + j.index + j[0].length, with: "" });
    }
    return out;
}

export const isQuote = (c: string | undefined) => c === '"' || c === "'" || c === "`";

/**
 * The quote that closes the last non-empty string of a concatenation, from the quote at `q`:
 * empty strings between the parts are passed over (`"sk-…" + "" + "…"`).
 */
export function pastEmpty(text: string, q: number, start: number): number {
    for (let hops = 0; hops < 4 && q - 1 >= start && text[q - 1] === text[q]; hops++) {
        let i = q - 2;
        while (i >= start && isWhitespaceCode(text.charCodeAt(i))) i--;
        for (let ops = 0; ops < 2 && i >= start && /[+.|,]/.test(text[i]); ops++) i--;
        while (i >= start && isWhitespaceCode(text.charCodeAt(i))) i--;
        if (i < start || !isQuote(text[i])) return q;
        q = i;
    }
    return q;
}

/** A hex byte of a code array ("0x2d,", "6b") ends before `i`: the next code goes with it (pii/charCodes.ts). */
export const hexCodeBefore = (text: string, i: number, start: number) =>
    i >= start + 1 &&
    /(?:0[xX][0-9A-Fa-f]{1,2}|(?<![0-9A-Za-z])(?:[0-9][A-Fa-f]|[A-Fa-f][0-9])),?$/.test(
        text.slice(Math.max(start, i - 4), i + 1)
    );
