#!/usr/bin/env node
// Builds llama.cpp's llama-server from the llama.cpp source that node-llama-cpp ships
// (node_modules/node-llama-cpp/llama/gitRelease.bundle, a git bundle of the tagged
// release), once, into the test cache folder:
//   $GEMMA_KO_TEST_CACHE (default ~/.cache/gemma-ko-test)/
//     llama-server-<tag>-<commit12>/llama-server   (on linux-x64 linked against node-llama-cpp's
//                                                  prebuilt libraries, copied beside it; else static)
//     llama-server-<tag>-<commit12>/build.json     (flags, time, source)
// The remote-backend tests start it on a loopback port with the scripted fixture model.
// With the binary present this does nothing. Nothing is downloaded: the web UI (which
// llama.cpp would fetch from a hub) and HTTPS support are switched off.
//
//   node scripts/buildLlamaServer.mjs            build if missing; prints the binary's path
//   node scripts/buildLlamaServer.mjs --check    exit 0 when cached, 1 when not (no build)
//   node scripts/buildLlamaServer.mjs --print    print the path the binary has (or would have)
// Environment: LLAMA_SERVER_BUILD_JOBS (default: the number of CPUs).
import { execFileSync, spawnSync } from "node:child_process";
import {
    copyFileSync,
    chmodSync,
    existsSync,
    mkdirSync,
    readdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from "node:fs";
import { cpus, homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildLinkedAgainstPrebuilt, prebuiltLlamaLibraries } from "./llamaServerPrebuilt.mjs";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const llamaDir = join(repoRoot, "node_modules", "node-llama-cpp", "llama");
const bundlePath = join(llamaDir, "gitRelease.bundle");

/** The test cache folder (same convention as test/support/codeServer.mjs). */
export function cacheDir() {
    return (
        process.env.GEMMA_KO_TEST_CACHE ??
        join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "gemma-ko-test")
    );
}

/** The llama.cpp release node-llama-cpp ships: its tag and the bundle's commit. */
export function llamaCppRelease() {
    if (!existsSync(bundlePath)) {
        return undefined;
    }
    let tag = "unknown";
    for (const file of ["llama.cpp.info.json", "binariesGithubRelease.json"]) {
        try {
            const info = JSON.parse(readFileSync(join(llamaDir, file), "utf8"));
            const value = info.tag ?? info.release;
            if (typeof value === "string" && /^[\w.-]+$/.test(value)) {
                tag = value;
                break;
            }
        } catch {
            // try the next file
        }
    }
    const heads = execFileSync("git", ["bundle", "list-heads", bundlePath], { encoding: "utf8" });
    const commit = /^([0-9a-f]{40})\s/m.exec(heads)?.[1] ?? "unknown";
    return { tag, commit };
}

/** Where the binary is (or would be) cached, with the reason when it cannot be built. */
export function llamaServerLocation() {
    const release = llamaCppRelease();
    if (!release) {
        return { reason: `no llama.cpp source: ${bundlePath} is missing (run npm ci)` };
    }
    const key = `llama-server-${release.tag}-${release.commit.slice(0, 12)}`;
    const dir = join(cacheDir(), key);
    return { ...release, key, dir, binary: join(dir, "llama-server") };
}

/** The cached binary's path, or undefined (with why) when it has not been built. */
export function cachedLlamaServer() {
    const location = llamaServerLocation();
    if (!location.binary) {
        return { reason: location.reason };
    }
    if (!existsSync(location.binary)) {
        return {
            reason: `llama-server is not built (${location.binary} missing; run \`node scripts/buildLlamaServer.mjs\`, ~25 min on 2 cores)`
        };
    }
    return { binary: location.binary };
}

function missingTools() {
    const missing = [];
    for (const [tool, args] of [
        ["git", ["--version"]],
        ["cmake", ["--version"]],
        ["c++", ["--version"]]
    ]) {
        if (spawnSync(tool, args, { stdio: "ignore" }).status !== 0) {
            missing.push(tool);
        }
    }
    return missing;
}

function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return error.code === "EPERM";
    }
}

/**
 * The build folder: an interrupted build's (its process gone) is resumed, so a build
 * cut off by a session's end or a CI timeout continues where it stopped; else a new one.
 */
function workFolder(location) {
    const parent = dirname(location.dir);
    const prefix = `${location.key}.build-`;
    if (existsSync(parent)) {
        for (const name of readdirSync(parent)) {
            if (!name.startsWith(prefix)) continue;
            const pidFile = join(parent, name, "builder.pid");
            const pid = Number(existsSync(pidFile) ? readFileSync(pidFile, "utf8").trim() : name.slice(prefix.length));
            if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
                throw new Error(`another build is running (pid ${pid}, ${join(parent, name)}); wait for it`);
            }
            if (existsSync(join(parent, name, "build", "CMakeCache.txt"))) {
                // CMake keeps absolute paths: the folder is used under its own name.
                console.log(`resuming the interrupted build in ${join(parent, name)}`);
                return { work: join(parent, name), resumed: true };
            }
            rmSync(join(parent, name), { recursive: true, force: true });
        }
    }
    return { work: `${location.dir}.build-${process.pid}`, resumed: false };
}

function run(command, args, options = {}) {
    const started = Date.now();
    console.log(`$ ${command} ${args.join(" ")}`);
    execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
    return Date.now() - started;
}

/** Builds llama-server into the cache unless it is there; returns the binary's path. */
export function buildLlamaServer({ jobs } = {}) {
    const location = llamaServerLocation();
    if (!location.binary) {
        throw new Error(location.reason);
    }
    if (existsSync(location.binary)) {
        return location.binary;
    }
    const missing = missingTools();
    if (missing.length) {
        throw new Error(`cannot build llama-server: ${missing.join(", ")} not found (apt-get install cmake g++ git)`);
    }
    const started = Date.now();
    mkdirSync(dirname(location.dir), { recursive: true });
    const { work, resumed } = workFolder(location);
    const src = join(work, "src");
    const build = join(work, "build");
    mkdirSync(work, { recursive: true });
    // The pid file marks the folder as in use (a resumed folder keeps its old name).
    writeFileSync(join(work, "builder.pid"), String(process.pid));
    let succeeded = false;
    try {
        if (!resumed) run("git", ["clone", "--quiet", bundlePath, src]);
        const parallel = String(jobs ?? (Number(process.env.LLAMA_SERVER_BUILD_JOBS) || cpus().length || 2));
        const staged = join(work, "out");
        rmSync(staged, { recursive: true, force: true });
        mkdirSync(staged);
        // The fast way where node-llama-cpp ships llama.cpp's libraries prebuilt (linux-x64):
        // compile only what llama-server adds and link against them. Elsewhere, or with
        // LLAMA_SERVER_FULL_BUILD=1, the whole llama-server target.
        const prebuilt = process.env.LLAMA_SERVER_FULL_BUILD ? undefined : prebuiltLlamaLibraries(repoRoot);
        let flags;
        let configureMs = 0;
        let buildMs;
        let method;
        if (prebuilt) {
            const linked = buildLinkedAgainstPrebuilt({ src, build, outDir: staged, prebuilt, jobs: parallel, run });
            flags = linked.flags;
            buildMs = linked.ms;
            method = `server objects linked against node-llama-cpp's prebuilt ${prebuilt.needed.join(", ")}`;
        } else {
            flags = [
                "-DCMAKE_BUILD_TYPE=Release",
                "-DBUILD_SHARED_LIBS=OFF",
                // portable: the cache may outlive the CPU it was built on
                "-DGGML_NATIVE=OFF",
                "-DLLAMA_BUILD_TESTS=OFF",
                "-DLLAMA_BUILD_EXAMPLES=OFF",
                "-DLLAMA_BUILD_APP=OFF",
                "-DLLAMA_BUILD_SERVER=ON",
                // no web UI: llama.cpp would download it; the tests only use the HTTP API
                "-DLLAMA_BUILD_UI=OFF",
                "-DLLAMA_USE_PREBUILT_UI=OFF",
                "-DLLAMA_OPENSSL=OFF",
                "-DLLAMA_CURL=OFF"
            ];
            configureMs = run("cmake", ["-S", src, "-B", build, ...flags]);
            buildMs = run("cmake", [
                "--build",
                build,
                "--config",
                "Release",
                "--target",
                "llama-server",
                "-j",
                parallel
            ]);
            const built = join(build, "bin", "llama-server");
            if (!existsSync(built)) {
                throw new Error(`the build finished but ${built} is missing`);
            }
            copyFileSync(built, join(staged, "llama-server"));
            chmodSync(join(staged, "llama-server"), 0o755);
            method = "full build of the llama-server target";
        }
        writeFileSync(
            join(staged, "build.json"),
            `${JSON.stringify(
                {
                    tag: location.tag,
                    commit: location.commit,
                    method,
                    flags,
                    jobs: Number(parallel),
                    configureSeconds: Math.round(configureMs / 1000),
                    buildSeconds: Math.round(buildMs / 1000),
                    totalSeconds: Math.round((Date.now() - started) / 1000),
                    builtAt: new Date().toISOString()
                },
                undefined,
                2
            )}\n`
        );
        mkdirSync(dirname(location.dir), { recursive: true });
        if (!existsSync(location.binary)) {
            rmSync(location.dir, { recursive: true, force: true });
            renameSync(staged, location.dir);
        }
        succeeded = true;
    } finally {
        // Kept after a failure or an interruption: the next run resumes the build.
        if (succeeded) rmSync(work, { recursive: true, force: true });
    }
    console.log(
        `llama-server ${location.tag} built in ${Math.round((Date.now() - started) / 1000)} s: ${location.binary}`
    );
    return location.binary;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const args = new Set(process.argv.slice(2));
    try {
        if (args.has("--print")) {
            const location = llamaServerLocation();
            console.log(location.binary ?? location.reason);
            process.exit(location.binary ? 0 : 1);
        } else if (args.has("--check")) {
            const cached = cachedLlamaServer();
            console.log(cached.binary ?? cached.reason);
            process.exit(cached.binary ? 0 : 1);
        } else {
            const cached = cachedLlamaServer();
            if (cached.binary) {
                console.log(`llama-server cached: ${cached.binary}`);
            } else {
                console.log(buildLlamaServer());
            }
        }
    } catch (error) {
        console.error(`buildLlamaServer: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    }
}
