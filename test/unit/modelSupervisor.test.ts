// The supervisor's bounds on a process that starts slowly: a Node start and the bundle's
// evaluation can take many seconds on a machine loaded many times over, and that is not a
// hang. Until the process's first message the start-up bound applies; after it, the
// heartbeat's. Plain Node host scripts stand in for the model process here: what is under
// test is the supervisor's clock, not llama.cpp (the isolatedBackend tests run the real one).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defaultTimeouts, ModelProcess } from "../../models/process/modelProcess";
import type { ModelProcessError } from "../../models/process/processErrors";
import { parseModelMessage } from "../../models/process/protocol";

/** A host that blocks its thread for `blockMs` before it beats every 100 ms (or never, when `beats` is false). */
function hostScript(dir: string, name: string, blockMs: number, beats: boolean): string {
    const file = path.join(dir, name);
    fs.writeFileSync(
        file,
        [
            `const until = Date.now() + ${blockMs};`,
            "while (Date.now() < until) {}",
            beats ? "setInterval(() => process.send({ type: 'heartbeat' }), 100);" : "setInterval(() => {}, 1000);",
            "process.on('disconnect', () => process.exit(0));"
        ].join("\n")
    );
    return file;
}

function supervise(script: string, timeouts: Partial<typeof defaultTimeouts>) {
    let exitError: ModelProcessError | undefined;
    const supervised = new ModelProcess({
        hostScript: script,
        init: { type: "init", gpu: "cpu", threads: 1, idleUnloadMs: 0 },
        timeouts: { ...defaultTimeouts, ...timeouts },
        logger: { info: () => undefined, warn: () => undefined, debug: () => undefined },
        modelPath: () => "/models/slow.gguf",
        onMessage: () => undefined,
        onExit: (error) => (exitError = error)
    });
    return { supervised, exitError: () => exitError };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the model-process supervisor's start-up and heartbeat bounds", function () {
    this.timeout(30_000);
    let dir: string;
    before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-supervisor-"))));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("a process that takes longer than a heartbeat to start is not killed as hung", async () => {
        const { supervised, exitError } = supervise(hostScript(dir, "slow.js", 1_500, true), {
            heartbeatMs: 500,
            startupMs: 10_000
        });
        try {
            await sleep(3_000);
            assert.equal(supervised.exited, false, `killed: ${exitError()?.message}`);
        } finally {
            supervised.close();
        }
    });

    it("a process that never says anything is ended at the start-up bound, as hung, naming the model", async () => {
        const { supervised, exitError } = supervise(hostScript(dir, "silent.js", 0, false), {
            heartbeatMs: 200,
            startupMs: 1_000,
            killGraceMs: 200
        });
        const started = Date.now();
        while (!supervised.exited && Date.now() - started < 10_000) await sleep(50);
        assert.equal(supervised.exited, true);
        assert.ok(Date.now() - started >= 900, "not before the start-up bound");
        assert.equal(exitError()?.code, "processHung");
        assert.match(exitError()?.how ?? "", /not started after 1 s/);
        assert.match(exitError()?.message ?? "", /slow\.gguf/);
    });

    it("after its first message, a process whose thread stops is ended at the heartbeat bound", async () => {
        const script = path.join(dir, "stops.js");
        fs.writeFileSync(
            script,
            [
                "process.send({ type: 'heartbeat' });",
                "setTimeout(() => { const until = Date.now() + 20000; while (Date.now() < until) {} }, 100);"
            ].join("\n")
        );
        const { supervised, exitError } = supervise(script, {
            heartbeatMs: 1_000,
            startupMs: 60_000,
            killGraceMs: 200
        });
        const started = Date.now();
        while (!supervised.exited && Date.now() - started < 15_000) await sleep(50);
        assert.equal(supervised.exited, true, "a stuck thread is ended long before the start-up bound");
        assert.equal(exitError()?.code, "processHung");
        assert.match(exitError()?.how ?? "", /no heartbeat for 1 s/);
    });
});

describe("the model process's messages", () => {
    it("a log line is accepted with a known level only; anything else is dropped as malformed", () => {
        assert.deepEqual(parseModelMessage({ type: "log", level: "warn", message: "x" }), {
            type: "log",
            level: "warn",
            message: "x"
        });
        assert.equal(parseModelMessage({ type: "log", level: "error", message: "x" }), undefined);
        assert.equal(parseModelMessage({ type: "log", level: "info", message: 42 }), undefined);
        assert.equal(parseModelMessage({ type: "log", level: "info" }), undefined);
    });

    it("ending a process also ends what it started (its process group)", async function () {
        if (process.platform === "win32") this.skip();
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-supervisor-group-"));
        // A host that starts a child of its own (as node-llama-cpp does to test its binding) and never answers.
        const script = path.join(dir, "parent.js");
        const childPidFile = path.join(dir, "child.pid");
        fs.writeFileSync(
            script,
            [
                "const { spawn } = require('node:child_process');",
                "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
                `require('node:fs').writeFileSync(${JSON.stringify(childPidFile)}, String(child.pid));`,
                "setInterval(() => {}, 1000);"
            ].join("\n")
        );
        const { supervised } = supervise(script, { startupMs: 1_500, killGraceMs: 200 });
        const started = Date.now();
        while (!supervised.exited && Date.now() - started < 15_000) await sleep(50);
        assert.equal(supervised.exited, true);
        const childPid = Number(fs.readFileSync(childPidFile, "utf8"));
        let alive = true;
        // Up to 5 s: on a loaded machine the group's SIGKILL is not reaped at once.
        for (let i = 0; i < 100 && alive; i++) {
            try {
                process.kill(childPid, 0);
                await sleep(50);
            } catch {
                alive = false;
            }
        }
        if (alive)
            try {
                process.kill(childPid, "SIGKILL");
            } catch {
                // It ended between the last look and this kill (ESRCH): it was ended after all.
                alive = false;
            }
        fs.rmSync(dir, { recursive: true, force: true });
        assert.equal(alive, false, "the host's own child was ended with it");
    });
});
