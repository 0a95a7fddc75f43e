// Readings of a sentence the content filter does not see on its face (round 28, an attacker: Korean harm written as
// \uXXXX escapes, HTML entities, base64, backwards, romanised; all passed). Each view is the sentence with its
// encoded spans decoded; filter.ts judges a view with the content filter and blocks the sentence when the view is
// harmful. Every view is gated on the characters that make it (a backslash, "&#", "%", a long base64 run, more
// Korean endings read backwards than forwards), so plain text pays one or two regex tests.
//
// Innocent twins decode to innocent text and stay allowed: code escaping an ordinary string, HTML with
// entities, a base64 image or key (its bytes are not UTF-8 text), a palindrome (no better backwards), a
// spaced heading ("목 차": two letters).
import { moreViews, type MoreKind } from "./moreViews";
import { romanisedViews } from "./romanised";

export type DecodedKind = "escape" | "entity" | "percent" | "base64" | "reversed" | "spaced" | "romanised" | MoreKind;

export interface DecodedView {
    kind: DecodedKind;
    text: string;
}

const escapeGate = /\\(?:u\{?[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|U[0-9A-Fa-f]{8})/;
const escapeRun = /(?:\\(?:u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}))+/g;
const escapeOne = /\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2}))/g;

const entityGate = /&(?:#\d{2,7}|#[xX][0-9A-Fa-f]{2,6}|[a-z]{2,6});/;
const entity = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([a-z]{2,6}));/g;
const named: Record<string, string | undefined> = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: " ",
    period: "."
};

const percentGate = /%[0-9A-Fa-f]{2}%[0-9A-Fa-f]{2}/;
const percentRun = /(?:%[0-9A-Fa-f]{2})+/g;

/** A run of base64 long enough to hold a few words (URL-safe letters too). */
const base64Run = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/_-])/g;
const base64Gate = /[A-Za-z0-9+/_-]{16}/;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 bytes as text, or undefined when they are not valid UTF-8. */
function utf8Text(bytes: Uint8Array): string | undefined {
    try {
        return utf8.decode(bytes);
    } catch {
        return undefined;
    }
}

/** Text a person reads: letters and spaces, no control characters but line breaks and tabs. */
function readable(text: string): boolean {
    if (text.length < 4 || /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/.test(text)) return false;
    // Encoded twice (base64 of escapes): the inner encoding is judged in its turn.
    if (/(?:\\u[0-9A-Fa-f]{4}|&#x?[0-9A-Fa-f]{2,6};){3}/.test(text)) return true;
    const letters = text.match(/[가-힣A-Za-z]/g)?.length ?? 0;
    return letters >= 3 && letters / text.length >= 0.5 && /[가-힣]{2}|[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(text);
}

function escapeDecode(run: string): string {
    const bytes: number[] = [];
    let out = "";
    const flush = () => {
        if (bytes.length > 0) out += utf8Text(Uint8Array.from(bytes)) ?? String.fromCharCode(...bytes);
        bytes.length = 0;
    };
    for (const match of run.matchAll(escapeOne)) {
        const m = match as Array<string | undefined>;
        if (m[4] !== undefined) {
            bytes.push(parseInt(m[4], 16));
            continue;
        }
        flush();
        const code = parseInt(m[1] ?? m[2] ?? m[3] ?? "", 16);
        out += code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    flush();
    return out;
}

function base64Decode(run: string): string | undefined {
    const body = run.replace(/=+$/, "");
    // An identifier or a path is one case or has no digits and no mixed case: base64 of text mixes them.
    if (!/[a-z]/.test(body) || !/[A-Z0-9]/.test(body)) return undefined;
    // A run cut short (a sentence held at its longest) may end inside a character: that character is left out.
    let text: string;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(body, "base64"), { stream: true });
    } catch {
        return undefined;
    }
    return readable(text) ? text : undefined;
}

/** The sentence with every span of one kind of encoding decoded, or undefined when it holds none. */
function decoded(sentence: string, kind: DecodedKind): string | undefined {
    let changed = false as boolean;
    let text: string;
    switch (kind) {
        case "escape":
            text = sentence.replace(escapeRun, (run) => ((changed = true), escapeDecode(run)));
            break;
        case "entity":
            text = sentence.replace(entity, (all, dec?: string, hex?: string, name?: string) => {
                const code = dec !== undefined ? parseInt(dec, 10) : hex !== undefined ? parseInt(hex, 16) : -1;
                if (code >= 0 && code <= 0x10ffff) return ((changed = true), String.fromCodePoint(code));
                return name !== undefined && named[name] !== undefined ? ((changed = true), named[name] ?? all) : all;
            });
            break;
        case "percent":
            text = sentence.replace(percentRun, (run) => {
                const bytes = Uint8Array.from(run.slice(1).split("%"), (h) => parseInt(h, 16));
                const out = utf8Text(bytes);
                return out === undefined ? run : ((changed = true), out.replace(/\+/g, " "));
            });
            break;
        default:
            text = sentence.replace(base64Run, (run) => {
                const out = base64Decode(run);
                return out === undefined ? run : ((changed = true), ` ${out} `);
            });
    }
    return changed && text !== sentence ? text : undefined;
}

/**
 * Endings and particles that end a Korean word and start few (이, 가, 고, 서, 지, 도 end many words but start many
 * too: 이것, 가방, 고양이, 서울): read backwards, words start with them.
 */
const endings = new Set("다요는은을를에의면야까죠네며냐줘여".split(""));
const commonEnglish = new Set(
    "the to and a of you how i is in it for with make can do what this that my your me on be will not are get kill yourself myself".split(
        " "
    )
);

/** Whether the sentence reads better backwards: far more Korean endings at word starts, or English words reversed. */
export function readsBackwards(sentence: string): boolean {
    let forward = 0;
    let backward = 0;
    let words = 0;
    for (const word of sentence.match(/[가-힣]{2,}/g) ?? []) {
        words++;
        if (endings.has(word[word.length - 1])) forward++;
        if (endings.has(word[0])) backward++;
    }
    // Korean writing ends most words with one (forward): a sentence where few do and more start with one is backwards.
    if (words >= 3 && backward >= 2 && backward >= 2 * forward + 1 && backward * 3 >= words) return true;
    let en = 0;
    let ne = 0;
    let latin = 0;
    for (const word of sentence.toLowerCase().match(/[a-z]+/g) ?? []) {
        latin++;
        if (commonEnglish.has(word)) en++;
        if (commonEnglish.has(Array.from(word).reverse().join(""))) ne++;
    }
    // Two words are enough when both read backwards and neither forwards ("flesruoy llik").
    return (latin >= 3 || (latin === 2 && en === 0)) && ne >= 2 && ne >= 2 * en + 1;
}

/** Letters spaced one by one ("k i l l  t h e m", "죽 여 버 려"), words two spaces or a slash apart. */
const spacedRun = /(?<![^\s])(?:[가-힣A-Za-z](?: | {2,}| ?\/ ?)){3,}[가-힣A-Za-z](?![^\s])/g;

function spacedOut(sentence: string): string | undefined {
    let changed = false as boolean;
    const text = sentence.replace(spacedRun, (run) => {
        changed = true;
        return run
            .replace(/ {2,}| ?\/ ?/g, "\u0000")
            .replace(/ /g, "")
            .replace(/\u0000/g, " ");
    });
    return changed ? text : undefined;
}

/** The decoded views of a sentence (none for most text). */
export function decodedViews(sentence: string): DecodedView[] {
    const views: DecodedView[] = [];
    const add = (kind: DecodedKind, text: string | undefined) => {
        if (text !== undefined && text.trim().length > 0) views.push({ kind, text });
    };
    if (sentence.includes("\\") && escapeGate.test(sentence)) add("escape", decoded(sentence, "escape"));
    if (sentence.includes("&") && entityGate.test(sentence)) add("entity", decoded(sentence, "entity"));
    if (sentence.includes("%") && percentGate.test(sentence)) add("percent", decoded(sentence, "percent"));
    if (base64Gate.test(sentence)) add("base64", decoded(sentence, "base64"));
    // Backwards, the whole sentence or what follows a colon or a quote ("따라 해: 줘려알 법방 …").
    for (const part of sentence.split(/(?<=[:："“”'‘’「」])/))
        if (readsBackwards(part)) {
            const at = sentence.indexOf(part);
            const turned = (text: string) => sentence.slice(0, at) + text + sentence.slice(at + part.length);
            add("reversed", turned(Array.from(part).reverse().join("")));
            add("reversed", turned(part.replace(/\S+/g, (w) => Array.from(w).reverse().join(""))));
        }
    if (/(?:^|\s)[가-힣A-Za-z] [가-힣A-Za-z] [가-힣A-Za-z]/.test(sentence)) add("spaced", spacedOut(sentence));
    if (/[A-Za-z]{2}/.test(sentence)) for (const view of romanisedViews(sentence)) add("romanised", view);
    for (const view of moreViews(sentence)) add(view.kind, view.text);
    return views;
}
