/** Whether any of `words` occurs in the `window` characters before `start` (or right after `end`). */
export function hasContext(text: string, start: number, end: number, words: RegExp, window = 48): boolean {
    const before = text.slice(Math.max(0, start - window), start);
    const after = text.slice(end, end + 12);
    words.lastIndex = 0;
    if (words.test(before)) return true;
    words.lastIndex = 0;
    return words.test(after);
}

/** Digits of a string. */
export function digitsOf(text: string): number[] {
    const out: number[] = [];
    for (const c of text) if (c >= "0" && c <= "9") out.push(c.charCodeAt(0) - 48);
    return out;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
    const counts = new Map<string, number>();
    for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
    let entropy = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}

/**
 * Letters in a random mix of cases (kQmzPwRtYh), not an identifier: camelCase and
 * PascalCase words run three or more lower-case letters after each capital
 * (getPasswordFromEnv), random text one or two.
 */
export function randomLetters(value: string): boolean {
    if (value.length < 8 || !/^[A-Za-z]+$/.test(value)) return false;
    const capitals = value.slice(1).replace(/[^A-Z]/g, "").length;
    const lowerRuns = value.match(/[a-z]+/g) ?? [];
    if (capitals < 3 || lowerRuns.length === 0) return false;
    const mean = lowerRuns.reduce((sum, run) => sum + run.length, 0) / lowerRuns.length;
    return mean < 2.5;
}

/** Words no real value contains: AKIAIOSFODNN7EXAMPLE is AWS's documented example key. */
const placeholderWord =
    /example|sample|dummy|placeholder|change[-_ ]?(?:me|this|it)|replace[-_ ]?(?:me|this|it)|fill[-_ ]?me|<[^>]+>|\$\{[^}]+\}|\{\{[^}]+\}\}/i;
/** Parts a random token may contain by chance: they mark a placeholder only when the rest is not random. */
const placeholderPart = /[xX*#•]{3,}|YYYY|YYMMDD|MMDD|your/gi;

/**
 * A value that is a documentation placeholder, not data: 010-XXXX-XXXX, YYMMDD-XXXXXXX,
 * YOUR_API_KEY, <token>, ***. A random token that merely contains `xxx`, `yyyy`,
 * `mmdd` or `your` is not: what is left without the placeholder parts must not look
 * random (letters and digits mixed, eight or more, varied).
 */
export function isPlaceholder(value: string): boolean {
    if (placeholderWord.test(value) || publishedExample.has(value)) return true;
    const rest = value.replace(placeholderPart, "");
    if (rest !== value) {
        const alnum = rest.replace(/[^A-Za-z0-9]/g, "");
        const random =
            alnum.length >= 8 &&
            ((/\d/.test(alnum) && /[A-Za-z]/.test(alnum)) || randomLetters(alnum)) &&
            shannonEntropy(alnum) >= 3;
        if (!random) return true;
    }
    return /^(.)\1+$/.test(value.replace(/[-\s.]/g, ""));
}

/**
 * A value masked but for a few characters (sk-proj-****ja10, ****a1b2; found from outside, 2026-12-07): what
 * it shows past a provider's prefix, eight letters and digits at most, is too little to be the secret.
 */
export function mostlyMasked(value: string): boolean {
    if (!/[*•●]{3,}/.test(value)) return false;
    const shown = value.replace(/^(?:[A-Za-z]{2,8}[-_])+/, "").replace(/[^A-Za-z0-9]/g, "");
    return shown.length <= 8;
}

/**
 * Keys the providers print in their own documentation for everyone to copy (Stripe's test secret key,
 * Toss Payments' documentation keys): no account's secret.
 */
const publishedExample = new Set([
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "pk_test_TYooMQauvdEDq54NiTphI7jx",
    "test_ck_D5GePWvyJnrK0W0k6q8gLzN97Eoq",
    "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R",
    "test_gck_docs_Ovk5rk1EwkEbP0W43n07xlzm",
    "test_gsk_docs_OaPz8L5KdmQXkzRz3y47BMw6"
]);

/** What is left of a placeholder mailbox without its placeholder parts: a word for a mailbox. */
const mailboxWord = /^(?:name|e?mail|id|user(?:name)?|account|address|me|first|last|test|abc)+$/i;

/**
 * An e-mail address's local part that is a placeholder: `xxx`, `your.name`, `your_email`,
 * `example.user`, `***`. One that merely contains `xxx` or `your` beside letters of a name
 * (`kim.xxxjin`) is a mailbox: a person's address must not pass as a placeholder.
 */
export function isPlaceholderMailbox(local: string): boolean {
    if (placeholderWord.test(local)) return true;
    if (!isPlaceholder(local)) return false;
    const rest = local.replace(placeholderPart, "").replace(/[^A-Za-z0-9]/g, "");
    return rest.length < 3 || mailboxWord.test(rest);
}

/**
 * A bare number in code: assigned, passed or listed (`= 6308081891663;`, `(1503106960083)`,
 * `[…, 4111…]`, `123L`, `123n`). Such a number is a constant, a timestamp or an id far more
 * often than a card or registration number written without a word that says so.
 */
export function inCodePosition(text: string, start: number, end: number): boolean {
    let before = start - 1;
    while (before >= 0 && (text[before] === " " || text[before] === "\t")) before--;
    if (before >= 0 && "=([{".includes(text[before])) return true;
    // A key's colon or a list's comma after code ("seed": …, x, …), not after Korean prose (연락처: …).
    if (before >= 1 && ":,".includes(text[before]) && /[A-Za-z0-9_"'\])}]/.test(text[before - 1])) return true;
    if (/^[LnUu]/.test(text[end] ?? "")) return true;
    let after = end;
    while (after < text.length && (text[after] === " " || text[after] === "\t")) after++;
    return after < text.length && ";)]}".includes(text[after]);
}

/** A short label glued before a value with a dot ("No.131212-…", "M.070…", "Tel.010…"): no decimal point. */
export function labelDotBefore(text: string, start: number): boolean {
    return /(?:^|[^A-Za-z0-9.])[A-Za-z]{1,3}\.$/.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * Where the matches of the global `name` that end inside the segment (past `from`) end: a name may begin
 * in the tail read before the segment (`start`), as the in-order readers (backup codes, a TOTP key) need.
 */
export function namesEndingIn(name: RegExp, text: string, start: number, from: number): number[] {
    const ends: number[] = [];
    name.lastIndex = start;
    for (let m = name.exec(text); m !== null; m = name.exec(text))
        if (m.index + m[0].length > from) ends.push(m.index + m[0].length);
    return ends;
}
