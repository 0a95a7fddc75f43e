// npm run package [-- --target linux-x64] [-- --backends cpu,vulkan] [-- --skip-build]
// Builds the bundles, then a per-platform VSIX with only that platform's node-llama-cpp
// binaries (scripts/packTarget.mjs), and checks it against scripts/vsixRules.mjs.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packTarget } from "./packTarget.mjs";
import { currentTarget } from "./vsixRules.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
};
const target = option("target") ?? currentTarget();
const backends = option("backends")?.split(",");

if (!args.includes("--skip-build")) execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
const result = packTarget({
    root,
    target,
    backends,
    outDir: join(root, "out", "vsix"),
    stageRoot: join(root, "out", "stage")
});
if (result.problems.length > 0) {
    console.error(`The VSIX breaks the packaging rules:\n- ${result.problems.join("\n- ")}`);
    process.exit(1);
}
