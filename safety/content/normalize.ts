// Normalises canonical text (see canonical.ts) so obfuscated words match the lexicon: Hangul is decomposed into
// jamo (es-hangul), so "시발", "ㅅㅣㅂㅏㄹ" and "시ㅂ발" meet; digits, symbols and
// spaces inserted inside a word are dropped ("시1발", "시.발", "시 발"); Latin runs
// are read as leetspeak English ("sh1t"); Korean typed on an English keyboard
// ("tlqkf") is matched in lexicon.ts against the lexicon's own keyboard spellings. Every normalised character remembers which input
// character it came from, so a match maps back to an exact span.
import { disassemble } from "es-hangul";

const jamoCache = new Map<string, string>();

/** A syllable or jamo decomposed into basic jamo ("닭" -> "ㄷㅏㄹㄱ"). */
export function jamoOf(char: string): string {
    let jamo = jamoCache.get(char);
    if (jamo === undefined) {
        jamo = disassemble(char);
        if (jamoCache.size < 20_000) jamoCache.set(char, jamo);
    }
    return jamo;
}

/** Whether a code unit is Hangul: conjoining jamo, compatibility jamo or a syllable ({@link isHangul}'s ranges). */
const isHangulCode = (code: number) =>
    (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xac00 && code <= 0xd7a3);

/** Whether `char` holds Hangul (conjoining jamo, compatibility jamo or a syllable): code ranges, no regex (per character, per window). */
export function isHangul(char: string): boolean {
    for (let i = 0; i < char.length; i++) {
        const code = char.charCodeAt(i);
        if (
            (code >= 0x1100 && code <= 0x11ff) ||
            (code >= 0x3130 && code <= 0x318f) ||
            (code >= 0xac00 && code <= 0xd7a3)
        )
            return true;
    }
    return false;
}

/** A normalised view of part of the input: `text[i]` came from input character `source[i]`. */
export interface NormalisedText {
    text: string;
    source: number[];
    /** Indexes in `text` where an input character starts (a match must begin at one). */
    unitStarts: Set<number>;
}

/**
 * The Hangul skeleton of `input` (canonical text, see canonical.ts): each Hangul
 * character as jamo; digits, symbols and whitespace dropped when they sit between
 * Hangul characters of one word (an obfuscation), kept as a word break otherwise;
 * a vowel stretched with ㅇ+vowel or a bare vowel ("시이이발", "시ㅣㅣ발") read once;
 * Latin letters dropped (see {@link latinWords}).
 */
export function hangulSkeleton(input: string): NormalisedText {
    let text = "";
    const source: number[] = [];
    const unitStarts = new Set<number>();
    let lastHangul = -10;
    let runLength = 0;
    let stretched = false;
    for (let i = 0; i < input.length; i++) {
        const char = input[i];
        if (isHangul(char) && !censorBetween(input, i)) {
            const jamo = vowelLookalike(jamoOf(char));
            if (lastHangul === i - 1 && stretches(text, jamo)) {
                lastHangul = i;
                stretched = true;
                continue;
            }
            // "병시이이인", "조오오옷": after a stretch, the last syllable's final consonant closes the word.
            const closing = stretchClosing(text, jamo);
            if (lastHangul === i - 1 && stretched && closing !== undefined) {
                text += closing;
                source.push(i);
                lastHangul = i;
                stretched = false;
                continue;
            }
            stretched = false;
            runLength = lastHangul === i - 1 ? runLength + 1 : 1;
            unitStarts.add(text.length);
            for (const j of jamo) {
                text += j;
                source.push(i);
            }
            lastHangul = i;
            continue;
        }
        // "씨X발", "병ㅡ신": a censor letter or the vowel ㅡ used as a dash, alone between two syllables.
        if (censorBetween(input, i)) continue;
        // "ㅅ1발": a digit one (or l, |, !) after a bare consonant stands for the vowel ㅣ; between two
        // bare consonants of an initialism ("ㅅ1ㅂ", "ㅈ1ㄴ") it is filler, unless a vowel follows ("ㅅ1ㅂㅏㄹ").
        if (
            /[1lI|!]/.test(char) &&
            // "ㅆㅂ!": an exclamation mark that ends the word is punctuation.
            (char !== "!" || isHangul(input[i + 1] ?? "")) &&
            lastHangul === i - 1 &&
            /[\u3131-\u314E]/.test(input[i - 1]) &&
            !(/[\u3131-\u314E]/.test(input[i + 1] ?? "") && !/[\u314F-\u3163]/.test(input[i + 2] ?? ""))
        ) {
            text += "ㅣ";
            source.push(i);
            lastHangul = i;
            continue;
        }
        if (!isFiller(input, i, lastHangul, runLength) && text.length > 0 && text[text.length - 1] !== " ") {
            text += " ";
            source.push(i);
        }
    }
    return { text, source, unitStarts };
}

const syllable = (c: string | undefined) => c !== undefined && c >= "\uAC00" && c <= "\uD7A3";

/** A censor mark (X, O, ㅡ, ○, ×) standing alone between two complete syllables: "씨X발", "병ㅡ신". */
export function censorBetween(input: string, i: number): boolean {
    // A code unit first: most characters are none (no one-character string made for them).
    if (censorCodes[input.charCodeAt(i)] !== 1) return false;
    // A run of up to three marks ("씨ㅡㅡ발") stands for one.
    let from = i;
    while (from > 0 && i - from < 2 && censorMarks.includes(input[from - 1])) from--;
    let to = i;
    while (to - from < 2 && censorMarks.includes(input[to + 1] ?? "")) to++;
    return syllable(input[from - 1]) && syllable(input[to + 1]);
}
const censorMarks = "XxOoㅡ○●×✕";
/** 1 at the code unit of each of {@link censorMarks} (NaN, past the end, reads as none). */
const censorCodes = new Uint8Array(65536);
for (const mark of censorMarks) censorCodes[mark.charCodeAt(0)] = 1;

const bareVowel = /^[ㅏ-ㅣ]+$/;

/** Whether a syllable (as jamo) only stretches the vowel the skeleton ends with ("시" + "이", "시" + "ㅣ"). */
function stretches(text: string, jamo: string): boolean {
    const last = text[text.length - 1] ?? "";
    if (!/[ㅏ-ㅣ]/.test(last)) return false;
    const vowel = jamo.startsWith("ㅇ") ? jamo.slice(1) : jamo;
    return vowel === last && bareVowel.test(vowel);
}

/** ㅇ + the vowel the skeleton ends with + a final consonant: the final, or undefined ("인" after "시이"). */
export function stretchClosing(text: string, jamo: string): string | undefined {
    const last = text[text.length - 1] ?? "";
    return jamo.length === 3 && jamo[0] === "ㅇ" && jamo[1] === last && /[ㅏ-ㅣ]/.test(last) ? jamo[2] : undefined;
}

/**
 * Syllables no Korean word is spelt with, written for the ones a swear word has (싀발, 병싄, 시봘, 뱔):
 * ㅢ after ㅅ/ㅆ read ㅣ, ㅘ or ㅑ after ㅂ/ㅃ read ㅏ. (의, ㅇ + ㅢ, stays.)
 */
export function vowelLookalike(jamo: string): string {
    if (/^[ㅅㅆ]ㅡㅣ/.test(jamo)) return `${jamo[0]}ㅣ${jamo.slice(3)}`;
    if (/^[ㅂㅃ](?:ㅗㅏ|ㅑ)ㄹ$/.test(jamo)) return `${jamo[0]}ㅏㄹ`;
    return jamo;
}

const space = /[\s\u00a0\u3000]/;
const fillerChar = /[^\p{L}]/u;
/**
 * Per code unit, the two tests above as a character alone reads them (1: filler, 2: a space):
 * {@link isFiller} is asked of most characters that are not Hangul, one at a time.
 */
const fillerCodes = (() => {
    const table = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
        const char = String.fromCharCode(c);
        table[c] = (fillerChar.test(char) ? 1 : 0) | (space.test(char) ? 2 : 0);
    }
    return table;
})();
/** At most this many non-letters inside a word without a space ("시123발", "시🔥발"), two with one. */
const maxFiller = 4;

/**
 * Whether input[i] is filler inside an obfuscated word: a short run of non-letters
 * right after a Hangul character and right before another. Digits, symbols and emoji
 * count up to {@link maxFiller} ("시1발", "병.신", "시123발"); a space only in a run of
 * at most two between single syllables ("시 발", not "무시 발견" or "사용 시 발생").
 */
function isFiller(input: string, i: number, lastHangul: number, runLength: number): boolean {
    if (i >= input.length || lastHangul < 0 || i <= lastHangul || (fillerCodes[input.charCodeAt(i)] & 1) === 0)
        return false;
    let j = lastHangul + 1;
    let sawSpace = false;
    while (j < input.length) {
        const f = fillerCodes[input.charCodeAt(j)];
        if ((f & 1) === 0) break;
        if ((f & 2) !== 0) sawSpace = true;
        j++;
        if (j - lastHangul - 1 > maxFiller) return false;
    }
    // (Past the end, charCodeAt is NaN: no Hangul, as isHangul("") says.)
    if (!isHangulCode(input.charCodeAt(j))) return false;
    if (!sawSpace) return true;
    // Spaced out means single syllables on both sides: "시 발", not "사용 시 발생".
    return j - lastHangul - 1 <= 2 && runLength === 1 && !isHangulCode(input.charCodeAt(j + 1));
}

/** Leetspeak read back as letters: one table for the word reader, the gate and the insertion readings. */
export const leet: Readonly<Record<string, string>> = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    $: "s",
    "!": "i"
};

/** A Latin word of the input: where it is, as typed, and lower-cased with leetspeak undone. */
export interface LatinWord {
    start: number;
    end: number;
    raw: string;
    /** Lower case, digits/symbols read as letters ("sh1t" -> "shit"); "*" kept as a hidden letter. */
    ascii: string;
}

/** Latin words of the input (letters with leetspeak digits/symbols inside). */
export function latinWords(input: string): LatinWord[] {
    const out: LatinWord[] = [];
    const word = /[A-Za-z@$][A-Za-z0-9@$!*]*[A-Za-z0-9]|[A-Za-z]/g;
    for (let m = word.exec(input); m !== null; m = word.exec(input)) {
        const raw = m[0];
        const ascii = raw.toLowerCase().replace(/[0-9@$!]/g, (c) => leet[c] ?? c);
        out.push({ start: m.index, end: m.index + raw.length, raw, ascii });
    }
    return out;
}

/**
 * Filler glued inside a Hangul word, spaced-out syllables (or one a line), a censor mark between syllables, or
 * a Latin word with a leetspeak character beside two letters (the leet table's: not "utf8", "v2").
 */
const obfuscation =
    /[\uAC00-\uD7A3][^\p{L}\s]{1,4}[\uAC00-\uD7A3]|(?<![\uAC00-\uD7A3])[\uAC00-\uD7A3][ \n][\uAC00-\uD7A3][ \n][\uAC00-\uD7A3]|[A-Za-z]{2}[013457@$!]|[A-Za-z][013457@$!][A-Za-z]|[013457@$!][A-Za-z]{2}|[\uAC00-\uD7A3][XxOoㅡ○●×✕][\uAC00-\uD7A3]/u;

/** Whether `text` may hold an obfuscated word {@link phraseReading} reads differently (a quick test). */
export function mayBeObfuscated(text: string): boolean {
    return obfuscation.test(text);
}

/** The longest match of {@link mayBeObfuscated}'s test, in code units (four astral marks between syllables). */
export const maxObfuscation = 10;

const obfuscations = new RegExp(obfuscation.source, "gu");

/**
 * Calls `visit` with each match of {@link mayBeObfuscated}'s test in `text` that starts at `from` or
 * later, one per start (overlapping ones too); a look-behind reads the text before `from`.
 */
export function obfuscationsFrom(text: string, from: number, visit: (start: number, end: number) => void): void {
    obfuscations.lastIndex = from;
    for (let m = obfuscations.exec(text); m !== null; m = obfuscations.exec(text)) {
        visit(m.index, m.index + m[0].length);
        obfuscations.lastIndex = m.index + 1;
    }
}

/** Text as the phrases read an obfuscated word; `source[i]`: the input character `text[i]` came from. */
export interface PhraseReading {
    text: string;
    source: number[];
}

/**
 * `input` (canonical text) as phrases read it when words in it are obfuscated: filler inside
 * a Hangul word dropped as {@link hangulSkeleton} drops it ("죽.여", "죽1여", "죽 여 버 릴"),
 * a censor mark between two syllables dropped, and leetspeak inside a Latin word of two
 * letters or more read as letters when that leaves only letters ("ki11", "y0u"; not "v1",
 * "k8s"). Undefined when nothing was dropped or read differently.
 */
export function phraseReading(input: string): PhraseReading | undefined {
    const source: number[] = [];
    const text = readPhrases(input, source);
    return text === undefined ? undefined : { text, source };
}

/** {@link phraseReading}'s text alone (the lexicon's gate reads no more of it). */
export function phraseReadingText(input: string): string | undefined {
    return readPhrases(input, undefined);
}

/** {@link phraseReading}: its text, and into `source` (when given) where each character came from. */
function readPhrases(input: string, source: number[] | undefined): string | undefined {
    const leetAt = new Map<number, string>();
    if (/[A-Za-z][0-9@$!]|[0-9@$!][A-Za-z]/.test(input))
        for (const word of latinWords(input)) {
            if (
                !/[0-9@$!]/.test(word.raw) ||
                !/^[a-z]+$/.test(word.ascii) ||
                word.raw.replace(/[^A-Za-z]/g, "").length < 2
            )
                continue;
            // "1" is an l where an i would not read: doubled ("ki11", "he11"), or after an i ("ki1l").
            const ascii = word.raw
                .toLowerCase()
                .replace(/11/g, "ll")
                .replace(/(?<=i)1/g, "l")
                .replace(/[0-9@$!]/g, (c) => leet[c] ?? c);
            for (let k = 0; k < word.raw.length; k++)
                if (ascii[k] !== word.raw[k].toLowerCase()) leetAt.set(word.start + k, ascii[k]);
        }
    // The text is built from runs of the input kept as they are (`run` starts the current one).
    let text = "";
    let run = 0;
    let changed = leetAt.size > 0;
    let lastHangul = -10;
    let runLength = 0;
    for (let i = 0; i < input.length; i++) {
        const code = input.charCodeAt(i);
        const censor = censorCodes[code] === 1 && censorBetween(input, i);
        if (isHangulCode(code) && !censor) {
            runLength = lastHangul === i - 1 ? runLength + 1 : 1;
            lastHangul = i;
        } else if (censor || isFiller(input, i, lastHangul, runLength)) {
            changed = true;
            text += input.slice(run, i);
            run = i + 1;
            continue;
        }
        const replaced = leetAt.size > 0 ? leetAt.get(i) : undefined;
        if (replaced !== undefined) {
            text += input.slice(run, i) + replaced;
            run = i + 1;
        }
        source?.push(i);
    }
    return changed ? text + input.slice(run) : undefined;
}
