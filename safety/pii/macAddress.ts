// MAC 주소: a network card's hardware address (A4:52:84:F5:B1:71, 8c-d9-f0-2e-04-c9, Cisco's d430.4eab.3dae).
// It follows one device, and the person who carries it, across every network it joins: asset
// registers, Wi-Fi allow lists and test fixtures keep it beside a name. Found from outside (2026-12-06):
// forty of forty passed whole. The broadcast and all-zero addresses and the sequences documents use
// as examples (00:11:22:33:44:55, aa:bb:cc:dd:ee:ff, 01:23:45:67:89:ab) are nobody's.
import { patternRecognizer } from "./recognizer";

const examples = /^(?:0{12}|f{12}|001122334455|aabbccddeeff|0123456789ab|deadbeef[0-9a-f]{4}|123456789abc)$/;

export const macAddress = patternRecognizer({
    type: "MAC_ADDRESS",
    mayMatch: (segment) => /[0-9A-Fa-f]{2}[:.-][0-9A-Fa-f]{2}/.test(segment),
    patterns: [
        {
            id: "mac",
            // Six pairs with one separator throughout, or Cisco's three dotted quads; not inside a longer
            // run of hex groups (an IPv6 address, a fingerprint) or a version.
            regex: /(?<![0-9A-Fa-f][:.-]?|[:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![:.-]?[0-9A-Fa-f])/g
        }
    ],
    validate({ match }) {
        const hex = match[0].replace(/[:.-]/g, "").toLowerCase();
        // A letter and a digit: digits alone are a date, a version or a list the normalised view joined
        // (fromCharCode(82, 69, 65, …) reads 82-69-65-…); all twelve digits fall so in one address of 300.
        if (examples.test(hex) || !(/[a-f]/.test(hex) && /\d/.test(hex))) return undefined;
        return { score: 0.8, rule: "mac_address" };
    }
});
