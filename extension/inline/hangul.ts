// Hangul as a Korean typist's keys press it (the 2-set keyboard, 두벌식). Pure: unit-tested
// in Node, used by the suggestion cache and by bench/inline.bench.ts's typing trace.
//
// With an IME, typing 읽어 shows ㅇ → 이 → 일 → 읽 → 읽ㅇ → 읽어: each state is a prefix of
// the word in keys, not in characters (일 is not a prefix of 읽어; its final ㄹ even moves
// to the next syllable in 갈 → 가라). So "is this typed text the start of that suggestion"
// is asked of the key sequences. Unicode arithmetic on the precomposed syllables (U+AC00
// + (initial × 21 + medial) × 28 + final) is all it takes; no library is needed.

const initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const medials = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
/** Index 0 is "no final". */
const finals = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

/** Letters typed as two keys on the 2-set keyboard (ㅘ = ㅗ ㅏ, ㄺ = ㄹ ㄱ). */
const compounds: Readonly<Partial<Record<string, string>>> = {
    ㅘ: "ㅗㅏ",
    ㅙ: "ㅗㅐ",
    ㅚ: "ㅗㅣ",
    ㅝ: "ㅜㅓ",
    ㅞ: "ㅜㅔ",
    ㅟ: "ㅜㅣ",
    ㅢ: "ㅡㅣ",
    ㄳ: "ㄱㅅ",
    ㄵ: "ㄴㅈ",
    ㄶ: "ㄴㅎ",
    ㄺ: "ㄹㄱ",
    ㄻ: "ㄹㅁ",
    ㄼ: "ㄹㅂ",
    ㄽ: "ㄹㅅ",
    ㄾ: "ㄹㅌ",
    ㄿ: "ㄹㅍ",
    ㅀ: "ㄹㅎ",
    ㅄ: "ㅂㅅ"
};
const compoundOf = new Map(Object.entries(compounds).map(([letter, keys]) => [keys as string, letter]));

const syllableBase = 0xac00;
const syllableLast = 0xd7a3;

/** A precomposed Hangul syllable (가-힣). */
export const isHangulSyllable = (char: string): boolean => {
    const code = char.codePointAt(0) ?? 0;
    return code >= syllableBase && code <= syllableLast;
};

/** A Hangul letter on its own (compatibility jamo ㄱ-ㅣ, or a conjoining one). */
export const isHangulLetter = (char: string): boolean => hangulLetter(char) !== undefined;

/** A conjoining jamo (U+1100 block) as the compatibility letter an IME shows, else the letter itself. */
function hangulLetter(char: string): string | undefined {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x3131 && code <= 0x3163) return char;
    if (code >= 0x1100 && code <= 0x1112) return initials[code - 0x1100];
    if (code >= 0x1161 && code <= 0x1175) return medials[code - 0x1161];
    if (code >= 0x11a8 && code <= 0x11c2) return finals[code - 0x11a7];
    return undefined;
}

const keysOfLetter = (letter: string): string => compounds[letter] ?? letter;

/**
 * `text` as the keys a 2-set typist presses, one letter per key (읽어 → ㅇㅣㄹㄱㅇㅓ);
 * anything but Hangul stays as it is.
 */
export function hangulKeys(text: string): string {
    let keys = "";
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        if (code >= syllableBase && code <= syllableLast) {
            const index = code - syllableBase;
            const final = index % 28;
            keys += initials[Math.floor(index / 588)] + keysOfLetter(medials[Math.floor(index / 28) % 21]);
            if (final > 0) keys += keysOfLetter(finals[final]);
        } else {
            const letter = hangulLetter(char);
            keys += letter === undefined ? char : keysOfLetter(letter);
        }
    }
    return keys;
}

interface Syllable {
    initial?: string;
    medial?: string;
    final?: string;
}

const isVowel = (key: string) => medials.includes(key);
/** ㄸ ㅃ ㅉ never end a syllable. */
const mayEnd = (consonant: string) => finals.includes(consonant);

function render(syllable: Syllable): string {
    const { initial, medial, final } = syllable;
    if (initial !== undefined && medial !== undefined)
        return String.fromCodePoint(
            syllableBase +
                (initials.indexOf(initial) * 21 + medials.indexOf(medial)) * 28 +
                (final === undefined ? 0 : finals.indexOf(final))
        );
    return (initial ?? "") + (medial ?? "");
}

/**
 * What a 2-set IME shows after `keys` (each a letter, compound letters as two keys), as
 * `hangulKeys` writes them: the inverse of `hangulKeys` for Hangul text. A consonant after
 * a whole syllable becomes its final while it can; a vowel after a final takes it (or the
 * second half of a compound final) as the next syllable's initial.
 */
export function composeHangul(keys: Iterable<string>): string {
    let text = "";
    let current: Syllable = {};
    const commit = (next: Syllable) => {
        text += render(current);
        current = next;
    };
    for (const key of keys) {
        if (!isHangulLetter(key)) {
            commit({});
            text += key;
        } else if (isVowel(key)) {
            const { initial, medial, final } = current;
            if (final !== undefined) {
                const split = compounds[final];
                const moved = split === undefined ? final : split[1];
                current = { initial, medial, final: split === undefined ? undefined : split[0] };
                commit({ initial: moved, medial: key });
            } else if (medial !== undefined && compoundOf.has(medial + key))
                current = { ...current, medial: compoundOf.get(medial + key) };
            else if (initial !== undefined && medial === undefined) current = { initial, medial: key };
            else commit({ medial: key });
        } else {
            const { initial, medial, final } = current;
            if (initial !== undefined && medial !== undefined && final === undefined && mayEnd(key))
                current = { ...current, final: key };
            else if (final !== undefined && compoundOf.has(final + key))
                current = { ...current, final: compoundOf.get(final + key) };
            else commit({ initial: key });
        }
    }
    return text + render(current);
}

/**
 * How `typed` (what the user has typed since a suggestion was made, its last syllable
 * perhaps still being composed) goes along `suggestion`, key by key. Undefined when it
 * does not. `replace`: the characters at the end of `typed` that are not yet the
 * suggestion's own (the syllable being composed: 으 on the way to 을); `rest`: the
 * suggestion from where those characters start (을 읽어 …), so ghost text that replaces
 * them reads right.
 */
export function alongSuggestion(typed: string, suggestion: string): { replace: number; rest: string } | undefined {
    const keys = hangulKeys(typed);
    if (keys.length === 0 || !hangulKeys(suggestion).startsWith(keys)) return undefined;
    // The characters the two have in common, less a last one the typist may still change
    // (읽 is in 읽어, but 이 → 일 → 읽: the same keys, other characters).
    let common = 0;
    const typedChars = Array.from(typed);
    const suggestionChars = Array.from(suggestion);
    while (common < typedChars.length && typedChars[common] === suggestionChars[common]) common++;
    const commonUnits = typedChars.slice(0, common).join("").length;
    return { replace: typed.length - commonUnits, rest: suggestionChars.slice(common).join("") };
}

/**
 * `prompt` is `previous` with its last syllable grown in place by a key (ㅎ → 하 → 함): what
 * a document shows while an IME composes, and never shows otherwise.
 */
export function composedInPlace(previous: string, prompt: string): boolean {
    if (prompt.length !== previous.length || prompt.length === 0 || prompt.slice(0, -1) !== previous.slice(0, -1))
        return false;
    const before = previous.slice(-1);
    const after = prompt.slice(-1);
    if (!isHangulSyllable(after) || !(isHangulSyllable(before) || isHangulLetter(before))) return false;
    const keys = hangulKeys(before);
    return hangulKeys(after).length > keys.length && hangulKeys(after).startsWith(keys);
}
