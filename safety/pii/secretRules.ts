// Provider tokens with a documented, fixed shape (the provider's own prefix and
// length), one per line. Each is a global regex; secrets.ts runs them.

export interface TokenRule {
    id: string;
    pattern: RegExp;
    /** A check of the match beyond its shape (parts that must not read as code identifiers). */
    check?: (value: string) => boolean;
}

/** Has a digit, and upper- and lower-case letters: a random part, not a word or an identifier. */
const mixed = (part: string) => /\d/.test(part) && /[A-Z]/.test(part) && /[a-z]/.test(part);
/** Has a digit and a letter. */
const lettersAndDigits = (part: string) => /\d/.test(part) && /[A-Za-z]/.test(part);

export const tokenRules: readonly TokenRule[] = [
    {
        id: "aws_access_key_id",
        pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g
    },
    { id: "github_token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36,255}\b/g },
    { id: "github_fine_grained_pat", pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
    {
        id: "gitlab_token",
        pattern:
            /\b(?:glpat|gldt|glft|glsoat|glrt|gloas|glcbt|glptt|glimt|glagent|glwt)-[A-Za-z0-9_-]{20,}(?:\b|(?<=[-_])(?![A-Za-z0-9_-]))/g
    },
    { id: "gitlab_runner_token", pattern: /\bGR1348941[A-Za-z0-9_-]{20,}\b/g },
    { id: "slack_token", pattern: /\bxox(?:a|b|p|o|s|r|e)-(?:\d+-)*[A-Za-z0-9-]{10,}\b/g },
    // App-level tokens: xapp-<version>-<app id>-<number>-<secret> (Slack's docs print the secret in hex).
    { id: "slack_app_token", pattern: /\bxapp-\d+-[A-Za-z0-9]{8,14}-\d{6,16}-[A-Za-z0-9]{20,100}\b/g },
    { id: "slack_webhook", pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9+/]{20,}/g },
    // Discord's webhook URL: its id then its 68-character token (discord.com/developers/docs/resources/webhook).
    {
        id: "discord_webhook",
        pattern:
            /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/(?:v\d+\/)?webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80}/g
    },
    { id: "google_api_key", pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
    { id: "anthropic_api_key", pattern: /\bsk-ant-(?:api\d\d|admin\d\d|sid\d\d)-[A-Za-z0-9_-]{20,}/g },
    {
        id: "openai_api_key",
        pattern:
            /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|\bsk-[A-Za-z0-9]{48}\b/g
    },
    { id: "stripe_secret_key", pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b/g },
    { id: "npm_token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
    // pypi.org ("AgEIcHlwaS5vcmc") and test.pypi.org ("AgENdGVzdC5weXBpLm9yZw") macaroons.
    { id: "pypi_token", pattern: /\bpypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}/g },
    { id: "huggingface_token", pattern: /\bhf_[A-Za-z0-9]{34,}\b/g },
    { id: "sendgrid_api_key", pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
    { id: "twilio_api_key", pattern: /\bSK[0-9a-fA-F]{32}\b/g },
    { id: "mailchimp_api_key", pattern: /\b[0-9a-f]{32}-us\d{1,2}\b/g },
    // A Microsoft Teams incoming webhook (…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>).
    {
        id: "teams_webhook",
        pattern:
            /https:\/\/[\w-]+\.webhook\.office\.com\/webhookb2\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}/g
    },
    // A shared access signature in a URL (Azure Storage's SAS: …&sp=r&se=…&sig=…), base64 and percent-encoded.
    // Also base64url (found from outside, 2026-12-07: a Power Automate / Logic Apps trigger URL's …&sig=…_…-…).
    { id: "url_signature", pattern: /(?<=[?&]sig=)[A-Za-z0-9%+/=_-]{40,}(?![A-Za-z0-9%+/=_-])/g },
    // A presigned S3 or GCS URL's signature (X-Amz-Signature=…, X-Goog-Signature=…): the part that grants access.
    { id: "presigned_url_signature", pattern: /(?<=[?&]X-(?:Amz|Goog)-Signature=)[0-9a-fA-F]{32,}(?![0-9a-fA-F])/g },
    // A CloudFront signed URL's signature (…?Expires=…&Signature=…&Key-Pair-Id=…): base64 with ~ - _.
    { id: "cloudfront_signature", pattern: /(?<=[?&]Signature=)[A-Za-z0-9~_-]{40,}(?![A-Za-z0-9~_-])/g },
    // Also inside the Bot API's URL (https://api.telegram.org/bot<token>/sendMessage).
    { id: "telegram_bot_token", pattern: /(?:\b|(?<=\/bot))\d{8,10}:AA[0-9A-Za-z_-]{33}\b/g },
    // Lark / Feishu custom-bot webhooks: the hook's UUID is its only secret (open.larksuite.com docs).
    {
        id: "lark_webhook",
        pattern:
            /https:\/\/open\.(?:larksuite\.com|feishu\.cn)\/open-apis\/bot\/v2\/hook\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{20,40}(?![0-9a-f]))/g
    },
    // Found from outside (2026-12-07): Mattermost's incoming webhook (any host, /hooks/ and a 26-character id),
    // Dooray's (hook.dooray.com/services/<ids>/<token>) and JANDI's (wh.jandi.com/connect-api/webhook/<team>/<hex>).
    {
        id: "mattermost_webhook",
        pattern: /https?:\/\/[\w.-]+(?::\d+)?\/hooks\/[a-z0-9]{26}(?![A-Za-z0-9])/g,
        check: (value) => lettersAndDigits(value.slice(-26))
    },
    { id: "dooray_webhook", pattern: /https:\/\/hook\.dooray\.com\/services\/\d{6,}\/\d{6,}\/[A-Za-z0-9_-]{16,}/g },
    { id: "jandi_webhook", pattern: /https:\/\/wh\.jandi\.com\/connect-api\/webhook\/\d+\/[0-9a-f]{32}(?![0-9a-f])/g },
    // A Zapier catch hook (hooks.zapier.com/hooks/catch/<account>/<hook>/): anyone with it can post.
    { id: "zapier_webhook", pattern: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{5,12}\/[a-z0-9]{5,12}\/?/g },
    // Newer providers' documented prefixes: PostHog personal keys, NVIDIA API keys, Langfuse secret
    // keys, Figma personal tokens, Tailscale keys, crates.io tokens, Resend and Brevo API keys.
    { id: "posthog_personal_key", pattern: /\bphx_[A-Za-z0-9]{40,50}\b/g, check: mixed },
    { id: "nvidia_api_key", pattern: /\bnvapi-[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_-])/g },
    { id: "langfuse_secret_key", pattern: /\bsk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g },
    { id: "figma_token", pattern: /\bfigd_[A-Za-z0-9_-]{38,}(?![A-Za-z0-9_-])/g },
    { id: "tailscale_key", pattern: /\btskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,}-[A-Za-z0-9]{20,}\b/g },
    { id: "crates_io_token", pattern: /\bcio[A-Za-z0-9]{32}\b/g, check: mixed },
    { id: "resend_api_key", pattern: /\bre_[A-Za-z0-9]{6,12}_[A-Za-z0-9]{16,32}\b/g },
    { id: "brevo_api_key", pattern: /\bxkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}\b/g },
    {
        // The user id in base64, a timestamp, an HMAC. Newer ids do not start with M, N or O, so
        // any first letter; the parts must read as random (dotted identifiers in code do not).
        id: "discord_bot_token",
        pattern: /\b[A-Za-z\d][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,40}\b/g,
        check: (value) => {
            const [id, time, mac] = value.split(".");
            return /\d/.test(id) && /[A-Z]/.test(id) && !/^[a-z]+$/.test(time) && mixed(mac);
        }
    },
    // Firebase Cloud Messaging's legacy server key: an 11-character id, ":", then "APA91b…" (its "_" and "-" too).
    {
        id: "fcm_server_key",
        pattern: /(?<![A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,200}(?![A-Za-z0-9_-])/g
    },
    {
        id: "artifactory_token",
        // (Not an id that merely starts with AP: "Request ID: AP02VOWNYD7Y8C7T".)
        pattern:
            /(?<![A-Za-z0-9])(?<!\b(?:id|ID|Id|번호|request|trace|order|ticket|주문|요청)[\s:=#"']{1,4})(?:AKC[A-Za-z0-9]{10,}|AP[0-9ABCDEF][A-Za-z0-9]{8,})(?![A-Za-z0-9])/g
    },
    { id: "azure_storage_key", pattern: /AccountKey=[A-Za-z0-9+/]{86}==/g },
    // The same key alone (64 random bytes in base64: 86 characters and "=="), not a file's SHA-512
    // (package-lock's integrity "sha512-…", a digest or a signature named just before it; an image inlined as data:).
    {
        id: "azure_storage_key_bare",
        pattern:
            /(?<![A-Za-z0-9+/-])(?<!(?:sha512|sha384|integrity|hash|digest|checksum|signature|서명|해시)[^\n]{0,40})(?<!data:(?:image|font|audio|video)\/[\w+.-]+;base64,)[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/gi,
        check: mixed
    },
    // Signed, or unsigned (alg "none": header.payload, with or without the final dot).
    { id: "jwt", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]{8,}|\.)?/g },
    { id: "basic_auth_header", pattern: /\bBasic [A-Za-z0-9+/]{16,}={0,2}/g },
    { id: "npm_auth_token", pattern: /(?<=_authToken=)[A-Za-z0-9_-][A-Za-z0-9_.-]{15,}/g },
    // (Header names and schemes are case-insensitive: "authorization: bearer …" is one too.)
    { id: "bearer_token", pattern: /\b[Bb]earer [A-Za-z0-9._~+/-]{20,}=*/g, check: (value) => /\d/.test(value) },
    // Quoted after the scheme (Bearer `uQeS…`, a Postman tab described in prose): the token inside the quotes.
    {
        id: "bearer_token_quoted",
        pattern: /(?<=\b[Bb]earer [`"'])[A-Za-z0-9._~+/-]{20,}=*(?=[`"'])/g,
        check: (value) => /\d/.test(value) && /[A-Za-z]/.test(value)
    },
    // A Sentry DSN's key (https://<32 hex>@o123.ingest.sentry.io/…).
    { id: "sentry_dsn_key", pattern: /(?<=https?:\/\/)[0-9a-f]{32}(?=(?::[0-9a-f]{32})?@[\w.-]*sentry\.io\b)/g },
    // Feature-flag services' server keys (their documented shapes, round 116): LaunchDarkly's SDK and API access
    // keys ("sdk-"/"api-" and a UUID), Statsig's server secret ("secret-" and 40-odd letters and digits), Unleash's
    // API token ("<project|*>:<environment>.<64 hex>"), Flagsmith's server-side key ("ser." and 22), ConfigCat's
    // SDK key ("configcat-sdk-1/<22>/<22>"), GrowthBook's secret API key ("secret_admin_…", "secret_user_…").
    // (A UUID under another prefix, a plain "secret-name", a hash without a project and environment stay.)
    {
        id: "launchdarkly_key",
        pattern: /(?<![\w.-])(?:sdk|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/g,
        check: (value) => /[a-f]/.test(value.slice(4)) && /\d/.test(value.slice(4))
    },
    { id: "statsig_server_secret", pattern: /(?<![\w.-])secret-[A-Za-z0-9]{32,64}(?![\w-])/g, check: mixed },
    {
        id: "unleash_api_token",
        pattern: /(?<![\w*:.-])(?:\*|[a-z0-9_-]{1,40}):[a-z0-9_-]{2,30}\.[0-9a-f]{64}(?![\w])/g
    },
    { id: "flagsmith_server_key", pattern: /(?<![\w.-])ser\.[A-Za-z0-9]{22}(?![\w-])/g, check: mixed },
    {
        id: "configcat_sdk_key",
        pattern: /\bconfigcat-sdk-1\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}(?![\w-])/g,
        check: lettersAndDigits
    },
    { id: "growthbook_secret", pattern: /\bsecret_(?:admin|user|readonly)_[A-Za-z0-9]{16,}\b/g, check: mixed },
    // Buildkite's agent token (bkua_ and 40 hex digits).
    { id: "buildkite_agent_token", pattern: /\bbkua_[0-9a-f]{40}\b/g },
    // A key passed to a client's constructor as a literal: cohere.Client("…"), LineBotApi("…"), SomeSDK(api_key="…").
    {
        id: "client_constructor_key",
        pattern:
            /(?<=\b[A-Za-z_.]*(?:Client|Api|API|Bot|SDK)(?:V\d)?\(\s*(?:(?:api_key|apiKey|token|key)\s*=\s*)?["'])[A-Za-z0-9+/=_-]{30,200}(?=["'])/g,
        // (Not a prefix and hex digits: an account's id, Twilio's AC…, which names the account the key opens.)
        check: (value) => mixed(value) && !/^[A-Z]{0,4}[0-9a-f]+$/.test(value)
    },
    // "Bearer …" / 'Basic …' inside a string: the segmenter may cut after the quoted scheme word, so
    // the token alone is the match.
    {
        id: "quoted_authorization_token",
        pattern: /(?<=[^A-Za-z0-9\s](?:[Bb]earer|Basic) )[A-Za-z0-9._~+/-]{20,}=*/g
    },
    // Authorization: token X / Bot X / ApiKey X (GitHub, Discord, many APIs): the value after the scheme.
    {
        id: "authorization_header",
        pattern:
            /(?<=\bAuthorization["']?\s*[:=]\s*["']?(?:token|bot|apikey|api-key|key|sso-key)\s+)[A-Za-z0-9._~+/=:-]{16,}/gi
    },

    // Cloud and hosting.
    { id: "digitalocean_token", pattern: /\bdo[opr]_v1_[a-f0-9]{64}\b/g },
    { id: "heroku_api_key", pattern: /\bHRKU-[A-Za-z0-9_-]{30,}/g },
    // Heroku's older keys are UUIDs: one only where Heroku is named just before it (a UUID alone is an id).
    {
        id: "heroku_api_key_uuid",
        pattern:
            /(?<=heroku[^\n]{0,24}?)(?<!\bid["']?\s*[:=]?\s*)(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])/gi
    },
    { id: "mailgun_api_key", pattern: /(?<![A-Za-z0-9_-])key-[0-9a-f]{32}(?![A-Za-z0-9_-])/g },
    { id: "circleci_token", pattern: /\bCCIPAT_[A-Za-z0-9]{20,24}_[0-9a-f]{40}\b/g },
    { id: "alibaba_access_key_id", pattern: /\bLTAI[A-Za-z0-9]{12,20}\b/g, check: mixed },
    { id: "tencent_secret_id", pattern: /\bAKID[A-Za-z0-9]{32}\b/g, check: mixed },
    { id: "google_oauth_client_secret", pattern: /\bGOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g },
    { id: "google_oauth_access_token", pattern: /\bya29\.[A-Za-z0-9_-]{50,}/g },
    {
        id: "azure_ad_client_secret",
        pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g
    },
    { id: "cloudflare_origin_ca_key", pattern: /\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b/g },
    { id: "flyio_token", pattern: /\bfo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])|\bfm[12][ar]?_[A-Za-z0-9+/=_-]{100,}/g },
    { id: "vault_token", pattern: /\bhv[sbr]\.[A-Za-z0-9_-]{90,}/g },
    { id: "terraform_cloud_token", pattern: /\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/g },
    { id: "pulumi_token", pattern: /\bpul-[a-f0-9]{40}\b/g },
    { id: "doppler_token", pattern: /\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b/g },
    { id: "databricks_token", pattern: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g },
    { id: "supabase_key", pattern: /\bsbp_[a-f0-9]{40}\b|\bsb_secret_[A-Za-z0-9_-]{31,}/g },
    { id: "planetscale_token", pattern: /\bpscale_(?:pw|tkn|oauth)_[A-Za-z0-9_.=-]{32,64}/g },
    { id: "dynatrace_token", pattern: /\bdt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b/g },
    { id: "newrelic_key", pattern: /\bNR(?:AK|II)-[A-Z0-9]{27}\b|\bNRJS-[a-f0-9]{19}\b/g },
    { id: "grafana_token", pattern: /\bglc_[A-Za-z0-9+/]{32,}={0,2}|\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/g },
    { id: "sentry_token", pattern: /\bsntrys_eyJ[A-Za-z0-9+/=_-]{50,}|\bsntryu_[a-f0-9]{64}\b/g },

    // CI, code hosting and collaboration.
    { id: "atlassian_api_token", pattern: /\bATATT3[A-Za-z0-9_=-]{100,}/g },
    { id: "bitbucket_app_password", pattern: /\bATBB[A-Za-z0-9_=.-]{32,}/g },
    { id: "linear_api_key", pattern: /\blin_api_[A-Za-z0-9]{40}\b/g },
    // Integration tokens: secret_ (43 characters) and, since 2024, ntn_ (46).
    {
        id: "notion_token",
        pattern: /(?<![A-Za-z0-9_-])(?:secret|ntn)_[A-Za-z0-9]{40,50}(?![A-Za-z0-9_-])/g,
        check: (value) => mixed(value.slice(value.indexOf("_") + 1))
    },
    { id: "postman_api_key", pattern: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/g },
    { id: "dropbox_token", pattern: /\bsl\.(?:u\.)?[A-Za-z0-9_-]{130,}/g },
    { id: "contentful_token", pattern: /\bCFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g },
    { id: "typeform_token", pattern: /\btfp_[A-Za-z0-9_.=-]{59}(?![A-Za-z0-9_.=-])/g },
    { id: "readme_api_key", pattern: /\brdme_[a-z0-9]{70}\b/g },
    { id: "frameio_token", pattern: /\bfio-u-[A-Za-z0-9_=-]{64}(?![A-Za-z0-9_=-])/g },
    { id: "onepassword_service_token", pattern: /\bops_eyJ[A-Za-z0-9+/=_-]{250,}/g },
    { id: "age_secret_key", pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g },

    // Registry logins: a Docker config's "auth" (base64 of user:password), a .netrc's password, and
    // redis-cli's -a / --pass.
    {
        id: "docker_config_auth",
        pattern: /(?<="auth"\s*:\s*")[A-Za-z0-9+/]{12,}={0,2}(?=")/g,
        check: (value) => /^[^:\s]+:\S+$/.test(Buffer.from(value, "base64").toString("utf8"))
    },
    { id: "netrc_password", pattern: /(?<=\bmachine\s+\S+\s+login\s+\S+\s+password\s+)[^\s"']{4,}/g },
    {
        id: "redis_cli_password",
        pattern: /(?<=\bredis-cli\b[^\n]{0,80}?\s(?:-a|--pass)\s+["']?)[^\s"'$%{<-][^\s"']{5,}/g
    },

    // Package registries.
    { id: "docker_hub_token", pattern: /\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}/g },
    { id: "rubygems_api_key", pattern: /\brubygems_[a-f0-9]{48}\b/g },
    { id: "clojars_token", pattern: /\bCLOJARS_[a-z0-9]{60}\b/g },
    { id: "nuget_api_key", pattern: /\boy2[a-z0-9]{43}\b/g, check: (value) => /\d/.test(value.slice(3)) },
    { id: "prefect_api_key", pattern: /\bpnu_[A-Za-z0-9]{36}\b/g },

    // Korean providers.
    // Toss Payments API keys: live_/test_ + sk (secret), ck (client), gsk / gck (payment widget) + 24 characters.
    {
        id: "toss_payments_key",
        pattern: /(?<![A-Za-z0-9_-])(?:live|test)_g?[sc]k_(?:docs_)?[A-Za-z0-9]{20,40}(?![A-Za-z0-9_-])/g,
        check: (value) => mixed(value.slice(value.lastIndexOf("_") + 1))
    },
    // NAVER Open API: the client secret (10 characters) in its header or labelled as a client secret.
    {
        id: "naver_client_secret",
        pattern:
            /(?<=(?:X-Naver-Client-Secret|client[_-]?secret)["']?\s*[:=,]\s*["']?)[A-Za-z0-9_-]{10}(?![A-Za-z0-9_.-])/gi,
        check: (value) =>
            lettersAndDigits(value) ||
            (value.replace(/[^A-Z]/g, "").length >= 3 && value.replace(/[^a-z]/g, "").length >= 3)
    },
    // The same, labelled in Korean ("네이버 클라이언트 시크릿 Lqskq5u157").
    {
        id: "naver_client_secret_ko",
        pattern:
            /(?<=(?:네이버|naver)[^\n]{0,12}시크릿\s*(?:키|값)?\s*(?:은\(는\)|[:=은는])?\s*["']?)[A-Za-z0-9_-]{10}(?![A-Za-z0-9_.-])/gi,
        check: (value) =>
            lettersAndDigits(value) ||
            (value.replace(/[^A-Z]/g, "").length >= 3 && value.replace(/[^a-z]/g, "").length >= 3)
    },
    // Kakao REST API key in its Authorization scheme (the key alone: the segmenter may cut after "KakaoAK").
    { id: "kakao_rest_api_key", pattern: /(?<=\bKakaoAK[ \t]{1,4})[0-9a-fA-F]{32}(?![A-Za-z0-9])/g },
    // Django's generated SECRET_KEY (startproject): django-insecure- + 50 of a-z 0-9 !@#$%^&*(-_=+).
    { id: "django_secret_key", pattern: /(?<![A-Za-z0-9_-])django-insecure-[a-z0-9!@#$%^&*()_=+-]{30,}/g },
    // A Google service-account key file's private_key_id: 40 hex digits.
    {
        id: "gcp_private_key_id",
        pattern: /(?<=["']?private_key_id["']?\s*[:=]\s*["']?)[0-9a-f]{40}(?![A-Za-z0-9])/g
    },

    // A wallet's private key (found from outside, 2026-12-07): 64 hex digits handed to a wallet's constructor
    // or listed as a Hardhat network's accounts, and a Bitcoin key in WIF given to importprivkey.
    {
        id: "wallet_private_key",
        pattern:
            /(?<=\b(?:Wallet|SigningKey|privateKeyToAccount|fromPrivateKey)\(\s*["'`]|\baccounts["']?\s*:\s*\[\s*["'`])(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])/g
    },
    { id: "bitcoin_wif", pattern: /(?<=\bimportprivkey\s+["']?)[5KLc][1-9A-HJ-NP-Za-km-z]{50,51}(?![A-Za-z0-9])/g },

    // Payment, commerce and messaging.
    { id: "stripe_webhook_secret", pattern: /\bwhsec_[A-Za-z0-9]{32,}\b/g },
    { id: "square_token", pattern: /\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}|\bEAAA[A-Za-z0-9_-]{60}(?![A-Za-z0-9_-])/g },
    { id: "shopify_token", pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g },
    { id: "flutterwave_secret_key", pattern: /\bFLWSECK(?:_TEST)?-[a-h0-9]{32}-X\b/g },
    { id: "easypost_api_key", pattern: /\bEZ[AT]K[A-Za-z0-9]{54}\b/g },
    { id: "facebook_access_token", pattern: /\bEAA[BCDGIQ][A-Za-z0-9]{80,}/g },
    { id: "twitter_bearer_token", pattern: /\bA{22}[A-Za-z0-9%]{30,}/g },
    { id: "mapbox_secret_token", pattern: /\bsk\.eyJ[A-Za-z0-9_-]{50,}\.[A-Za-z0-9_-]{20,}/g },

    // AI APIs.
    { id: "groq_api_key", pattern: /\bgsk_[A-Za-z0-9]{52}\b/g },
    { id: "replicate_api_token", pattern: /\br8_[A-Za-z0-9]{37}\b/g },
    { id: "perplexity_api_key", pattern: /\bpplx-[A-Za-z0-9]{48}\b/g },
    { id: "xai_api_key", pattern: /\bxai-[A-Za-z0-9]{80}\b/g },
    { id: "openrouter_api_key", pattern: /\bsk-or-v1-[a-f0-9]{64}\b/g },
    { id: "langsmith_api_key", pattern: /\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b/g },
    { id: "pinecone_api_key", pattern: /\bpcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,}/g },
    { id: "tavily_api_key", pattern: /\btvly-(?:dev-|prod-)?[A-Za-z0-9]{32}\b/g }
];
