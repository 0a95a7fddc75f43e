// 생년월일: a date of birth under its name (생년월일 1964.03.21, "birth_date": "1980-07-27", dob='711002',
// 530704생). With a name it picks one person out of a few thousand, and it is half of a resident number;
// support tickets, member tables and test fixtures keep it beside the name. Found from outside
// (2026-12-06): 45 of 45 passed in both PII sets. A date without such a word (a release, a deadline) stays.
import { patternRecognizer } from "./recognizer";

const year = "(?:19\\d{2}|20[0-2]\\d)";
const month = "(?:0?[1-9]|1[0-2])";
const day = "(?:0?[1-9]|[12]\\d|3[01])";
const monthName =
    "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

export const birthDate = patternRecognizer({
    needsDigit: true,
    type: "DATE_OF_BIRTH",
    mayMatch: (segment) => /\d/.test(segment),
    patterns: [
        {
            id: "date",
            regex: new RegExp(
                [
                    `${year}(?:[-./]\\s?${month}[-./]\\s?${day}\\.?|년\\s*${month}월\\s*${day}일)`,
                    `${month}[/-]${day}[/-]${year}`,
                    // Day first, as most of the world writes it (22/08/1959, 02.11.1984; the view may read "22-08-1959"; set 83).
                    `${day}[/.-]${month}[/.-]${year}`,
                    `${year}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])`,
                    "\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])",
                    // Also (found from outside, 2026-12-07) "September 8, 1992" (the view may read "8-1992"), "8 Sep 1992"
                    // and "59.07.02".
                    `${monthName}\\.? ${day}(?:,? |-)${year}`,
                    `${day} ${monthName}\\.? ${year}`,
                    "\\d{2}\\.(?:0[1-9]|1[0-2])\\.(?:0[1-9]|[12]\\d|3[01])"
                ]
                    .map((p) => `(?<![\\d.-])(?:${p})(?![\\d-]|\\.\\d)`)
                    .join("|"),
                "g"
            )
        }
    ],
    // "birth" alone too: a CSV's or a JSON's column (name,birth / "birth": …; found from outside, 2026-12-07).
    // And the name in other languages (set 83, 2026-12-07: 生年月日, Geburtsdatum, fecha de nacimiento …).
    context:
        /생년월일|생일|birth|\bdob\b|출생일|生年月日|出生日期|出生年月|誕生日|geburts|naissance|nacimiento|nascimento|nascita|ngày\s*sinh|рождения/i,
    contextWindow: 32,
    validate({ match, text, near }) {
        const start = match.index;
        const end = start + match[0].trimEnd().length;
        // "530704생", "2003-09-25생으로": born on that day.
        // "DOB November 2, 2007": from the day, the month's name may lie in the segment before.
        const digit = /^[A-Za-z]/.test(match[0]) ? start + match[0].search(/\d/) : start;
        if (/^생(?:으로|이|인|입니다|이에요|$|[\s,.)])/.test(text.slice(end, end + 4)))
            return { score: 0.8, rule: "date_of_birth.suffix", start: digit, end };
        if (!near(start, end)) return undefined;
        return { score: 0.8, rule: "date_of_birth.named", start: digit, end };
    }
});
