// scheme://user:password@host — the span is "user:password".
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";

const fakePassword = /^(?:pass(?:word)?|passwd|pwd|secret|changeme|\*+|x+|\.\.\.|[$<{].*)$/i;

export const urlCredential = patternRecognizer({
    type: "URL_CREDENTIALS",
    mayMatch: (text) => text.includes("://") && text.includes("@"),
    patterns: [{ id: "userinfo", regex: /\b[a-z][a-z0-9+.-]*:\/\/([^\s/:@'"<>]*):([^\s/@'"<>]+)@[^\s/'"<>]+/gi }],
    validate({ match }) {
        const [whole, user, password] = match as unknown as [string, string, string];
        if (fakePassword.test(password) || isPlaceholder(password)) return undefined;
        const start = match.index + whole.indexOf("://") + 3;
        return { score: 1, rule: "url_credentials.userinfo", start, end: start + user.length + 1 + password.length };
    }
});
