// How the segmenter reads a word next to a number (segmenter.ts): a number word of its own, a separator that
// may stand between a number's groups, or neither.
import { classAt, joinsGroups } from "./cutClasses";
import { pictographWord } from "./separatorLookalikes";
import { numberWordValue, separatorOf } from "./spelledSeparators";

/** Whether a word ends a part of a number itself, is a separator that may follow one, or neither. */
export function numberKindOf(word: string): "number" | "separator" | "other" {
    // Six: a spoken group with its particle ("삼공육오하고", "공일공에요").
    // A comma or a semicolon may close it: "zero one zero, two nine …"; "plus" opens one ("plus eight two").
    if (word.length <= 7 && numberWordValue(/[,;]$/.test(word) ? word.slice(0, -1) : word) !== undefined)
        return "number";
    if (/^['"`(]?(?:plus|플러스)$/i.test(word)) return "number";
    // 에 said apart between spoken groups ("공일공 에 이삼사오 에 …"): a separator, as "-" would be.
    if (word === "에" || word === "에,") return "separator";
    return separatorOf(word) !== undefined ||
        (word.length === 1 && (classAt(word, 0) & joinsGroups) !== 0) ||
        pictographWord.test(word.trim())
        ? "separator"
        : "other";
}

/**
 * A lone 에 at `at`, said apart after a spoken group ("공일공 에 이삼사오"): the number goes on past it. "wait"
 * while the text ends right after it (에서, 에게 may still come).
 */
export function spacedParticle(text: string, at: number, final: boolean): boolean | "wait" {
    if (text[at] !== "에") return false;
    if (at + 1 === text.length) return final ? false : "wait";
    return /[ \t,]/.test(text[at + 1]);
}
