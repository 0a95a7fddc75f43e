// 기기 식별자: an identifier that follows one device, and the person who carries it — a network card's
// hardware address (A4:52:84:F5:B1:71, 8c-d9-f0-2e-04-c9, Cisco's d430.4eab.3dae), a phone's IMEI (15
// digits, Luhn; beside its name) and an advertising id (IDFA / GAID, a UUID beside its name). Asset
// registers, Wi-Fi allow lists, support chats and analytics payloads keep them beside a name. Found from
// outside (2026-12-06): forty of forty MAC addresses and 44 of 45 device ids passed whole. The broadcast
// and all-zero addresses and the sequences documents use as examples (00:11:22:33:44:55,
// aa:bb:cc:dd:ee:ff, 01:23:45:67:89:ab) are nobody's.
import { digitsOf } from "./context";
import { luhn } from "./creditCard";
import { patternRecognizer } from "./recognizer";

const examples = /^(?:0{12}|f{12}|001122334455|aabbccddeeff|0123456789ab|deadbeef[0-9a-f]{4}|123456789abc)$/;
const named = {
    imei: /imei|단말기?\s*(?:번호|식별)|기기\s*(?:번호|고유)/i,
    advertising:
        /idfa|gaid|adid|advertising[\s_-]*id|ad[\s_-]*id|광고\s*(?:식별자|id)|udid|device[\s_-]*id|디바이스\s*id|기기\s*(?:식별자|id)/i,
    // Right before the value, as its key or its label ("androidId":"…", udid=…, 디바이스 ID: …, device ID as …):
    // sixteen hex digits are as often a trace or a span id, named a line away.
    device: /(?:android[\s_-]*id|ssaid|adid|udid|device[\s_-]*id|디바이스\s*id|기기\s*(?:식별자|id)|광고\s*id)["'\s]*(?:[:=]|\bas|\bis|는|은)?["'\s]*$/i
};

export const deviceId = patternRecognizer({
    needsDigit: true,
    type: "DEVICE_ID",
    // Every id holds a digit (the PII pre-gate reads text without one as holding nothing).
    mayMatch: (segment) => /\d/.test(segment),
    patterns: [
        {
            id: "mac",
            // Six pairs with one separator throughout, or Cisco's three dotted quads; not inside a longer
            // run of hex groups (an IPv6 address, a fingerprint) or a version.
            regex: /(?<![0-9A-Fa-f][:.-]?|[:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![:.-]?[0-9A-Fa-f])/g
        },
        // Fifteen digits, bare or as the 2-6-6-1 groups a phone prints (*#06#).
        { id: "imei", regex: /(?<![0-9-])\d{2}([- ]?)\d{6}\1\d{6}\1\d(?![0-9-])/g },
        // Found from outside (2026-12-07): an Android ID (sixteen hex digits) and an iPhone's UDID since the
        // XS (eight hex digits, a hyphen, sixteen), both by the name of their key or label.
        { id: "android", regex: /(?<![0-9A-Za-z_-])[0-9a-f]{16}(?![0-9A-Za-z_-])/g },
        { id: "udid", regex: /(?<![0-9A-Za-z_-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{16}(?![0-9A-Za-z_-])/g },
        {
            id: "advertising",
            regex: /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])/g
        }
    ],
    contextWindow: 32,
    validate({ match, id, text, near }) {
        const start = match.index;
        const end = start + match[0].length;
        const hex = match[0].replace(/[:.-]/g, "").toLowerCase();
        if (id === "imei")
            return luhn(digitsOf(match[0])) && near(start, end, named.imei)
                ? { score: 0.8, rule: "device_id.imei" }
                : undefined;
        if (id === "android" || id === "udid")
            return /\d/.test(hex) && /[a-f]/.test(hex) && named.device.test(text.slice(Math.max(0, start - 32), start))
                ? { score: 0.75, rule: `device_id.${id}` }
                : undefined;
        if (id === "advertising")
            return !/^0+$/.test(hex) && near(start, end, named.advertising)
                ? { score: 0.75, rule: "device_id.advertising" }
                : undefined;
        // A letter and a digit: digits alone are a date, a version or a list the normalised view joined
        // (fromCharCode(82, 69, 65, …) reads 82-69-65-…); all twelve digits fall so in one address of 300.
        if (examples.test(hex) || !(/[a-f]/.test(hex) && /\d/.test(hex))) return undefined;
        return { score: 0.8, rule: "device_id.mac" };
    }
});
