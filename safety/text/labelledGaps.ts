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

interface Replacement {
    start: number;
    end: number;
    with: string;
}

type Kind = "personal" | "card" | "business" | "driver" | "account" | "phone" | "address";

/** The words, each with the value it names (the recognizers' own context words, narrowed to names). */
const labels: ReadonlyArray<[Kind, string]> = [
    ["personal", String.raw`주민\s*(?:등록)?\s*번호|외국인\s*(?:등록)?\s*번호|\brrn\b|\bssn\b|\bjumin\b|resident`],
    ["card", String.raw`카드\s*(?:번호)?|\bcard\b|\bpan\b|\bcc_?(?:no|num|number)\b`],
    ["business", String.raw`사업자\s*(?:등록)?\s*번호|\bbrn\b|business`],
    ["driver", String.raw`운전\s*면허\s*(?:번호)?|면허\s*번호|driver|licen[cs]e`],
    ["account", String.raw`계좌\s*(?:번호)?|\baccount\b|\bacct\b|통장`],
    ["phone", String.raw`연락처|전화\s*(?:번호)?|휴대\s*(?:폰|전화)|핸드폰|\bphone\b|\btel\b|\bmobile\b|팩스|\bfax\b`],
    ["address", String.raw`\bip\b|아이피`]
];
const labelSource = labels.map(([, source]) => `(${source})`).join("|");

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
export const labelledGapTrigger = String.raw`(?:번호|카드|계좌|통장|면허|연락처|전화|폰|팩스|아이피|card|pan|cc|account|acct|phone|tel|mobile|fax|ip|rrn|ssn|jumin|resident|brn|business|driver|licen[cs]e)[^\d\n]{0,16}\d{1,7}[ \t]*(?:[#+\\=*:;^!?$%&@<>]|--)`;

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
            out.push({ start: at - gap.length, end: at, with: separator });
            at -= gap.length;
        }
    }
    return out.reverse();
}
