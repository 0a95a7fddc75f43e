// 여권번호: M123A4567 (since 2021) or M12345678; the letter is the passport's kind.
import { isPlaceholder } from "./context";
import { patternRecognizer } from "./recognizer";

const baseScore: Record<string, number> = { new: 0.4, old: 0.3 };

export const koreanPassport = patternRecognizer({
    type: "KR_PASSPORT",
    mayMatch: (text) => /[MSRODGmsrodg]\d{3}/.test(text),
    patterns: [
        { id: "new", regex: /(?<![0-9A-Za-z])[MSRODGmsrodg]\d{3}[A-Za-z]\d{4}(?![0-9A-Za-z])/g },
        { id: "old", regex: /(?<![0-9A-Za-z])[MSRODGmsrodg]\d{8}(?![0-9A-Za-z])/g }
    ],
    context: /여권|passport/i,
    validate({ match, id, near }) {
        if (isPlaceholder(match[0].slice(1))) return undefined;
        const context = near(match.index, match.index + match[0].length);
        return { score: context ? 0.85 : baseScore[id], rule: `kr_passport.${id}${context ? "+context" : ""}` };
    }
});
