// Classes found by the lead's spot checks and an attacker on the twenty-seventh round's merged build
// (2026-12-07): a word and its sentence's full stop after "password" ("enter your password below.") was
// redacted as the password. Each with the secret it must still catch.
import { filterText } from "../../safety/filter";
import * as assert from "node:assert/strict";

describe("attack round 27: prose after the word password", () => {
    it("a word ending its sentence after 'password': untouched", () => {
        for (const text of [
            "Please enter your password below.",
            "What's the best way to end a user's session after a password change?",
            "Never share your password, ever."
        ]) {
            const result = filterText(text);
            assert.equal(result.text, text, text);
        }
    });

    it("a password given after the word, with or without a full stop: still redacted", () => {
        for (const [text, value] of [
            ["The admin password is hunter2.", "hunter2"],
            ["my password: P@ssw0rd! and that's it", "P@ssw0rd"],
            ["password is SunflowerGarden! 감사합니다.", "SunflowerGarden"],
            ["your password is Xk9#mQ2v.", "Xk9#mQ2v"]
        ]) {
            const result = filterText(text);
            assert.ok(!result.text.includes(value), `${text} -> ${result.text}`);
        }
    });
});
