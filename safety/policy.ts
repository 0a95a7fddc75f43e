import Ajv, { type ErrorObject } from "ajv";
import schema from "./policy.schema.json";
import type { Action, ContentCategory, PiiType } from "./types";

/** A complete policy: an action for every PII type and content category. */
export interface SafetyPolicy {
    pii: Record<PiiType, Action>;
    content: Record<ContentCategory, Action>;
    minScore: number;
    classifier: { enabled: boolean; threshold?: number };
}

/** What a user may write: any subset (validated by policy.schema.json). */
export interface SafetyPolicyOverrides {
    pii?: Partial<Record<PiiType, Action>>;
    content?: Partial<Record<ContentCategory, Action>>;
    minScore?: number;
    classifier?: { enabled?: boolean; threshold?: number };
}

/**
 * The defaults: PII and secrets redacted with a typed Korean placeholder, profanity
 * masked, every other harm blocks the response with a reason.
 */
export const defaultPolicy: SafetyPolicy = Object.freeze({
    pii: {
        KR_RRN: "redact",
        KR_FRN: "redact",
        KR_PASSPORT: "redact",
        KR_DRIVER_LICENSE: "redact",
        KR_BRN: "redact",
        KR_CRN: "redact",
        PHONE: "redact",
        EMAIL: "redact",
        CREDIT_CARD: "redact",
        BANK_ACCOUNT: "redact",
        IP_ADDRESS: "redact",
        KR_ADDRESS: "redact",
        NATIONAL_ID: "redact",
        KR_VEHICLE_PLATE: "redact",
        DEVICE_ID: "redact",
        DATE_OF_BIRTH: "redact",
        URL_CREDENTIALS: "redact",
        SECRET: "redact"
    },
    content: {
        profanity: "mask",
        hate: "block",
        harassment: "block",
        sexual: "block",
        violence: "block",
        self_harm: "block",
        dangerous: "block"
    },
    minScore: 0.25,
    classifier: { enabled: true }
}) as SafetyPolicy;

export { schema as policySchema };

let validator: ReturnType<Ajv["compile"]> | undefined;

/** Why a policy was rejected: JSON-pointer paths and messages, e.g. `/content/hate: must be equal to one of the allowed values (allow, warn, mask, redact, block)`. */
export class InvalidPolicyError extends Error {
    constructor(readonly problems: string[]) {
        super(`Invalid safety policy: ${problems.join("; ")}. The default policy is used instead.`);
        this.name = "InvalidPolicyError";
    }
}

function describe(error: ErrorObject): string {
    const where = error.instancePath === "" ? "(policy)" : error.instancePath;
    if (error.keyword === "enum")
        return `${where}: must be one of ${(error.params as { allowedValues: string[] }).allowedValues.join(", ")}`;
    if (error.keyword === "additionalProperties") {
        // Named only when it reads as a key's name (a misspelt "hate", "PASSPORT"): anything else, a value
        // pasted where a key goes, is told by its length, so the message carries no secret to a log.
        const key = (error.params as { additionalProperty: string }).additionalProperty;
        return /^[A-Za-z][A-Za-z_-]{0,31}$/.test(key)
            ? `${where}: unknown key "${key}"`
            : `${where}: unknown key (${key.length} characters)`;
    }
    return `${where}: ${error.message ?? "invalid"}`;
}

/** Validates overrides; throws {@link InvalidPolicyError} listing every problem. */
export function validatePolicy(overrides: unknown): SafetyPolicyOverrides {
    validator ??= new Ajv({ allErrors: true, strict: true }).compile(schema);
    if (!validator(overrides)) throw new InvalidPolicyError((validator.errors ?? []).map(describe));
    return overrides as SafetyPolicyOverrides;
}

/**
 * The defaults with `overrides` applied. An invalid policy never means "allow
 * everything": it is rejected as a whole, `onInvalid` hears why, and the defaults apply.
 */
export function resolvePolicy(overrides: unknown, onInvalid?: (error: InvalidPolicyError) => void): SafetyPolicy {
    if (overrides === undefined || overrides === null) return defaultPolicy;
    let valid: SafetyPolicyOverrides;
    try {
        valid = validatePolicy(overrides);
    } catch (error) {
        if (error instanceof InvalidPolicyError) {
            onInvalid?.(error);
            return defaultPolicy;
        }
        throw error;
    }
    return {
        pii: { ...defaultPolicy.pii, ...valid.pii },
        content: { ...defaultPolicy.content, ...valid.content },
        minScore: valid.minScore ?? defaultPolicy.minScore,
        classifier: { ...defaultPolicy.classifier, ...valid.classifier }
    };
}
