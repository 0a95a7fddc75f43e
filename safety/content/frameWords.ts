// The words of frames (frames.ts, crimeFrames.ts): how a frame is written, and the spelling
// both its patterns and the text are read in.
import type { ContentCategory } from "../types";

export interface Frame {
    category: ContentCategory;
    rule: string;
    /** Every one of these must be said (the first is the rarest: it gates the rest). */
    ideas: RegExp[];
    /** Words that make the whole a topic (besides the guard in frames.ts). */
    unless?: RegExp;
}

/** ㅔ read as ㅐ and ㅖ as ㅒ in every Hangul syllable of `text` (patterns and text alike). */
export function foldVowels(text: string): string {
    let out = "";
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i) - 0xac00;
        if (code < 0 || code > 11171) continue;
        const vowel = Math.floor(code / 28) % 21;
        if (vowel !== 5 && vowel !== 7) continue;
        out += text.slice(from, i) + String.fromCharCode(text.charCodeAt(i) - 4 * 28);
        from = i + 1;
    }
    return from === 0 ? text : out + text.slice(from);
}

/** A pattern of a frame, its Hangul read as {@link foldVowels} reads the text. */
export const re = (source: string) => new RegExp(foldVowels(source));

/** Someone else than the writer, whose things are taken or watched. */
export const someone =
    "유출된|크리덴셜\\s*스터핑|콤보\\s*리스트|(?:털어|뚫어)\\s*(?:주실|줄)\\s*(?:분|사람)|사례함|남의|남\\s*(?:계정|폰|카톡)|타인의?|상대(?:방)?(?:의|가|\\s*몰래)|피해자(?:의|가)?|전\\s*(?:여친|남친|애인|와이프|남편)|(?:여친|남친|애인|와이프|아내|남편|동료|친구|팀장|상사|언니|동생)(?:의|\\s*(?:폰|핸드폰|휴대폰|계정|카톡|비번|인스타|컴퓨터|노트북|pc))|원래\\s*주인|주인이?\\s*(?:못|모르)|몰래|자는\\s*(?:동안|사이)|어깨\\s*너머|들키지";
