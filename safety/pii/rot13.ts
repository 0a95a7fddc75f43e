// A secret written in ROT13 where the text says so: codecs.decode('tuc_…', 'rot13'), "ROT13(`fx_yvir_…`)"
// (found from outside: tokens so hidden passed). A token of 16 characters or more near the word
// rot13 is read rotated; where the rotated token is a value, the token is that value.
import { wholeSpan } from "./recognizer";
import type { PiiFinding } from "../types";

const rot13Word = /rot[-_ ]?13/i;
export const rot13Gate = rot13Word;
const token = /(?<![A-Za-z0-9_+/=.-])[A-Za-z0-9_+/=.-]{16,}(?![A-Za-z0-9_+/=.-])/g;

const rotate = (s: string) =>
    s.replace(/[A-Za-z]/g, (c) => {
        const base = c <= "Z" ? 65 : 97;
        return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
    });

/** Tokens in `text` from `from` with the word rot13 within 120 characters, whose rotation `read` finds a value in. */
export function rot13Tokens(text: string, from: number, read: (rotated: string) => PiiFinding[]): PiiFinding[] {
    const out: PiiFinding[] = [];
    token.lastIndex = from;
    for (let m = token.exec(text); m !== null; m = token.exec(text)) {
        const end = m.index + m[0].length;
        if (!rot13Word.test(text.slice(Math.max(0, m.index - 120), Math.min(text.length, end + 120)))) continue;
        const whole = wholeSpan(read(rotate(m[0])), m.index, end, "rot13");
        if (whole !== undefined) out.push(whole);
    }
    return out;
}
