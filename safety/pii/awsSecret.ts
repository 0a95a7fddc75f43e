// An AWS secret access key alone: 40 characters of base64 with no name before it (secrets.ts reads it after
// a key id or a word for a secret). Found from outside (round 111): "Jr3J1TWD…/xHKas1VO…" pasted bare passed.
// What makes 40 characters the key: a "/" or a "+" among them (base64's, which no identifier, hash or hex id
// holds), both cases and digits, the randomness of a key (entropy), and no piece between the slashes that
// reads as a path's word. A path ("Users/Admin/Projects2024/…"), a hex digest, a base64 blob longer than 40
// or padded with "=", and AWS's documented example key (…EXAMPLEKEY) stay.
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";
import { shannonEntropy } from "./secrets";

const lone = /(?<![A-Za-z0-9/+=._-])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=._-])/g;

export const awsSecretAlone = patternRecognizer({
    type: "SECRET",
    mayMatch: (segment) => /[/+]/.test(segment) && /[A-Za-z0-9/+]{40}/.test(segment),
    patterns: [{ id: "lone", regex: lone }],
    validate({ match }) {
        const value = match[0];
        if (!/[/+]/.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value)) return undefined;
        if ((value.match(/\d/g)?.length ?? 0) < 2 || /EXAMPLE/i.test(value) || isPlaceholder(value)) return undefined;
        // A path's pieces are words (a capital, small letters, a year): a key's are not.
        const pieces = value.split(/[/+]/).filter((p) => p.length > 0);
        if (pieces.every((p) => /^(?:[A-Z]?[a-z]+|[A-Z]+|[a-z]+[A-Z][a-z]+)[-_]?\d{0,4}$/.test(p))) return undefined;
        if (value.startsWith("/") || shannonEntropy(value) < 4.3) return undefined;
        return { score: 0.8, rule: "secret.aws_secret_alone" };
    }
});
