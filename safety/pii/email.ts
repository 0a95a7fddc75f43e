// E-mail addresses; RFC 2606 / 6761 example domains and service addresses are not people.
import { isPlaceholderMailbox } from "./context";
import { patternRecognizer } from "./recognizer";

const exampleDomain =
    /(?:^|\.)(?:example(?:\.[a-z]{2,3}){1,2}|example|test|invalid|localhost|local|internal|intranet|lan|corp|home|localdomain|svc|cluster\.local)$/i;
const serviceLocal = /^(?:git|noreply|no-reply|donotreply|do-not-reply)$/i;

export const emailAddress = patternRecognizer({
    type: "EMAIL",
    mayMatch: (text) => text.includes("@"),
    patterns: [
        {
            id: "pattern",
            // After "mailto:" too; domains may be Korean (회사.한국) or IDN (xn--).
            regex: /(?:(?<=mailto:)|(?<![\w.%+:/-]))[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:[A-Za-z]{2,}(?![\w-]|\.[A-Za-z0-9])|xn--[a-z0-9-]+|한국|닷컴|닷넷|삼성)/gu
        }
    ],
    validate({ match }) {
        const [local, domain] = match[0].split("@") as [string, string];
        // The end of a URL's user:password (postgres://svc:y*JA1a…@db.host): URL credentials, not an address.
        if (/:\/\/[^\s/@]*$/.test(match.input.slice(Math.max(0, match.index - 200), match.index))) return undefined;
        if (exampleDomain.test(domain) || serviceLocal.test(local) || isPlaceholderMailbox(local)) return undefined;
        return { score: 1, rule: "email.pattern" };
    }
});
