/**
 * Provider tokens broken by a space or a line break (`ghp_1A2b… I0jK…`, a key wrapped at the
 * edge of a code block, `AKIA 2OGY BAH6 …` in groups): the view reads the pieces joined, and
 * the segmenter never cuts between them.
 *
 * A piece joins only while the token before it is still shorter than the provider's token
 * (a whole token never swallows the word after it), and only when it reads as random: letters
 * and digits only, with a digit or a capital letter after its first (an English word after "sk-learn" does not
 * go on with it). The joined body must hold a digit (or, but for AWS's all-capital ids, both cases
 * four times over). Zero-width characters between the pieces
 * are dropped earlier, by the character pass.
 */

/** Documented prefixes, the body's alphabet, and the length of a whole token's body. */
interface SplitPrefix {
    prefix: string;
    upperOnly: boolean;
    body: number;
}

const splitPrefixes: readonly SplitPrefix[] = [
    { prefix: "gh[pousr]_", upperOnly: false, body: 36 },
    { prefix: "github_pat_", upperOnly: false, body: 82 },
    { prefix: "glpat-", upperOnly: false, body: 20 },
    { prefix: "xox[abposre]-", upperOnly: false, body: 50 },
    { prefix: "xapp-", upperOnly: false, body: 80 },
    { prefix: "sk-ant-(?:api|admin)\\d\\d-", upperOnly: false, body: 90 },
    { prefix: "sk-(?:proj|svcacct|admin)-", upperOnly: false, body: 120 },
    { prefix: "sk-or-v1-", upperOnly: false, body: 64 },
    { prefix: "sk-", upperOnly: false, body: 48 },
    { prefix: "[sr]k_(?:live|test)_", upperOnly: false, body: 24 },
    { prefix: "(?:AKIA|ASIA)", upperOnly: true, body: 16 },
    { prefix: "AIza", upperOnly: false, body: 35 },
    { prefix: "hf_", upperOnly: false, body: 34 },
    { prefix: "npm_", upperOnly: false, body: 36 },
    { prefix: "gsk_", upperOnly: false, body: 52 },
    { prefix: "r8_", upperOnly: false, body: 37 },
    { prefix: "pplx-", upperOnly: false, body: 48 },
    { prefix: "xai-", upperOnly: false, body: 80 },
    { prefix: "dckr_pat_", upperOnly: false, body: 27 },
    { prefix: "glc_", upperOnly: false, body: 32 },
    { prefix: "lin_api_", upperOnly: false, body: 40 },
    { prefix: "shp(?:at|ca|pa|ss)_", upperOnly: false, body: 32 },
    { prefix: "whsec_", upperOnly: false, body: 32 },
    { prefix: "do[opr]_v1_", upperOnly: false, body: 64 },
    { prefix: "GOCSPX-", upperOnly: false, body: 28 }
];

/** Any of the prefixes (a regex source). */
const splitPrefixSource = `(?:${splitPrefixes.map((p) => p.prefix).join("|")})`;
/** A prefix, its body and whitespace: text normalize must read in full (case-sensitive, so cheaper apart). */
export const splitTokenTrigger = new RegExp(`(?<![A-Za-z0-9_-])${splitPrefixSource}[A-Za-z0-9_-]*[ \\t]*\\\\?\\s`);
const prefixAtStart = splitPrefixes.map((p) => new RegExp(`^${p.prefix}`));
/** A prefix where a token can start: not inside a longer word. */
const prefixSearch = new RegExp(`(?<![A-Za-z0-9_-])${splitPrefixSource}`, "g");
const prefixInWord = new RegExp(`(?<![A-Za-z0-9_-])${splitPrefixSource}`);

const bodyCharacter = /[A-Za-z0-9_-]/;
/** A piece after a gap: letters and digits (and _ -), with a digit or a capital letter. */
function randomPiece(piece: string, upperOnly: boolean): boolean {
    if (piece.length < 2) return false;
    if (upperOnly) return /^[A-Z0-9]+$/.test(piece);
    // A capital only at the start is a sentence's word ("The", "Deploy"), not a random piece.
    return /^[A-Za-z0-9_-]+$/.test(piece) && (/\d/.test(piece) || /[A-Z]/.test(piece.slice(1)));
}

/** Four capitals and four small letters: a random body without a digit (1 in 500 of GitHub's). */
function mixedCase(body: string): boolean {
    return body.replace(/[^A-Z]/g, "").length >= 4 && body.replace(/[^a-z]/g, "").length >= 4;
}

/** Whether text[i] is a shell line continuation: "\\" right before a line break. */
function continuation(text: string, i: number): boolean {
    return text.charCodeAt(i) === 92 && (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n"));
}

/**
 * Where the whitespace that may lie inside a broken token, from text[i], ends (i when there is
 * none): spaces and at most one line break (not a blank line), or a shell line continuation
 * ("\\" and a line break) and the next line's indent.
 */
function gapEnd(text: string, i: number): number {
    let newlines = 0;
    let escaped = false;
    let end = i;
    while (end < text.length && end - i < (escaped ? 14 : 8)) {
        const c = text[end];
        if (c === "\n") newlines++;
        else if (!escaped && newlines === 0 && continuation(text, end)) escaped = true;
        else if (c !== " " && c !== "\t" && c !== "\r") break;
        end++;
    }
    return newlines > 1 || end - i >= (escaped ? 14 : 8) ? i : end;
}

/** The prefix entry a word starts with, and the prefix's length; undefined when none. */
function prefixOf(word: string): [SplitPrefix, number] | undefined {
    for (let k = 0; k < splitPrefixes.length; k++) {
        const m = prefixAtStart[k].exec(word);
        if (m !== null) return [splitPrefixes[k], m[0].length];
    }
    return undefined;
}

/** The gaps ([start, end)) inside tokens broken by whitespace in `text`: the view drops them. */
export function splitTokenGaps(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    prefixSearch.lastIndex = 0;
    for (let m = prefixSearch.exec(text); m !== null; m = prefixSearch.exec(text)) {
        const entry = prefixOf(m[0]);
        if (entry === undefined) continue;
        const [rule] = entry;
        let end = m.index + m[0].length;
        while (end < text.length && bodyCharacter.test(text[end])) end++;
        let body = text.slice(m.index + m[0].length, end);
        if (body.length >= rule.body || (rule.upperOnly && !/^[A-Z0-9]*$/.test(body))) continue;
        const gaps: Array<[number, number]> = [];
        while (body.length < rule.body) {
            const next = gapEnd(text, end);
            if (next === end) break;
            let pieceEnd = next;
            while (pieceEnd < text.length && bodyCharacter.test(text[pieceEnd])) pieceEnd++;
            const piece = text.slice(next, pieceEnd);
            if (!randomPiece(piece, rule.upperOnly)) break;
            gaps.push([end, next]);
            body += piece;
            end = pieceEnd;
        }
        if (gaps.length > 0 && (/\d/.test(body) || (!rule.upperOnly && mixedCase(body)))) out.push(...gaps);
        prefixSearch.lastIndex = end;
    }
    return out;
}

/** A token's character, base64's "+", "/" and "=" included. */
const isTokenCode = (c: number) => isBodyCode(c) || c === 43 || c === 47 || c === 61;

/** A shell line continuation between two of a token's characters (a regex source; normalize drops it). */
export const lineContinuationSource = String.raw`\\(?<=[A-Za-z0-9+/=_-]\\)\r?\n[ \t]*(?=[A-Za-z0-9+/=_-])`;
const lineContinuation = new RegExp(lineContinuationSource, "g");

/** The line continuations inside words of `text` ([start, end)): the view reads the word joined. */
export function lineContinuationGaps(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    if (!text.includes("\\")) return out;
    lineContinuation.lastIndex = 0;
    for (let m = lineContinuation.exec(text); m !== null; m = lineContinuation.exec(text))
        out.push([m.index, m.index + m[0].length]);
    return out;
}

/** Whether the character at `i` is whitespace. */
/** Whether a char code is whitespace that may lie inside a broken token. */
const isGapCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** Letters, digits, "_" and "-": a token body's characters. */
const isBodyCode = (c: number) =>
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

/**
 * Whether the words before `at` (a cut the segmenter considers, after whitespace) are a
 * token broken short of its length, which the word at `at` may go on: then no cut. Reads back
 * at most eight pieces, none before `start`. Called at every cut: a word with neither a digit,
 * a capital, "_" nor "-" (most words) ends it without a slice or a regex.
 */
export function continuesSplitToken(text: string, at: number, start: number): boolean {
    if (!isBodyCode(text.charCodeAt(at))) return false;
    // `…KEY=wJalrXUtn\⏎FEMI…`: a shell line continuation inside a word joins it to the next line.
    let back = at;
    while (back > start && (text[back - 1] === " " || text[back - 1] === "\t")) back--;
    if (back > start && text[back - 1] === "\n") back--;
    if (back > start && text[back - 1] === "\r") back--;
    if (back - 1 > start && continuation(text, back - 1) && isTokenCode(text.charCodeAt(back - 2))) return true;
    let end = at;
    let body = 0;
    for (let pieces = 0; pieces < 8; pieces++) {
        // The whitespace before the piece: a gap the view would drop.
        let gap = end;
        while (gap > start && isGapCode(text.charCodeAt(gap - 1))) gap--;
        // A shell line continuation: the "\\" ends the piece before it (and a token never has one).
        if (gap > start && gap < end && continuation(text, gap - 1)) {
            gap--;
            while (gap > start && isGapCode(text.charCodeAt(gap - 1)) && text[gap - 1] !== "\n") gap--;
        }
        // A piece ends in a token's character (a Korean word or a sentence's end does not).
        if (gap === end || gap === start || !isBodyCode(text.charCodeAt(gap - 1))) return false;
        let begin = gap;
        let marked = false;
        while (begin > start && !isGapCode(text.charCodeAt(begin - 1))) {
            const c = text.charCodeAt(--begin);
            // Every prefix has "_", "-" or a capital letter, and every random piece a digit or a capital.
            if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || c === 45) marked = true;
        }
        if (!marked || gapEnd(text, gap) !== end) return false;
        const word = text.slice(begin, gap);
        // The token's first piece: after a quote, "=" or ":" when it is written in code.
        const prefixAt = word.search(prefixInWord);
        if (prefixAt >= 0) {
            const entry = prefixOf(word.slice(prefixAt));
            if (entry === undefined) return false;
            const [rule, length] = entry;
            const first = word.slice(prefixAt + length);
            if (!/^[A-Za-z0-9_-]*$/.test(first) || (rule.upperOnly && !/^[A-Z0-9]*$/.test(first))) return false;
            return first.length + body < rule.body;
        }
        if (!randomPiece(word, false)) return false;
        body += word.length;
        end = begin;
    }
    return false;
}

/** Whether the whitespace before `at` is a shell line continuation: `\` then a line break. */
export function afterContinuation(text: string, at: number, start: number): boolean {
    let back = at;
    while (back > start && (text[back - 1] === " " || text[back - 1] === "\t")) back--;
    if (back > start && text[back - 1] === "\n") back--;
    else return false;
    if (back > start && text[back - 1] === "\r") back--;
    return back > start && text[back - 1] === "\\";
}
