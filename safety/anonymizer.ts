// Applying the decided operations to the text (Presidio's anonymizer): typed Korean
// placeholders for redaction, `*` for masking. Knows nothing of the policy.
import type { Operation } from "./decide";
import type { ContentCategory, PiiType } from "./types";

/** Korean placeholders for redacted values, e.g. `[주민등록번호]`. */
export const piiLabels: Record<PiiType, string> = {
    KR_RRN: "주민등록번호",
    KR_FRN: "외국인등록번호",
    KR_PASSPORT: "여권번호",
    KR_DRIVER_LICENSE: "운전면허번호",
    KR_BRN: "사업자등록번호",
    KR_CRN: "법인등록번호",
    PHONE: "전화번호",
    EMAIL: "이메일",
    CREDIT_CARD: "카드번호",
    BANK_ACCOUNT: "계좌번호",
    IP_ADDRESS: "IP 주소",
    KR_ADDRESS: "주소",
    NATIONAL_ID: "신분증 번호",
    KR_VEHICLE_PLATE: "차량 번호",
    DEVICE_ID: "기기 식별자",
    DATE_OF_BIRTH: "생년월일",
    URL_CREDENTIALS: "접속 정보",
    SECRET: "비밀 키"
};

export const contentLabels: Record<ContentCategory, string> = {
    profanity: "욕설",
    hate: "혐오 표현",
    harassment: "괴롭힘",
    sexual: "성적 콘텐츠",
    violence: "폭력·위협",
    self_harm: "자해",
    dangerous: "위험한 활동"
};

/**
 * Replaces each letter, digit, symbol and mark with `*`, keeping separators ("010-****-****"):
 * symbols too, since circled letters (ⓢⓘⓑⓐⓛ) and emoji spell words a reader reads.
 */
export function maskValue(value: string): string {
    return value.replace(/[\p{L}\p{N}\p{So}\p{M}]/gu, "*");
}

function label(type: PiiType | ContentCategory): string {
    return type in piiLabels ? piiLabels[type as PiiType] : contentLabels[type as ContentCategory];
}

/**
 * `source` (which starts at offset `sourceStart` of the response) with `operations`
 * applied, from `from` on. Operations are in response offsets; one that starts
 * inside an earlier one is dropped (the earlier covers it).
 */
export function anonymize(source: string, sourceStart: number, from: number, operations: readonly Operation[]): string {
    const sorted = [...operations].sort((a, b) => a.start - b.start);
    let text = "";
    let at = from;
    for (const operation of sorted) {
        if (operation.start < at) continue;
        text += source.slice(at - sourceStart, operation.start - sourceStart);
        const value = source.slice(operation.start - sourceStart, operation.end - sourceStart);
        text += operation.operator === "mask" ? maskValue(value) : `[${label(operation.type)}]`;
        at = operation.end;
    }
    return text + source.slice(at - sourceStart);
}
