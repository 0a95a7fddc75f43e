// Activation and bundle: runs the in-host suite (real VS Code extension host via
// code-server) N times and reports the median activation time of the extension's
// own code, the bundle sizes, and whether node-llama-cpp was loaded at activation
// (the suite asserts it is not: its native addon must be absent from the process map).
//   npm run build && npm run compile:tests && node bench/activation.bench.mjs [runs]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] ?? 5);
const scratch = mkdtempSync(join(tmpdir(), "gemma-ko-activation-"));
const samples = [];
try {
    for (let run = 0; run < runs; run++) {
        const result = join(scratch, `run-${run}.json`);
        const child = spawnSync("node", ["test/inhost/runCodeServer.mjs", result], { cwd: repo, encoding: "utf8" });
        if (!existsSync(result)) throw new Error(`run ${run}: no result\n${child.stdout}\n${child.stderr}`);
        const stage = JSON.parse(readFileSync(result, "utf8"));
        samples.push({ ...stage.metrics, failed: stage.failed });
        console.error(
            `[bench] run ${run + 1}/${runs}: activation ${stage.metrics.activationMs} ms, ${stage.passed} passed, ${stage.failed} failed`
        );
    }
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const size = (file) => statSync(join(repo, file)).size;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
    `Activation in VS Code ${samples[0]?.vscodeVersion} (code-server, Node 24), ${new Date().toISOString().slice(0, 10)}, ${runs} runs`
);
console.log("| measure | value |\n|---|---|");
console.log(
    `| activation (bundle evaluation + activate()), median | ${median(samples.map((s) => s.activationMs)).toFixed(1)} ms (runs: ${samples.map((s) => s.activationMs).join(", ")}) |`
);
console.log(`| bundle evaluation, median | ${median(samples.map((s) => s.bundleEvaluationMs)).toFixed(1)} ms |`);
console.log(`| activate() call, median | ${median(samples.map((s) => s.activateCallMs)).toFixed(2)} ms |`);
console.log(
    `| node-llama-cpp loaded at activation | ${samples.every((s) => s.failed === 0) ? "no (asserted by the suite in every run)" : "see failures"} |`
);
console.log(`| dist/extension.js | ${kb(size("dist/extension.js"))} |`);
console.log(`| dist/webview/panel.js | ${kb(size("dist/webview/panel.js"))} |`);
