// Letters of other scripts drawn like Latin ones, for the content view (canonical.ts): the PII
// view's table (text/latinLookalikes.ts) and, beyond it, the letters a writer reaches for to get
// an English swear word or threat past a filter — Cyrillic һ ԛ ԝ ӏ к п г ь, Greek capitals and
// χ ϲ, Armenian օ ս հ ո, and small Latin forms (ɑ ɡ ı ȷ ℓ). Only the content view reads these:
// a Greek capital beside a digit is not an obfuscated identifier.
import { latinLookalike } from "../text/latinLookalikes";

const more: Partial<Record<string, string>> = {
    һ: "h",
    Һ: "H",
    ԛ: "q",
    ԝ: "w",
    Ԝ: "W",
    ӏ: "l",
    Ӏ: "l",
    Ѕ: "S",
    І: "I",
    Ј: "J",
    к: "k",
    п: "n",
    г: "r",
    ь: "b",
    Ь: "b",
    ү: "y",
    Ү: "Y",
    ѵ: "v",
    Α: "A",
    Β: "B",
    Ε: "E",
    Ζ: "Z",
    Η: "H",
    Ι: "I",
    Κ: "K",
    Μ: "M",
    Ν: "N",
    Ο: "O",
    Ρ: "P",
    Τ: "T",
    Υ: "Y",
    Χ: "X",
    χ: "x",
    ϲ: "c",
    Ϲ: "C",
    ϳ: "j",
    օ: "o",
    ս: "u",
    հ: "h",
    ո: "n",
    ɑ: "a",
    ɡ: "g",
    ı: "i",
    ȷ: "j",
    ℓ: "l"
};

/** The Latin letter `char` is drawn like, for content matching, or undefined. */
export function latinLookalikeOf(char: string): string | undefined {
    // Only Latin-1 and Latin Extended, Greek, Cyrillic, Armenian and ℓ hold look-alikes.
    const code = char.charCodeAt(0);
    if (char.length !== 1 || code < 0xc0 || (code > 0x58f && code !== 0x2113)) return undefined;
    return latinLookalike(char) ?? more[char];
}
