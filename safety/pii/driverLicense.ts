// 운전면허번호: RR-YY-NNNNNN-CC with a region code (11-28), or the region's name.
import { inCodePosition, isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";
import { validDate } from "./thirteenDigits";

const regionCodes = new Set([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28]);

/** YYYYMMDDhhmm: a time stamp, not a licence. */
function looksLikeDateTime(digits: string): boolean {
    const year = Number(digits.slice(0, 4));
    const month = Number(digits.slice(4, 6));
    const day = Number(digits.slice(6, 8));
    return (
        year >= 1900 &&
        year <= 2099 &&
        validDate(year % 100, month, day, year - (year % 100)) &&
        Number(digits.slice(8, 10)) < 24 &&
        Number(digits.slice(10, 12)) < 60
    );
}

export const koreanDriverLicense = patternRecognizer({
    needsDigit: true,
    type: "KR_DRIVER_LICENSE",
    mayMatch: (text) => /\d{2}/.test(text),
    patterns: [
        {
            id: "numeric",
            regex: /(?<![0-9A-Za-z.+*-])(?<![^가-힣]:)(\d{2})([- :*.]?)(\d{2})\2(\d{6})\2(\d{2})(?![0-9A-Za-z]|[-:*.]\d)/g
        },
        {
            id: "named",
            // The digits after the region's name (the name may lie in the segment before: only spans
            // that start in a segment are reported, so the name is read behind, not matched).
            // Its groups joined by "-", or by spaces or dots ("인천 24 743958 21", with a word that says licence).
            regex: /(?<=(?:서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종)\s?)(\d{2})([- .])(\d{6})\2(\d{2})(?![0-9A-Za-z])/g
        }
    ],
    context: /면허|운전|driver|licen[cs]e/i,
    validate({ match, id, near }) {
        if (id === "named") {
            if (match[2] !== "-" && !near(match.index, match.index + match[0].length)) return undefined;
            return { score: 0.9, rule: "kr_driver_license.named_region" };
        }
        const context = near(match.index, match.index + match[0].length);
        // A code outside the list (27, retired) counts only where a word says licence.
        const region = Number(match[1]);
        if (!(regionCodes.has(region) || (context && region >= 11 && region <= 28)) || isPlaceholder(match[0]))
            return undefined;
        if (match[2] === "" && !context && looksLikeDateTime(match[0])) return undefined;
        // Groups joined by ":", "*" or "." are a shape ("25*43*604021*82") unless a word says licence.
        if (/[:*.]/.test(match[2]) && !context) return undefined;
        // Twelve bare digits in code or after an id, without a licence word: an id (order_id: …, 주문
        // 148194179472, an AWS account in an ARN or a registry host).
        if (
            match[2] === "" &&
            !context &&
            (inCodePosition(match.input, match.index, match.index + match[0].length) ||
                /(?:arn:[\w:-]*|::|\bid\s*[:=#]?\s*|번호\s*[:=]?\s*|(?:주문|order|invoice|송장|거래|트랜잭션|transaction|결제|티켓|ticket|요청|request|trace|계정|account|aws)\S*\s*[:=#]?\s*)$/i.test(
                    match.input.slice(Math.max(0, match.index - 40), match.index)
                ) ||
                // An AWS account as a registry host (123456789012.dkr.ecr.…).
                /^\.(?:dkr|s3|execute-api|amazonaws)\./.test(match.input.slice(match.index + match[0].length)))
        )
            return undefined;
        return { score: context ? 1 : 0.8, rule: `kr_driver_license.region${context ? "+context" : ""}` };
    }
});
