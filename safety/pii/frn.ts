// 외국인등록번호 (foreigner registration number): YYMMDD-GNNNNNC, gender digit 5-8.
import { personalNumberRecognizer } from "./personalNumber";
import { frnCheck } from "./thirteenDigits";

export const koreanForeignerNumber = personalNumberRecognizer({
    type: "KR_FRN",
    rule: "kr_frn",
    foreign: true,
    // (A foreigner's number is called 주민번호 or jumin in code and prose too.)
    context: /외국인|등록번호|alien|foreign|\bFRN\b|주민|jumin|\bRRN\b|\bssn\b/i,
    check: frnCheck
});
