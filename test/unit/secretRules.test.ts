// Provider token rules (safety/pii/secretRules.ts): for each provider, values of its
// documented shape are found whole, in prose and in code, through the whole filter; near
// misses (the body too short, the wrong alphabet, the prefix glued inside a longer word,
// dotted identifiers) are not. Values are generated here from a seeded source, so no
// token-shaped string is committed.
import * as assert from "node:assert/strict";
import { filterText } from "../../safety/filter";
import { scanPii } from "../../safety/pii/index";
import { tokenRules } from "../../safety/pii/secretRules";
import { seededRandom } from "../fixtures/tinyGemma";

const random = seededRandom(2026);
const pick = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const hex = (n: number) => pick("0123456789abcdef", n);
const lowerAlnum = (n: number) => pick("abcdefghijklmnopqrstuvwxyz0123456789", n);
const upperAlnum = (n: number) => pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n);
/** Random letters and digits with at least one digit, one upper- and one lower-case letter. */
const alnum = (n: number) => "a7Q" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", n - 3);
const urlSafe = (n: number) =>
    "b4Z" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", n - 4) + "k";
const bech32 = (n: number) => pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", n);
/** Values for the rules added in the second leak round, from a source of their own (the others keep theirs). */
const random2 = seededRandom(2027);
const alnum2 = (n: number) =>
    "a7Q" +
    Array.from(
        { length: n - 3 },
        () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random2() * 62)]
    ).join("");
const base64 = (n: number) => "eyJ" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", n - 3);

/** Per rule id: values of the provider's shape, and near misses that must not be found as that rule. */
const cases: Record<string, { values: string[]; nearMisses: string[] }> = {
    slack_app_token: {
        values: [
            `xapp-1-${upperAlnum(11)}-${String(4_000_000_000_000 + Math.floor(random() * 1e12))}-${hex(64)}`,
            // The app id's letters, a shorter number, a secret of letters and digits.
            `xapp-1-A0${alnum2(12).slice(3).toUpperCase()}-${String(1_000_000_000 + Math.floor(random2() * 1e9))}-${alnum2(64)}`
        ],
        nearMisses: ["xapp-1-HELLO-12-abc"]
    },
    pypi_token: {
        values: [`pypi-AgEIcHlwaS5vcmc${urlSafe(120)}`, `pypi-AgENdGVzdC5weXBpLm9yZw${urlSafe(120)}`],
        nearMisses: ["pypi-AgEIcHlwaS5vcmc", "pypi-package-name"]
    },
    discord_bot_token: {
        values: [
            `MTk4NjIyNDgzNDcxOTI1MjQ4.${alnum(6)}.${alnum(27)}`,
            `OTUyNED5MDk2MTMxNzc2MkEz.${alnum(6)}.${alnum(38)}`
        ],
        nearMisses: [
            "ApplicationConfigurationXY.config.someLongPropertyNameThatIsLong",
            "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.short"
        ]
    },
    jwt: {
        values: [`${base64(36)}.${base64(60)}`, `${base64(36)}.${base64(60)}.`],
        nearMisses: ["eyJ.eyJ", "eyJhbGci.x"]
    },
    digitalocean_token: { values: [`dop_v1_${hex(64)}`, `dor_v1_${hex(64)}`], nearMisses: [`dop_v1_${hex(20)}`] },
    heroku_api_key: { values: [`HRKU-${urlSafe(60)}`], nearMisses: ["HRKU-short"] },
    alibaba_access_key_id: { values: [`LTAI${alnum(20)}`], nearMisses: ["LTAIABCDEFGHIJKLMNOP", "LTAI_MAX_RETRIES"] },
    tencent_secret_id: { values: [`AKID${alnum(32)}`], nearMisses: [`AKID${"A".repeat(32)}`] },
    google_oauth_client_secret: { values: [`GOCSPX-${urlSafe(28)}`], nearMisses: ["GOCSPX-tooShort"] },
    google_oauth_access_token: { values: [`ya29.${urlSafe(120)}`], nearMisses: ["ya29.short"] },
    azure_ad_client_secret: {
        values: [`${alnum(3)}8Q~${urlSafe(34)}`],
        nearMisses: ["abc8Q~short", `xyzw${alnum(3)}8Q~${urlSafe(40)}x`]
    },
    cloudflare_origin_ca_key: { values: [`v1.0-${hex(24)}-${hex(146)}`], nearMisses: [`v1.0-${hex(24)}-${hex(20)}`] },
    flyio_token: { values: [`fo1_${urlSafe(43)}`, `fm2_${base64(140)}`], nearMisses: ["fo1_short", "fm2_short"] },
    vault_token: { values: [`hvs.${urlSafe(100)}`, `hvb.${urlSafe(120)}`], nearMisses: ["hvs.short", "hvs.config"] },
    terraform_cloud_token: {
        values: [`${alnum(14)}.atlasv1.${urlSafe(67)}`],
        nearMisses: ["abcdefghijklmn.atlasv1.short"]
    },
    pulumi_token: { values: [`pul-${hex(40)}`], nearMisses: [`pul-${hex(12)}`] },
    doppler_token: {
        values: [`dp.pt.${alnum(43)}`, `dp.st.${alnum(40)}`],
        nearMisses: ["dp.pt.short", "dp.xx." + alnum(43)]
    },
    databricks_token: { values: [`dapi${hex(32)}`, `dapi${hex(32)}-2`], nearMisses: [`dapi${hex(16)}`] },
    supabase_key: { values: [`sbp_${hex(40)}`, `sb_secret_${urlSafe(40)}`], nearMisses: [`sbp_${hex(12)}`] },
    planetscale_token: {
        values: [`pscale_pw_${urlSafe(43)}`, `pscale_tkn_${urlSafe(43)}`],
        nearMisses: ["pscale_pw_short"]
    },
    dynatrace_token: {
        values: [`dt0c01.${upperAlnum(24)}.${upperAlnum(64)}`],
        nearMisses: [`dt0c01.${upperAlnum(24)}`]
    },
    newrelic_key: { values: [`NRAK-${upperAlnum(27)}`, `NRJS-${hex(19)}`], nearMisses: ["NRAK-SHORT"] },
    grafana_token: {
        values: [`glc_${alnum(60)}==`, `glsa_${alnum(32)}_${hex(8)}`],
        nearMisses: ["glc_short", "glsa_short_1234"]
    },
    sentry_token: {
        values: [`sntrys_${base64(120)}`, `sntryu_${hex(64)}`],
        nearMisses: ["sntrys_short", "sntryu_1234"]
    },
    atlassian_api_token: { values: [`ATATT3${urlSafe(180)}`], nearMisses: ["ATATT3short"] },
    bitbucket_app_password: { values: [`ATBB${alnum(32)}`], nearMisses: ["ATBBshort"] },
    linear_api_key: { values: [`lin_api_${alnum(40)}`], nearMisses: ["lin_api_short"] },
    notion_token: {
        values: [
            `secret_${alnum(43)}`,
            `ntn_${String(Math.floor(random() * 9e10) + 1e10)}${alnum(35)}`,
            // As testers write them: ntn_ and 46 random characters.
            `ntn_${alnum2(46)}`
        ],
        nearMisses: ["secret_key_name", "ntn_12345", "secret_KEYNAMEFORTHEDATABASECONNECTIONSTRINGHERE"]
    },
    toss_payments_key: {
        values: [
            `live_sk_${alnum2(24)}`,
            `test_sk_${alnum2(24)}`,
            `live_gck_${alnum2(24)}`,
            `test_ck_${alnum2(24)}`,
            `test_gsk_docs_${alnum2(24)}`
        ],
        nearMisses: ["test_sk_helper_function_name", "live_ck_short1", "test_ck_onlylettersinthisidentifier"]
    },
    django_secret_key: {
        values: [
            `django-insecure-${Array.from({ length: 50 }, () => "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"[Math.floor(random2() * 50)]).join("")}`
        ],
        nearMisses: ["django-insecure-short", "django-insecure"]
    },
    postman_api_key: { values: [`PMAK-${hex(24)}-${hex(34)}`], nearMisses: [`PMAK-${hex(24)}`] },
    dropbox_token: {
        values: [`sl.${urlSafe(140)}`, `sl.u.${urlSafe(140)}`],
        nearMisses: ["sl.short", "sl.toString()"]
    },
    contentful_token: { values: [`CFPAT-${urlSafe(43)}`], nearMisses: ["CFPAT-short"] },
    typeform_token: { values: [`tfp_${urlSafe(59)}`], nearMisses: ["tfp_short"] },
    readme_api_key: { values: [`rdme_${lowerAlnum(70)}`], nearMisses: ["rdme_short"] },
    frameio_token: { values: [`fio-u-${urlSafe(64)}`], nearMisses: ["fio-u-short"] },
    onepassword_service_token: { values: [`ops_${base64(300)}`], nearMisses: ["ops_eyJshort"] },
    age_secret_key: { values: [`AGE-SECRET-KEY-1${bech32(58)}`], nearMisses: ["AGE-SECRET-KEY-1SHORT"] },
    docker_hub_token: {
        values: [`dckr_pat_${urlSafe(27)}`, `dckr_oat_${urlSafe(32)}`],
        nearMisses: ["dckr_pat_short"]
    },
    rubygems_api_key: { values: [`rubygems_${hex(48)}`], nearMisses: ["rubygems_version"] },
    clojars_token: { values: [`CLOJARS_${lowerAlnum(60)}`], nearMisses: ["CLOJARS_URL"] },
    nuget_api_key: { values: [`oy2${lowerAlnum(40)}123`], nearMisses: ["oy2short"] },
    prefect_api_key: { values: [`pnu_${alnum(36)}`], nearMisses: ["pnu_short"] },
    stripe_webhook_secret: { values: [`whsec_${alnum(32)}`], nearMisses: ["whsec_short"] },
    square_token: {
        values: [`sq0atp-${urlSafe(22)}`, `sq0csp-${urlSafe(43)}`, `EAAA${urlSafe(60)}`],
        nearMisses: ["sq0atp-short"]
    },
    shopify_token: { values: [`shpat_${hex(32)}`, `shpss_${hex(32)}`], nearMisses: [`shpat_${hex(16)}`] },
    flutterwave_secret_key: {
        values: [`FLWSECK_TEST-${pick("abcdefgh0123456789", 32)}-X`],
        nearMisses: ["FLWSECK-short-X"]
    },
    easypost_api_key: { values: [`EZAK${alnum(54)}`], nearMisses: ["EZAKshort"] },
    facebook_access_token: { values: [`EAAG${alnum(120)}`], nearMisses: ["EAAGshort"] },
    twitter_bearer_token: { values: [`${"A".repeat(22)}${alnum(80)}`], nearMisses: ["A".repeat(22)] },
    mapbox_secret_token: { values: [`sk.${base64(70)}.${urlSafe(22)}`], nearMisses: ["sk.eyJshort.x"] },
    groq_api_key: { values: [`gsk_${alnum(52)}`], nearMisses: ["gsk_short"] },
    replicate_api_token: { values: [`r8_${alnum(37)}`], nearMisses: ["r8_short"] },
    perplexity_api_key: { values: [`pplx-${alnum(48)}`], nearMisses: ["pplx-short"] },
    xai_api_key: { values: [`xai-${alnum(80)}`], nearMisses: ["xai-short"] },
    openrouter_api_key: { values: [`sk-or-v1-${hex(64)}`], nearMisses: ["sk-or-v1-short"] },
    langsmith_api_key: { values: [`lsv2_pt_${hex(32)}_${hex(10)}`], nearMisses: [`lsv2_pt_${hex(32)}`] },
    pinecone_api_key: { values: [`pcsk_${alnum(6)}_${alnum(70)}`], nearMisses: ["pcsk_abc_short"] },
    tavily_api_key: { values: [`tvly-${alnum(32)}`, `tvly-dev-${alnum(32)}`], nearMisses: ["tvly-short"] }
};

/** The secret findings in `text`, with their rules. */
function secrets(text: string): Array<{ value: string; rule: string }> {
    return scanPii(text)
        .filter((f) => f.type === "SECRET")
        .map((f) => ({ value: text.slice(f.start, f.end), rule: f.rule }));
}

describe("provider token rules (documented shapes, generated values, near misses)", () => {
    it("every rule listed here exists, and every rule added this round has cases", () => {
        const ids = new Set(tokenRules.map((r) => r.id));
        for (const id of Object.keys(cases)) assert.ok(ids.has(id), `no rule ${id}`);
    });

    for (const [id, { values, nearMisses }] of Object.entries(cases)) {
        it(`${id}: found whole in prose and in code; near misses are not this rule`, () => {
            for (const value of values) {
                for (const text of [
                    `설정 값은 ${value} 입니다.`,
                    `const key = "${value}";`,
                    `export TOKEN=${value}\n`,
                    `- ${value}`
                ]) {
                    const found = secrets(text);
                    assert.ok(
                        found.some((f) => f.value === value && f.rule === `secret.${id}`),
                        `${id}: ${JSON.stringify(text)} -> ${JSON.stringify(found)}`
                    );
                }
                const filtered = filterText(`배포 전에 ${value} 를 확인하세요.`);
                assert.ok(!filtered.text.includes(value), `${id}: the filter left ${value}`);
            }
            for (const miss of nearMisses) {
                const found = secrets(`값: ${miss} 끝`);
                assert.ok(!found.some((f) => f.rule === `secret.${id}`), `${id} found in near miss ${miss}`);
            }
        });
    }

    it("a token whose alphabet has _ or / is redacted whole where digits meet them (the view joins digit groups)", () => {
        const values = [
            `github_pat_11${alnum(19)}0_3${alnum(58)}`,
            `Basic ${alnum(20)}1/2${alnum(10)}==`,
            `glsa_${alnum(31)}7_8${hex(7)}`,
            `glc_${alnum(20)}5/6${alnum(20)}`,
            `lsv2_sk_${hex(31)}1_2${hex(9)}`,
            `pcsk_${alnum(5)}9_1${alnum(65)}`
        ];
        for (const value of values) {
            const text = `키: ${value} 끝`;
            const result = filterText(text);
            assert.ok(!result.text.includes(value.slice(-12)), `${value} -> ${result.text}`);
            assert.equal(result.text, "키: [비밀 키] 끝", value);
        }
    });

    it("letters in a random mix of cases assigned to a secret's name are a secret; identifiers are not", () => {
        for (let i = 0; i < 50; i++) {
            const value =
                pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 6) + "Qa" + pick("abcXYZ", 2) + "Rb";
            const key = value + pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 10);
            for (const text of [`DB_PASS=${value}`, `api_key = "${key}"`]) {
                const result = filterText(text);
                assert.ok(!result.text.includes(value), `${text} -> ${result.text}`);
            }
        }
        for (const text of [
            "DB_PASS=getPasswordFromEnv",
            "password = userInput",
            "password: myDBPassword",
            "secret = SomeClassName",
            "const token = getAuthTokenFromHeader(req)",
            "api_key = loadApiKeyFromVault"
        ])
            assert.equal(filterText(text).text, text);
    });

    it("hex that decodes to text with a value is that value; hashes and plain hex text pass", () => {
        const token = `ghp_${alnum(36)}`;
        for (const inner of [token, `GITHUB_TOKEN=${token}`, "연락처 010-2345-6789"]) {
            const blob = Buffer.from(inner).toString("hex");
            const result = filterText(`data: ${blob} 끝`);
            assert.ok(!result.text.includes(blob.slice(0, 16)), `${inner} -> ${result.text}`);
            assert.ok(
                result.findings.some((f) => f.rule.endsWith("+hex")),
                JSON.stringify(result.findings)
            );
        }
        for (const text of [
            "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            `hex ${Buffer.from("hello world, this is fine").toString("hex")}`
        ])
            assert.equal(filterText(text).text, text);
    });

    it("a token split into concatenated strings is redacted whole (outside tester: 24 of 26 formats leaked)", () => {
        for (const value of cases.groq_api_key.values.concat(cases.pinecone_api_key.values, [`ghp_${alnum(36)}`])) {
            const half = Math.floor(value.length / 2);
            for (const text of [
                `const key = "${value.slice(0, half)}" + "${value.slice(half)}";`,
                `key = ('${value.slice(0, half)}'\n       '${value.slice(half)}')`
            ]) {
                const out = filterText(text).text;
                assert.ok(
                    !out.includes(value.slice(half - 6, half)) && !out.includes(value.slice(-8)),
                    `${text} -> ${out}`
                );
            }
        }
        // Ordinary concatenation is untouched.
        for (const text of ['const url = "https://api" + "/v1/users";', "label = 'Hello, ' + 'world'"])
            assert.equal(filterText(text).text, text);
    });

    it("passwords as people write them, and keys named key / 키; data keys and code are not", () => {
        const word = () => pick("abcdefghijklmnopqrstuvwxyz", 6) + String(1000 + Math.floor(random() * 9000)) + "!";
        for (const make of [
            (v: string) => `비번은 ${v}이에요`,
            (v: string) => `pw: ${v}`,
            (v: string) => `PW=${v}`,
            (v: string) => `임시 비번 ${v} 드립니다`,
            (v: string) => `와이파이 비번 ${v}`,
            (v: string) => `the password is ${v}`,
            (v: string) => `<password>${v}</password>`,
            (v: string) => `PGPASSWORD=${v} psql -h db`,
            (v: string) => `mysql -uroot -p${v} app`
        ]) {
            const value = word();
            const out = filterText(make(value)).text;
            assert.ok(!out.includes(value.slice(0, 8)), `${make(value)} -> ${out}`);
        }
        assert.ok(!filterText("비밀번호: 104974").text.includes("104974"));
        const long = alnum(40);
        for (const text of [
            `MAILGUN_KEY=key-${hex(32)}`,
            `const key = "${long}";`,
            `비밀 키는 ${long} 입니다`,
            `curl -H "Authorization: token ${long}"`
        ])
            assert.ok(
                filterText(text).findings.some((f) => f.type === "SECRET"),
                text
            );
        for (const text of [
            `const cache_key = "${hex(32)}";`,
            "primary_key = user_id_and_timestamp_2024",
            "단축키는 Ctrl+Shift+P 입니다",
            "password is required",
            'password = input("Password: ")',
            "mysql -u root -p mydatabase < dump.sql",
            "비밀번호는 123456 처럼 쉬운 값이면 안 됩니다"
        ])
            assert.equal(filterText(text).text, text, text);
    });

    it("a prefix glued inside a longer word is not a token", () => {
        for (const text of [`xdop_v1_${hex(64)}`, `mygsk_${alnum(52)}`, `abcpnu_${alnum(36)}`])
            assert.deepEqual(
                secrets(text).filter((f) => f.value !== text),
                [],
                text
            );
    });

    it("code that only looks dotted or prefixed passes untouched", () => {
        const code = [
            "const client = new ApplicationConfigurationXY.config.someLongPropertyNameThatIsLong();",
            "sl.toString(); dp.pt.length; hvs.size",
            "key-value store, secret_key_name, rubygems_version = 3",
            "LTAI_MAX_RETRIES = 5; CLOJARS_URL = base"
        ].join("\n");
        const result = filterText(code);
        assert.equal(result.text, code, JSON.stringify(result.findings));
    });
});
