// What the filter's learned judges (classifier.ts, harmHead.ts) ask of a sentence before they read it:
// enough Hangul, and language rather than data.
import { group } from "./content/groupFrames";
import { storyTold } from "./content/phraseContext";
import { isWhitespaceCode } from "./text/whitespace";

/** Under this many Hangul syllables a sentence is short: the classifier must be surer ({@link shortSentenceFloor}). */
export const shortSentence = 7;
export const shortSentenceFloor = 0.7;

/** A told event: a declarative sentence in the past ("…마녀는 오븐 속으로 떨어졌다.", "…대학살로 이어졌다."). */
const pastTold = /(?:었|았|였|했|졌|됐|웠|렸|켰|쳤|셨|갔|왔|났|섰|썼|떴|봤|줬|뒀|랐)다\s*[.…]*\s*["”’']?\s*$/;
/** …unless it speaks to someone, or names a group of people, by a contemptuous word or as all alike ("…놈들이 또 사기 쳤다"). */
const aimedOrGeneral = new RegExp(
    `(?<![가-힣])(?:너|넌|널|니|네가|니가|당신|너희|니네|너네)(?![가-힣])|놈|년|새끼|것들|충(?![가-힣])|들(?:은|이|는|가)\\s*(?:\\S+\\s+)?(?:다|또|원래|역시|하여간|맨날|항상|결국)|${group}`,
    "i"
);
/** The classifier's floor for a past event told: the outside testers' stories, history and news (52 of their 148 innocent sentences the classifier flagged) against 1 of korean-hate-speech dev's 188 abusive comments it caught (2026-12-07). */
export const toldFloor = 0.7;

/** How sure the classifier must be of `sentence` ({@link shortSentenceFloor} for a short one, {@link toldFloor} for a past event told, else 0). */
export function classifierFloor(sentence: string, syllables: number): number {
    if (syllables < shortSentence) return shortSentenceFloor;
    return pastTold.test(sentence) && !aimedOrGeneral.test(sentence) ? toldFloor : 0;
}

/** Hangul syllables and jamo in `text`. */
export function hangulCount(text: string): number {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e)) n++;
    }
    return n;
}

/**
 * Whether the classifier can judge `sentence`: it learnt from people's comments, and reads data (a CSV
 * of numbers, a base64 blob, a YAML key alone on a line) as abuse. Language has letters for most of its
 * characters, and Hangul or two words; explicit words in anything else are the lexicon's.
 */
export function languageLike(sentence: string): boolean {
    let letters = 0;
    let other = 0;
    for (let i = 0; i < sentence.length; i++) {
        const c = sentence.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) continue;
        if (isHangul(c) || (c >= 0x3131 && c <= 0x318e) || isLatin(c)) letters++;
        else other++;
    }
    if (letters < (letters + other) * 0.5) return false;
    // The words (runs between \s) that hold a letter, read in one pass instead of split and filtered.
    let words = 0;
    let hangul = false;
    let longRun = false;
    for (let i = 0; i < sentence.length;) {
        if (isWhitespaceCode(sentence.charCodeAt(i))) {
            i++;
            continue;
        }
        const begin = i;
        let letter = false;
        for (; i < sentence.length; i++) {
            const c = sentence.charCodeAt(i);
            if (isWhitespaceCode(c)) break;
            if (isHangul(c)) letter = hangul = true;
            else if (isLatin(c)) letter = true;
        }
        if (!letter) continue;
        words++;
        if (i - begin >= 40 && (i - begin) * 2 >= sentence.length) longRun = true;
    }
    // One word without Hangul ("jobs:", "test:" on its own line) is a key, not a comment.
    if (words < 2 && !hangul) return false;
    // One long unbroken run (a key, a hash, base64) is data, not a sentence; a work's plot told, no comment.
    return !longRun && !storyTold(sentence);
}

const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7a3;
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
