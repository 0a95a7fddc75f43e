import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

const repo = path.resolve(__dirname, "..", "..", "..");
const readJson = (file: string): Record<string, unknown> =>
    JSON.parse(fs.readFileSync(path.join(repo, file), "utf8")) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((entry) => {
        const relative = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
        return entry.name.endsWith(".ts") ? [relative] : [];
    });
}

/** Every message passed to l10n.t / t("...") in our sources. */
function translatedMessages(): string[] {
    const messages = new Set<string>();
    for (const file of [...sourceFiles("extension"), ...sourceFiles("models")]) {
        const text = fs.readFileSync(path.join(repo, file), "utf8");
        for (const match of text.matchAll(/\bt\(\s*"((?:[^"\\]|\\.)*)"/g))
            messages.add(JSON.parse(`"${match[1]}"`) as string);
    }
    return [...messages];
}

describe("package manifest and localisation", () => {
    const manifest = readJson("package.json");
    const nlsEn = readJson("package.nls.json");
    const nlsKo = readJson("package.nls.ko.json");

    it("pins node-llama-cpp to an exact version", () => {
        const dependencies = manifest["dependencies"] as Record<string, string>;
        assert.match(dependencies["node-llama-cpp"], /^\d+\.\d+\.\d+$/);
    });

    it("gives every %placeholder% an English and a Korean string", () => {
        const placeholders = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
        assert.ok(placeholders.length >= 5);
        for (const key of placeholders) {
            assert.equal(typeof nlsEn[key], "string", `package.nls.json lacks ${key}`);
            assert.equal(typeof nlsKo[key], "string", `package.nls.ko.json lacks ${key}`);
            assert.match(nlsKo[key] as string, /[가-힣]|^Gemma-Ko$/, `package.nls.ko.json's ${key} is not Korean`);
        }
        assert.deepEqual(Object.keys(nlsKo).sort(), Object.keys(nlsEn).sort());
    });

    interface SettingSchema {
        enum?: string[];
        enumItemLabels?: string[];
        markdownEnumDescriptions?: string[];
        enumDescriptions?: string[];
        scope?: string;
        markdownDescription?: string;
    }
    const settings = () =>
        Object.entries(
            (manifest["contributes"] as { configuration: { properties: Record<string, SettingSchema> } }).configuration
                .properties
        );
    const text = (nls: Record<string, unknown>, placeholder: string | undefined): string => {
        const value = nls[(placeholder ?? "").replaceAll("%", "")];
        return typeof value === "string" ? value : "";
    };

    it("labels every enum value of every setting, in English and Korean, instead of showing raw values", () => {
        const enums = settings().filter(([, schema]) => schema.enum !== undefined);
        assert.ok(enums.length >= 3);
        for (const [id, schema] of enums) {
            const count = schema.enum?.length;
            assert.equal(schema.enumItemLabels?.length, count, `${id} enumItemLabels`);
            assert.equal(schema.markdownEnumDescriptions?.length, count, `${id} markdownEnumDescriptions`);
            assert.equal(
                schema.enumDescriptions,
                undefined,
                `${id}: markdownEnumDescriptions replace enumDescriptions`
            );
            for (const label of schema.enumItemLabels ?? []) {
                assert.notEqual(text(nlsEn, label), "", `${id} ${label} in English`);
                assert.match(text(nlsKo, label), /[가-힣]/, `${id} ${label} in Korean`);
            }
        }
    });

    it("tells, on every machine-scoped setting, where to set it with a remote or code-server", () => {
        const machine = settings().filter(([, schema]) => schema.scope?.startsWith("machine") === true);
        assert.ok(machine.length >= 3);
        for (const [id, schema] of machine) {
            assert.match(text(nlsEn, schema.markdownDescription), /Remote \[name\].*code-server/s, id);
            assert.match(text(nlsKo, schema.markdownDescription), /원격 \[이름\].*code-server/s, id);
        }
    });

    it("lists the same settings in extension/config.ts as the manifest: restricted ones, and machine-scoped ones", () => {
        const config = fs.readFileSync(path.join(repo, "extension", "config.ts"), "utf8");
        const listed = (name: string) => {
            const body = new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(config)?.[1] ?? "";
            return [...body.matchAll(/"([^"]+)"/g)].map((m) => `gemmaKo.${m[1]}`).sort();
        };
        const capabilities = manifest["capabilities"] as {
            untrustedWorkspaces: { restrictedConfigurations: string[] };
        };
        // The untrusted-workspace warning names what it finds from this list (found from outside: draftPath was missing).
        assert.deepEqual(
            listed("restrictedSettings"),
            [...capabilities.untrustedWorkspaces.restrictedConfigurations].sort()
        );
        const machine = settings()
            .filter(([, schema]) => schema.scope?.startsWith("machine") === true)
            .map(([id]) => id)
            .sort();
        assert.deepEqual(listed("machineScopedKeys"), machine);
    });

    it("translates every runtime message into Korean", () => {
        const bundle = readJson("l10n/bundle.l10n.ko.json");
        const messages = translatedMessages();
        assert.ok(messages.length > 20);
        for (const message of messages) {
            assert.equal(typeof bundle[message], "string", `l10n/bundle.l10n.ko.json lacks "${message}"`);
            const placeholders = (text: string) => (text.match(/\{\d+\}/g) ?? []).sort().join();
            assert.equal(
                placeholders(bundle[message] as string),
                placeholders(message),
                `placeholders differ for "${message}"`
            );
        }
    });

    it("names commands gemmaKo.<verbNoun> with a category and activates after startup, never eagerly", () => {
        const contributes = manifest["contributes"] as { commands: Array<{ command: string; category?: string }> };
        for (const command of contributes.commands) {
            assert.match(command.command, /^gemmaKo\.[a-z]+[A-Za-z]*$/);
            assert.equal(command.category, "%command.category%");
        }
        const activationEvents = manifest["activationEvents"] as string[];
        // After startup (the status item and the first-install walkthrough), never "*": activation
        // stays cheap (no node-llama-cpp; measured by bench:activation and the in-host test).
        assert.ok(!activationEvents.includes("*"));
        assert.ok(activationEvents.includes("onStartupFinished"));
    });

    it("links the walkthrough to the guides through Open Documentation (offline), in both languages", () => {
        const contributes = manifest["contributes"] as { commands: Array<{ command: string }> };
        const commands = new Set(contributes.commands.map((entry) => entry.command));
        for (const nls of [nlsEn, nlsKo]) {
            const walkthrough = Object.entries(nls).filter(([key]) => key.startsWith("walkthrough."));
            const links = walkthrough.flatMap(([, text]) => [...String(text).matchAll(/\]\((command:[^)]+)\)/g)]);
            for (const [, link] of links) assert.ok(commands.has(link.slice(8).split("?")[0]), link);
            const guides = links.flatMap(([, link]) => (link.startsWith("command:gemmaKo.openDocs?") ? [link] : []));
            const named = guides.map((link) => (JSON.parse(decodeURIComponent(link.split("?")[1])) as string[])[0]);
            assert.deepEqual(named.sort(), ["performance", "safety", "team"]);
            for (const name of named) assert.ok(fs.existsSync(path.join(repo, "docs", `${name}.md`)), name);
            // No walkthrough link that needs the network to reach the project's own docs.
            for (const [, text] of walkthrough)
                assert.ok(!/github\.com|docs\/\w+\.md/.test(String(text)), String(text));
        }
    });

    it("ships an icon that exists and a main that the bundle produces", () => {
        assert.ok(fs.existsSync(path.join(repo, manifest["icon"] as string)));
        assert.equal(manifest["main"], "./dist/extension.js");
    });
});
