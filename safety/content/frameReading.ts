// How frames (frames.ts) read a sentence written to get past a filter (found from outside: a
// seventh content tester sent the same sentences a filter catches with a vowel stretched,
// "주우우욱여버릴"; a mark, digit or emoji inside a word, "불 질*러", "권1총", "사💀제 폭탄"; each
// syllable spaced, "몰 려 가 서 패 버 리 자"; or typed on an English keyboard, "ahffurktj"). Frames
// judge a sentence whole and report no span, so the reading may drop and join characters freely;
// each step only undoes a disguise and leaves ordinary prose as it was.
import { convertQwertyToHangul } from "es-hangul";

const base = 0xac00;
const isSyllable = (code: number) => code >= base && code <= 0xd7a3;
/** Initial ㅇ's index in a syllable's arithmetic. */
const ieung = 11;

/**
 * "주우우욱" → "죽", "보오오오온" → "본", "대애애애애마" → "대마": a syllable without a final
 * followed by two or more syllables of ㅇ and the same vowel (the last may end in a final,
 * which then closes the first). One such syllable is left alone: 기이한 is a word.
 */
export function destretch(text: string): string {
    let out = "";
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (!isSyllable(code) || (code - base) % 28 !== 0) {
            out += text[i];
            continue;
        }
        const vowel = Math.floor((code - base) / 28) % 21;
        let j = i + 1;
        let final = 0;
        while (j < text.length) {
            const next = text.charCodeAt(j);
            if (!isSyllable(next)) break;
            const index = next - base;
            if (Math.floor(index / 588) !== ieung || Math.floor(index / 28) % 21 !== vowel) break;
            j++;
            final = index % 28;
            if (final !== 0) break;
        }
        if (j - i - 1 >= 2) {
            out += String.fromCharCode(code + final);
            i = j - 1;
        } else out += text[i];
    }
    return out;
}

/** A mark, digit, emoji or invisible character alone between two syllables: "질*러", "권1총", "사💀제". */
const insideWord =
    /(?<=[가-힣])(?:[*.·_~^\-0-9!@#$%&+=|/\\ㄱ-ㅎ]|\p{Extended_Pictographic}[\uFE0F\u200D]?|[\u200B-\u200D\u2060\uFEFF\u00AD])(?=[가-힣])/gu;
/** Three or more one-letter words in a row ("패 버 리 자", "S Q L"): the letters of one word spaced out. */
const spacedLetters = /(?<![가-힣A-Za-z])[가-힣A-Za-z](?: [가-힣A-Za-z]){2,}(?![가-힣A-Za-z])/g;
/** A Latin word that may be Korean typed with the keyboard in English mode. */
const latinWord = /(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])/g;

/**
 * A Latin word read as Korean typed on the 2-set keyboard in English mode ("rkWk" → 가짜), when
 * every letter lands in a whole syllable: English words do not ("riot" → 갸ㅐㅅ, "trade" → ㅅㄱㅁㅇㄷ).
 */
function keyboardReading(word: string): string {
    // Korean typed so is syllables of the layout's keys (English words and identifiers fail here,
    // before es-hangul's conversion: "string", "react", "component"); a word is read once.
    if (!typedKorean.test(word)) return word;
    const known = readings.get(word);
    if (known !== undefined) return known;
    const reading = convert(word);
    if (readings.size >= 5000) readings.clear();
    readings.set(word, reading);
    return reading;
}
/** Keys of the 2-set layout typed as syllables: a consonant, a vowel (or a compound one), up to two finals. */
const typedKorean = /^(?:[qwertasdfgzxcvQWERT](?:hk|ho|hl|nj|np|nl|ml|[hjklyuiopbnmOP])[qwertasdfgzxcvQWERT]{0,2})+$/;
const readings = new Map<string, string>();

function convert(word: string): string {
    let hangul: string;
    try {
        hangul = convertQwertyToHangul(word);
    } catch {
        // es-hangul gives up on some letter runs ("Invalid hangul Characters"): not Korean, then.
        return word;
    }
    // Both readings stay: an English word now and then lands in syllables too ("fork" → 래가), and a
    // frame's exceptions must still see it.
    return hangul.length >= 2 && /^[가-힣]+$/.test(hangul) ? `${word} ${hangul}` : word;
}

/** The reading frames take of canonical text (before it is lower-cased: the keyboard reading needs the case). */
export function frameReading(text: string): string {
    // Each step only where its disguise can be (cheap tests first: most sentences hold none).
    let out = /[A-Za-z]{3}/.test(text) ? text.replace(latinWord, keyboardReading) : text;
    if (/[\uC544-\uC78F]{2}/.test(out)) out = destretch(out);
    if (/[가-힣][^가-힣\s]/.test(out)) out = out.replace(insideWord, "");
    return / [가-힣A-Za-z] /.test(out) ? out.replace(spacedLetters, (run) => run.replace(/ /g, "")) : out;
}
