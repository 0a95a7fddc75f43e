/**
 * Where a declaration is now, when its file changed between the draft and its insertion (found
 * from outside: three lines added above a function put its comment inside the function before it,
 * and split another function's doc comment). The declaration's line is looked for by its text:
 * the same line, else the same text elsewhere (the nearest, and among equals the one whose
 * neighbours match best), else the same text indented anew, else a line that declares the same
 * name in the same way. Nothing found: undefined, and the caller does not insert.
 */

/** Lines compared around a candidate to choose between several. */
const neighbourhood = 3;

/** The line in `now` where `before[line]` went, or undefined when it is gone. */
export function relocateLine(
    before: readonly string[],
    now: readonly string[],
    line: number,
    name: string
): number | undefined {
    const anchor = before[line] as string | undefined;
    if (anchor === undefined || anchor.trim() === "") return undefined;
    if (now[line] === anchor && neighbours(before, now, line, line) === maxScore(before, line)) return line;
    const exact = indicesWhere(now, (text) => text === anchor);
    if (exact.length > 0) return best(before, now, line, exact);
    const trimmed = anchor.trim();
    const reindented = indicesWhere(now, (text) => text.trim() === trimmed);
    if (reindented.length > 0) return best(before, now, line, reindented);
    // The same kind of declaration of the same name (`function add(` → `function add(a, b, c)`).
    const word = name.trim();
    const keyword = /^\s*([\p{L}_$@#][\p{L}\p{N}_$]*)/u.exec(anchor)?.[1];
    if (word === "" || keyword === undefined) return undefined;
    const named = new RegExp(`(?<![\\p{L}\\p{N}_$])${escapeRegExp(word)}(?![\\p{L}\\p{N}_$])`, "u");
    const declared = indicesWhere(now, (text) => text.trimStart().startsWith(keyword) && named.test(text));
    return declared.length > 0 ? best(before, now, line, declared) : undefined;
}

function indicesWhere(lines: readonly string[], test: (text: string) => boolean): number[] {
    const out: number[] = [];
    for (let i = 0; i < lines.length; i++) if (test(lines[i])) out.push(i);
    return out;
}

/** How many of the lines around `from` in `before` stand around `to` in `now`. */
function neighbours(before: readonly string[], now: readonly string[], from: number, to: number): number {
    let score = 0;
    for (let d = 1; d <= neighbourhood; d++) {
        if (from - d >= 0 && now[to - d] === before[from - d]) score++;
        if (from + d < before.length && now[to + d] === before[from + d]) score++;
    }
    return score;
}

function maxScore(before: readonly string[], line: number): number {
    return Math.min(neighbourhood, line) + Math.min(neighbourhood, before.length - 1 - line);
}

/** The candidate whose neighbours match best, then the nearest to the old line. */
function best(before: readonly string[], now: readonly string[], line: number, candidates: readonly number[]): number {
    let chosen = candidates[0];
    let chosenScore = -1;
    for (const candidate of candidates) {
        const score = neighbours(before, now, line, candidate);
        if (score > chosenScore || (score === chosenScore && Math.abs(candidate - line) < Math.abs(chosen - line))) {
            chosen = candidate;
            chosenScore = score;
        }
    }
    return chosen;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
