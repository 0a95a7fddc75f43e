// A passport's machine-readable zone (ICAO 9303, TD3): the second line of 44 characters holds the document
// number, nationality, birth date, sex and expiry, each number with its check digit. Found from outside
// (2026-12-07): MRZ lines pasted under "MRZ:" or into a parser's bug report passed whole, their number in
// them. The line is read as a passport number when the number's and the birth date's check digits hold,
// so a row of a table that merely has the shape stays.
import { patternRecognizer } from "./recognizer";

/** ICAO 9303's check digit of `field`: digits as themselves, A-Z as 10-35, "<" as 0, weighted 7, 3, 1. */
function checkDigit(field: string): number {
    let sum = 0;
    for (let i = 0; i < field.length; i++) {
        const c = field.charCodeAt(i);
        const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
        sum += value * [7, 3, 1][i % 3];
    }
    return sum % 10;
}

export const machineReadableZone = patternRecognizer({
    needsDigit: true,
    type: "KR_PASSPORT",
    // The line's filler "<" and a birth date's six digits.
    mayMatch: (segment) => /\d{6}/.test(segment) && segment.includes("<"),
    patterns: [
        {
            id: "td3",
            regex: /(?<![A-Z0-9<])([A-Z0-9<]{9})(\d)[A-Z<]{3}(\d{6})(\d)[MFX<]\d{6}\d[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])/g
        }
    ],
    validate({ match }) {
        const [, number, numberCheck, birth, birthCheck] = match;
        return checkDigit(number) === Number(numberCheck) && checkDigit(birth) === Number(birthCheck)
            ? { score: 0.85, rule: "passport.mrz" }
            : undefined;
    }
});
