// Other countries' national identity numbers (NATIONAL_ID), found passing from outside (2026-12-06):
// a Chinese resident identity number (居民身份证号码: 18 characters, the birth date inside, an ISO 7064
// MOD 11-2 check character), whole on its own; a Japanese My Number (12 digits and a check digit) and a
// US Social Security number (AAA-GG-SSSS, no 000/666/9xx area, 00 group or 0000 serial) only beside a
// word that names an identity number, since both shapes are as often an order or a phone number.
import { patternRecognizer } from "./recognizer";

const chineseWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Whether an 18-character Chinese identity number's last character checks. */
function chineseChecks(id: string): boolean {
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * chineseWeights[i];
    return "10X98765432"[sum % 11] === id[17].toUpperCase();
}

/** Whether a 12-digit My Number's last digit checks (the 11 before it weighted 2..7, 2..6 from the right). */
function myNumberChecks(digits: string): boolean {
    let sum = 0;
    for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
    const rest = sum % 11;
    return (rest <= 1 ? 0 : 11 - rest) === digits.charCodeAt(11) - 48;
}

export const nationalId = patternRecognizer({
    type: "NATIONAL_ID",
    mayMatch: (segment) => /\d{3}/.test(segment),
    patterns: [
        {
            id: "cn",
            regex: /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g
        },
        { id: "jp", regex: /(?<![0-9])\d{4}([ -]?)\d{4}\1\d{4}(?![0-9])/g },
        { id: "us", regex: /(?<![0-9])(?!000|666|9)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![0-9])/g }
    ],
    context:
        /ssn|social[\s_-]*security|national[\s_-]*id|id[\s_-]*(?:number|no|번호)|id\s*번호|신분증|마이\s*넘버|my\s*number|個人番号|マイナンバー|身份证|사회\s*보장|tax\s*id|tin\b|w-9/i,
    validate({ match, id, near }) {
        const start = match.index;
        const end = start + match[0].length;
        if (id === "cn") return chineseChecks(match[0]) ? { score: 0.85, rule: "national_id.cn.checksum" } : undefined;
        if (!near(start, end)) return undefined;
        if (id === "jp")
            return myNumberChecks(match[0].replace(/\D/g, ""))
                ? { score: 0.7, rule: "national_id.jp+context" }
                : undefined;
        return { score: 0.7, rule: "national_id.us+context" };
    }
});
