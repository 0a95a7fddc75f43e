/** A word that says a value is written backwards (거꾸로 읽으세요, 역순, reverse). */
export const backwardsWord = /거꾸로|역순|뒤에서부터|뒤집|반대\s*순서|reverse|backwards/i;

/** The text after a word naming a value, up to `size` characters and never past a blank line. */
export function nameWindow(text: string, from: number, size: number): string {
    const rest = text.slice(from, from + size);
    const blank = rest.search(/\n[ \t\r]*\n/);
    return blank >= 0 ? rest.slice(0, blank) : rest;
}
