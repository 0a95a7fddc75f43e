// 차량 번호: a Korean car's registration plate ("12가 3456", "123가 4567" since 2019, "경기96모
// 6277" on the old regional plates). A plate names its owner to anyone who can look it up, and
// the owner's car wherever it parks: parking, visitor and delivery systems keep it beside a name.
// Found from outside (2026-12-06): plates in tickets, code and chat passed whole in both waves.
// The plate is two or three digits, one of the Hangul letters plates use, and four digits; a
// region before it stays (it points at millions of cars). Counts and amounts that look like it
// ("10조 2000억", "12주 3000원") end in a unit, and a unit after the four digits undoes the match.
import { plateLetters as letters } from "../text/plateJoint";
import { patternRecognizer } from "./recognizer";

/** A particle or a copula after the plate ("12가3456을 조회", "47너 2291이고"); other Hangul makes the digits a count or a word's. */
const particle = "(?:을|를|이|가|은|는|으로|로|의|에|도|와|과|번|입|인|였|요)";

export const vehiclePlate = patternRecognizer({
    needsDigit: true,
    type: "KR_VEHICLE_PLATE",
    mayMatch: (segment) => /\d/.test(segment),
    patterns: [
        {
            id: "plate",
            // Not inside a longer number, a version or a date; not after a Latin letter (a model name).
            regex: new RegExp(
                `(?<![\\d.,\\-/~A-Za-z])\\d{2,3}( ?)[${letters}]([ -]?)\\d{4}(?![\\dA-Za-z%]|[.,]\\d|(?!${particle})[가-힣]| ?(?:원|명|개|억|만|년|건|회|km|m\\b))`,
                "g"
            )
        }
    ],
    context:
        /차량|차\s*번호|번호판|차번|주차|입차|출차|정차|견인|plate|vehicle|\bcars?\b|car[\s_-]*(?:no|num)|parking|anpr/i,
    validate({ match, near }) {
        // "109나 1393으로 전화", "12주 1000번": a letter that is also a particle or a counter (weeks, degrees), a
        // space after it, counts as a plate only beside a word for a car or a plate.
        // Also (found from outside, 2026-12-07) a plate spaced on both sides of its letter ("392 보 5208") or
        // printed with a hyphen ("272주-7396"): the space before the letter, or a hyphen after one of those
        // letters, counts only beside such a word ("3 가 1234" in a list, "12주-3000" a span of weeks).
        const spaced = match[1] === " " || /^\d+ ?[가나도로고주조호수부][ -]/.test(match[0]);
        if (spaced && !near(match.index, match.index + match[0].length)) return undefined;
        return { score: 0.75, rule: "kr_vehicle_plate" };
    }
});
