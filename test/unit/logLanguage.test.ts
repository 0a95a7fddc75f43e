// The output channel read in English only under the Korean UI (found from outside). The lines
// that say what happened to the user's requests and model — errors, loads, stops, how a long
// input was split — now go through the extension's l10n bundle, as its notifications do;
// technical lines (the safety audit's types and counts, the model process's own report)
// stay as they are. VS Code's l10n cannot run in plain Node: this reads the sources.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");
const bundle = JSON.parse(fs.readFileSync(path.join(root, "l10n", "bundle.l10n.ko.json"), "utf8")) as Record<
    string,
    string
>;

/** Each log call in `file`: its level and the source of its first argument. */
function logCalls(file: string): Array<{ level: string; argument: string }> {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const calls: Array<{ level: string; argument: string }> = [];
    for (const match of source.matchAll(/\blog\.(info|warn|error)\(\s*/g)) {
        calls.push({
            level: match[1],
            argument: source.slice(match.index + match[0].length, match.index + match[0].length + 200)
        });
    }
    return calls;
}

const userFacing: Record<string, RegExp[]> = {
    // Failures, stops and empty answers of requests; the audit line (types and counts) is technical.
    // The audit's and a review flag's lines too: their frame in the UI's language, ids and counts as
    // they are (found from outside: they stayed English under the Korean UI).
    "extension/panel/results.ts": [],
    "extension/chat/answer.ts": [],
    // The activation's lines.
    "extension/extension.ts": [],
    "extension/requests/preparations.ts": [],
    "extension/requests/summary.ts": [],
    "extension/commands/loadModel.ts": [],
    // Which backend answers and each load; settings files that could not be read, and the model
    // library's own lines (passed through as they are), stay technical.
    "extension/modelService.ts": [/^`Could not read /, /^message\)/, /^m\)/]
};

describe("The log's lines about what happened follow the UI's language", () => {
    for (const [file, technical] of Object.entries(userFacing)) {
        it(`${file}: every info, warning and error line about a request or the model goes through l10n`, () => {
            const calls = logCalls(file);
            assert.ok(calls.length > 0, `${file} logs something`);
            for (const { level, argument } of calls) {
                if (technical.some((pattern) => pattern.test(argument))) continue;
                assert.match(argument, /^vscode\.l10n\.t\(/, `${file}: log.${level}(${argument.slice(0, 80)}…`);
            }
        });
    }

    it("each of those lines has its Korean in the bundle", () => {
        for (const file of Object.keys(userFacing)) {
            const source = fs.readFileSync(path.join(root, file), "utf8");
            for (const match of source.matchAll(
                /\blog\.(?:info|warn|error)\(\s*vscode\.l10n\.t\(\s*"((?:[^"\\]|\\.)*)"/g
            )) {
                const message = JSON.parse(`"${match[1]}"`) as string;
                assert.equal(typeof bundle[message], "string", `l10n/bundle.l10n.ko.json lacks "${message}"`);
            }
        }
    });
});
