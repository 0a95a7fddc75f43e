// The prompt for a suggestion inside a comment, and where a suggestion ends. Pure (no
// `vscode`): unit-tested in Node, and replayed by bench/inline.bench.ts.
//
// Gemma-Ko has no fill-in-the-middle tokens, so the code below the cursor comes first,
// as context, and the prompt ends exactly at the cursor: a short Korean preface in the
// speech style, the code below, then the code above and the comment so far. Everything
// before the cursor's line is fixed while the user types on it (the window of lines
// above moves in steps of `anchorLines`), so consecutive prompts extend each other:
// the suggestion cache can serve a suggestion whose prompt is a prefix of the current
// one, and a runtime that reuses the previous request's KV state evaluates only the
// new characters.
import type { SpeechStyle } from "../../models/prompts";
import type { CommentAtCursor } from "./commentScan";

/** How much code goes into a prompt. */
export interface InlinePromptLimits {
    /** Lines above the cursor's line, at most. Default 30. */
    aboveLines: number;
    /** Characters of those lines, at most. Default 1000. */
    aboveChars: number;
    /** Lines below the cursor's line, at most. Default 12. */
    belowLines: number;
    /** Characters of those lines, at most. Default 400. */
    belowChars: number;
    /** The window above starts on a multiple of this many lines, so it moves rarely. Default 8. */
    anchorLines: number;
    /** Tokens a suggestion may take. Default 32: the rest of a sentence. */
    maxTokens: number;
}

export const defaultInlineLimits: Readonly<InlinePromptLimits> = Object.freeze({
    aboveLines: 30,
    aboveChars: 1000,
    belowLines: 12,
    belowChars: 400,
    anchorLines: 8,
    maxTokens: 32
});

/** The document around the cursor, read line by line (no copy of a large file). */
export interface InlinePromptInput {
    languageId: string;
    lineCount: number;
    lineAt(line: number): string;
    /** The cursor's line and the column (UTF-16) it is at. */
    line: number;
    character: number;
    comment: CommentAtCursor;
    style: SpeechStyle;
}

export interface InlinePrompt {
    prompt: string;
    /** Generation ends before any of these: the end of the line, the comment's closing marker. */
    stop: string[];
    maxTokens: number;
    /** The comment's closing marker, if it has one (a suggestion never includes it). */
    close?: string;
}

const preface: Record<SpeechStyle, (language: string) => string> = {
    formal: (language) =>
        `다음은 ${language} 소스 파일입니다. 주석은 한국어 합니다체로 쓰고, 코드가 하는 일을 짧고 정확하게 설명합니다.`,
    polite: (language) =>
        `다음은 ${language} 소스 파일이에요. 주석은 한국어 해요체로 쓰고, 코드가 하는 일을 짧고 정확하게 설명해요.`,
    plain: (language) =>
        `다음은 ${language} 소스 파일이다. 주석은 한국어 평서체(-다)로 쓰고, 코드가 하는 일을 짧고 정확하게 설명한다.`
};

/** Neutralises Gemma's control tokens in file text (as models/prompts does for every task). */
function neutralise(text: string): string {
    return text.replace(/<(\/?)(start_of_turn|end_of_turn|bos|eos|pad|unk)>/g, "<\u200B$1$2>");
}

/** The lines above the cursor's line that go into the prompt: [first, cursor line). */
export function windowAbove(input: Pick<InlinePromptInput, "line" | "lineAt">, limits: InlinePromptLimits): number {
    let first = input.line;
    let chars = 0;
    while (first > 0 && input.line - first < limits.aboveLines) {
        const length = input.lineAt(first - 1).length + 1;
        if (chars + length > limits.aboveChars) break;
        chars += length;
        first--;
    }
    // Start on an anchor: the window then moves once every `anchorLines` lines, not on each Enter.
    const anchor = Math.max(1, limits.anchorLines);
    const anchored = Math.ceil(first / anchor) * anchor;
    return first === 0 ? 0 : Math.min(anchored, input.line);
}

function linesBelow(input: InlinePromptInput, limits: InlinePromptLimits): string {
    const lines: string[] = [];
    let chars = 0;
    for (let line = input.line + 1; line < input.lineCount && lines.length < limits.belowLines; line++) {
        const text = input.lineAt(line);
        if (chars + text.length + 1 > limits.belowChars) break;
        chars += text.length + 1;
        lines.push(text);
    }
    while (lines.length > 0 && lines[lines.length - 1].trim().length === 0) lines.pop();
    return lines.join("\n");
}

/** Builds the prompt for the cursor in `input.comment`. */
export function buildInlinePrompt(
    input: InlinePromptInput,
    limits: InlinePromptLimits = defaultInlineLimits
): InlinePrompt {
    const current = input.lineAt(input.line);
    const before = current.slice(0, input.character);
    const after = current.slice(input.character).trim();
    const below = [after, linesBelow(input, limits)].filter((part) => part.length > 0).join("\n");
    const first = windowAbove(input, limits);
    const above: string[] = [];
    for (let line = first; line < input.line; line++) above.push(input.lineAt(line));
    const parts = [preface[input.style](input.languageId), ""];
    if (below.length > 0) parts.push("----- 이어지는 코드 -----", neutralise(below), "");
    parts.push(`----- ${input.languageId} 파일 -----`);
    const prompt = parts.join("\n") + "\n" + neutralise([...above, before].join("\n"));
    const close = input.comment.close;
    return {
        prompt,
        stop: close === undefined ? ["\n"] : ["\n", close],
        maxTokens: limits.maxTokens,
        ...(close !== undefined ? { close } : {})
    };
}

/** A sentence ends at . ! ? 。 … followed by white space (or the end of a finished text). */
const sentenceEnd = /[.!?。…](?=\s)/;

export interface SuggestionEnd {
    /** The suggestion: the text up to where it ends. */
    text: string;
    /** It ended (line end, sentence end, closing marker): generating more would be thrown away. */
    complete: boolean;
}

/**
 * Where a suggestion ends in generated text: at the end of the line, at the comment's
 * closing marker, or after the first sentence end. `finished` says the text is all
 * there is (a sentence may end at its very end). A suggestion never ends in white space.
 */
export function suggestionEnd(text: string, close: string | undefined, finished: boolean): SuggestionEnd {
    let end = text.length;
    let complete = false;
    const cut = (at: number) => {
        if (at >= 0 && at < end) {
            end = at;
            complete = true;
        }
    };
    cut(text.search(/\r?\n/));
    if (close !== undefined) cut(text.indexOf(close));
    const sentence = sentenceEnd.exec(text.slice(0, end));
    if (sentence !== null) cut(sentence.index + 1);
    if (finished && /[.!?。…]\s*$/.test(text.slice(0, end))) complete = true;
    return { text: text.slice(0, end).trimEnd(), complete: complete || finished };
}

/** A line's comment marker and the space after it (`//`, `#`, ` * `, `/**`, `--`, `;`, `"""`). */
const commentLead = /^\s*(?:\/\/+!?|#+|\/?\*+|--+|;+|"""|\'\'\'|<!--)?\s*/;

/**
 * A suggestion less its start where it repeats what is already typed on the comment line:
 * a base model asked to go on from "// 이 함수는 " often starts by writing "이 함수는" again.
 * The longest run of whole typed words that the suggestion begins with (two characters at
 * least) is dropped, with the white space after it.
 */
export function withoutRepeatedStart(suggestion: string, typedLine: string): string {
    const typed = typedLine.replace(commentLead, "");
    const start = suggestion.trimStart();
    for (let at = 0; at < typed.length; at++) {
        if (at > 0 && !/\s/.test(typed[at - 1])) continue;
        const tail = typed.slice(at).trimEnd();
        if (tail.length < 2 || /^\s/.test(tail)) continue;
        if (!start.startsWith(tail)) continue;
        const next = start.charAt(tail.length);
        // Only a whole word of the suggestion ("이 함수는" is not the start of "이 함수는데").
        if (next !== "" && !/[\s.,!?。…:;)]/.test(next)) continue;
        const rest = start.slice(tail.length).trimStart();
        // The space between the typed text and the rest, where the typed text has none.
        return rest.length > 0 && !/\s$/.test(typedLine) ? ` ${rest}` : rest;
    }
    return suggestion;
}
