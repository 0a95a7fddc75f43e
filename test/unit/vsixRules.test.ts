import * as assert from "node:assert/strict";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

interface VsixRules {
    checkVsixFileList(files: string[], target: string, backends?: string[]): string[];
    ignoreFileFor(target: string, backends?: string[]): string;
    backendPackagesFor(target: string, backends?: string[]): string[];
}

const repo = path.resolve(__dirname, "..", "..", "..");
const loadRules = (): Promise<VsixRules> => import(pathToFileURL(path.join(repo, "scripts", "vsixRules.mjs")).href) as Promise<VsixRules>;

const good = [
    "extension.vsixmanifest",
    "[Content_Types].xml",
    "extension/package.json",
    "extension/package.nls.ko.json",
    "extension/dist/extension.js",
    "extension/dist/webview/panel.js",
    "extension/media/panel.css",
    "extension/media/icon.png",
    "extension/l10n/bundle.l10n.ko.json",
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
        ["another platform's binaries", (f) => [...f, "extension/node_modules/@node-llama-cpp/win-x64/bins/win-x64/llama-addon.node"], /win-x64/],
        ["the CUDA 12 -ext fallback", (f) => [...f, "extension/node_modules/@node-llama-cpp/linux-x64-cuda-ext/bins/x/libggml-cuda.so"], /cuda-ext/],
        ["the llama.cpp source bundle", (f) => [...f, "extension/node_modules/node-llama-cpp/llama/gitRelease.bundle"], /source bundle/],
        ["our TypeScript sources", (f) => [...f, "extension/extension/extension.ts"], /sources/],
        ["tests", (f) => [...f, "extension/test/unit/threads.test.ts"], /sources, tests/],
        ["a dev dependency", (f) => [...f, "extension/node_modules/typescript/lib/typescript.js"], /dev dependency/],
        ["model weights", (f) => [...f, "extension/media/model.gguf"], /weights/],
        ["a missing backend", (f) => f.filter((x) => !x.includes("linux-x64-vulkan")), /missing the linux-x64-vulkan/],
        ["a missing bundle", (f) => f.filter((x) => x !== "extension/dist/extension.js"), /missing extension\/dist\/extension\.js/]
    ];
    for (const [what, mutate, expected] of broken) {
        it(`reject a package with ${what}`, async () => {
            const rules = await loadRules();
            const problems = rules.checkVsixFileList(mutate(good), "linux-x64");
            assert.ok(problems.some((p) => expected.test(p)), `problems were ${JSON.stringify(problems)}`);
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
});
