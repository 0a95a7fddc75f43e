/**
 * A key or token given in pieces after a word that names one (API 키, API key, access key, secret,
 * 시크릿, 비밀 키, 액세스 토큰): one piece per field, line, list item, table cell or string, or with
 * words or signs between them (`AIzaM1UmpfYi5 » rXYtIXSOaNzUh » cvk33wIaZ2wUk`, `part1: "sk-proj-…"⏎
 * part2: "4qs2m7…"`). The view joins the pieces, so the secret recognizer reads one token where a
 * word names it (a provider's prefix, or a random value after the name) and redacts every piece
 * with what lies between them. A piece looks random: eight characters or more of a token's alphabet,
 * letters with digits or in mixed case, varied (or a provider's prefix starts it). (text/labelledGaps.ts calls this; found from outside.)
 */

import { backwardsWord, nameWindow } from "./nameWindow";
import { onScreen, type Replacement } from "./viewBuilder";

/** A word that names a key or a token (no "u" flag). */
export const keyName =
    /(?<![a-z0-9])(?:api[\s_-]*(?:키|key)|access[\s_-]*(?:key|token)|secret(?:[\s_-]*key)?|tokens?|auth[\s_-]*token)(?![a-z]|[_-]?(?:ids?|type|count|len|length|names?|url|uri|endpoint|expiry|expires|ttl|prefix|header|field|param)(?![a-z0-9]))|시크릿|비밀\s*키|액세스\s*(?:키|토큰)|토큰/gi;
/**
 * The first word of such a name, as the segmenter reads one word at a time (not Bearer: its own
 * rules read the token after it, and the cut before the token is theirs).
 */
export const keyFirstWord =
    /(?<![a-z0-9])(?:api(?![a-z])|access(?![a-z])|secret|tokens?(?![a-z]))|시크릿|비밀|액세스|토큰/i;
/** A provider's token prefix starts the first piece (`glpat-vf`, `ghp_8nWk…`). */
const providerPrefix =
    /^(?:sk-|ghp_|gho_|ghs_|ghu_|github_pat_|glpat-|xox[abpr]-|AKIA|ASIA|AIza|hf_|npm_|pypi-|dop_v1_|sk_live_|rk_live_)/;
/**
 * What normalize must read in full for these (a regex source for its trigger, which is only tested:
 * the character before a prefix is read, not looked behind at, as V8 tries a look-behind first at
 * every position of every window).
 */
export const spreadTokenTrigger = String.raw`(?:${keyName.source})[^]{0,120}?[A-Za-z0-9_+/=-]{6}|(?:^|[^A-Za-z0-9_+/-])${providerPrefix.source.slice(1)}[A-Za-z0-9_-]{4,}[^A-Za-z0-9_+/=-]{1,40}[A-Za-z0-9_+/-]{6}`;
/** A piece: key characters, "=" only as padding at its end (`A=sk-…` is a variable's piece). */
const piece = /(?<![A-Za-z0-9_+/-])[A-Za-z0-9_+/-]{6,}={0,2}(?![A-Za-z0-9_+/=-])/g;
/** How far the pieces may lie after the name, and from each other. */
export const tokenWindow = 160;
const gapLimit = 40;
/** The first piece may lie a few lines below the name (a comment above code): pieces look random, words do not. */
const firstWithin = 120;

/** Letters with digits, or letters in mixed case with two of each, and varied: not a word or an identifier. */
function randomPiece(value: string): boolean {
    if (providerPrefix.test(value)) return true;
    // A key's piece has eight characters or more; "=" only as base64 padding (`page=2` is a parameter).
    if (value.length < 8 || /=[^=]/.test(value)) return false;
    const letters = value.replace(/[^A-Za-z]/g, "");
    const digits = value.replace(/\D/g, "").length;
    const upper = letters.replace(/[^A-Z]/g, "").length;
    const lower = letters.length - upper;
    if (letters.length === 0 || !((digits > 0 && letters.length >= 3) || (upper >= 2 && lower >= 2))) return false;
    // Letters only: in a random mix of cases, not an identifier's words (getUserById, SecretsManager).
    const lowerRuns = letters.match(/[a-z]+/g) ?? [];
    if (digits === 0 && lowerRuns.reduce((sum, run) => sum + run.length, 0) / lowerRuns.length >= 2.5) return false;
    return new Set(value).size >= Math.min(6, value.length - 1);
}

function continuesKey(value: string): boolean {
    // A capital only at the start is a word's (`# Stripe 문서 예제 키`), not a random piece's.
    if (/^[A-Z][a-z]+$/.test(value)) return false;
    return randomPiece(value) || (/[A-Z0-9]/.test(value) && /[a-z]/.test(value) && !/=[^=]/.test(value));
}

/** Where the view joins the pieces of a named key (the gaps read as nothing). */
export function spreadTokenReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    keyName.lastIndex = 0;
    for (let m = keyName.exec(text); m !== null; m = keyName.exec(text)) joinPieces(text, m.index + m[0].length, out);
    // A provider's prefix names the key itself (`| sk-proj-JXR1Fm | uDJzCb9Rcp… |`, chunks in a list).
    prefixedStart.lastIndex = 0;
    for (let m = prefixedStart.exec(text); m !== null; m = prefixedStart.exec(text))
        // After a piece as long as a whole key (20 characters: an AWS key id's length) only long random
        // pieces go on with it: a whole token does not take the next word (`… Deploy2024 완료`) with it.
        joinPieces(text, m.index, out, m[0].length < 20 ? 0 : 16);
    return out;
}

/** A piece that starts with a provider's prefix and goes on with a digit or a capital (not `sk-learn`). */
const prefixedStart = new RegExp(
    String.raw`(?<![A-Za-z0-9_+/-])${providerPrefix.source.slice(1)}[A-Za-z0-9_-]*[A-Z0-9][A-Za-z0-9_-]*(?![A-Za-z0-9_+/=-])`,
    "g"
);
/** The same, as the last word before a cut (the segmenter holds the cut: more pieces may follow). */
export const prefixedWord = new RegExp(`${prefixedStart.source}$`);

/** The pieces of a key from `from` on (after its name, or its first piece), joined in the view. */
function joinPieces(text: string, from: number, out: Replacement[], nextAtLeast = 0): void {
    const rest = nameWindow(text, from, tokenWindow);
    // Pieces given last first (a word says so): the first is a key's last piece, held to the looser rule.
    const backwards = backwardsWord.test(rest);
    const pieces: Array<[number, number]> = [];
    piece.lastIndex = 0;
    for (let p = piece.exec(rest); p !== null && pieces.length < 8; p = piece.exec(rest)) {
        // After the first piece, one with a capital or a digit goes on with it (a random piece of
        // nine letters may hold no digit and one capital).
        const goesOn = continuesKey(p[0]) && p[0].length >= nextAtLeast;
        if (!(pieces.length > 0 ? goesOn : randomPiece(p[0]) || (backwards && goesOn && p[0].length >= 8))) continue;
        const last = pieces.at(-1);
        if (last === undefined ? p.index > firstWithin : p.index - last[1] > gapLimit) break;
        pieces.push([p.index, p.index + p[0].length]);
    }
    // Given last piece first (뒤에서부터 적을게요: … / AIza9ME9…): the view reads the pieces in the
    // other order, every character standing for the whole run.
    const words = pieces.map(([s, e]) => rest.slice(s, e));
    if (
        backwards &&
        words.length > 1 &&
        !providerPrefix.test(words[0]) &&
        providerPrefix.test(words[words.length - 1])
    ) {
        const [start, end] = [from + pieces[0][0], from + pieces[pieces.length - 1][1]];
        out.push({ start, end, with: words.reverse().join("") });
        return;
    }
    // Otherwise a first piece only the looser rule took is not a key's.
    if (words.length > 0 && !randomPiece(words[0])) pieces.shift();
    for (let k = 1; k < pieces.length; k++) {
        const [start, end] = [from + pieces[k - 1][1], from + pieces[k][0]];
        // A dot alone between two parts is the token's own (a JWT's header.payload.signature).
        if (text.slice(start, end) === ".") continue;
        out.push({ start, end, with: "", keep: onScreen(text.slice(start, end)) });
    }
}
