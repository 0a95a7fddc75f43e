// An English street address's house number ("8894 Oak Street, Portland, OR", "5803 Sunset Blvd #719"),
// as KR_ADDRESS (address.ts) redacts a Korean address's building number: the number points at one door,
// the street's and the city's names stay. Found from outside (2026-12-06): shipping and billing
// addresses of customers abroad passed whole. The street comes after the number, so it is read in
// the number's right context (contentHold.ts waits for more of it after a house number and a
// capitalised word), which whole text and every chunking of the stream share; a street with a
// longer name is missed. A flat's number beside the address ("Flat 12, 210 Mill Road", "4225 Oak
// Street, Apt 3C") points at the door too (set 83, 2026-12-07).
import type { PiiFinding } from "../types";
import { romanizedAddress } from "./romanizedAddress";

/**
 * A house number (not part of a version, a path, an id or a time), then its street: one or two capitalised
 * words and a street's kind, or one word that ends in one ("205 Kingsway", "1500 Broadway"); after "=" only as an
 * address's value (home_address=7057 Lakeview Terrace).
 */
const address =
    /(?:(?<![\w.,/#:@$%+=-])|(?<=addr(?:ess)?\w*=))(\d{1,5}[A-Z]?)\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]{2,}(?:way|gate)(?![A-Za-z])|(?:[A-Z][a-z]+\.?\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle)s?(?![A-Za-z]))/g;
/** The numbers of the examples everyone writes ("123 Main Street"). */
const example = /^(?:0|1|12|123|1234|12345)$/;

const publicAfter =
    /^[^\n(]*\((?:the\s+)?[A-Za-z .'-]{0,40}(?:House|Hall|Museum|Library|University|College|Capitol|Embassy|Consulate|Airport|Station|Court(?:house)?|Stadium|Office|Ministry|Parliament|Palace|Cathedral|Church|Hospital|Centre|Center|Tower)\)/i;

/** A flat's number, then the house number and street it is in ("Flat 12, 210 Mill Road"). */
const unitBefore =
    /(?<![\w-])(?:Flat|Apt|Apartment|Suite|Unit)\.?\s*#?\s*(\d{1,4}[A-Z]?)(?=,?\s+\d{1,5}[A-Z]?\s+[A-Z][a-z])/g;
/** A flat's number after the street, before the next comma but one ("4225 Oak Street, Apt 3C"). */
const unitAfter = /^[^,\n]{0,24},\s*(?:Flat|Apt|Apartment|Suite|Ste|Unit)\.?\s*#?\s*(\d{1,4}[A-Z]?)(?![\w-])/;

function found(start: number, end: number, rule: string): PiiFinding {
    return { type: "KR_ADDRESS", start, end, score: 0.75, rule: `kr_address.${rule}` };
}

/** House numbers and flats' numbers in `scanText` from `from`, read with the right context `after`. */
export function streetAddress(scanText: string, from: number, after: string): PiiFinding[] {
    // Most segments hold no digit.
    let digit = false;
    for (let i = from; i < scanText.length && !digit; i++) {
        const c = scanText.charCodeAt(i);
        digit = c >= 48 && c <= 57;
    }
    if (!digit) return [];
    const window = scanText + after;
    const out: PiiFinding[] = [];
    unitBefore.lastIndex = 0;
    for (let m = unitBefore.exec(window); m !== null; m = unitBefore.exec(window)) {
        const start = m.index + m[0].length - m[1].length;
        if (start >= scanText.length) break;
        if (start >= from && start + m[1].length <= scanText.length)
            out.push(found(start, start + m[1].length, "unit_en"));
    }
    // From the context too: a street read before the segment may have its flat's number in it.
    address.lastIndex = 0;
    for (let m = address.exec(window); m !== null; m = address.exec(window)) {
        if (m.index >= scanText.length) break;
        // A public building named after it in brackets ("… Washington, DC 20500 (The White House)").
        if (example.test(m[1]) || publicAfter.test(window.slice(m.index, m.index + 120))) continue;
        if (m.index >= from) out.push(found(m.index, m.index + m[1].length, "street_en"));
        const unit = unitAfter.exec(window.slice(m.index + m[0].length));
        if (unit === null) continue;
        const start = m.index + m[0].length + unit[0].length - unit[1].length;
        if (start >= from && start + unit[1].length <= scanText.length)
            out.push(found(start, start + unit[1].length, "unit_en"));
    }
    // A Korean address in English ("12, Teheran-ro 5-gil, Gangnam-gu"): romanizedAddress.ts.
    for (const door of romanizedAddress(scanText, from, window))
        if (out.every((f) => door.end <= f.start || door.start >= f.end)) out.push(door);
    return out;
}
