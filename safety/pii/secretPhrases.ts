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
    // A registry or cloud login with its password on the line (docker login -p …, az login -p …), and
    // commands that take a user's password as a word (net user bob … /add, htpasswd -b file bob …).
    // (One piped in first, echo '…' | docker login --password-stdin, is named only after the value:
    // the stream has released the value by then.)
    {
        id: "cli_login_password",
        regex: new RegExp(
            String.raw`\b(?:(?:docker|podman|nerdctl|oras|skopeo|buildah|oc|az|cf|argocd|vault|helm\s+registry)\s+login\b[^\n]{0,80}?\s(?:-p|--password)[ =]|(?:sqlcmd|bcp)\b[^\n]{0,80}?\s-P\s*|ldap(?:search|add|modify|delete|passwd)\b[^\n]{0,80}?\s-w\s*|net\s+user\s+[^\s/]+\s+(?![/*])|htpasswd(?=[^\n]*\s-[a-zA-Z]*b)\s+(?:-[a-zA-Z]+\s+)+(?!-)\S+\s+(?!-)\S+\s+|rabbitmqctl\s+(?:add_user|change_password)\s+\S+\s+|(?:mongosh|mongo|mongodump|mongorestore|mongoimport|mongoexport)\b[^\n]{0,120}?\s(?:-p|--password)[ =]|net\s+use\s+[^\n]*?\/user:\S+\s+(?![/*])|\bzip\b[^\n]{0,40}?\s-P\s+|rclone\s+config\s+(?:create|update)\b[^\n]*?\b(?:secret_access_key|password|pass|token|client_secret)\s+)${quotedValue}`,
            "gd"
        )
    },
    // SQL's own words for a password (CREATE USER … IDENTIFIED BY '…', ALTER ROLE … WITH PASSWORD '…'),
    // configuration lines (requirepass, masterauth, a Wi-Fi psk, a .pgpass line), keytool and Gradle's
    // signing passwords, PDO's third argument, PowerShell's ConvertTo-SecureString, a --…-password option.
    // Twilio's client built from the account SID and the auth token; Kakao's SDK initialised with an app key.
    {
        id: "sdk_init_secret",
        regex: /\bClient\(\s*["']AC[0-9a-f]{32}["']\s*,\s*["']([0-9a-f]{32})["']|\bKakao\.init\(\s*["']([0-9a-f]{32})["']/dg
    },
    // A Postman or HAR variable: {"key": "apiKey", "value": "…"} (the name and the value a line apart).
    {
        id: "key_value_pair",
        regex: /"(?:key|name)"\s*:\s*"[A-Za-z0-9_.-]*(?:key|token|secret|password|passwd|pwd|auth)[A-Za-z0-9_.-]*"\s*,\s*"value"\s*:\s*"([^"\n]{6,256})"/dgi
    },
    // A setter or a credential object given the password (cfg.setPassword("…"), new NetworkCredential("svc", "…")),
    // HAProxy's stats auth user:password, a session cookie in a header.
    {
        id: "setter_password",
        regex: /\.set(?:Password|Passwd|Pwd|Secret|ApiKey|Token)\(\s*(["'])([^"'\n]{4,128})\1|\bNetworkCredential\(\s*(["'])[^"'\n]*\3\s*,\s*(["'])([^"'\n]{4,128})\4/dg
    },
    { id: "haproxy_stats_auth", regex: /\bstats\s+auth\s+[^\s:]+:(\S{4,64})/dg },
    // A Cisco running-config's username … password 0 …; smtp.login(user, password); Lua redis red:auth("…").
    {
        id: "login_call_password",
        regex: /\busername\s+\S+\s+(?:privilege\s+\d+\s+)?(?:password|secret)\s+[07]\s+(\S{4,64})|\.login\(\s*(["'])[^"'\n]*\2\s*,\s*(["'])([^"'\n]{4,128})\3|:auth\(\s*(["'])([^"'\n]{4,128})\5\s*\)/dg
    },
    {
        id: "session_cookie",
        regex: /\b(?:Cookie(?::|["']?\s+["'])|document\.cookie\s*=\s*["'])\s*[^\n]*?\b(?:SESSION|JSESSIONID|PHPSESSID|sessionid|session_id|_session_id|sid|connect\.sid)=([A-Za-z0-9%._-]{16,})|\bAuthorization["']?\s+["']Token\s+([A-Za-z0-9._-]{20,})/dgi
    },
    // A session cookie's value pasted from the browser or set in code (PHPSESSID=…, cookies={"SESSION": "…"},
    // a HAR's {"name": "JSESSIONID", "value": "…"}), and a TOTP seed (pyotp.TOTP("…"), MFA_SEED=…, a manual-entry
    // key in groups of four): each logs in as its owner.
    {
        id: "session_cookie_value",
        regex: /\b(?:PHPSESSID|JSESSIONID|ASP\.NET_SessionId|connect\.sid|laravel_session|SESSION|sessionid|session_id)(?:["']?\s*[=:]\s*["']?|["']\s*,\s*(?:["']value["']\s*:\s*)?["'])([A-Za-z0-9%._~+/-]{16,})/dgi
    },
    {
        id: "otp_seed",
        regex: /(?:\bpyotp\.[TH]OTP\(\s*["']|\b(?:t?otp|mfa|2fa)[_-]?(?:seed|secret|key)["']?\s*[=:]\s*["']?|[?&]secret=)([A-Z2-7]{16,64})\b|(?:수동\s*입력\s*키|OTP\s*(?:시드|키|시크릿)|시크릿\s*키|(?:OTP|Authenticator|2FA|MFA|OTP\s*앱)[^\n]{0,24}?(?:설정|등록|셋업|setup|secret)\s*(?:키|key))\s*[:：]?\s*((?:[a-z2-7]{4}[ -]){3,7}[a-z2-7]{4}|[a-z2-7]{16,64})(?![A-Za-z0-9])/dgi
    },
    // Go's MySQL DSN: "app:…@tcp(10.0.2.15:3306)/shop" (the password between the user's colon and "@tcp(").
    { id: "go_dsn_password", regex: /["'\x60][A-Za-z0-9_.-]{1,32}:([^\s"'@:/]{3,64})@(?:tcp|unix|udp)\(/dg },
    // A secret shown base64-encoded for decoding (시크릿 값은 `echo Y2xh… | base64 -d`): the blob is the secret.
    {
        id: "base64_decoded_secret",
        regex: /(?:시크릿|secret|password|passwd|비밀번호|비번|토큰|token)[^\n]{0,40}?\becho\s+(?:-n\s+)?["']?([A-Za-z0-9+/]{12,}={0,2})["']?\s*\|\s*base64\s+(?:-d|--decode|-D)\b/dgi
    },
    // A Wi-Fi network's QR text (WIFI:T:WPA;S:home;P:…;;): its P field is the network's password.
    { id: "wifi_qr", regex: /\bWIFI:(?:[A-Z]:(?:\\.|[^;\\\n])*;)*?P:((?:\\.|[^;\\\n]){3,63});/dg },
    // Apache's SetEnv DB_PASS "…" (a name and a value a space apart).
    {
        id: "setenv_secret",
        regex: new RegExp(
            String.raw`\bSetEnv\s+[A-Za-z0-9_]*(?:PASS|PWD|SECRET|TOKEN|API_?KEY)[A-Za-z0-9_]*\s+${quotedValue}`,
            "dgi"
        )
    },
    {
        id: "sql_password",
        regex: /\b(?:IDENTIFIED\s+(?:WITH\s+\w+\s+)?BY|(?:WITH|LOGIN|ENCRYPTED|UNENCRYPTED)\s+PASSWORD|SET\s+PASSWORD(?:\s+FOR\s+\S+)?\s*=\s*(?:PASSWORD\()?)\s*(['"])([^'"\n]{3,64})\1/dgi
    },
    {
        id: "config_password_line",
        regex: /(?:^|\n)[ \t]*(?:requirepass|masterauth)[ \t]+(?!["']?\$)["']?([^\s"']{4,64})|\b(?:psk|wpa_passphrase|sae_password)\s*=\s*"([^"\n]{8,63})"/dg
    },
    {
        id: "pgpass_line",
        regex: /(?:^|\n)[ \t]*[A-Za-z0-9*][\w.*-]*:(?:\d{2,5}|\*):[\w*.-]+:[\w*.@-]+:([^\s:]{6,64})[ \t]*(?=\n|$)/dg
    },
    {
        id: "signing_password",
        regex: new RegExp(
            String.raw`\s-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)\s+(?!\$)${quotedValue}|\b(?:storePassword|keyPassword)\s*(?:=\s*)?(['"])([^'"\n]{3,64})\4`,
            "dg"
        )
    },
    {
        id: "connect_call_password",
        regex: /\b(?:new\s+PDO|mysqli_connect|mysqli|pg_connect|odbc_connect)\s*\(\s*(['"])[^'"\n]*\1\s*,\s*(['"])[^'"\n]*\2\s*,\s*(['"])([^'"\n]{3,64})\3/dg
    },
    {
        id: "secure_string",
        regex: /\bConvertTo-SecureString\s+(?:-String\s+)?(['"])([^'"\n]{3,64})\1/dgi
    },
    {
        id: "long_option_password",
        regex: new RegExp(
            String.raw`\s--(?:[a-z0-9]+-)*(?:password|passwd|pass|pwd|passphrase)(?:=|[ \t]+)${quotedValue}|\s--password-command\s+["']?echo\s+([^\s"']{6,64})`,
            "dg"
        )
    },
    {
        id: "cli_user_password",
        regex: /\b(?:curl|wget|http|jenkins-cli|java\s+-jar\s+jenkins-cli\.jar)\b[^\n]{0,120}?\s(?:-u|--user|-a|--auth|-auth)[\s=]*["']?[^\s:'"]{1,64}:["']?([^\s'"@]{3,64})/dg
    },
    {
        id: "cli_password_option",
        regex: new RegExp(
            String.raw`\b(?:wget|curl)\b[^\n]{0,120}?\s--(?:http-|ftp-|proxy-)?password[= ]${quotedValue}`,
            "gd"
        )
    },
    {
        // A secret's name as a string, its value the next string: ENV.fetch("REDIS_PASSWORD", "…"),
        // Map.of("password", "…"), a Markdown table's | `REDIS_PASSWORD` | `…` | or list's `ADMIN_PASSWORD`: `…`.
        id: "named_string_value",
        regex: /(["'\x60])[A-Za-z0-9_.-]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY)\1[ \t]*[,|:][ \t]*(["'\x60])([^"'\x60\s]{6,128})\2/dgi
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
    // A key named in prose, then given a few words on ("트윌리오 인증 토큰 값이 6dfc…", "auth token is 7bda…",
    // "**AWS secret access key**⏎⏎`MkxJ…`"): a long random value within 40 characters of the name.
    {
        id: "named_token_in_prose",
        regex: /(?:token|secret|api[ _-]?key|access[ _-]?key|auth[ _-]?key|private[ _-]?key|토큰|시크릿|비밀\s*키|인증\s*키|API\s*키|액세스\s*키)([^\n`"']{0,30}?(?:\n[ \t]*){0,2}[`"']?)(?<![A-Za-z0-9_+/=.-])([A-Za-z0-9_+/=.-]{24,128})(?![A-Za-z0-9_+/=.-])/dgi
    },
    // A password named in a sentence, then given alone on the next line ("관리자 비밀번호 전달드립니다.⏎Coffee2012!").
    {
        id: "password_next_line",
        // (In a chat log the answer comes after its speaker's name: "<조현우> …", "[10:02] 조현우: …".)
        regex: /(?:비밀\s*번호|패스워드|비번|\bpassword\b)[^\n]{0,40}\n(?:[ \t]*\n)?[ \t]*(?:(?:\[[^\]\n]{1,20}\]\s*)?(?:<[^>\n]{1,20}>|[가-힣A-Za-z0-9_]{1,20}:)[ \t]+)?[`"']?([^\s`"'가-힣]{6,64})[`"']?[ \t]*(?=\n|$)/dgi
    },
    // A Kubernetes container's env entry: "- name: …TOKEN" then "value: …" on the next line.
    {
        id: "env_name_value",
        regex: /\bname:\s*["']?[A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|PRIVATE_KEY|CREDENTIALS?)[A-Za-z0-9_]*["']?[ \t]*\r?\n[ \t]*value:\s*["']?([^\s"']{6,128})/dgi
    },
    // A login given as "user / password" after words that say so ("# 운영 DB 접속 정보: admin / Seoul2024!#").
    {
        id: "login_pair",
        regex: /(?:접속\s*정보|계정\s*정보|로그인\s*정보|관리자\s*계정|계정|credentials?|login)(?:은|는|이)?\s*[:=(]?\s*[A-Za-z0-9_.@-]{2,32}[ \t]*\/[ \t]*([^\s/()]{6,64})(?=[\s)]|$)/dgi
    },
    // A key handed over in a chat or a note ("운영 NICEPAY 키 공유드려요 c71b…", "새로 발급한 imdeZ9C0… 로 교체"),
    // a system property or an env lookup's default (setProperty("client_secret", "…"), process.env.X_KEY || "…").
    {
        id: "handed_over_key",
        regex: /(?:키|토큰|시크릿|key|token)\s*(?:\S+\s+)?(?:공유(?:드려요|합니다|해요|드립니다)|전달(?:드려요|드립니다|합니다)|보내\s*드려요|보내\s*드립니다)\s*[:：]?\s*([A-Za-z0-9_\-+/=.]{16,256})(?=\s|$)|새로\s*(?:발급한|발급받은|받은|생성한|만든)\s*(?:키|토큰|api\s*키)?\s*(?:는|은)?\s*([A-Za-z0-9_\-+/=.]{20,256})(?=\s|$)/dgi
    },
    {
        id: "property_or_default_secret",
        regex: /\bsetProperty\(\s*(["'])[\w.-]*(?:secret|token|password|passwd|api[_-]?key|key)["']\s*,\s*(["'])([^"'\n]{8,256})\2|\b(?:process\.env\.|os\.environ\.get\(\s*["']|os\.getenv\(\s*["']|System\.getenv\(\s*")[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|_KEY)[A-Z0-9_]*(?:["']\s*\)?)?\s*(?:\|\||\?\?|\bor\b|,)\s*(["'])([^"'\n]{8,256})\4/dg
    },
    // A CSV row of a secret's name and its value ("DB_PASSWORD,2_PVh!~BX7tr4kg@3D,owner").
    {
        id: "csv_name_value",
        regex: /(?:^|\n)[ \t]*"?[A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY|WEBHOOK)[A-Za-z0-9_]*"?[ \t]*,[ \t]*("?)([^,\s"]{6,128})\1[ \t]*(?=,|\r?\n|$)/dgi
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

const groupsOf = (match: RegExpExecArray) => match as unknown as Array<string | undefined>;
/** What between a key's name and a value says the value is something else: its id, hash, type, length or expiry. */
const notTheKey =
    /\b(?:id|ids|hash|sha\d*|digest|checksum|type|name|length|format|expires?|ttl|url|path|file|endpoint|header|example|예시)\b|commit|revision|usage|count|limit|cost|model|아이디|해시|유형|형식|이름|길이|만료|주소|경로|파일|예시|예:|커밋|사용량|개수|한도|비용|모델/i;

/** Whether `value`, after a key's name and `between`, reads as the key: random letters and digits, not a path, an id or a word. */
function namedTokenValue(between: string, value: string): boolean {
    if (notTheKey.test(between) || isPlaceholder(value) || isReference(value)) return false;
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
    // A UUID (an id), a dotted name, a path or a file, a version.
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
    if (/\/[a-z]{4,}(?:\/|$)/.test(value)) return false;
    // A git commit or a SHA-256 digest; a name of words and versions (claude-3-5-sonnet, gpt-4o-mini).
    if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value)) return false;
    if (/(?:^|[-_.])[a-z]{4,}(?:[-_.]|$)/.test(value) && /[-_.]/.test(value)) return false;
    if (/\.(?:json|ya?ml|ts|js|py|txt|md|env|pem|key|crt|conf|cfg|ini|toml|xml|html|sh|log)$/i.test(value))
        return false;
    if (/^(?:[a-z]+[._-])+[a-z0-9]+$/i.test(value) && !/[A-Z].*\d|\d.*[A-Z]/.test(value)) return false;
    // Hex has 16 letters: a random one of 32 reads about 3.7 bits a character, now and then nearer 3.
    return shannonEntropy(value) >= (/^[0-9a-f]+$/i.test(value) ? 2.9 : 3.4);
}

/** Whether a line alone after a sentence naming a password reads as one: letters with digits or signs, not a URL, a hash or code. */
function passwordAlone(value: string): boolean {
    // A line of code after a sentence (`globalThis,`): its punctuation is no password's sign.
    value = value.replace(/[,.;:]+$/, "");
    if (/^[A-Za-z_$][\w$.]*$/.test(value) && !/\d/.test(value)) return false;
    if (!/[A-Za-z]/.test(value) || !/[\d\W_]/.test(value) || /:\/\/|^\$(?:2[aby]|argon2|pbkdf2|scrypt)/i.test(value))
        return false;
    if (/^[-*#>|=]|[=(){};]|^(?:https?|www\.)/i.test(value) || isPlaceholder(value) || isReference(value)) return false;
    // A file (forgot-password.tsx) or words joined (reset-password-flow).
    if (/^[\w-]+\.[a-z]{2,5}$/i.test(value) || /^[a-z]+(?:[-_][a-z]+)+$/.test(value)) return false;
    return shannonEntropy(value) >= 2.5;
}

/** A name that describes the secret rather than holds it: passwordHashAlgo, password_max_age, tokenType. */
function describesSecret(name: string): boolean {
    return (
        /hash|algo|policy|hint|length|expir|rule|format|(?:^|[_.-])(?:min|max|age|type)(?:[_.-]|$)/i.test(name) ||
        /(?<=[a-z])(?:Min|Max|Age|Type)/.test(name)
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
    const lastGroup = [...groupsOf(match)].reverse().find((g) => g !== undefined) ?? "";
    if (
        (id === "password_next_line" || id === "login_pair" || id === "named_string_value") &&
        !passwordAlone(lastGroup)
    )
        return undefined;
    // A CSV row names its value: a passphrase of words (mango-hallasan-galaxy) or one with "=" is one.
    if (
        id === "csv_name_value" &&
        (isPlaceholder(lastGroup) || isReference(lastGroup) || shannonEntropy(lastGroup) < 2.5)
    )
        return undefined;
    if (
        id === "env_name_value" &&
        (isPlaceholder(lastGroup) || isReference(lastGroup) || shannonEntropy(lastGroup) < 2.5)
    )
        return undefined;
    if (
        (id === "session_cookie_value" || id === "otp_seed") &&
        !(/\d/.test(lastGroup) && /[A-Za-z]/.test(lastGroup) && shannonEntropy(lastGroup.replace(/[\s-]/g, "")) >= 3)
    )
        return undefined;
    if (id === "named_token_in_prose" && !namedTokenValue(groupsOf(match)[1] ?? "", match[2])) return undefined;
    if (id === "handed_over_key" && !namedTokenValue("", lastGroup)) return undefined;
    // The value is the last group that took part (the patterns run with the "d" flag: its indices).
    // Groups that did not take part are undefined at run time (the type says string).
    const groups = groupsOf(match);
    let group = groups.length - 1;
    while (group > 0 && (groups[group] === undefined || /^["']$/.test(groups[group] ?? ""))) group--;
    const at = match.indices?.[group];
    const value = groups[group];
    if (group === 0 || at === undefined || value === undefined) return undefined;
    // (A secret's own name is its placeholder: curl -u user:password, -u admin:secret.)
    if (isPlaceholder(value) || isReference(value) || /^(?:passw(?:or)?d|pass|pwd|pw|secret|token)$/i.test(value))
        return undefined;
    // An element or a key that describes the secret (<passwordHashAlgo>bcrypt(cost=12)</…>, password_max_age).
    if (/^xml_password/.test(id) && describesSecret(match[0].slice(0, match[0].search(/>|\bvalue\s*=/i))))
        return undefined;
    if (id === "django_secret_key_assignment" && shannonEntropy(value) < 3.5) return undefined;
    return { score: 0.9, rule: `secret.${id}`, start: at[0], end: at[1] };
}
