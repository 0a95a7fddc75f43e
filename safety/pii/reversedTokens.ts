// Tokens written backwards (found from outside: a model asked to hide a key writes it reversed,
// `…_tap_buhtig`, `…//:sptth`, `rk.oc.revan@…`). A word says nothing here, unlike a number read
// backwards (reversed.ts): a run of token characters counts only where, read back to front, it
// begins as a provider's token, a URL or an address does, and the recognizers then find a secret
// or an address in it. The whole run is redacted.
import type { PiiFinding, PiiType } from "../types";
import { wholeSpan } from "./recognizer";
import { luhn } from "./creditCard";
import { isDottedQuad } from "./ipAddress";

/** A run of token characters (no whitespace, quotes or brackets), long enough for a key. */
const token = /[^\s"'`<>()[\]{},]{8,}/g;
/**
 * How such a run ends when it is a reversed token: a provider's prefix or a URL's scheme read
 * backwards (`_phg` is ghp_, `//:sptth` is https://, `Jye` a JWT's eyJ), or how it starts when it
 * is a reversed address (a top-level domain read backwards, then "@" later on).
 */
const reversedEnd = String.raw`(?:_[pousr]hg|_tap_buhtig|-tapgl|-[abeprs]xox|-ks|_(?:evil|tset)_[kr]s|AIKA|AISA|azIA|\.GS|_mpn|-ipyp|_tap_rkcd|Jye|[0-9a-f]{32}KS|\/\/:[a-z][a-z0-9+.-]{1,15}|-{5}|=locotorPstniopdnEtluafeD)`;
const reversedAddress = String.raw`(?:moc|ten|gro|rk|ude|vog|oi|ved|pj|nc|ue|zib|ofni|ppa|국한|컴닷)\.[^\s"'\x60<>()[\]{},@]*@`;
/** Whether `text` may hold a reversed token: the cheap test before the runs are read. */
export const reversedTokenGate = new RegExp(
    `${reversedEnd}[.;:!?]*(?=[\\s"'\\x60<>()[\\]{},]|$)|(?<![^\\s"'\\x60<>()[\\]{},])${reversedAddress}`
);
const endsReversed = new RegExp(`${reversedEnd}$`);
const startsReversed = new RegExp(`^${reversedAddress}`);

const reverse = (value: string) => Array.from(value).reverse().join("");

/**
 * A number read backwards: digits and the signs between groups, a passport's letter or a
 * country code's "+" last (`9187-2462-01-28+` is +82-10-2642-7819, `41578116M` is M61187514).
 */
const numberRun = /(?<![\w+\-.])\d[\d\-.()/ ]*\d(?:\)?\(? ?\+|[MSRODG])?(?![\w\-])/g;
/** A word before it that names a number (within 48 characters), or a "+" last: only then is one read backwards. */
const numberName =
    /번호|카드|card|phone|폰|전화|연락|licen[cs]e|면허|여권|passport|주민|외국인|alien|\b[rf]rn|계좌|account|\btel|mobile|msisdn|contact|사업자|biz|\bbrn/i;
/** Whether `text` may hold a number read backwards. */
export const reversedNumberGate = new RegExp(`${numberName.source}|\\d\\)?\\(? ?\\+`, "i");

/**
 * Numbers read backwards in `text` from `from`, each read by `scan` back to front after the 48
 * characters before it (the words that name it); the types a number has (not an IP address).
 */
export function reversedNumbers(text: string, from: number, scan: (text: string) => PiiFinding[]): PiiFinding[] {
    const out: PiiFinding[] = [];
    numberRun.lastIndex = from;
    for (let m = numberRun.exec(text); m !== null; m = numberRun.exec(text)) {
        const run = m[0];
        // Groups a value has: two signs between them at least, or its "+" or letter last ("빌드 번호 20249389.50" is none).
        if (run.replace(/\D/g, "").length < 8 || (!/[+A-Z]$/.test(run) && (run.match(/[-.()/ ]+/g) ?? []).length < 2))
            continue;
        const before = text.slice(Math.max(0, m.index - 48), m.index);
        if (!run.endsWith("+") && !numberName.test(before)) continue;
        // A parcel's, an order's or an invoice's number is no value either way round (운송장 번호 9204 1275 5550).
        if (/운송장|송장|택배|주문|배송|order|tracking|invoice|shipment/i.test(before)) continue;
        // Eight of one digit ("010-0000-0000"): an example either way round; an IPv4 address as written.
        if (/(\d)\1{3}\D?\1{4}/.test(run) || isDottedQuad(run)) continue;
        // A card number valid as written is read as written (a documented test card, 5555 … 4444, is kept).
        const digits = run.replace(/\D/g, "");
        const forwardCard = digits.length >= 12 && luhn(Array.from(digits, Number));
        const inner = scan(before + reverse(run)).filter(
            (f) =>
                f.start >= before.length &&
                f.type !== "IP_ADDRESS" &&
                f.type !== "SECRET" &&
                // A number abroad is read only as written: backwards, a Korean one may take its shape.
                f.rule !== "phone.abroad+context" &&
                !(f.type === "CREDIT_CARD" && forwardCard)
        );
        const whole = wholeSpan(inner, m.index, m.index + run.length, "reversed");
        if (whole !== undefined) out.push(whole);
    }
    return out;
}

/**
 * Reversed tokens in `text` from `from`: each run that may be one is read back to front by
 * `scan` (the recognizers, on a normalised view); a secret or an address there makes the run one.
 */
export function reversedTokens(text: string, from: number, scan: (reversed: string) => PiiFinding[]): PiiFinding[] {
    const out: PiiFinding[] = [];
    token.lastIndex = from;
    for (let m = token.exec(text); m !== null; m = token.exec(text)) {
        // A sentence's or a statement's end after it is not the token's.
        const run = m[0].replace(/[.;:!?]+$/, "");
        if (!(run.length >= 16 && endsReversed.test(run)) && !startsReversed.test(run)) continue;
        const wanted: readonly PiiType[] = ["SECRET", "URL_CREDENTIALS", "EMAIL"];
        const inner = scan(reverse(run)).filter((f) => wanted.includes(f.type));
        const whole = wholeSpan(inner, m.index, m.index + run.length, "reversed");
        if (whole !== undefined) out.push(whole);
    }
    return out;
}
