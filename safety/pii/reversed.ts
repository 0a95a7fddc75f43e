// Values written backwards, as a model writes one it was asked to disguise ("거꾸로 읽으세요"; found
// from outside): a mobile number read from its end ("8765-4321-010") and a resident registration
// number reversed whole ("7654321-417029" is 920714-1234567). Each is read back to front and must
// then be a valid value: a mobile prefix, or a birth date with its check digit.
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";
import { parseThirteen, rrnCheck } from "./thirteenDigits";

const reverse = (value: string) => Array.from(value).reverse().join("");

export const reversedPhone = patternRecognizer({
    needsDigit: true,
    type: "PHONE",
    mayMatch: (text) => /\d{3}[-. ]\d/.test(text),
    // 4 digits, 3 or 4, then a mobile prefix reversed (010 -> 010, 011 -> 110, 016 -> 610 …),
    // or the groups alone in reverse order, each read forwards ("5678-1234-011", "2348-1843-02").
    patterns: [
        { id: "reversed", regex: /(?<![\d-])\d{4}([-. ])\d{3,4}\1(?:[016789]10|01[016789]|0[2-6]\d?)(?![\d]|[-.]\d)/g }
    ],
    // Only where a word says phone or backwards: "2024-0115-010" is a build tag.
    context: /연락처|전화|번호|폰|핸드폰|휴대|phone|tel|mobile|거꾸로|역순|뒤집|반대로|reverse|backwards/i,
    contextWindow: 40,
    validate({ match, near }) {
        if (isPlaceholder(match[0]) || !near(match.index, match.index + match[0].length)) return undefined;
        // An exchange of 000 or 0000 is no one's, read either way ("010-0000-0081"; phone.ts).
        if (/[-. ]0{3,4}[-. ]/.test(match[0])) return undefined;
        return { score: 0.85, rule: "phone.reversed" };
    }
});

export const reversedResidentNumber = patternRecognizer({
    needsDigit: true,
    type: "KR_RRN",
    mayMatch: (text) => /\d{7}[- ]\d{6}/.test(text),
    patterns: [{ id: "reversed", regex: /(?<![\d-])\d{7}[- ]\d{6}(?![\d]|-\d)/g }],
    validate({ match }) {
        // Read backwards whole, or its two parts swapped ("1385621-861207" is 861207-1385621).
        const digits = match[0].replace(/\D/g, "");
        for (const reading of [reverse(digits), digits.slice(7) + digits.slice(0, 7)]) {
            const parsed = parseThirteen(reading);
            // The check digit too: a 7 + 6 number read either way is a date by chance one time in ten.
            if (parsed.birthDate && parsed.gender <= 4 && rrnCheck(parsed.digits))
                return { score: 0.85, rule: "kr_rrn.reversed" };
        }
        return undefined;
    }
});
