// Korean written in Latin letters ("jukyeo beorilgeoya", "neo jigeum eodi-ya"): a Hangul reading of a sentence
// whose Latin words nearly all parse as romanised syllables and which is no English, for the content filter to
// judge (decodedViews.ts). Revised Romanization with the spellings people type: k, t, p before a vowel in the
// middle of a word close the syllable before ("jukyeo" 죽여, "jukil" 죽일: RR would write g, d, b for the onset),
// "sh" for ㅅ, "oo" and "ee" for ㅜ and ㅣ. A name or a place reads as a name or a place (김민준, 강남): harmless.

const onsets: Record<string, number | undefined> = {
    kk: 1,
    gg: 1,
    tt: 4,
    dd: 4,
    pp: 8,
    bb: 8,
    ss: 10,
    jj: 13,
    ch: 14,
    sh: 9,
    g: 0,
    k: 15,
    n: 2,
    d: 3,
    t: 16,
    r: 5,
    l: 5,
    m: 6,
    b: 7,
    p: 17,
    s: 9,
    j: 12,
    c: 14,
    h: 18
};
const vowels: Record<string, number> = {
    yae: 3,
    yeo: 6,
    weo: 14,
    wae: 10,
    ae: 1,
    ya: 2,
    eo: 4,
    ye: 7,
    wa: 9,
    oe: 11,
    yo: 12,
    wo: 14,
    we: 15,
    wi: 16,
    yu: 17,
    eu: 18,
    ui: 19,
    oo: 13,
    ee: 20,
    a: 0,
    e: 5,
    o: 8,
    u: 13,
    i: 20
};
/** A syllable's final consonant (index into the 28 finals). */
const finals: Record<string, number | undefined> = {
    k: 1,
    g: 1,
    kk: 2,
    n: 4,
    t: 19,
    d: 7,
    l: 8,
    r: 8,
    m: 16,
    p: 17,
    b: 17,
    s: 19,
    ss: 20,
    ng: 21,
    j: 22,
    ch: 23,
    h: 27
};
const vowelKeys = Object.keys(vowels).sort((a, b) => b.length - a.length);
const onsetKeys = Object.keys(onsets).sort((a, b) => b.length - a.length);

function vowelAt(word: string, at: number): string | undefined {
    for (const v of vowelKeys) if (word.startsWith(v, at)) return v;
    return undefined;
}

const isVowel = (c: string | undefined) => c !== undefined && "aeiouwy".includes(c);

/** One romanised word as Hangul, or undefined when it is not one. */
export function hangulOf(word: string, closing = false): string | undefined {
    let out = "";
    let i = 0;
    while (i < word.length) {
        let onset = 11; // ㅇ
        if (!isVowel(word[i]) || (word[i] === "w" && word[i + 1] === "w")) {
            const o = onsetKeys.find((k) => word.startsWith(k, i) && vowelAt(word, i + k.length) !== undefined);
            if (o === undefined) return undefined;
            onset = onsets[o] ?? 11;
            i += o.length;
        }
        const v = vowelAt(word, i);
        if (v === undefined) return undefined;
        i += v.length;
        let cluster = "";
        while (i + cluster.length < word.length && !isVowel(word[i + cluster.length]))
            cluster += word[i + cluster.length];
        let final = 0;
        if (i + cluster.length === word.length) {
            if (cluster.length > 0) {
                const end = finals[cluster];
                if (end === undefined) return undefined;
                final = end;
            }
            i = word.length;
        } else if (cluster.length === 1 && (closing ? finals[cluster] !== undefined : "ktp".includes(cluster))) {
            final = finals[cluster] ?? 0;
            i += 1;
        } else if (cluster === "ng") {
            final = 21;
            i += 2;
        } else if (cluster.length >= 2 && onsets[cluster] === undefined) {
            const head = cluster.startsWith("ng") ? "ng" : cluster[0];
            const end = finals[head];
            if (end === undefined || onsets[cluster.slice(head.length)] === undefined) return undefined;
            final = end;
            i += head.length;
        }
        out += String.fromCharCode(0xac00 + (onset * 21 + vowels[v]) * 28 + final);
    }
    return out.length > 0 ? out : undefined;
}

const englishWords = new Set(
    (
        "the a an to of and or in on at for with is are was be it this that you your i me my we he she they them how " +
        "what why who when where do does did can will not no yes so but if as by from up out all get go one just have " +
        "has had like make man oh ok hi"
    ).split(" ")
);

/** Sentences to read: Latin letters, little else (a sentence that holds Hangul is read as it is written). */
const latinSentence = /^[\sA-Za-z'’,.!?~\-]+$/;

/**
 * The sentence in Hangul, when it reads as romanised Korean (most of its words parse, few are English): read as RR
 * spells (a consonant between vowels opens the next syllable: "saram" 사람) and as the sound is written ("jugineun" is
 * how 죽이는 sounds: the consonant closes the syllable before).
 */
export function romanisedViews(sentence: string): string[] {
    if (sentence.length > 300 || !latinSentence.test(sentence)) return [];
    const words = sentence.toLowerCase().match(/[a-z]+(?:[-'][a-z]+)*/g);
    if (words === null || words.length < 2) return [];
    const opened = romanisedView(words, false);
    if (opened === undefined) return [];
    const closed = romanisedView(words, true);
    return closed === undefined || closed === opened ? [opened] : [opened, closed];
}

function romanisedView(words: string[], closing: boolean): string | undefined {
    let english = 0;
    let parsed = 0;
    const read: string[] = [];
    for (const word of words) {
        if (englishWords.has(word)) english++;
        const hangul = word
            .split(/[-']/)
            .map((part) => hangulOf(part, closing))
            .reduce<string | undefined>((a, b) => (a === undefined || b === undefined ? undefined : a + b), "");
        if (hangul !== undefined) parsed++;
        read.push(hangul ?? word);
    }
    // RR's own letters: a word with eo, eu, ae, or a doubled onset is no English word.
    const marked = words.some((w) => /eo|eu|ae|yeo|ss[aeiouy]|jj|kk|gg|bb|dd/.test(w));
    if (!marked || english * 4 > words.length || parsed * 5 < words.length * 4) return undefined;
    return read.join(" ");
}
