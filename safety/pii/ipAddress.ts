// Public IP addresses (v4 and v6); private, loopback, documentation and reserved ranges identify nobody.
import { isIPv4, isIPv6 } from "node:net";
import { patternRecognizer } from "./recognizer";

const versionContext =
    /(?:\bv|\bversion|\bver\.?|버전\s*:?|\brelease|\bbuild|빌드|릴리스|\bsection|\b§|\bclause|\brfc\s*\d+|\bchapter|절|장|항|목차|섹션|단원|챕터|조항|규격|표준|스펙)\s*["'(]?\s*$|[A-Za-z][\w.-]*\/$|Version\s*\(\s*["']?$/i;

/** Four numbers of up to three digits with the same sign between them (the "joined" pattern's gate). */
const joinedGate =
    /\d(?:--?|, ?|[ :+*#\\~|·•.]|\)[ \t]*\()\d{1,3}(?:--?|, ?|[ :+*#\\~|·•.]|\)[ \t]*\()\d{1,3}(?:--?|, ?|[ :+*#\\~|·•.]|\)[ \t]*\()\d/;

/** A word that says an IP address comes next, with at most a dozen other signs (no digit) after it. */
const addressWordBefore = /(?:\bip(?:v4)?\b|아이피|주소(?![록지])|\baddress)[^\d\n]{0,12}$/i;

/** Four groups of one to three digits, each at most 255, joined by dots: an IPv4 address as written. */
export function isDottedQuad(value: string): boolean {
    const groups = value.split(".");
    return groups.length === 4 && groups.every((g) => /^\d{1,3}$/.test(g) && Number(g) <= 255);
}

/**
 * The dotted address a single number stands for (decimal or 0x hex, at least 2^24), or the dotted
 * form with leading zeros read as decimal; undefined for anything else (no leading zero: "v4").
 */
function numericAddress(value: string): string | undefined {
    if (value.includes(".")) {
        const octets = value.split(".");
        if (!octets.some((octet) => octet.length > 1 && octet.startsWith("0"))) return undefined;
        const numbers = octets.map(Number);
        return numbers.every((n) => n <= 255) ? numbers.join(".") : undefined;
    }
    const number = value.startsWith("0x") ? Number.parseInt(value.slice(2), 16) : Number(value);
    if (number < 2 ** 24 || number > 2 ** 32 - 1) return undefined;
    return [24, 16, 8, 0].map((shift) => (number >>> shift) & 255).join(".");
}

/**
 * Public DNS resolvers everyone is told to use (Google, Cloudflare, Quad9, OpenDNS, and Korea's KT,
 * LG U+ and SK Broadband): a service's address, no one's (found from outside: "DNS는 8.8.8.8 사용").
 */
const publicResolvers = new Set([
    "8.8.8.8",
    "8.8.4.4",
    "1.1.1.1",
    "1.0.0.1",
    "9.9.9.9",
    "149.112.112.112",
    "208.67.222.222",
    "208.67.220.220",
    "168.126.63.1",
    "168.126.63.2",
    "164.124.101.2",
    "164.124.107.9",
    "210.220.163.82",
    "219.250.36.130"
]);

/** Addresses that identify nobody: private, loopback, link-local, documentation, multicast, reserved, public DNS. */
export function isNonPersonalIpv4(address: string): boolean {
    const [a, b, c] = address.split(".").map(Number) as [number, number, number, number];
    return (
        publicResolvers.has(address) ||
        a === 0 ||
        a === 10 ||
        a === 127 ||
        a >= 224 ||
        (a === 169 && b === 254) ||
        (a === 172 && b >= 16 && b <= 31) ||
        (a === 192 && b === 168) ||
        (a === 192 && b === 0 && c === 2) ||
        (a === 198 && b === 51 && c === 100) ||
        (a === 203 && b === 0 && c === 113) ||
        (a === 100 && b >= 64 && b <= 127) ||
        (a === 198 && (b === 18 || b === 19))
    );
}

function isNonPersonalIpv6(address: string): boolean {
    const lower = address.toLowerCase().replace(/%.*$/, "");
    if (lower === "::" || lower === "::1") return true;
    const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (embedded !== null && /^(?:::(?:ffff:(?:0+:)?)?|64:ff9b::)/.test(lower)) return isNonPersonalIpv4(embedded[1]);
    return /^(?:fe[89ab]|f[cd]|ff|2001:db8:|2001:0db8:)/.test(lower) || /^2001:db8(?::|$)/.test(lower);
}

export const ipAddress = patternRecognizer({
    type: "IP_ADDRESS",
    mayMatch: (segment, text) =>
        /\d\.\d|:[0-9A-Fa-f]*:/.test(segment) ||
        joinedGate.test(segment) ||
        /0x[0-9A-Fa-f]{8}/.test(segment) ||
        (/\d{8}/.test(segment) && /:\/\/\d|\bip\b|아이피/i.test(text)),
    patterns: [
        {
            id: "v4",
            regex: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)/g
        },
        {
            // A cloud host's name spells its public address with dashes: ec2-13-125-44-201.ap-northeast-2
            // .compute.amazonaws.com, static-…, and 13-125-44-201.nip.io / .sslip.io.
            id: "host",
            regex: /(?<=(?<![\w.-])(?:ec2|ip|static|host|node|vm)-)\d{1,3}(?:-\d{1,3}){3}(?![\w-])|(?<![\w.-])\d{1,3}(?:-\d{1,3}){3}(?=\.(?:nip|sslip)\.io\b)/gi
        },
        {
            // Four octets joined by other separators, as the normalised view writes them ("-" for
            // ㅡ ― ~ | · ⁃ and a line break after a dot; spaces, commas, ")("): an address only right
            // after a word that says so. The dotted address is "v4", above.
            id: "joined",
            regex: /(?<![\w.:+*#\\~|·•-])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:(?:--?|, ?|[ :+*#\\~|·•.]|\)[ \t]*\()(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\w:+*#\\~|·•-]|[.,]\d)/g
        },
        {
            // One number for the whole address: decimal (http://1982897208/) or hex (0xB69D90EC), and
            // the dotted form with leading zeros (061.021.180.003), which the v4 pattern leaves alone.
            id: "numeric",
            regex: /(?<![\w.])(?:0x[0-9A-Fa-f]{8}|\d{8,10}|\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)/g
        },
        {
            id: "v6",
            regex: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[A-Za-z0-9]+)?(?![\w:.])/g
        }
    ],
    context: /\bip\b|address|주소|서버|server|host|접속/i,
    validate({ match, id, text, near }) {
        const start = match.index;
        if (id === "v6") {
            const address = match[0].replace(/%[A-Za-z0-9]+$/, "");
            if (!isIPv6(address) || isNonPersonalIpv6(address)) return undefined;
            // A slice or a scope (data[1::3], a::b): two short groups are no address, nor is an index.
            const groups = address.split(":").filter((g) => g.length > 0);
            if (groups.length < 3 && groups.every((g) => g.length < 3)) return undefined;
            if (/[\w\])]\[$/.test(text.slice(Math.max(0, start - 2), start))) return undefined;
            return { score: 0.9, rule: "ip.v6" };
        }
        if (id === "numeric") {
            const address = numericAddress(match[0]);
            if (address === undefined || isNonPersonalIpv4(address)) return undefined;
            // In a URL's host, or right after a word for an address.
            const before = text.slice(Math.max(0, start - 32), start);
            const inUrl = /[a-z]+:\/\/(?:[^@\s/]*@)?$/i.test(before);
            if (!inUrl && !addressWordBefore.test(before)) return undefined;
            // 0xDEADBEEF after 메모리 주소 or in <address>: a memory address or a constant; an IP only where a word says so.
            if (match[0].startsWith("0x") && !inUrl && !/\bip(?:v4)?\b|아이피/i.test(before)) return undefined;
            return { score: 0.85, rule: "ip.v4.numeric" };
        }
        if (id === "joined") {
            const address = match[0].replace(/--?|, ?|[ :+*#\\~|·•]|\)[ \t]*\(/g, ".");
            if (/^[\d.]+$/.test(match[0]) || !addressWordBefore.test(text.slice(Math.max(0, start - 32), start)))
                return undefined;
            // Spaces or commas also list small numbers ("주소 1, 2, 3, 4번"): two octets of two digits at least.
            if (/^[\d, ]+$/.test(match[0]) && match[0].split(/\D+/).filter((octet) => octet.length > 1).length < 2)
                return undefined;
            return isIPv4(address) && !isNonPersonalIpv4(address) ? { score: 0.85, rule: "ip.v4.joined" } : undefined;
        }
        if (id === "host") {
            const address = match[0].replaceAll("-", ".");
            return isIPv4(address) && !isNonPersonalIpv4(address) ? { score: 0.9, rule: "ip.v4.host" } : undefined;
        }
        if (!isIPv4(match[0]) || isNonPersonalIpv4(match[0])) return undefined;
        if (versionContext.test(text.slice(Math.max(0, start - 24), start))) return undefined;
        // x.y.z.0 names a network, never one host: without a word that says address it is a
        // version (AssemblyVersion 2.5.1.0, Chrome 120.0.0.0).
        const context = near(start, start + match[0].length);
        if (!context && match[0].endsWith(".0")) return undefined;
        // A browser's or a runtime's version after its name (Chrome 6.7.76.48, Edge 120.0.2210.91).
        if (
            !context &&
            /\b(?:chrome|chromium|firefox|edge|safari|opera|whale|electron|node(?:\.js)?|python|java|jdk|android|ios|windows|macos|ubuntu|kernel|openssl|nginx|apache|docker|kubernetes|k8s)\s*$/i.test(
                text.slice(Math.max(0, start - 16), start)
            )
        )
            return undefined;
        // The next item of a list of versions after its name ("CUDA 13.0.1, cuDNN 9.0.3.88"; found from outside,
        // 2026-12-07): the item before it a version of three parts, not an address.
        if (
            !context &&
            /(?<![\d.])\d+\.\d+\.\d+\s*[,;/|]\s*[A-Za-z][\w.+-]*\s*$/.test(text.slice(Math.max(0, start - 40), start))
        )
            return undefined;
        // An object identifier (OID 2.5.29.29, a certificate extension's): not an address.
        if (/\b(?:OID|oid)[\s:=#]*$/.test(text.slice(Math.max(0, start - 12), start))) return undefined;
        // A section's suffix after it (5.3.1.8항): a section number unless a word says address.
        if (!context && /^\s*(?:항|절|장|조|단계)/.test(text.slice(start + match[0].length))) return undefined;
        // Inside an IPv6 address (::ffff:1.2.3.4) the IPv6 rule reports it.
        if (text[start - 1] === ":") return undefined;
        return { score: context ? 1 : 0.85, rule: `ip.v4${context ? "+context" : ""}` };
    }
});
