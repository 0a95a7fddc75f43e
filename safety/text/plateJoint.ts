// A Korean car plate's head ("12가", "123가", "경기96모") before its four digits: the segmenter does not
// cut between them ("12가 3456"), so the plate recognizer (pii/vehiclePlate.ts) reads it whole.
// Also a date's 년 and 월 after their digits (endsDatePart): a birth date in Korean is read whole.

/** The letters plates use (pii/vehiclePlate.ts). */
export const plateLetters = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호";

/**
 * Whether `text[end]` is a plate's letter after two or three digits (ASCII or full-width), all at or after `start`;
 * one space may lie between them ("392 보 5208", found from outside 2026-12-07).
 */
export function endsPlateHead(text: string, end: number, start: number): boolean {
    if (!plateLetters.includes(text[end])) return false;
    if (end - 1 >= start && text[end - 1] === " ") end--;
    let digits = 0;
    while (end - digits - 1 >= start && digits < 4 && /[0-9\uFF10-\uFF19]/.test(text[end - digits - 1])) digits++;
    return digits >= 2 && digits <= 3;
}

/**
 * At a cut before `text[at]` after a digit: false where `text[at]` is a plate's letter standing alone after
 * its head's digits ("392 보 5208"), so its four digits come in the same segment; "wait" until the next
 * character says; true otherwise.
 */
export function spacedPlateLetter(text: string, at: number, start: number, final: boolean): boolean | "wait" {
    if (!endsPlateHead(text, at, start)) return true;
    if (at + 1 >= text.length) return final || "wait";
    return !/\s/.test(text[at + 1]);
}

/**
 * Whether `text[end]` is 년 or 월 right after a digit ("1989년 12월 22일"): a date's part, so a birth date
 * written in Korean stays in one segment (found from outside, 2026-12-07).
 */
export function endsDatePart(text: string, end: number, start: number): boolean {
    return (text[end] === "년" || text[end] === "월") && end - 1 >= start && /[0-9]/.test(text[end - 1]);
}
