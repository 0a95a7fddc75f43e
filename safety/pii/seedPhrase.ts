// A wallet's seed phrase (BIP-39: 12 to 24 lower-case words, "ethics gravity auction …", or numbered a line
// each, "01. analyst"): whoever reads it owns the wallet. Found in a development set (2026-12-07, set 83):
// phrases under "복구 구문", "mnemonic", "seed phrase" passed whole. The words are ordinary English, so the
// word list would say little; what makes them a phrase is where they stand: right after a name for one
// (a line under it, or its value after "=", ":", a quote or a bracket), lower-case words of three to eight
// letters one after another, none of the short or common words prose is made of. The segmenter cuts
// before each word, so this reads the response in order (as farLabels.ts does): a run starts at such a
// name when its first word has a second after it (its right context), and goes on word by word until
// anything else comes; each word is redacted in its own segment. Whole text and every chunking of the
// stream read it alike. Round 95: right after the name too ("시드 문구는 belt allow …", "니모닉 1. alone"),
// and a list's words in code (["belt", "allow", …], ['belt', …], YAML's "- belt" lines).
import type { PiiFinding } from "../types";

/** Names of a seed phrase (not a random seed: "seed" alone names a number in code). */
const seedName =
    /mnemonic|fromPhrase|seed[\s_-]*(?:phrase|words?)|recovery[\s_-]*(?:phrase|words?|seed)|secret[\s_-]*phrase|backup[\s_-]*phrase|wallet[\s_-]*(?:phrase|words|seed)|(?:12|24|twelve|twenty-four)[\s_-]*words|\bseed(?=["']?[ \t]*[:=])|니모닉|시드\s*(?:문구|구문|단어)|복구\s*(?:구문|문구|단어)|백업\s*(?:구문|문구)|지갑\s*(?:단어|문구)|(?:12|24|열두|스물네)\s*(?:개\s*)?단어/gi;
/** How far after its name a phrase may begin (the rest of the name's sentence: "…입니다. 절대 공유하지 마세요:"). */
const reach = 120;
/** Words prose is made of that no seed phrase holds (BIP-39 words have three letters or more). */
const prose = new Set(
    "the and that this with from have are was were not but you your will should would into than then them they their there been which when what where who how why our its has had does did must these those".split(
        " "
    )
);
const phraseWord = (word: string) => /^[a-z]{3,8}$/.test(word) && !prose.has(word);
/** A phrase's first word counts when a second follows it (in the segment or its right context), or it is a list's first. */
const secondWord =
    /^["'\x60]?[ \t]*[,-]?[ \t]*\n?[ \t]*(?:\d{1,2}[.)][ \t]+|-[ \t]+)?["'\x60]?([a-z]{3,8})(?![A-Za-z])/;
/** What may stand before a phrase's first word: a line's start, or the mark that opens a value. */
const opensValue = /(?:^|[\n:=("'`→⇒])[ \t]*(?:\d{1,2}[.)][ \t]+|-[ \t]+)?$/;
/** Or right after the name: its particle, a space ("시드 문구는 belt allow …", "니모닉 1. alone"). */
const afterName = /^(?:은|는|이|가|란)?[ \t]*(?:\d{1,2}[.)][ \t]+)?$/;
/**
 * Or "is" / "was" ("my recovery phrase is belt allow …"), when the first word is no word that says how a
 * phrase is kept ("is stored offline", "was never shared", "is safe", "is written below").
 */
const afterIs = /^[ \t]+(?:is|was|are)[ \t]*:?[ \t]*$/;
const howKept =
    /(?:ed|ly|ing|en|ble)$|^(?:safe|secure|lost|gone|never|only|just|still|also|very|too|now|here|there|below|above|fine|important|private|secret|long|short|kept|written|known|what|like|one|two|three|four|twelve|fifteen|eighteen|twenty|words|made|some|all|any|easy|hard|simple|strong|weak|used|needed)$/;
/** Between a list's words in code: quotes and commas (["belt", "allow", …], ['belt', …]). */
const listMark = /^["'\x60,-]$/;
const token = /(\d{1,2}[.)](?=[ \t])|(?<=(?:^|\n)[ \t]*)-(?=[ \t]))|([A-Za-z]+)|(\s+)|([\s\S])/g;

export class SeedPhrases {
    /** Where a seed's name last ended, as an offset into the response. */
    private nameEnd = Number.NEGATIVE_INFINITY;
    /** Words in the phrase being read (0: none). */
    private words = 0;

    /** The phrase's words in `scanText` from `from` (`offset`: the response offset of `scanText[from]`). */
    read(scanText: string, from: number, offset: number, after: string): PiiFinding[] {
        const out: PiiFinding[] = [];
        const names: number[] = [];
        // A name may begin in the tail: kept where it ends in the segment.
        const start = Math.max(0, from - 32);
        const near = scanText.slice(start);
        seedName.lastIndex = 0;
        for (let m = seedName.exec(near); m !== null; m = seedName.exec(near))
            if (start + m.index + m[0].length > from) names.push(start + m.index + m[0].length);
        if (names.length === 0 && this.words === 0 && offset - this.nameEnd > reach) return out;
        const window = scanText + after;
        token.lastIndex = from;
        let next = 0;
        for (let m = token.exec(scanText); m !== null; m = token.exec(scanText)) {
            const at = m.index;
            // (A group that did not take part is undefined, whatever the array's type says.)
            const [, numbering, word, space] = m as unknown as Array<string | undefined>;
            while (next < names.length && names[next] <= at) {
                this.nameEnd = offset + names[next] - from;
                this.words = 0;
                next++;
            }
            if (space !== undefined || (this.words > 0 && listMark.test(m[0]))) continue;
            if (numbering !== undefined && (this.words > 0 || offset + at - from - this.nameEnd <= reach)) continue;
            if (word !== undefined && this.words > 0 && this.words < 24 && phraseWord(word)) {
                this.words++;
                // Words a space apart are one span ("[비밀 키]", not one per word); a numbered line is its own.
                const last = out.at(-1);
                if (last !== undefined && /^[ \t]+$/.test(scanText.slice(last.end, at))) last.end = at + word.length;
                else out.push(this.found(at, at + word.length));
                continue;
            }
            if (
                word !== undefined &&
                this.words === 0 &&
                offset + at - from - this.nameEnd <= reach &&
                phraseWord(word) &&
                (opensValue.test(scanText.slice(Math.max(0, at - 16), at)) ||
                    this.rightAfterName(scanText, from, offset, at))
            ) {
                const second = secondWord.exec(window.slice(at + word.length));
                // Or a list's first line, one word alone on it ("1) orbit⏎": its line's end is read at once).
                // (A numbered line holds one word: "1. never share it" is advice.)
                const numbered = /\d[.)][ \t]+$/.test(scanText.slice(Math.max(0, at - 8), at));
                // (Or YAML's first "- word" line under the name's "mnemonic:" line.)
                const nameAt = this.nameEnd - offset + from;
                const yamlFirst = nameAt >= 0 && /^["']?:[ \t]*\r?\n[ \t]*-[ \t]+$/.test(scanText.slice(nameAt, at));
                const firstLine =
                    (yamlFirst ||
                        (numbered &&
                            /(?:^|\n|[ \t:])[ \t]*0?1[.)][ \t]+$/.test(scanText.slice(Math.max(0, at - 8), at)))) &&
                    /^[ \t]*\r?\n/.test(window.slice(at + word.length));
                // (Or numbered on one line, "1. beef 2. bone 3. …": the next number follows on the line; the
                // segmenter cuts before it, so the right context may show no more than "2.".)
                const numberedRun = numbered && /^[ \t]+\d{1,2}[.)](?:[ \t]|$)/.test(window.slice(at + word.length));
                if ((!numbered && second !== null && phraseWord(second[1])) || firstLine || numberedRun) {
                    this.words = 1;
                    out.push(this.found(at, at + word.length));
                    continue;
                }
            }
            // Anything else ends a phrase, and the name's reach with it.
            if (this.words > 0) {
                this.words = 0;
                this.nameEnd = Number.NEGATIVE_INFINITY;
            }
        }
        while (next < names.length) this.nameEnd = offset + names[next++] - from;
        return out;
    }

    /** Whether only the name's particle and a space (or a list's "1.") stand between the name and `at`. */
    private rightAfterName(scanText: string, from: number, offset: number, at: number): boolean {
        const nameAt = this.nameEnd - offset + from;
        if (nameAt < 0 || nameAt > at || at - nameAt > 8) return false;
        const between = scanText.slice(nameAt, at);
        if (afterName.test(between)) return true;
        return afterIs.test(between) && !howKept.test(/^[a-z]*/.exec(scanText.slice(at))?.[0] ?? "");
    }

    private found(start: number, end: number): PiiFinding {
        return { type: "SECRET", start, end, score: 0.9, rule: "secret.seed_phrase" };
    }
}
