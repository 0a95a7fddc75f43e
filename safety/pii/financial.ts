// Card numbers (Luhn) and Korean bank accounts (which need a context word: an
// account number is just digits and dashes otherwise).
import type { PiiFinding, Recognizer } from "../types";
import { digitsOf, hasContext, isPlaceholder } from "./context";

const card = /(?<![\d.-])(?:\d[ -]?){11,18}\d(?![\d]|-\d)/g;
// Issuer prefixes: Visa 4, Mastercard 51-55 / 22-27, Amex 34/37, Discover / UnionPay 6, JCB 35 and
// 1800 / 2131 (15 digits), Diners 30/36/38, Maestro 50 / 56-69 (12-19 digits), UATP 1 (15 digits),
// Korean domestic 9.
function issuerOk(digits: string): boolean {
    if (digits.length === 12) return /^(?:50|5[6-9]|6)/.test(digits);
    if (digits.length === 15 && /^(?:1800|2131|1)/.test(digits)) return true;
    return /^(?:4|5[0-9]|2[2-7]|3[0-9]|6|9)/.test(digits);
}

function luhn(digits: number[]): boolean {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits[digits.length - 1 - i]!;
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}

export const creditCard: Recognizer = {
    type: "CREDIT_CARD",
    mayMatch: (text) => /\d{4}/.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        card.lastIndex = 0;
        for (let m = card.exec(text); m !== null; m = card.exec(text)) {
            const raw = m[0].replace(/[ -]$/, "");
            if (m.index < from || isPlaceholder(raw)) continue;
            const digits = digitsOf(raw);
            if (digits.length < 12 || digits.length > 19 || !issuerOk(digits.join("")) || !luhn(digits)) continue;
            // Mixed separators ("1234-5678 9012") are not how cards are written.
            if (/-/.test(raw) && / /.test(raw)) continue;
            const context = hasContext(text, m.index, m.index + raw.length, /카드|card|visa|master|amex|결제|credit/i);
            out.push({ type: "CREDIT_CARD", start: m.index, end: m.index + raw.length, score: context ? 1 : 0.9, rule: `credit_card.luhn${context ? "+context" : ""}` });
        }
        return out;
    }
};

const bankContext = /계좌|입금|송금|이체|예금주|통장|account|iban|은행|뱅크|bank|농협|신협|새마을금고|우체국|국민|신한|우리|하나|기업|수협|씨티|SC제일/i;
const account = /(?<![\d.-])\d{2,6}-\d{2,6}-\d{2,7}(?:-\d{1,3})?(?![\d]|-\d)|(?<![\d.-])\d{10,14}(?![\d.])/g;

export const bankAccount: Recognizer = {
    type: "BANK_ACCOUNT",
    mayMatch: (text) => /\d{2,}/.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        account.lastIndex = 0;
        for (let m = account.exec(text); m !== null; m = account.exec(text)) {
            if (m.index < from || isPlaceholder(m[0])) continue;
            const digits = m[0].replace(/-/g, "").length;
            if (digits < 10 || digits > 16) continue;
            if (!hasContext(text, m.index, m.index + m[0].length, bankContext, 24)) continue;
            out.push({ type: "BANK_ACCOUNT", start: m.index, end: m.index + m[0].length, score: 0.85, rule: "bank_account.context" });
        }
        return out;
    }
};
