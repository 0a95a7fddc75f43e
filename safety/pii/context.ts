/** Whether any of `words` occurs in the `window` characters before `start` (or right after `end`). */
export function hasContext(text: string, start: number, end: number, words: RegExp, window = 32): boolean {
    const before = text.slice(Math.max(0, start - window), start);
    const after = text.slice(end, end + 12);
    words.lastIndex = 0;
    if (words.test(before)) return true;
    words.lastIndex = 0;
    return words.test(after);
}

/** Digits of a string. */
export function digitsOf(text: string): number[] {
    const out: number[] = [];
    for (const c of text) if (c >= "0" && c <= "9") out.push(c.charCodeAt(0) - 48);
    return out;
}

/** A value that is a documentation placeholder, not data: 010-XXXX-XXXX, YYMMDD-XXXXXXX, YOUR_API_KEY, <token>, ***. */
export function isPlaceholder(value: string): boolean {
    if (/[xX*#•]{3,}/.test(value)) return true;
    if (/(?:YYYY|YYMMDD|MMDD|your[_-]?|example|sample|dummy|placeholder|changeme|<[^>]+>|\$\{[^}]+\}|\{\{[^}]+\}\})/i.test(value)) return true;
    return /^(.)\1+$/.test(value.replace(/[-\s.]/g, ""));
}
