// Packages one VS Code target into a VSIX from a staging folder that holds only what that
// target ships: the built bundles, the production dependencies, and that platform's
// node-llama-cpp binaries (from node_modules, or fetched with `npm pack` and cached).
// Then checks the VSIX against scripts/vsixRules.mjs. Used by package.mjs and packageAll.mjs.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { nodeLlamaCppVersion, platformPackageDir } from "./platformPackages.mjs";
import { backendPackagesFor, checkVsixFileList, ignoreFileFor, listZipEntries } from "./vsixRules.mjs";

/** Top-level files and folders of the repository that go into every VSIX. */
const shippedFiles = [
    "package.nls.json",
    "package.nls.ko.json",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "NOTICE",
    "media",
    "l10n",
    "dist",
    // The guides a user needs without the network (the README's links lead to GitHub): opened in
    // the Markdown preview by "Gemma-Ko: Open Documentation". Not architecture.md, not the images.
    "docs/team.md",
    "docs/safety.md",
    "docs/performance.md"
];

/** The production dependency folders under node_modules (relative), without any platform binaries. */
export function productionPackages(root) {
    const out = execFileSync("npm", ["ls", "--omit=dev", "--parseable", "--all", "--depth=99999"], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
        stdio: ["ignore", "pipe", "ignore"]
    });
    const prefix = join(root, "node_modules") + "/";
    const tops = new Set();
    for (const line of out.split("\n")) {
        if (!line.startsWith(prefix)) continue;
        const parts = line.slice(prefix.length).split("/");
        const top = parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
        if (top.startsWith("@node-llama-cpp/") || top.startsWith("@reflink/reflink-")) continue;
        tops.add(top);
    }
    return [...tops].sort();
}

/** Hard-link copy where the filesystem allows (fast, no extra disk), else a plain copy. */
function linkCopy(from, to) {
    try {
        execFileSync("cp", ["-al", from, to]);
    } catch {
        cpSync(from, to, { recursive: true });
    }
}

/** Builds the staging folder for `target`; returns its path. */
export function stageTarget({ root, target, backends, stageRoot, log = console.log }) {
    const stage = join(stageRoot, target);
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(join(stage, "node_modules", "@node-llama-cpp"), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    // The bundles are built once before staging; vsce must not rebuild in a folder without sources.
    delete manifest.scripts?.["vscode:prepublish"];
    // The command-line tools (npm's `bin`) are for the npm package: the VSIX leaves their files out.
    delete manifest.bin;
    writeFileSync(join(stage, "package.json"), JSON.stringify(manifest, null, 4));
    for (const file of shippedFiles) {
        if (!existsSync(join(root, file))) continue;
        mkdirSync(dirname(join(stage, file)), { recursive: true });
        linkCopy(join(root, file), join(stage, file));
    }
    for (const pkg of productionPackages(root)) {
        mkdirSync(join(stage, "node_modules", pkg, ".."), { recursive: true });
        linkCopy(join(root, "node_modules", pkg), join(stage, "node_modules", pkg));
    }
    const version = nodeLlamaCppVersion(root);
    for (const pkg of backendPackagesFor(target, backends)) {
        linkCopy(platformPackageDir(root, pkg, version, log), join(stage, "node_modules", "@node-llama-cpp", pkg));
    }
    return stage;
}

/** Unpacked and compressed bytes per `@node-llama-cpp/*` package, and for everything else ("extension"). */
export function sizeBreakdown(entries) {
    const parts = {};
    for (const entry of entries) {
        const match = /^extension\/node_modules\/@node-llama-cpp\/([^/]+)\//.exec(entry.name);
        const key = match === null ? "extension" : match[1];
        parts[key] ??= { unpacked: 0, packed: 0 };
        parts[key].unpacked += entry.size;
        parts[key].packed += entry.compressed;
    }
    return parts;
}

/**
 * Stages and packages `target`; returns the VSIX path, its packed and unpacked sizes, a
 * per-package breakdown and the rule violations (empty when the VSIX is right).
 */
export function packTarget({ root, target, backends, outDir, stageRoot, log = console.log }) {
    outDir = resolve(root, outDir);
    stageRoot = resolve(root, stageRoot);
    const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const suffix = backends === undefined ? "" : `-${backends.join("+")}`;
    const out = join(outDir, `${name}-${version}@${target}${suffix}.vsix`);
    mkdirSync(outDir, { recursive: true });
    rmSync(out, { force: true });
    const stage = stageTarget({ root, target, backends, stageRoot, log });
    const ignoreFile = join(stageRoot, `${target}.vscodeignore`);
    writeFileSync(ignoreFile, ignoreFileFor(target, backends));
    try {
        execFileSync(
            join(root, "node_modules", ".bin", "vsce"),
            ["package", "--target", target, "--ignoreFile", ignoreFile, "--out", out],
            { cwd: stage, stdio: ["ignore", "ignore", "inherit"] }
        );
    } finally {
        rmSync(stage, { recursive: true, force: true });
        rmSync(ignoreFile, { force: true });
    }
    const entries = listZipEntries(readFileSync(out));
    const problems = checkVsixFileList(
        entries.map((entry) => entry.name),
        target,
        backends
    );
    const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
    log(`${relative(root, out)}: ${mb(statSync(out).size)} packed, ${mb(unpacked)} unpacked, ${entries.length} files`);
    return {
        target,
        out,
        file: basename(out),
        packed: statSync(out).size,
        unpacked,
        files: entries.length,
        parts: sizeBreakdown(entries),
        problems
    };
}

export const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
