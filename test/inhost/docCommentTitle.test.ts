// A doc comment drafted for a selection of several functions and classes (a whole file) was
// titled with the first one's name only (found from outside): its card now names the file and
// how many declarations it documents; one function keeps its own name.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";
import { closeDocument } from "./editors";

const gemma = () => vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant")?.exports;
const python =
    "import os\n\n\nclass Calc:\n    def add(self, a, b):\n        return a + b\n\n\ndef double(x):\n    return 2 * x\n\n\ndef half(x):\n    return x / 2\n";

describe("A doc comment's card is titled for what it documents", function () {
    this.timeout(120_000);
    let dir: string;
    const settings = () => vscode.workspace.getConfiguration("gemmaKo");

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-title-"));
        const model = path.join(dir, "doc-comment.gguf");
        await writeScriptedModel(model, scriptSteps(["두 수를 ", "더한 값을 ", "반환합니다.", "\n----- 끝", " -----"]));
        await settings().update("model.path", model, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    async function titleFor(
        select: (document: vscode.TextDocument) => vscode.Selection,
        [language, content] = ["python", python]
    ): Promise<string> {
        const document = await vscode.workspace.openTextDocument({ language, content });
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = select(document);
        const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        const result = gemma()?.result(id ?? "");
        await closeDocument(document);
        assert.equal(result?.state, "done", result?.message);
        return result.title;
    }

    it("the whole file selected (a class and two functions): 'whole file' and its name, not the first name", async () => {
        const title = await titleFor((document) => new vscode.Selection(0, 0, document.lineCount, 0));
        assert.match(title, /^(Korean doc comment: whole file|한국어 문서 주석: 파일 전체) \(Untitled-\d+\)$/);
        assert.doesNotMatch(title, /Calc|import/);
    });

    it("a file under a directive ('use strict'), whole or from its top: never the directive (found from outside)", async () => {
        const js: [string, string] = ["javascript", '"use strict";\n\nfunction add(a, b) {\n    return a + b;\n}\n'];
        const whole = await titleFor((document) => new vscode.Selection(0, 0, document.lineCount, 0), js);
        assert.match(whole, /^(Korean doc comment: whole file|한국어 문서 주석: 파일 전체) \(Untitled-\d+\)$/);
        const fromTop = await titleFor(() => new vscode.Selection(0, 0, 3, 0), js);
        assert.match(fromTop, /^(Korean doc comment|한국어 문서 주석): add$/);
    });

    it("one function selected keeps its own name", async () => {
        const title = await titleFor(() => new vscode.Selection(8, 0, 10, 0));
        assert.match(title, /^(Korean doc comment|한국어 문서 주석): double$/);
    });
});
