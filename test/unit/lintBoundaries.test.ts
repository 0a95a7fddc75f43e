import * as assert from "node:assert/strict";
import * as path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";

const repo = path.resolve(__dirname, "..", "..", "..");

async function lint(file: string, code: string): Promise<string[]> {
    // The snippets are not files of the TypeScript project: lint them without type
    // information (the boundary rules need none).
    const eslint = new ESLint({ cwd: repo, overrideConfig: [tseslint.configs.disableTypeChecked] });
    const [result] = await eslint.lintText(code, { filePath: path.join(repo, file) });
    return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe("lint enforces the design card's folder boundaries", function () {
    this.timeout(60_000);

    const forbidden: Array<[string, string, string]> = [
        ["safety/ importing vscode", "safety/x.ts", 'import * as vscode from "vscode";\nexport const a = vscode;\n'],
        ["models/ importing vscode", "models/x.ts", 'import * as vscode from "vscode";\nexport const a = vscode;\n'],
        ["webview/ importing vscode", "webview/x.ts", 'import * as vscode from "vscode";\nexport const a = vscode;\n'],
        [
            "safety/ importing models/",
            "safety/x.ts",
            'import { chooseThreadCount } from "../models/threads";\nexport const a = chooseThreadCount;\n'
        ],
        [
            "webview/ importing models/",
            "webview/x.ts",
            'import { formatBytes } from "../models/runtimeInfo";\nexport const a = formatBytes;\n'
        ],
        [
            "models/ importing extension/",
            "models/x.ts",
            'import { readRuntimeConfig } from "../extension/config";\nexport const a = readRuntimeConfig;\n'
        ],
        [
            "extension/ importing panel code other than the protocol",
            "extension/x.ts",
            'import { x } from "../webview/main";\nexport const a = x;\n'
        ],
        ["a require of node-llama-cpp", "models/x.ts", 'export const a = require("node-llama-cpp");\n'],
        ["a default export", "models/x.ts", "export default 1;\n"]
    ];
    for (const [what, file, code] of forbidden) {
        it(`rejects ${what}`, async () => {
            const messages = await lint(file, code);
            assert.ok(
                messages.some(
                    (m) =>
                        m.startsWith("no-restricted-imports") ||
                        m.startsWith("no-restricted-syntax") ||
                        m.includes("require")
                ),
                `no boundary error: ${messages.join("; ")}`
            );
        });
    }

    const allowed: Array<[string, string, string]> = [
        [
            "extension/ importing vscode and models/",
            "extension/x.ts",
            'import * as vscode from "vscode";\nimport { formatBytes } from "../models/runtimeInfo";\nexport const a = [vscode, formatBytes];\n'
        ],
        [
            "extension/ importing the webview protocol",
            "extension/x.ts",
            'import { newRequestId } from "../webview/protocol";\nexport const a = newRequestId;\n'
        ],
        [
            "models/ importing safety/ types",
            "models/x.ts",
            'import type { X } from "../safety/types";\nexport type A = X;\n'
        ],
        [
            "webview/ importing itself",
            "webview/x.ts",
            'import { newRequestId } from "./protocol";\nexport const a = newRequestId;\n'
        ]
    ];
    for (const [what, file, code] of allowed) {
        it(`allows ${what}`, async () => {
            const messages = await lint(file, code);
            assert.deepEqual(
                messages.filter((m) => m.startsWith("no-restricted")),
                []
            );
        });
    }
});
