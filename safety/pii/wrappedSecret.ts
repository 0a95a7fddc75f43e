// A secret's value wrapped onto the next line(s): "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/⏎bPxRfiCYzq8…"
// (a terminal's or an editor's width, or a model asked to hide it). The assignment rule (secrets.ts) reads
// the first line's part; the lines after it that hold nothing but more of the value (random characters of
// the same alphabet) are the secret too. Not a line of words, a field of its own (name=…), a path or a
// command: only a bare run of letters and digits with a digit and both cases (or sixteen characters and
// more with a digit), right under a secret's name and its random value, or under such a continuation.
// Found from outside (2026-12-07): the key's rest passed on its own line.
import type { PiiFinding, Recognizer } from "../types";

/** A line that is one bare run of a key's characters, maybe quoted or ended by a comma or a joiner. */
const continuation =
    /(?<=^|\n)([ \t]*["'\x60]?)([A-Za-z0-9+/_-]{8,}={0,2})(?=["'\x60]?[,;]?[ \t]*(?:\+|\\)?[ \t]*(?:\r?\n|$))/g;
/** A secret's name assigned a random value that runs to the line's end (the value is cut there). */
const assignmentLine =
    /(?:secret|token|[_-]key|apikey|passw(?:or)?d|pwd|credential|비밀번호|토큰|시크릿)[\w.-]*["'\]]?\s*(?:[:=]|=>)\s*["'\x60]?([A-Za-z0-9+/_-]{12,}={0,2})["'\x60]?[ \t]*(?:\+|\\)?[ \t]*$/i;

/** Random, not a word: a digit and both cases, or sixteen characters or more with a digit and a letter. */
function random(value: string): boolean {
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
    if (/^(?:[a-z]+[-_])+[a-z0-9]+$|^\d+[-_/]\d+/.test(value)) return false;
    return (/[A-Z]/.test(value) && /[a-z]/.test(value)) || value.length >= 16;
}

/** Whether the lines before `lineStart` (up to three continuations) go back to a secret's assignment. */
function underAssignment(text: string, lineStart: number): boolean {
    let end = lineStart - 1;
    for (let depth = 0; depth < 4 && end > 0; depth++) {
        const start = text.lastIndexOf("\n", end - 1) + 1;
        const line = text.slice(start, end).replace(/\r$/, "");
        const assigned = assignmentLine.exec(line);
        if (assigned !== null) return random(assigned[1]);
        const piece = /^[ \t]*["'\x60]?([A-Za-z0-9+/_-]{8,})["'\x60]?[,;]?[ \t]*(?:\+|\\)?[ \t]*$/.exec(line);
        if (piece === null || !random(piece[1])) return false;
        end = start - 1;
    }
    return false;
}

const keyChar = /[A-Za-z0-9+/_=-]/;
/** A segment that starts inside a secret's value run (the view joined its lines): the run's rest. */
function joinedRest(text: string, from: number): PiiFinding | undefined {
    if (from === 0 || !keyChar.test(text[from - 1] ?? "") || !keyChar.test(text[from] ?? "")) return undefined;
    let start = from;
    while (start > 0 && keyChar.test(text[start - 1])) start--;
    let end = from;
    while (end < text.length && keyChar.test(text[end])) end++;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const assigned = assignmentLine.exec(text.slice(lineStart, end));
    if (assigned === null || !random(assigned[1]) || !random(text.slice(from, end))) return undefined;
    return { type: "SECRET", start: from, end, score: 0.85, rule: "secret.wrapped_value" };
}

export const wrappedSecret: Recognizer = {
    type: "SECRET",
    mayMatch: (segment, text) =>
        /[A-Za-z0-9+/]{8}/.test(segment) && /secret|token|key|pass|pwd|credential|비밀번호|토큰|시크릿/i.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        // The view may have joined the wrapped value already (text/splitTokens.ts): the segment then starts
        // inside the run of the first line's value, and the assignment's own span starts before it (context).
        const joined = joinedRest(text, from);
        if (joined !== undefined) out.push(joined);
        continuation.lastIndex = from > 0 ? text.lastIndexOf("\n", from - 1) + 1 : 0;
        for (let m = continuation.exec(text); m !== null; m = continuation.exec(text)) {
            const start = m.index + m[1].length;
            if (start < from || !random(m[2]) || !underAssignment(text, m.index)) continue;
            out.push({ type: "SECRET", start, end: start + m[2].length, score: 0.85, rule: "secret.wrapped_value" });
        }
        return out;
    }
};
