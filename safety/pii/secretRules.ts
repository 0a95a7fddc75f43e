// Provider tokens with a documented, fixed shape (the provider's own prefix and
// length), one per line. Each is a global regex; secrets.ts runs them.

export interface TokenRule {
    id: string;
    pattern: RegExp;
}

export const tokenRules: readonly TokenRule[] = [
    {
        id: "aws_access_key_id",
        pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g
    },
    { id: "github_token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36,255}\b/g },
    { id: "github_fine_grained_pat", pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
    {
        id: "gitlab_token",
        pattern: /\b(?:glpat|gldt|glft|glsoat|glrt|gloas|glcbt|glptt|glimt|glagent|glwt)-[A-Za-z0-9_-]{20,}\b/g
    },
    { id: "gitlab_runner_token", pattern: /\bGR1348941[A-Za-z0-9_-]{20,}\b/g },
    { id: "slack_token", pattern: /\bxox(?:a|b|p|o|s|r|e)-(?:\d+-)*[A-Za-z0-9-]{10,}\b/g },
    { id: "slack_webhook", pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9+/]{20,}/g },
    { id: "google_api_key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
    { id: "anthropic_api_key", pattern: /\bsk-ant-(?:api\d\d|admin\d\d|sid\d\d)-[A-Za-z0-9_-]{20,}/g },
    {
        id: "openai_api_key",
        pattern:
            /\bsk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|\bsk-(?!ant-)(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|\bsk-[A-Za-z0-9]{48}\b/g
    },
    { id: "stripe_secret_key", pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b/g },
    { id: "npm_token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
    { id: "pypi_token", pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g },
    { id: "huggingface_token", pattern: /\bhf_[A-Za-z0-9]{34,}\b/g },
    { id: "sendgrid_api_key", pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
    { id: "twilio_api_key", pattern: /\bSK[0-9a-fA-F]{32}\b/g },
    { id: "mailchimp_api_key", pattern: /\b[0-9a-f]{32}-us\d{1,2}\b/g },
    { id: "telegram_bot_token", pattern: /\b\d{8,10}:AA[0-9A-Za-z_-]{33}\b/g },
    { id: "discord_bot_token", pattern: /\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g },
    {
        id: "artifactory_token",
        pattern: /(?<![A-Za-z0-9])(?:AKC[A-Za-z0-9]{10,}|AP[0-9ABCDEF][A-Za-z0-9]{8,})(?![A-Za-z0-9])/g
    },
    { id: "azure_storage_key", pattern: /AccountKey=[A-Za-z0-9+/]{86}==/g },
    { id: "jwt", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
    { id: "basic_auth_header", pattern: /\bBasic [A-Za-z0-9+/]{16,}={0,2}/g },
    { id: "npm_auth_token", pattern: /(?<=_authToken=)[A-Za-z0-9_-][A-Za-z0-9_.-]{15,}/g },
    { id: "bearer_token", pattern: /\bBearer [A-Za-z0-9._~+/-]{20,}=*/g }
];
