/** The text after a word naming a value, up to `size` characters and never past a blank line. */
export function nameWindow(text: string, from: number, size: number): string {
    const rest = text.slice(from, from + size);
    const blank = rest.search(/\n[ \t\r]*\n/);
    return blank >= 0 ? rest.slice(0, blank) : rest;
}
