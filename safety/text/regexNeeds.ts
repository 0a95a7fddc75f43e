// What a regular expression cannot match without.
//
// neededGrams reads a pattern's source and returns sets of grams (one to four
// characters): every non-empty match contains a gram of each set. Anything the reader
// does not understand needs nothing, so the answer is always safe, only less useful.
// It reads the patterns as they are, so it follows them as they change.
// The gate built on it is in gramGate.ts.

/** A set of characters (UTF-16 code units), or undefined for "any character" (no constraint). */
type CharSet = Set<number> | undefined;
/** A set of grams (one to four characters), one of which occurs in every match. */
export type GramSet = Set<string>;

const digits = Array.from("0123456789", (c) => c.charCodeAt(0));
/** Sets larger than this are no constraint worth keeping (a class like [가-힣]). */
const maxSet = 64;
/** At most this many needed sets are kept per group of alternatives. */
const maxClauses = 4;

/** Common syllables: a need made of them lets most Korean text through. */
const common = new Set(
    Array.from(
        "이가을를은는에의다고하기지서로으도한수있리사자정대시그나해여게어아전인요만면니보주경부상일구성들것할화개적용문장제소조동선행위반실공된트스드프컴포넌렌링터데값함호출합우무미오내새너더두모바파비속알야업없연영와원음좀차치크통티패편폭목불"
    ).map((c) => c.charCodeAt(0))
);

/** Roughly how often a gram occurs in text (relative): single letters often, longer grams rarely. */
function gramCost(gram: string): number {
    const a = gram.charCodeAt(0);
    if (gram.length === 1) {
        if (a < 0x80) return (a >= 65 && a <= 90) || (a >= 97 && a <= 122) ? 60 : 20;
        return common.has(a) ? 40 : 4;
    }
    let ascii = true;
    let space = false;
    for (let i = 0; i < gram.length; i++) {
        const c = gram.charCodeAt(i);
        if (c >= 0x80) ascii = false;
        if (c === 32) space = true;
    }
    if (gram.length === 2) return ascii ? (space ? 10 : 2) : 1;
    if (gram.length === 3) return ascii ? (space ? 2 : 0.5) : 0.3;
    return ascii ? (space ? 0.5 : 0.2) : 0.1;
}

/** How often some gram of the set occurs (case variants of a gram count once). */
function cost(set: GramSet): number {
    let sum = 0;
    for (const g of set) sum += gramCost(g);
    return sum;
}

/** The n-grams of adjacent single-character terms, when there are few (each term a few characters). */
function product(sets: Array<Set<number>>): GramSet | undefined {
    let out = [""];
    for (const set of sets) {
        if (set.size > 8 || out.length * set.size > maxSet) return undefined;
        out = out.flatMap((prefix) => Array.from(set, (c) => prefix + String.fromCharCode(c)));
    }
    return new Set(out);
}

const grams = (set: Set<number>): GramSet => new Set(Array.from(set, (c) => String.fromCharCode(c)));

class Reader {
    at = 0;

    /**
     * `caseless`: the pattern matches letters in either case (the i flag, or text
     * lower-cased first). `lookaround`: what a positive lookahead or lookbehind needs
     * counts too (right when the whole text the pattern runs on is read).
     */
    constructor(
        private readonly source: string,
        private readonly caseless: boolean,
        private readonly lookaround: boolean
    ) {}

    peek(): string {
        return this.source[this.at] ?? "";
    }

    done(): boolean {
        return this.at >= this.source.length;
    }

    next(): string {
        return this.source[this.at++] ?? "";
    }

    /**
     * A set of characters as the gate compares them: ASCII letters in lower case (the
     * gate lower-cases text too, which only lets more through); when the pattern is
     * caseless, a letter outside ASCII is no constraint (its case folding is not modelled).
     */
    cased(set: Set<number>): CharSet {
        const out = new Set<number>();
        for (const c of set) {
            if (c >= 65 && c <= 90) out.add(c + 32);
            else if (
                this.caseless &&
                c >= 0x80 &&
                String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase()
            )
                return undefined;
            else out.add(c);
        }
        return out;
    }

    /**
     * Disjunction: alternatives separated by `|`, up to `)` or the end. Clause k is the
     * union of each alternative's k-th best set (a match is one alternative's, which holds
     * a gram of each of its sets); a clause exists while every alternative has that many.
     */
    disjunction(): GramSet[] {
        const alternatives: GramSet[][] = [this.alternativeNeeds()];
        while (this.peek() === "|") {
            this.next();
            alternatives.push(this.alternativeNeeds());
        }
        const clauses: GramSet[] = [];
        for (let k = 0; k < maxClauses; k++) {
            if (alternatives.some((a) => a.length <= k)) break;
            const union: GramSet = new Set();
            for (const a of alternatives) for (const g of a[k]) union.add(g);
            if (union.size > 4 * maxSet) break;
            clauses.push(union);
        }
        return clauses;
    }

    /**
     * The gram sets a match of one alternative needs, cheapest first, one per part of
     * it (a term, or a run of single characters: a literal), so that the first few say
     * different things.
     */
    alternativeNeeds(): GramSet[] {
        const best = new Map<string, { set: GramSet; cost: number }>();
        const need = (source: string, set: GramSet) => {
            const c = cost(set);
            const known = best.get(source);
            if (known === undefined || c < known.cost) best.set(source, { set, cost: c });
        };
        // The run of single-character terms just read (each taken at least once): with the
        // next one they make n-grams; terms inside an n-gram must be taken exactly once
        // (assertions between consume nothing).
        let run: Array<{ chars: Set<number>; once: boolean }> = [];
        let runStart = 0;
        for (let index = 0; !this.done() && this.peek() !== "|" && this.peek() !== ")"; index++) {
            const term = this.term();
            if (term === "assertion") continue;
            const { sets, min, max, single } = term;
            const inRun = min >= 1 && single !== undefined;
            if (!inRun) run = [];
            if (run.length === 0) runStart = index;
            if (min >= 1) sets.forEach((set, k) => need(inRun ? `run ${runStart}` : `term ${index}.${k}`, set));
            if (!inRun) continue;
            run.push({ chars: single, once: max === 1 });
            for (let n = 2; n <= 4 && n <= run.length; n++) {
                const part = run.slice(run.length - n);
                if (part.slice(1, -1).some((t) => !t.once)) break;
                const ngrams = product(part.map((t) => t.chars));
                if (ngrams !== undefined) need(`run ${runStart}`, ngrams);
            }
        }
        return [...best.values()].sort((a, b) => a.cost - b.cost).map((b) => b.set);
    }

    term(): { sets: GramSet[]; min: number; max: number; single?: Set<number> } | "assertion" {
        const c = this.next();
        if (c === "^" || c === "$") return "assertion";
        if (c === "(") {
            let lookaround = false;
            if (this.peek() === "?") {
                this.next();
                const kind = this.next();
                if (kind === "=" || kind === "!") lookaround = true;
                else if (kind === "<") {
                    const k2 = this.peek();
                    if (k2 === "=" || k2 === "!") {
                        this.next();
                        lookaround = true;
                    } else while (!this.done() && this.next() !== ">");
                } else if (kind !== ":") throw new Error("unsupported group");
            }
            const positive = this.source[this.at - 1] === "=";
            const sets = this.disjunction();
            if (this.next() !== ")") throw new Error("unbalanced group");
            const { min, max } = this.quantifier();
            if (!lookaround) return { sets, min, max };
            // A positive lookaround's text is in the text too, next to the match (not in it).
            return this.lookaround && positive && min >= 1 ? { sets, min: 1, max: 1 } : "assertion";
        }
        let single: CharSet;
        if (c === "[") single = this.characterClass();
        else if (c === "\\") {
            const e = this.escape(false);
            if (e === "assertion") return "assertion";
            single = e;
        } else if (c === ".") single = undefined;
        else if (c === "|" || c === ")" || c === "*" || c === "+" || c === "?" || c === "{" || c === "]")
            throw new Error("unexpected " + c);
        else single = new Set([c.charCodeAt(0)]);
        if (single !== undefined) single = this.cased(single);
        if (single !== undefined && single.size > maxSet) single = undefined;
        const { min, max } = this.quantifier();
        return { sets: single === undefined ? [] : [grams(single)], min, max, single };
    }

    /** The counts of the quantifier that follows ({1,1} when none). */
    quantifier(): { min: number; max: number } {
        const c = this.peek();
        let min = 1;
        let max = 1;
        if (c === "*" || c === "?") {
            this.next();
            min = 0;
            max = c === "?" ? 1 : Infinity;
        } else if (c === "+") {
            this.next();
            max = Infinity;
        } else if (c === "{") {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
            if (m === null) throw new Error("unsupported quantifier");
            this.at += m[0].length;
            min = Number(m[1]);
            max = (m[2] as string | undefined) === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
        } else return { min, max };
        if (this.peek() === "?") this.next();
        return { min, max };
    }

    /** After a backslash. */
    escape(inClass: boolean): CharSet | "assertion" {
        const c = this.next();
        if (!inClass && (c === "b" || c === "B")) return "assertion";
        if (c === "d") return new Set(digits);
        if ("DsSwW".includes(c)) return undefined;
        // A backreference matches what its group did (maybe nothing): no constraint.
        if (/[1-9]/.test(c) && !inClass) {
            while (/[0-9]/.test(this.peek())) this.next();
            return undefined;
        }
        if (c === "k" && !inClass && this.peek() === "<") {
            while (!this.done() && this.next() !== ">");
            return undefined;
        }
        if (c === "u") {
            const hex = this.source.slice(this.at, this.at + 4);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new Error("unsupported escape");
            this.at += 4;
            return new Set([parseInt(hex, 16)]);
        }
        if (c === "x") {
            const hex = this.source.slice(this.at, this.at + 2);
            if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new Error("unsupported escape");
            this.at += 2;
            return new Set([parseInt(hex, 16)]);
        }
        const controls: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11 };
        if (c in controls) return new Set([controls[c]]);
        if (/[A-Za-z0-9]/.test(c)) throw new Error("unsupported escape");
        return new Set([c.charCodeAt(0)]);
    }

    characterClass(): CharSet {
        if (this.peek() === "^") {
            while (!this.done() && this.peek() !== "]") if (this.next() === "\\") this.next();
            this.next();
            return undefined;
        }
        const set = new Set<number>();
        let any = false;
        const single = (): number | undefined => {
            const c = this.next();
            if (c !== "\\") return c.charCodeAt(0);
            const e = this.escape(true);
            if (e === "assertion" || e === undefined) {
                any = true;
                return undefined;
            }
            if (e.size === 1) return [...e][0];
            for (const x of e) set.add(x);
            return undefined;
        };
        while (!this.done() && this.peek() !== "]") {
            const low = single();
            if (low !== undefined && this.peek() === "-" && this.source[this.at + 1] !== "]") {
                this.next();
                const high = single();
                if (high === undefined) throw new Error("unsupported range");
                if (high - low > 4 * maxSet) any = true;
                else for (let x = low; x <= high; x++) set.add(x);
            } else if (low !== undefined) set.add(low);
        }
        if (this.next() !== "]") throw new Error("unbalanced class");
        return any ? undefined : set;
    }
}

/**
 * Sets of grams (one to four characters, ASCII letters in lower case) that every
 * non-empty match of `pattern` contains one of each, ASCII letters compared in either
 * case; cheapest first; empty when nothing is known. `lowerCaseText`: the pattern runs
 * on lower-cased text. `lookaround`: count what positive lookarounds need (only
 * when the gate reads the whole text the pattern runs on). Flags other than g, y and
 * i make the answer empty.
 */
export function neededGrams(pattern: RegExp, lowerCaseText = false, lookaround = false): GramSet[] {
    return neededGramsOf(pattern.source, pattern.flags, lowerCaseText, lookaround);
}

/** {@link neededGrams} of a pattern's source and flags. */
export function neededGramsOf(source: string, flags: string, lowerCaseText = false, lookaround = false): GramSet[] {
    if (/[msuv]/.test(flags)) return [];
    const reader = new Reader(source, lowerCaseText || flags.includes("i"), lookaround);
    try {
        const clauses = reader.disjunction();
        return reader.done() ? clauses : [];
    } catch {
        return [];
    }
}
