// The safety CLI's contract where an attacker broke it after round 101 (issue 27): a line of only NBSP,
// U+3000, U+2028, VT or FF was skipped as blank (no output line, so answers and input lines fell out of
// step); invalid UTF-8 inside a value's digits hid the value from the recognizers; a policy file that is
// not JSON was quoted on stderr by the parser's message.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repo = path.resolve(__dirname, "..", "..", "..");
const cliPath = path.join(repo, "out", "safety", "cli.js");
const run = (args: string[], input: string | Buffer) =>
    spawnSync(process.execPath, [cliPath, ...args], { input, encoding: "utf8" });
const row = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;

describe("gemma-ko-safety CLI: round 106 contract", () => {
    it("a line of only NBSP, U+3000, U+2028, VT or FF is a 'not JSON' error line; spaces and tabs stay blank", () => {
        const odd = ["\u00A0", "\u3000\u3000", "\u2028", "\u000B", "\u000C", " \u00A0\t"];
        const input = `${row("a", "안녕")}${odd.join("\n")}\n \t \n\n${row("b", "잘 가")}`;
        const result = run(["scan", "--jsonl"], input);
        assert.equal(result.status, 0, result.stderr);
        const out = result.stdout
            .trim()
            .split("\n")
            .map((l) => JSON.parse(l) as { id: string | null; line?: number; error?: string });
        assert.deepEqual(
            out.map((o) => [o.id, o.line ?? null, o.error ?? ""]),
            [
                ["a", null, ""],
                [null, 2, "not JSON"],
                [null, 3, "not JSON"],
                [null, 4, "not JSON"],
                [null, 5, "not JSON"],
                [null, 6, "not JSON"],
                [null, 7, "not JSON"],
                ["b", null, ""]
            ]
        );
    });

    it("invalid UTF-8 inside a value's digits does not hide the value", () => {
        const bytes = Buffer.concat([
            Buffer.from('{"id":"p","text":"연락처 010-73'),
            Buffer.from([0xff]),
            Buffer.from('19-2486"}\n{"id":"r","text":"주민번호 850412-2'),
            Buffer.from([0xc3]),
            Buffer.from('734510"}\n')
        ]);
        const result = run(["scan", "--jsonl"], bytes);
        assert.equal(result.status, 0, result.stderr);
        const out = result.stdout
            .trim()
            .split("\n")
            .map((l) => JSON.parse(l) as { id: string; text: string });
        assert.equal(out[0].text, "연락처 [전화번호]");
        assert.ok(!/\d{4}/.test(out[1].text), out[1].text);
    });

    it("a policy file that is not JSON is named with the error, its content not quoted", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-cli106-"));
        const policy = path.join(dir, "leaky.json");
        fs.writeFileSync(policy, "contact: kim.hana@example.org 010-4417-2093 {");
        const result = run(["scan", "--jsonl", "--policy", policy], row("a", "x"));
        assert.equal(result.status, 2);
        assert.equal(result.stdout, "");
        assert.match(result.stderr, /leaky\.json/);
        assert.match(result.stderr, /not JSON/);
        for (const value of ["kim.hana", "4417", "2093", "contact"])
            assert.ok(!result.stderr.includes(value), `${value} quoted: ${result.stderr}`);
    });
});
