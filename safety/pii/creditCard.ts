// Card numbers: 12-19 digits, an issuer prefix and the Luhn check digit. Grouped as cards print them
// (4-4-4-4, 4-6-5), or in any groups of two digits or more beside a card word (round 95: "4532-0151-1283-04-65",
// "625094 1006528599" passed).
import { digitsOf, inCodePosition, isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";

// Issuer prefixes: Visa 4, Mastercard 51-55 / 22-27, Amex 34/37, Discover / UnionPay 6, JCB 35 and
// 1800 / 2131 (15 digits), Diners 30/36/38, Maestro 50 / 56-69 (12-19 digits), UATP 1 (15 digits),
// Korean domestic 9.
function issuerOk(digits: string): boolean {
    if (digits.length === 12) return /^(?:50|5[6-9]|6)/.test(digits);
    if (digits.length === 15 && /^(?:1800|2131|1)/.test(digits)) return true;
    return /^(?:4|5[0-9]|2[2-7]|3[0-9]|6|9)/.test(digits);
}

/** (A "#" right before the number: "#2534…"; a comment's "# " at the line's start is none.) */
const idContext = /주문|송장|운송장|거래|승인|트랜잭션|order|invoice|tracking|transaction|\bid\b|_id|#\s*$|\bno\./i;

function cardGroups(groups: number[]): boolean {
    const shape = groups.join(",");
    if (shape === "4,6,5" || shape === "4,6,4") return true;
    const last = groups[groups.length - 1];
    return groups.slice(0, -1).every((g) => g === 4) && last >= 1 && last <= 4;
}

export function luhn(digits: number[]): boolean {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits[digits.length - 1 - i];
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}

/**
 * The test cards processors document for everyone to use (Stripe, Adyen, Braintree, PayPal), and the
 * shapes they share: one group of digits repeated (4242…, 1111…), or the issuer's digits then eight
 * zeros or more (4000 0000 0000 0002), with a word that says so. Found from outside: a guide's "Stripe
 * 테스트 카드 4242 …" redacted.
 */
const testCards = new Set([
    "4111111111111111",
    "4012888888881881",
    "4000056655665556",
    "5555555555554444",
    "5105105105105100",
    "5200828282828210",
    "2223003122003222",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "3056930009020004",
    "36227206271667",
    "3566002020360505",
    "6200000000000005",
    "4000002500003155",
    "4000002760003184",
    "4000000000003220"
]);
const testWord =
    /test|테스트|sandbox|샌드박스|시험용|docs?\b|문서|예시|example|stripe|토스\s*페이먼츠|card_declined|insufficient_funds|tok_visa|tok_mastercard|pm_card|3ds|incorrect_cvc|expired_card|processing_error|거절\s*케이스/i;
function testCard(digits: string): boolean {
    return testCards.has(digits) || /^(\d{1,4})\1+\d{0,3}$/.test(digits) || /0{8,}/.test(digits);
}

export const creditCard = patternRecognizer({
    needsDigit: true,
    type: "CREDIT_CARD",
    mayMatch: (text) => /\d{4}/.test(text),
    patterns: [
        // Not inside a hex string or an identifier (sha256: 88be…0923c4…): letters glued on either side.
        // (Four groups of four written with spaces may be followed by "-" and digits: a CSV's next field, its
        // comma read as a separator; with dashes, where a card word is near: "…-3456 / 10/26" reads "…-3456-10-26".)
        {
            id: "card",
            regex: /(?<![\dA-Za-z.-])(?:\d[ -]?){11,18}\d(?![\dA-Za-z]|(?<!\d{4} \d{4} \d{4} \d{4}|\d{4}-\d{4}-\d{4}-\d{4})-\d)/g
        },
        { id: "dotted", regex: /(?<![\d.])\d{4}\.\d{4}\.\d{4}\.\d{4}(?![\d]|\.\d)/g },
        // Digits unbroken, then the rest of a payment line the view joins to them ("4532…0465 / 12/28 / 933" reads
        // "4532…0465-12-28-933"): the card is the run before the first "-", where a card word is near (round 95).
        { id: "run_then_more", regex: /(?<![\dA-Za-z.-])\d{13,19}(?=-\d)/g }
    ],
    context: /카드|card|visa|master|amex|결제|credit|payment|\bpan\b|\bcc_?(?:no|num|number)?\b/i,
    validate({ match, id, near }) {
        let raw = match[0].replace(/[ -]$/, "");
        // Four groups of four, then another number ("5590-9568-8400-5750 200", "6253 5899 1237 1427 200"):
        // the card ends after its fourth group.
        const four = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?=[ -]\d)/.exec(raw);
        if (four !== null) raw = four[0];
        if (isPlaceholder(raw)) return undefined;
        const digits = digitsOf(raw);
        if (digits.length < 12 || digits.length > 19 || !issuerOk(digits.join("")) || !luhn(digits)) return undefined;
        // A payment processor's documented test card (4242 4242 4242 4242, 4000 0000 0000 0002) where a
        // word says it is one (테스트 카드, test card, the docs): no one's card.
        if (
            testCard(digits.join("")) &&
            testWord.test(match.input.slice(Math.max(0, match.index - 48), match.index + raw.length + 48))
        )
            return undefined;
        // Mixed separators ("1234-5678 9012") are not how cards are written; groups are
        // fours (the last may be shorter), or 4-6-5 / 4-6-4 (Amex, Diners).
        if (raw.includes("-") && raw.includes(" ")) return undefined;
        const end = match.index + raw.length;
        const context = near(match.index, end);
        // (Four dashed groups then "-" and digits: a payment line's expiry after the card, or a longer id.)
        if ((id === "run_then_more" || /^-\d/.test(match.input.slice(end))) && !context) return undefined;
        // Other groups (4-4-4-2-2, 6-10, 8-8) where a card word is near: how a card was read out or copied.
        const groups = raw.split(/[ .-]/).map((g) => g.length);
        if (groups.length > 1 && !cardGroups(groups) && !(context && groups.every((g) => g >= 2))) return undefined;
        // Sixteen bare digits next to 주문 / order / id are an order or transaction number.
        // An id's word comes before it (주문 …, 승인 …); after it (… 승인 거절) it is about the card.
        const before = match.input.slice(Math.max(0, match.index - 32), match.index);
        if (!context && /^\d+$/.test(raw) && idContext.test(before)) return undefined;
        // Bare digits without a card word: 15 (Amex) or 16 digits in prose; in code, or of another
        // length, a constant, a seed or an id (13 random digits pass Luhn one time in ten).
        if (
            !context &&
            /^\d+$/.test(raw) &&
            (inCodePosition(match.input, match.index, end) || (raw.length !== 15 && raw.length !== 16))
        )
            return undefined;
        return { score: context ? 1 : 0.9, rule: `credit_card.luhn${context ? "+context" : ""}`, end };
    }
});
