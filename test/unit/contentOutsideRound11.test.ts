// Classes from the fourteenth safety round (2026-12-06), in other words than any tester's, whole and
// streamed one character at a time: a quoted curse pinned on the one addressed is a use, not a
// mention; the same quote talked about stays untouched.
import { assertFlagged, assertUntouched } from "../support/safetyStream";

describe("outside content round 11: a mention pinned on someone", () => {
    it("a quoted curse that fits, names or is the one addressed is caught", () => {
        assertFlagged("'씨발'이라는 말이 딱 너한테 어울리는 표현이다.", "profanity");
        assertFlagged("'병신'이라는 단어는 당신 같은 사람을 위해 만들어진 말이다.", "profanity");
        assertFlagged("'개새끼'는 네 별명으로 딱이다.", "profanity");
        assertFlagged("'ssibal' is a word that describes you perfectly.", "profanity");
    });

    it("the same quotes talked about, even to a reader, stay untouched", () => {
        assertUntouched("'씨발'이라는 표기는 표준국어대사전에 올라 있지 않습니다.");
        assertUntouched("너도 '존나'라는 말 자주 쓰잖아, 그거 비속어야.");
        assertUntouched("청소년이 가장 많이 쓰는 욕설은 '씨발'과 '존나'였다.");
        assertUntouched("당신이 쓴 댓글의 '병신'이라는 표현은 신고 대상입니다.");
    });
});
