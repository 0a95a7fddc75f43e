// Korean typed on an English keyboard with the Korean input method off (2-set layout):
// "wnrdlrpTek" is 죽이겠다, "sj" 너. The lexicon's own words are matched in their typed
// spelling (lexicon.ts: keyboard); phrases (threats, dangerous requests) are read on a view
// of the text with each typed word turned back into Hangul. A Latin word is read as typed
// Korean only when its keys alternate as Korean syllables do (a consonant key, one or two
// vowel keys, up to two consonant keys) and it turns into two or more whole syllables: an
// English word seldom does both.
import { convertQwertyToHangul } from "es-hangul";

/** Keys of the 2-set layout: consonants (shifted ㅃㅉㄸㄲㅆ too) and vowels (shifted ㅒㅖ too). */
const typedWord = /\b(?:[qwertasdfgzxcvQWERT][yuiophjklbnmOP]{1,2}[qwertasdfgzxcvRT]{0,2}){2,}\b/g;
/** Once a text holds a typed word, its shorter words are read as typed too ("sj" 너, "dl" 이). */
const typedShort = /\b(?:[qwertasdfgzxcvQWERT][yuiophjklbnmOP]{1,2}[qwertasdfgzxcvRT]{0,2})+\b/g;

const converted = new Map<string, string>();

/** The Hangul a word typed on the 2-set layout spells (remembered: the same identifiers recur). */
function hangulOf(word: string): string {
    let hangul = converted.get(word);
    if (hangul === undefined) {
        hangul = convertQwertyToHangul(word);
        if (converted.size < 10_000) converted.set(word, hangul);
    }
    return hangul;
}

/**
 * Whether `text` holds a Latin word shaped like Korean typed on the 2-set layout. Many English
 * words are ("with" types 쟈쇼): the gate (lexiconGate.ts) also asks whether a phrase may match
 * the view before the scan reads it.
 */
export function keyboardTyped(text: string): boolean {
    typedWord.lastIndex = 0;
    for (let m = typedWord.exec(text); m !== null; m = typedWord.exec(text))
        if (/^[\uAC00-\uD7A3]{2,}$/.test(hangulOf(m[0]))) return true;
    return false;
}

/** `text` with its typed Korean words as Hangul; `start[i]` / `end[i]`: the range of `text` view character i came from. */
export interface KeyboardView {
    text: string;
    start: number[];
    end: number[];
}

/** The view of `text` with typed Korean words turned into Hangul, or undefined when it holds none. */
export function keyboardView(text: string): KeyboardView | undefined {
    if (!keyboardTyped(text)) return undefined;
    const view: KeyboardView = { text: "", start: [], end: [] };
    let at = 0;
    const keep = (until: number) => {
        for (; at < until; at++) {
            view.text += text[at];
            view.start.push(at);
            view.end.push(at + 1);
        }
    };
    typedShort.lastIndex = 0;
    for (let m = typedShort.exec(text); m !== null; m = typedShort.exec(text)) {
        const hangul = hangulOf(m[0]);
        if (!/^[\uAC00-\uD7A3]+$/.test(hangul)) continue;
        keep(m.index);
        for (const char of hangul) {
            view.text += char;
            view.start.push(m.index);
            view.end.push(m.index + m[0].length);
        }
        at = m.index + m[0].length;
    }
    keep(text.length);
    return view;
}
