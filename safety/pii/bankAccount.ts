// Korean bank accounts: digits and dashes, so only with a context word (계좌, a bank's name).
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";

/** A unit after a number: an amount or a count, not an account. */
const unit = String.raw`\s*(?:원|달러|건|개|명|%|회|번째)`;

export const bankAccount = patternRecognizer({
    type: "BANK_ACCOUNT",
    mayMatch: (text) => /\d{2,}/.test(text),
    patterns: [
        {
            id: "account",
            // Groups joined by "-", or (with the context word this needs) by spaces or "*"; not by ":" or
            // "." (ratios, amounts, versions: "입금액 541.832.2938원"), nor before a unit.
            regex: new RegExp(
                String.raw`(?<![\d.:*\w-])\d{2,6}([- \t*])\d{2,6}\1\d{2,7}(?:\1\d{1,3})?(?![\d.]|[-*]\d|${unit})|(?<![\d.\w-])\d{10,14}(?![\d.]|${unit})`,
                "g"
            )
        }
    ],
    context:
        /계좌|입금|송금|이체|예금주|통장|account|iban|은행|뱅크|bank|농협|신협|새마을금고|우체국|국민|신한|우리|하나|기업|수협|씨티|SC제일/i,
    contextWindow: 24,
    validate({ match, near }) {
        if (isPlaceholder(match[0])) return undefined;
        const digits = match[0].replace(/\D/g, "").length;
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
