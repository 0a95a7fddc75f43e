// 법인등록번호 (corporate registration number): 13 digits with their own check digit.
// A number that reads as a person's (a birth date, no 법인 nearby) is left to rrn.ts / frn.ts.
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";
import { corporateContext, crnCheck, isPersonal, parseThirteen, thirteenDigits } from "./thirteenDigits";

export const koreanCorporateNumber = patternRecognizer({
    needsDigit: true,
    type: "KR_CRN",
    mayMatch: (text) => /\d{6}/.test(text),
    patterns: [{ id: "thirteen", regex: thirteenDigits }],
    context: corporateContext,
    validate({ match, near }) {
        if (isPlaceholder(match[0])) return undefined;
        const corporate = near(match.index, match.index + match[0].length);
        const parsed = parseThirteen(match[0]);
        if (isPersonal(parsed, corporate) || !crnCheck(parsed.digits)) return undefined;
        // One number in ten passes this check digit: without a hyphen it needs the word 법인.
        if (!corporate && match[2] !== "-") return undefined;
        return { score: corporate ? 1 : 0.6, rule: `kr_crn.checksum${corporate ? "+context" : ""}` };
    }
});
