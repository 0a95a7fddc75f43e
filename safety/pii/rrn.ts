// 주민등록번호 (resident registration number): YYMMDD-GNNNNNC, gender digit 1-4.
import { personalNumberRecognizer } from "./personalNumber";
import { rrnCheck } from "./thirteenDigits";

export const koreanResidentNumber = personalNumberRecognizer({
    type: "KR_RRN",
    rule: "kr_rrn",
    foreign: false,
    context: /주민|등록번호|resident|\bRRN\b|생년월일|jumin|\bssn\b|본인\s*확인|실명\s*(?:확인|인증)|\bKYC\b/i,
    check: rrnCheck
});
