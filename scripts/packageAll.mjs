// npm run package:all [-- --targets linux-x64,win32-x64] [-- --skip-build]
// The release script: builds the bundles once, packages and rule-checks every published
// target, prints a size table, and prints (does not run) the publish commands. Another
// platform's node-llama-cpp binaries come from `npm pack`, cached under
// ~/.cache/gemma-ko-test/node-llama-cpp-<version> (see scripts/platformPackages.mjs).
import { execFileSync } from "node:child_process";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { mb, packTarget } from "./packTarget.mjs";
import { backendsByTarget, openVsxLimitBytes, publishedTargets } from "./vsixRules.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const targetsArg = args.includes("--targets") ? args[args.indexOf("--targets") + 1] : undefined;
const targets = targetsArg?.split(",") ?? publishedTargets;

const started = Date.now();
if (!args.includes("--skip-build")) execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
const results = [];
for (const target of targets) {
    const began = Date.now();
    const result = packTarget({
        root,
        target,
        outDir: join(root, "out", "vsix"),
        stageRoot: join(root, "out", "stage")
    });
    results.push({ ...result, seconds: (Date.now() - began) / 1000 });
}

console.log("\n| target | backends | VSIX (packed) | unpacked | binaries per backend (packed) | files | rules |");
console.log("|---|---|---|---|---|---|---|");
for (const r of results) {
    const binaries = Object.entries(r.parts)
        .filter(([key]) => key !== "extension")
        .map(([key, size]) => `${key} ${mb(size.packed)}`)
        .join(", ");
    const rules = r.problems.length === 0 ? "ok" : `${r.problems.length} problem(s)`;
    const backends = Object.keys(backendsByTarget(r.target)).join(" + ");
    console.log(
        `| ${r.target} | ${backends} | ${mb(r.packed)} | ${mb(r.unpacked)} | ${binaries} | ${r.files} | ${rules} |`
    );
}

console.log("\nPublish commands (dry run: not executed). VSCE_PAT and OVSX_PAT come from the release environment.");
for (const r of results) {
    const vsix = relative(root, r.out);
    console.log(`npx vsce publish --packagePath ${vsix}   # Marketplace, target ${r.target}`);
    const ovsx = `npx ovsx publish ${vsix} -p "$OVSX_PAT"   # Open VSX, target ${r.target}`;
    console.log(r.packed > openVsxLimitBytes ? `# SKIPPED, over Open VSX's ~256 MB cap: ${ovsx}` : ovsx);
}
console.log(`\n${results.length} targets in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const failed = results.filter((r) => r.problems.length > 0 || r.packed > openVsxLimitBytes);
for (const r of failed) {
    console.error(
        `\n${r.target}:\n- ${[...r.problems, ...(r.packed > openVsxLimitBytes ? ["over the Open VSX cap"] : [])].join("\n- ")}`
    );
}
process.exit(failed.length > 0 ? 1 : 0);
