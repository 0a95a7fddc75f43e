// More renderings of a sentence for the decoded views (decodedViews.ts; round 29): English shifted along the
// alphabet (ROT13, a Caesar shift: "ubj gb znxr n obzo"), Korean typed on an English keyboard with the Korean input
// method off as the whole sentence ("vhfxks wpwh qkdqjq" 폭탄 제조 방법), letters joined by dots, dashes,
// underscores or stars ("k.i.l.l y.o.u.r.s.e.l.f", "s*u*i*c*i*d*e", "자.살.방.법"), and code points written as
// %uXXXX, U+XXXX or octal UTF-8 bytes (\354\224\250). Each is gated on its own characters; a view is only
// made when it reads better than the sentence (more common English words after the shift, two or more whole
// Hangul words typed), so plain text pays a regex test or two.
//
// Innocent twins decode to innocent text (a ROT13 puzzle answer, "dkssud" 안녕, "U.S.A.", "e.g.") and stay allowed.
import { keyboardView } from "../content/keyboardKorean";

/** Common English words: a sentence shifted right holds several of them, a shifted one few. */
const common = new Set(
    (
        "the to and a of you your how i is in it for with make can do what this that my me on be will not are get " +
        "kill yourself myself die how to bomb gun know where live go just take all pills want need should why"
    ).split(" ")
);

function commonCount(text: string): { words: number; known: number } {
    let words = 0;
    let known = 0;
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
        words++;
        if (common.has(word)) known++;
    }
    return { words, known };
}

function shifted(text: string, by: number): string {
    return text.replace(/[A-Za-z]/g, (c) => {
        const base = c <= "Z" ? 65 : 97;
        return String.fromCharCode(((c.charCodeAt(0) - base + by) % 26) + base);
    });
}

/** The shift of the sentence that reads as English when it does not (ROT13 first), or undefined. */
function caesar(sentence: string): string | undefined {
    if (sentence.length > 600) return undefined;
    const face = commonCount(sentence);
    if (face.words < 3 || face.known * 4 > face.words) return undefined;
    const order = [13, ...Array.from({ length: 25 }, (_, i) => i + 1).filter((n) => n !== 13)];
    for (const by of order) {
        const text = shifted(sentence, by);
        const view = commonCount(text);
        if (view.known >= 2 && view.known >= 2 * face.known + 1 && view.known * 3 >= view.words) return text;
    }
    return undefined;
}

/** Letters one by one joined by a dot, a dash, an underscore or a star, two or more joins in a row. */
const joinedRun =
    /(?<![A-Za-z0-9가-힣])(?:[A-Za-z가-힣][.\-_*·•+](?=[A-Za-z가-힣])){2,}[A-Za-z가-힣](?![A-Za-z0-9가-힣])[.\-_*·•+]?/g;

function joinedOut(sentence: string): string | undefined {
    let changed = false as boolean;
    const text = sentence.replace(joinedRun, (run) => {
        const letters = run.replace(/[.\-_*·•+]/g, "");
        // An abbreviation ("U.S.A.", "e.g.", "i.e.") joins to no word worth reading.
        if (letters.length < 4 && !/[가-힣]/.test(letters)) return run;
        changed = true;
        return letters;
    });
    return changed ? text : undefined;
}

/**
 * The whole sentence read as typed on the Korean 2-set layout: when it is no English (few common words) and most of
 * its Latin words read as Hangul ("How to make a fork bomb harmless" types a few syllables, and is English).
 */
function typedOut(sentence: string): string | undefined {
    if ((sentence.match(/[가-힣]/g)?.length ?? 0) > 4) return undefined;
    const face = commonCount(sentence);
    if (face.known * 4 > face.words) return undefined;
    const view = keyboardView(sentence);
    if (view === undefined) return undefined;
    const typed = view.text.match(/[가-힣]+/g)?.length ?? 0;
    return typed >= 1 && typed * 5 >= face.words * 3 ? view.text : undefined;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Code points as %uXXXX, U+XXXX, \u{…} with other braces, or octal UTF-8 bytes, decoded; undefined when none. */
function codePoints(sentence: string): string | undefined {
    let text = sentence;
    if (/%u[0-9A-Fa-f]{4}/.test(text))
        text = text.replace(/%u([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (/U\+[0-9A-Fa-f]{4}/.test(text))
        text = text.replace(/U\+([0-9A-Fa-f]{4,5})\s?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    if (/\\[0-3][0-7]{2}\\[0-3][0-7]{2}/.test(text))
        text = text.replace(/(?:\\[0-3][0-7]{2})+/g, (run) => {
            const bytes = Uint8Array.from(run.slice(1).split("\\"), (o) => parseInt(o, 8));
            try {
                return utf8.decode(bytes);
            } catch {
                return run;
            }
        });
    return text !== sentence ? text : undefined;
}

export type MoreKind = "shifted" | "typed" | "joined" | "codepoint" | "identifier";

/** The further views of a sentence (none for most text). */
export function moreViews(sentence: string): Array<{ kind: MoreKind; text: string }> {
    const views: Array<{ kind: MoreKind; text: string }> = [];
    const add = (kind: MoreKind, text: string | undefined) => {
        if (text !== undefined && text.trim().length > 0) views.push({ kind, text });
    };
    if (/[a-z]{3}/i.test(sentence)) add("shifted", caesar(sentence));
    if (/[A-Za-z가-힣][.\-_*·•+][A-Za-z가-힣][.\-_*·•+][A-Za-z가-힣]/.test(sentence))
        add("joined", joinedOut(sentence));
    if (/[qwertasdfgzxcv][yuiophjklbnm]/i.test(sentence)) add("typed", typedOut(sentence));
    if (/%u|U\+|\\[0-3]/.test(sentence)) add("codepoint", codePoints(sentence));
    add("identifier", identifierWords(sentence));
    return views;
}

/** An identifier of two or more words joined in camelCase or snake_case ("killAllUsers", "is_sub_human"). */
const identifier = /\b[A-Za-z][a-z0-9]*(?:(?:_+[A-Za-z][a-z0-9]*)|(?:[A-Z][a-z0-9]+)){1,}\b/g;

/** A word of harm one identifier must hold before the sentence is read again (keeps code's cost at a regex). */
const harmWord =
    /(?<![a-z])(?:kill|murder|gas|exterminate|lynch|rape|nude|nudes|undress|strip|deepfake|porn|sex|ransom|encrypt|victims?|subhuman|vermin|scum|inferior|hate|slur|stalk|spy|bomb|suicide|die|dead|burn|shoot|stab|jews?|muslims?|blacks?|gays?|immigrants?|women|refugees?)(?![a-z])/;

/** Code's identifiers that hold a word of harm as the words they join, lower case; undefined when none does. */
export function identifierWords(sentence: string): string | undefined {
    if (!/[a-z][A-Z]|[a-z]_[a-z]/.test(sentence)) return undefined;
    let changed = false as boolean;
    const text = sentence.replace(identifier, (name) => {
        const words = name
            .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
            .replace(/_+/g, " ")
            .toLowerCase();
        if (!words.includes(" ") || !harmWord.test(words)) return name;
        changed = true;
        return ` ${words} `;
    });
    return changed ? text : undefined;
}
