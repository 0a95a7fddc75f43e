/**
 * An e-mail address written without its "@", after a word that names one (이메일, 메일 주소,
 * e-mail): the mailbox and the domain given apart — in two fields or lines, joined by another sign
 * (`sora665‑hanmail.net`, `dongho393 대시 hanmail.net`, `(dongho354)(naver.com)`), or with words
 * between them (`hana367, then hanmail.net`). The view reads what lies between the mailbox and the
 * domain as "@", and the e-mail recognizer decides as for any address (example domains and
 * placeholders stay). A domain is a mail provider's, or a name with a common top-level domain.
 * (text/labelledGaps.ts calls this beside its other spread values; found from outside.)
 */

import { backwardsWord, nameWindow } from "./nameWindow";
import { onScreen, type Replacement } from "./viewBuilder";

/** A word that names an e-mail address (no "u" flag: read on every word before a cut too). */
export const emailName = /이메일|메일\s*주소|메일|(?<![a-z0-9])e[-_]?mail(?![a-z])|\bmail[\s_]*address\b/gi;
const providers = String.raw`(?:naver|gmail|hanmail|daum|kakao|nate|hotmail|outlook|icloud|live|empal|korea|protonmail|yahoo)\.(?:com|net|co\.kr)`;
/** A mail provider's domain, glued to the mailbox by any sign but a dot (smtp.gmail.com is a host). */
const provider = new RegExp(String.raw`(?<![A-Za-z0-9.])${providers}(?![A-Za-z0-9-]|\.[A-Za-z])`, "gi");
/** Any other domain, standing on its own. */
const domain = new RegExp(
    String.raw`(?<![A-Za-z0-9.@-])(?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|dev|ai|app|co\.kr|or\.kr|go\.kr|ac\.kr|ne\.kr|kr)(?![A-Za-z0-9-]|\.[A-Za-z])`,
    "gi"
);
/** The first provider's domain in `text` (`known`), else the first other domain. */
function firstDomain(text: string): { index: number; end: number; known: boolean } | undefined {
    provider.lastIndex = 0;
    const known = provider.exec(text);
    if (known !== null) return { index: known.index, end: known.index + known[0].length, known: true };
    domain.lastIndex = 0;
    const other = domain.exec(text);
    return other === null ? undefined : { index: other.index, end: other.index + other[0].length, known: false };
}
/** What a domain needs in a text: the trigger's part for these (a regex source). */
export const spreadEmailTrigger = String.raw`(?:${emailName.source})[^@]{0,120}?\.(?:com|net|org|io|dev|ai|app|kr)\b`;
const mailbox = /[A-Za-z0-9][A-Za-z0-9._%+-]*/g;
/** Words between the parts that are no mailbox. */
const notMailbox =
    /^(?:is|are|then|and|or|in|that|this|order|my|your|the|to|at|dot|dash|plus|with|by|of|it|its|first|next|last|part\d?|p\d|id|user|name|local|domain|email|e-mail|mail|address|smtp|imap|pop3?|mx|host|server|port|www|https?)$/i;
/** How far the domain may lie from the name, and from its mailbox. */
const window = 120;
const gapLimit = 40;

/** Where the view reads the gap between a named address's mailbox and its domain as "@". */
export function spreadEmailReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    emailName.lastIndex = 0;
    for (let m = emailName.exec(text); m !== null; m = emailName.exec(text)) {
        const from = m.index + m[0].length;
        const rest = nameWindow(text, from, window);
        const found = firstDomain(rest);
        if (found === undefined) continue;
        // The last word before the domain that may be a mailbox, close enough to it.
        let local: [number, number] | undefined;
        mailbox.lastIndex = 0;
        for (let w = mailbox.exec(rest); w !== null && w.index < found.index; w = mailbox.exec(rest)) {
            // A mailbox glued to a provider's domain by a sign (sora665‑hanmail.net) ends at the domain.
            const word = rest.slice(w.index, Math.min(w.index + w[0].length, found.index)).replace(/[._%+-]+$/, "");
            const end = w.index + word.length;
            // Not a tag's name (<li>, </td>): markup between the parts is a gap.
            const tag = rest[w.index - 1] === "<" || (rest[w.index - 1] === "/" && rest[w.index - 2] === "<");
            // Nor a field's name (e_mail_2 = "nate.com"): the mailbox is the value before it.
            const key = /^["']?[ \t]*[:=]/.test(rest.slice(w.index + w[0].length));
            if (end > found.index || word.length < 2 || tag || key || !/[A-Za-z]/.test(word) || notMailbox.test(word))
                continue;
            local = [w.index, end];
        }
        if (local === undefined && found.known && backwardsWord.test(rest)) {
            // Written backwards with a word that says so (nate.com / minsu772 (거꾸로 읽으세요)): the
            // view reads mailbox@domain, every character standing for the whole run.
            mailbox.lastIndex = found.end;
            const after = mailbox.exec(rest);
            if (
                after !== null &&
                after.index - found.end <= gapLimit &&
                /\d/.test(after[0]) &&
                !/[@]/.test(rest.slice(found.end, after.index))
            )
                out.push({
                    start: from + found.index,
                    end: from + after.index + after[0].length,
                    with: `${after[0]}@${rest.slice(found.index, found.end)}`
                });
            continue;
        }
        if (local === undefined || found.index - local[1] > gapLimit) continue;
        const gap = rest.slice(local[1], found.index);
        // Words between the parts only before a provider's domain: `sendgrid 대신 mailgun.com` is two names.
        if (gap.includes("@") || gap.length === 0 || (!found.known && /[\p{L}]/u.test(gap))) continue;
        // A host (smtp.gmail.com), or a call's argument (smtplib.SMTP('smtp.…')), is no address.
        if (/^(?:smtp|imap|pop3?|mail|mx|www|api)\./i.test(rest.slice(found.index)) || gap.startsWith("(")) continue;
        out.push({ start: from + local[1], end: from + found.index, with: "@", keep: onScreen(gap) });
    }
    return out;
}

/**
 * Whether `since` (the text after such a name) holds the domain and what may follow it (a mailbox
 * written after it, backwards): the segmenter's hold ends.
 */
export function holdsDomain(since: string): boolean {
    const found = firstDomain(since);
    return found !== undefined && since.length - found.end > gapLimit;
}
