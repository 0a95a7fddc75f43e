/**
 * Letters of other scripts drawn like Latin ones, as a model (or a user) writes them to get a
 * word or an address past a filter: Cyrillic а е о р с у х і ј and the capitals А В Е … І Ј Ѕ У,
 * Greek α ε ι κ ν ο ρ τ υ μ (μ for u), and ƒ. NFKC leaves all of these alone. Latin letters with
 * accents (fück) fold to the base letter through NFD. Both the PII view (text/normalize.ts) and the
 * content view (content/canonical.ts) read them as the Latin letter they show.
 */
const table: Partial<Record<string, string>> = {
    а: "a",
    е: "e",
    о: "o",
    р: "p",
    с: "c",
    у: "y",
    х: "x",
    і: "i",
    ј: "j",
    ѕ: "s",
    ԁ: "d",
    А: "A",
    В: "B",
    Е: "E",
    К: "K",
    М: "M",
    Н: "H",
    О: "O",
    Р: "P",
    С: "C",
    Т: "T",
    Х: "X",
    І: "I",
    Ј: "J",
    Ѕ: "S",
    У: "Y",
    α: "a",
    ε: "e",
    ι: "i",
    κ: "k",
    ν: "v",
    ο: "o",
    ρ: "p",
    τ: "t",
    υ: "u",
    μ: "u",
    ƒ: "f"
};

/** The Latin letter `char` is drawn like, or undefined. */
export function latinLookalike(char: string): string | undefined {
    const mapped = table[char];
    if (mapped !== undefined) return mapped;
    const code = char.charCodeAt(0);
    // Latin-1 Supplement and Latin Extended-A/B letters with accents: ü → u, é → e.
    if (char.length === 1 && code >= 0xc0 && code <= 0x24f) {
        const base = char.normalize("NFD").replace(/\p{M}/gu, "");
        if (/^[A-Za-z]$/.test(base)) return base;
    }
    return undefined;
}
