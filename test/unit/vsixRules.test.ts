import * as assert from "node:assert/strict";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

interface VsixRules {
    publishedTargets: string[];
    openVsxLimitBytes: number;
    checkVsixFileList(files: string[], target: string, backends?: string[]): string[];
    ignoreFileFor(target: string, backends?: string[]): string;
    backendPackagesFor(target: string, backends?: string[]): string[];
}

const repo = path.resolve(__dirname, "..", "..", "..");
const loadRules = (): Promise<VsixRules> =>
    import(pathToFileURL(path.join(repo, "scripts", "vsixRules.mjs")).href) as Promise<VsixRules>;

const good = [
    "extension.vsixmanifest",
    "[Content_Types].xml",
    "extension/package.json",
    "extension/package.nls.ko.json",
    "extension/dist/extension.js",
    "extension/dist/model-host.js",
    "extension/dist/webview/panel.js",
    "extension/dist/model-host.js",
    "extension/media/panel.css",
    "extension/media/icon.png",
    "extension/l10n/bundle.l10n.ko.json",
    "extension/docs/team.md",
    "extension/docs/safety.md",
    "extension/docs/performance.md",
    "extension/node_modules/node-llama-cpp/package.json",
    "extension/node_modules/node-llama-cpp/dist/index.js",
    "extension/node_modules/@node-llama-cpp/linux-x64/bins/linux-x64/llama-addon.node",
    "extension/node_modules/@node-llama-cpp/linux-x64-vulkan/bins/linux-x64-vulkan/llama-addon.node",
    "extension/node_modules/@node-llama-cpp/linux-x64-cuda/bins/linux-x64-cuda/llama-addon.node"
];

describe("VSIX packaging rules", () => {
    it("accept a linux-x64 package with CPU, Vulkan and CUDA binaries", async () => {
        const rules = await loadRules();
        assert.deepEqual(rules.checkVsixFileList(good, "linux-x64"), []);
    });

    const broken: Array<[string, (files: string[]) => string[], RegExp]> = [
        [
            "another platform's binaries",
            (f) => [...f, "extension/node_modules/@node-llama-cpp/win-x64/bins/win-x64/llama-addon.node"],
            /win-x64/
        ],
        [
            "the CUDA 12 -ext fallback",
            (f) => [...f, "extension/node_modules/@node-llama-cpp/linux-x64-cuda-ext/bins/x/libggml-cuda.so"],
            /cuda-ext/
        ],
        [
            "the llama.cpp source bundle",
            (f) => [...f, "extension/node_modules/node-llama-cpp/llama/gitRelease.bundle"],
            /source bundle/
        ],
        ["our TypeScript sources", (f) => [...f, "extension/extension/extension.ts"], /sources/],
        ["tests", (f) => [...f, "extension/test/unit/threads.test.ts"], /sources, tests/],
        ["a dev dependency", (f) => [...f, "extension/node_modules/typescript/lib/typescript.js"], /dev dependency/],
        ["model weights", (f) => [...f, "extension/media/model.gguf"], /weights/],
        ["a missing backend", (f) => f.filter((x) => !x.includes("linux-x64-vulkan")), /missing the linux-x64-vulkan/],
        [
            "no guide for the offline Open Documentation command",
            (f) => f.filter((x) => x !== "extension/docs/team.md"),
            /missing extension\/docs\/team\.md/
        ],
        ["the docs' screenshots", (f) => [...f, "extension/docs/images/panel-dark.png"], /documentation no command/],
        ["the architecture notes", (f) => [...f, "extension/docs/architecture.md"], /documentation no command/],
        [
            "a missing bundle",
            (f) => f.filter((x) => x !== "extension/dist/extension.js"),
            /missing extension\/dist\/extension\.js/
        ]
    ];
    for (const [what, mutate, expected] of broken) {
        it(`reject a package with ${what}`, async () => {
            const rules = await loadRules();
            const problems = rules.checkVsixFileList(mutate(good), "linux-x64");
            assert.ok(
                problems.some((p) => expected.test(p)),
                `problems were ${JSON.stringify(problems)}`
            );
        });
    }

    it("limit a backend choice to its packages", async () => {
        const rules = await loadRules();
        assert.deepEqual(rules.backendPackagesFor("linux-x64", ["cpu", "vulkan"]), ["linux-x64", "linux-x64-vulkan"]);
        assert.deepEqual(rules.backendPackagesFor("win32-x64"), ["win-x64", "win-x64-vulkan", "win-x64-cuda"]);
        assert.deepEqual(rules.backendPackagesFor("darwin-arm64"), ["mac-arm64-metal"]);
        assert.throws(() => rules.backendPackagesFor("sunos-sparc"));
    });

    it("write an ignore file that drops other platforms and never re-includes with '!'", async () => {
        const rules = await loadRules();
        const ignore = rules.ignoreFileFor("linux-x64");
        assert.match(ignore, /node_modules\/@node-llama-cpp\/win-x64\/\*\*/);
        assert.match(ignore, /gitRelease\.bundle/);
        assert.doesNotMatch(ignore, /@node-llama-cpp\/linux-x64\/\*\*/);
        assert.ok(!ignore.split("\n").some((line) => line.startsWith("!")));
    });

    /** The files every VSIX has, plus one addon per expected package. */
    const forTarget = (packages: string[]) => [
        ...good.filter((file) => !file.includes("@node-llama-cpp/")),
        ...packages.map((pkg) => `extension/node_modules/@node-llama-cpp/${pkg}/bins/${pkg}/llama-addon.node`)
    ];
    const perTarget: Array<[string, string[]]> = [
        ["linux-arm64", ["linux-arm64"]],
        ["win32-x64", ["win-x64", "win-x64-vulkan", "win-x64-cuda"]],
        ["darwin-arm64", ["mac-arm64-metal"]]
    ];
    for (const [target, packages] of perTarget) {
        it(`accept a ${target} package with exactly ${packages.join(", ")}`, async () => {
            const rules = await loadRules();
            assert.deepEqual(rules.checkVsixFileList(forTarget(packages), target), []);
        });
        it(`reject a ${target} package that carries linux-x64 binaries or a foreign native helper`, async () => {
            const rules = await loadRules();
            const files = [
                ...forTarget(packages),
                "extension/node_modules/@node-llama-cpp/linux-x64/bins/linux-x64/llama-addon.node",
                "extension/node_modules/@reflink/reflink-linux-x64-gnu/reflink.linux-x64-gnu.node"
            ];
            const problems = rules.checkVsixFileList(files, target);
            assert.ok(
                problems.some((p) => /another platform's or backend's binaries: @node-llama-cpp\/linux-x64/.test(p)),
                JSON.stringify(problems)
            );
            assert.ok(
                problems.some((p) => /native binary outside .*reflink/.test(p)),
                JSON.stringify(problems)
            );
        });
    }

    it("publish at least linux-x64, linux-arm64, win32-x64 and darwin-arm64, each with known binaries", async () => {
        const rules = await loadRules();
        for (const target of ["linux-x64", "linux-arm64", "win32-x64", "darwin-arm64"]) {
            assert.ok(rules.publishedTargets.includes(target), target);
            assert.ok(rules.backendPackagesFor(target).length > 0, target);
        }
        assert.equal(rules.openVsxLimitBytes, 256e6);
    });

    it("drop ipull's per-platform reflink binaries from every target", async () => {
        const rules = await loadRules();
        for (const target of ["linux-x64", "win32-x64"]) {
            assert.match(rules.ignoreFileFor(target), /node_modules\/@reflink\/reflink-\*\/\*\*/);
        }
    });
});

interface PackTarget {
    productionPackages(root: string): string[];
    sizeBreakdown(
        entries: { name: string; size: number; compressed: number }[]
    ): Record<string, { unpacked: number; packed: number }>;
}
interface PlatformPackages {
    platformCacheDir: (version: string) => string;
}

describe("per-target staging for package:all", function () {
    this.timeout(60_000);
    const load = <T>(file: string) => import(pathToFileURL(path.join(repo, "scripts", file)).href) as Promise<T>;

    it("stages the production dependencies only, without any platform's binaries", async () => {
        const pack = await load<PackTarget>("packTarget.mjs");
        const packages = pack.productionPackages(repo);
        assert.ok(packages.includes("node-llama-cpp"));
        assert.ok(
            !packages.some((p) => p.startsWith("@node-llama-cpp/") || p.startsWith("@reflink/reflink-")),
            packages.join()
        );
        for (const dev of ["mocha", "webpack", "@vscode/vsce", "eslint"]) assert.ok(!packages.includes(dev), dev);
    });

    it("reports sizes per node-llama-cpp package and for the rest", async () => {
        const pack = await load<PackTarget>("packTarget.mjs");
        const parts = pack.sizeBreakdown([
            { name: "extension/dist/extension.js", size: 10, compressed: 4 },
            {
                name: "extension/node_modules/@node-llama-cpp/win-x64/bins/win-x64/llama-addon.node",
                size: 100,
                compressed: 40
            },
            { name: "extension/node_modules/@node-llama-cpp/win-x64/package.json", size: 1, compressed: 1 }
        ]);
        assert.deepEqual(parts, { extension: { unpacked: 10, packed: 4 }, "win-x64": { unpacked: 101, packed: 41 } });
    });

    it("caches fetched platform packages by node-llama-cpp version", async () => {
        const cache = await load<PlatformPackages>("platformPackages.mjs");
        assert.match(cache.platformCacheDir("3.21.1"), /gemma-ko-test[/\\]node-llama-cpp-3\.21\.1$/);
        assert.notEqual(cache.platformCacheDir("3.21.1"), cache.platformCacheDir("3.22.0"));
    });
});
