// Korean identity numbers: 주민등록번호 (RRN), 외국인등록번호 (FRN), 법인등록번호 (CRN),
// 사업자등록번호 (BRN), 여권번호, 운전면허번호. Each: a pattern, validation (date,
// gender digit, region code, check digit) and a score; context words raise it.
import type { PiiFinding, Recognizer } from "../types";
import { digitsOf, hasContext, isPlaceholder } from "./context";

const rrnContext = /주민|등록번호|resident|\bRRN\b|생년월일/i;
const frnContext = /외국인|등록번호|alien|foreign|\bFRN\b/i;
const crnContext = /법인/;
const brnContext = /사업자|등록번호|business|\bBRN\b|사업자번호/i;
const passportContext = /여권|passport/i;
const licenseContext = /면허|운전|driver|licen[cs]e/i;

function validDate(yy: number, mm: number, dd: number, century: number): boolean {
    if (mm < 1 || mm > 12 || dd < 1) return false;
    const year = century + yy;
    const days = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
    return dd <= days;
}

function weightedSum(digits: number[]): number {
    const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += digits[i]! * weights[i]!;
    return sum;
}

const rrnCheck = (d: number[]) => (11 - (weightedSum(d) % 11)) % 10 === d[12];
const frnCheck = (d: number[]) => (13 - (weightedSum(d) % 11)) % 10 === d[12];
const crnCheck = (d: number[]) => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += d[i]! * (i % 2 === 0 ? 1 : 2);
    return (10 - (sum % 10)) % 10 === d[12];
};

const thirteen = /(?<![0-9A-Za-z.+-])(\d{6})[-\u2013]?(\d{7})(?![0-9A-Za-z])/g;

/** 13-digit numbers: RRN (gender digit 1-4), FRN (5-8), else CRN when its check digit holds. */
function scanThirteen(text: string, from: number): PiiFinding[] {
    const out: PiiFinding[] = [];
    thirteen.lastIndex = 0;
    for (let m = thirteen.exec(text); m !== null; m = thirteen.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (start < from || isPlaceholder(m[0])) continue;
        const d = digitsOf(m[0]);
        const gender = d[6]!;
        const century = gender === 1 || gender === 2 || gender === 5 || gender === 6 ? 1900 : 2000;
        const dateOk = gender >= 1 && gender <= 8 && validDate(d[0]! * 10 + d[1]!, d[2]! * 10 + d[3]!, d[4]! * 10 + d[5]!, century);
        const corporate = hasContext(text, start, end, crnContext);
        if (dateOk && !corporate) {
            const foreign = gender >= 5;
            const checked = foreign ? frnCheck(d) : rrnCheck(d);
            const context = hasContext(text, start, end, foreign ? frnContext : rrnContext);
            // Numbers issued since October 2020 have random tails: a failed check digit
            // lowers the score but never clears a well-formed number.
            const score = checked ? 1 : context ? 0.85 : 0.5;
            out.push({ type: foreign ? "KR_FRN" : "KR_RRN", start, end, score, rule: `${foreign ? "kr_frn" : "kr_rrn"}.${checked ? "checksum" : "pattern"}${context ? "+context" : ""}` });
        } else if (crnCheck(d)) {
            out.push({ type: "KR_CRN", start, end, score: corporate ? 1 : 0.6, rule: `kr_crn.checksum${corporate ? "+context" : ""}` });
        }
    }
    return out;
}

export const koreanResidentNumber: Recognizer = {
    type: "KR_RRN",
    mayMatch: (text) => /\d{6}/.test(text),
    scan: scanThirteen
};

const brnPattern = /(?<![0-9A-Za-z.+-])(\d{3})([- ]?)(\d{2})\2(\d{5})(?![0-9A-Za-z]|-\d)/g;
const brnCheck = (d: number[]) => {
    const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += d[i]! * weights[i]!;
    sum += Math.floor((d[8]! * 5) / 10);
    return (10 - (sum % 10)) % 10 === d[9];
};

export const koreanBusinessNumber: Recognizer = {
    type: "KR_BRN",
    mayMatch: (text) => /\d{3}/.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        brnPattern.lastIndex = 0;
        for (let m = brnPattern.exec(text); m !== null; m = brnPattern.exec(text)) {
            const start = m.index;
            const end = start + m[0].length;
            if (start < from || isPlaceholder(m[0])) continue;
            const d = digitsOf(m[0]);
            if (!brnCheck(d)) continue;
            const context = hasContext(text, start, end, brnContext);
            // Ten bare digits are often a Unix timestamp (2001-2038): then a context word is needed.
            const value = Number(m[0]);
            if (m[2] === "" && !context && value >= 1e9 && value < 2.2e9) continue;
            out.push({ type: "KR_BRN", start, end, score: context ? 1 : 0.9, rule: `kr_brn.checksum${context ? "+context" : ""}` });
        }
        return out;
    }
};

const passportNew = /(?<![0-9A-Za-z])[MSRODGmsrodg]\d{3}[A-Za-z]\d{4}(?![0-9A-Za-z])/g;
const passportOld = /(?<![0-9A-Za-z])[MSRODGmsrodg]\d{8}(?![0-9A-Za-z])/g;

export const koreanPassport: Recognizer = {
    type: "KR_PASSPORT",
    mayMatch: (text) => /[MSRODGmsrodg]\d{3}/.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        for (const [pattern, base, rule] of [[passportNew, 0.4, "kr_passport.new"], [passportOld, 0.3, "kr_passport.old"]] as const) {
            pattern.lastIndex = 0;
            for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
                const start = m.index;
                const end = start + m[0].length;
                if (start < from || isPlaceholder(m[0].slice(1))) continue;
                const context = hasContext(text, start, end, passportContext);
                out.push({ type: "KR_PASSPORT", start, end, score: context ? 0.85 : base, rule: `${rule}${context ? "+context" : ""}` });
            }
        }
        return out;
    }
};

const regionCodes = new Set([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28]);
const licenseNumeric = /(?<![0-9A-Za-z.+-])(\d{2})([- ]?)(\d{2})\2(\d{6})\2(\d{2})(?![0-9A-Za-z]|-\d)/g;
const licenseNamed = /(서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종)\s?(\d{2})-(\d{6})-(\d{2})(?![0-9A-Za-z])/g;

function looksLikeDateTime(digits: string): boolean {
    // YYYYMMDDhhmm
    const year = Number(digits.slice(0, 4));
    const month = Number(digits.slice(4, 6));
    const day = Number(digits.slice(6, 8));
    return year >= 1900 && year <= 2099 && validDate(year % 100, month, day, year - (year % 100)) && Number(digits.slice(8, 10)) < 24 && Number(digits.slice(10, 12)) < 60;
}

export const koreanDriverLicense: Recognizer = {
    type: "KR_DRIVER_LICENSE",
    mayMatch: (text) => /\d{2}/.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        licenseNumeric.lastIndex = 0;
        for (let m = licenseNumeric.exec(text); m !== null; m = licenseNumeric.exec(text)) {
            const start = m.index;
            const end = start + m[0].length;
            if (start < from || !regionCodes.has(Number(m[1])) || isPlaceholder(m[0])) continue;
            const context = hasContext(text, start, end, licenseContext);
            if (m[2] === "" && !context && looksLikeDateTime(m[0])) continue;
            out.push({ type: "KR_DRIVER_LICENSE", start, end, score: context ? 1 : 0.8, rule: `kr_driver_license.region${context ? "+context" : ""}` });
        }
        licenseNamed.lastIndex = 0;
        for (let m = licenseNamed.exec(text); m !== null; m = licenseNamed.exec(text)) {
            if (m.index < from) continue;
            out.push({ type: "KR_DRIVER_LICENSE", start: m.index, end: m.index + m[0].length, score: 0.9, rule: "kr_driver_license.named_region" });
        }
        return out;
    }
};
