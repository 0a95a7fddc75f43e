// A whole file's doc comment was inserted above the file's first declaration (found from
// outside). It goes at the top of the file: after a shebang, a "use strict" directive or a
// license header, before the imports, in the file's comment syntax; one undo takes it out and
// the extension never saves the file.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { closeDocument, useScriptedModel } from "./editors";

const gemma = () => vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant")?.exports;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("A whole file's doc comment goes at the top of the file (scripted model)", function () {
    this.timeout(180_000);
    const dir = useScriptedModel("gemma-ko-inhost-filecomment-", [
        "계산 도우미 ",
        "함수를 ",
        "모은 파일입니다.",
        "\n----- 끝",
        " -----"
    ]);
    const files = () => vscode.workspace.getConfiguration("files");

    before(() => files().update("autoSave", "off", vscode.ConfigurationTarget.Global));
    after(() => files().update("autoSave", undefined, vscode.ConfigurationTarget.Global));

    /** Writes `source` to a file, selects all of it, drafts the doc comment and inserts it; the document. */
    async function documentFile(name: string, source: string): Promise<vscode.TextDocument> {
        const file = path.join(dir(), name);
        fs.writeFileSync(file, source);
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        const editor = await vscode.window.showTextDocument(document);
        // Ctrl+A: the selection ends at the end of the last line (inside the last function's body).
        const last = document.lineCount - 1;
        editor.selection = new vscode.Selection(0, 0, last, document.lineAt(last).text.length);
        const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        const result = gemma()?.result(id ?? "");
        assert.equal(result?.state, "done", result?.message);
        assert.equal(await vscode.commands.executeCommand("gemmaKo.insertResult", id, false), true);
        return document;
    }

    it("JavaScript: after the shebang, the license header and 'use strict', before the imports; one undo; not saved", async () => {
        const source =
            "#!/usr/bin/env node\n" +
            "// Copyright 2026 Example Corp.\n// SPDX-License-Identifier: MIT\n" +
            "'use strict';\n\n" +
            'const fs = require("node:fs");\n\n' +
            "function add(a, b) {\n  return a + b;\n}\n\nfunction half(x) {\n  return x / 2;\n}";
        const document = await documentFile("calc.js", source);
        const expected =
            "#!/usr/bin/env node\n" +
            "// Copyright 2026 Example Corp.\n// SPDX-License-Identifier: MIT\n" +
            "'use strict';\n\n" +
            "/**\n * 계산 도우미 함수를 모은 파일입니다.\n */\n" +
            "\n" +
            'const fs = require("node:fs");\n\n' +
            "function add(a, b) {\n  return a + b;\n}\n\nfunction half(x) {\n  return x / 2;\n}";
        assert.equal(document.getText(), expected);
        await sleep(1_500);
        assert.ok(document.isDirty, "left unsaved");
        assert.equal(fs.readFileSync(document.uri.fsPath, "utf8"), source, "nothing saved");
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand("undo");
        assert.equal(document.getText(), source, "one undo takes it out");
        await closeDocument(document);
    });

    it("Python: a module docstring after the shebang, the encoding line and the license comment, before the imports", async () => {
        const source =
            "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# Licensed under the Apache License 2.0\n" +
            "import os\n\n\nclass Calc:\n    def add(self, a, b):\n        return a + b\n\n\ndef half(x):\n    return x / 2\n";
        const document = await documentFile("calc.py", source);
        assert.equal(
            document.getText(),
            "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# Licensed under the Apache License 2.0\n" +
                '\n"""계산 도우미 함수를 모은 파일입니다."""\n\n' +
                "import os\n\n\nclass Calc:\n    def add(self, a, b):\n        return a + b\n\n\ndef half(x):\n    return x / 2\n"
        );
        await closeDocument(document);
    });
});
