/**
 * Characters the normalised view drops: zero-width and format characters, the soft hyphen, the
 * Hangul fillers, variation selectors, bidirectional controls (U+202E is read, not dropped: see
 * normalize.ts), and combining marks (`0̲1̲0̲`: a line or an accent drawn on each digit). A regex character class source, for normalize.ts and the look-alike separators.
 */
export const invisibleClass = String.raw`[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]`;

/**
 * U+FFFD (what a byte of invalid UTF-8 reads as) between digits, with nothing else between: dropped
 * as an invisible character is ("010-12\xff34-5678" hid the number); elsewhere it stays.
 */
export function replacementInDigits(text: string, at: number): boolean {
    if (text.charCodeAt(at) !== 0xfffd) return false;
    let before = at - 1;
    while (before >= 0 && text.charCodeAt(before) === 0xfffd) before--;
    let after = at + 1;
    while (after < text.length && text.charCodeAt(after) === 0xfffd) after++;
    return /\d/.test(text[before] ?? "") && /\d/.test(text[after] ?? "");
}
