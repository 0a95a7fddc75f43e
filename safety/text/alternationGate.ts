// A big alternation tested after one pass over the text's characters (issue 14: the normaliser's
// trigger, some 70 alternatives, was tried at every position of every window and matched in
// about one window in thirty). The pass notes which of a few kinds of character the text holds
// (digits, quotes, "@" …); the alternatives that cannot match without a kind are run only when
// the text holds one, as one pattern per kind (few patterns, each run often: a pattern per set of
// kinds was a hundred, and V8 compiled them again and again). An alternative that is one
// character class is read in the pass itself. The answer is the pattern's own: a text matches
// the whole iff it matches one of its alternatives.
import { alternativesOf } from "./regexAlternatives";

/** Whether `source` refers to a group by number: splitting it would renumber its groups. */
function numberedBackreference(source: string): boolean {
    for (let i = 0; i < source.length; i++) if (source[i] === "\\" && /[1-9]/.test(source[++i] ?? "")) return true;
    return false;
}

/** One character class, taken once: it matches at a position by that code unit alone. */
const characterClass = /^\[(?:[^\\\]]|\\[^])*\]$/;

export class AlternationGate {
    /** Code units that alone are a match (an alternative that is one class). */
    private readonly matches = new Uint8Array(65536);
    /** The kinds each code unit is of, a bit per kind. */
    private readonly kindsOf = new Uint8Array(65536);
    /** Alternatives by the kind they need (those of no kind first), and the kind's bit (0: none). */
    private readonly groups: Array<{ regex: RegExp; kind: number }> = [];

    /**
     * `pattern`: neither global nor sticky. `kinds`: at most 8 sets of characters without case
     * (each a string), "0123456789" for one, the rarest first: an alternative goes with the first
     * kind it needs, and is run only on a text that holds one of that kind.
     */
    constructor(pattern: RegExp, kinds: readonly string[]) {
        const { source, flags } = pattern;
        if (/[gy]/.test(flags)) throw new Error("a global or sticky pattern has no one answer per text");
        const sets = kinds.map((kind) => new Set(Array.from(kind, (c) => c.charCodeAt(0))));
        if (sets.length > 8 || kinds.some((kind) => kind.toUpperCase() !== kind || kind.toLowerCase() !== kind))
            throw new Error("at most 8 kinds, of characters without case");
        sets.forEach((set, k) => set.forEach((c) => (this.kindsOf[c] |= 1 << k)));
        // Only top-level alternatives (limit 0): a group cut into its alternatives loses its captures.
        const split = !/[uv]/.test(flags) && !numberedBackreference(source);
        const pieces = split ? alternativesOf(source, 0) : [source];
        const byKind: string[][] = Array.from({ length: sets.length + 1 }, () => []);
        for (const piece of pieces) {
            if (split && pieces.length > 1 && characterClass.test(piece)) {
                const one = new RegExp(piece, flags);
                for (let c = 0; c < 65536; c++) if (one.test(String.fromCharCode(c))) this.matches[c] = 1;
                continue;
            }
            const kind = split ? sets.findIndex((set) => needsOneOf(piece, set)) : -1;
            byKind[kind + 1].push(piece);
        }
        // The alternatives of no kind first: every text runs them.
        byKind.forEach((group, k) => {
            if (group.length > 0)
                this.groups.push({ regex: new RegExp(group.join("|"), flags), kind: k && 1 << (k - 1) });
        });
    }

    /** The same as `pattern.test(text)`. */
    test(text: string): boolean {
        let kinds = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (this.matches[code] === 1) return true;
            kinds |= this.kindsOf[code];
        }
        for (const { regex, kind } of this.groups)
            if ((kind === 0 || (kinds & kind) !== 0) && regex.test(text)) return true;
        return false;
    }
}

/**
 * Whether every match of `source` holds a character of `set`, as far as a plain reading tells:
 * an atom that must occur (a character, class or escape of the set's characters only, or a group
 * each of whose alternatives needs one). Anything it does not read (\p, \k, a backreference …)
 * needs nothing: the answer is false, never wrongly true.
 */
function needsOneOf(source: string, set: ReadonlySet<number>): boolean {
    const branches = alternativesOf(source, 0);
    if (branches.length > 1) return branches.every((branch) => needsOneOf(branch, set));
    for (let i = 0; i < source.length;) {
        const atom = atomAt(source, i);
        if (atom === undefined) return false;
        const quantifier = /^(?:[*?]|\{0(?:,\d*)?\})|^(?:\+|\{\d+(?:,\d*)?\})/.exec(source.slice(atom.end));
        const optional = quantifier !== null && /^[*?]|^\{0/.test(quantifier[0]);
        i = atom.end + (quantifier?.[0].length ?? 0);
        if (source[i] === "?") i++;
        if (optional || atom.zeroWidth) continue;
        if (atom.inner !== undefined ? needsOneOf(atom.inner, set) : atom.chars?.every((c) => set.has(c)) === true)
            return true;
    }
    return false;
}

interface Atom {
    end: number;
    /** Its characters, when few and known. */
    chars?: number[];
    /** A group's source. */
    inner?: string;
    zeroWidth?: boolean;
}

const simpleEscapes: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11 };

/** The atom at `i`: a character, an escape, a class or a group. */
function atomAt(source: string, i: number): Atom | undefined {
    const c = source[i];
    if (c === "^" || c === "$") return { end: i + 1, zeroWidth: true };
    if (c === ".") return { end: i + 1 };
    if (c === "(") {
        const end = groupEnd(source, i);
        if (end < 0) return undefined;
        if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) return { end: end + 1, zeroWidth: true };
        const open = source.startsWith("(?:", i) ? 3 : source.startsWith("(?<", i) ? source.indexOf(">", i) + 1 - i : 1;
        return { end: end + 1, inner: source.slice(i + open, end) };
    }
    if (c === "[") {
        const end = classEnd(source, i);
        if (end < 0) return undefined;
        return { end: end + 1, chars: classChars(source.slice(i + 1, end)) };
    }
    if (c === "\\") return escapeAt(source, i);
    if (c === "|" || c === ")" || c === "*" || c === "+" || c === "?") return undefined;
    return { end: i + 1, chars: [source.charCodeAt(i)] };
}

function escapeAt(source: string, i: number): Atom | undefined {
    const e = source.charAt(i + 1);
    if (e === "") return undefined;
    if (e === "b" || e === "B") return { end: i + 2, zeroWidth: true };
    if (e === "d") return { end: i + 2, chars: Array.from({ length: 10 }, (_, k) => 48 + k) };
    if ("DsSwW".includes(e)) return { end: i + 2 };
    if (e in simpleEscapes) return { end: i + 2, chars: [simpleEscapes[e]] };
    const hex = /^x[0-9A-Fa-f]{2}|^u[0-9A-Fa-f]{4}/.exec(source.slice(i + 1, i + 6));
    if (hex !== null) return { end: i + 1 + hex[0].length, chars: [parseInt(hex[0].slice(1), 16)] };
    // An escaped sign stands for itself; a letter or digit we do not read stands for unknown characters.
    if (/[A-Za-z0-9]/.test(e)) return undefined;
    return { end: i + 2, chars: [e.charCodeAt(0)] };
}

/** The characters of a class's body, or undefined when negated, wide or not read. */
function classChars(body: string): number[] | undefined {
    if (body.startsWith("^")) return undefined;
    const out: number[] = [];
    const one = (at: number): [number[], number] | undefined => {
        if (body[at] !== "\\") return [[body.charCodeAt(at)], at + 1];
        const escape = escapeAt(body, at);
        return escape?.chars === undefined ? undefined : [escape.chars, escape.end];
    };
    for (let i = 0; i < body.length;) {
        const first = one(i);
        if (first === undefined) return undefined;
        const [chars, next] = first;
        if (body[next] === "-" && next + 1 < body.length && chars.length === 1) {
            const last = one(next + 1);
            if (last === undefined || last[0].length !== 1 || last[0][0] - chars[0] > 64) return undefined;
            for (let x = chars[0]; x <= last[0][0]; x++) out.push(x);
            i = last[1];
        } else {
            out.push(...chars);
            i = next;
        }
    }
    return out;
}

function classEnd(source: string, open: number): number {
    for (let i = open + 1; i < source.length; i++) {
        if (source[i] === "\\") i++;
        else if (source[i] === "]") return i;
    }
    return -1;
}

function groupEnd(source: string, open: number): number {
    let depth = 0;
    for (let i = open; i < source.length; i++) {
        const c = source[i];
        if (c === "\\") i++;
        else if (c === "[") {
            i = classEnd(source, i);
            if (i < 0) return -1;
        } else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) return i;
    }
    return -1;
}
