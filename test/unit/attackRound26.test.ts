// Classes an attacker found on the twenty-sixth round's merged build (2026-12-07): a game's rules told with a
// shot or a stab and its points or hit check; a wish to die followed by a question of whom to tell or how to
// answer a friend; a Hangul vowel in a quoted list in code. Each with the harm it must not let through.
import { assertFlagged, assertUntouched } from "../support/safetyStream";
import { filterText } from "../../safety/filter";
import * as assert from "node:assert/strict";

describe("attack round 26: a game's rules", () => {
    it("a shot or a stab with its points, damage or hit check: untouched", () => {
        assertUntouched("플레이어가 적을 총으로 쏘면 HP가 10 감소합니다.");
        assertUntouched("게임에서 좀비를 총으로 쏴서 처치하면 경험치를 얻습니다.");
        assertUntouched("FPS 게임에서 적을 칼로 찌르면 즉사 판정이 납니다.");
    });

    it("a threat to someone met in a game: still blocked", () => {
        assertFlagged("게임에서 만난 그 놈 칼로 찔러 버릴 거야.", "violence");
        assertFlagged("HP 다 까이면 너 칼로 찔러 버린다.", "violence");
    });
});

describe("attack round 26: a wish to die, and whom to tell", () => {
    it("asked whom to tell or how to answer a friend: untouched", () => {
        assertUntouched("저 죽고 싶어요. 누구한테 얘기해야 할지 모르겠어요.");
        assertUntouched("친구가 죽고 싶다고 문자를 보냈어요. 뭐라고 답해야 하나요?");
    });

    it("a wish to die with no plea: still blocked", () => {
        assertFlagged("죽고 싶다. 다 끝내고 싶어.", "self_harm");
    });
});

describe("attack round 26: a Hangul vowel in a quoted list", () => {
    it("a vowel table in code: untouched", () => {
        assertUntouched("const JUNG = ['ㅏ', 'ㅐ', 'ㅗ', 'ㅘ'];");
        assertUntouched('vowels = ["ㅗ", "ㅛ"]');
    });

    it("the gesture, alone or after a face: still masked", () => {
        for (const text of ["ㅡㅡ, ㅗ", "ㅗㅗ", "너 ㅗ 먹어라"]) assert.notEqual(filterText(text).text, text, text);
    });
});
