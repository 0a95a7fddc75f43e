// The lexicon: words and phrases per content category, matched on normalised text
// (see normalize.ts). Single words match inside Korean words; English and
// romanised words match whole words; threat / self-harm / dangerous phrases need
// their object ("kill you", not "kill the process"; "너를 죽여", not "테스트를 죽이다").
import type { ContentCategory, ContentFinding } from "../types";
import badwordsKo from "./data/badwords-ko.json";
import { convertHangulToQwerty } from "es-hangul";
import { hangulSkeleton, jamoOf, latinWords } from "./normalize";

interface Entry {
    category: ContentCategory;
    word: string;
}

/** Korean words beyond badwords-ko, by category (group slurs are hate, not profanity). */
const koreanWords: Record<ContentCategory, string[]> = {
    profanity: [
        "새꺄", "새기야", "색히", "쌔끼", "섀끼", "ㅅㄲ", "시벌", "씨바", "씨부럴", "시부럴", "씹할", "십할", "씹새", "씹새끼", "씹년", "씹놈", "씹노잼", "씹덕", "씹창",
        "좆", "좃", "좆같", "좃같", "존못", "존예", "존잘", "존맛", "존싫", "존내", "꼴리", "꼴린", "꼴림", "ㅉㅉ", "ㅗㅗ", "눈깔", "부랄", "불알", "등신", "찐따",
        "미친놈", "미친년", "미친새끼", "썅", "쌍년", "염병", "닥쳐", "호로새끼", "호로자식", "개새", "개색", "개세끼", "개쉑", "쉑", "쉐끼", "또라이", "돌아이", "병맛",
        "빡대가리", "뒤질래", "엿먹", "엿이나", "니미", "후장", "걸레년", "잡놈", "잡년", "개놈", "개년", "썩을놈", "육시랄", "우라질", "제기랄", "빌어먹을"
    ],
    hate: ["빨갱이", "토착왜구", "좌좀", "좌빨", "수꼴", "홍어들", "베충", "베충이", "일베충", "설명충", "진지충", "용접충", "페미년", "똥꼬충", "짱개", "쪽발이", "깜둥이", "한남충", "김치녀", "김치남", "된장녀", "맘충", "틀딱", "틀딱충", "급식충", "짱깨", "쪽바리", "홍어새끼", "홍어족", "똥남아", "장애충", "개독", "꼴페미", "메갈년", "쿵쾅이", "한녀충", "흑인새끼", "짱꼴라", "조센징", "게이새끼", "트젠충", "노인충", "유족충", "난민충", "전라디언", "경상디언"],
    harassment: ["니애미", "느금마", "니미럴", "애미뒤진", "애비없는", "부모없는", "엠창"],
    sexual: ["섹스", "보지", "자지", "야동", "포르노", "따먹", "조건만남", "몸캠", "딸딸이", "자위행위", "성기노출", "av배우"],
    violence: [],
    self_harm: [],
    dangerous: []
};

/** Whole English or romanised words, lower case. */
const latinEntries: Record<ContentCategory, string[]> = {
    profanity: ["fuck", "fucking", "fucked", "fucker", "motherfucker", "shit", "shitty", "bullshit", "bitch", "bitches", "asshole", "cunt", "bastard", "dickhead", "wanker", "sibal", "ssibal", "shibal", "sibbal", "ssibbal", "byungsin", "byungshin", "gaesaekki", "gaesaeki", "jonna", "jotna", "jiral"],
    hate: ["nigger", "niggers", "nigga", "faggot", "faggots", "chink", "chinks", "kike", "spic", "tranny", "retard", "retards", "gook", "gooks", "jap", "japs"],
    harassment: ["kys"],
    sexual: ["porn", "porno", "pornhub", "blowjob", "handjob", "cumshot", "xvideos", "hentai", "nudes"],
    violence: [],
    self_harm: [],
    dangerous: []
};

/** Phrases (regular expressions on lower-cased text); each needs its object. */
const phrases: Array<[ContentCategory, RegExp]> = [
    ["violence", /(?:너|니|넌|당신|네놈|너희|그놈|그년|걔)(?:를|을|들|는|도)?\s*(?:다\s*)?(?:죽여|죽일|죽이겠|패\s*죽|찔러\s*죽|쏴\s*죽|묻어\s*버|칼로\s*찌르)/],
    ["violence", /(?:죽여\s*버리겠|죽여\s*버릴|죽여\s*버린다|살해하겠|칼로\s*찔러\s*버|불태워\s*죽)/],
    ["violence", /\b(?:i(?:'ll| will| am going to|'m going to| wanna| want to)\s+(?:kill|murder|stab|shoot|hurt|strangle)\s+(?:you|u|him|her|them|your)|kill\s+(?:you|yourself)\b(?!\s*(?:process|thread|task|job|server|session|container|pod|the))|(?:going to|gonna)\s+(?:shoot|bomb)\s+(?:the|a|my|your)\s+(?:school|office|church|mosque|synagogue|class))/],
    ["self_harm", /(?:자살\s*하고\s*싶|자살할\s*(?:거|까|래)|죽고\s*싶(?:어|다|네|음)|손목을?\s*긋|목을?\s*매(?:고|달)|뛰어내리고\s*싶|스스로\s*목숨을\s*끊|살기\s*싫어)/],
    ["self_harm", /\b(?:kill(?:ing)?\s+myself|want\s+to\s+die|end\s+my\s+life|cut(?:ting)?\s+myself|commit(?:ting)?\s+suicide|suicide\s+(?:method|note)s?|how\s+to\s+(?:kill\s+myself|commit\s+suicide))\b/],
    ["dangerous", /(?:폭탄|폭발물|사제\s*총|화염병|신경\s*가스|사린|탄저균|청산가리|독극물)(?:을|를)?\s*(?:만드는|만들|제조|제작|합성|구하는|구입)/],
    ["dangerous", /(?:마약|필로폰|메스암페타민|펜타닐|코카인|헤로인|대마)(?:을|를)?\s*(?:만드는|만들|제조|합성|구하는|구입|파는)/],
    ["dangerous", /\b(?:how\s+to\s+(?:make|build|assemble)\s+(?:a\s+)?(?:bomb|pipe\s*bomb|explosive|molotov|nerve\s+agent|bioweapon|ghost\s+gun)|(?:make|cook|synthesi[sz]e)\s+(?:meth|methamphetamine|fentanyl|sarin|ricin|nerve\s+agent))\b/],
    ["sexual", /(?:강간|성폭행|성추행)\s*(?:하고\s*싶|해\s*버리|할\s*거)/],
    ["harassment", /(?:느금|니\s*애미|니\s*엄마|너희\s*엄마)\s*(?:뒤졌|죽었|창녀|없)/]
];

/** Innocent words that contain a listed word ("시발점" is a starting point). */
const whitelist = ["시바견", "시바이누", "니미츠", "쉑쉑", "시발점", "시발역", "시발택시", "시발자동차", "시발차", "시바견", "수박씨발라", "씨발라먹", "병신년", "병신정변", "병신양요", "미친개병", "개새끼손가락", "존나단", "존나카", "시발로"];

/** A trie over jamo: each node may end a listed word (its category) or a whitelisted one. */
interface TrieNode {
    next: Map<string, TrieNode>;
    category?: ContentCategory;
    innocent?: boolean;
}

interface Compiled {
    trie: TrieNode;
    phrases: Array<[ContentCategory, RegExp]>;
    /** Each Korean entry as typed on an English keyboard with the Korean layout off ("시발" -> "tlqkf"). */
    keyboard: Map<string, ContentCategory>;
    latin: Map<string, ContentCategory>;
}

let compiled: Compiled | undefined;

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

function compile(): Compiled {
    const entries: Entry[] = [];
    for (const word of (badwordsKo as { words: string[] }).words) entries.push({ category: "profanity", word });
    // Later entries win: group slurs stay hate even where badwords-ko lists them as profanity.
    for (const [category, words] of Object.entries(koreanWords)) for (const word of words) entries.push({ category: category as ContentCategory, word });
    const keyboard = new Map<string, ContentCategory>();
    const latin = new Map<string, ContentCategory>();
    const trie: TrieNode = { next: new Map() };
    for (const { category, word } of entries) {
        if (/^[a-z]+$/i.test(word)) {
            latin.set(word.toLowerCase(), category);
            continue;
        }
        const jamo = [...word].map(jamoOf).join("");
        insert(trie, jamo).category = category;
        // Only whole-syllable words of two or more syllables: "tr" (ㅅㄱ) and "td" are HTML tags.
        const typed = /^[\uAC00-\uD7A3]{2,}$/.test(word) ? convertHangulToQwerty(word) : "";
        if (/^[A-Za-z]{4,}$/.test(typed)) {
            keyboard.set(typed, category);
            keyboard.set(typed.toLowerCase(), category);
        }
    }
    for (const word of whitelist) insert(trie, [...word].map(jamoOf).join("")).innocent = true;
    for (const [category, words] of Object.entries(latinEntries)) for (const word of words) latin.set(word, category as ContentCategory);
    return {
        trie,
        phrases: phrases.map(([category, pattern]) => [category, new RegExp(pattern.source, "g")]),
        keyboard,
        latin
    };
}

/**
 * Lexicon hits in `text` that end after `from` (text before `from` is context: the
 * filter passes the text before the segment for phrases). Spans are input offsets,
 * clipped to start at `from`.
 */
export function scanLexicon(text: string, from = 0): ContentFinding[] {
    compiled ??= compile();
    const { trie, keyboard, latin } = compiled;
    const out: ContentFinding[] = [];
    const push = (category: ContentCategory, start: number, end: number, rule: string) => {
        if (end <= from) return;
        out.push({ category, start: Math.max(start, from), end, score: 1, rule });
    };

    // Words never span a segment cut (the segmenter keeps spaced-out syllables together),
    // so single words are looked for in the segment alone.
    const segment = from > 0 ? text.slice(from) : text;
    if (/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/.test(segment)) {
        const skeleton = hangulSkeleton(segment);
        const jamo = skeleton.text;
        const aligned = (end: number) => end === jamo.length || skeleton.unitStarts.has(end) || jamo[end] === " ";
        let innocentUntil = -1;
        for (let start = 0; start < jamo.length; start++) {
            if (!skeleton.unitStarts.has(start)) continue;
            // Leftmost-longest: walk the trie, remember the longest whole-character word.
            let node: TrieNode | undefined = trie;
            let best: { end: number; category: ContentCategory } | undefined;
            let innocentEnd = -1;
            for (let i = start; i < jamo.length && node !== undefined; i++) {
                node = node.next.get(jamo[i]!);
                if (node === undefined) break;
                if (node.innocent && aligned(i + 1)) innocentEnd = i + 1;
                if (node.category !== undefined && aligned(i + 1)) best = { end: i + 1, category: node.category };
            }
            innocentUntil = Math.max(innocentUntil, innocentEnd);
            if (best === undefined || best.end <= innocentUntil) continue;
            push(best.category, from + skeleton.source[start]!, from + skeleton.source[best.end - 1]! + 1, "lexicon.ko");
            // Continue after the match.
            while (start + 1 < best.end) start++;
        }
    }
    if (/[A-Za-z]/.test(segment)) {
        for (const word of latinWords(segment)) {
            word.start += from;
            word.end += from;
            let category = latin.get(word.ascii);
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
            const typed = keyboard.get(word.raw) ?? keyboard.get(word.raw.toLowerCase());
            if (typed !== undefined) push(typed, word.start, word.end, "lexicon.keyboard");
        }
    }
    const lower = text.toLowerCase();
    for (const [category, pattern] of compiled.phrases) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) push(category, m.index, m.index + m[0].length, `phrase.${category}`);
    }
    return out.sort((a, b) => a.start - b.start);
}
