// The model in its own process, seen from the extension host: a model process killed
// by SIGKILL in the middle of a generation ends that request with a clear error (and
// nothing inserted), the extension host goes on, and the next request starts a new
// process and succeeds.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";
import { closeDocument } from "./editors";

const extensionId = "gemma-ko.gemma-ko-assistant";

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
}

describe("The model process under the extension host (isolated mode)", function () {
    this.timeout(240_000);
    let dir: string;
    let api: GemmaKoApi;
    const settings = () => vscode.workspace.getConfiguration("gemmaKo");

    before(async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>(extensionId);
        assert.ok(extension);
        api = await extension.activate();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-"));
        // A long script (1,500 distinct pieces) so that generation lasts long enough to be killed.
        const long = path.join(dir, "long.gguf");
        await writeScriptedModel(long, scriptSteps(Array.from({ length: 1500 }, (_, i) => `t${i} `)));
        await settings().update("generation.maxTokens", 4000, vscode.ConfigurationTarget.Global);
        await settings().update("model.path", long, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await settings().update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("loads node-llama-cpp only in the model process, never in the extension host", () => {
        assert.equal(api.nativeRuntimeRequested(), false);
        const maps = fs.readFileSync("/proc/self/maps", "utf8");
        assert.ok(!/llama|ggml/i.test(maps), "a llama.cpp library is mapped into the extension host");
    });

    it("a SIGKILL mid-generation: the request ends with an error naming the model, nothing is inserted, the next request works", async () => {
        const content = "function add(a, b) {\n  return a + b;\n}\n";
        const document = await vscode.workspace.openTextDocument({ language: "javascript", content });
        await vscode.window.showTextDocument(document);
        const pending = Promise.resolve(vscode.commands.executeCommand<string>("gemmaKo.draftDocComment"));
        await until(() => api.modelState() === "generating", 60_000, "the generation to start");
        const pid = api.modelProcessId();
        assert.ok(pid !== undefined, "a model process runs");
        await new Promise((resolve) => setTimeout(resolve, 100));
        process.kill(pid, "SIGKILL");
        const id = await pending;
        const result = api.result(id);
        assert.equal(result?.state, "error", `the killed request ends in an error: ${JSON.stringify(result)}`);
        assert.match(result.message ?? "", /long\.gguf/, "the error names the model file");
        assert.equal(await vscode.commands.executeCommand<boolean>("gemmaKo.insertResult", id), false);
        assert.equal(document.getText(), content, "nothing half-inserted");
        assert.equal(api.nativeRuntimeRequested(), false, "the host never fell back to loading llama.cpp itself");

        // The next request starts a new process and completes.
        await settings().update("generation.maxTokens", 40, vscode.ConfigurationTarget.Global);
        const editor = vscode.window.activeTextEditor?.document.uri.toString();
        const next = await vscode.commands.executeCommand<string | undefined>("gemmaKo.draftDocComment");
        assert.ok(next !== undefined, `the command ran (active editor: ${editor})`);
        assert.equal(api.result(next)?.state, "done", JSON.stringify(api.result(next)));
        const restarted = api.modelProcessId();
        assert.ok(restarted !== undefined && restarted !== pid, "a new model process serves it");
        await closeDocument(document);
    });
});
