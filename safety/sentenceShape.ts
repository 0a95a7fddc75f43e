// What the filter's learned judges (classifier.ts, harmHead.ts) ask of a sentence before they read it:
// enough Hangul, and language rather than data.
import { storyTold } from "./content/phraseContext";

/** Under this many Hangul syllables a sentence is short: the classifier must be surer ({@link shortSentenceFloor}). */
export const shortSentence = 7;
export const shortSentenceFloor = 0.7;

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
        if (
            (c >= 0xac00 && c <= 0xd7a3) ||
            (c >= 0x3131 && c <= 0x318e) ||
            (c >= 65 && c <= 90) ||
            (c >= 97 && c <= 122)
        )
            letters++;
        else other++;
    }
    if (letters < (letters + other) * 0.5) return false;
    const words = sentence.split(/\s+/).filter((w) => /[A-Za-z\uAC00-\uD7A3]/.test(w));
    // One word without Hangul ("jobs:", "test:" on its own line) is a key, not a comment.
    if (words.length < 2 && !/[\uAC00-\uD7A3]/.test(sentence)) return false;
    // One long unbroken run (a key, a hash, base64) is data, not a sentence; a work's plot told, no comment.
    return !words.some((w) => w.length >= 40 && w.length * 2 >= sentence.length) && !storyTold(sentence);
}
