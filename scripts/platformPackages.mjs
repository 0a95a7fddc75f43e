// Another platform's node-llama-cpp binaries, fetched with `npm pack` (npm refuses to
// install them with --os/--cpu: EBADPLATFORM) and cached by version, so a CI rerun
// downloads nothing. Used by scripts/packageAll.mjs to stage a per-target VSIX.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** ~/.cache/gemma-ko-test/node-llama-cpp-<version>, or $GEMMA_KO_CACHE/... */
export function platformCacheDir(version) {
    const base = process.env.GEMMA_KO_CACHE ?? join(homedir(), ".cache", "gemma-ko-test");
    return join(base, `node-llama-cpp-${version}`);
}

/** The installed node-llama-cpp version: the binaries must match it exactly. */
export function nodeLlamaCppVersion(root) {
    return JSON.parse(readFileSync(join(root, "node_modules", "node-llama-cpp", "package.json"), "utf8")).version;
}

/**
 * The folder holding `@node-llama-cpp/<pkg>` unpacked: the project's own node_modules
 * when npm installed it there (this platform), else the cache, filled by `npm pack`
 * on first use. Returns the folder (a package root with package.json).
 */
export function platformPackageDir(root, pkg, version, log = console.log) {
    const installed = join(root, "node_modules", "@node-llama-cpp", pkg);
    if (isPackage(installed, version)) return installed;
    const cache = platformCacheDir(version);
    const unpacked = join(cache, pkg);
    if (isPackage(unpacked, version)) return unpacked;
    mkdirSync(cache, { recursive: true });
    const scratch = join(cache, `.download-${pkg}-${process.pid}`);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch);
    try {
        log(`fetching @node-llama-cpp/${pkg}@${version} with npm pack (cached in ${cache})`);
        execFileSync("npm", ["pack", `@node-llama-cpp/${pkg}@${version}`, "--silent", "--pack-destination", scratch], {
            stdio: ["ignore", "ignore", "inherit"]
        });
        const tarball = readdirSync(scratch).find((file) => file.endsWith(".tgz"));
        if (tarball === undefined) throw new Error(`npm pack left no tarball for @node-llama-cpp/${pkg}`);
        execFileSync("tar", ["-xzf", join(scratch, tarball), "-C", scratch]);
        rmSync(unpacked, { recursive: true, force: true });
        // the tarball unpacks into package/; renaming last makes a half-finished download invisible
        renameSync(join(scratch, "package"), unpacked);
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
    if (!isPackage(unpacked, version)) throw new Error(`@node-llama-cpp/${pkg}@${version} did not unpack`);
    return unpacked;
}

function isPackage(dir, version) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest)) return false;
    return JSON.parse(readFileSync(manifest, "utf8")).version === version;
}
