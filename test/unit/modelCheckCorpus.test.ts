// `gemma-ko-model check` against a crafted corpus of bad and odd GGUF files (see
// test/fixtures/badModels.ts): every file gets one JSON line with a working model
// or a clear coded error, exit 0 or 3, and the command never dies by a signal or hangs.
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { badModels, writeTruncated } from "../fixtures/badModels";
import { writeTinyGemma } from "../fixtures/tinyGemma";

const cli = path.resolve(__dirname, "..", "..", "models", "cli.js");

interface Outcome {
    code: number | null;
    signal: NodeJS.Signals | null;
    line: { file: string; ok: boolean; error?: { code: string; message: string }; architecture?: string };
    ms: number;
}

function check(file: string, options = ["--gpu", "cpu", "--threads", "1", "--timeout", "40"]): Promise<Outcome> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [cli, "check", file, ...options], {
            stdio: ["ignore", "pipe", "ignore"]
        });
        let out = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
        const guard = setTimeout(() => child.kill("SIGKILL"), 55_000);
        child.on("error", reject);
        child.on("close", (code, signal) => {
            clearTimeout(guard);
            try {
                resolve({
                    code,
                    signal,
                    line: JSON.parse(out.trim()) as Outcome["line"],
                    ms: performance.now() - started
                });
            } catch {
                reject(
                    new Error(`${file}: not one JSON line (exit ${String(code)}, signal ${String(signal)}): ${out}`)
                );
            }
        });
    });
}

describe("gemma-ko-model check over a crafted corpus of GGUF files (real node-llama-cpp)", function () {
    this.timeout(600_000);
    let dir: string;

    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-corpus-"));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("prints --help and exits 0", async () => {
        const child = spawn(process.execPath, [cli, "--help"], { stdio: ["ignore", "pipe", "ignore"] });
        let out = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
        const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
        assert.equal(code, 0);
        assert.match(out, /gemma-ko-model check FILE/);
    });

    it("answers every file with a working model or a clear coded error: no signal deaths, no hangs", async () => {
        const corpus = badModels();
        const files: Array<{ name: string; expect?: string; file: string }> = [];
        for (const model of corpus) {
            const file = path.join(dir, `${model.name}.gguf`);
            await model.write(file);
            files.push({ name: model.name, expect: model.expect, file });
        }
        const good = path.join(dir, "good.gguf");
        await writeTinyGemma(good);
        for (const [name, fraction] of [
            ["truncated-half", 0.5],
            ["truncated-header", 0.001]
        ] as const) {
            const file = path.join(dir, `${name}.gguf`);
            await writeTruncated(good, file, fraction);
            files.push({ name, expect: "truncated", file });
        }
        files.push({ name: "missing-file", expect: "missing", file: path.join(dir, "nope.gguf") });
        assert.ok(files.length >= 60, `corpus of ${files.length}`);

        const report: string[] = [];
        for (const { name, expect, file } of files) {
            const outcome = await check(file);
            const answer = outcome.line.ok ? "ok" : (outcome.line.error?.code ?? "?");
            report.push(`${name}: ${answer} (${Math.round(outcome.ms)} ms)`);
            if (process.env.GEMMA_KO_CORPUS_LOG === "1")
                console.log(`      ${report.at(-1) ?? ""} ${JSON.stringify(outcome.line.error)}`);
            assert.equal(outcome.signal, null, `${name}: the command died by ${String(outcome.signal)}`);
            assert.equal(outcome.line.file, file);
            if (outcome.line.ok) assert.equal(outcome.code, 0, name);
            else {
                assert.equal(outcome.code, 3, name);
                assert.ok(
                    outcome.line.error !== undefined && outcome.line.error.code !== "unknown",
                    `${name}: ${JSON.stringify(outcome.line)}`
                );
                assert.ok(
                    outcome.line.error.message.includes(path.basename(file)),
                    `${name}: the message names the file`
                );
            }
            if (expect !== undefined) assert.equal(answer, expect, `${name}: ${JSON.stringify(outcome.line)}`);
        }
        console.log(`      ${report.join("\n      ")}`);
    });

    it("answers an option value it cannot use with a usage error that says what is wrong (exit 2)", async () => {
        const usage = (args: string[]) =>
            new Promise<{ code: number | null; err: string }>((resolve) => {
                const child = spawn(process.execPath, [cli, "check", "x.gguf", ...args], {
                    stdio: ["ignore", "ignore", "pipe"]
                });
                let err = "";
                child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
                child.on("close", (code) => resolve({ code, err }));
            });
        // Node's timers overflow past 2^31 - 1 ms: --timeout 1e12 fired at once and called a good model hung.
        for (const [args, says] of [
            [["--timeout", "1e12"], /--timeout must be/],
            [["--timeout", "Infinity"], /--timeout must be/],
            [["--timeout", "0"], /--timeout must be/],
            [["--timeout", "1e-9"], /--timeout must be/],
            [["--timeout", "0x10"], /--timeout must be/],
            [["--threads", "0"], /--threads must be a whole number from 1 to \d+/],
            [["--threads", "1000000000"], /--threads must be/],
            [["--threads", String(os.availableParallelism() + 1)], /this machine's cores/],
            [["--threads", "abc"], /--threads must be/],
            [["--gpu", "warp"], /--gpu must be one of/],
            [["--architecture", ""], /--architecture must be/]
        ] as const) {
            const { code, err } = await usage([...args]);
            assert.equal(code, 2, args.join(" "));
            assert.match(err, says, args.join(" "));
        }
    });

    it("takes --option=value and a backend name in any case", async () => {
        const good = path.join(dir, "good-options.gguf");
        await writeTinyGemma(good);
        const outcome = await check(good, ["--gpu=CPU", "--threads=1", "--timeout=40"]);
        assert.equal(outcome.code, 0, JSON.stringify(outcome.line));
        assert.equal(outcome.line.ok, true);
    });
});
