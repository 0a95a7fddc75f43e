// Comments that are instructions to a tool, not prose: an encoding line, a modeline, a pragma, a
// build constraint, a linter's or formatter's switch. One list for Translate (never translated,
// nor joined to the comment beside it) and for a file's doc comment (it goes below them); the two
// kept their own copies and drifted apart. No `vscode` import: unit-tested in Node.

/** What follows a line comment's marker in a tool's line (case-insensitive). */
const toolWords = [
    String.raw`-\*-`,
    String.raw`vim?:(?:\s|set\b)`,
    String.raw`(?:file)?(?:en)?coding[:=]`,
    String.raw`go:[a-z]`,
    String.raw`\+build\b`,
    String.raw`#?(?:end)?region\b(?<=#(?:end)?region)`,
    String.raw`nolint\b`,
    String.raw`frozen_string_literal:`,
    String.raw`noqa\b`,
    String.raw`pylint:`,
    String.raw`type:\s*ignore`,
    String.raw`mypy:`,
    String.raw`fmt:\s*(?:on|off|skip)`,
    String.raw`isort:`,
    String.raw`pragma[:\s]`,
    String.raw`istanbul\s`,
    String.raw`c8\s`,
    String.raw`tslint:`,
    String.raw`jshint\b`,
    String.raw`@ts-`,
    String.raw`@flow\b`,
    String.raw`@jsx\b`,
    String.raw`eslint-`,
    String.raw`eslint\s`,
    String.raw`prettier-ignore`,
    String.raw`#\s*sourceMappingURL`
].join("|");

/**
 * A tool's comment line, in `//`, `#` or `--` (SQL, Lua) comments, or a block comment's first line.
 * ESLint's and JSHint's `global` / `globals` count only in a block comment (`/* global $ *\/`):
 * that is the only form those tools read, and a line comment that starts with "global" is prose
 * ("# global state for the cache", translated as any other).
 */
const toolLine = new RegExp(
    String.raw`^\s*(?:(?:\/\/|#|--|\/\*)\s*(?:${toolWords})|\/\*\s*(?:globals?|exported)\s)`,
    "i"
);

/** Whether `line` is a tool's comment (see {@link toolLine}). */
export const isToolComment = (line: string): boolean => toolLine.test(line);
