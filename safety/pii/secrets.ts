// Secrets in code and text: provider tokens with a documented, fixed shape
// (secretRules.ts), PEM private keys, and high-entropy values assigned to key /
// token / secret / password names.
//
// Why not a rule-set package at run time: secretlint's engine is asynchronous and
// file-oriented, and gitleaks is a Go binary. The filter must decide synchronously
// on each streamed segment, so the provider formats are listed here, one per line,
// with the provider's own documented prefix.
import { isPlaceholder, mostlyMasked, randomLetters, shannonEntropy } from "./context";
import { patternRecognizer } from "./recognizer";
import { credentialPatterns, credentialVerdict } from "./secretPhrases";
import { tokenRules } from "./secretRules";
import { armorlessKeyStart, pemLinePrefix } from "../text/pemLines";

const credentialIds = new Set(credentialPatterns.map((p) => p.id));

const pem =
    /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
// A block whose END never comes: the BEGIN line and the body lines after it (base64, headers, blanks).
// A private key inside a JSON string (a GCP service-account file): its line breaks are "\n" escapes.
const pemEscaped = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\\n[A-Za-z0-9+/=]{1,100})+(?:\\n)?/g;
// Its lines may carry a diff's, a comment's or a quote's mark (text/pemLines.ts).
const pemUnterminated = new RegExp(
    String.raw`-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[ \t]*\r?\n[ \t]*${pemLinePrefix}(?:[A-Za-z0-9+/=]+|[A-Za-z-]+: [^\n]*)?[ \t]*)*(?![^\n]*-----END)`,
    "g"
);
// A key's body without its BEGIN line (text/pemLines.ts), and its next lines.
const pemArmorless = new RegExp(
    String.raw`${armorlessKeyStart}[A-Za-z0-9+/]*={0,3}(?:[ \t]*\r?\n[ \t]*${pemLinePrefix}[A-Za-z0-9+/]{8,}={0,3}(?![A-Za-z0-9+/=]))*`,
    "g"
);

// 비밀번호를 X 로 변경, 패스워드는 X, 비번: X, pw: X, DB 비밀번호(X)를, 와이파이 비번 X, the password you asked for: X: a value with letters and digits or
// symbols (or six digits or more after a word that says password), no Hangul; パスワード, contraseña, Passwort, senha too.
const koreanPassword =
    /(?:비밀\s?번호|비번|패스워드|암호|パスワード|contraseña|passwort|senha|(?<![A-Za-z=])(?:pw|passwd|password|passcode)(?![A-Za-z]))(?:(?:를|을|는|은|가|이)?\s*(?:지금\s+|그냥\s+|바로\s+)?(?:(?:알려|불러|말해|적어|보내|가르쳐|읊어)\s?(?:줄게요?|줄께요?|드릴게요?|드릴께요?|드림|줌|준다)|뭐냐면|뭐냐하면|공유(?:할게요?|합니다|드려요|드립니다))[\s:,.!~]*|(?:를|을|는|은|가|이)\s*|로\s*(?=['"‘“\x60])|\s*(?:[:=→(]|->)\s*|\s+(?:is|was|to)\s+(?:now\s+|set\s+to\s+|changed\s+to\s+)?|[^\n→]{0,20}(?:→|->)\s*|>|(?:\s+[A-Za-z']+){1,5}\s*:\s*|\s+)['"‘“\x60]?([^\s가-힣"'`,;)<’”]{6,})/gi;

// An AWS secret access key (40 characters of base64) in prose, unlabelled: after its key id
// (AKIA…) or a word that says secret, on the same line or the next.
const awsSecretInProse =
    /(?:\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|[Ss]ecret|SECRET|시크릿|비밀)(?:[^\n]|\n(?![ \t]*\n)){0,48}?(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g;

/** A name that says its value is a secret (api_key, DB_PASSWORD, client-secret, …). */
const secretName = String.raw`(?:[A-Za-z0-9]+[_.-]){0,8}(?:[A-Za-z0-9]*passw(?:or)?d|[A-Za-z0-9]*(?:admin|api|app|access|secret|private|client|auth|service|master|signing|encryption|webhook|session|security|bearer)(?:key|secret|token)|[A-Za-z0-9]*(?<=[a-z0-9])Pw|pw|api[_-]?key|apikey|secret|secret[_-]?key|client[_-]?secret|token|access[_-]?token|auth[_-]?token|refresh[_-]?token|passw(?:or)?d|pass|pwd|passphrase|service[_-]?key|app[_-]?key|app[_-]?secret|private[_-]?key|access[_-]?key|credentials?|key)(?:[_.-][A-Za-z0-9]+){0,8}`;
// name = value, name: value, "name": "value", 비밀번호: value, PGPASSWORD=value
const assignment = new RegExp(
    String.raw`(?:^|[^A-Za-z0-9])(${secretName}|비밀번호|패스워드|암호|토큰|시크릿|API ?키|(?<![가-힣])(?<!(?:캐시|캐싱|정렬|기본|외래|파티션|해시|인덱스|조회|검색|매핑|고유|복합|대체|후보|샤드|라우팅|멱등성|멱등|cache|sort|primary|foreign|partition|index|lookup)\s*)키)\\?["']?\]?(?:\s*:\s*(?:String|string|str|&str|&'static\s+str|Str|CharSequence)\??(?=\s*=))?\s*(?:[:=]|=>|:=|는|은|:\s*=)[ \t]*(?:\[\]byte\(|b(?=["']))?\\?(["'\x60]?)(?![[(<{]\s*(?:redacted|hidden|masked|removed|omitted|secret|생략|비공개|숨김|마스킹)\s*[\])>}])([^\s"'\x60,;)}\]\\]{6,})\\?\2`,
    "gi"
);
// A URL query's parameter after another (…?id=AKIA…&aws_secret_access_key=…): the assignment above reads
// the first parameter's value on through the "&", and so never starts at the second.
const queryAssignment = new RegExp(String.raw`[&](${secretName})=()([^&\s"'\x60#]{6,})`, "gi");

export { shannonEntropy };

/** The token rules' checks beyond their shape, by rule id. */
const checks = new Map(
    tokenRules.flatMap((rule) => (rule.check === undefined ? [] : [[rule.id, rule.check] as const]))
);

/** A key's body holds a run of base64. */
const keyBody = /[A-Za-z0-9+/]{16}/;

/** Values that are code, not a secret: a variable, a call, an env lookup, a type. */
function isCodeReference(value: string): boolean {
    // A PowerShell cmdlet ($pw = ConvertTo-SecureString '…' -AsPlainText): its argument is the secret.
    if (
        /^(?:Get|Set|New|Remove|ConvertTo|ConvertFrom|Invoke|Start|Stop|Add|Import|Export|Out|Write|Read|Test|Select|Join|Split)-[A-Z][A-Za-z]+$/.test(
            value
        )
    )
        return true;
    if (randomLetters(value)) return false;
    return (
        /^(?:process\.env|os\.environ|env\.|System\.getenv|getenv|config\.|settings\.|self\.|this\.|None|null|nil|undefined|true|false|os\.getenv)/i.test(
            value
        ) ||
        // A variable, not a value that merely starts with its sign (%A*Hdr6$Lk, @6EJOq^FG are passwords):
        // $DB_PASS, ${DB_PASS}, $(cat …), %DB_PASS%, %(password)s, @db_password.
        // Spring's and the shell's ${DB_PASSWORD:} (an empty default) and ${X:?must be set} too.
        /^(?:\$\{?[A-Za-z_][\w.]*\}?|\$\{[A-Za-z_][\w.]*:-?\}?|\$\{[A-Za-z_][\w.]*:\?.*|\$\(.*|%\(?[A-Za-z_]\w*\)?[sd]?%?|@[A-Za-z_][\w.]*|\$\{\{.*)$/.test(
            value
        ) ||
        // Where a secret comes from, not the secret: Kubernetes' valueFrom.secretKeyRef…, a YAML tag
        // (Ansible's !vault, whose encrypted value follows on the next lines).
        /^(?:valueFrom\.|secretKeyRef\.|configMapKeyRef\.|!(?:vault|secret|env|ref|include)\b)/i.test(value) ||
        (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:\(.*)?$/.test(value) &&
            !/\d/.test(value) &&
            // (live_gsk_WxjujDiuuUXNDVmtXTlHIPZORpf: a prefix, then random letters in both cases.)
            !randomLetters(value.split(/[_.]/).pop() ?? "")) ||
        // An UPPER_CASE constant (DB_PASSWORD, SECRET_V2), not 32 random capitals and digits (ZVP4ETUSEC8YC4…).
        (/^[A-Z][A-Z0-9_]+$/.test(value) &&
            !(value.length >= 16 && !value.includes("_") && (value.match(/\d/g) ?? []).length >= 3))
    );
}

/** Names of values that identify or describe, not authenticate: request_token_id, token_type, secret_name. */
const identifierName =
    /(?:^|[_.-])(?:id|ids|uuid|hash|sha\d*|digest|checksum|url|uri|path|file|name|type|version|length|count|expires?(?:_in|_at)?|ttl)$|(?<=[a-z])(?:Id|Ids|Hash|Url|Path|Name|Type)$|(?:^|[_.-])(?:max|min)(?:[_.-]|$)|(?:age|days|hours|minutes|seconds|timeout|retries|attempts|policy|hint|algo|algorithm)$/i;

const passwordName = /pass|pwd|(?:^|[_.-])pw$|(?<=[a-z0-9])Pw$|비밀번호|패스워드|암호/i;
/** "비밀번호는 Argon2id로 저장": a hashing or cipher scheme, not a password. */
export const algorithm =
    /^(?:argon2(?:id|i|d)?|bcrypt|scrypt|pbkdf2(?:-?sha\d+)?|sha-?\d+|sha3-?\d+|md5|aes(?:-?\d+)?(?:-[a-z]+)?|rsa(?:-?\d+)?|hmac(?:-?sha-?\d+)?|blake[23][bs]?|chacha20(?:-poly1305)?|ed25519|ecdsa|x25519|des|3des|rc4|crc32|yescrypt|totp|hotp|otp)\b/i;

/** password123, qwerty1!, admin1234: the example every password policy forbids. */
function trivialPassword(value: string): boolean {
    const m = /^(?:password|passw0rd|p@ssw0rd|qwerty|letmein|admin|welcome|iloveyou|abc)\W*(\d*)\W*$/i.exec(value);
    return m !== null && (m[1].length <= 2 || countingDigits(m[1]));
}

/**
 * A weak password said as an example, not given (issue 27: "비밀번호: admin1234", "password: P@ssw0rd!" passed
 * as the example every policy forbids): "password123 같은 값", "such as qwerty1", "금지", "avoid", "예:".
 */
function givenAsExample(input: string, start: number, end: number): boolean {
    const around = input.slice(Math.max(0, start - 60), Math.min(input.length, end + 40));
    return /같은|같이|처럼|따위|등(?:의|은|을|이)?\s|금지|쓰지|사용하지|피하|피해|말\s?것|안\s?됩|안\s?돼|취약|흔한|예시|예를|예:|e\.g\.|such as|like\s|avoid|never|don'?t|do not|weak|common|forbid|ban|reject|차단|거부|막|허용하지|not allowed|blacklist|denylist|dictionary|사전/i.test(
        around
    );
}

/** 111111, 123456, 987654: the example every guide warns against, not somebody's password. */
function countingDigits(value: string): boolean {
    return (
        /^\d+$/.test(value) &&
        (/^(\d)\1+$/.test(value) || "01234567890".includes(value) || "9876543210".includes(value))
    );
}

/** Keys of data, not credentials: the name before "_key". */
const dataKeyName =
    /(?:^|[_.-])(?:cache|sort|primary|foreign|partition|row|object|s3|storage|lookup|idempotency|dedupe?|i18n|translation|message|map|dict|hash|index|group|react|list|item|route|routing|hot|shortcut|composite|unique|natural|surrogate|join|shard|bucket|redis|kv|config|setting|locale|lang|public|pub|sign|signing_public|dict|sorting|partitioning|foreign)[_.-]key$/i;

/**
 * A value a person chose (correcthorsebattery, mangoRiver, riverstone88) under a secret's or a token's name,
 * written as a literal: quoted, or a dotenv line's bare value (JWT_SECRET=…, export API_TOKEN=…). Unquoted
 * in code such a word is a variable; a literal it is the secret, however low its entropy (issue 14). Not a
 * word that names a field (accessToken, "X-CSRF-Token", thisismysecretvalue) nor one in upper case (a constant).
 */
function humanLiteral(match: RegExpExecArray, name: string, quote: string, value: string): boolean {
    if (!/(?:secret|token|passw(?:or)?d|pwd)$/i.test(name) || identifierName.test(name)) return false;
    const envLine =
        /^[A-Z][A-Z0-9_]*$/.test(name) &&
        /(?:^|\n|\x60)[ \t]*(?:export[ \t]+)?$/.test(match.input.slice(0, match.index + match[0].indexOf(name))) &&
        /^[ \t]*=/.test(match[0].slice(match[0].indexOf(name) + name.length));
    if (quote === "" && !envLine) return false;
    if (!/^[A-Za-z][A-Za-z0-9!@#$%^&*+.~-]{7,63}$/.test(value) || /^[A-Z0-9_]+$/.test(value)) return false;
    // No word for what the value is (a header's or a field's name); letters alone, ten or more.
    if (/token|secret|passw|bearer|csrf|jwt|key$/i.test(value)) return false;
    if (/^[A-Za-z]+$/.test(value)) return value.length >= 10;
    return /[A-Za-z]{3}/.test(value);
}

/** Four groups of four base32 characters, a letter among them. */
const base32Groups = /(?=[A-Z2-7 -]{0,18}[A-Z])(?:[A-Z2-7]{4}[ -]){3}[A-Z2-7]{4}/i;

export const secretToken = patternRecognizer({
    type: "SECRET",
    // A value of six or more characters with a digit or a symbol, a long one, a key block,
    // or any word after a name that announces a secret.
    mayMatch: (segment, text) =>
        /-----BEGIN|[A-Za-z0-9]{16}/.test(segment) ||
        // (A key in groups of four: an OTP seed's "64BH 66HN GFQW …" after its name; a letter in them, not a card's.)
        base32Groups.test(segment) ||
        (/[^\s가-힣]{6}/.test(segment) &&
            (/[\d!-/:-@[-`{-~]/.test(segment) ||
                /pass|pwd|secret|token|key|redis-cli|\blogin\b|"auth"|비밀번호|패스워드|암호|토큰|시크릿|키/i.test(
                    text
                ))),
    patterns: [
        { id: "private_key", regex: pem },
        { id: "private_key_unterminated", regex: pemUnterminated },
        { id: "korean_password", regex: koreanPassword },
        { id: "private_key_escaped", regex: pemEscaped },
        { id: "private_key_armorless", regex: pemArmorless },
        ...credentialPatterns,
        { id: "aws_secret_in_prose", regex: awsSecretInProse },
        ...tokenRules.map((rule) => ({ id: rule.id, regex: rule.pattern })),
        { id: "assignment", regex: assignment },
        { id: "query_assignment", regex: queryAssignment }
    ],
    validate({ match, id }) {
        // A block with no key in it (`…KEY-----⏎...⏎-----END…`, a document's placeholder) is no key.
        const body = match[0].replace(/^-----BEGIN[^\n]*?-----/, "");
        if (id === "private_key") return keyBody.test(body) ? { score: 1, rule: "secret.private_key" } : undefined;
        if (id === "private_key_unterminated") {
            // Nothing after the BEGIN line yet (the end of the text) is read as a key to come.
            const rest = match.input.slice(match.index + match[0].length);
            if (!keyBody.test(body) && !keyBody.test(rest.slice(0, 200)) && rest.trim().length > 0) return undefined;
            const end = match.index + match[0].trimEnd().length;
            return { score: 1, rule: "secret.private_key_unterminated", end };
        }
        if (id === "korean_password") {
            // A door lock's code ends with its confirm key: "비밀번호 903407* 눌러서" is the digits.
            const value = match[1].replace(/(?:로|으로)$/, "").replace(/(?<=^\d{4,})[*#]$/, "");
            // The next line's own field (DB_PASSWORD=⏎JWT_SECRET=): an empty value, not a password. (A
            // password with a sign inside, bxogvtist=3459 or FTzEO6W2=LyP+4S, is one.)
            if (/^[A-Za-z_][\w.-]*[=:]$|^[A-Z][A-Z0-9_]*[=:]|^[a-z][a-z0-9]*_[\w.-]*[=:]/.test(value)) return undefined;
            // Code after "password =" is the assignment rule's (input(…), getpass()).
            // Or a URL's host after a <password> placeholder (mongodb://<user>:<password>@host:27017).
            if (
                /[(){}[\]]/.test(value) ||
                isCodeReference(value) ||
                algorithm.test(value) ||
                (trivialPassword(value) && givenAsExample(match.input, match.index, match.index + match[0].length)) ||
                /^@[\w.-]+(?::\d+)?\/?$/.test(value) ||
                // A URL after the word (curl -u user:password https://…): the command's, not a password.
                /^(?:https?|ftp):\/\//i.test(value) ||
                // A secret store's path after the field read from it (vault kv get -field=db_password secret/prod/app).
                /^[a-z][a-z_-]*(?:\/[a-z][a-z_.-]*)+\/?$/.test(value)
            )
                return undefined;
            const digits = /^\d{6,}$/.test(value) && !/^암호/.test(match[0]);
            // A word and the sentence's full stop ("enter your password below.", "after a password
            // change?") is prose: the mark does not make the word a password (found by the lead's spot check).
            const core = value.replace(/[.,?;:]+$/, "");
            if ((!digits && (!/[A-Za-z]/.test(core) || !/[\d\W]/.test(core))) || isPlaceholder(value)) return undefined;
            if (digits && countingDigits(value)) return undefined;
            const start = match.index + match[0].length - match[1].length;
            return { score: 0.8, rule: "secret.password_phrase", start, end: start + value.length };
        }
        if (id === "private_key_escaped" || id === "private_key_armorless") return { score: 1, rule: `secret.${id}` };
        if (credentialIds.has(id)) return credentialVerdict(id, match);
        if (id === "aws_secret_in_prose") {
            const value = match[1];
            // Random base64: both cases and a digit; not a hex digest (a git SHA is 40 hex digits).
            if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/\d/.test(value) || /^[0-9a-fA-F]+$/.test(value))
                return undefined;
            if (isPlaceholder(value) || shannonEntropy(value) < 4.2) return undefined;
            const start = match.index + match[0].length - value.length;
            return { score: 0.85, rule: "secret.aws_secret_in_prose", start, end: start + value.length };
        }
        if (id !== "assignment" && id !== "query_assignment") {
            if (isPlaceholder(match[0]) || checks.get(id)?.(match[0]) === false) return undefined;
            return { score: 0.95, rule: `secret.${id}` };
        }
        const [whole, name, quote, written] = match as unknown as [string, string, string, string];
        // A URL's query parameter ends at the next "&" (?api_key=…&page=2): the rest is not the value.
        const inQuery = /[?&]$/.test(match.input.slice(0, match.index + whole.indexOf(name)));
        const value = inQuery ? written.replace(/[&#].*$/, "") : written;
        const human = humanLiteral(match, name, quote, value);
        if (
            isPlaceholder(value) ||
            mostlyMasked(value) ||
            (isCodeReference(value) && !human) ||
            identifierName.test(name) ||
            countingDigits(value) ||
            algorithm.test(value) ||
            // Korean words in the value: prose ("환경변수(DB_PASS)로 주입"), not a password.
            /[가-힣]{2}/.test(value) ||
            // The example every password policy forbids: password123, qwerty1!, admin1234.
            // (Admin5507# is somebody's weak password, not the example: its digits do not count up.)
            (trivialPassword(value) &&
                (!passwordName.test(name) || givenAsExample(match.input, match.index, match.index + whole.length)))
        )
            return undefined;
        // A bare "key" (MAILGUN_KEY, key, 키) names a secret unless it is a data structure's key
        // (cache_key, sort_key, primary_key …); its value must be long, not a shortcut (키는 Ctrl+Shift+P).
        if (/(?:^|[_.-])key$|^키$/i.test(name) && !/api|secret|private|access|auth|client/i.test(name)) {
            if (dataKeyName.test(name) || value.length < 20) return undefined;
            // A cache's or a map's key ("cache key: user:profile:v2:409f…"): a path of words, not a secret.
            if (/^[a-z_]+(?::[a-z0-9_]+){2,}/i.test(value)) return undefined;
        }
        const entropy = shannonEntropy(value);
        const password = passwordName.test(name);
        // Passwords are short and human; keys and tokens are long and random.
        // (A human password of letters, digits and a sign may repeat a digit: pyp61n.1111! reads 2.45 bits.)
        const humanPassword = value.length >= 8 && /[A-Za-z]/.test(value) && /\d/.test(value) && /[^\w]/.test(value);
        const enough = human
            ? entropy >= 2.2
            : password
              ? value.length >= 6 && entropy >= (humanPassword ? 2 : 2.5)
              : (value.length >= 12 && entropy >= 3.2) ||
                // A short secret key (NHN Cloud's are 8 letters and digits): both cases, or letters and digits.
                (/secret/i.test(name) &&
                    value.length >= 8 &&
                    /^[A-Za-z0-9]+$/.test(value) &&
                    /[A-Z]/.test(value) &&
                    /[a-z]/.test(value) &&
                    entropy >= 2.5);
        if (!enough) return undefined;
        const start = match.index + whole.lastIndexOf(value);
        return {
            score: 0.8,
            rule: password ? "secret.password_assignment" : "secret.high_entropy_assignment",
            start,
            end: start + value.length
        };
    }
});
