// Korean bank accounts: digits and dashes, so only with a context word (계좌, a bank's name).
import { isPlaceholder } from "./context";
import { isDottedQuad } from "./ipAddress";
import { patternRecognizer } from "./recognizer";

/** A unit after a number: an amount or a count, not an account (not the first syllable of a word: 개발팀, 회사). */
const unit = String.raw`\s*(?:원|달러|건(?![강물설])|개(?![발선요인편념방최설정])|명(?![세의령])|%|회(?![사원의계신])|번째)`;

export const bankAccount = patternRecognizer({
    needsDigit: true,
    type: "BANK_ACCOUNT",
    mayMatch: (text) => /\d{2,}/.test(text),
    patterns: [
        {
            // An IBAN (KR39 1619 4188 9417 5499): two letters, two check digits, then groups of four;
            // whole, so that no group is left beside the placeholder. (The normalised view may set a
            // space between the letters and a zero: "KR 08 …".)
            id: "iban",
            regex: /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g
        },
        {
            id: "account",
            // Groups joined by "-", or (with the context word this needs) by spaces, "*" or "." ("966.5131.3011.99"
            // under 입금 계좌; not an IPv4 address); not by ":" (ratios), nor before a unit ("입금액 541.832.2938원").
            regex: new RegExp(
                String.raw`(?<![\d.*\w-])(?<![^가-힣]:)\d{2,6}([- \t*.])\d{2,6}\1\d{2,7}(?:\1\d{1,3})?(?!\d|\.\d|[-*]\d|${unit})|(?<![\d.\w-])\d{10,14}(?!\d|\.\d|${unit})`,
                "g"
            )
        }
    ],
    context:
        /계좌|입금|송금|이체|예금주|통장|account|\bacct|iban|은행|뱅크|bank|konto|compte|cuenta|conta\b|口座|账号|账户|帳號|tài\s*khoản|счёт|счет|농협|신협|새마을금고|우체국|국민|신한|우리|하나|기업|수협|씨티|SC제일|카뱅|토뱅|케뱅|(?<![A-Za-z])SC(?![A-Za-z])/i,
    contextWindow: 24,
    validate({ match, id, near }) {
        // "010-0000-0000", "110-000-000000": nothing but zeros after the first group is an example.
        if (isPlaceholder(match[0]) || /^\d+(?:[-\s.]0+)+$/.test(match[0])) return undefined;
        if (id === "iban") {
            // Its check digits (ISO 13616, mod 97) make it one without a word; else the word must be there.
            if (ibanCheck(match[0])) return { score: 0.95, rule: "bank_account.iban" };
            if (!/\d{4}/.test(match[0]) || !near(match.index, match.index + match[0].length)) return undefined;
            return { score: 0.85, rule: "bank_account.iban+context" };
        }
        const digits = match[0].replace(/\D/g, "").length;
        if (match[1] === "." && isDottedQuad(match[0])) return undefined;
        if (digits < 10 || digits > 16 || !near(match.index, match.index + match[0].length)) return undefined;
        // "AWS account ID: 210987654321", "account_id": an identifier of an account, not a bank's.
        const before = match.input.slice(Math.max(0, match.index - 24), match.index);
        // An AWS account in a command's output or an ARN on the same line (aws sts get-caller-identity).
        const line = match.input.slice(match.input.lastIndexOf("\n", match.index) + 1, match.index);
        if (/\baws\b|\bsts\b|arn:aws|\biam\b/i.test(line)) return undefined;
        if (
            /(?:\baws|\bcloud|\bgcp|\bazure|\bproject|\bapp|\buser|\bgithub|\bgoogle|계정)\s*(?:account|계정)?\s*(?:id|번호|ID)?\s*[:=]?\s*$|account[_ ]?id\s*[:=]?\s*["']?$|\bid\s*[:=]\s*$/i.test(
                before
            )
        )
            return undefined;
        return { score: 0.85, rule: "bank_account.context" };
    }
});

/** ISO 13616: the country and check digits moved to the end, letters as 10-35, the number mod 97 is 1. */
function ibanCheck(value: string): boolean {
    const compact = value.replace(/[ -]/g, "");
    if (compact.length < 15 || compact.length > 34) return false;
    let rest = 0;
    for (const char of compact.slice(4) + compact.slice(0, 4)) {
        const code = char.charCodeAt(0);
        const number = code >= 65 ? String(code - 55) : char;
        for (const digit of number) rest = (rest * 10 + Number(digit)) % 97;
    }
    return rest === 1;
}
