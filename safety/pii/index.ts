import type { PiiFinding, PiiType, Recognizer } from "../types";
import { bankAccount, creditCard } from "./financial";
import { koreanBusinessNumber, koreanDriverLicense, koreanPassport, koreanResidentNumber } from "./koreanIds";
import { emailAddress, ipAddress, urlCredential } from "./network";
import { phoneNumber } from "./phone";
import { secretToken } from "./secrets";

/** Every recognizer, in priority order (earlier wins a tie on an overlapping span). */
export const recognizers: readonly Recognizer[] = [
    secretToken,
    urlCredential,
    koreanResidentNumber,
    koreanBusinessNumber,
    koreanDriverLicense,
    koreanPassport,
    creditCard,
    phoneNumber,
    emailAddress,
    bankAccount,
    ipAddress
];

const priority = new Map<PiiType, number>(["SECRET", "URL_CREDENTIALS", "KR_RRN", "KR_FRN", "KR_CRN", "KR_BRN", "KR_DRIVER_LICENSE", "KR_PASSPORT", "CREDIT_CARD", "PHONE", "EMAIL", "BANK_ACCOUNT", "IP_ADDRESS"].map((t, i) => [t as PiiType, i]));

/**
 * PII and secret spans in `text` that start at or after `from` (what comes before
 * is context: it may raise a score, it is never reported). Overlaps are resolved
 * in favour of the higher score, then the longer span, then the type's priority.
 */
export function scanPii(text: string, from = 0, enabled?: ReadonlySet<PiiType>): PiiFinding[] {
    const found: PiiFinding[] = [];
    for (const recognizer of recognizers) {
        if (!recognizer.mayMatch(text)) continue;
        for (const finding of recognizer.scan(text, from)) {
            if (enabled === undefined || enabled.has(finding.type)) found.push(finding);
        }
    }
    found.sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start) || priority.get(a.type)! - priority.get(b.type)! || a.start - b.start);
    const kept: PiiFinding[] = [];
    for (const finding of found) {
        if (kept.every((k) => finding.end <= k.start || finding.start >= k.end)) kept.push(finding);
    }
    return kept.sort((a, b) => a.start - b.start);
}
