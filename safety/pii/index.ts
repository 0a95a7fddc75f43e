import { hanjaNumerals } from "../text/digitForms";
import { keptByNormalize, normalize, originalSpan, spacedSinoTrigger, type NormalizedText } from "../text/normalize";
import { numberWord, numberWordLast } from "../text/spelledSeparators";
import { splitTokenTrigger } from "../text/splitTokens";
import { isWhitespaceCode } from "../text/whitespace";
import type { PiiFinding, PiiType } from "../types";
import { charCodeGate, charCodeRuns, entityNumbers } from "./charCodes";
import { wholeSpan } from "./recognizer";
import { rot13Gate, rot13Tokens } from "./rot13";
import { reversedNumberGate, reversedNumbers, reversedTokenGate, reversedTokens } from "./reversedTokens";
import { partlyMaskedCard, partlyMaskedResidentNumber } from "./partialMasks";
import { secretToken } from "./secrets";
import { priority, recognizers } from "./recognizerList";

/**
 * Spans the recognizers find in `text` (already normalised), starting at or after
 * `from`, overlaps unresolved. `may`: each recognizer's `mayMatch` for this segment
 * and text, when the caller has it.
 */
function recognize(
    text: string,
    from: number,
    enabled: ReadonlySet<PiiType> | undefined,
    may?: readonly boolean[]
): PiiFinding[] {
    const found: PiiFinding[] = [];
    const segment = from === 0 ? text : text.slice(from);
    for (let r = 0; r < recognizers.length; r++) {
        const recognizer = recognizers[r];
        if (enabled !== undefined && !enabled.has(recognizer.type)) continue;
        if (!(may?.[r] ?? recognizer.mayMatch(segment, text))) continue;
        for (const finding of recognizer.scan(text, from)) {
            if (enabled === undefined || enabled.has(finding.type)) found.push(finding);
        }
    }
    return found;
}

const base64Gate = /[A-Za-z0-9+/_-]{14}/;
/** A blob of base64 or hex, alone or as a key's value (hex=3031…, not after padding: "==…"). */
const base64Candidate =
    /(?<![A-Za-z0-9+/_-])(?<!(?:^|[^A-Za-z0-9_)\]])=)(?=[A-Za-z0-9+/_-]*[0-9+/A-Z])[A-Za-z0-9+/_-]{14,}={0,6}(?![A-Za-z0-9+/=_-])/g;

/** RFC 4648 base32, padding ignored. */
function base32(blob: string): string {
    let bits = 0;
    let value = 0;
    const bytes: number[] = [];
    for (const c of blob.replace(/=+$/, "")) {
        value = (value << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
        bits += 5;
        if (bits >= 8) {
            bytes.push((value >>> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return Buffer.from(bytes).toString("utf8");
}

/** Text, not bytes: no replacement characters, nothing below a space but whitespace. */
const notText = /[\ufffd\u0000-\u0008\u000e-\u001f]/;

/** Base64 or hex blobs that decode to text with a value in it: the whole blob is that value. */
function encoded(text: string, from: number, enabled: ReadonlySet<PiiType> | undefined): PiiFinding[] {
    const out: PiiFinding[] = [];
    base64Candidate.lastIndex = 0;
    for (let m = base64Candidate.exec(text); m !== null; m = base64Candidate.exec(text)) {
        if (m.index < from) continue;
        // An image, a font or a sound inlined as a data: URI (its SVG names w3.org and numbers).
        if (/data:(?:image|font|audio|video)\/[\w+.-]+;base64,$/i.test(text.slice(Math.max(0, m.index - 48), m.index)))
            continue;
        // A hex run written with its "0x" (body=0x3031302d…) is read without it.
        const blob = /^0x(?:[0-9a-fA-F]{2})+$/.test(m[0]) ? m[0].slice(2) : m[0];
        // Hex first (its alphabet is base64's too): hashes decode to bytes, not text, and pass.
        // A shorter run counts when every byte is an ASCII digit (a phone number as hex bytes: 3031303…).
        const hex =
            blob.length % 2 === 0 &&
            ((blob.length >= 24 && /^[0-9a-fA-F]+$/.test(blob)) || (blob.length >= 18 && /^(?:3[0-9])+$/.test(blob)));
        let decoded: string | undefined;
        let encoding = "base64";
        if (hex) {
            decoded = Buffer.from(blob, "hex").toString("utf8");
            encoding = "hex";
        }
        // Base32 (RFC 4648: A-Z and 2-7, "=" to a multiple of 8): its alphabet is base64's too.
        if (decoded === undefined && /^[A-Z2-7]{16,}=*$/.test(blob) && /[2-7]/.test(blob)) {
            decoded = base32(blob);
            encoding = "base32";
        }
        if ((decoded === undefined || notText.test(decoded)) && blob.replace(/=+$/, "").length % 4 !== 1) {
            decoded = Buffer.from(blob, blob.includes("-") || blob.includes("_") ? "base64url" : "base64").toString(
                "utf8"
            );
            encoding = "base64";
        }
        if (decoded === undefined || decoded.length < 6 || notText.test(decoded)) continue;
        // Read with the words before the blob ("# 입금 계좌 ⏎ ENV ACCOUNT=MTAw…"): a number's kind may need them.
        const before = normalize(text.slice(Math.max(0, m.index - 48), m.index)).text;
        const inner = resolve(recognize(`${before} ${normalize(decoded).text}`, 0, enabled)).filter(
            (f) => f.start > before.length
        );
        const whole = wholeSpan(inner, m.index, m.index + m[0].length, encoding);
        if (whole !== undefined) out.push(whole);
    }
    return out;
}

/** Keeps the best of overlapping spans: the higher score, then the longer span, then the type's priority. */
function resolve(found: PiiFinding[]): PiiFinding[] {
    found.sort(
        (a, b) =>
            b.score - a.score ||
            b.end - b.start - (a.end - a.start) ||
            priority(a.type) - priority(b.type) ||
            a.start - b.start
    );
    const kept: PiiFinding[] = [];
    for (const finding of found) {
        if (kept.every((k) => finding.end <= k.start || finding.start >= k.end)) kept.push(finding);
    }
    return kept.sort((a, b) => a.start - b.start);
}

/** The first view position whose original character is at or after `from`. */
function viewIndex(view: NormalizedText, from: number): number {
    const starts = view.starts;
    if (starts === undefined) return from;
    let low = 0;
    let high = starts.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (starts[mid] < from) low = mid + 1;
        else high = mid;
    }
    return low;
}

const digitFlag = 1;
/** A character normalize may change, or one that starts an escape or a spelled "at": "%", "&", "\\", "골", "앳", "엣". */
const changeFlag = 2;
/** A character outside ASCII, Hangul and CJK that normalize keeps: it runs normalize in full (see below). */
const otherFlag = 64;
const surrogateFlag = 128;
const digitWordFlag = 4;
/** Whitespace or a Hangul syllable: ends a run of [^\s가-힣] (the secret recognizer's gate). */
const breakFlag = 8;
const aFlag = 16;
const tFlag = 32;
const piiFlags = (() => {
    const flags = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
        if (c >= 0xd800 && c <= 0xdfff) flags[c] |= surrogateFlag;
        else if (
            c === 0x25 ||
            c === 0x26 ||
            c === 0x40 ||
            c === 0x3a ||
            c === 0x5c ||
            c === 0xace8 ||
            c === 0xc573 ||
            c === 0xc5e3
        )
            flags[c] |= changeFlag; // % & @ : \ 골 앳 엣
        else if (!(
            c < 0x80 ||
            (c >= 0xac00 && c <= 0xd7a3) ||
            (c >= 0x3131 && c <= 0x318e) ||
            (c >= 0x4e00 && c <= 0x9fff)
        ))
            // Past U+33FF nothing is asked: a change, normalize reads it in full.
            flags[c] |= c < 0x3400 && keptByNormalize(String.fromCharCode(c)) ? otherFlag : changeFlag;
        if (c >= 48 && c <= 57) flags[c] |= digitFlag;
        if ((c >= 0xac00 && c <= 0xd7a3) || isWhitespaceCode(c)) flags[c] |= breakFlag;
    }
    // Korean digit words, and Hanja numerals (零壹零-伍陸捌捌-…).
    for (const word of `공영빵일이삼사오육륙칠팔구${hanjaNumerals}`) flags[word.charCodeAt(0)] |= digitWordFlag;
    // "at" in either case (a spelled e-mail address is read case-insensitively).
    flags[97] |= aFlag;
    flags[65] |= aFlag;
    flags[116] |= tFlag;
    flags[84] |= tFlag;
    return flags;
})();

/**
 * Whether `text[from..]` certainly holds nothing for any recognizer, read in one pass
 * (the common case, before the gates below): no digit, "@" or ":" (every recognizer
 * but the secret one needs one), no six characters in a row outside whitespace and
 * Hangul syllables (the secret recognizer and the base64 check need them), and nothing
 * normalize would change (so the gates read the text as it is): characters outside
 * ASCII, Hangul and CJK only where normalize keeps them (and then no Korean digit
 * word at all, as normalize then runs in full), no "%", "&", two Korean digit words in
 * a row, "at" (any case) or "골". (Exported for its test.)
 */
/** Three digits spelled as words in a row. */
// (Tested only: a first number word of two words ends with one, numberWordLast.)
const spelledNumbers = new RegExp(`(?:${numberWordLast})(?:[ \\t,.-]+(?:${numberWord})){2}`, "i");

const spacedSinoDigits = new RegExp(`(?<![가-힣])${spacedSinoTrigger}(?![가-힣])`);

export function nothingToSee(text: string, from: number): boolean {
    let spaces = 0;
    let run = 0;
    let previous = 0;
    let all = 0;
    for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const f = piiFlags[code];
        all |= f;
        if (code === 32) spaces++;
        if (f & (digitFlag | changeFlag)) return false;
        if (f & previous & digitWordFlag || (f & tFlag && previous & aFlag)) return false;
        run = f & breakFlag ? 0 : run + 1;
        if (run >= 6) return false;
        if (f & surrogateFlag) {
            // A pair normalize keeps; a lone half is not read here.
            if (code >= 0xdc00 || i + 1 >= text.length) return false;
            const low = text.charCodeAt(i + 1);
            if (low < 0xdc00 || low > 0xdfff || !keptByNormalize(text.slice(i, i + 2))) return false;
            i++;
            // Both halves are run characters ([^\s가-힣]).
            run++;
            if (run >= 6) return false;
        }
        previous = f;
    }
    // Digits spelled as words ("zero one zero …", "다섯 하나 넷 …"): the segmenter keeps such a
    // run in one segment, so only a segment of many words can hold one.
    if (spaces >= 6 && spelledNumbers.test(text.slice(from))) return false;
    // Sino-Korean digits spaced one by one ("공 일 공 오 육 …"): nine such one-syllable words in a row.
    if (spaces >= 8 && spacedSinoDigits.test(text.slice(from))) return false;
    // Other characters run normalize in full, where spaced-out Korean digit words count.
    return !(all & (otherFlag | surrogateFlag) && all & digitWordFlag);
}

/**
 * PII and secret spans in `text` that start at or after `from` (what comes before
 * is context: it may raise a score, it is never reported). The recognizers read
 * the normalised view (text/normalize.ts); spans are offsets into `text`. Overlaps
 * are resolved in favour of the higher score, then the longer span, then the
 * type's priority.
 */
export function scanPii(text: string, from = 0, enabled?: ReadonlySet<PiiType>): PiiFinding[] {
    if (nothingToSee(text, from)) return [];
    // Every span lies inside text[from..]: when no recognizer can match there, nothing is found.
    const raw = from === 0 ? text : text.slice(from);
    // A token broken by whitespace lies inside one segment (the segmenter keeps it whole): only
    // the segment is tested for one, not the window.
    const splitTokens = splitTokenTrigger.test(raw);
    const segment = normalize(raw, splitTokens).text;
    const digit = /\d/.test(segment);
    const may = recognizers.map(
        (r) =>
            (enabled === undefined || enabled.has(r.type)) &&
            (digit || r.needsDigit !== true) &&
            r.mayMatch(segment, text)
    );
    const blob = base64Gate.test(segment);
    const backwards = reversedTokenGate.test(segment);
    const codes = charCodeGate.test(raw);
    const rotated = rot13Gate.test(text);
    if (!may.includes(true) && !blob && !backwards && !codes && !rotated) return [];
    const view = normalize(text, splitTokens);
    const viewFrom = viewIndex(view, from);
    // When normalize changed nothing, recognize reads the same segment and text: the gates above hold.
    const same = view.starts === undefined && segment === raw;
    const found = recognize(view.text, viewFrom, enabled, same ? may : undefined);
    // A base64 candidate starts in the segment: 14 characters of its alphabet there (a bare
    // mobile number's 11 digits are 15), at least.
    if (view.text.length >= 14 && (same ? blob : base64Gate.test(view.text.slice(viewFrom))))
        found.push(
            // A blob inside a token (a JWT's payload with an address in it) is the token's: the token goes whole.
            ...encoded(view.text, viewFrom, enabled).filter(
                (f) => !found.some((s) => s.type === "SECRET" && s.start <= f.start && f.end <= s.end)
            )
        );
    // A number read backwards: only where the forward reading found nothing in the segment.
    if (found.length === 0 && reversedNumberGate.test(view.text))
        found.push(
            ...reversedNumbers(view.text, viewFrom, (reversed) =>
                resolve(recognize(normalize(reversed).text, 0, enabled))
            )
        );
    if (backwards)
        found.push(
            ...reversedTokens(view.text, viewFrom, (reversed) =>
                resolve(recognize(normalize(reversed).text, 0, enabled))
            )
        );
    const spans = found.map((finding) => {
        const [start, end] = originalSpan(view, finding.start, finding.end);
        // The words or lines between a value's spread groups stay on screen (text/viewBuilder.ts).
        const gaps = view.kept?.filter(([s, e]) => s > start && e < end);
        return gaps === undefined || gaps.length === 0 ? { ...finding, start, end } : { ...finding, start, end, gaps };
    });
    // Tokens are also read as written: the view joins digit groups ("1_2", "3/4" read "1-2"),
    // which would cut a token whose alphabet has "_" or "/" short and leave its rest on screen.
    if (!same && (enabled === undefined || enabled.has("SECRET")) && secretToken.mayMatch(raw, text))
        spans.push(...secretToken.scan(text, from));
    // A mask's stars read as Markdown's bold in the view ("4985-32**-8596-7527" reads "4985-32-8596-7527";
    // found from outside, 2026-12-07): the partly masked values are read as written too.
    if (!same && raw.includes("**"))
        for (const masked of [partlyMaskedResidentNumber, partlyMaskedCard])
            if (enabled === undefined || enabled.has(masked.type)) spans.push(...masked.scan(text, from));
    // Character codes (String.fromCharCode(48, 49, …)), read as written (the view joins "48, 49" as digit
    // groups): decoded, read with the words before them.
    if (codes)
        spans.push(
            ...charCodeRuns(text, from, (decoded, skip) =>
                resolve(recognize(normalize(decoded).text, 0, enabled)).filter((f) => f.start >= skip)
            )
        );
    // A number spelled in HTML character references: an account's shape is read as one (charCodes.ts).
    if (raw.includes("&#") && (enabled === undefined || enabled.has("BANK_ACCOUNT")))
        spans.push(...entityNumbers(text, from));
    // A token in ROT13 where the text says so: read rotated, as written.
    if (rotated)
        spans.push(...rot13Tokens(text, from, (token) => resolve(recognize(normalize(token).text, 0, enabled))));
    const kept = resolve(spans).filter((finding) => finding.start >= from);
    // A gap that holds another value (which the view, reading the gap as a separator, did not see) is
    // redacted with the value around it, as before gaps were kept.
    for (const finding of kept)
        if (finding.gaps !== undefined)
            finding.gaps = finding.gaps.filter(
                ([s, e]) =>
                    !spans.some((o) => o !== finding && o.start >= s && o.start < e) &&
                    scanPii(text.slice(s, e)).length === 0
            );
    return kept;
}
