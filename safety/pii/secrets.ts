// Secrets in code and text: provider tokens with a documented, fixed shape (the
// formats gitleaks, secretlint and detect-secrets also key on), JWTs, PEM private
// keys, and high-entropy values assigned to key / token / secret / password names.
//
// Why not a rule-set package at run time: secretlint's engine is asynchronous and
// file-oriented, and gitleaks is a Go binary. The filter must decide synchronously
// on each streamed segment, so the provider formats are listed here, one per line,
// with the provider's own documented prefix.
import type { PiiFinding, Recognizer } from "../types";
import { isPlaceholder } from "./context";

interface TokenRule {
    id: string;
    pattern: RegExp;
}

const tokenRules: TokenRule[] = [
    { id: "aws_access_key_id", pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g },
    { id: "github_token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36,255}\b/g },
    { id: "github_fine_grained_pat", pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
    { id: "gitlab_token", pattern: /\b(?:glpat|gldt|glft|glsoat|glrt|gloas|glcbt|glptt|glimt|glagent|glwt)-[A-Za-z0-9_-]{20,}\b/g },
    { id: "gitlab_runner_token", pattern: /\bGR1348941[A-Za-z0-9_-]{20,}\b/g },
    { id: "slack_token", pattern: /\bxox(?:a|b|p|o|s|r|e)-(?:\d+-)*[A-Za-z0-9-]{10,}\b/g },
    { id: "slack_webhook", pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9+/]{20,}/g },
    { id: "google_api_key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
    { id: "anthropic_api_key", pattern: /\bsk-ant-(?:api\d\d|admin\d\d|sid\d\d)-[A-Za-z0-9_-]{20,}/g },
    { id: "openai_api_key", pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|\bsk-(?!ant-)(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|\bsk-[A-Za-z0-9]{48}\b/g },
    { id: "stripe_secret_key", pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b/g },
    { id: "npm_token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
    { id: "pypi_token", pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g },
    { id: "huggingface_token", pattern: /\bhf_[A-Za-z0-9]{34,}\b/g },
    { id: "sendgrid_api_key", pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
    { id: "twilio_api_key", pattern: /\bSK[0-9a-fA-F]{32}\b/g },
    { id: "mailchimp_api_key", pattern: /\b[0-9a-f]{32}-us\d{1,2}\b/g },
    { id: "telegram_bot_token", pattern: /\b\d{8,10}:AA[0-9A-Za-z_-]{33}\b/g },
    { id: "discord_bot_token", pattern: /\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g },
    { id: "artifactory_token", pattern: /(?<![A-Za-z0-9])(?:AKC[A-Za-z0-9]{10,}|AP[0-9ABCDEF][A-Za-z0-9]{8,})(?![A-Za-z0-9])/g },
    { id: "azure_storage_key", pattern: /AccountKey=[A-Za-z0-9+/]{86}==/g },
    { id: "jwt", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
    { id: "basic_auth_header", pattern: /\bBasic [A-Za-z0-9+/]{16,}={0,2}/g },
    { id: "npm_auth_token", pattern: /(?<=_authToken=)[A-Za-z0-9_-][A-Za-z0-9_.-]{15,}/g },
    { id: "bearer_token", pattern: /\bBearer [A-Za-z0-9._~+/-]{20,}=*/g }
];

const pem = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;

// name = value, name: value, "name": "value", 비밀번호: value
const assignment = /(?:^|[^A-Za-z0-9])((?:[A-Za-z0-9]+[_.-])*(?:api[_-]?key|apikey|secret|secret[_-]?key|client[_-]?secret|token|access[_-]?token|auth[_-]?token|refresh[_-]?token|passw(?:or)?d|pwd|passphrase|private[_-]?key|access[_-]?key|credentials?)(?:[_.-][A-Za-z0-9]+)*|비밀번호|패스워드|암호|토큰|시크릿|API ?키)["']?\s*(?:[:=]|=>|:=|는|은|:\s*=)\s*(["'`]?)([^\s"'`,;)}\]]{6,})\2/gi;

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

/** Values that are code, not a secret: a variable, a call, an env lookup, a type. */
function isCodeReference(value: string): boolean {
    return /^(?:process\.env|os\.environ|env\.|System\.getenv|getenv|config\.|settings\.|self\.|this\.|\$|%|@|None|null|nil|undefined|true|false|os\.getenv)/i.test(value) ||
        /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:\(.*)?$/.test(value) && !/\d/.test(value) ||
        /^[A-Z][A-Z0-9_]+$/.test(value);
}

const passwordName = /passw|pwd|passphrase|비밀번호|패스워드|암호/i;

export const secretToken: Recognizer = {
    type: "SECRET",
    mayMatch: (text) => /[A-Za-z0-9]{8}|PRIVATE KEY|비밀번호|패스워드|암호|토큰|시크릿/.test(text),
    scan(text, from) {
        const out: PiiFinding[] = [];
        pem.lastIndex = 0;
        for (let m = pem.exec(text); m !== null; m = pem.exec(text)) {
            if (m.index >= from) out.push({ type: "SECRET", start: m.index, end: m.index + m[0].length, score: 1, rule: "secret.private_key" });
        }
        for (const rule of tokenRules) {
            rule.pattern.lastIndex = 0;
            for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
                if (m.index < from || isPlaceholder(m[0])) continue;
                out.push({ type: "SECRET", start: m.index, end: m.index + m[0].length, score: 0.95, rule: `secret.${rule.id}` });
            }
        }
        assignment.lastIndex = 0;
        for (let m = assignment.exec(text); m !== null; m = assignment.exec(text)) {
            const value = m[3]!;
            const start = m.index + m[0].lastIndexOf(value);
            if (start < from || isPlaceholder(value) || isCodeReference(value)) continue;
            const entropy = shannonEntropy(value);
            const password = passwordName.test(m[1]!);
            // Passwords are short and human; keys and tokens are long and random.
            const enough = password ? value.length >= 6 && entropy >= 2.5 : value.length >= 12 && entropy >= 3.2;
            if (!enough) continue;
            out.push({ type: "SECRET", start, end: start + value.length, score: 0.8, rule: password ? "secret.password_assignment" : "secret.high_entropy_assignment" });
        }
        return out;
    }
};
