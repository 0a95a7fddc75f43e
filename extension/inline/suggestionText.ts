// What of a model's text is shown as ghost text: whole words, never half a value the
// filter could not judge yet, up to the suggestion's end. Pure: unit-tested in Node.
import { suggestionEnd, type InlinePrompt } from "./inlinePrompt";

/** The prompt's last line: the comment line as typed up to the cursor. */
export const typedLine = (prompt: InlinePrompt) => prompt.prompt.slice(prompt.prompt.lastIndexOf("\n") + 1);

/**
 * The whole words of a suggestion still arriving: up to its end (line, sentence, closing
 * marker) if that has come, else up to its last white space (the word after it may be half).
 */
export function wholeWords(text: string, close: string | undefined): string {
    const end = suggestionEnd(text, close, false);
    if (end.complete) return end.text;
    const lastSpace = text.search(/\s\S*$/);
    return lastSpace > 0 ? text.slice(0, lastSpace).trimEnd() : "";
}

/** A word that may be the start of a value written with spaces (digits, number words, Latin letters, @). */
const mayOpenValue = /[0-9０-９@＠A-Za-zＡ-Ｚａ-ｚ]|^[공영일이삼사오육륙칠팔구십백천만]+[,.]?$/u;

/**
 * The first words as shown early, less any last words that may begin a value written
 * with spaces (`010 2345 6789`, `공일공 일이삼사 …`, `name at example dot com`): judged on
 * their own, such a start is not yet a value the filter recognises; the rest of the
 * sentence, judged whole, comes later.
 */
export function withoutOpenValue(text: string): string {
    const words = text.split(" ");
    while (words.length > 0 && mayOpenValue.test(words[words.length - 1])) words.pop();
    return words.join(" ").trimEnd();
}

/**
 * What to show of the filtered text: up to the suggestion's end; when the budget cut
 * it short, up to its last space (a half word is worse than a shorter suggestion).
 */
export function shown(filtered: string, close: string | undefined, cutByBudget: boolean): string {
    const end = suggestionEnd(filtered, close, !cutByBudget);
    if (end.complete || !cutByBudget) return end.text;
    const space = end.text.lastIndexOf(" ");
    return space > 0 ? end.text.slice(0, space) : end.text;
}
