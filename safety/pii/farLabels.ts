// A value whose name is far above it (issue 14, found from outside: a comment "# 주민등록번호
// 마스킹" five lines above `PARTS = ['170913', '3694688']`, "-- 외국인등록번호 분할 저장" above an
// INSERT, a paragraph between "면허번호 관련 메모" and the number). A recognizer reads context
// words 48 characters before a value, so such values leaked. This keeps, for the response read so
// far, where each strong name (a number's full name, not a word like 번호 alone) was last seen.
// A segment in which the scan found nothing, holding a number within `reach` characters after such
// a name, is scanned again as if the name stood just before that number; only findings of the
// named type are kept. A name in the segment's right context (the end of its line, "… # 계좌번호")
// counts as well. It only adds findings of a named type, and reads the text
// in order, so whole text and every chunking of the stream decide alike.
import { passwordNamedAfter, passwordWordPhrase } from "./passwordWords";
import { pipedSecret } from "./pipedSecret";
import { SeedPhrases } from "./seedPhrase";
import { TotpKeys } from "./totpKey";
import { BackupCodes } from "./backupCodes";
import { PhonePieces } from "./phonePieces";
import { streetAddress } from "./streetAddress";
import { roadNumberBeforeUnit } from "./roadUnit";
import type { PiiFinding, PiiType } from "../types";
import { ColumnLabels } from "./columnLabels";
import { scanPii } from "./index";

/** Names of a number, each naming one type. */
const names: ReadonlyArray<[PiiType, RegExp]> = [
    [
        "KR_FRN",
        /외국인\s*(?:등록\s*)?번호|alien[\s_-]*registration|foreigner[\s_-]*(?:id|registration|number)|\bFRN\b/gi
    ],
    ["KR_RRN", /주민\s*(?:등록\s*)?번호|resident[\s_-]*registration|\bRRN\b/gi],
    ["KR_DRIVER_LICENSE", /(?:운전\s*)?면허\s*번호|driver'?s?[\s_-]*licen[cs]e[\s_-]*(?:no|number|#)?/gi],
    ["KR_PASSPORT", /여권\s*번호|passport[\s_-]*(?:no|number|#)/gi],
    ["KR_BRN", /사업자\s*(?:등록\s*)?번호|business[\s_-]*registration|\bBRN\b/gi],
    ["EMAIL", /이메일|메일\s*주소|\be-?mail(?:[\s_-]*address)?\b/gi],
    [
        "BANK_ACCOUNT",
        /계좌\s*번호|입금\s*계좌|[가-힣]{1,4}(?:은행|뱅크)\s*계좌|계좌(?=\s*(?:<\/t[hd]>|\||,|\n))|bank[\s_-]*account|account[\s_-]*(?:no|number|#)/gi
    ]
];

/** Each type's name, read once (not global). */
const wholeName = new Map(names.map(([type, pattern]) => [type, new RegExp(pattern.source, "i")]));

/** In the right context (the end of the value's line, a dozen characters), the start of a name is enough. */
const namesAfter: ReadonlyArray<[PiiType, RegExp]> = [
    ["KR_FRN", /외국인|alien|foreigner/i],
    ["KR_RRN", /주민|resident/i],
    ["KR_DRIVER_LICENSE", /면허|licen[cs]e|driver'?s?[\s_-]*li/i],
    ["KR_PASSPORT", /여권|passport/i],
    ["KR_BRN", /사업자|business/i],
    ["BANK_ACCOUNT", /계좌|account|bank[\s_-]*acc/i]
];

/** What may stand between a value and a name at the end of its line: quotes, brackets, a comment mark. */
const lineEnd = /^["'`)\]}\s,;]*(?:#|\/\/|--)?\s*$/;
/** What may stand between a value and its name later on its line: a comment mark, an arrow, a few words. */
const fewWords = /^["'`)\]}\s,;]*(?:#|\/\/|--|←|<-+)?[^\n\d]{0,12}$/;

/**
 * A value named later in its own sentence, as what it is ("635-… 은(는) 송건우님이 입력한 환불 계좌입니다",
 * "767334E4-… — 강수아님의 IDFA입니다") or in a comment after it on its line (`"78465782V"); // DNI`): set
 * 83, 2026-12-07. The name ends the sentence with a copula, or follows a comment mark.
 */
const predicateNames: ReadonlyArray<[PiiType, RegExp]> = [
    ["BANK_ACCOUNT", /계좌(?:\s*번호)?/],
    ["DEVICE_ID", /(?<![A-Za-z])(?:IDFA|GAID|AAID|IMEI|ADID)(?![A-Za-z])|광고\s*식별자/],
    ["NATIONAL_ID", /마이\s*넘버|(?<![A-Za-z])(?:DNI|NIE|SSN|NINO)(?![A-Za-z])|사회\s*보장\s*번호/],
    ["KR_PASSPORT", /여권\s*번호|passport[\s_-]*(?:no|number)/]
].map(([type, name]) => [
    type as PiiType,
    new RegExp(
        String.raw`^[^\n\d.!?]{0,40}?(${(name as RegExp).source})(?:\s*(?:값|번호)?\s*(?:입니다|이에요|예요|이다|임)(?![가-힣])|[ \t]*\r?\n)`
    )
]);
/** The value at the start of a line (its first token, quotes and brackets around it). */
const firstToken = /^\s*["'`(\[{]*[^\s"'`,;)\]}]+/;
/** What may stand between a value and its name at the end of its sentence. */
const predicateGap = /^["'`)\]}\s,;]*(?:#|\/\/|--|←|<-+|—|–|-)?[^\n\d.!?]{0,40}$/;

/** Whether a name after the value names it: at the end of its line, or a few words on (`name`: where it starts). */
function nameFollows(text: string, finding: PiiFinding, shift: number, name: number | undefined, far = false): boolean {
    if (name === undefined) return (far ? predicateGap : lineEnd).test(text.slice(finding.end));
    return name + shift >= finding.end && (far ? predicateGap : fewWords).test(text.slice(finding.end, name + shift));
}
/** A digit in any script, or a Sino-Korean digit word's syllable (공일공), or a Hanja numeral. */
const digitLike = /[\p{Nd}공영빵일이삼사오육륙칠팔구〇零一二三四五六七八九]/u;
/** What ends a number: a Hangul syllable that is no digit word, or two Latin letters. */
const wordLike = /[가-힣]|[A-Za-z]{2}/y;
/**
 * Whether the number that starts at `at` holds the seven digits the shortest named number has
 * (a passport's M123A4567); it ends at a word ("계좌 110 234 계좌 110 234" holds two short ones).
 */
const passportAbroad = /^[A-Z](?=(?:[A-Z]*\d){3})[A-Z0-9]{7,8}(?![A-Za-z0-9])/;
function enoughDigits(text: string, at: number): boolean {
    // Or a passport abroad with fewer (C01X00T47, H4LY4CP94: nine letters and digits, three digits or more).
    if (passportAbroad.test(text.slice(at, at + 10))) return true;
    let count = 0;
    for (let i = at; i < text.length; i++) {
        const c = text[i];
        if (digitLike.test(c)) {
            if (++count >= 7) return true;
            continue;
        }
        wordLike.lastIndex = i;
        if (wordLike.test(text)) return false;
    }
    return false;
}
/** What every name holds: most windows hold none, and are read no further. */
const anyName = /번호|계좌|메일|registration|licen[cs]e|passport|account|foreigner|mail|\b[BFR]RN\b/i;
/** A mail domain in a segment: an address's second part may be there. */
const mailDomain = /[A-Za-z0-9-]\.(?:com|net|org|io|dev|kr)\b/;
/** The longest name, in characters (a name may begin this far before the segment). */
const nameLength = 32;
/** How far after its name a value is still read with it, in characters. */
const reach = 400;

export class FarLabels {
    /** Where each type's name last ended, as an offset into the response. */
    private readonly seen = new Map<PiiType, { end: number; name: string }>();
    private readonly columns = new ColumnLabels();
    private readonly seeds = new SeedPhrases();
    private readonly backupCodes = new BackupCodes();
    private readonly totpKeys = new TotpKeys();
    private readonly phonePieces = new PhonePieces();

    /**
     * PII in `scanText` from `from` (as scanPii), and values of a type named far above.
     * `offset`: the response offset of `scanText[from]`.
     */
    scan(scanText: string, from: number, offset: number, after = ""): PiiFinding[] {
        const found = scanPii(scanText, from);
        const piped = pipedSecret(scanText, from, after);
        if (piped !== undefined && found.every((f) => piped.end <= f.start || piped.start >= f.end)) found.push(piped);
        const named = passwordNamedAfter(scanText, from, after);
        for (const word of named === undefined ? passwordWordPhrase(scanText, from, after) : [named])
            if (found.every((f) => word.end <= f.start || word.start >= f.end)) found.push(word);
        if (found.length === 0) found.push(...streetAddress(scanText, from, after));
        for (const door of roadNumberBeforeUnit(scanText, from, after))
            if (found.every((f) => door.end <= f.start || door.start >= f.end)) found.push(door);
        for (const word of [
            ...this.seeds.read(scanText, from, offset, after),
            ...this.backupCodes.read(scanText, from, offset, after),
            ...this.totpKeys.read(scanText, from, offset, after),
            ...this.phonePieces.read(scanText, from, offset)
        ])
            if (found.every((f) => word.end <= f.start || word.start >= f.end)) found.push(word);
        // Cells of a table under a header that names them (columnLabels.ts), each read with its column's name.
        for (const cell of this.columns.read(scanText, from, offset))
            for (const finding of this.rescanCell(scanText, from, cell.at, cell.name))
                if (found.every((f) => finding.end <= f.start || finding.start >= f.end)) found.push(finding);
        const segment = scanText.slice(from);
        // A name may begin in the tail ("입금 " then "계좌"): read with it, kept where it ends in the segment.
        const start = Math.max(0, from - nameLength);
        const near = scanText.slice(start);
        if (anyName.test(near))
            for (const [type, pattern] of names) {
                pattern.lastIndex = 0;
                for (let m = pattern.exec(near); m !== null; m = pattern.exec(near))
                    if (start + m.index + m[0].length > from)
                        this.seen.set(type, { end: offset + start + m.index + m[0].length - from, name: m[0] });
            }
        if (found.length > 0) return found;
        const digits = /\d{2}/.exec(segment);
        if (digits !== null) {
            // The name goes just before the first number (and the quotes or brackets that open it).
            let at = from + digits.index;
            // From the start of an id's hex group: its first digits may follow letters ("3F2504E0-…", "BE1CB311-…").
            if (/^[0-9A-Fa-f]*-[0-9A-Fa-f]/.test(scanText.slice(at, at + 40)))
                while (at > from && /[0-9A-Fa-f]/.test(scanText[at - 1])) at--;
            // From the start of a passport abroad whose first two digits follow letters (H4LY4CP94).
            let token = at;
            while (token > from && /[A-Z0-9]/.test(scanText[token - 1])) token--;
            if (token < at && passportAbroad.test(scanText.slice(token, token + 10))) at = token;
            while (at > from && "'\"`([{ ".includes(scanText[at - 1])) at--;
            // Every named number has seven digits or more (a passport's M123A4567 the fewest): a
            // segment with fewer ("계좌 110 234") is not read again.
            const out = enoughDigits(scanText, at) ? this.rescan(scanText, from, at, offset, after, false) : [];
            if (out.length > 0) return out;
        }
        // An address's parts under its name (PARTS = ['jiyoung968', 'gmail.com']): the name goes
        // before the line, and the view joins the parts (text/spreadEmail.ts).
        const domain = this.seen.has("EMAIL") ? mailDomain.exec(segment) : null;
        if (domain !== null) {
            const line = scanText.lastIndexOf("\n", from + domain.index) + 1;
            return this.rescan(scanText, from, Math.max(from, line), offset, "", true);
        }
        return found;
    }

    /** Findings in the cell at `at` when its column's name stands just before it. */
    private rescanCell(scanText: string, from: number, at: number, name: string): PiiFinding[] {
        const prefix = `${name}: `;
        const text = scanText.slice(0, at) + prefix + scanText.slice(at);
        return scanPii(text, at + prefix.length)
            .map((f) => ({ ...f, start: f.start - prefix.length, end: f.end - prefix.length }))
            .filter((f) => f.start >= from && f.gaps === undefined);
    }

    /** Findings of the types named before `at` (or after the segment) when the name stands there. */
    private rescan(scanText: string, from: number, at: number, offset: number, after: string, email: boolean) {
        const where = offset + (at - from);
        // A name right after the value, in the segment's right context ("… # 계좌번호"), counts too.
        const labels = [...this.seen].filter(
            ([type, { end }]) => (type === "EMAIL") === email && end <= where && where - end <= reach
        );
        // Or in the segment itself, a few words after the value ("… ← 이게 제 account number"): where it starts.
        const follows = new Map<PiiType, number>();
        const line = scanText.slice(at, (scanText.indexOf("\n", at) + 1 || scanText.length + 1) - 1);
        for (const [type, pattern] of email ? [] : namesAfter) {
            // In the line a whole name ("account" alone is too common there); after the segment, its start.
            const inLine = wholeName.get(type)?.exec(line) ?? null;
            const m = inLine ?? pattern.exec(after);
            if (m === null) continue;
            labels.push([type, { end: -1, name: m[0] }]);
            if (inLine !== null) follows.set(type, at + inLine.index);
        }
        const predicates = new Set<PiiType>();
        // The rest of the value's sentence: in the segment, then in its right context (contentHold.ts waits
        // for it after a value alone as a word).
        const rest = line.replace(firstToken, "");
        const sentence =
            rest +
            (line.length < scanText.length - at ? "\n" : after.slice(0, after.indexOf("\n") + 1 || after.length));
        for (const [type, pattern] of email ? [] : predicateNames) {
            const m = pattern.exec(sentence);
            if (m === null || follows.has(type)) continue;
            labels.push([type, { end: -1, name: m[1] }]);
            const name = m[0].indexOf(m[1]) + m.index;
            if (name < rest.length) follows.set(type, at + line.length - rest.length + name);
            predicates.add(type);
        }
        if (labels.length === 0) return [];
        // One rescan with every active name before the number (a name above counts wherever the
        // value ends; a name after it only where nothing but a comment mark follows the value).
        const above = new Set(labels.filter(([, { end }]) => end >= 0).map(([type]) => type));
        const named = new Set(labels.map(([type]) => type));
        const prefix = `${[...new Set(labels.map(([, { name }]) => name))].join(" ")}: `;
        const text = scanText.slice(0, at) + prefix + scanText.slice(at);
        const out: PiiFinding[] = [];
        // An address's view needs its name inside the segment read (text/spreadEmail.ts); a number's does not.
        for (const finding of scanPii(text, email ? at : at + prefix.length, named))
            if (
                finding.start >= at + prefix.length &&
                (above.has(finding.type) ||
                    nameFollows(text, finding, prefix.length, follows.get(finding.type), predicates.has(finding.type)))
            )
                out.push({
                    ...finding,
                    start: finding.start - prefix.length,
                    end: finding.end - prefix.length,
                    ...(finding.gaps && {
                        gaps: finding.gaps.map(([s, e]) => [s - prefix.length, e - prefix.length] as const)
                    })
                });
        return out;
    }
}
