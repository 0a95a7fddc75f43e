// npm run package [-- --target linux-x64] [-- --backends cpu,vulkan]
// Builds a per-platform VSIX with only that platform's node-llama-cpp binaries
// and checks it against scripts/vsixRules.mjs before reporting success.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkVsixFileList, currentTarget, ignoreFileFor, listZipEntries } from "./vsixRules.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
};
const target = option("target") ?? currentTarget();
const backends = option("backends")?.split(",");
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const suffix = backends === undefined ? "" : `-${backends.join("+")}`;
const out = join(root, "out", "vsix", `${name}-${version}@${target}${suffix}.vsix`);
mkdirSync(dirname(out), { recursive: true });
rmSync(out, { force: true });

const scratch = mkdtempSync(join(tmpdir(), "gemma-ko-package-"));
const ignoreFile = join(scratch, ".vscodeignore");
writeFileSync(ignoreFile, ignoreFileFor(target, backends));
try {
    execFileSync(join(root, "node_modules", ".bin", "vsce"), ["package", "--target", target, "--ignoreFile", ignoreFile, "--out", out], {
        cwd: root,
        stdio: "inherit"
    });
} finally {
    rmSync(scratch, { recursive: true, force: true });
}

const entries = listZipEntries(readFileSync(out));
const problems = checkVsixFileList(entries.map((entry) => entry.name), target, backends);
const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`${relative(root, out)}: ${mb(statSync(out).size)} packed, ${mb(unpacked)} unpacked, ${entries.length} files`);
if (problems.length > 0) {
    console.error(`The VSIX breaks the packaging rules:\n- ${problems.join("\n- ")}`);
    process.exit(1);
}
