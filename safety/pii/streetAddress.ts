// An English street address's house number ("8894 Oak Street, Portland, OR", "5803 Sunset Blvd #719"),
// as KR_ADDRESS (address.ts) redacts a Korean address's building number: the number points at one door,
// the street's and the city's names stay. Found from outside (2026-12-06): shipping and billing
// addresses of customers abroad passed whole. The street comes after the number, so it is read in
// the number's right context (contentHold.ts: a dozen characters, or up to a sentence mark), which
// whole text and every chunking of the stream share; a street with a longer name is missed.
import type { PiiFinding } from "../types";

/** A house number (not part of a version, a path, an id or a time), then its street: one or two capitalised words and a street's kind. */
const address =
    /(?<![\w.,/#:@$%+=-])(\d{1,5}[A-Z]?)\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\.?\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle)(?![A-Za-z])/g;
/** The numbers of the examples everyone writes ("123 Main Street"). */
const example = /^(?:0|1|12|123|1234|12345)$/;

const publicAfter =
    /^[^\n(]*\((?:the\s+)?[A-Za-z .'-]{0,40}(?:House|Hall|Museum|Library|University|College|Capitol|Embassy|Consulate|Airport|Station|Court(?:house)?|Stadium)\)/i;

export function streetAddress(scanText: string, from: number, after: string): PiiFinding | undefined {
    // Most segments hold no digit.
    let digit = false;
    for (let i = from; i < scanText.length && !digit; i++) {
        const c = scanText.charCodeAt(i);
        digit = c >= 48 && c <= 57;
    }
    if (!digit) return undefined;
    const window = scanText + after;
    address.lastIndex = Math.max(0, from - 1);
    for (let m = address.exec(window); m !== null; m = address.exec(window)) {
        if (m.index >= scanText.length) break;
        // A public building named after it in brackets ("… Washington, DC 20500 (The White House)").
        if (m.index < from || example.test(m[1]) || publicAfter.test(window.slice(m.index, m.index + 120))) continue;
        return {
            type: "KR_ADDRESS",
            start: m.index,
            end: m.index + m[1].length,
            score: 0.75,
            rule: "kr_address.street_en"
        };
    }
    return undefined;
}
