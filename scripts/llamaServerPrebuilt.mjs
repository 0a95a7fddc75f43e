// The fast way to a llama-server: node-llama-cpp ships llama.cpp prebuilt as shared
// libraries (libllama, libggml with every CPU variant, and libllama-common, the `common`
// library llama-server is written against), built from the very source in its git bundle.
// Compiling only what llama-server adds (the server, mtmd, the UI stub, httplib, the hash
// vendor code) and linking against those libraries takes a fraction of a full build
// (23 min under a load of 18 on 2 cores, against well over an hour for the full build),
// and the server then runs the same llama.cpp binaries the extension does.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** node-llama-cpp's prebuilt CPU binaries for this machine, or undefined. */
export function prebuiltLlamaLibraries(repoRoot) {
    if (process.platform !== "linux" || process.arch !== "x64") return undefined;
    const dir = join(repoRoot, "node_modules", "@node-llama-cpp", "linux-x64", "bins", "linux-x64");
    if (!existsSync(join(dir, "libllama-common.so"))) return undefined;
    const libraries = readdirSync(dir).filter((name) => name.endsWith(".so"));
    const versioned = (prefix) => libraries.find((name) => name.startsWith(prefix));
    const needed = [versioned("libllama.v"), versioned("libggml.v"), "libggml-base.so", "libllama-common.so"];
    if (needed.some((name) => name === undefined || !libraries.includes(name))) return undefined;
    return { dir, libraries, needed };
}

/** Object-file targets CMake's Makefile generator offers in one build folder. */
function objectTargets(makefile, exclude = /$^/) {
    const text = readFileSync(makefile, "utf8");
    return [...text.matchAll(/^([\w/.-]+\.(?:c|cpp)\.o):/gm)].map((m) => m[1]).filter((name) => !exclude.test(name));
}

function objectsUnder(dir) {
    return readdirSync(dir, { recursive: true })
        .filter((name) => String(name).endsWith(".o"))
        .map((name) => join(dir, String(name)));
}

/**
 * Configures the bundled source, compiles what llama-server adds, links it against the
 * prebuilt libraries and copies binary and libraries into `outDir`. `run(command, args,
 * options)` runs one command (inheriting output) and returns its duration in ms.
 */
export function buildLinkedAgainstPrebuilt({ src, build, outDir, prebuilt, jobs, run }) {
    const flags = [
        "-DCMAKE_BUILD_TYPE=Release",
        // the server's own code is not where time goes: the math runs in the prebuilt libraries
        "-DCMAKE_C_FLAGS_RELEASE=-O1 -DNDEBUG",
        "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG",
        "-DBUILD_SHARED_LIBS=ON",
        "-DGGML_NATIVE=OFF",
        "-DLLAMA_BUILD_TESTS=OFF",
        "-DLLAMA_BUILD_EXAMPLES=OFF",
        "-DLLAMA_BUILD_APP=OFF",
        "-DLLAMA_BUILD_SERVER=ON",
        "-DLLAMA_BUILD_UI=OFF",
        "-DLLAMA_USE_PREBUILT_UI=OFF",
        "-DLLAMA_OPENSSL=OFF",
        "-DLLAMA_CURL=OFF"
    ];
    let ms = run("cmake", ["-S", src, "-B", build, ...flags]);
    const make = (dir, targets) => (ms += run("make", ["-j", String(jobs), "-C", join(build, dir), ...targets]));
    make("vendor/cpp-httplib", objectTargets(join(build, "vendor/cpp-httplib/Makefile")));
    make("vendor/hash", objectTargets(join(build, "vendor/hash/Makefile")));
    ms += run("cmake", ["--build", build, "--target", "llama-ui", "-j", String(jobs)]);
    make("tools/server", objectTargets(join(build, "tools/server/Makefile")));
    make("tools/mtmd", objectTargets(join(build, "tools/mtmd/Makefile"), /mtmd-cli|^debug\/|deprecation/));
    for (const name of prebuilt.libraries) copyFileSync(join(prebuilt.dir, name), join(outDir, name));
    const objects = [
        ...["server-context", "llama-server-impl", "llama-server"].flatMap((t) =>
            objectsUnder(join(build, "tools/server/CMakeFiles", `${t}.dir`))
        ),
        ...objectsUnder(join(build, "tools/mtmd/CMakeFiles/mtmd.dir")),
        ...objectsUnder(join(build, "vendor/cpp-httplib/CMakeFiles")),
        ...objectsUnder(join(build, "vendor/hash/CMakeFiles"))
    ];
    const binary = join(outDir, "llama-server");
    ms += run("c++", [
        "-o",
        binary,
        ...objects,
        join(build, "tools/ui/libllama-ui.a"),
        `-L${outDir}`,
        ...prebuilt.needed.map((name) => `-l:${name}`),
        "-Wl,-rpath,$ORIGIN",
        "-pthread"
    ]);
    execFileSync(binary, ["--version"], { stdio: "ignore" });
    return { binary, ms, flags };
}
