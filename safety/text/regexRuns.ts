// How long a run of token characters a regular expression cannot match without.
//
// Many secret rules need a long run of key characters (`A{22}[A-Za-z0-9%]{30,}`, a key body's
// `[A-Za-z0-9+/]{60}`, a token's `[A-Za-z\d_-]{23,27}`), and their grams (gramGate.ts) are one common
// letter. `neededRunOf` reads a pattern's source and returns a length R: every match (with what its
// positive lookarounds read) holds R consecutive characters of a class (`tokenCharacters` or
// `alphanumerics`); a text whose longest such run is shorter cannot be matched, and the pattern need
// not run. Anything the reader does not understand needs nothing (0), so the answer is always safe.

/** A class of characters: 1 per UTF-16 code unit in it. */
export type RunClass = Uint8Array;

function classOf(chars: string): RunClass {
    const table = new Uint8Array(65536);
    for (const c of chars) table[c.charCodeAt(0)] = 1;
    return table;
}

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** ASCII letters and digits. */
export const alphanumerics = classOf(letters);
/** What keys and tokens are written in: base64 (standard and URL-safe), percent escapes, dots. */
export const tokenCharacters = classOf(letters + "+/=_-.%~");

/**
 * What every match of a part guarantees: `pure` when all it consumes is in the class (then it
 * consumes at least `min`); the run at its start (`pre`), at its end (`suf`) and anywhere (`run`).
 */
interface Runs {
    pure: boolean;
    min: number;
    pre: number;
    suf: number;
    run: number;
}

/** A part that consumes nothing (an assertion, an empty alternative). */
const nothing = (): Runs => ({ pure: true, min: 0, pre: 0, suf: 0, run: 0 });
/** A part of which nothing is known. */
const unknown = (): Runs => ({ pure: false, min: 0, pre: 0, suf: 0, run: 0 });

function then(a: Runs, b: Runs): Runs {
    const pure = a.pure && b.pure;
    const min = a.min + b.min;
    const pre = a.pure ? a.min + b.pre : a.pre;
    const suf = b.pure ? a.suf + b.min : b.suf;
    return { pure, min, pre, suf, run: Math.max(a.run, b.run, a.suf + b.pre, pre, suf) };
}

function either(list: Runs[]): Runs {
    return {
        pure: list.every((r) => r.pure),
        min: Math.min(...list.map((r) => r.min)),
        pre: Math.min(...list.map((r) => r.pre)),
        suf: Math.min(...list.map((r) => r.suf)),
        run: Math.min(...list.map((r) => r.run))
    };
}

/** `part` repeated between `min` and `max` times. */
function repeated(part: Runs, min: number): Runs {
    if (min === 0) return part.pure ? nothing() : unknown();
    if (part.pure) {
        const length = part.min * min;
        return { pure: true, min: length, pre: length, suf: length, run: length };
    }
    return { ...part, pure: false, min: part.min * min };
}

class Reader {
    at = 0;

    constructor(
        private readonly source: string,
        private readonly inClass: RunClass
    ) {}

    private peek(): string {
        return this.source[this.at] ?? "";
    }

    done(): boolean {
        return this.at >= this.source.length;
    }

    private next(): string {
        if (this.done()) throw new Error("unexpected end");
        return this.source[this.at++];
    }

    disjunction(): Runs {
        const list = [this.alternative()];
        while (this.peek() === "|") {
            this.next();
            list.push(this.alternative());
        }
        return either(list);
    }

    private alternative(): Runs {
        let out = nothing();
        // What positive lookarounds read lies in the text too: their runs count on their own.
        let aside = 0;
        while (!this.done() && this.peek() !== "|" && this.peek() !== ")") {
            const term = this.term();
            if (typeof term === "number") aside = Math.max(aside, term);
            else out = then(out, term);
        }
        return aside > out.run ? { ...out, run: aside } : out;
    }

    /** A part, or the run a positive lookaround guarantees (a number). */
    private term(): Runs | number {
        const c = this.next();
        if (c === "^" || c === "$") return nothing();
        if (c === "(") {
            let look: "positive" | "negative" | undefined;
            if (this.peek() === "?") {
                this.next();
                const kind = this.next();
                if (kind === "=" || kind === "!") look = kind === "=" ? "positive" : "negative";
                else if (kind === "<") {
                    const k2 = this.peek();
                    if (k2 === "=" || k2 === "!") {
                        this.next();
                        look = k2 === "=" ? "positive" : "negative";
                    } else while (this.next() !== ">");
                } else if (kind !== ":") throw new Error("unsupported group");
            }
            const inner = this.disjunction();
            if (this.next() !== ")") throw new Error("unbalanced group");
            const min = this.quantifier();
            if (look === "negative") return nothing();
            if (look === "positive") return min >= 1 ? inner.run : nothing();
            return repeated(inner, min);
        }
        let pure: boolean;
        if (c === "[") pure = this.characterClass();
        else if (c === "\\") {
            const e = this.escape(false);
            if (e === "assertion") return nothing();
            pure = e;
        } else if (c === ".") pure = false;
        else if ("|)*+?{}]".includes(c)) throw new Error("unexpected " + c);
        else pure = this.inClass[c.charCodeAt(0)] === 1;
        const min = this.quantifier();
        if (!pure) return unknown();
        return { pure: true, min, pre: min, suf: min, run: min };
    }

    /** The least count of the quantifier that follows (1 when none). */
    private quantifier(): number {
        const c = this.peek();
        let min = 1;
        if (c === "*" || c === "?") {
            this.next();
            min = 0;
        } else if (c === "+") this.next();
        else if (c === "{") {
            const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
            if (m === null) throw new Error("unsupported quantifier");
            this.at += m[0].length;
            min = Number(m[1]);
        } else return min;
        if (this.peek() === "?") this.next();
        return min;
    }

    /** After a backslash: whether the character it stands for is always in the class. */
    private escape(inClass: boolean): boolean | "assertion" {
        const c = this.next();
        if (!inClass && (c === "b" || c === "B")) return "assertion";
        if (c === "d") return Array.from("0123456789").every((d) => this.inClass[d.charCodeAt(0)] === 1);
        if (c === "w") return Array.from(letters + "_").every((d) => this.inClass[d.charCodeAt(0)] === 1);
        if ("DsSW".includes(c)) return false;
        // A backreference matches what its group did (maybe nothing, maybe anything).
        if (/[1-9]/.test(c) && !inClass) {
            while (/[0-9]/.test(this.peek())) this.next();
            return false;
        }
        if (c === "k" && !inClass && this.peek() === "<") {
            while (this.next() !== ">");
            return false;
        }
        if (/[0-9]/.test(c) || c === "k" || c === "c" || c === "p" || c === "P") throw new Error("unsupported escape");
        if (c === "u" || c === "x") {
            const n = c === "u" ? 4 : 2;
            const hex = this.source.slice(this.at, this.at + n);
            if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex)) throw new Error("unsupported escape");
            this.at += n;
            return this.inClass[parseInt(hex, 16)] === 1;
        }
        if (/[A-Za-z]/.test(c)) return false; // \n, \t, \r, \f, \v: control characters, in no class here
        return this.inClass[c.charCodeAt(0)] === 1;
    }

    /** After "[": whether every character of the class is in the run class. */
    private characterClass(): boolean {
        let pure = true;
        if (this.peek() === "^") pure = false;
        while (this.peek() !== "]") {
            const c = this.next();
            if (c === "\\") {
                const e = this.escape(true);
                if (e !== true) pure = false;
                if (this.peek() === "-" && this.source[this.at + 1] !== "]") throw new Error("unsupported range");
                continue;
            }
            if (this.peek() === "-" && this.source[this.at + 1] !== "]") {
                this.next();
                const high = this.next();
                if (high === "\\" || high === "[") throw new Error("unsupported range");
                for (let x = c.charCodeAt(0); x <= high.charCodeAt(0); x++) if (this.inClass[x] !== 1) pure = false;
                continue;
            }
            if (c === "[") throw new Error("unsupported class");
            if (this.inClass[c.charCodeAt(0)] !== 1) pure = false;
        }
        this.next();
        return pure;
    }
}

/**
 * The length of a run of `inClass` characters every match of the pattern holds, what its positive
 * lookarounds read included (so the text tested must be all the text the pattern runs on); 0 when
 * nothing is known. Flags that change what a class matches (u, v) make the answer 0.
 */
export function neededRunOf(source: string, flags: string, inClass: RunClass): number {
    if (/[uv]/.test(flags)) return 0;
    const reader = new Reader(source, inClass);
    try {
        const runs = reader.disjunction();
        return reader.done() ? runs.run : 0;
    } catch {
        return 0;
    }
}

/** The longest run of `inClass` characters in `text`. */
export function longestRun(text: string, inClass: RunClass): number {
    let best = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        if (inClass[text.charCodeAt(i)] === 1) {
            if (++run > best) best = run;
        } else run = 0;
    }
    return best;
}

/** The last text {@link longestRuns} read, and its runs. */
let lastText: string | undefined;
const lastRuns = { token: 0, alphanumeric: 0 };

/**
 * `longestRun(text, tokenCharacters)` and `longestRun(text, alphanumerics)` in one pass. Every
 * recognizer of a window reads the same text: the last text's answer is kept, so a window is read once.
 * Read the result before the next call (the object is reused).
 */
export function longestRuns(text: string): { readonly token: number; readonly alphanumeric: number } {
    if (text === lastText) return lastRuns;
    let token = 0;
    let alphanumeric = 0;
    let tokenRun = 0;
    let alphanumericRun = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (tokenCharacters[code] === 1) {
            if (++tokenRun > token) token = tokenRun;
            // Letters and digits are token characters too.
            if (alphanumerics[code] === 1) {
                if (++alphanumericRun > alphanumeric) alphanumeric = alphanumericRun;
            } else alphanumericRun = 0;
        } else {
            tokenRun = 0;
            alphanumericRun = 0;
        }
    }
    lastText = text;
    lastRuns.token = token;
    lastRuns.alphanumeric = alphanumeric;
    return lastRuns;
}
