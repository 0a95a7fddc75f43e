// Runs mocha files in this process and writes a stage result for test/runAll.mjs.
// Usage: node test/support/runMocha.mjs <result.json> <timeoutMs> <file-or-dir>...
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import Mocha from "mocha";

const require = createRequire(import.meta.url);
const { collectResults } = require("../../out/test/support/resultReporter.js");
const [resultPath, timeout, ...inputs] = process.argv.slice(2);

function testFiles(input) {
    const path = resolve(input);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true })
        .filter((file) => /\.test\.(js|mjs)$|\.e2e\.mjs$/.test(file))
        .sort()
        .map((file) => join(path, file));
}

// GEMMA_KO_GREP: only the tests whose titles match (to run one again while investigating).
const grep = process.env.GEMMA_KO_GREP;
const mocha = new Mocha({
    ui: "bdd",
    timeout: Number(timeout),
    color: false,
    reporter: "spec",
    ...(grep ? { grep } : {})
});
for (const input of inputs) for (const file of testFiles(input)) mocha.addFile(file);
await mocha.loadFilesAsync();
await new Promise((done) => {
    const runner = mocha.run(() => done());
    collectResults(runner, resultPath, {});
});
process.exit(0);
