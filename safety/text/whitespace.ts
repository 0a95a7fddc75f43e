// Whitespace as JavaScript's \s reads it, by character code: the hot loops (segmenter,
// sentence ends) test every character, and a regular expression per character costs
// more than the rest of the loop. Each code is asked of /\s/ once and remembered, so
// the answer is \s's own.

const known = new Uint8Array(65536);
const space = /\s/;

/** Whether the UTF-16 code unit `code` is whitespace (\s). */
export function isWhitespaceCode(code: number): boolean {
    if (code < 128) return code === 32 || (code >= 9 && code <= 13);
    let k = known[code];
    if (k === 0) {
        k = space.test(String.fromCharCode(code)) ? 2 : 1;
        known[code] = k;
    }
    return k === 2;
}
