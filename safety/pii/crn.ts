// 법인등록번호 (corporate registration number): 13 digits with their own check digit.
// A number that reads as a person's (a birth date, no 법인 nearby) is left to rrn.ts / frn.ts.
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";
import { crnCheck, isPersonal, parseThirteen, thirteenDigits } from "./thirteenDigits";

/**
 * 법인, or the number's name in code (crn=, corp_reg_no, corpNo; set 83, 2026-12-07). Only here: the RRN and FRN
 * recognizers keep reading 법인 alone as the sign of a corporation's number.
 */
const crnContext = /법인|corp(?:orate|oration)?[\s_-]*(?:reg(?:istration)?|no\b|num(?:ber)?|id\b)|\bcrn\b/i;

export const koreanCorporateNumber = patternRecognizer({
    needsDigit: true,
    type: "KR_CRN",
    mayMatch: (text) => /\d{6}/.test(text),
    patterns: [{ id: "thirteen", regex: thirteenDigits }],
    context: crnContext,
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
