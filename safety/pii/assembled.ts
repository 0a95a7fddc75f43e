// A value assembled in code from pieces that are no value alone (round 116): the strings of a list joined
// (`listOf("kim", "@", "corp.com").joinToString("")`, `["kim", "corp.com"].join("@")`, `"".join([...])`),
// a list of single digits (`PAN = [4, 5, 3, 9, …]`), and the strings of neighbouring assignments a later
// line joins (`bin = "436405"` ⏎ `rest = "4245520936"`; `user = 'kim'` ⏎ `domain = 'corp.com'`;
// `birthPart = '940610'; serialPart = '2153266'`; `mid = "3958"` ⏎ `tail = "5175"` ⏎ `phone = …`).
// The pieces are put together and the joined value is judged by the readers that judge it written whole
// (an address's reserved domains, a card's check digit and issuer, a resident number's date); what is
// redacted is the pieces that lie in the segment read now (what came before is already shown).
import type { PiiFinding, Recognizer } from "../types";
import { creditCard } from "./creditCard";
import { emailAddress } from "./email";
import { phoneNumber } from "./phone";
import { koreanResidentNumber } from "./rrn";

const judges: readonly Recognizer[] = [emailAddress, creditCard, koreanResidentNumber, phoneNumber];

/**
 * The joined value read as one of the judges' values, written whole (score 0.5 or more), between the words
 * around its pieces (`around`: a documented test card's "test card" comment lets it stay).
 */
function judge(value: string, around: readonly [string, string] = ["", ""]): PiiFinding | undefined {
    // (On lines of their own: the code around is not read as the value assigned or passed.)
    const before = around[0].replace(/\n/g, " ") + "\n";
    const text = `${before}${value}\n${around[1].replace(/\n/g, " ")}`;
    const start = before.length;
    for (const r of judges) {
        if (!r.mayMatch(text, text)) continue;
        for (const f of r.scan(text, 0))
            if (f.start <= start + 1 && f.end >= start + value.length - 1 && f.score >= 0.5) return f;
    }
    return undefined;
}

/** The words around [start, end): 48 characters either side. */
const aroundOf = (text: string, start: number, end: number): [string, string] => [
    text.slice(Math.max(0, start - 48), start),
    text.slice(end, end + 48)
];

/** A separator's string (its text: one of two groups). */
const sep = String.raw`(?:"([^"\\\n]{0,8})"|'([^'\\\n]{0,8})')`;
/** A list of 2 to 12 strings, then joined: `[…].join(sep)`, `listOf(…).joinToString(sep)`. */
const joinedList = new RegExp(
    String.raw`(?:\[|\b(?:listOf|arrayOf|mutableListOf|List\.of|Arrays\.asList|Stream\.of)\()\s*((?:["'][^"'\\\n]{0,64}["']\s*,\s*){1,11}["'][^"'\\\n]{0,64}["'])\s*,?\s*[\])]\s*\.(?:join|joinToString)\(\s*(?:${sep})?\s*\)`,
    "g"
);
/** A separator's string joining a list: `"@".join([…])`, `"".join((…))`, `String.join("@", …)`. */
const sepFirst = new RegExp(
    String.raw`(?:${sep}\.join\(\s*[\[(]|\bString\.join\(\s*${sep}\s*,\s*(?:List\.of\(|Arrays\.asList\()?)\s*((?:["'][^"'\\\n]{0,64}["']\s*,\s*){1,11}["'][^"'\\\n]{0,64}["'])`,
    "g"
);
const item = /["']([^"'\\\n]{0,64})["']/g;
/** 10 to 19 single digits in a list (quoted or not): a card, a phone or a resident number kept as digits. */
const digitList = /[[({]\s*(["']?)\d\1(?:\s*,\s*(["']?)\d\2){9,18}\s*,?\s*[\])}]/g;
/** A string assigned to a name (`name = "…"`, `const name: string = '…'`, `"name": "…"`). */
const assignment =
    /(?<![\w.$])["']?([A-Za-z_$][\w$]{0,40})["']?\s*(?::\s*[\w<>[\]?]{1,20}\s*)?[:=]\s*(["'])([^"'\\\n]{1,64})\2/g;
/** What may lie between neighbouring assignments: a statement's end, a line break, a declaration's word. */
const between = /^[\s;,]*(?:(?:const|let|var|val|final|private|String|auto|char\s*\*|str)\s+)*$/;
const phoneName = /phone|mobile|\btel|cell|hp\b|전화|휴대|연락처|번호/i;
/** The names of a phone number's groups (mid, tail, part2, 가운데…), not of any two numbers (width, height). */
const groupName =
    /mid|middle|tail|last|end|second|third|part|front|back|head|body|seg|block|group|chunk|\d$|가운데|뒷|앞/i;
const localName = /user|local|name|\bid\b|_id|account|login|mail|prefix|handle|who|owner|acct/i;
const domainName = /domain|host|mail|suffix|provider|server|org|company|site/i;
const codeFile =
    /\.(?:py|js|ts|tsx|jsx|json|ya?ml|toml|md|txt|csv|html?|css|java|kt|go|rs|rb|php|sh|cfg|ini|lock|log)$/i;

interface Piece {
    name: string;
    value: string;
    start: number;
    end: number;
}

function finding(type: PiiFinding["type"], start: number, end: number, rule: string, score = 0.9): PiiFinding {
    return { type, start, end, score, rule };
}

/** The pieces of neighbouring assignments, joined as a value, where one of them lies at or after `from`. */
function assignedPieces(text: string, from: number, out: PiiFinding[]) {
    const at = Math.max(0, from - 400);
    const window = text.slice(at);
    const pieces: Piece[] = [];
    assignment.lastIndex = 0;
    for (let m = assignment.exec(window); m !== null; m = assignment.exec(window)) {
        const end = at + m.index + m[0].length - 1;
        pieces.push({ name: m[1], value: m[3], start: end - m[3].length, end });
    }
    for (let i = 0; i + 1 < pieces.length; i++) {
        const a = pieces[i];
        const b = pieces[i + 1];
        if (b.end <= from || !neighbours(text, a, b)) continue;
        const c = i + 2 < pieces.length && neighbours(text, b, pieces[i + 2]) ? pieces[i + 2] : undefined;
        const found = judgePieces(text, c === undefined ? [a, b] : [a, b, c]) ?? (c && judgePieces(text, [a, b]));
        if (found === undefined) continue;
        for (const p of found.pieces)
            if (p.start >= from) out.push(finding(found.type, p.start, p.end, `assembled.${found.how}`));
    }
}

/** Two assignments one after the other: only a statement's end or a declaration's word between them. */
function neighbours(text: string, a: Piece, b: Piece): boolean {
    const gap = text.slice(a.end + 1, b.start);
    const nameAt = gap.lastIndexOf(b.name);
    return nameAt >= 0 && gap.length < 80 && between.test(gap.slice(0, nameAt).replace(/["']$/, ""));
}

function judgePieces(
    text: string,
    pieces: Piece[]
): { type: PiiFinding["type"]; how: string; pieces: Piece[] } | undefined {
    const values = pieces.map((p) => p.value);
    const around = aroundOf(text, pieces[0].start, pieces[pieces.length - 1].end);
    if (values.every((v) => /^\d{2,13}$/.test(v))) {
        const joined = values.join("");
        for (const v of [joined, values.join("-")]) {
            const f = judge(v, around);
            if (f !== undefined && f.type !== "PHONE") return { type: f.type, how: "digit_parts", pieces };
        }
        if (/^01[016789]\d{7,8}$/.test(joined) && judge(joined, around)?.type === "PHONE")
            return { type: "PHONE", how: "phone_parts", pieces };
        // A phone's middle and last groups (mid = "3958", tail = "5175"), a phone's name right after them.
        const last = pieces[pieces.length - 1];
        if (
            pieces.length === 2 &&
            pieces.every((p) => groupName.test(p.name)) &&
            /^\d{3,4}$/.test(values[0]) &&
            /^\d{4}$/.test(values[1]) &&
            phoneName.test(
                text
                    .slice(last.end, last.end + 40)
                    .split("\n", 3)
                    .slice(0, 2)
                    .join("\n")
            ) &&
            !/^(\d)\1{3}$/.test(values[1])
        )
            return { type: "PHONE", how: "phone_groups", pieces };
        return undefined;
    }
    if (pieces.length !== 2) return undefined;
    const [a, b] = pieces;
    if (!/^[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}$/.test(a.value) || !/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(b.value))
        return undefined;
    if (!localName.test(a.name) || !domainName.test(b.name) || codeFile.test(b.value)) return undefined;
    const f = judge(`${a.value}@${b.value}`, around);
    return f?.type === "EMAIL" ? { type: "EMAIL", how: "address_parts", pieces } : undefined;
}

/** The first of groups `first`..`last` that matched (the separator's string, in whichever quotes). */
function firstGroup(m: RegExpExecArray, first: number, last: number): string | undefined {
    for (let g = first; g <= last; g++) if ((m[g] as string | undefined) !== undefined) return m[g];
    return undefined;
}

/** What a join with no separator puts between the strings: JavaScript's ",", Kotlin's ", ". */
const defaultSeparator = (call: string) => (call.includes("joinToString") ? ", " : ",");

/** The strings of a list joined with `sep`, judged; the list's span reported. */
function joinedItems(text: string, list: string, listAt: number, sep: string, from: number, out: PiiFinding[]) {
    const parts: string[] = [];
    item.lastIndex = 0;
    for (let m = item.exec(list); m !== null; m = item.exec(list)) parts.push(m[1]);
    const f = judge(parts.join(sep), aroundOf(text, listAt, listAt + list.length));
    if (f !== undefined && listAt >= from)
        out.push(finding(f.type, listAt, listAt + list.length, "assembled.joined_list"));
}

export const assembledValue: Recognizer = {
    type: "EMAIL",
    // (A digit, or a run of six characters neither space nor Hangul: the PII pre-gate's own test, index.ts.)
    mayMatch: (segment) =>
        /["'[]/.test(segment) && /[\d@.=:]/.test(segment) && (/\d/.test(segment) || /[^\s가-힣]{6}/.test(segment)),
    scan(text, from) {
        const out: PiiFinding[] = [];
        const segment = text.slice(from);
        if (/\.join(?:ToString)?\(/.test(segment)) {
            joinedList.lastIndex = 0;
            for (let m = joinedList.exec(text); m !== null; m = joinedList.exec(text))
                if (m.index + m[0].length > from)
                    joinedItems(
                        text,
                        m[1],
                        m.index + m[0].indexOf(m[1]),
                        firstGroup(m, 2, 3) ?? defaultSeparator(m[0]),
                        from,
                        out
                    );
            sepFirst.lastIndex = 0;
            for (let m = sepFirst.exec(text); m !== null; m = sepFirst.exec(text))
                if (m.index + m[0].length > from)
                    joinedItems(text, m[5], m.index + m[0].length - m[5].length, firstGroup(m, 1, 4) ?? "", from, out);
        }
        if (/\d\s*,\s*["']?\d["']?\s*,\s*["']?\d/.test(segment)) {
            digitList.lastIndex = from;
            for (let m = digitList.exec(text); m !== null; m = digitList.exec(text)) {
                const digits = m[0].replace(/\D/g, "");
                const f = judge(digits, aroundOf(text, m.index, m.index + m[0].length));
                if (f !== undefined)
                    out.push(finding(f.type, m.index + 1, m.index + m[0].length - 1, "assembled.digit_list"));
            }
        }
        if (/["']/.test(segment)) assignedPieces(text, from, out);
        return out;
    }
};
