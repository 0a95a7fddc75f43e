/**
 * Separators spelled as words between digit groups, as a model writes a number it was
 * asked to disguise: "010 다시 2345 다시 6789", "8 dot 8 dot 4 dot 4", "121 점 34 …".
 * The normaliser reads them as "-" and "."; the segmenter never cuts around them when a
 * digit group comes before. Words only: the recognizers still need a whole value
 * around them, so "3 점" (a score) or "minus 5" stays what it is.
 */
export const dashWords = ["다시", "대시", "대쉬", "하이픈", "하이폰", "마이너스", "빼기", "dash", "hyphen", "minus"];
export const dotWords = ["점", "쩜", "닷", "dot", "point"];

/** The words as a regex alternation (longest first), in brackets or not ("[dash]", "(대시)"). */
export const spelledSeparator = `[[(]?(?:${[...dashWords, ...dotWords].sort((a, b) => b.length - a.length).join("|")})[\\])]?`;

const dash = new RegExp(`^(?:${dashWords.join("|")})$`, "i");
const dot = new RegExp(`^(?:${dotWords.join("|")})$`, "i");

/** "-" or "." for a spelled separator word (bracketed or not), undefined for any other word. */
export function separatorOf(word: string): "-" | "." | undefined {
    const bare = /^[[(].*[\])]$/.test(word) ? word.slice(1, -1) : word;
    if (dash.test(bare)) return "-";
    if (dot.test(bare)) return ".";
    return undefined;
}

/** Digits spelled as words: English, and native Korean (Sino-Korean 공일이… are read per syllable). */
const numberWords: Record<string, string> = {
    zero: "0",
    oh: "0",
    one: "1",
    two: "2",
    three: "3",
    four: "4",
    five: "5",
    six: "6",
    seven: "7",
    eight: "8",
    nine: "9",
    // A digit said twice or three times, as numbers are read out in English ("double eight").
    ...Object.fromEntries(
        ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].flatMap((word, k) => {
            const digit = String(Math.max(0, k - 1));
            return [
                [`double ${word}`, digit.repeat(2)],
                [`triple ${word}`, digit.repeat(3)]
            ];
        })
    ),
    하나: "1",
    둘: "2",
    셋: "3",
    넷: "4",
    다섯: "5",
    여섯: "6",
    일곱: "7",
    여덟: "8",
    아홉: "9"
};

/** Particles a group of spoken digits takes when a number is read out ("공일공에 팔칠육오에 …"; a regex source). */
export const spokenParticle = "에요|에|하고|의";
const sinoDigits = "공영빵일이삼사오육륙칠팔구";
/** A spoken group: two to six Sino-Korean digit syllables (or digits) and a particle ("공일공에", "육이공이공육에"). */
const spokenGroup = new RegExp(`^([${sinoDigits}0-9]{2,6})(?:${spokenParticle}),?$`);

/**
 * The digits a number word stands for (case-insensitive), or undefined: one digit for a word
 * ("five", "다섯"), the group's digits for a spoken group with its particle ("공일공에": "010").
 */
export function numberWordValue(word: string): string | undefined {
    if (Object.hasOwn(numberWords, word.toLowerCase())) return numberWords[word.toLowerCase()];
    const group = spokenGroup.exec(word);
    if (group === null) return undefined;
    return Array.from(group[1], (c) => (c >= "0" && c <= "9" ? c : "0001234566789"[sinoDigits.indexOf(c)])).join("");
}

/** The number words as a regex alternation, longest first (일곱 before the syllable 일); English ones whole words. */
export const numberWord = Object.keys(numberWords)
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[a-z]/.test(w) ? `\\b${w}\\b` : w))
    .join("|");

/**
 * The number words of one word ("three", not "double three"): every number word ends with one. Where
 * only whether a number word is followed by another matters (a test), the first may be read as its
 * last word alone, which is many times cheaper to look for at every position.
 */
export const numberWordLast = [
    `\\b(?:${Object.keys(numberWords)
        .filter((w) => /^[a-z]+$/.test(w))
        .join("|")})\\b`,
    ...Object.keys(numberWords).filter((w) => !/^[a-z]/.test(w))
].join("|");

/** A word that starts with a spelled separator and then ends, or goes on with a digit ("다시2345"). */
export const separatorWordStart = new RegExp(
    `^(?:${spelledSeparator})(?=$|[0-9\\-.공영빵일이삼사오육륙칠팔구\\uFF10-\\uFF19])`,
    "i"
);

/** A word that is a number word, or starts with a spelled separator (see separatorWordStart). */
export function numberish(word: string): boolean {
    return numberWordValue(word) !== undefined || separatorWordStart.test(word);
}

/** First characters of the words (the segmenter reads a next word whole only after one of these). */
export const separatorInitials = new Set(
    [...dashWords, ...dotWords, ...Object.keys(numberWords), "[", "("].flatMap((w) => [w[0], w[0].toUpperCase()])
);
