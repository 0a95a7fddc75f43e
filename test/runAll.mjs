// npm test: lint, typecheck, build, unit tests (plain Node, real node-llama-cpp),
// the packaged VSIX's file rules, the in-host suite in a real VS Code (code-server;
// desktop VS Code via @vscode/test-electron where the network allows), and the
// end-to-end UI test (installed VSIX, code-server, Chromium). Ends with one line:
// "N passed, M failed[, K skipped]".
//   node test/runAll.mjs [--only unit|package|inhost|electron|e2e]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const results = join(repo, "test-output", "results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;

const totals = { passed: 0, failed: 0, skipped: 0 };
const skipReasons = [];
const failedStages = [];
const metrics = {};

function run(label, command, args) {
    console.log(`\n=== ${label}: ${[command, ...args].join(" ")}`);
    const started = Date.now();
    const child = spawnSync(command, args, { cwd: repo, stdio: "inherit", env: process.env });
    console.log(
        `=== ${label}: exit ${child.status ?? child.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`
    );
    return child.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(label, command, args) {
    const ok = run(label, command, args);
    if (ok) totals.passed++;
    else {
        totals.failed++;
        failedStages.push(label);
    }
    return ok;
}

/** A step that runs many tests and writes a stage result file. */
function suite(label, command, args) {
    const resultPath = join(results, `${label.replace(/\W+/g, "-")}.json`);
    const ok = run(label, command, [...args.map((arg) => (arg === "{result}" ? resultPath : arg))]);
    if (!existsSync(resultPath)) {
        totals.failed++;
        failedStages.push(`${label} (no result)`);
        return false;
    }
    const result = JSON.parse(readFileSync(resultPath, "utf8"));
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.skipped += result.skipped;
    if (result.skipReason) skipReasons.push(`${label}: ${result.skipReason}`);
    Object.assign(metrics, result.metrics ?? {});
    if (result.failed > 0 || !ok) failedStages.push(label);
    return ok && result.failed === 0;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const want = (stage) => only === undefined || only === stage;

if (only === undefined) {
    check("format", "npx", ["--no-install", "prettier", "--check", "."]);
    check("lint", "npx", ["--no-install", "eslint", "."]);
    check("typecheck", npm, ["run", "-s", "typecheck"]);
}
const built =
    check("build", npm, ["run", "-s", "build"]) && check("compile tests", npm, ["run", "-s", "compile:tests"]);
if (built) {
    if (want("unit")) suite("unit", "node", ["test/support/runMocha.mjs", "{result}", "60000", "out/test/unit"]);
    let packaged = false;
    if (want("package") || want("e2e")) {
        packaged = check("package VSIX", "node", ["scripts/package.mjs"]);
        if (packaged) suite("VSIX rules", "node", ["test/support/runMocha.mjs", "{result}", "60000", "test/package"]);
    }
    if (want("inhost")) suite("in-host (code-server)", "node", ["test/inhost/runCodeServer.mjs", "{result}"]);
    if (want("inhost") || want("electron"))
        suite("in-host (desktop VS Code)", "node", ["out/test/inhost/runElectron.js", "{result}"]);
    if (want("e2e") && packaged)
        suite("e2e (Chromium + code-server)", "node", ["test/support/runMocha.mjs", "{result}", "240000", "test/e2e"]);
}

console.log("");
if (Object.keys(metrics).length > 0) console.log(`metrics: ${JSON.stringify(metrics)}`);
for (const reason of skipReasons) console.log(`skipped: ${reason}`);
for (const stage of failedStages) console.log(`failed stage: ${stage}`);
console.log(
    `${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ""}`
);
process.exit(totals.failed === 0 ? 0 : 1);
