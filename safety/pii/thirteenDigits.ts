// The 13-digit registration numbers share one shape, YYMMDD-GNNNNNC:
// 주민등록번호 (RRN, gender digit 1-4), 외국인등록번호 (FRN, 5-8) and 법인등록번호
// (CRN, any digits, its own check digit). Parsing and the checks live here; rrn.ts,
// frn.ts and crn.ts decide which one a match is.
import { digitsOf } from "./context";

// "RRN-900101-…" is a value glued after a label: a hyphen after a letter may precede it.
// "No.131212-…": a short label glued with a dot, too (not a decimal point).
export const thirteenDigits =
    /(?:(?<![0-9A-Za-z.+])|(?<=(?:^|[^A-Za-z0-9.])[A-Za-z]{1,3}\.))(?<![0-9.+]-)(\d{6})([- ]?)(\d{7})(?![0-9A-Za-z](?<![Ll](?![0-9A-Za-z])))/g;

const thirteenAround = /(?<![0-9])\d{6}[- ]?\d{7}(?![0-9])/g;

/**
 * Whether [start, end) lies in a 6 + 7 number ("050714-3234567": a front that starts with 0 reads
 * as a phone number's first groups); such a number is a registration number's or nobody's.
 */
export function inThirteenDigits(text: string, start: number, end: number): boolean {
    const from = Math.max(0, start - 15);
    const window = text.slice(from, end + 15);
    thirteenAround.lastIndex = 0;
    for (let m = thirteenAround.exec(window); m !== null; m = thirteenAround.exec(window))
        if (from + m.index < end && from + m.index + m[0].length > start) return true;
    return false;
}

/** 법인 nearby: the number is a corporation's, not a person's. */
export const corporateContext = /법인/;

/** Whether yy-mm-dd is a real date in the given century. */
export function validDate(yy: number, mm: number, dd: number, century: number): boolean {
    if (mm < 1 || mm > 12 || dd < 1) return false;
    const year = century + yy;
    const february = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return dd <= [31, february, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1];
}

/** A parsed 13-digit number. */
export interface Thirteen {
    digits: number[];
    /** The 7th digit: sex and century for a person (1-8). */
    gender: number;
    /** YYMMDD is a real birth date for that gender digit. */
    birthDate: boolean;
}

export function parseThirteen(value: string): Thirteen {
    const d = digitsOf(value);
    const gender = d[6];
    const century = gender === 1 || gender === 2 || gender === 5 || gender === 6 ? 1900 : 2000;
    const birthDate =
        gender >= 1 && gender <= 8 && validDate(d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5], century);
    return { digits: d, gender, birthDate };
}

function weightedSum(digits: number[]): number {
    const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += digits[i] * weights[i];
    return sum;
}

export const rrnCheck = (d: number[]) => (11 - (weightedSum(d) % 11)) % 10 === d[12];
export const frnCheck = (d: number[]) => (13 - (weightedSum(d) % 11)) % 10 === d[12];
export const crnCheck = (d: number[]) => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += d[i] * (i % 2 === 0 ? 1 : 2);
    return (10 - (sum % 10)) % 10 === d[12];
};

/**
 * Thirteen bare digits (or two groups split by a space) are as often a constant or a
 * millisecond timestamp: without a context word only a valid check digit makes them
 * a registration number.
 */
export function needsCheck(match: RegExpExecArray): boolean {
    return match[2] !== "-";
}

/** A person's number (RRN or FRN): a birth date, and no 법인 nearby. */
export function isPersonal(parsed: Thirteen, corporate: boolean): boolean {
    return parsed.birthDate && !corporate;
}
