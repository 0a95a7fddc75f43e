// The lexicon: words per content category, matched on canonical, normalised text
// (canonical.ts undoes encoding tricks, normalize.ts spacing and digit tricks).
// Strong words (시발, 병신 …) match inside Korean words ("개씨발놈"); words that are
// also everyday Korean ("보지 않고", "새끼손가락", "꺼지면") need the context rules of
// wordContext.ts. English and romanised words match whole words. Phrases for
// threats, self-harm and dangerous requests are in phrases.ts.
import { convertHangulToQwerty, romanize } from "es-hangul";
import type { ContentCategory, ContentFinding } from "../types";
import { Recent } from "../text/recent";
import { canonicalise } from "./canonical";
import badwordsKo from "./data/badwords-ko.json";
import { hangulSkeleton, jamoOf, latinWords, mayBeObfuscated, phraseReading } from "./normalize";
import { homographTail } from "./homographs";
import { keyboardTyped, keyboardView } from "./keyboardKorean";
import { mayHoldInsertions } from "./latinGate";
import { collapse, insertionRuns, latinEntry, spacedLetters, typedPrefix } from "./latinReadings";
import { LexiconWindows, lexiconGate, type GateResult } from "./lexiconGate";
import { phrasePatterns, scanPhrases } from "./phrases";
import { quotedMention } from "./quotedMention";
import { innocentReadingOf, notAbuse, withoutNeutralMentions } from "./wordContext";
import { slangLatin, slangWords } from "./slangWords";
import { koreanWords, latinEntries, whitelist } from "./words";

interface Entry {
    category: ContentCategory;
    word: string;
}

/** A trie over jamo: each node may end a listed word (its category and entry) or a whitelisted one. */
interface TrieNode {
    next: Map<string, TrieNode>;
    category?: ContentCategory;
    word?: string;
    innocent?: boolean;
}

interface Compiled {
    trie: TrieNode;
    /** Each Korean entry as typed on an English keyboard with the Korean layout off ("시발" -> "tlqkf"). */
    keyboard: Map<string, ContentCategory>;
    latin: Map<string, ContentCategory>;
}

let compiled: Compiled | undefined;
let patterns: RegExp[] | undefined;

function insert(root: TrieNode, jamo: string): TrieNode {
    let node = root;
    for (const j of jamo) {
        let child = node.next.get(j);
        if (child === undefined) {
            child = { next: new Map() };
            node.next.set(j, child);
        }
        node = child;
    }
    return node;
}

/** The jamo an entry is matched as: literal, so a digit or symbol in an entry ("쳐-", "ㅅ1ㅂ") never matches plain text. */
function entryJamo(word: string): string {
    return Array.from(word, jamoOf).join("");
}

function compile(): Compiled {
    const entries: Entry[] = [];
    for (const word of (badwordsKo as { words: string[] }).words) entries.push({ category: "profanity", word });
    // Later entries win: group slurs stay hate even where badwords-ko lists them as profanity.
    for (const table of [koreanWords, slangWords])
        for (const [category, words] of Object.entries(table))
            for (const word of words) entries.push({ category: category as ContentCategory, word });
    const keyboard = new Map<string, ContentCategory>();
    const latin = new Map<string, ContentCategory>();
    const trie: TrieNode = { next: new Map() };
    for (const { category, word } of entries) {
        if (notAbuse.has(word)) continue;
        if (/^[a-z]+$/i.test(word)) {
            latin.set(word.toLowerCase(), category);
            continue;
        }
        const node = insert(trie, entryJamo(word));
        node.category = category;
        node.word = word;
        // Only whole-syllable words of two or more syllables: "tr" (ㅅㄱ) and "td" are HTML tags.
        const typed = /^[\uAC00-\uD7A3]{2,}$/.test(word) ? convertHangulToQwerty(word) : "";
        if (/^[A-Za-z]{4,}$/.test(typed)) {
            keyboard.set(typed, category);
            keyboard.set(typed.toLowerCase(), category);
        }
    }
    for (const word of whitelist) insert(trie, entryJamo(word)).innocent = true;
    for (const table of [latinEntries, slangLatin])
        for (const [category, words] of Object.entries(table))
            for (const word of words) latin.set(word, category as ContentCategory);
    for (const [word, category] of romanisedSlurs(entries)) if (!latin.has(word)) latin.set(word, category);
    return { trie, keyboard, latin };
}

/**
 * Group slurs and family insults of three syllables or more as people type them in letters (found from
 * outside, content 78: ddongkkochung, jeolladieon): the Revised Romanization and its common variants (ㄸ
 * as dd, ㅐ as e). Shorter words read as names and places (hannam, jeolla) and are listed by hand.
 */
function romanisedSlurs(entries: readonly Entry[]): Array<[string, ContentCategory]> {
    const out: Array<[string, ContentCategory]> = [];
    for (const { category, word } of entries) {
        if ((category !== "hate" && category !== "harassment") || !/^[가-힣]{3,5}$/.test(word)) continue;
        const plain = romanize(word).toLowerCase();
        if (!/^[a-z]{6,}$/.test(plain) || placeNames.test(plain)) continue;
        for (const variant of new Set([plain, plain.replace(/tt/g, "dd"), plain.replace(/ae/g, "e")]))
            out.push([variant, category]);
    }
    return out;
}

/** Romanised words that are also places ("절라도" romanises as the province Jeolla-do). */
const placeNames = /^(?:jeollado|gyeongsangdo|chungcheongdo|gangwondo|jejudo)$/;

type Push = (category: ContentCategory, start: number, end: number, rule: string) => void;

/**
 * Korean lexicon words in canonical `text`; spans in canonical offsets. `innocent`, when
 * given, hears of each word a context rule reads as an ordinary word here (wordContext.ts).
 */
function scanKorean(
    text: string,
    trie: TrieNode,
    push: Push,
    innocent?: (from: number, to: number) => void,
    /** The text `text` is the end of, from `offset` (context rules read before it: a quoted mention's list name). */
    whole = { text, offset: 0 }
): void {
    const skeleton = hangulSkeleton(text);
    const jamo = skeleton.text;
    const aligned = (end: number) => end === jamo.length || skeleton.unitStarts.has(end) || jamo[end] === " ";
    let innocentUntil = -1;
    /** The whitelisted word that covers the most so far (input offsets), and whether it was reported. */
    let cover = { from: 0, to: 0, reported: true };
    for (let start = 0; start < jamo.length; start++) {
        if (!skeleton.unitStarts.has(start)) continue;
        // Leftmost-longest: walk the trie, remember the longest whole-character word.
        let node: TrieNode | undefined = trie;
        let best: { end: number; category: ContentCategory; word: string } | undefined;
        let innocentEnd = -1;
        for (let i = start; i < jamo.length; i++) {
            node = node.next.get(jamo[i]);
            if (node === undefined) break;
            if (node.innocent === true && aligned(i + 1)) innocentEnd = i + 1;
            if (node.category !== undefined && node.word !== undefined && aligned(i + 1))
                best = { end: i + 1, category: node.category, word: node.word };
        }
        if (innocentEnd > innocentUntil) {
            innocentUntil = innocentEnd;
            cover = { from: skeleton.source[start], to: skeleton.source[innocentEnd - 1] + 1, reported: false };
        }
        if (best === undefined) continue;
        if (best.end <= innocentUntil) {
            // A whitelisted word holds it ("병신정변", "시발역"): no evidence for the classifier either.
            if (!cover.reported) innocent?.(cover.from, cover.to);
            cover.reported = true;
            continue;
        }
        const from = skeleton.source[start];
        const to = skeleton.source[best.end - 1] + 1;
        const reading = innocentReadingOf(whole.text, from + whole.offset, to + whole.offset, best.word);
        if (reading !== undefined) {
            if (reading === "reading") innocent?.(from, to + homographTail(text, to, best.word));
            continue;
        }
        push(best.category, from, to, "lexicon.ko");
        start = best.end - 1;
    }
}

/** English, romanised and keyboard-typed words in canonical `text`. */
function scanLatin(text: string, lexicon: Compiled, pushFound: Push): void {
    const { latin, keyboard } = lexicon;
    const found: Array<[number, number]> = [];
    const push: Push = (category, start, end, rule) => {
        // "영어 'fuck'에 해당하는 욕설", "don't write 'shit' in commit messages": a quoted word talked about.
        if (quotedMention(text, start, end)) return;
        found.push([start, end]);
        pushFound(category, start, end, rule);
    };
    // Letters spaced or dotted out ("f u c k", "f.u.c.k"): read joined.
    spacedLetters.lastIndex = 0;
    for (let m = spacedLetters.exec(text); m !== null; m = spacedLetters.exec(text)) {
        // Any stretch of the run ("a f u c k i n g" holds "fucking"), longest first, at most 16 letters.
        const at: number[] = [];
        for (let k = 0; k < m[0].length; k++) if (/[A-Za-z]/.test(m[0][k])) at.push(m.index + k);
        const letters = at.map((k) => text[k].toLowerCase()).join("");
        for (let i = 0; i + 3 <= letters.length; i++) {
            for (let j = Math.min(letters.length, i + 16); j >= i + 3; j--) {
                const joined = letters.slice(i, j);
                const category = latin.get(joined) ?? latin.get(collapse(joined));
                if (category === undefined) continue;
                push(category, at[i], at[j - 1] + 1, "lexicon.en");
                i = j - 1;
                break;
            }
        }
    }
    for (const word of latinWords(text)) {
        // A letter stretched ("fuuuuuck"): its run read once, or twice ("shiiit" as "shit", "asss" as "ass").
        let category = latinEntry(latin, word.ascii);
        if (category === undefined && word.ascii.includes("*") && /[a-z]/.test(word.ascii)) {
            const pattern = new RegExp(`^${word.ascii.replace(/\*/g, "[a-z]")}$`);
            for (const [entry, entryCategory] of latin) {
                if (entry.length === word.ascii.length && pattern.test(entry)) {
                    category = entryCategory;
                    break;
                }
            }
        }
        if (category !== undefined) {
            push(category, word.start, word.end, "lexicon.en");
            continue;
        }
        const typed = keyboard.get(word.raw) ?? keyboard.get(word.raw.toLowerCase()) ?? typedPrefix(keyboard, word.raw);
        if (typed !== undefined) push(typed, word.start, word.end, "lexicon.keyboard");
    }
    // Digits or symbols inserted between letters ("fu1ck", "f*uck", "f.uck"): spans not found above.
    if (!mayHoldInsertions(lexicon, text)) return;
    for (const hit of insertionRuns(latin, text))
        if (!found.some(([start, end]) => start < hit.end && hit.start < end))
            push(hit.category, hit.start, hit.end, "lexicon.en");
}

/**
 * What the classifier should judge of a sentence it flagged: `text` with the words the
 * context rules (wordContext.ts) read innocently blanked out — lexicon words read as ordinary
 * words ("새끼줄", "새끼 고양이", "닥쳐오는", "보지 않고") and neutral mentions of a group
 * ("여자 화장실", "남자 / 여자") — since an n-gram model reads their syllables as abuse. Not
 * weak entries that merely do not stand as their own word ("보지나", "개소리…"): that proves
 * only that the lexicon cannot tell. `text` itself when there are none.
 */
export function withoutInnocentWords(text: string): string {
    compiled ??= compile();
    if (!/[\u3130-\u318F\uAC00-\uD7A3]/.test(text)) return text;
    const lexicon = compiled;
    return recentSentences.get(text, () => withoutNeutralMentions(withoutInnocentLexiconWords(text, lexicon)));
}

const recentSentences = new Recent<string>(16);

function withoutInnocentLexiconWords(text: string, lexicon: Compiled): string {
    const whole = canonicalise(text, { homophones: true });
    const spans: Array<[number, number]> = [];
    scanKorean(
        whole.text,
        lexicon.trie,
        () => undefined,
        (from, to) => spans.push([whole.start[from], whole.end[to - 1]])
    );
    if (spans.length === 0) return text;
    let out = "";
    let at = 0;
    for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
        if (start < at) continue;
        out += `${text.slice(at, start)} `;
        at = end;
    }
    return out + text.slice(at);
}

/**
 * The lexicon's gate for a stream of windows (the filter's, one per segment): pass
 * its answer to {@link scanLexicon} as `gate`, and skip the scan when it is undefined.
 */
export function lexiconWindows(): LexiconWindows {
    compiled ??= compile();
    return new LexiconWindows(compiled, (patterns ??= phrasePatterns()));
}

/**
 * Lexicon and phrase hits in `text` that end after `from` and start before `until`
 * (text before `from` is context: the filter passes the text before the segment for
 * phrases; text after `until` is right context that decides how a word reads, as in
 * "보지 않고"). Spans are input offsets, clipped to start at `from`. `gate`: the
 * gate's answer for this window when the caller has it (lexiconGate.ts).
 */
/**
 * A word quoted ("'개새끼'라는") ends at its closing quote: the particle after it is no part of it
 * (the lexicon's 새끼라 read through the quote masked 라).
 */
function closedQuoteEnd(text: string, start: number, end: number): number {
    if (!/['"‘“「『][^'"’”」』\n]{0,12}$/.test(text.slice(Math.max(0, start - 13), start))) return end;
    const close = text
        .slice(start, end)
        .search(/['"’”」』](?=(?:이?라|이?란|은|는|이|가|을|를|와|과|도|로|의|처럼|같)[가-힣]*$)/);
    return close > 0 ? start + close : end;
}

export function scanLexicon(text: string, from = 0, until = text.length, gate?: GateResult): ContentFinding[] {
    compiled ??= compile();
    // Most windows of text hold nothing; the gate proves it cheaply (lexiconGate.ts).
    gate ??= lexiconGate(text, from, until, compiled, (patterns ??= phrasePatterns()));
    if (gate === undefined) return [];
    const out: ContentFinding[] = [];
    const whole = canonicalise(text, { homophones: true });
    const push =
        (wordsOnly: boolean): Push =>
        (category, start, end, rule) => {
            // min/max: a right-to-left override run is read in reverse order.
            let inputStart = Infinity;
            let inputEnd = -Infinity;
            for (let k = start; k < end; k++) {
                inputStart = Math.min(inputStart, whole.start[k]);
                inputEnd = Math.max(inputEnd, whole.end[k]);
            }
            if (inputEnd <= from || inputStart >= until) return;
            inputEnd = closedQuoteEnd(text, inputStart, inputEnd);
            // Words never span a segment cut (the segmenter keeps spaced-out syllables
            // together): one that starts in the left context was the last segment's.
            if (wordsOnly && inputStart < from) return;
            // A phrase that runs into the right context is found with the next segment.
            if (!wordsOnly && inputEnd > until) return;
            out.push({ category, start: Math.max(inputStart, from), end: inputEnd, score: 1, rule });
        };
    const tail = whole.text.slice(
        Math.max(
            0,
            whole.start.findIndex((s) => s >= from)
        )
    );
    if (gate.korean && /[\u3130-\u318F\uAC00-\uD7A3]/.test(tail)) {
        // Words never start in the left context (see push), and the word rules look back 12
        // characters: the Korean scan starts 12 before the segment, not at the window's start
        // (a window holds 64 characters of context: on text that is all hits, 25 times the work).
        const first = whole.start.findIndex((s) => s >= from - 12);
        const at = first < 0 ? 0 : first;
        const words = push(true);
        scanKorean(
            at === 0 ? whole.text : whole.text.slice(at),
            compiled.trie,
            (category, start, end, rule) => words(category, start + at, end + at, rule),
            undefined,
            { text: whole.text, offset: at }
        );
    }
    if (gate.latin && /[A-Za-z]/.test(tail)) {
        scanLatin(whole.text, compiled, push(true));
        // Korean typed with the Korean layout off: phrases read on the text turned back into Hangul,
        // when the segment holds such a word (as the gate asks: a property test found the full scan
        // reading e-mail letters as typed Hangul where the gate did not).
        const typed = keyboardTyped(text.slice(from, until)) ? keyboardView(whole.text) : undefined;
        if (typed !== undefined) {
            const phrases = push(false);
            scanPhrases(typed.text, (category, start, end, rule) => {
                // Only what a typed word of this segment makes a phrase (the rest is found on the text
                // itself; a typed word in the left context was the last segment's, as the gate reads it).
                let converted = false;
                for (let k = start; k < end && !converted; k++)
                    converted =
                        typed.text[k] !== whole.text[typed.start[k]] &&
                        whole.start[typed.start[k]] >= from &&
                        whole.start[typed.start[k]] < until;
                if (converted) phrases(category, typed.start[start], typed.end[end - 1], `${rule}.keyboard`);
            });
        }
    }
    scanPhrases(whole.text, push(false), gate.phrases);
    // An obfuscated word ("죽.여", "죽 여 버 릴", "ki11 you"): phrases read on the text with the
    // filler dropped and leetspeak read as letters; only what that reading makes a phrase.
    const reading = mayBeObfuscated(whole.text) ? phraseReading(whole.text) : undefined;
    if (reading !== undefined) {
        const phrases = push(false);
        const lower = whole.text.toLowerCase();
        scanPhrases(reading.text, (category, start, end, rule) => {
            for (let k = start; k < end; k++)
                if (
                    reading.text[k].toLowerCase() !== lower[reading.source[k]] ||
                    (k + 1 < end && reading.source[k + 1] - reading.source[k] > 1)
                ) {
                    phrases(category, reading.source[start], reading.source[end - 1] + 1, `${rule}.obfuscated`);
                    return;
                }
        });
    }
    return out.sort((a, b) => a.start - b.start);
}

/** The findings of the last windows read. */
const recent = new Recent<ContentFinding[]>(64);

/**
 * `scanLexicon`, remembering the last windows: the same window and segment find the same words
 * (any gate is a superset of what the window may hold, so gives the same findings).
 */
export function scanLexiconRecent(text: string, from: number, until: number, gate: GateResult): ContentFinding[] {
    return recent.get(`${from}:${until}:${text}`, () => scanLexicon(text, from, until, gate));
}
