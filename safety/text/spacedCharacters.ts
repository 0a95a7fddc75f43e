/**
 * A key or an address written one character at a time (`s k - p r o j - 4 f …`, found from
 * outside): the view reads the run joined, so the recognizers see the token. Only a long run of
 * single characters of a token's alphabet, each after one space, holding a letter and a digit:
 * digits alone are the digit pass's (normalize.ts), and words spaced for emphasis hold no digit.
 * Also a number written a digit at a time between signs (0.1.0.3.9.3.6.4.4.0.4): the signs go.
 */

/** A Korean passport number spaced one character at a time: M 1 2 3 A 4 5 6 7 or M 1 2 3 4 5 6 7 8. */
const spacedPassportSource = String.raw`(?<![A-Za-z0-9] ?)[MSRODGmsrodg](?: \d){3} (?:[A-Za-z]|\d)(?: \d){4}(?! ?[A-Za-z0-9])`;
const spacedPassport = new RegExp(spacedPassportSource, "g");

/** Nine single digits or more, each after the same sign: 0.1.0.3.9.3.6.4.4.0.4, 0-1-0-2-4-6-9-4-2-9-2. */
const signedDigitsSource = String.raw`(?<![\d.,/_-])\d([-._/,·])\d(?:\1\d){7,}(?![\d]|[-._/,·]\d)`;
const signedDigits = new RegExp(signedDigitsSource, "g");

/** 16 single characters at least (a regex source: normalize's trigger). */
export const spacedCharactersTrigger = String.raw`(?:[A-Za-z0-9@._+/=-] ){15}[A-Za-z0-9@._+/=-]|${spacedPassportSource}|(?:\d[-._/,·]){8}\d`;
// Between spaces, or inside quotes or brackets ("s k - …", [s k - …]); a full stop may end it.
const spacedRun = /(?<![^\s"'`([{:=])(?:[A-Za-z0-9@._+/=-] ){15,}[A-Za-z0-9@._+/=-](?=$|[\s"'`,;)\]}]|[.!?](?:\s|$))/g;

/** The spaces inside each such run, each a replacement with nothing. */
export function spacedCharacterGaps(text: string): Array<{ start: number; end: number; with: string }> {
    const out: Array<{ start: number; end: number; with: string }> = [];
    spacedRun.lastIndex = 0;
    for (let m = spacedRun.exec(text); m !== null; m = spacedRun.exec(text)) {
        if (!/\d/.test(m[0]) || !/[A-Za-z]/.test(m[0])) continue;
        for (let i = 1; i < m[0].length; i += 2) out.push({ start: m.index + i, end: m.index + i + 1, with: "" });
    }
    // (Not an address of four groups, nor an OID: its groups are longer than one digit somewhere.)
    signedDigits.lastIndex = 0;
    for (let m = signedDigits.exec(text); m !== null; m = signedDigits.exec(text))
        for (let i = 1; i < m[0].length; i += 2) out.push({ start: m.index + i, end: m.index + i + 1, with: "" });
    spacedPassport.lastIndex = 0;
    for (let m = spacedPassport.exec(text); m !== null; m = spacedPassport.exec(text))
        for (let i = 1; i < m[0].length; i += 2) out.push({ start: m.index + i, end: m.index + i + 1, with: "" });
    return out;
}
