// The safety CLI's contract where an outside tester broke it (round 11): an error line quoted
// the input (raw PII included), answers waited for 256 lines or the end of the input, a reader
// that left or a full disk ended it with a stack trace, a directory as stdin passed silently.
import * as assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repo = path.resolve(__dirname, "..", "..", "..");
const cliPath = path.join(repo, "out", "safety", "cli.js");
const run = (args: string[], input: string | undefined, options: { stdin?: number } = {}) =>
    spawnSync(process.execPath, [cliPath, ...args], {
        input,
        encoding: "utf8",
        ...(options.stdin === undefined ? {} : { stdio: [options.stdin, "pipe", "pipe"] })
    });
const row = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;
/** A Node stack trace's frame line. */
const stackFrame = /^\s+at .+:\d+:\d+\)?$/m;

describe("gemma-ko-safety CLI: errors and output, from outside", () => {
    it("an error line for a line that is not JSON quotes none of the line", () => {
        const lines = ["kim.minsu@kakao.com", "x 900101-1234568", "\uFEFF주민번호 900101-1234568", '{"id":"a",'];
        const result = run(["scan", "--jsonl"], `${row("ok", "안녕")}${lines.join("\n")}\n`);
        assert.equal(result.status, 0, result.stderr);
        const out = result.stdout.trim().split("\n");
        assert.equal(out.length, 5);
        for (const value of ["kim", "kakao", "900101", "1234568", "주민번호", '"a"'])
            assert.ok(!result.stdout.includes(value), `${value} echoed: ${result.stdout}`);
        assert.deepEqual(
            out.slice(1).map((l) => JSON.parse(l) as { line: number; error: string }),
            [
                { id: null, line: 2, error: "not JSON" },
                { id: null, line: 3, error: "not JSON" },
                { id: null, line: 4, error: "not JSON" },
                { id: null, line: 5, error: "not JSON (at character 11)" }
            ]
        );
    });

    it("answers what it has read before the input ends (a caller may wait for each answer)", async () => {
        const child = spawn(process.execPath, [cliPath, "scan", "--jsonl"], { stdio: ["pipe", "pipe", "pipe"] });
        const answers: string[] = [];
        let pending = "";
        let got: () => void = () => undefined;
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (data: string) => {
            pending += data;
            const lines = pending.split("\n");
            pending = lines.pop() ?? "";
            answers.push(...lines);
            got();
        });
        const answered = (n: number) =>
            new Promise<void>((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`no answer ${n} within 20 s`)), 20_000);
                got = () => {
                    if (answers.length >= n) {
                        clearTimeout(timer);
                        resolve();
                    }
                };
                got();
            });
        try {
            child.stdin.write(row("1", "전화 010-2345-6789"));
            await answered(1);
            child.stdin.write(row("2", "두 번째"));
            await answered(2);
        } finally {
            child.stdin.end();
        }
        const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
        assert.equal(status, 0);
        assert.deepEqual(
            answers.map((l) => (JSON.parse(l) as { id: string; text: string }).text),
            ["전화 [전화번호]", "두 번째"]
        );
    });

    it("a reader that leaves ends the run quietly; a full disk is an error with a message, not a stack", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-cli-"));
        const input = path.join(dir, "many.jsonl");
        fs.writeFileSync(
            input,
            Array.from({ length: 3000 }, (_, i) => row(String(i), "연락처 010-2345-6789")).join("")
        );
        const piped = spawnSync(
            "bash",
            [
                "-c",
                `"${process.execPath}" "${cliPath}" scan --jsonl < "${input}" | head -1 >/dev/null; echo "$\{PIPESTATUS[0]}"`
            ],
            { encoding: "utf8" }
        );
        assert.equal(piped.stdout.trim(), "0", piped.stderr);
        assert.doesNotMatch(piped.stderr, stackFrame);
        assert.equal(piped.stderr, "");
        if (fs.existsSync("/dev/full")) {
            const full = spawnSync(
                "bash",
                ["-c", `"${process.execPath}" "${cliPath}" scan --jsonl < "${input}" > /dev/full`],
                { encoding: "utf8" }
            );
            assert.equal(full.status, 1);
            assert.match(full.stderr, /^gemma-ko-safety: cannot write the output: ENOSPC/);
            assert.doesNotMatch(full.stderr, stackFrame);
        }
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("a directory as stdin is an error; --jsonl given twice is a usage error", () => {
        const directory = fs.openSync(repo, "r");
        try {
            const result = run(["scan", "--jsonl"], undefined, { stdin: directory });
            assert.equal(result.status, 1);
            assert.match(result.stderr, /stdin is a directory/);
        } finally {
            fs.closeSync(directory);
        }
        const twice = run(["scan", "--jsonl", "--jsonl"], row("a", "b"));
        assert.equal(twice.status, 2);
        assert.match(twice.stderr, /--jsonl given twice\nusage: /);
        assert.equal(twice.stdout, "");
    });
});
