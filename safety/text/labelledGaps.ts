/**
 * A value's groups joined by a gap no other pass reads (`080616+4558241`, `5319#5293#3942#8438`,
 * `253\77\41422`, `19--91--777395--12`, `878:226:954436`, `933<b></b>92<b></b>64198`), right after a
 * word that says which value follows (주민등록번호:, 카드번호, 사업자등록번호, 계좌, 운전면허번호,
 * 연락처, IP …). The same gap stands between every two groups, and the groups have the shape of the
 * value the word names; the view then reads the gap as that value's own separator ("-", "." for an
 * address), and the recognizers still check the value (birth date, check digit, Luhn, region code,
 * number plan). Without such a word `3+4+5`, `#1#2` and `a<b>1</b>` stay as they are.
 * (text/normalize.ts calls this in its digit-group pass; found from outside.)
 */

import { isDigitCode } from "./labelledGroups";
import { backwardsWord, nameWindow } from "./nameWindow";
import { emailName, holdsDomain, spreadEmailReplacements, spreadEmailTrigger } from "./spreadEmail";
import { keyFirstWord, prefixedWord, spreadTokenReplacements, spreadTokenTrigger, tokenWindow } from "./spreadToken";
import { onScreen, type Replacement } from "./viewBuilder";
import { isWhitespaceCode } from "./whitespace";

type Kind = "personal" | "card" | "business" | "driver" | "account" | "phone" | "address";

/** The words, each with the value it names (the recognizers' own context words, narrowed to names). */
const labels: ReadonlyArray<[Kind, string]> = [
    [
        "personal",
        String.raw`주민[\s_]*(?:등록)?[\s_]*번호|외국인[\s_]*(?:등록)?[\s_]*번호|(?<![a-z])rrn(?![a-z])|(?<![a-z])ssn(?![a-z])|(?<![a-z])jumin(?![a-z])|resident|(?<![a-z])alien(?![a-z])|foreigner`
    ],
    [
        "card",
        String.raw`카드[\s_]*(?:번호)?|(?<![a-z])card(?![a-z])|(?<![a-z])pan(?![a-z])|(?<![a-z])cc_?(?:no|num|number)(?![a-z])`
    ],
    ["business", String.raw`사업자[\s_]*(?:등록)?[\s_]*번호|(?<![a-z])brn(?![a-z])|business`],
    ["driver", String.raw`운전[\s_]*면허[\s_]*(?:번호)?|면허[\s_]*번호|driver|licen[cs]e`],
    ["account", String.raw`계좌[\s_]*(?:번호)?|(?<![a-z])account(?![a-z])|(?<![a-z])acct(?![a-z])|통장`],
    [
        "phone",
        String.raw`연락처|전화[\s_]*(?:번호)?|휴대[\s_]*(?:폰|전화)|핸드폰|대표[\s_]*(?:번호|전화)|내선|(?<![a-z])phone(?![a-z])|(?<![a-z])tel(?![a-z])|(?<![a-z])mobile(?![a-z])|팩스|(?<![a-z])fax(?![a-z])`
    ],
    ["address", String.raw`(?<![a-z])ip(?![a-z])|아이피|서버[\s_]*주소|(?:host|server)\s*address`]
];
/**
 * The words' first parts, as the segmenter reads them one word at a time (주민 of 주민 번호, 주소 of
 * 서버 주소, phone of phone number).
 */
const firstWords: ReadonlyArray<[Kind, string]> = [
    [
        "personal",
        String.raw`주민|외국인|(?<![a-z])rrn(?![a-z])|(?<![a-z])ssn(?![a-z])|(?<![a-z])jumin(?![a-z])|resident|(?<![a-z])alien(?![a-z])|foreigner`
    ],
    ["card", String.raw`카드|(?<![a-z])card(?![a-z])|(?<![a-z])pan(?![a-z])|(?<![a-z])cc_?(?:no|num|number)(?![a-z])`],
    ["business", String.raw`사업자|(?<![a-z])brn(?![a-z])|business`],
    ["driver", String.raw`운전|면허|driver|licen[cs]e`],
    ["account", String.raw`계좌|(?<![a-z])account(?![a-z])|(?<![a-z])acct(?![a-z])|통장`],
    [
        "phone",
        String.raw`연락처|전화|휴대|핸드폰|대표|내선|(?<![a-z])phone(?![a-z])|(?<![a-z])tel(?![a-z])|(?<![a-z])mobile(?![a-z])|팩스|(?<![a-z])fax(?![a-z])`
    ],
    ["address", String.raw`(?<![a-z])ip(?![a-z])|아이피|주소|(?<![a-z])host(?![a-z])|(?<![a-z])server(?![a-z])`]
];
const labelSource = labels.map(([, source]) => `(${source})`).join("|");
/** Whether a text holds a name at all (the passes below read none without one). */
const anyName = new RegExp(labels.map(([, source]) => source).join("|"), "i");

/**
 * A gap: up to four signs (not a letter, digit or space; not a quote, which string joins read), or
 * up to two tags, with blanks around it.
 */
const gapSource = String.raw`[ \t]*(?:[^\p{L}\p{N}\s"'\x60]{1,4}|(?:<\/?[A-Za-z][A-Za-z0-9]*>){1,2})[ \t]*`;
/** The gap read back: the same between every two groups. */
const sameGap = `\\${String(labels.length + 2)}`;
const labelled = new RegExp(
    String.raw`(?:${labelSource})[^\d\n]{0,16}?(?<!\d)(\d{1,7})(${gapSource})(\d{1,7})(?:${sameGap}(\d{1,7}))?(?:${sameGap}(\d{1,7}))?(?!\d)`,
    "giu"
);

/** What normalize must read in full for these (a regex source for its trigger: no "u" flag there). */
export const labelledGapTrigger = String.raw`(?:${anyName.source})(?:[^\d\n]{0,16}\d{1,7}[ \t]*(?:[#+\\=*:;^!?$%&@<>]|--)|[^]{0,48}?\d{2}\D[^]{0,64}?\d{2})|${spreadEmailTrigger}|${spreadTokenTrigger}`;

/** Gaps the digit-group pass already reads (a dash, a dot, "_", "/", ",", "~", "|", "·", "•"). */
const readElsewhere = /^[ \t]*[-._/,~|·•]?[ \t]*$/;

function shaped(kind: Kind, groups: readonly string[]): boolean {
    const lengths = groups.map((g) => g.length).join(",");
    const digits = groups.join("").length;
    switch (kind) {
        case "personal":
            return lengths === "6,7";
        case "card":
            return lengths === "4,4,4,4" || lengths === "4,6,5" || lengths === "4,6,4";
        case "business":
            return lengths === "3,2,5";
        case "driver":
            return lengths === "2,2,6,2";
        case "account":
            return groups.length >= 3 && digits >= 10 && digits <= 16 && groups.every((g) => g.length >= 2);
        case "phone":
            return (
                groups.length === 3 &&
                /^0\d{1,2}$/.test(groups[0]) &&
                /^[34],4$/.test(lengths.slice(lengths.indexOf(",") + 1))
            );
        case "address":
            return groups.length === 4 && groups.every((g) => g.length <= 3 && Number(g) <= 255);
    }
}

/** Where the view reads such a gap as the value's separator. */
export function labelledGapReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    if (!anyName.test(text)) return out;
    labelled.lastIndex = 0;
    for (let m = labelled.exec(text); m !== null; m = labelled.exec(text)) {
        // Groups that did not take part are undefined at run time (the type says string).
        const named = (m.slice(1, labels.length + 1) as Array<string | undefined>).findIndex((g) => g !== undefined);
        const kind = labels[named][0];
        const [first, gap, ...rest] = m.slice(labels.length + 1) as Array<string | undefined>;
        const groups = [first, ...rest].filter((g): g is string => g !== undefined);
        if (gap === undefined || readElsewhere.test(gap) || !shaped(kind, groups)) continue;
        // The value's groups end the match: step back from its end over groups and gaps.
        let at = m.index + m[0].length;
        const separator = kind === "address" ? "." : "-";
        for (let k = groups.length - 1; k > 0; k--) {
            at -= groups[k].length;
            out.push({ start: at - gap.length, end: at, with: separator, keep: onScreen(gap) });
            at -= gap.length;
        }
    }
    return out.reverse();
}

/**
 * How far after a word naming a value its groups may lie spread out (lines, table rows or cells,
 * list items, variables, words between them): the segmenter holds its cuts that long.
 */
export const spreadWindow = 120;
const spreadLabel = new RegExp(`(?:${labelSource})`, "gi");
/**
 * A digit group standing on its own: not glued to a letter, a Hangul word or another number; a
 * particle may follow it (`5248을 입력`, `앞부분은 7254입니다`, `9482이고요`), a unit may not (`10일`,
 * `300만원`, `30도`).
 */
const spreadGroup = /(?<![\p{L}\p{N}_])\d{2,7}(?![\p{N}_]|(?![을를이가은는와과로으에입예])\p{L})/gu;
/** A number standing on its own (not a key's `_2`, not `part2`). */
const standaloneNumber = /(?<![\p{L}\p{N}_])\d+(?![\p{L}\p{N}_])/u;
/** A unit or a counter after a group, with a space or none. */
const unitAfter =
    /^[ \t]*(?:개|곳|명|건|회|번째|년|월|일|시간|시|분|초|원|만|억|달러|배|단계|지역|바이트|퍼센트|%|(?:ms|sec|s|rows?|items?|bytes?|[kmg]i?b|times|users?|req)(?![a-z]))/i;
/** A word that says the number after it is the next part of one value (가운데, 그 다음, 2단계, next …). */
const partWord =
    /가운데|중간|다음|마지막|나머지|뒷\s*(?:자리|부분)|뒤\s*(?:자리|부분|쪽)|끝\s*(?:자리|부분)|[두세네]\s*번째|\d\s*(?:단계|번째)|(?<![a-z])(?:next|then|last|middle|second|third|part|step)(?![a-z])/i;
/** What follows the name when its parts are given one by one: a topic, "앞", "입력", a colon (not `계좌 조회 API`). */
const partsFollow = /^[ \t]*(?:번호|number|no\.?)?[ \t]*(?:[은는의:]|앞|첫|입력|(?:is|in)(?![a-z]))/i;
/** A number said to be a measure (평균 120, 최대 340, total 5600): no value's part. */
const measureWord = /평균|최대|최소|합계|총\s|대략|약\s|(?<![a-z])(?:average|avg|max|min|total|about)(?![a-z])/i;
const groupCount: Record<Kind, number> = {
    personal: 2,
    card: 4,
    business: 3,
    driver: 4,
    account: 3,
    phone: 3,
    address: 4
};

/**
 * A named value's groups spread over lines, table rows or cells, list items, variables or words
 * (`연락처:⏎| 1 | 010 |⏎| 2 | 2283 |…`, `const a = "010"; const b = "2283"; …`, `앞자리 010, 가운데
 * 2283, …`): the first groups after the word, no blank line between them, read as one value when
 * they have its shape; what lies between them is read as its separator (and redacted with it).
 */
export function spreadGroupReplacements(text: string): Replacement[] {
    // An e-mail address's mailbox and domain given apart (text/spreadEmail.ts).
    const out: Replacement[] = spreadEmailReplacements(text).concat(spreadTokenReplacements(text));
    if (!anyName.test(text)) return out;
    spreadLabel.lastIndex = 0;
    for (let m = spreadLabel.exec(text); m !== null; m = spreadLabel.exec(text)) {
        const named = (m.slice(1, labels.length + 1) as Array<string | undefined>).findIndex((g) => g !== undefined);
        const kind = labels[named][0];
        const from = m.index + m[0].length;
        const window = nameWindow(text, from, spreadWindow);
        const groups: RegExpExecArray[] = [];
        spreadGroup.lastIndex = 0;
        for (
            let g = spreadGroup.exec(window);
            g !== null && groups.length < groupCount[kind];
            g = spreadGroup.exec(window)
        )
            groups.push(g);
        if (groups.length < groupCount[kind] || groups[0].index > 48) continue;
        // The last group goes on as written (VALUES (1042, '5196-9867-0851-8124')): a value written whole
        // follows a number of another kind; its groups are not this one's.
        const lastGroup = groups[groups.length - 1];
        if (/^[-.]\d/.test(window.slice(lastGroup.index + lastGroup[0].length))) continue;
        // An account has no check digit, an address none either: with a particle after a group, the
        // groups read as amounts and counts (TTL은 64이고 길이는 20이며 …), unless an address's are all
        // three digits.
        const particles = groups.some((g) => /\p{L}/u.test(window[g.index + g[0].length] ?? ""));
        // …unless each later group is said to be the next part (앞부분은 7254입니다. 가운데는 214이고요 …).
        const parts =
            partsFollow.test(window) &&
            !measureWord.test(window.slice(0, groups[groups.length - 1].index)) &&
            groups.slice(1).every((g, k) => partWord.test(window.slice(groups[k].index, g.index)));
        if (particles && !parts && (kind === "account" || (kind === "address" && groups.some((g) => g[0].length < 3))))
            continue;
        // A count or a measure (`110 개`, `123456 건`, `120 ms`, `900101 rows`): no value's group.
        if (groups.some((g) => unitAfter.test(window.slice(g.index + g[0].length, g.index + g[0].length + 12))))
            continue;
        const values = groups.map((g) => g[0]);
        const gaps = groups.slice(1).map((g, k) => [from + groups[k].index + groups[k][0].length, from + g.index]);
        if (gaps.some(([start, end]) => end - start > 64)) continue;
        // No check digit: between an account's or an address's groups, another number stands only
        // beside the name said again (`'서버 IP 2': '165'`); a table of counts or sizes under 계좌 or
        // 서버 주소 (`| 1 | 64 | 128 |⏎| 2 | 32 |`) is no value.
        if (
            (kind === "account" || kind === "address") &&
            gaps.some(([start, end]) => {
                const gap = text.slice(start, end);
                return standaloneNumber.test(gap) && !anyName.test(gap);
            })
        )
            continue;
        const separator = kind === "address" ? "." : "-";
        const inOrder = shaped(kind, values);
        // Written backwards, with a word that says so (32991 / 97 / 389 (순서를 거꾸로 읽으세요)): the
        // view reads the groups in their order, all of them standing for the whole run; when the run
        // has the value's shape either way (a card's four groups), both readings, a line apart.
        const readings = backwardsWord.test(window) ? readBackwards(kind, values) : [];
        if (readings.length > 0) {
            const last = groups[groups.length - 1];
            if (inOrder) readings.unshift(values);
            out.push({
                start: from + groups[0].index,
                end: from + last.index + last[0].length,
                with: readings.map((r) => r.join(separator)).join("\n")
            });
            continue;
        }
        if (!inOrder) continue;
        // Joined as a value is written (010-2283-1439, 211.201.143.203): the other passes read it.
        if (gaps.every(([start, end]) => /^(?:-|\.| |)$/.test(text.slice(start, end)))) continue;
        for (const [start, end] of gaps)
            out.push({ start, end, with: separator, keep: onScreen(text.slice(start, end)) });
    }
    return out;
}

/** How far after a value's digits a word naming it may come (`461184-72-125957 (위 번호가 계좌번호)`). */
const nameAfter = 12;

/**
 * Whether a run of digits with a value's size (nine or more, in at most four groups joined by "-",
 * "." or a space) ends within `nameAfter` characters before `before`: the segmenter holds its cut, so
 * a word naming the value after it lies in the value's segment, where the recognizers read it.
 */
function valueJustBefore(text: string, before: number, start: number): boolean {
    let i = before;
    const stop = Math.max(start, before - nameAfter);
    while (i >= stop && !isDigitCode(text.charCodeAt(i))) i--;
    if (i < stop) return false;
    let digits = 0;
    let groups = 1;
    for (let k = i; k >= start && i - k < 24; k--) {
        const code = text.charCodeAt(k);
        if (isDigitCode(code)) digits++;
        else if ((code === 45 || code === 46 || code === 32) && isDigitCode(text.charCodeAt(k + 1))) groups++;
        else break;
    }
    return digits >= 9 && groups <= 4;
}

/** The groups read backwards (the run's order reversed, every digit reversed) that have the value's shape. */
function readBackwards(kind: Kind, values: readonly string[]): string[][] {
    const order = [...values].reverse();
    const digits = order.map((g) => Array.from(g).reverse().join(""));
    return [order, digits].filter((reading) => shaped(kind, reading));
}

/** The first two syllables of the Korean first words (주민, 외국인, 카드, 사업자, 면허, …), and 폰 (핸드폰). */
const nameStarts = new Set(
    [
        "주민",
        "외국",
        "카드",
        "사업",
        "운전",
        "면허",
        "계좌",
        "통장",
        "연락",
        "전화",
        "휴대",
        "팩스",
        "아이",
        "주소",
        "이메",
        "메일",
        "시크",
        "비밀",
        "액세",
        "인증",
        "토큰",
        "대표",
        "내선"
    ].map((pair) => pair.charCodeAt(0) * 65536 + pair.charCodeAt(1))
);
const phone = "폰".charCodeAt(0);
/** A word that names a value (read on the word before a cut; no "u" flag: faster, and not needed). */
const namingWord = new RegExp(firstWords.map(([, source]) => `(${source})`).join("|"), "i");

/**
 * The segmenter's hold after a word naming a value: no cut until as many digit groups as the value
 * has have followed, a blank line, or `spreadWindow` characters, so the spread groups lie in one segment (the cut
 * still depends only on the text before it).
 */
export class SpreadValueHold {
    /** Where the last word naming a value ended; -1 when none holds the cuts. */
    private from = -1;
    /**
     * What the word names: a value with `groupCount` groups, an e-mail address (the hold ends at its
     * domain) or a key (held for the window: how many pieces it has is not known).
     */
    private named: Kind | "email" | "token" = "card";

    /** Whether the cut at `at` waits; `before`: the last visible position before it, `start`: the segment's. */
    holds(text: string, at: number, before: number, start: number): boolean {
        if (this.from >= start) {
            // A key's pieces: held for the window (how many there are is not known).
            if (
                this.named === "token"
                    ? at - this.from <= tokenWindow
                    : at - this.from <= spreadWindow && !this.complete(text, at)
            )
                return true;
            this.from = -1;
        }
        if (before < start) return false;
        if (valueJustBefore(text, before, start)) return true;
        // Most words hold none of the names' characters: no slice, no regex for them.
        let begin = before + 1;
        let maybe = false;
        while (begin > start && before - begin < 15 && !isWhitespaceCode(text.charCodeAt(begin - 1))) {
            const code = text.charCodeAt(--begin);
            maybe ||=
                code < 128
                    ? (code | 32) >= 97 && (code | 32) <= 122
                    : code === phone || nameStarts.has(code * 65536 + text.charCodeAt(begin + 1));
        }
        if (!maybe) return false;
        const word = text.slice(begin, before + 1);
        emailName.lastIndex = 0;
        if (emailName.test(word)) this.named = "email";
        else if (keyFirstWord.test(word) || prefixedWord.test(text.slice(Math.max(start, before - 60), before + 1)))
            this.named = "token";
        else {
            const value = namingWord.exec(word);
            if (value === null) return false;
            this.named = firstWords[(value.slice(1) as Array<string | undefined>).findIndex((g) => g !== undefined)][0];
        }
        this.from = before + 1;
        return true;
    }

    /** The named value's groups, or a blank line, since the naming word. */
    private complete(text: string, at: number): boolean {
        const since = text.slice(this.from, at);
        if (/\n[ \t\r]*\n/.test(since)) return true;
        if (this.named === "email") return holdsDomain(since);
        const count = groupCount[this.named as Kind];
        spreadGroup.lastIndex = 0;
        let groups = 0;
        while (spreadGroup.exec(since) !== null) if (++groups >= count) return true;
        return false;
    }

    shift(drop: number): void {
        if (this.from >= 0) this.from -= drop;
    }

    reset(): void {
        this.from = -1;
    }
}
