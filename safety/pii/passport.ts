// 여권번호: M123A4567 (since 2021) or M12345678; the letter is the passport's kind.
// Written whole, or in groups ("M485.Q0376", "M8996 9361", "M1142⏎0919", "M 8317 9195"): groups
// only with a word that says passport (a letter and digits in groups are as often a part number).
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";

const baseScore: Record<string, number> = { new: 0.4, old: 0.3 };
/** Between a passport's groups: one sign with spaces around it, spaces, or a line break. */
const gap = String.raw`(?:[ \t]*[-.|/_:~ㅡ·][ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*)`;

export const koreanPassport = patternRecognizer({
    needsDigit: true,
    type: "KR_PASSPORT",
    mayMatch: (text) => /[MSRODGmsrodg]\W{0,3}\d{3}/.test(text),
    patterns: [
        { id: "new", regex: /(?<![0-9A-Za-z])[MSRODGmsrodg]\d{3}[A-Za-z]\d{4}(?![0-9A-Za-z])/g },
        { id: "old", regex: /(?<![0-9A-Za-z])[MSRODGmsrodg]\d{8}(?![0-9A-Za-z])/g },
        {
            id: "new-groups",
            regex: new RegExp(
                String.raw`(?<![0-9A-Za-z])[MSRODGmsrodg]${gap}?\d{3}${gap}?[A-Za-z]${gap}?\d{4}(?![0-9A-Za-z])`,
                "g"
            )
        },
        {
            id: "old-groups",
            regex: new RegExp(String.raw`(?<![0-9A-Za-z])[MSRODGmsrodg]${gap}?\d{4}${gap}?\d{4}(?![0-9A-Za-z])`, "g")
        }
    ],
    // Not the Node.js sign-in library (passport.js, passport-jwt, PassportStrategy, passport.use).
    context:
        /여권|passport(?!\.(?:js|ts|use|authenticate|initialize|session|serialize)|[-_ ]?(?:js|jwt|local|oauth|google|strategy|github|kakao|naver)\b)/i,
    validate({ match, id, near }) {
        if (isPlaceholder(match[0].slice(1))) return undefined;
        const context = near(match.index, match.index + match[0].length);
        if (id.endsWith("groups")) {
            // The whole forms are read above; groups need the word.
            if (!context || !/[^0-9A-Za-z]/.test(match[0])) return undefined;
            return { score: 0.85, rule: `kr_passport.${id}+context` };
        }
        return { score: context ? 0.85 : baseScore[id], rule: `kr_passport.${id}${context ? "+context" : ""}` };
    }
});
