// The canonical view of text for content matching: what a reader sees, not how it
// was encoded. Obfuscations that change the code points but not the picture are
// undone here, before the lexicon, the phrases and the classifier look at the text:
// - invisible characters between syllables: zero-width (joiner) spaces, soft hyphens,
//   variation selectors, bidi controls, and the Hangul fillers (ㅤ U+3164, U+115F,
//   U+1160, U+FFA0) are dropped;
// - right-to-left override: a run after U+202E is displayed reversed, so it is read
//   reversed ("‮발시" shows as "시발");
// - compatibility forms (full-width Latin, half-width jamo, circled jamo) via NFKC;
// - NFD Hangul (conjoining jamo U+1100-U+11FF) composed into syllables; stray
//   conjoining jamo become the compatibility jamo the lexicon is written in;
// - CJK characters that look like jamo (人 ㅅ, 卜 ㅏ, 己 ㄹ, 口 ㅁ …) next to Hangul.
// Every output character keeps the input range it came from, so a match maps back
// to an exact input span (for masking).

import { composeJamo } from "./jamoRuns";
import { latinLookalikeOf } from "./lookalikes";

/** Canonical text; `text[i]` came from input characters `start[i]` .. `end[i] - 1`. */
export interface CanonicalText {
    text: string;
    start: number[];
    end: number[];
}

const invisible =
    /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
const rightToLeftOverride = "\u202E";
const bidiEnd = /[\u202C\u2069\n]/;

// Conjoining jamo -> compatibility jamo (leading consonants, vowels, trailing consonants).
const leading = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const vowels = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
const trailing = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

function compatibilityJamo(char: string): string {
    const code = char.charCodeAt(0);
    if (code >= 0x1100 && code <= 0x1112) return leading[code - 0x1100];
    if (code >= 0x1161 && code <= 0x1175) return vowels[code - 0x1161];
    if (code >= 0x11a8 && code <= 0x11c2) return trailing[code - 0x11a8];
    return char;
}

/** CJK ideographs and strokes drawn like jamo, used to spell Korean abuse past filters. */
const lookalike: Partial<Record<string, string>> = {
    人: "ㅅ",
    入: "ㅅ",
    卜: "ㅏ",
    丨: "ㅣ",
    口: "ㅁ",
    己: "ㄹ",
    巳: "ㄹ",
    乙: "ㄹ",
    匚: "ㄷ",
    亡: "ㄷ",
    一: "ㅡ",
    丄: "ㅗ",
    丅: "ㅜ",
    卄: "ㅐ",
    廾: "ㅐ",
    爿: "ㅐ",
    刁: "ㄱ",
    乛: "ㄱ",
    𠃍: "ㄱ",
    凵: "ㅂ",
    甘: "ㅂ",
    日: "ㅂ",
    〇: "ㅇ",
    工: "ㅍ",
    立: "ㅍ",
    大: "ㅈ",
    亠: "ㅗ"
};

const hangulChar = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const conjoining = /[\u1100-\u11FF]/;

/** The reading order of `input`: runs after a right-to-left override are reversed. */
function readingOrder(input: string): number[] {
    const order: number[] = [];
    for (let i = 0; i < input.length; i++) {
        if (input[i] !== rightToLeftOverride) {
            order.push(i);
            continue;
        }
        let j = i + 1;
        while (j < input.length && !bidiEnd.test(input[j])) j++;
        for (let k = j - 1; k > i; k--) order.push(k);
        order.push(i);
        i = j - 1;
    }
    return order;
}

/**
 * A character canonicalise may change; text without one is its own canonical form. Vowel jamo
 * (ㅏ-ㅣ) count: a run of jamo that spells syllables is composed ("ㅈㅜㄱㅇㅣㄹ" is 죽일).
 */
export const nonCanonical = /[^\u0020-\u007E\uAC00-\uD7A3\u3131-\u314E\u3165-\u318E\t\n\r·…“”‘’「」『』]/;

/**
 * Whether canonicalise keeps `char` (one code unit, not a surrogate) as it is
 * wherever it stands, its offsets too: not invisible, not a right-to-left override or conjoining jamo,
 * not a look-alike, and folded to itself (or to several characters, which are not
 * taken). Text of such characters is its own canonical form.
 */
export function keptAsIs(char: string): boolean {
    const code = char.charCodeAt(0);
    if (char.length !== 1 || (code >= 0xd800 && code <= 0xdfff)) return false;
    if (latinLookalikeOf(char) !== undefined || (code >= 0x314f && code <= 0x3163)) return false;
    if (invisible.test(char) || char === rightToLeftOverride || conjoining.test(char) || lookalike[char] !== undefined)
        return false;
    const folded = hangulChar.test(char) || code < 0x80 ? char : char.normalize("NFKC");
    return folded.length !== 1 || folded === char;
}

/** Emoji that stand for a word of harm or abuse (니 집에 🔥 지른다, 🔫 들고 간다, 병🆕아): read as the word. */
const emojiWord: Partial<Record<string, string>> = {
    "🔪": "칼",
    "🗡": "칼",
    "🔫": "총",
    "💣": "폭탄",
    "🧨": "폭탄",
    "🔥": "불",
    "⚰": "관",
    "🪦": "무덤",
    "🆕": "신",
    "🐶": "개",
    "🐕": "개",
    "🐷": "돼지",
    "🐖": "돼지",
    // A bird for 새 (found from outside, content 71: 개🐦끼).
    "🐦": "새",
    "🐤": "새",
    "🐥": "새"
};
const emojiSource = Object.keys(emojiWord).join("|");
/** Emoji that stand for a syllable of a word (🆕 for 신, 🐶 for 개), not for an object. */
const punEmoji = new Set(["🆕", "🐶", "🐕", "🐷", "🐖", "🐦", "🐤", "🐥"]);

/**
 * Swear words written with sound-alike digits and letters: 시8 / 씨8 / 십8 / ㅅ8 (8 is 팔, read
 * 발), 18놈 (십팔, read 씨발; not 18년, a year), c발 / s발 (c reads 씨), Hanja read for their sound (soundOf
 * below) and C8 before a word of abuse (found from outside: 시發, 病身, 이 C8아 passed). Each match is the
 * characters to replace and what they read as, one for one. The lexicon reads them
 * (canonicalise with `homophones`); the classifier's features do not (it was trained without).
 */
const homophone = new RegExp(
    String.raw`(?<![A-Za-z0-9])([시씨십ㅅㅆ])8(?![0-9시])|(?<![0-9])(18)(?=\s*(?:놈|새끼|롬))|(?<![A-Za-z])([cCsSｃＣｓＳ])(?=[발빨벌뻘봘붤])|病身|十八(?=\s*(?:놈|새끼|년|롬))|(?<![一-龥第])十八(?=[\s,.!?~]|$)|西八|氏[發拔]|十(?=[발빨팔])|尊(?=[나내])|犬(?=[가-힣])|(?<=[가-힣])犬|精神病者?|自害|地獄|殺害|殺人|自殺|放火|毒藥|爆彈|製造法?|[痲麻]藥|劣等|民族|追放|刺殺|予告|殺(?=[가-힣])|(?<=[가-힣])[發拔色身]|[發色病](?=[가-힣])|(?<![A-Za-z0-9])[cC]8(?=\s*(?:아|야|놈|새끼|년|는|같은|진짜|왜)(?![가-힣]))|${emojiSource}`,
    "g"
);

/** What every match of {@link homophone} holds (an emoji: a high surrogate, or ⚰): most text has none. */
const homophoneMay =
    /[8病十發拔色身殺自放毒爆製痲麻劣民追刺予西尊犬精地氏\u26B0\uD83C-\uD83E]|[cCsSｃＣｓＳ][발빨벌뻘봘붤]/g;

/** Hanja read for their sound, glued to Hangul or as a whole word (시發, 개色끼, 病身, 十八놈), and C8 (씨팔). */
const soundOf: Partial<Record<string, string>> = {
    發: "발",
    拔: "발",
    色: "색",
    身: "신",
    病: "병",
    十: "십",
    八: "팔",
    // Harm written in Hanja (found from outside: 自殺해라, 殺해버리겠다, 爆彈 製造法, 放火하겠다, 西八).
    殺: "살",
    自: "자",
    放: "방",
    火: "화",
    毒: "독",
    藥: "약",
    爆: "폭",
    彈: "탄",
    製: "제",
    造: "조",
    法: "법",
    痲: "마",
    麻: "마",
    劣: "열",
    // Found from outside (2026-12-06): 尊나, 犬소리, 精神病者, 自害 인증, 地獄에나 가라, 十발.
    尊: "존",
    犬: "개",
    精: "정",
    神: "신",
    者: "자",
    地: "지",
    獄: "옥",
    等: "등",
    民: "민",
    族: "족",
    追: "추",
    刺: "척",
    予: "예",
    告: "고",
    害: "해",
    人: "인",
    西: "씨",
    // Found from outside (content 71): 氏發 alone.
    氏: "씨"
};

/**
 * Where the first sound-alike spelling at or after `from` starts, or -1. (The pattern is
 * global and shared: every reader sets its lastIndex first, so none depends on another.)
 */
export function homophoneFrom(text: string, from = 0): number {
    homophoneMay.lastIndex = from;
    if (!homophoneMay.test(text)) return -1;
    homophone.lastIndex = from;
    const m = homophone.exec(text);
    return m === null ? -1 : m.index;
}

function readHomophones(chars: Array<{ char: string; start: number; end: number }>): void {
    const text = chars.map((c) => (c.char.length === 1 ? c.char : "\u0000")).join("");
    homophone.lastIndex = 0;
    for (let m = homophone.exec(text); m !== null; m = homophone.exec(text)) {
        if (emojiWord[m[0]] !== undefined) continue;
        if (/^[cC]8$/.test(m[0])) [chars[m.index].char, chars[m.index + 1].char] = ["씨", "팔"];
        else if (soundOf[m[0][0]] !== undefined)
            for (let k = 0; k < m[0].length; k++) chars[m.index + k].char = soundOf[m[0][k]] ?? m[0][k];
        else {
            // 시8 and 18 are two characters read as 씨발; c before 발 is one read as 씨.
            chars[m.index].char = "씨";
            if (m[0].length === 2) chars[m.index + 1].char = "발";
        }
    }
}

/** The canonical text of `input` alone, without the offset map (see {@link canonicalise}). */
export function canonicalText(input: string): string {
    return nonCanonical.test(input) ? canonicalise(input).text : input;
}

/** The canonical text with sound-alikes and emoji read as words (frames.ts reads sentences so). */
export function canonicalReading(input: string): string {
    return nonCanonical.test(input) || homophoneFrom(input) >= 0
        ? canonicalise(input, { homophones: true }).text
        : input;
}

/** Input with invisible characters dropped, compatibility forms folded, NFD composed (see file comment). */
export function canonicalise(input: string, { homophones = false } = {}): CanonicalText {
    // Fast path: most text has nothing to undo.
    if (!nonCanonical.test(input) && !(homophones && homophoneFrom(input) >= 0)) {
        const start = Array.from({ length: input.length }, (_, i) => i);
        return { text: input, start, end: start.map((i) => i + 1) };
    }
    const chars: Array<{ char: string; start: number; end: number }> = [];
    for (const i of readingOrder(input)) {
        const raw = input[i];
        if (invisible.test(raw)) continue;
        // Surrogate pairs pass through whole (emoji count as filler symbols later).
        const code = raw.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
            const pair = raw + input[i + 1];
            // Mathematical letters and digits (𝐟𝐮𝐜𝐤) fold to ASCII; emoji and the rest stay whole.
            const folded = pair.normalize("NFKC");
            const mapped = lookalike[pair] ?? (/^[A-Za-z0-9]$/.test(folded) ? folded : undefined);
            chars.push({ char: mapped ?? pair, start: i, end: i + 2 });
            continue;
        }
        if (code >= 0xdc00 && code <= 0xdfff) continue;
        const folded = hangulChar.test(raw) || raw.charCodeAt(0) < 0x80 ? raw : raw.normalize("NFKC");
        chars.push({ char: folded.length === 1 ? folded : raw, start: i, end: i + 1 });
    }
    composeConjoining(chars);
    composeJamo(chars);
    mapLookalikes(chars);
    mapLatinLookalikes(chars);
    if (homophones) readHomophones(chars);
    // An object's emoji between two syllables is filler in a word (씨🔥발), not a word of its own (🔥 들고
    // 간다); a syllable's pun (병🆕아, 🐶새끼) is read wherever it stands.
    const syllableAt = (k: number) => k >= 0 && k < chars.length && /^[가-힣]$/.test(chars[k].char);
    if (homophones)
        chars.forEach((c, k) => {
            if (punEmoji.has(c.char) || !(syllableAt(k - 1) && syllableAt(k + 1))) c.char = emojiWord[c.char] ?? c.char;
        });
    const out: CanonicalText = { text: "", start: [], end: [] };
    for (const c of chars) {
        // Per code unit, as the text is indexed (a string's iterator would give an emoji's
        // surrogate pair one entry for two units, and every span after it would be off).
        for (let k = 0; k < c.char.length; k++) {
            out.text += c.char[k];
            out.start.push(c.start);
            out.end.push(c.end);
        }
    }
    return out;
}

/** Composes runs of conjoining jamo into syllables; strays become compatibility jamo. */
function composeConjoining(chars: Array<{ char: string; start: number; end: number }>): void {
    for (let i = 0; i < chars.length; i++) {
        if (!conjoining.test(chars[i].char)) continue;
        let j = i;
        while (j < chars.length && conjoining.test(chars[j].char)) j++;
        const run = chars.slice(i, j);
        const composed: Array<{ char: string; start: number; end: number }> = [];
        let k = 0;
        while (k < run.length) {
            // Longest prefix (3, 2, 1 jamo) that composes into one syllable.
            let taken = 1;
            let char = compatibilityJamo(run[k].char);
            for (const n of [3, 2]) {
                if (k + n > run.length) continue;
                const nfc = run
                    .slice(k, k + n)
                    .map((c) => c.char)
                    .join("")
                    .normalize("NFC");
                if (nfc.length === 1 && /[\uAC00-\uD7A3]/.test(nfc)) {
                    taken = n;
                    char = nfc;
                    break;
                }
            }
            composed.push({ char, start: run[k].start, end: run[k + taken - 1].end });
            k += taken;
        }
        chars.splice(i, j - i, ...composed);
        i += composed.length - 1;
    }
}

/**
 * Letters drawn like Latin ones (fμck, ƒuck, fück, уоu, ѕһіt) in a run of letters that touches a
 * Latin letter, or that is all look-alikes ("ѕех"): read as the Latin letters they show.
 */
function mapLatinLookalikes(chars: Array<{ char: string; start: number; end: number }>): void {
    const latin = (i: number) => i >= 0 && i < chars.length && /^[A-Za-z]$/.test(chars[i].char);
    const candidate = (i: number) => i < chars.length && latinLookalikeOf(chars[i].char) !== undefined;
    const letter = (i: number) => i >= 0 && i < chars.length && /^\p{L}$/u.test(chars[i].char);
    for (let i = 0; i < chars.length; i++) {
        if (!candidate(i)) continue;
        // The word around the run: Latin letters and look-alikes, nothing else.
        let j = i;
        while (j < chars.length && (candidate(j) || latin(j))) j++;
        const touchesLatin = latin(i - 1) || Array.from({ length: j - i }, (_, k) => latin(i + k)).some(Boolean);
        const wholeWord = !letter(i - 1) && !letter(j) && j - i >= 2;
        if (touchesLatin || wholeWord)
            for (let k = i; k < j; k++) chars[k].char = latinLookalikeOf(chars[k].char) ?? chars[k].char;
        i = j - 1;
    }
}

/** Replaces look-alike CJK characters with jamo when they touch Hangul (a chain of them counts). */
function mapLookalikes(chars: Array<{ char: string; start: number; end: number }>): void {
    const candidate = (i: number) => i < chars.length && lookalike[chars[i].char] !== undefined;
    const hangulAt = (i: number) => i >= 0 && i < chars.length && hangulChar.test(chars[i].char);
    for (let i = 0; i < chars.length; i++) {
        if (!candidate(i)) continue;
        let j = i;
        while (j < chars.length && candidate(j)) j++;
        if (hangulAt(i - 1) || hangulAt(j))
            for (let k = i; k < j; k++) chars[k].char = lookalike[chars[k].char] ?? chars[k].char;
        i = j - 1;
    }
}
