// The layout rule for commands: one file per command under extension/commands/,
// each declaring exactly one with defineCommand, all registered by activate().
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

const repo = path.resolve(__dirname, "..", "..", "..");
const folder = path.join(repo, "extension", "commands");

describe("one command per file under extension/commands/", () => {
    const files = fs.readdirSync(folder).filter((name) => name.endsWith(".ts"));
    const declared = new Map<string, string>();
    for (const file of files) {
        const source = fs.readFileSync(path.join(folder, file), "utf8");
        it(`${file} declares exactly one command and registers nothing itself`, () => {
            const ids = [...source.matchAll(/defineCommand\(\s*"([^"]+)"/g)].map((match) => match[1]);
            assert.equal(ids.length, 1, `${file} declares ${ids.length} commands`);
            assert.ok(!source.includes("registerCommand("), `${file} registers a command directly`);
            declared.set(ids[0] ?? "", file);
        });
    }

    it("activate() registers every declared command, and package.json names no command without one", () => {
        const extension = fs.readFileSync(path.join(repo, "extension", "extension.ts"), "utf8");
        for (const file of files) {
            const exported = /export const (\w+) = defineCommand/.exec(
                fs.readFileSync(path.join(folder, file), "utf8")
            )?.[1];
            assert.ok(exported !== undefined, `${file} exports no command constant`);
            assert.ok(extension.includes(`ctx.registerCommand(${exported})`), `${exported} is never registered`);
        }
        const manifest = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as {
            contributes: { commands: Array<{ command: string }> };
        };
        for (const { command } of manifest.contributes.commands)
            assert.ok(declared.has(command), `package.json's ${command} has no file under extension/commands/`);
    });
});

describe("source files stay readable in one sitting", () => {
    /** Every .ts file under a folder, generated code aside. */
    const sources = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
            return entry.name.endsWith(".ts") ? [full] : [];
        });

    it("no source file in extension/, models/, safety/ or webview/ is over 400 lines", () => {
        const long = ["extension", "models", "safety", "webview"]
            .flatMap((folder) => sources(path.join(repo, folder)))
            .map((file) => ({
                file: path.relative(repo, file),
                lines: fs.readFileSync(file, "utf8").split("\n").length
            }))
            .filter(({ lines }) => lines > 401);
        assert.deepEqual(long, [], "split these along their concerns");
    });
});
