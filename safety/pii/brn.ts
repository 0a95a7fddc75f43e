// 사업자등록번호 (business registration number): NNN-NN-NNNNN with a check digit.
import { digitsOf, isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";

const brnCheck = (d: number[]) => {
    const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += d[i] * weights[i];
    sum += Math.floor((d[8] * 5) / 10);
    return (10 - (sum % 10)) % 10 === d[9];
};

export const koreanBusinessNumber = patternRecognizer({
    needsDigit: true,
    type: "KR_BRN",
    mayMatch: (text) => /\d{3}/.test(text),
    patterns: [{ id: "brn", regex: /(?<![0-9A-Za-z.+:*-])(\d{3})([- :*.]?)(\d{2})\2(\d{5})(?![0-9A-Za-z]|[-:*.]\d)/g }],
    context: /사업자|등록번호|business|\bBRN\b|사업자번호|\bbiz[\s_-]*(?:no|num|number|reg)|tax[\s_-]*id/i,
    validate({ match, near }) {
        if (isPlaceholder(match[0]) || !brnCheck(digitsOf(match[0]))) return undefined;
        const context = near(match.index, match.index + match[0].length);
        // Joined by ":", "*" or ".": a ratio or a shape ("579:55:66134") unless a word says what it is.
        if (/[:*.]/.test(match[2]) && !context) return undefined;
        // "amount=4663697247", "총 5230195763원": an amount, whatever its digits.
        if (
            match[2] === "" &&
            !context &&
            /(?:amount|price|total|sum|balance|fee|cost|금액|가격|합계|총액|총|잔액|요금)\s*[:=]?\s*$/i.test(
                match.input.slice(Math.max(0, match.index - 16), match.index)
            )
        )
            return undefined;
        if (
            match[2] === "" &&
            /^\s*(?:원|만\s*원|억|달러|엔|위안|건|개|명|회|%|KRW|USD|won\b)/i.test(match.input.slice(match.index + 10))
        )
            return undefined;
        // Ten bare digits without a word for them: a timestamp, a build, a byte count or a PR number
        // (one in ten passes the check digit by chance; found from outside: "빌드 #9944074348").
        if (match[2] === "" && !context) return undefined;
        return { score: context ? 1 : 0.9, rule: `kr_brn.checksum${context ? "+context" : ""}` };
    }
});
