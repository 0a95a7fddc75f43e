/**
 * Words between a mobile number's groups, as a model writes a number it was asked to disguise
 * (found from outside): `010 다음 2283 다음 1439`, `010에 2283에 1439번`, `앞자리 010, 가운데
 * 2283, 끝자리 1439`, `(010)(2283)(1439)`. A mobile prefix (01x), then three or four digits, then
 * four, each after at most eight characters that hold no digit and no line break, is read as
 * one number: the normaliser reads the glue as "-", and the segmenter does not cut inside it.
 * Only the mobile shape: its prefix is what makes the glue safe to read past.
 */

const glue = String.raw`[^\d\n]{1,8}?`;
/** What normalize must read in full for these (a regex source for its trigger). */
export const gluedMobileTrigger = String.raw`01[016789][^\d\n]{1,8}\d{3,4}[^\d\n]{1,8}\d{4}`;
/** The whole shape, for the normaliser (groups: the two glues). */
export const gluedMobile = new RegExp(String.raw`(?<![\w])01[016789](${glue})\d{3,4}(${glue})\d{4}(?!\d)`, "g");
/** A mobile prefix, maybe its middle group, then glue up to the end (what comes before a cut). */
const prefixThenGlue = new RegExp(String.raw`(?<![\w])01[016789](?:${glue}\d{3,4})?[^\d\n]{1,8}$`);

/** Glue a number is written with: brackets and signs, a word for "then", a particle. */
const joiningGlue =
    /^[\s,]*(?:[()[\]{}<>|/\\;:~_'"`*#+=-]+|다음(?:에|은)?|그\s*다음(?:에|은)?|그리고|이후|다시|에|에요|하고|랑|이랑)[\s,]*$/;
/** Labels of a number's parts: "앞자리 010, 가운데 2283, 끝자리 1439". */
const partLabel =
    /^[\s,:]*(?:앞자리|앞|가운데|가운데\s*자리|중간|중간\s*자리|뒷자리|뒤|끝자리|끝|마지막(?:\s*자리)?)[\s:은는이가]*$/;

/**
 * Whether two glues join the parts of one number: the same joining glue twice ("다음", "에",
 * ")("), or labels of the parts. Counters and operators ("개 중", "을 곱하고") are not glue.
 */
function gluesOfOneNumber(first: string, second: string): boolean {
    if (partLabel.test(first) && partLabel.test(second)) return true;
    return first.trim() === second.trim() && joiningGlue.test(first);
}

/** The glue replacements in `text`: only glue that holds more than separators (those are read already). */
export function gluedMobileReplacements(text: string): Array<{ start: number; end: number; with: string }> {
    const out: Array<{ start: number; end: number; with: string }> = [];
    gluedMobile.lastIndex = 0;
    for (let m = gluedMobile.exec(text); m !== null; m = gluedMobile.exec(text)) {
        const [whole, first, second] = m as unknown as [string, string, string];
        if (!/[^\s\-.]/.test(first + second) || !gluesOfOneNumber(first, second)) continue;
        const firstAt = m.index + 3;
        const secondAt = m.index + whole.lastIndexOf(second, whole.length - 4);
        out.push({ start: firstAt, end: firstAt + first.length, with: "-" });
        out.push({ start: secondAt, end: secondAt + second.length, with: "-" });
    }
    return out;
}

/**
 * Whether the segmenter may cut at `at` (a word's start after whitespace): false inside glue
 * after a mobile prefix when a digit follows within eight characters; "wait" when the text ends
 * before that is known.
 */
export function gluedMobileJoint(text: string, at: number, start: number, final: boolean): boolean | "wait" {
    // Quick: a digit among the ten characters before the cut.
    let digit = false;
    for (let i = at - 1; i >= Math.max(start, at - 10) && !digit; i--) {
        const code = text.charCodeAt(i);
        digit = code >= 48 && code <= 57;
    }
    if (!digit || !prefixThenGlue.test(text.slice(Math.max(start, at - 28), at))) return true;
    const ahead = text.slice(at, at + 9);
    if (/^[^\d\n]{0,8}\d/.test(ahead)) return false;
    return !final && ahead.length < 9 && !ahead.includes("\n") ? "wait" : true;
}
