// Inspects the VSIX that `npm run package` built for this platform.
import * as assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkVsixFileList, currentTarget, listZipEntries, readZipEntry } from "../../scripts/vsixRules.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { name, version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const target = currentTarget();
const vsixPath = join(repo, "out", "vsix", `${name}-${version}@${target}.vsix`);

describe(`the built VSIX for ${target}`, () => {
    let entries;
    let buffer;
    before(() => {
        assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package"`);
        buffer = readFileSync(vsixPath);
        entries = listZipEntries(buffer);
    });

    it("holds the bundles, node-llama-cpp and only this platform's binaries", () => {
        assert.deepEqual(
            checkVsixFileList(
                entries.map((e) => e.name),
                target
            ),
            []
        );
    });

    it("declares its target platform in the manifest", async () => {
        const manifest = entries.find((e) => e.name === "extension.vsixmanifest");
        assert.ok(manifest);
        const xml = (await readZipEntry(buffer, manifest)).toString("utf8");
        assert.match(xml, new RegExp(`TargetPlatform="${target}"`));
    });

    it("ships the package.json whose main is the webpack bundle and pins node-llama-cpp", async () => {
        const packageJson = JSON.parse(
            (
                await readZipEntry(
                    buffer,
                    entries.find((e) => e.name === "extension/package.json")
                )
            ).toString("utf8")
        );
        assert.equal(packageJson.main, "./dist/extension.js");
        assert.match(packageJson.dependencies["node-llama-cpp"], /^\d+\.\d+\.\d+$/);
    });

    it("carries no model weights and no file over 400 MB", () => {
        for (const entry of entries) {
            assert.ok(!/\.gguf$/i.test(entry.name), entry.name);
            assert.ok(entry.size < 400e6, `${entry.name} is ${entry.size} bytes`);
        }
    });
});
