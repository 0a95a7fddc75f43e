// A value masked so little that it is still the value (found from outside, 2026-12-06): a resident
// number or a card with only its last one or two digits starred ("500606-201425*",
// "4890-1396-6617-194*", a Korean domestic card's 9410-… and a resident number without its hyphen,
// "73091719420**": set 83) — the check digit, which the rest computes. A mask that hides the part that
// identifies ("900101-1******", "4890-****-****-1234") is left alone: it is how values are shown.
import { patternRecognizer } from "./recognizer";

const star = "[*xX●•＊]";

export const partlyMaskedResidentNumber = patternRecognizer({
    needsDigit: true,
    type: "KR_RRN",
    mayMatch: (segment) => /\d{4}/.test(segment),
    patterns: [
        {
            id: "last-masked",
            regex: new RegExp(
                `(?<![\\d*])\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?:\\s?-\\s?)?[1-8]\\d{4,5}${star}{1,2}(?![\\d*xX●•＊])`,
                "g"
            )
        },
        // Also (found from outside, 2026-12-07) one or two stars anywhere else ("57*116-1300658",
        // "7102**-1416610"): eleven digits or more still shown are the number.
        {
            id: "some-masked",
            regex: new RegExp(
                `(?<![\\d*])(?:\\d|${star}){6}\\s?-\\s?(?:[1-8]|${star})(?:\\d|${star}){6}(?![\\d*xX●•＊])`,
                "g"
            )
        }
    ],
    validate({ match }) {
        // Twelve or more of the thirteen digits are shown (eleven where the stars lie elsewhere).
        const digits = match[0].replace(/\D/g, "").length;
        return digits >= 11 && digits < 13 ? { score: 0.8, rule: "kr_rrn.last_masked" } : undefined;
    }
});

export const partlyMaskedCard = patternRecognizer({
    needsDigit: true,
    type: "CREDIT_CARD",
    mayMatch: (segment) => /\d{4}/.test(segment),
    patterns: [
        {
            id: "last-masked",
            regex: new RegExp(
                `(?<![\\d*])[3-69]\\d{3}([ -]?)\\d{4}\\1\\d{4}\\1\\d{2,3}${star}{1,2}(?![\\d*xX●•＊])`,
                "g"
            )
        },
        // Also (found from outside, 2026-12-07) one or two stars inside a group ("4985-32**-8596-7527",
        // "2422 1190 28•• 8363"): fourteen digits shown of sixteen, in four groups of four.
        {
            id: "some-masked",
            regex: new RegExp(
                `(?<![\\d*])[2-69](?:\\d|${star}){3}([ -])(?:(?:\\d|${star}){4}\\1){2}(?:\\d|${star}){4}(?![\\d*xX●•＊])`,
                "g"
            )
        }
    ],
    validate({ match }) {
        const digits = match[0].replace(/\D/g, "").length;
        return digits >= 14 && digits < 16 ? { score: 0.7, rule: "credit_card.last_masked" } : undefined;
    }
});
