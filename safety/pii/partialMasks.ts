// A value masked so little that it is still the value (found from outside, 2026-12-06): a resident
// number or a card with only its last one or two digits starred ("500606-201425*",
// "4890-1396-6617-194*") — the check digit, which the rest computes. A mask that hides the part that
// identifies ("900101-1******", "4890-****-****-1234") is left alone: it is how values are shown.
import { patternRecognizer } from "./recognizer";

const star = "[*xX●•＊]";

export const partlyMaskedResidentNumber = patternRecognizer({
    type: "KR_RRN",
    mayMatch: (segment) => /\d{4}/.test(segment),
    patterns: [
        {
            id: "last-masked",
            regex: new RegExp(
                `(?<![\\d*])\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\s?-\\s?[1-8]\\d{4,5}${star}{1,2}(?![\\d*xX●•＊])`,
                "g"
            )
        }
    ],
    validate({ match }) {
        // Twelve or more of the thirteen digits are shown.
        return match[0].replace(/\D/g, "").length >= 11 ? { score: 0.8, rule: "kr_rrn.last_masked" } : undefined;
    }
});

export const partlyMaskedCard = patternRecognizer({
    type: "CREDIT_CARD",
    mayMatch: (segment) => /\d{4}/.test(segment),
    patterns: [
        {
            id: "last-masked",
            regex: new RegExp(
                `(?<![\\d*])[3-6]\\d{3}([ -]?)\\d{4}\\1\\d{4}\\1\\d{2,3}${star}{1,2}(?![\\d*xX●•＊])`,
                "g"
            )
        }
    ],
    validate({ match }) {
        return match[0].replace(/\D/g, "").length >= 14 ? { score: 0.7, rule: "credit_card.last_masked" } : undefined;
    }
});
