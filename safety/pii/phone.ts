// Phone numbers in every Korean form (mobile 010, Seoul 02, regional 031-064, 070,
// 050x, 15xx/16xx/18xx, +82) and international numbers written with a country
// code. Candidates and validation come from libphonenumber-js (Google's
// libphonenumber metadata); we only add what a document makes ambiguous: a bare
// run of digits without separators is a phone number only when it looks like one.
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { PiiFinding, Recognizer } from "../types";
import { hasContext, isPlaceholder, labelDotBefore } from "./context";
import { Recent } from "../text/recent";
import { inThirteenDigits } from "./thirteenDigits";

const phoneContext =
    /전화|연락|휴대폰|핸드폰|번호|문의|대표|사무실|회사|매장|지점|콜센터|고객센터|상담|예약|내선|직통|tel|phone|mobile|call|fax|팩스|contact|office/i;
/** Nine digits with at most four other characters (no letter, no line break) between each two. */
const nineDigits = /\d(?:[^\dA-Za-z가-힣\n]{0,4}\d){8}/;
/** A Korean landline, 070, 050x or 080 number written without separators. */
const bareLandline = /^(?:02\d{7,8}|0[3-6][1-5]\d{7,8}|070\d{8}|050\d{8,9}|080\d{7,8})$/;

/**
 * libphonenumber's matches, read between list separators: it reads "010-1234-5678,
 * 010-2345-6789" as one number running into the next (which then passes as part of a
 * longer token), and a comma glued to digits as a pause before an extension
 * ("010-9876-4321,010…", a CSV row's "…5678,31"), so any comma or semicolon, which
 * are in no phone number a person writes, ends the text it reads.
 */
function phoneMatches(text: string): PhoneMatch[] {
    return recentMatches.get(text, () => readPhoneMatches(text));
}

type PhoneMatch = {
    startsAt: number;
    endsAt: number;
    number: { isValid(): boolean; countryCallingCode: string; nationalNumber: string };
};
/** libphonenumber's finder costs ~10 µs a window: a window that repeats is read once. */
const recentMatches = new Recent<PhoneMatch[]>(32);

function readPhoneMatches(text: string): PhoneMatch[] {
    if (!/[,;，]/.test(text)) return findPhoneNumbersInText(text, { defaultCountry: "KR" });
    const out: PhoneMatch[] = [];
    let at = 0;
    // Glued or not (a CSV row: "…;670727-1611962;010-9368-8087", "김민수,010-1234-5678,31"). A piece without
    // nine digits holds no number (the finder costs ~10 µs a call: a row of short fields is not read field by field).
    for (const piece of text.split(/(?<=[,;，])/)) {
        if (nineDigits.test(piece))
            for (const match of findPhoneNumbersInText(piece, { defaultCountry: "KR" }))
                out.push({ startsAt: match.startsAt + at, endsAt: match.endsAt + at, number: match.number });
        at += piece.length;
    }
    return out;
}

/**
 * A number abroad written as its country writes it, without "+" ("662.533.5741", "(247) 288-0983",
 * "0920-997-325", "186-9925-1993"; found from outside, 2026-12-07): read as Korean it is no number, so
 * beside a word for a phone it counts when it is valid in one of the countries most customers call from.
 */
// North American 3-3-4 (area code 2-9), a Chinese mobile's 1[3-9]x-4-4 (or bare), a Taiwanese or Philippine
// mobile's 09xx; also (set 83, 2026-12-07) any number with its trunk 0 in groups of two or more digits, one
// separator throughout ("0151 80930790", "06 82 91 58 46", "093 736 0841"), a Spanish mobile's 6xx 3-2-2-2 or
// 3-3-3, a Brazilian "(21) 98701-2963", and "+33 (0)7 …" (the trunk 0 in brackets, which no parser reads).
const abroadShape =
    /(?<![\w.+-])(?:\(\d{3}\) ?\d{3}[-. ]\d{4}|[2-9]\d{2}([-. ])\d{3}\1\d{4}|1[3-9]\d([-. ])\d{4}\2\d{4}|1[3-9]\d{9}|09\d{2}([-. ])\d{3}\3\d{3,4}|0\d{1,4}([-. ])\d{2,8}(?:\4\d{2,8}){0,3}|[67]\d{2}(?: \d{2}){3}|[67]\d{2} \d{3} \d{3}|\(\d{2}\) ?\d{4,5}-\d{4}|\+\d{1,3} ?\(0\) ?\d{1,4}(?: \d{2,4}){2,4})(?![\w-]|\.\d)/g;
const abroad: readonly CountryCode[] = [
    "US",
    "CN",
    "TW",
    "JP",
    "PH",
    "VN",
    "TH",
    "GB",
    "DE",
    "FR",
    "ES",
    "IT",
    "BR",
    "IN",
    "AU",
    "SG",
    "RU"
];
/** A word for a phone in the languages customers abroad write ("Telefonnummer", "Số điện thoại", "電話番号"). */
const abroadContext =
    /telefon|tel[eé]fono|t[eé]l[eé]phone|portable|handy|mobil|celular|m[oó]vil|cellulare|whats\s*app|điện\s*thoại|sđt|電話|携帯|手机|手機|电话|联系|телефон|моб|โทร/i;
function abroadNumbers(text: string, from: number, found: readonly PiiFinding[]): PiiFinding[] {
    const out: PiiFinding[] = [];
    abroadShape.lastIndex = Math.max(0, from - 20);
    for (let m = abroadShape.exec(text); m !== null; m = abroadShape.exec(text)) {
        const [start, end] = [m.index, m.index + m[0].length];
        if (start < from || found.some((f) => f.start < end && start < f.end)) continue;
        if (
            // ("+33 (0)7 …" is a phone's way of writing alone.)
            !(
                m[0].startsWith("+") ||
                hasContext(text, start, end, phoneContext) ||
                hasContext(text, start, end, abroadContext)
            ) ||
            isPlaceholder(m[0])
        )
            continue;
        // Not an account's groups, an order's number, nor an example's 0000.
        if (
            /(?:^|\D)(\d)\1{2,}(?:\D|$)/.test(m[0]) ||
            hasContext(text, start, end, /계좌|account|입금|송금|주문|order|송장|invoice/i)
        )
            continue;
        // A date's groups are no number ("2024 03 15" never starts 0, but "03-15-2024" might).
        if (/^\d{1,4}[-. ]\d{1,2}[-. ]\d{1,4}$/.test(m[0]) && /(?:19|20)\d{2}/.test(m[0])) continue;
        const number = m[0].replace("(0)", "");
        // A Korean toll-free 080 line (고객센터 080-143-0108) is a business's, public (as above); Japan's 080 mobiles have 11 digits.
        if (number.startsWith("080") && parsePhoneNumberFromString(number, "KR")?.isValid() === true) continue;
        if (abroad.some((country) => parsePhoneNumberFromString(number, country)?.isValid() === true))
            out.push({ type: "PHONE", start, end, score: 0.6, rule: "phone.abroad+context" });
    }
    return out;
}

export const phoneNumber: Recognizer = {
    needsDigit: true,
    type: "PHONE",
    // Two groups of three digits or more, and nine digits at least (see below) a few signs or spaces
    // apart: libphonenumber's finder costs ~10 µs a window, and short numbers between words
    // ("계좌 110 234 …") paid it for every segment.
    // Or digits in pairs, as France and Spain print them ("06 82 91 58 46", "617 39 73 87").
    mayMatch: (text) =>
        (/\d{3}[^\n]{0,4}\d{3}/.test(text) || /\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}/.test(text)) &&
        nineDigits.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        // Digits in pairs alone are read only as a number abroad (beside a word for a phone): as a Korean
        // number "06 12 48 93 57" would pass with no word at all.
        // (A number written with its country code, "+33 6 64 44 45 83", is read whatever its groups.)
        const korean = /\d{3}[^\n]{0,4}\d{3}|\+\d/.test(text);
        for (const match of korean ? phoneMatches(text) : []) {
            // libphonenumber reads a bracket around a number as its punctuation ("[010-…](tel:…)", a
            // Markdown link): the bracket is the markup's, and stays.
            let start = text[match.startsAt] === "[" ? match.startsAt + 1 : match.startsAt;
            const end = text[match.endsAt - 1] === "]" ? match.endsAt - 1 : match.endsAt;
            // "(+82-10-…)": a bracket before a whole number in international form is the sentence's
            // (libphonenumber takes the opening one, not the closing).
            // (So is one around a whole number, its closing one after the match: "연락처(010-4417-2093)" read from
            // spoken digits; not an area code's, "(02) 123-…", which the view reads "(02-123-…".)
            if (
                /^\((?:\+[^)]*|0[^)]{8,})$/.test(text.slice(start, end)) &&
                text[start] === "(" &&
                (text[start + 1] === "+" || text[end] === ")")
            )
                start++;
            if (start < from) continue;
            const raw = text.slice(start, end);
            if (isPlaceholder(raw) || !match.number.isValid()) continue;
            // "010-0000-0000": a subscriber number of one repeated digit is an example.
            if (/(\d)\1{3}[-\s.]?\1{4}$/.test(raw)) continue;
            // A Korean number whose exchange (국번) is 000 or 0000 ("010-0000-0081", "02-000-0000"): no exchange
            // starts with 0, so the number is no one's (round 111: a fixture's or a form's example).
            if (
                match.number.countryCallingCode === "82" &&
                /^(?:1[016789]|70|2|[3-6][1-5])0{3,4}\d{4}$/.test(match.number.nationalNumber)
            )
                continue;
            // 555-0100 to 555-0199: North American numbers set aside for fiction and examples, nobody's.
            if (match.number.countryCallingCode === "1" && /^\d{3}55501\d{2}$/.test(match.number.nationalNumber))
                continue;
            // Not part of a longer token (a version, a hash, an IP address).
            if (
                (/[0-9A-Za-z.]/.test(text[start - 1] ?? "") && !labelDotBefore(text, start)) ||
                /[0-9A-Za-z]/.test(text[end] ?? "") ||
                /^\.\d/.test(text.slice(end, end + 2)) ||
                // Groups of a hyphenated token (a UUID, a serial): "…-0000-1000-8700-…".
                /[0-9A-Za-z]-$/.test(text.slice(Math.max(0, start - 2), start)) ||
                /^-[0-9A-Za-z]/.test(text.slice(end, end + 2))
            )
                continue;
            const separated = /[-.\s()]/.test(raw) || raw.startsWith("+");
            const digits = raw.replace(/\D/g, "");
            const context = hasContext(text, start, end, phoneContext);
            // 6+7 digits is the shape of a resident / corporate registration number, never a phone number
            // (nor are a few of its digits: "050714-3234567" must not read as 0507-143…).
            if (/^\d{6}[-\u2013]?\d{7}$/.test(raw) || inThirteenDigits(text, start, end)) continue;
            // Korean numbers are written with their leading 0 (or +82). 15xx / 16xx / 18xx numbers are
            // businesses' and helplines' (생명의전화 1588-9191): public, nobody's personal data.
            if (!raw.startsWith("+") && !digits.startsWith("0")) continue;
            // 080 numbers are toll-free lines a business pays for (고객센터 080-…): public too.
            if (digits.startsWith("080") && !raw.startsWith("+")) continue;
            // A Korean number has nine digits at least (02-123-4567): libphonenumber's metadata also
            // takes five or six ("05-4639", "+82 54639"), which are no one's phone.
            if (digits.length < 9) continue;
            // A lone "0" is no area code ("0-1000-5000", a range).
            if (/^0[-.\s]/.test(raw)) continue;
            const mobileShape = /^01[016789]\d{7,8}$/.test(digits);
            // A bare run of digits (a timestamp, an id) needs the shape of a Korean number or a
            // context word; a landline shape alone scores lower (Presidio: context raises a score).
            const landline = !separated && bareLandline.test(digits);
            if (!separated && !mobileShape && !context && !landline) continue;
            // Dotted numbers are usually versions or IP addresses unless it is a mobile number.
            if (/^\d+(\.\d+)+$/.test(raw) && !/^01[016789]\./.test(raw) && !context) continue;
            // After a version's or a build's word ("버전 010.1234.5678 빌드"; found from outside, 2026-12-07): its numbers.
            if (
                !context &&
                /(?:버전|\bversion|\bver\.?|빌드|\bbuild|릴리[스즈]|\brelease|\bv)\s*[:=#]?\s*$/i.test(
                    text.slice(Math.max(0, start - 16), start)
                )
            )
                continue;
            out.push({
                type: "PHONE",
                start,
                end,
                score: context ? 1 : separated ? 0.9 : mobileShape ? 0.75 : 0.6,
                rule: `phone.libphonenumber${context ? "+context" : ""}`
            });
        }
        out.push(...abroadNumbers(text, from, out));
        return out;
    }
};
