// E-mail addresses, credentials inside URLs, and public IP addresses.
import { isIPv4, isIPv6 } from "node:net";
import type { PiiFinding, Recognizer } from "../types";
import { hasContext, isPlaceholder } from "./context";

const email = /(?<![\w.%+:/-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,}|xn--[a-z0-9-]+)(?![\w-]|\.[A-Za-z0-9])/g;
// RFC 2606 / 6761 names and service addresses are examples, not people.
const exampleDomain = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$/i;
const serviceLocal = /^(?:git|noreply|no-reply|donotreply|do-not-reply)$/i;

export const emailAddress: Recognizer = {
    type: "EMAIL",
    mayMatch: (text) => text.includes("@"),
    scan(text, from) {
        const out: PiiFinding[] = [];
        email.lastIndex = 0;
        for (let m = email.exec(text); m !== null; m = email.exec(text)) {
            if (m.index < from) continue;
            const [local, domain] = m[0].split("@") as [string, string];
            if (exampleDomain.test(domain) || serviceLocal.test(local) || isPlaceholder(local)) continue;
            out.push({ type: "EMAIL", start: m.index, end: m.index + m[0].length, score: 1, rule: "email.pattern" });
        }
        return out;
    }
};

// scheme://user:password@host — the span is "user:password".
const urlCredentials = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/:@'"<>]+):([^\s/@'"<>]+)@[^\s/'"<>]+/gi;
const fakePassword = /^(?:pass(?:word)?|passwd|pwd|secret|changeme|\*+|x+|\.\.\.|[$<{].*)$/i;

export const urlCredential: Recognizer = {
    type: "URL_CREDENTIALS",
    mayMatch: (text) => text.includes("://") && text.includes("@"),
    scan(text, from) {
        const out: PiiFinding[] = [];
        urlCredentials.lastIndex = 0;
        for (let m = urlCredentials.exec(text); m !== null; m = urlCredentials.exec(text)) {
            const start = m.index + m[0].indexOf("://") + 3;
            if (start < from) continue;
            const password = m[2]!;
            if (fakePassword.test(password) || isPlaceholder(password)) continue;
            out.push({ type: "URL_CREDENTIALS", start, end: start + m[1]!.length + 1 + password.length, score: 1, rule: "url_credentials.userinfo" });
        }
        return out;
    }
};

const ipv4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)/g;
const ipv6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[A-Za-z0-9]+)?(?![\w:.])/g;
const versionContext = /(?:\bv|\bversion|\bver\.?|버전|\brelease|릴리스)\s*$/i;

/** Addresses that identify nobody: private, loopback, link-local, documentation, multicast, reserved. */
export function isNonPersonalIpv4(address: string): boolean {
    const [a, b, c] = address.split(".").map(Number) as [number, number, number, number];
    return a === 0 || a === 10 || a === 127 || a >= 224 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
        (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113) || (a === 100 && b >= 64 && b <= 127) || (a === 198 && (b === 18 || b === 19));
}

function isNonPersonalIpv6(address: string): boolean {
    const lower = address.toLowerCase().replace(/%.*$/, "");
    if (lower === "::" || lower === "::1") return true;
    const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (embedded !== null && /^(?:::(?:ffff:(?:0+:)?)?|64:ff9b::)/.test(lower)) return isNonPersonalIpv4(embedded[1]!);
    return /^(?:fe[89ab]|f[cd]|ff|2001:db8:|2001:0db8:)/.test(lower) || /^2001:db8(?::|$)/.test(lower);
}

export const ipAddress: Recognizer = {
    type: "IP_ADDRESS",
    mayMatch: (text) => /\d\.\d|:[0-9A-Fa-f]*:/.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        ipv4.lastIndex = 0;
        for (let m = ipv4.exec(text); m !== null; m = ipv4.exec(text)) {
            if (m.index < from || !isIPv4(m[0]) || isNonPersonalIpv4(m[0])) continue;
            if (versionContext.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
            // Inside an IPv6 address (::ffff:1.2.3.4) the IPv6 rule reports it.
            if (text[m.index - 1] === ":") continue;
            const context = hasContext(text, m.index, m.index + m[0].length, /\bip\b|address|주소|서버|server|host|접속/i);
            out.push({ type: "IP_ADDRESS", start: m.index, end: m.index + m[0].length, score: context ? 1 : 0.85, rule: `ip.v4${context ? "+context" : ""}` });
        }
        ipv6.lastIndex = 0;
        for (let m = ipv6.exec(text); m !== null; m = ipv6.exec(text)) {
            if (m.index < from) continue;
            const address = m[0].replace(/%[A-Za-z0-9]+$/, "");
            if (!isIPv6(address) || isNonPersonalIpv6(address)) continue;
            out.push({ type: "IP_ADDRESS", start: m.index, end: m.index + m[0].length, score: 0.9, rule: "ip.v6" });
        }
        return out;
    }
};
