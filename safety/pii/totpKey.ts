// An authenticator's setup key (TOTP, RFC 6238): the shared secret, shown in base32 (A-Z and 2-7) in groups of
// four to type by hand ("2FA 설정 키 (수동 입력용): 7kqm 3xza …"). Whoever holds it makes every future one-time
// code. Found from outside (round 111): such keys passed whole. The segmenter cuts before each group and a
// key outruns the context a segment is read with, so this reads the response in order (as backupCodes.ts
// does): a key starts on its name's line (2FA, OTP, authenticator, setup key, 설정 키, 수동 입력 …) and goes
// on group by group, a space or a hyphen apart, until anything else comes. Its first group counts when the
// next follows and the two hold a letter and a base32 digit (2-7), or are capitals alone (JBSW Y3DP …). A
// card's or a phone's groups (no letters), hex groups with 0, 1, 8 or 9, and four-letter words stay.
import type { PiiFinding } from "../types";
import { namesEndingIn } from "./context";

/** Names of such a key. */
const keyName =
    /(?<![A-Za-z])(?:2fa|mfa|t?otp|authenticator|google\s*auth)(?:[\s_-]*(?:setup|secret|manual|entry|key|code|seed))*(?![A-Za-z])|setup[\s_-]*key|(?:설정|시크릿|수동\s*입력(?:용)?|인증\s*앱|OTP)\s*(?:키|코드)?/gi;
/** One group: four characters of base32. */
const group = /(?<![A-Za-z0-9_-])([A-Za-z2-7]{4})(?=[ -]|$|[^A-Za-z0-9_-])/g;
/** From the name to the first group: the rest of its line (a note in brackets, a colon). */
const firstGap = /^[^\n]{0,32}?[:：=][ \t]*["'\x60]?$|^[ \t]*(?:키|key)?[ \t]*(?:는|은|:)?[ \t]*$/;
/** The next group, as the right context shows it. */
const nextGroup = /^[ -]([A-Za-z2-7]{4})(?![A-Za-z0-9_])/;

export class TotpKeys {
    /** Where the name or the key's last group ended, as an offset into the response. */
    private lastEnd = Number.NEGATIVE_INFINITY;
    /** Whether a group has followed the name. */
    private reading = false;

    /** The key's groups in `scanText` from `from` (`offset`: the response offset of `scanText[from]`). */
    read(scanText: string, from: number, offset: number, after: string): PiiFinding[] {
        const out: PiiFinding[] = [];
        const start = Math.max(0, from - 40);
        const names = namesEndingIn(keyName, scanText, start, from);
        const at = (position: number) => offset + position - from;
        if (names.length === 0 && at(from) - this.lastEnd > 48) return out;
        const window = scanText + after;
        group.lastIndex = from;
        let next = 0;
        for (let m = group.exec(scanText); m !== null; m = group.exec(scanText)) {
            while (next < names.length && names[next] <= m.index) {
                this.lastEnd = at(names[next++]);
                this.reading = false;
            }
            const end = m.index + m[0].length;
            const gapStart = this.lastEnd - offset + from;
            if (gapStart < 0 || gapStart > m.index) continue;
            const gap = scanText.slice(gapStart, m.index);
            const value = m[1];
            let take = false;
            if (this.reading) take = /^[ -]$/.test(gap) && sameCase(value, value);
            else if (firstGap.test(gap)) {
                const second = nextGroup.exec(window.slice(end));
                take = second !== null && sameCase(value, second[1]) && keyLike(value + second[1]);
            }
            if (!take) {
                this.reading = false;
                this.lastEnd = Number.NEGATIVE_INFINITY;
                continue;
            }
            this.reading = true;
            this.lastEnd = at(end);
            const last = out.at(-1);
            if (last !== undefined && /^[ -]$/.test(scanText.slice(last.end, m.index))) last.end = end;
            else out.push({ type: "SECRET", start: m.index, end, score: 0.85, rule: "secret.totp_setup_key" });
        }
        while (next < names.length) {
            this.lastEnd = at(names[next++]);
            this.reading = false;
        }
        return out;
    }
}

/** Whether two groups share a case (a key is shown in capitals or in small letters throughout). */
function sameCase(a: string, b: string): boolean {
    const both = a + b;
    return !(/[a-z]/.test(both) && /[A-Z]/.test(both));
}

/** Whether eight characters read as a key's: a letter and a digit, or capitals alone that are no word. */
function keyLike(eight: string): boolean {
    if (/[A-Za-z]/.test(eight) && /\d/.test(eight)) return true;
    return /^[A-Z]{8}$/.test(eight) && !/[AEIOU]{2}/.test(eight) && (eight.match(/[AEIOU]/g)?.length ?? 0) <= 2;
}
