// Is the cursor inside a comment, and which one? Pure text (no `vscode`): unit-tested
// in Node. VS Code exposes neither the tokens at a position nor a language's comment
// markers, so each language's comment syntax is a small table here (the provider can
// add markers read from a language's own language-configuration.json), and the
// scanner walks the text before the cursor as a tokenizer would: code, strings (whose
// contents are not comments), line comments, block comments (nested where the language
// nests them) and Python docstrings.

/** How one language writes comments and the strings that can hide comment markers. */
export interface CommentSyntax {
    /** Line-comment markers, longest first is not required: "//", "#", "--". */
    line: readonly string[];
    /** Block comments: [open, close], e.g. ["/*", "*\/"]. */
    block: ReadonlyArray<readonly [string, string]>;
    /** Block comments nest (Rust, Swift, Haskell, Dart). */
    nestedBlocks?: boolean;
    /** Block markers count only at the start of a line (Ruby's =begin / =end). */
    blockAtLineStart?: boolean;
    /** String delimiters that may span lines (JavaScript's `, Go's raw `). */
    multilineQuotes?: readonly string[];
    /** Quotes of one-line strings, each closed by itself, with backslash escapes. */
    quotes: readonly string[];
    /**
     * `'` opens a string only as a character literal ('a', '\n'): Rust lifetimes
     * (`'a`) and C's char literals must not swallow the rest of the line.
     */
    charLiterals?: boolean;
    /** Triple-quoted strings; those that start a line are docstrings (Python). */
    docstrings?: readonly string[];
}

const cLike: CommentSyntax = {
    line: ["//"],
    block: [["/*", "*/"]],
    quotes: ['"'],
    charLiterals: true
};
const jsLike: CommentSyntax = {
    line: ["//"],
    block: [["/*", "*/"]],
    quotes: ['"', "'"],
    multilineQuotes: ["`"]
};
const hash: CommentSyntax = { line: ["#"], block: [], quotes: ['"', "'"] };

/** Comment syntax per VS Code language id. */
const syntaxByLanguage: Readonly<Record<string, CommentSyntax>> = {
    typescript: jsLike,
    typescriptreact: jsLike,
    javascript: jsLike,
    javascriptreact: jsLike,
    java: cLike,
    c: cLike,
    cpp: cLike,
    "cuda-cpp": cLike,
    "objective-c": cLike,
    "objective-cpp": cLike,
    csharp: cLike,
    kotlin: { ...cLike, nestedBlocks: true, multilineQuotes: ['"""'] },
    scala: { ...cLike, nestedBlocks: true, multilineQuotes: ['"""'] },
    groovy: jsLike,
    php: { ...jsLike, line: ["//", "#"], multilineQuotes: [] },
    go: { ...cLike, multilineQuotes: ["`"] },
    rust: { ...cLike, nestedBlocks: true },
    swift: { ...cLike, nestedBlocks: true, multilineQuotes: ['"""'] },
    dart: { ...jsLike, nestedBlocks: true, multilineQuotes: ['"""', "'''"] },
    python: { line: ["#"], block: [], quotes: ['"', "'"], docstrings: ['"""', "'''"] },
    ruby: { line: ["#"], block: [["=begin", "=end"]], blockAtLineStart: true, quotes: ['"', "'"] },
    shellscript: hash,
    perl: hash,
    r: hash,
    yaml: hash,
    toml: hash,
    dockerfile: hash,
    makefile: hash,
    powershell: { line: ["#"], block: [["<#", "#>"]], quotes: ['"', "'"] },
    lua: { line: ["--"], block: [["--[[", "]]"]], quotes: ['"', "'"] },
    sql: { line: ["--"], block: [["/*", "*/"]], quotes: ["'", '"'] },
    haskell: { line: ["--"], block: [["{-", "-}"]], nestedBlocks: true, quotes: ['"'] },
    css: { line: [], block: [["/*", "*/"]], quotes: ['"', "'"] },
    scss: { line: ["//"], block: [["/*", "*/"]], quotes: ['"', "'"] },
    less: { line: ["//"], block: [["/*", "*/"]], quotes: ['"', "'"] },
    html: { line: [], block: [["<!--", "-->"]], quotes: [] },
    xml: { line: [], block: [["<!--", "-->"]], quotes: [] },
    vue: {
        ...jsLike,
        block: [
            ["/*", "*/"],
            ["<!--", "-->"]
        ]
    }
};

/** The built-in comment syntax of a language, if we know it. */
export function commentSyntaxFor(languageId: string): CommentSyntax | undefined {
    return syntaxByLanguage[languageId];
}

/** The languages with a built-in comment syntax. */
export const knownCommentLanguages: readonly string[] = Object.keys(syntaxByLanguage);

/**
 * A syntax from a language configuration's `comments` (`lineComment`, `blockComment`):
 * for languages the table does not know. Strings are assumed to use `"` and `'`.
 */
export function syntaxFromLanguageConfiguration(comments: {
    lineComment?: unknown;
    blockComment?: unknown;
}): CommentSyntax | undefined {
    const line =
        typeof comments.lineComment === "string" && comments.lineComment.length > 0 ? [comments.lineComment] : [];
    const pair = comments.blockComment;
    const block =
        Array.isArray(pair) &&
        pair.length === 2 &&
        typeof pair[0] === "string" &&
        typeof pair[1] === "string" &&
        pair[0].length > 0 &&
        pair[1].length > 0
            ? [[pair[0], pair[1]] as const]
            : [];
    if (line.length === 0 && block.length === 0) return undefined;
    return { line, block, quotes: ['"', "'"] };
}

/**
 * The comment syntax in a language-configuration.json (JSON with comments and trailing
 * commas, as VS Code reads it), or undefined if it has none or cannot be read.
 */
export function syntaxFromLanguageConfigurationText(text: string): CommentSyntax | undefined {
    let json = "";
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            const end = stringEnd(text, i, '"', false);
            const stop = end < 0 ? text.length : end;
            json += text.slice(i, stop);
            i = stop - 1;
        } else if (text.startsWith("//", i)) {
            const newline = text.indexOf("\n", i);
            i = newline < 0 ? text.length : newline - 1;
        } else if (text.startsWith("/*", i)) {
            const end = text.indexOf("*/", i + 2);
            i = end < 0 ? text.length : end + 1;
        } else {
            json += c;
        }
    }
    try {
        const parsed = JSON.parse(json.replace(/,(\s*[}\]])/g, "$1")) as { comments?: unknown };
        const comments = parsed.comments;
        return typeof comments === "object" && comments !== null
            ? syntaxFromLanguageConfiguration(comments)
            : undefined;
    } catch {
        return undefined;
    }
}

/** The comment the cursor is in. */
export interface CommentAtCursor {
    kind: "line" | "block" | "docstring";
    /** The opening marker: "//", "#", "/*", '"""'. */
    open: string;
    /** What closes it: a block's or docstring's closing marker; a line comment ends at the line's end. */
    close?: string;
    /** Offset of the opening marker in the scanned text. */
    start: number;
    /** The comment's text from its opening marker up to the cursor. */
    text: string;
}

/** A scan starts at most this far above the cursor (at a line start): keeps each keystroke cheap. */
export const maxScanChars = 100_000;

function startsAt(text: string, at: number, marker: string): boolean {
    return text.startsWith(marker, at);
}

function atLineStart(text: string, at: number): boolean {
    return at === 0 || text[at - 1] === "\n";
}

/** The first marker of `markers` that starts at `at`, longest first. */
function markerAt(text: string, at: number, markers: readonly string[]): string | undefined {
    let found: string | undefined;
    for (const marker of markers)
        if (startsAt(text, at, marker) && marker.length > (found?.length ?? 0)) found = marker;
    return found;
}

/** Only spaces and tabs between the line's start and `at`. */
function onlyIndentBefore(text: string, at: number): boolean {
    for (let i = at - 1; i >= 0 && text[i] !== "\n"; i--) if (text[i] !== " " && text[i] !== "\t") return false;
    return true;
}

/** A character literal ('a', '\n', '\u{1F600}') starting at `at`: its length, else 0. */
function charLiteralLength(text: string, at: number): number {
    const match = /^'(?:\\(?:u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'/u.exec(text.slice(at, at + 14));
    return match === null ? 0 : match[0].length;
}

/** Where the string that opens at `at` with `quote` ends (after its closing quote), or -1 if it does not within `text`. */
function stringEnd(text: string, at: number, quote: string, multiline: boolean): number {
    let i = at + quote.length;
    while (i < text.length) {
        const c = text[i];
        if (c === "\\") {
            i += 2; // an escape (Go's raw strings have none; a backslash before ` there is rare)
            continue;
        }
        if (!multiline && c === "\n") return i; // an unclosed one-line string ends with its line
        if (startsAt(text, i, quote)) return i + quote.length;
        i++;
    }
    return -1;
}

/**
 * The comment that `text` (everything before the cursor, or its last {@link maxScanChars}
 * characters from a line start) ends inside of, if any.
 */
export function commentAtEnd(text: string, syntax: CommentSyntax): CommentAtCursor | undefined {
    let i = 0;
    if (text.length > maxScanChars) {
        const cut = text.indexOf("\n", text.length - maxScanChars);
        i = cut < 0 ? text.length : cut + 1;
    }
    const blockOpens = syntax.block.map(([open]) => open);
    const multiline = [...(syntax.multilineQuotes ?? []), ...(syntax.docstrings ?? [])];
    while (i < text.length) {
        // Block comments before line comments: "--[[" must win over "--" in Lua.
        const blockOpen = markerAt(text, i, blockOpens);
        if (blockOpen !== undefined && (!syntax.blockAtLineStart || atLineStart(text, i))) {
            const close = syntax.block.find(([open]) => open === blockOpen)?.[1] ?? "";
            const end = blockEnd(text, i, blockOpen, close, syntax);
            if (end < 0) return { kind: "block", open: blockOpen, close, start: i, text: text.slice(i) };
            i = end;
            continue;
        }
        const lineMarker = markerAt(text, i, syntax.line);
        if (lineMarker !== undefined) {
            const newline = text.indexOf("\n", i);
            if (newline < 0) return { kind: "line", open: lineMarker, start: i, text: text.slice(i) };
            i = newline + 1;
            continue;
        }
        const long = markerAt(text, i, multiline);
        if (long !== undefined) {
            const end = stringEnd(text, i, long, true);
            const isDocstring = syntax.docstrings?.includes(long) === true && onlyIndentBefore(text, i);
            if (end < 0)
                return isDocstring
                    ? { kind: "docstring", open: long, close: long, start: i, text: text.slice(i) }
                    : undefined;
            i = end;
            continue;
        }
        const c = text[i];
        if (c === "'" && syntax.charLiterals === true) {
            i += Math.max(1, charLiteralLength(text, i));
            continue;
        }
        if (syntax.quotes.includes(c)) {
            const end = stringEnd(text, i, c, false);
            if (end < 0) return undefined; // the cursor is inside a string
            i = end;
            continue;
        }
        i++;
    }
    return undefined;
}

/** Where the block comment opened at `at` ends (after its close), or -1 if `text` ends inside it. */
function blockEnd(text: string, at: number, open: string, close: string, syntax: CommentSyntax): number {
    let depth = 1;
    let i = at + open.length;
    while (i < text.length) {
        if ((!syntax.blockAtLineStart || atLineStart(text, i)) && startsAt(text, i, close)) {
            depth--;
            i += close.length;
            if (depth === 0 || syntax.nestedBlocks !== true) return i;
            continue;
        }
        if (syntax.nestedBlocks === true && startsAt(text, i, open)) {
            depth++;
            i += open.length;
            continue;
        }
        i++;
    }
    return -1;
}

/** Hangul syllables or jamo. */
export const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** Why there is no suggestion here (for the stats and the tests), or undefined when there may be one. */
export type NoSuggestionReason = "notInComment" | "notAtLineEnd" | "noKorean" | "sentenceEnded" | "unknownLanguage";

export interface CommentSite {
    comment: CommentAtCursor;
    /** The current comment's text on the cursor's line, markers and leading "*" removed, up to the cursor. */
    lineText: string;
}

/**
 * Whether to suggest at a cursor: inside a comment, at the end of the comment's text on
 * this line (only whitespace or the comment's closing marker after the cursor), not
 * right after a sentence's final mark (the user is done, or types a space first), and
 * the comment so far holds Korean (an English comment is not ours to continue).
 */
export function commentSite(
    before: string,
    after: string,
    syntax: CommentSyntax | undefined
): CommentSite | NoSuggestionReason {
    if (syntax === undefined) return "unknownLanguage";
    const comment = commentAtEnd(before, syntax);
    if (comment === undefined) return "notInComment";
    const rest = (after.split("\n", 1)[0] ?? "").trim();
    if (rest.length > 0 && (comment.close === undefined || !rest.startsWith(comment.close))) return "notAtLineEnd";
    if (/[.!?。…]$/.test(comment.text)) return "sentenceEnded";
    if (!hangul.test(comment.text)) return "noKorean";
    const line = comment.text.slice(comment.text.lastIndexOf("\n") + 1);
    const lineText = comment.text.includes("\n") ? line.replace(/^\s*\*?\s?/, "") : line.slice(comment.open.length);
    return { comment, lineText };
}
