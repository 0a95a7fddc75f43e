// What pays with a card besides its number: the security code on its back (CVC, CVV, CID, 보안코드) under
// its name, the expiry date beside a card or its code, and the first two digits of its PIN (카드
// 비밀번호 앞 2자리). Found from outside (2026-12-07): the number was redacted, "유효기간 12/28 CVC 123"
// stayed beside it, and "CVV: 482, 유효기간 11/29" passed whole. A count ("CVC 3자리", "CVV는 3 digits")
// and a date without a card near it ("쿠폰 유효기간 12/31") stay. Round 95: the code after セキュリティコード or
// 뒷면 세 자리, the expiry beside a card's own digits (no card word), and a payment line's "card / MM/YY / code".
import { luhn } from "./creditCard";
import { patternRecognizer } from "./recognizer";

/** From a name to its digits: a particle, a colon, quotes, a cell's "|". */
const toValue = String.raw`(?:\s*(?:번호|코드|code|number))?(?:\s*(?:는|은|이|가))?[^\d\n가-힣A-Za-z]{0,6}`;
/** What makes a number a count or a measure, not the code. */
const notCode = String.raw`(?![\d]|[.,]\d|\s*(?:자리|자(?![가-힣])|digits?|개|번째|%|회|년|월|일))`;
const cardNear = /카드|card|cvc|cvv|결제|payment|visa|master|amex|\d{4}[ -]?\d{4,6}[ -]?\d{4,5}/i;
/** A card's digits just before (the view reads "4532…0465 / 12/28 / 933" as "4532…0465-12-28-933"). */
const cardBefore = /(?<![\d-])\d(?:-?\d){12,18}$/;
const cardDigitsNear = /cvc|cvv|보안\s*코드|\d{4}[ -]?\d{4,6}[ -]?\d{4,5}/i;
const testCard = /테스트\s*카드|test\s*card|4242[ -]?4242/i;

export const cardSecurityCode = patternRecognizer({
    needsDigit: true,
    type: "CREDIT_CARD",
    mayMatch: (segment, text) =>
        /\d{2}/.test(segment) &&
        /cv|보안|유효|만료|exp|valid|비밀\s*번호|pin|セキュリティ|뒷면|\d{4}[ -]?\d{4}[ -]?\d{4}/i.test(text),
    patterns: [
        {
            id: "code",
            regex: new RegExp(
                String.raw`(?<![A-Za-z])(?:CVC2?|CVV2?|보안\s*코드|security\s*code|セキュリティ\s*コード|뒷면\s*(?:세|3|네|4)\s*자리(?:\s*(?:숫자|번호))?|card[_-]?(?:cvc|cvv)|cvc[_-]?code)${toValue}(?<![\d.-])(\d{3,4})${notCode}`,
                "gi"
            )
        },
        {
            // MM/YY (the view may read "12-28").
            id: "expiry",
            regex: new RegExp(
                String.raw`(?:유효\s*기간|만료\s*(?:일|기간|월)?|exp(?:iry|iration)?(?:\s*date)?|valid\s*thru)${toValue}(?<![\d.-])((?:0[1-9]|1[0-2])\s?[/-]\s?(?:\d{2}|20\d{2})|(?:0[1-9]|1[0-2])\d{2}(?=\s*(?:$|[\n,;)]))|(?:20)?\d{2}\s*년\s*(?:0?[1-9]|1[0-2])\s*월|(?:0?[1-9]|1[0-2])\s*월\s*(?:20)?\d{2}\s*년)(?![\d]|\s?[/-]\s?\d|[.,]\d)`,
                "gi"
            )
        },
        {
            // A payment API's fields (exp_month=1&exp_year=2031, "exp_year": 2030; round 111).
            id: "expiry_field",
            regex: /(?<![A-Za-z])(?:card\[)?exp(?:iry|iration)?[_-]?(?:month|year|mm|yy|yyyy)\]?["']?\s*[=:]\s*["']?(\d{1,4})(?!\d)/gi
        },
        {
            // A payment line: the card, its expiry, its code, slashes between ("… / 12/28 / 933"; round 95).
            id: "after_card",
            regex: /(?<=\d)-((?:0[1-9]|1[0-2])-(?:\d{2}|20\d{2}))(?:-\d{3,4})?(?![\d]|[.,-]\d)/g
        },
        {
            id: "pin",
            regex: /(?:비밀\s*번호|PIN)\s*앞\s*(?:2|두)\s*자리\s*(?:는|은|:)?\s*(?<!\d)(\d{2})(?!\d)/gi
        }
    ],
    validate({ match, id, text }) {
        const end = match.index + match[0].length;
        let start = end - match[1].length;
        if (id === "after_card") {
            const card = cardBefore.exec(text.slice(Math.max(0, match.index - 24), match.index));
            const digits = card === null ? [] : card[0].replace(/-/g, "").split("").map(Number);
            if (digits.length < 13 || !luhn(digits)) return undefined;
            start = match.index + 1;
        }
        // The expiry and the PIN's digits are a card's only beside one (its word, its number, its code).
        const before = text.slice(Math.max(0, match.index - 80), end);
        if (id !== "code" && id !== "after_card" && !cardNear.test(before)) return undefined;
        // A date said in 년 and 월 is a card's only beside its digits or its code ("카드 혜택 만료일은 2025년 12월" stays).
        if (match[1].includes("년") && !cardDigitsNear.test(before)) return undefined;
        // A processor's test card takes any code and date (a guide's "4242 4242 4242 4242, CVC 아무거나").
        if (testCard.test(before)) return undefined;
        return { score: 0.8, rule: `credit_card.${id}`, start, end };
    }
});
