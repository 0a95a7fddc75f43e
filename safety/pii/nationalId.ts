// Other countries' national identity numbers (NATIONAL_ID), found passing from outside (2026-12-06):
// a Chinese resident identity number (居民身份证号码: 18 characters, the birth date inside, an ISO 7064
// MOD 11-2 check character), whole on its own; a Japanese My Number (12 digits and a check digit) and a
// US Social Security number (AAA-GG-SSSS, no 000/666/9xx area, 00 group or 0000 serial) only beside a
// word that names an identity number, since both shapes are as often an order or a phone number.
// Also (found from outside, 2026-12-06, second wave): a UK National Insurance number (two letters, six
// digits, A-D; the Home Office's excluded prefixes left out), a Singapore NRIC/FIN (its check letter),
// and beside their names an Indian Aadhaar (Verhoeff check digit) or PAN (AAAPA9999A), a Canadian SIN
// (Luhn), a bare nine-digit SSN; and any passport number of one or two letters and six to eight digits
// beside the word passport (foreignPassport). Set 83 (2026-12-07): a Brazilian CPF (two check digits;
// printed with its dots alone, bare beside its name) and a Spanish DNI/NIE (its check letter, beside its name).
import { digitsOf } from "./context";
import { luhn } from "./creditCard";
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

/** Verhoeff's dihedral check (Aadhaar's last digit). */
const verhoeffD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
];
const verhoeffP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]
];
function verhoeffChecks(digits: string): boolean {
    let c = 0;
    for (let i = 0; i < digits.length; i++)
        c = verhoeffD[c][verhoeffP[i % 8][digits.charCodeAt(digits.length - 1 - i) - 48]];
    return c === 0;
}

/** A Singapore NRIC/FIN's check letter (S/T citizens, F/G foreigners). */
function nricChecks(id: string): boolean {
    const weights = [2, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < 7; i++) sum += (id.charCodeAt(i + 1) - 48) * weights[i];
    if (id[0] === "T" || id[0] === "G") sum += 4;
    const table = id[0] === "S" || id[0] === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
    return table[sum % 11] === id[8];
}

/** A Brazilian CPF's two check digits (mod 11 over weights 10..2, then 11..2). */
function cpfChecks(digits: string): boolean {
    if (/^(\d)\1{10}$/.test(digits)) return false;
    for (const n of [9, 10]) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += (digits.charCodeAt(i) - 48) * (n + 1 - i);
        if (((sum * 10) % 11) % 10 !== digits.charCodeAt(n) - 48) return false;
    }
    return true;
}

/** A Spanish DNI's or NIE's check letter (the number mod 23; an NIE's X, Y, Z read 0, 1, 2). */
function dniChecks(id: string): boolean {
    const compact = id.replace(/[ -]/g, "").toUpperCase();
    const number = Number(
        "XYZ".includes(compact[0]) ? `${"XYZ".indexOf(compact[0])}${compact.slice(1, -1)}` : compact.slice(0, -1)
    );
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] === compact.at(-1);
}

const namedBy: Record<string, RegExp> = {
    aadhaar: /aadhaar|aadhar|아드하르|아다르|uidai/i,
    pan: /\bpan\b|pan[\s_-]*(?:no|number|card|번호)|permanent\s*account/i,
    sin: /\bsin\b|social\s*insurance/i,
    nino: /\bni\b|\bnino\b|ni[\s_-]*(?:number|no|번호)|national\s*insurance/i,
    health: /건강\s*보험|건보|보험증|health[\s_-]*ins/i,
    cpf: /\bcpf\b|cadastro\s*de\s*pessoas/i,
    dni: /\b(?:dni|nie|nif)\b|documento\s*nacional|n[úu]mero\s*de\s*identidad/i
};

export const nationalId = patternRecognizer({
    needsDigit: true,
    type: "NATIONAL_ID",
    // Three digits in a row, or a UK National Insurance number's pairs spaced out (SP 40 85 18 A).
    mayMatch: (segment) => /\d{3}|\d{2}[ -]\d{2}[ -]\d{2}/.test(segment),
    patterns: [
        // Whole, or in its three parts (region, birth date, serial and check: 440106 19730304 9002, found
        // passing from outside 2026-12-07), one separator throughout; the check character holds either way.
        {
            id: "cn",
            regex: /(?<![0-9A-Za-z])[1-9]\d{5}([ -]?)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\1\d{3}[\dXx](?![0-9A-Za-z])/g
        },
        { id: "jp", regex: /(?<![0-9])\d{4}([ -]?)\d{4}\1\d{4}(?![0-9])/g },
        { id: "us", regex: /(?<![0-9])(?!000|666|9)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}(?![0-9])/g },
        {
            id: "nino",
            regex: /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D](?![A-Za-z0-9])/g
        },
        { id: "nric", regex: /(?<![A-Za-z0-9])[STFG]\d{7}[A-Z](?![A-Za-z0-9])/g },
        { id: "aadhaar", regex: /(?<![0-9])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![0-9])/g },
        { id: "pan", regex: /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/g },
        { id: "sin", regex: /(?<![0-9])[1-79]\d{2}([ -]?)\d{3}\1\d{3}(?![0-9])/g },
        // A Brazilian CPF: printed 000.000.000-00 it is one alone (its two check digits); bare, beside its name.
        { id: "cpf", regex: /(?<![\d.])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d.-])/g },
        // A Spanish DNI (eight digits and a check letter) or NIE (X, Y or Z, seven digits, a letter), beside its name.
        { id: "dni", regex: /(?<![A-Za-z0-9])(?:\d{8}|[XYZ][ -]?\d{7})[ -]?[A-HJ-NP-TV-Z](?![A-Za-z0-9])/g },
        // A Korean health insurance card's number: eleven digits, grouped as its holder likes.
        { id: "kr_health", regex: /(?<![0-9])\d(?:[ -]?\d){10}(?![0-9])/g }
    ],
    context:
        /ssn|social[\s_-]*security|national[\s_-]*id|id[\s_-]*(?:number|no|번호)|id\s*번호|신분증|마이\s*넘버|my[\s_-]*number|個人番号|マイナンバー|身份证|사회\s*보장|tax\s*id|tin\b|w-9/i,
    validate({ match, id, near }) {
        const start = match.index;
        const end = start + match[0].length;
        if (id === "cn")
            return chineseChecks(match[0].replace(/[ -]/g, ""))
                ? { score: 0.85, rule: "national_id.cn.checksum" }
                : undefined;
        if (id === "nric") return nricChecks(match[0]) ? { score: 0.85, rule: "national_id.sg.checksum" } : undefined;
        const digits = match[0].replace(/\D/g, "");
        if (id === "nino") {
            // Spaced as it is printed (AB 12 34 56 C), or beside its name.
            const spaced = /[ -]\d{2}[ -]\d{2}[ -]\d{2}[ -]/.test(match[0]);
            // From its first digit: spaced out, its two letters may lie in the segment before (context).
            const digitAt = start + match[0].search(/\d/);
            return spaced || near(start, end, namedBy.nino)
                ? { score: 0.75, rule: "national_id.uk", start: digitAt, end }
                : undefined;
        }
        if (id === "cpf")
            return cpfChecks(digits) && (match[0].includes(".") || near(start, end, namedBy.cpf))
                ? { score: 0.8, rule: "national_id.br.cpf" }
                : undefined;
        if (id === "dni")
            return dniChecks(match[0]) && near(start, end, namedBy.dni)
                ? { score: 0.8, rule: "national_id.es.dni" }
                : undefined;
        if (id === "aadhaar")
            return near(start, end, namedBy.aadhaar) && verhoeffChecks(digits)
                ? { score: 0.8, rule: "national_id.in.aadhaar" }
                : undefined;
        if (id === "pan")
            return near(start, end, namedBy.pan) ? { score: 0.75, rule: "national_id.in.pan" } : undefined;
        if (id === "kr_health")
            return near(start, end, namedBy.health)
                ? { score: 0.75, rule: "national_id.kr.health_insurance" }
                : undefined;
        if (id === "sin")
            return near(start, end, namedBy.sin) && luhn(digitsOf(digits))
                ? { score: 0.75, rule: "national_id.ca.sin" }
                : undefined;
        if (!near(start, end)) return undefined;
        if (id === "jp")
            return myNumberChecks(match[0].replace(/\D/g, ""))
                ? { score: 0.7, rule: "national_id.jp+context" }
                : undefined;
        return { score: 0.7, rule: "national_id.us+context" };
    }
});

/** A passport number of another country (MZ4351985, C7NZGGX2H) beside the word passport. */
export const foreignPassport = patternRecognizer({
    type: "KR_PASSPORT",
    mayMatch: (segment) => /[A-Z][A-Z0-9]{5}|\d{9}/.test(segment),
    patterns: [
        { id: "foreign", regex: /(?<![A-Za-z0-9])[A-Z][A-Z0-9]{5,8}(?![A-Za-z0-9])/g },
        // A US passport's nine digits, by the same word (found from outside, 2026-12-07: passport_number: "695080349").
        { id: "us", regex: /(?<![A-Za-z0-9])\d{9}(?![A-Za-z0-9])/g }
    ],
    // (旅券, Reisepass, pasaporte, passeport, and an airline record's PPT: round 95.)
    context: /여권|passport|パスポート|护照|旅券|reisepass|pasaporte|passeport|(?<![A-Za-z])PPT(?![A-Za-z])/i,
    contextWindow: 24,
    validate({ match, id, near }) {
        const value = match[0];
        // Letters and digits both, digits most of it or a random mix (not a word, not an all-digit id).
        if (id === "foreign" && (value.match(/\d/g) ?? []).length < 2) return undefined;
        return near(match.index, match.index + value.length)
            ? { score: 0.7, rule: "passport.foreign+context" }
            : undefined;
    }
});
