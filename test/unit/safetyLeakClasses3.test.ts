// Secret leak classes of issue 14, second round: Korean providers' keys (Toss Payments, NAVER,
// Kakao), Notion, Slack, Django, a Google service-account file, a private key's body without its
// BEGIN line, a token split by a shell line continuation, and passwords given on a command line
// or in a configuration file. Each class over generated values, every case also streamed one
// character at a time, with near misses that must pass untouched.
import * as assert from "node:assert/strict";
import { seededRandom } from "../fixtures/tinyGemma";
import { shownBothWays } from "../support/safetyStream";

const shown = shownBothWays;

const random = seededRandom(1414);
const pick = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/** Random letters and digits with a digit, a capital and a small letter. */
const alnum = (n: number) => "a7Q" + pick(`${letters}0123456789`, n - 3);
const hex = (n: number) => pick("0123456789abcdef", n);
const base64 = (n: number) => pick(`${letters}0123456789+/`, n);

/** Classes: a template around a secret, and how to make the secret. */
const classes: Array<[string, () => string, (secret: string) => string]> = [
    ["Toss Payments secret key", () => `live_sk_${alnum(24)}`, (s) => `TOSS_SECRET_KEY=${s}`],
    ["Toss Payments test client key", () => `test_ck_${alnum(24)}`, (s) => `const clientKey = "${s}";`],
    ["Toss Payments widget key", () => `live_gck_${alnum(24)}`, (s) => `위젯 키는 ${s} 입니다`],
    [
        "NAVER client secret header",
        () => alnum(10),
        (s) => `curl -H "X-Naver-Client-Secret: ${s}" https://openapi.naver.com`
    ],
    ["NAVER client secret labelled", () => alnum(10), (s) => `client_secret: "${s}"`],
    ["NAVER client secret in a dict", () => alnum(10), (s) => `{"X-Naver-Client-Secret": "${s}"}`],
    ["Kakao KakaoAK header", () => hex(32), (s) => `headers = {"Authorization": "KakaoAK ${s}"}`],
    ["Notion ntn_ token", () => `ntn_${alnum(46)}`, (s) => `notion = Client(auth="${s}")`],
    ["Notion secret_ token", () => `secret_${alnum(43)}`, (s) => `NOTION_KEY 는 ${s} 로 설정`],
    [
        "Slack app-level token",
        () => `xapp-1-A0${pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9)}-${pick("0123456789", 13)}-${hex(64)}`,
        (s) => `SLACK_APP_TOKEN=${s}`
    ],
    [
        "Django insecure SECRET_KEY",
        () => `django-insecure-${pick("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50)}`,
        (s) => `SECRET_KEY = '${s}'`
    ],
    [
        "Django SECRET_KEY without the prefix",
        () => pick("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50),
        (s) => `SECRET_KEY = "${s}"`
    ],
    ["service-account private_key_id", () => hex(40), (s) => `  "private_key_id": "${s}",`],
    [
        "service-account private_key (escaped, no END)",
        () => `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${base64(40)}`,
        (s) => `  "private_key": "-----BEGIN PRIVATE KEY-----\\n${s}\\n${base64(64)}\\n`
    ],
    [
        "PEM body without its BEGIN line",
        () => `MIIEpAIBAAKCAQEA${base64(48)}`,
        (s) => `키 본문:\n${s}\n${base64(64)}\n${base64(64)}\n${base64(20)}==\n-----END RSA PRIVATE KEY-----\n`
    ],
    [
        "GitHub token split by a shell line continuation",
        () => `ghp_${alnum(36)}`,
        (s) => `export GITHUB_TOKEN=${s.slice(0, 20)}\\\n  ${s.slice(20)}`
    ],
    ["mysql -p'…'", () => `${alnum(10)}!`, (s) => `mysql -uroot -p'${s}' mydb`],
    ["mysql -p…", () => alnum(8), (s) => `mysql -u root -p${s} mydb`],
    ["sshpass -p", () => alnum(9), (s) => `sshpass -p '${s}' ssh deploy@web01`],
    ["curl -u user:password", () => alnum(12), (s) => `curl -u admin:${s} https://api.example.com/v1`],
    ["Python auth tuple", () => `${alnum(9)}!`, (s) => `r = requests.get(url, auth=("admin", "${s}"))`],
    ["XML Password element", () => `${alnum(9)}!`, (s) => `<DbPassword>${s}</DbPassword>`],
    ["XML add key Password", () => `${alnum(9)}!`, (s) => `<add key="Password" value="${s}"/>`]
];

describe("leak classes 2: provider keys, credentials in commands and configuration", function () {
    this.timeout(120_000);

    for (const [name, make, render] of classes)
        it(`${name}: no part of the secret survives, streamed too`, () => {
            for (let i = 0; i < 12; i++) {
                const secret = make();
                const text = render(secret);
                const out = shown(text);
                for (const piece of [secret.slice(0, 8), secret.slice(-8)])
                    assert.ok(!out.includes(piece), `${name}: ${JSON.stringify(text)} -> ${JSON.stringify(out)}`);
            }
        });

    it("near misses: identifiers, references and ordinary base64 pass untouched", () => {
        for (const text of [
            "test_sk_helper_function_name()",
            "live_ck_short1 값",
            'client_secret: "${SECRET}"',
            "clientSecret = getSecret();",
            "X-Naver-Client-Secret: {clientSecret}",
            "Authorization: KakaoAK {REST_API_KEY}",
            "mysql -u root -p mydb",
            "mysql -uroot -p$MYSQL_PASSWORD app",
            'sshpass -p "$SSHPASS" ssh host',
            "curl -u $USER:$TOKEN https://api.example.com",
            "auth=(user, password)",
            "<Password>${DB_PASSWORD}</Password>",
            '<add key="PasswordLength" value="12"/>',
            "SECRET_KEY = os.environ['SECRET_KEY']",
            "private_key_id 는 키 파일의 id 입니다",
            `sha256: ${"0123456789abcdef".repeat(4)}\nNext step`,
            "django-insecure 경고는 DEBUG 모드에서 납니다",
            "ls -la \\\n  --color=auto"
        ])
            assert.equal(shown(text), text, text);
    });
});
