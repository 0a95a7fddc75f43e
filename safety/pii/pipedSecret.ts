// A password piped into the command that reads it (found from outside, 2026-12-06): `echo '…' | sudo -S …`,
// `echo "…" | docker login -u ci --password-stdin …`, `printf '%s' '…' | passwd --stdin bob`. The name comes
// after the value, so it is read in the segment's right context (what the stream has already received
// past the segment before releasing it: contentHold.ts), which whole text and every chunking share.
import type { PiiFinding } from "../types";
import { isPlaceholder } from "./context";

/** The quoted value an `echo` or `printf` at the end of `scanText` prints, from `from` on. */
const echoed = /\b(?:echo(?:\s+-n)?|printf(?:\s+(["'])%s\1)?)\s+(["'])([^"'\n]{4,128})\2(\s*\|)?\s*$/;
/** What reads a password from standard input. */
const reader =
    /^\s*\|\s*(?:sudo\s+(?:-\w+\s+)*-S\b|[^|\n]*--password-stdin\b|[^|\n]*\bpasswd\s+--stdin\b|[^|\n]*\bchpasswd\b|[^|\n]*\bkinit\b)/;

export function pipedSecret(scanText: string, from: number, after: string): PiiFinding | undefined {
    // Most segments have no pipe in them or just after them: nothing to read.
    if (!after.includes("|") && !scanText.includes("|", from)) return undefined;
    const m = echoed.exec(scanText.slice(Math.max(0, from - 24)));
    // (The pipe may end the value's segment: the segmenter keeps `'…' |` together.)
    if (m === null || !reader.test(`${(m[4] as string | undefined) ?? ""} ${after}`)) return undefined;
    const value = m[3];
    const end = scanText.lastIndexOf(value) + value.length;
    const start = end - value.length;
    if (start < from || isPlaceholder(value) || /^\$/.test(value)) return undefined;
    return { type: "SECRET", start, end, score: 0.9, rule: "secret.piped_password" };
}
