// The crafted corpus of bad and odd GGUF files (test/fixtures/badModels.ts) through the
// extension's own path: model.path set to each, Draft Korean Doc Comment run. The
// extension host must survive every one (this suite keeps running inside it), each
// answer must be a clear error or a working draft, and afterwards a good model works.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { badModels, writeTruncated } from "../fixtures/badModels";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";
import { writeTinyGemma } from "../fixtures/tinyGemma";

const extensionId = "gemma-ko.gemma-ko-assistant";

describe("A corpus of 60+ crafted GGUF files through the extension (isolated model process)", function () {
    this.timeout(900_000);
    let dir: string;
    let api: GemmaKoApi;
    const settings = () => vscode.workspace.getConfiguration("gemmaKo");

    before(async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>(extensionId);
        assert.ok(extension);
        api = await extension.activate();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-corpus-"));
        await settings().update("generation.maxTokens", 8, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await settings().update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("every file ends in an error that names it or a working draft; the host lives on; a good model works after", async () => {
        const files: Array<{ name: string; file: string }> = [];
        for (const model of badModels()) {
            const file = path.join(dir, `${model.name}.gguf`);
            await model.write(file);
            files.push({ name: model.name, file });
        }
        const tiny = path.join(dir, "good-tiny.gguf");
        await writeTinyGemma(tiny);
        const truncated = path.join(dir, "truncated-half.gguf");
        await writeTruncated(tiny, truncated, 0.5);
        files.push({ name: "truncated-half", file: truncated });
        assert.ok(files.length >= 60, `corpus of ${files.length}`);

        const document = await vscode.workspace.openTextDocument({
            language: "javascript",
            content: "function add(a, b) {\n  return a + b;\n}\n"
        });
        await vscode.window.showTextDocument(document);
        const outcomes: string[] = [];
        for (const { name, file } of files) {
            await settings().update("model.path", file, vscode.ConfigurationTarget.Global);
            await vscode.window.showTextDocument(document);
            const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
            const result = api.result(id);
            assert.ok(result !== undefined, `${name}: no result`);
            assert.ok(result.state === "error" || result.state === "done", `${name}: ${JSON.stringify(result)}`);
            if (result.state === "error") {
                assert.ok((result.message ?? "").length > 10, `${name}: an error says what happened`);
                assert.ok((result.message ?? "").includes(path.basename(file)), `${name}: ${result.message ?? ""}`);
                // Retry alone fails again: the card offers another model (found from outside).
                assert.ok(result.fixes?.includes("selectModel"), `${name}: ${result.message ?? ""}`);
                // The status bar says the file failed, not "loads on first use" (found from outside).
                if (api.modelState() === "unloaded")
                    assert.ok(
                        api.statusText().startsWith("$(warning)") && api.statusText().includes(path.basename(file)),
                        `${name}: status "${api.statusText()}"`
                    );
            }
            assert.notEqual(api.modelState(), "loading", `${name}: the model state recovered`);
            outcomes.push(`${name}: ${result.state}`);
        }
        console.log(`      ${outcomes.join("\n      ")}`);

        // The status bar and panel recover: a good model answers the next request.
        const good = path.join(dir, "good-scripted.gguf");
        await writeScriptedModel(good, scriptSteps(["두 수를 ", "더합니", "다.", "\n----- 끝", " -----"]));
        await settings().update("model.path", good, vscode.ConfigurationTarget.Global);
        const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        assert.equal(api.result(id)?.state, "done", JSON.stringify(api.result(id)));
        assert.ok(!api.statusText().includes("$(warning)"), api.statusText());
        assert.equal(api.nativeRuntimeRequested(), false, "llama.cpp never loaded into the extension host");
        await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    });

    it("a model that writes nothing: the result says so and offers another model; nothing is inserted", async () => {
        // The script's first piece is the prompt's own separator line: the draft ends with no text.
        const silent = path.join(dir, "silent-scripted.gguf");
        await writeScriptedModel(silent, scriptSteps(["\n----- 끝", " -----"]));
        await settings().update("model.path", silent, vscode.ConfigurationTarget.Global);
        const content = "function add(a, b) {\n  return a + b;\n}\n";
        const document = await vscode.workspace.openTextDocument({ language: "javascript", content });
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(1, 4, 1, 4);
        const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        const result = api.result(id);
        assert.equal(result?.state, "error", JSON.stringify(result));
        assert.match(result?.message ?? "", /no text|아무 글도/);
        assert.deepEqual(result?.fixes, ["selectModel"]);
        assert.equal(document.getText(), content, "nothing was inserted");
        await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    });
});
