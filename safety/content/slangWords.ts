// Words found from outside after words.ts filled its 400 lines (content sets 77 and 78, development
// sets of 2026-12-07): swearing shortened, misspelt or typed in letters, group slurs in slang or
// initials, body insults, and the slang of sex and self-harm chat. Same shape as words.ts; lexicon.ts
// reads both. A word with an innocent reading (야사 an unofficial history, 운지 an instrument's
// fingering, 튀기 a verb) is entered only in the forms that cannot be read so.
import type { ContentCategory } from "../types";

/** Korean words by category. */
export const slangWords: Partial<Record<ContentCategory, string[]>> = {
    profanity: ["ㄲㅈ", "존ㄴ", "존같", "병쉰", "븅딱", "쉬벌", "씨댕", "닭쳐"],
    hate: ["ㄸㄲㅊ", "튀기들", "튀기 새끼", "먹사들", "먹사 새끼", "중놈", "틀니딱딱", "절라도"],
    harassment: ["ㅉㄸ", "찐찌버거", "뚱땡이", "오크녀", "디져라", "빨리 디져"],
    sexual: ["벗방", "딸감", "세엑스", "ㅗㅜㅑ"],
    self_harm: ["운지해라", "운지해", "운지하세요", "칼빵 인증", "씹뱉 인증"]
};

/** Letters for Korean slurs and swearing, as people romanise them (ㄸ as dd or tt, ㅐ as ae or e). */
export const slangLatin: Partial<Record<ContentCategory, string[]>> = {
    profanity: ["jonnaa", "fxxk", "fxck", "fxxking", "byungsin", "byeongshin"],
    hate: ["ddongkkochung", "ttongkkochung", "jjangkke", "jjangkkae", "jjangke", "hannamchung", "kimchinyeo"],
    harassment: ["neugeumma", "nugumma"]
};
