// Credentials given on a command line or in a configuration file, where the name of the
// option or element, not the value's shape, says it is a password: `mysql -p'…'`,
// `sshpass -p …`, `curl -u user:password`, Python's `auth=("admin", "…")`, XML
// `<Password>…</Password>` and `<add key="Password" value="…"/>`, Django's SECRET_KEY, and
// a PEM private key's base64 body printed without its BEGIN line. secrets.ts runs them.
import { isPlaceholder, shannonEntropy } from "./context";
import type { Verdict } from "./recognizer";

/** A value in single quotes, double quotes, or bare (groups: quoted ', quoted ", bare). */
const quotedValue = String.raw`(?:'([^'\n]{1,64})'|"([^"\n]{1,64})"|([^\s'"]{3,64}))`;
const mysqlClients = "mysql|mysqldump|mysqladmin|mariadb|mysqlsh|mysqlimport|mysqlcheck|mysqlpump";
/** Private-key DER openings in base64: PKCS#1 / PKCS#8 (SEQUENCE, INTEGER version), EC, Ed25519, OpenSSH. */
const keyOpening = String.raw`MII[A-Za-z0-9+/]{3}IBA|MIG[A-Za-z0-9+/]AgEA|MHcCAQEE|MC4CAQAw|b3BlbnNzaC1rZXktdjE`;

export const credentialPatterns: ReadonlyArray<{ id: string; regex: RegExp }> = [
    // mysql -uroot -p'S3cret' / -pS3cret / --password=S3cret (a space after -p asks for it instead).
    {
        id: "cli_password",
        regex: new RegExp(String.raw`\b(?:${mysqlClients})\b[^\n]{0,80}?\s(?:-p|--password=)${quotedValue}`, "gd")
    },
    { id: "sshpass_password", regex: new RegExp(String.raw`\bsshpass\b[^\n]{0,40}?\s-p\s*${quotedValue}`, "gd") },
    {
        id: "cli_user_password",
        regex: /\b(?:curl|wget|http)\b[^\n]{0,120}?\s(?:-u|--user|-a|--auth)[\s=]*["']?[^\s:'"]{1,64}:([^\s'"@]{3,64})/dg
    },
    {
        id: "cli_password_option",
        regex: new RegExp(
            String.raw`\b(?:wget|curl)\b[^\n]{0,120}?\s--(?:http-|ftp-|proxy-)?password[= ]${quotedValue}`,
            "gd"
        )
    },
    {
        // requests / httpx / aiohttp: auth=("admin", "…"), HTTPBasicAuth("admin", "…").
        id: "basic_auth_pair",
        regex: /\b(?:auth\s*=\s*|HTTPBasicAuth\s*|HTTPDigestAuth\s*|BasicAuth\s*)\(\s*(["'])[^"'\n]{1,64}\1\s*,\s*(?:password\s*=\s*)?(["'])([^"'\n]{3,64})\2/dg
    },
    {
        id: "xml_password",
        regex: /<((?:[A-Za-z][\w.-]{0,20}:)?[A-Za-z_]{0,24}(?:password|passwd|pwd|secret|token|apikey|api_key|accesskey)[A-Za-z_]{0,24})>([^<\n]{3,128})<\/\1>/dgi
    },
    {
        // <add key="Password" value="…"/>, <property name="db.password" value="…"/>, an HTML form's
        // <input name="admin_password" value="…">.
        id: "xml_password_attribute",
        regex: /<(?:add|property|entry|setting|param|parameter|item|input)\b[^>\n]{0,80}?\b(?:key|name)\s*=\s*["'][^"'\n]{0,40}?(?:password|passwd|pwd|secret|token|apikey|api_key)[^"'\n]{0,40}?["'][^>\n]{0,80}?\bvalue\s*=\s*(["'])([^"'\n]{3,128})\1/dgi
    },
    // PHP's define('DB_PASSWORD', '…'), Node's process.env.X ??= '…' aside: a constant named a secret.
    {
        id: "php_define_secret",
        regex: /\bdefine\(\s*(["'])[A-Za-z_]*(?:PASS(?:WORD|WD)?|SECRET|TOKEN|API_?KEY|AUTH_KEY)[A-Za-z_]*\1\s*,\s*(["'])([^"'\n]{6,128})\2/dgi
    },
    // Django's SECRET_KEY: its alphabet has ( ) ! @ # … that end a value for the assignment rule.
    { id: "django_secret_key_assignment", regex: /\bSECRET_KEY\s*=\s*(["'])([^"'\s]{30,100})\1/dg },
    // A private key's body without its BEGIN line: its first line opens like a key's DER.
    {
        id: "private_key_body",
        regex: new RegExp(
            String.raw`(?<![A-Za-z0-9+/=])(?:${keyOpening})[A-Za-z0-9+/]{24,}={0,2}(?:\\n[A-Za-z0-9+/]{4,}={0,2})*`,
            "g"
        )
    },
    // …and each line after a line of 60 base64 characters or more (the segmenter cuts at every line).
    {
        id: "private_key_body_line",
        regex: /(?<=[A-Za-z0-9+/]{60}[ \t]*\r?\n[ \t]*)[A-Za-z0-9+/]{8,}={0,2}(?=[ \t]*(?:\r?\n|$))/g
    }
];

/** A value that names where the password comes from rather than being one: $VAR, %VAR%, {{ var }}. */
function isReference(value: string): boolean {
    return (
        // The whole value a variable ($DB_PASS, ${…}, $(…)), not a password that starts with "$" ($MNLSn60^b).
        /^(?:\$\{|\$\(|\$[A-Za-z_]\w*$|%[A-Za-z_]+%$|\{\{|#\{|\*+$)/.test(value) ||
        /^(?:true|false|null|none|nil|yes|no)$/i.test(value)
    );
}

/** The verdict for a match of one of `credentialPatterns`, or undefined to drop it. */
export function credentialVerdict(id: string, match: RegExpExecArray): Verdict | undefined {
    if (id === "private_key_body" || id === "private_key_body_line") {
        const value = match[0];
        if (id === "private_key_body_line") {
            // Inside a block that says what it is: a certificate or a public key is no secret (the
            // segmenter keeps a PEM block whole, so its BEGIN line is in the text read).
            const begin = match.input.lastIndexOf("-----BEGIN ", match.index);
            if (begin >= 0 && !/^-----BEGIN [A-Z0-9 ]*PRIVATE KEY/.test(match.input.slice(begin, begin + 48)))
                return undefined;
            // The line above is base64, not a hex digest; this one reads as random, not a word.
            const above = match.input.slice(Math.max(0, match.index - 80), match.index);
            if (!/[G-Zg-z+/]/.test(above.replace(/\s+$/, "").slice(-60))) return undefined;
            if (
                !/=$/.test(value) &&
                !(/\d/.test(value) && /[A-Za-z]/.test(value)) &&
                !/[A-Z].*[a-z]|[a-z].*[A-Z]/.test(value)
            )
                return undefined;
            if (/^[0-9a-fA-F]+$/.test(value) || shannonEntropy(value) < 3) return undefined;
        }
        return { score: 0.9, rule: `secret.${id}` };
    }
    // The value is the last group that took part (the patterns run with the "d" flag: its indices).
    // Groups that did not take part are undefined at run time (the type says string).
    const groups = match as unknown as Array<string | undefined>;
    let group = groups.length - 1;
    while (group > 0 && (groups[group] === undefined || /^["']$/.test(groups[group] ?? ""))) group--;
    const at = match.indices?.[group];
    const value = groups[group];
    if (group === 0 || at === undefined || value === undefined) return undefined;
    if (isPlaceholder(value) || isReference(value)) return undefined;
    if (id === "django_secret_key_assignment" && shannonEntropy(value) < 3.5) return undefined;
    return { score: 0.9, rule: `secret.${id}`, start: at[0], end: at[1] };
}
