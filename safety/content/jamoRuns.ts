// Words spelled out in separate jamo ("ㅈㅜㄱㅇㅣㄹ ㄱㅓㅇㅑ" for 죽일 거야): a run of compatibility
// jamo that parses whole into syllables — a consonant, one vowel or a compound of two, and up to
// two final consonants that do not begin the next syllable — is read as those syllables, so the
// phrases and the classifier see the words. A run that leaves a jamo over ("ㅋㅋㅠㅠ", "ㅇㅋ",
// "ㅅㅂ") is not a spelling and stays as it is.

const leading = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const vowels = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
const trailing = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
const compoundVowel: Partial<Record<string, string>> = {
    ㅗㅏ: "ㅘ",
    ㅗㅐ: "ㅙ",
    ㅗㅣ: "ㅚ",
    ㅜㅓ: "ㅝ",
    ㅜㅔ: "ㅞ",
    ㅜㅣ: "ㅟ",
    ㅡㅣ: "ㅢ"
};
const compoundFinal: Partial<Record<string, string>> = {
    ㄱㅅ: "ㄳ",
    ㄴㅈ: "ㄵ",
    ㄴㅎ: "ㄶ",
    ㄹㄱ: "ㄺ",
    ㄹㅁ: "ㄻ",
    ㄹㅂ: "ㄼ",
    ㄹㅅ: "ㄽ",
    ㄹㅌ: "ㄾ",
    ㄹㅍ: "ㄿ",
    ㄹㅎ: "ㅀ",
    ㅂㅅ: "ㅄ"
};

const isJamo = (c: string | undefined) => c !== undefined && c.length === 1 && c >= "ㄱ" && c <= "ㅣ";
const isVowel = (c: string | undefined) => c !== undefined && vowels.includes(c) && c.length === 1;

interface Piece {
    char: string;
    start: number;
    end: number;
}

/** Syllables of a run of jamo (each with how many jamo it took), or undefined when a jamo is left over. */
function parse(run: string[]): Array<{ char: string; taken: number }> | undefined {
    const out: Array<{ char: string; taken: number }> = [];
    let k = 0;
    while (k < run.length) {
        const first = leading.indexOf(run[k]);
        if (first < 0 || !isVowel(run[k + 1])) return undefined;
        let at = k + 1;
        let vowel = run[at];
        const compound = compoundVowel[vowel + (run[at + 1] ?? "")];
        if (compound !== undefined) {
            vowel = compound;
            at++;
        }
        at++;
        // A final consonant unless it begins the next syllable (a vowel follows it).
        let final = "";
        if (!isVowel(run[at]) && at < run.length && !isVowel(run[at + 1])) {
            const two = compoundFinal[run[at] + (run[at + 1] ?? "")];
            if (two !== undefined && !isVowel(run[at + 2])) {
                final = two;
                at += 2;
            } else if (trailing.indexOf(run[at]) > 0) {
                final = run[at];
                at++;
            } else return undefined;
        }
        const code = 0xac00 + (first * 21 + vowels.indexOf(vowel)) * 28 + Math.max(0, trailing.indexOf(final));
        out.push({ char: String.fromCharCode(code), taken: at - k });
        k = at;
    }
    return out;
}

/** A digit or letter written for a jamo inside a run of jamo ("ㅈㅜㄱ01ㄹ" for 죽일, "ㅈㅏ0" for 장, "oㅑ" for 야). */
const lookalike: Partial<Record<string, string>> = { "0": "ㅇ", o: "ㅇ", O: "ㅇ", "1": "ㅣ", l: "ㅣ", I: "ㅣ" };
const jamoOf = (c: string) => (isJamo(c) ? c : (lookalike[c] ?? c));

/** Composes runs of two or more jamo that spell syllables whole; each syllable keeps its jamo's input range. */
export function composeJamo(chars: Piece[]): void {
    for (let i = 0; i < chars.length; i++) {
        // A run begins with a jamo, or with a look-alike right before one ("oㅑㅎㅏㄴ").
        if (!isJamo(chars[i].char) && !(lookalike[chars[i].char] !== undefined && isJamo(chars[i + 1]?.char))) continue;
        let j = i;
        while (j < chars.length && (isJamo(chars[j].char) || lookalike[chars[j].char] !== undefined)) j++;
        // Look-alikes need jamo around them: at least two real jamo, and the run parses whole.
        const real = chars.slice(i, j).filter((c) => isJamo(c.char)).length;
        const syllables = j - i >= 2 && real >= 2 ? parse(chars.slice(i, j).map((c) => jamoOf(c.char))) : undefined;
        if (syllables === undefined) {
            i = j - 1;
            continue;
        }
        const composed: Piece[] = [];
        let k = i;
        for (const { char, taken } of syllables) {
            composed.push({ char, start: chars[k].start, end: chars[k + taken - 1].end });
            k += taken;
        }
        chars.splice(i, j - i, ...composed);
        i += composed.length - 1;
    }
}
