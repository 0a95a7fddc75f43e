// A cheap pre-test for normalize.ts's obfuscation pattern (mayBeObfuscated, obfuscationsFrom):
// that regular expression (Unicode mode, six alternatives, a look-behind) is tried at every
// position of every window, and almost no window of text holds a match. This reads the
// characters once with table lookups and answers false only where no alternative can match
// at any position from `from` on; where it answers true the expression itself decides.
//
// What each alternative needs at its start `i` (H: a Hangul syllable; N: a code point that is
// neither a letter nor whitespace, [^\p{L}\s]):
//   H N{1,4} H            H, then one to four N, then H (H is a letter, so the run of N is whole);
//   H [ \n] H [ \n] H     that, look-behind aside (ignoring it only lets more through);
//   L L E | L E L | E L L  an ASCII letter and a leetspeak mark [013457@$!] so placed;
//   H [XxOoㅡ○●×✕] H       a censor mark between two syllables.
// A surrogate is counted as N, and a pair as one N (whatever it is): only more gets through.

const hangulClass = 1;
/** [^\p{L}\s] for a code unit read alone (a surrogate: yes). */
const otherClass = 2;
const spaceClass = 4; // " " or "\n"
const latinClass = 8;
const leetClass = 16;
const censorClass = 32;

const classes = (() => {
    const table = new Uint8Array(65536);
    const other = /[^\p{L}\s]/u;
    for (let c = 0; c < 65536; c++) {
        if (c >= 0xac00 && c <= 0xd7a3) table[c] |= hangulClass;
        else if ((c >= 0xd800 && c <= 0xdfff) || other.test(String.fromCharCode(c))) table[c] |= otherClass;
    }
    table[32] |= spaceClass;
    table[10] |= spaceClass;
    for (let c = 65; c <= 90; c++) table[c] |= latinClass;
    for (let c = 97; c <= 122; c++) table[c] |= latinClass;
    for (const ch of "013457@$!") table[ch.charCodeAt(0)] |= leetClass;
    for (const ch of "XxOoㅡ○●×✕") table[ch.charCodeAt(0)] |= censorClass;
    return table;
})();

const isSurrogatePair = (text: string, i: number) => {
    const high = text.charCodeAt(i);
    if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return false;
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff;
};

/** Whether H N{1,4} H may match at `i` (text[i] is H). */
function otherRunAt(text: string, i: number): boolean {
    let j = i + 1;
    for (let count = 0; count < 4 && j < text.length; count++) {
        if ((classes[text.charCodeAt(j)] & otherClass) === 0) break;
        j += isSurrogatePair(text, j) ? 2 : 1;
        if (j < text.length && (classes[text.charCodeAt(j)] & hangulClass) !== 0) return true;
    }
    return false;
}

/**
 * False when normalize.ts's obfuscation pattern certainly matches nowhere starting at
 * `from` or later in `text` (the look-behind may read before `from`).
 */
export function obfuscationMay(text: string, from = 0): boolean {
    const n = text.length;
    for (let i = Math.max(0, from); i < n; i++) {
        const a = classes[text.charCodeAt(i)];
        if (a === 0) continue;
        const b = i + 1 < n ? classes[text.charCodeAt(i + 1)] : 0;
        if ((a & hangulClass) !== 0) {
            if ((b & otherClass) !== 0 && otherRunAt(text, i)) return true;
            if (i + 2 < n && (classes[text.charCodeAt(i + 2)] & hangulClass) !== 0) {
                if ((b & censorClass) !== 0) return true;
                if (
                    (b & spaceClass) !== 0 &&
                    i + 4 < n &&
                    (classes[text.charCodeAt(i + 3)] & spaceClass) !== 0 &&
                    (classes[text.charCodeAt(i + 4)] & hangulClass) !== 0
                )
                    return true;
            }
            continue;
        }
        if ((a & (latinClass | leetClass)) === 0 || (b & (latinClass | leetClass)) === 0 || i + 2 >= n) continue;
        const c = classes[text.charCodeAt(i + 2)];
        // L L E, L E L, E L L.
        if ((a & latinClass) !== 0 && (b & latinClass) !== 0 && (c & leetClass) !== 0) return true;
        if ((a & latinClass) !== 0 && (b & leetClass) !== 0 && (c & latinClass) !== 0) return true;
        if ((a & leetClass) !== 0 && (b & latinClass) !== 0 && (c & latinClass) !== 0) return true;
    }
    return false;
}
