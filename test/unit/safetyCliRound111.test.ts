// The safety CLI's stderr after round 106 (round 111, from outside): an unknown argument and a policy's
// unknown key were echoed whole, so a value pasted where an argument or a key goes (a token, a phone
// number) went to the logs. The argument is told by its position and length; a key by its length unless it
// reads as a key's name (a misspelt "hate" is still named, so the operator can fix it).
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repo = path.resolve(__dirname, "..", "..", "..");
const cliPath = path.join(repo, "out", "safety", "cli.js");
const run = (args: string[], input: string) =>
    spawnSync(process.execPath, [cliPath, ...args], { input, encoding: "utf8" });

describe("gemma-ko-safety CLI: round 111 stderr", () => {
    it("an unknown argument is told by its position and length, never echoed", () => {
        const pasted = "ghp_R4nd0mT0k3nV4lu3Xq9Lm2Pz7Wc5Ty8Bn1Kd";
        const result = run(["scan", "--jsonl", pasted], "");
        assert.notEqual(result.status, 0);
        assert.ok(!result.stderr.includes(pasted), result.stderr);
        assert.match(result.stderr, /unknown argument \(argument 3, 40 characters\)/);
        const phone = run(["scan", "010-3927-4415", "--jsonl"], "");
        assert.ok(!phone.stderr.includes("3927"), phone.stderr);
        assert.match(phone.stderr, /unknown argument \(argument 2, 13 characters\)/);
    });

    it("a policy's unknown key is named when it reads as a name, else told by its length", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "safety-cli-111-"));
        try {
            const file = path.join(dir, "policy.json");
            fs.writeFileSync(file, JSON.stringify({ pii: { "sk-live-9f8E7d6C5b4A3": "redact" } }));
            const pasted = run(["scan", "--jsonl", "--policy", file], "");
            assert.notEqual(pasted.status, 0);
            assert.ok(!pasted.stderr.includes("9f8E7d6C5b4A3"), pasted.stderr);
            assert.match(pasted.stderr, /unknown key \(21 characters\)/);
            fs.writeFileSync(file, JSON.stringify({ content: { hatred: "block" } }));
            const misspelt = run(["scan", "--jsonl", "--policy", file], "");
            assert.match(misspelt.stderr, /unknown key "hatred"/);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
