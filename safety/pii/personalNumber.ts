// RRN and FRN differ only in their gender digits, check-digit constant and context
// words; this builds either recognizer.
import type { PiiType, Recognizer } from "../types";
import { inCodePosition, isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";
import { corporateContext, isPersonal, needsCheck, parseThirteen, thirteenDigits } from "./thirteenDigits";

export function personalNumberRecognizer(options: {
    type: PiiType;
    rule: string;
    foreign: boolean;
    context: RegExp;
    check: (digits: number[]) => boolean;
}): Recognizer {
    return patternRecognizer({
        type: options.type,
        mayMatch: (text) => /\d{6}/.test(text),
        needsDigit: true,
        patterns: [{ id: "thirteen", regex: thirteenDigits }],
        context: options.context,
        validate({ match, near }) {
            if (isPlaceholder(match[0])) return undefined;
            const start = match.index;
            const end = start + match[0].length;
            const parsed = parseThirteen(match[0]);
            if (!isPersonal(parsed, near(start, end, corporateContext))) return undefined;
            if (parsed.gender >= 5 !== options.foreign) return undefined;
            const checked = options.check(parsed.digits);
            const context = near(start, end);
            // Born since 2020 (gender digit 3 or 4, a date up to this year): the tail is random, so no check digit
            // can vouch for a bare number; its date and gender digit do (issue 27: "2103154123456" passed).
            const recent =
                !options.foreign &&
                bornSince2020(parsed.digits) &&
                !/(?:time|timestamp|epoch|millis|ms|_at|ts|시각|타임스탬프|시간)["']?\s*[:=]?\s*$/i.test(
                    match.input.slice(Math.max(0, start - 20), start)
                );
            if (!checked && !context && needsCheck(match) && !recent) return undefined;
            // "Build 240315-1234567", "release-240620-3887161": a build or version number (a tag's
            // word glued by - _ / . too), without a word that says RRN.
            if (
                !context &&
                /(?:\bbuild|빌드|\bversion|버전|\brelease|릴리[스즈]|배포|\bdeploy|\bnightly|\bsnapshot|\brc|\btag|\bver\.?|\bv)[\s:#_/.-]*$/i.test(
                    match.input.slice(Math.max(0, start - 16), start)
                )
            )
                return undefined;
            // "주문번호 130110-1790905": an order, booking or tracking number unless its check digit says RRN.
            if (
                !checked &&
                !context &&
                /(?:주문|거래|승인|송장|운송장|영수증|예약|접수|트랜잭션|\border|\binvoice|\btracking|\bbooking|\bticket)\s*(?:번호|no\.?|id|#)?\s*[:=#]?\s*$/i.test(
                    match.input.slice(Math.max(0, start - 16), start)
                )
            )
                return undefined;
            // "batch_990523-2303551.log": a file's or an identifier's part (a word glued by "_" before it, an
            // extension after it), unless its check digit or a word says RRN.
            if (
                !checked &&
                !context &&
                (/[A-Za-z0-9]_$/.test(match.input.slice(Math.max(0, start - 2), start)) ||
                    /^\.[a-z]{2,5}\b/i.test(match.input.slice(end, end + 7)))
            )
                return undefined;
            // Thirteen bare digits in code without a word that says what they are: a constant or a timestamp.
            // (Unless its check digit holds and it reads as no millisecond timestamp: "user:6409…", "id=5902…" in a
            // log or a cache key is a person's number; round 111, from outside.)
            if (
                !context &&
                match[2] === "" &&
                inCodePosition(match.input, start, end) &&
                !(checked && !millisecondTimestamp(match[0]) && logField(match.input, start, end))
            )
                return undefined;
            // Nor in prose when they read as a millisecond timestamp of 2001-2039 (Date.now(), logs): the
            // 6 + 7 numbers this lets pass unlabelled are those of people born 2010-2021 (or 1910-1921).
            if (!context && match[2] === "" && millisecondTimestamp(match[0]) && !recent) return undefined;
            // Numbers issued since October 2020 have random tails: a failed check digit
            // lowers the score but never clears a well-formed number.
            const score = checked ? 1 : context ? 0.85 : 0.5;
            return { score, rule: `${options.rule}.${checked ? "checksum" : "pattern"}${context ? "+context" : ""}` };
        }
    });
}

/** A log's or a key's field, "user:…", "id=…" glued to its name (not a constant: "epoch = …L;"). */
function logField(text: string, start: number, end: number): boolean {
    return (
        /[A-Za-z_][:=]$/.test(text.slice(Math.max(0, start - 2), start)) &&
        !/^[Ln]?\s*[;,)]|^[Ln]\b/.test(text.slice(end))
    );
}

/** A child's number: gender digit 3 or 4 and a birth date from 2020 to this year (the view checked the date). */
function bornSince2020(d: number[]): boolean {
    const year = d[0] * 10 + d[1];
    return (d[6] === 3 || d[6] === 4) && year >= 20 && year <= new Date().getFullYear() % 100;
}

/** Thirteen digits between 1,000,000,000,000 (2001-09-09) and 2,200,000,000,000 (2039-09-18) in ms. */
function millisecondTimestamp(digits: string): boolean {
    const value = Number(digits);
    return digits.length === 13 && value >= 1e12 && value < 2.2e12;
}
