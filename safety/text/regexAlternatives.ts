// A pattern as alternatives whose matches together are its matches (the gram gate reads each
// alone: gramGate.ts). Read from the source as it is, like regexNeeds.ts.

/** The end of the group or class that opens at `open` ("(" or "["): the index of its ")" or "]", or -1. */
function closing(source: string, open: number): number {
    let depth = 0;
    for (let i = open; i < source.length; i++) {
        const c = source[i];
        if (c === "\\") i++;
        else if (c === "[") {
            const end = closingClass(source, i);
            if (end < 0) return -1;
            if (open === i) return end;
            i = end;
        } else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) return i;
    }
    return -1;
}

function closingClass(source: string, open: number): number {
    for (let i = open + 1; i < source.length; i++) {
        if (source[i] === "\\") i++;
        else if (source[i] === "]") return i;
    }
    return -1;
}

/** `source` cut at its top-level "|" (none inside a group or class). */
function topLevelAlternatives(source: string): string[] | undefined {
    const out: string[] = [];
    let start = 0;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === "\\") i++;
        else if (c === "[" || c === "(") {
            const end = closing(source, i);
            if (end < 0) return undefined;
            i = end;
        } else if (c === "|") {
            out.push(source.slice(start, i));
            start = i + 1;
        }
    }
    out.push(source.slice(start));
    return out;
}

/**
 * Sources whose matches together are `source`'s: its top-level alternatives, and a piece
 * that is one group of alternatives between assertions ("(?<!x)(?:a|b)(?!y)") cut into them
 * ("(?<!x)(?:a)(?!y)", …). Each needs its own grams, where the whole needs only what every
 * alternative shares. Groups are kept as groups (a lookaround stays where it was); a
 * capturing group becomes non-capturing, so a backreference no longer names it (the reader
 * counts a backreference as needing nothing). Groups are cut while the pieces stay under
 * `limit`; the source alone when it cannot be read.
 */
export function alternativesOf(source: string, limit = 256): string[] {
    const pieces = topLevelAlternatives(source);
    if (pieces === undefined) return [source];
    const out: string[] = [];
    pieces.forEach((piece, i) => {
        const parts = soleGroupAlternatives(piece);
        // The pieces still to come count one each.
        if (parts !== undefined && out.length + parts.length + (pieces.length - i - 1) <= limit) out.push(...parts);
        else out.push(piece);
    });
    return out;
}

const lookaroundStart = /^\(\?(?:[=!]|<[=!])/;

/** A piece that is one group taken once between lookarounds: that group's alternatives in its place. */
function soleGroupAlternatives(piece: string): string[] | undefined {
    let group: [number, number] | undefined;
    for (let i = 0; i < piece.length; i++) {
        if (piece[i] !== "(") return undefined;
        const end = closing(piece, i);
        if (end < 0) return undefined;
        if (!lookaroundStart.test(piece.slice(i, i + 4))) {
            if (group !== undefined || /^[*+?{]/.test(piece[end + 1] ?? "")) return undefined;
            group = [i, end];
        }
        i = end;
    }
    if (group === undefined) return undefined;
    const [open, end] = group;
    const innerStart = piece.startsWith("(?:", open)
        ? open + 3
        : piece.startsWith("(?<", open)
          ? piece.indexOf(">", open) + 1
          : open + 1;
    const inner = topLevelAlternatives(piece.slice(innerStart, end));
    if (inner === undefined || inner.length < 2) return undefined;
    return inner.map((alternative) => `${piece.slice(0, open)}(?:${alternative})${piece.slice(end + 1)}`);
}
