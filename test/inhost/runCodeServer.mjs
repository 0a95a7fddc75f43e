// Runs the in-host mocha suite (out/test/inhost/index.js) inside a real VS Code
// extension host: code-server, opened by headless Chromium, with this folder as
// the extension under development. Works offline. Usage:
//   node test/inhost/runCodeServer.mjs [result.json]
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, startCodeServer } from "../support/codeServer.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const stageResultPath = process.argv[2];
const timeoutMs = Number(process.env.GEMMA_KO_INHOST_TIMEOUT_MS ?? 1_500_000);

for (const required of ["dist/extension.js", "out/test/inhost/index.js"]) {
    if (!existsSync(join(repo, required))) {
        console.error(`${required} is missing: run "npm run build" and "npm run compile:tests" first.`);
        process.exit(2);
    }
}

const scratch = mkdtempSync(join(tmpdir(), "gemma-ko-inhost-"));
const resultPath = join(scratch, "result.json");
// Git on (no fetch, no network): the in-host suite summarises a working-tree diff.
const server = await startCodeServer({
    smokeTestDriver: true,
    settings: { "git.enabled": true, "git.autofetch": false, "git.openRepositoryInParentFolders": "never" },
    env: {
        GEMMA_KO_TEST_RESULT: resultPath,
        GEMMA_KO_TEST_HOOKS: "1",
        ...(process.env.GEMMA_KO_INHOST_GREP ? { GEMMA_KO_INHOST_GREP: process.env.GEMMA_KO_INHOST_GREP } : {})
    }
});
const browser = await launchChromium();
let exitCode = 1;
try {
    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
        ["extensionDevelopmentPath", remote(repo)],
        ["extensionTestsPath", remote(join(repo, "out/test/inhost/index.js"))]
    ];
    const page = await browser.newPage();
    await page.goto(
        `${server.url}/?folder=${encodeURIComponent(server.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`
    );
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(resultPath)) {
        if (Date.now() > deadline) throw new Error(`no result from the in-host suite within ${timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, 500));
    }
    await new Promise((r) => setTimeout(r, 200)); // let the writer finish
    const result = JSON.parse(readFileSync(resultPath, "utf8"));
    for (const failure of result.failures) console.error(`FAIL ${failure.title}\n${failure.error}\n`);
    console.log(
        `in-host (code-server): ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped; metrics ${JSON.stringify(result.metrics)}`
    );
    if (stageResultPath) writeFileSync(stageResultPath, JSON.stringify(result, null, 2));
    exitCode = result.failed === 0 ? 0 : 1;
} catch (error) {
    console.error(`in-host suite did not run: ${error instanceof Error ? error.message : error}`);
    console.error(server.output().slice(-6000));
    if (stageResultPath) {
        writeFileSync(
            stageResultPath,
            JSON.stringify({
                passed: 0,
                failed: 1,
                skipped: 0,
                failures: [{ title: "in-host suite (code-server)", error: String(error) }],
                metrics: {}
            })
        );
    }
} finally {
    await browser.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
