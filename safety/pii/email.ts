// E-mail addresses; RFC 2606 / 6761 example domains and service addresses are not people.
import { isPlaceholderMailbox } from "./context";
import { patternRecognizer } from "./recognizer";

const exampleDomain =
    /(?:^|\.)(?:example(?:\.[a-z]{2,3}){1,2}|example|test|invalid|localhost|local|internal|intranet|lan|corp|home|localdomain|svc|cluster\.local)$/i;
const serviceLocal = /^(?:git|noreply|no-reply|donotreply|do-not-reply)$/i;
/** Domains documents use as placeholders (foo@bar.com, name@domain.com, you@yourdomain.com, test@test.com). */
const placeholderDomain =
    /^(?:bar\.com|foo\.com|test\.com|domain\.com|yourdomain\.[a-z.]+|mydomain\.[a-z.]+|your-domain\.[a-z.]+|email\.com)$/i;

/** An address's domain: labels of letters and digits (Korean or IDN too), then its top level. */
const domain = String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:[A-Za-z]{2,}(?![\w-]|\.[A-Za-z0-9])|xn--[a-z0-9-]+|한국|닷컴|닷넷|삼성)`;

export const emailAddress = patternRecognizer({
    type: "EMAIL",
    mayMatch: (text) => text.includes("@"),
    patterns: [
        {
            id: "pattern",
            // After "mailto:" or a field's name ("EMAIL:", a vCard's; "연락처:"), or a URL path's "/" (not "//") too; domains may be Korean (회사.한국) or IDN (xn--).
            regex: new RegExp(
                String.raw`(?:(?<=mailto:|(?:^|[\s"'(;=])(?:[A-Za-z][A-Za-z_-]{1,19}|[가-힣]{1,10}):)|(?<![\w.%+:/-])|(?<=[^/:]\/))[A-Za-z0-9][A-Za-z0-9._%+-]*@${domain}`,
                "gu"
            )
        },
        {
            // A Korean local part (최가혁@스타트업.한국, 윤나율@xn--…), after a space, a quote or a sign.
            id: "korean_local",
            regex: new RegExp(String.raw`(?<![\w.%+:/가-힣-])[가-힣][가-힣A-Za-z0-9._%+-]{0,30}@${domain}`, "gu")
        }
    ],
    validate({ match }) {
        const [local, domain] = match[0].split("@") as [string, string];
        // The end of a URL's user:password (postgres://svc:y*JA1a…@db.host): URL credentials, not an address.
        if (/:\/\/[^\s/@]*$/.test(match.input.slice(Math.max(0, match.index - 200), match.index))) return undefined;
        if (
            exampleDomain.test(domain) ||
            placeholderDomain.test(domain) ||
            serviceLocal.test(local) ||
            isPlaceholderMailbox(local)
        )
            return undefined;
        // A Korean local part ('최유나27@우리회사.com'): the syllables before the match go with it
        // where a quote, a field's sign or a tag opens the value (in prose they may be a word of the sentence).
        const before = /(?<=^|["'`=:>([])[가-힣]{1,10}$/.exec(
            match.input.slice(Math.max(0, match.index - 11), match.index)
        );
        if (before !== null) return { score: 1, rule: "email.pattern", start: match.index - before[0].length };
        return { score: 1, rule: "email.pattern" };
    }
});
