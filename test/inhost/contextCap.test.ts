// A context size set above the model's trained length was capped without a word (found from
// outside): the user is told once, with the numbers, and the runtime report shows the size in use.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { writeScriptedModel } from "../fixtures/scriptedModel";
import { extensionLog, logHolds } from "./extensionLog";

describe("A context size above the model's trained length", function () {
    this.timeout(120_000);
    let dir: string;
    const settings = () => vscode.workspace.getConfiguration("gemmaKo");

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-context-"));
        // The scripted model is trained for 4,096 tokens.
        const model = path.join(dir, "context-cap.gguf");
        await writeScriptedModel(model);
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", model, vscode.ConfigurationTarget.Global);
        await settings().update("model.contextSize", 8192, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await settings().update("model.contextSize", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("is said once with the setting, the trained length and the size in use; the runtime report shows it", async () => {
        const warning =
            /(gemmaKo\.model\.contextSize is 8192 tokens, but context-cap\.gguf was trained for 4096: its context is 4096 tokens\.|gemmaKo\.model\.contextSize가 8192토큰이지만 context-cap\.gguf은\(는\) 4096토큰 길이로 학습된 모델이라 컨텍스트를 4096토큰으로 씁니다\.)/g;
        const before = (extensionLog().match(warning) ?? []).length;
        await vscode.commands.executeCommand("gemmaKo.loadModel");
        assert.equal(await logHolds("8192"), true);
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.equal((extensionLog().match(warning) ?? []).length, before + 1, extensionLog().slice(-1500));
        // Loaded again with the same setting: not said again.
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await vscode.commands.executeCommand("gemmaKo.loadModel");
        await vscode.commands.executeCommand("gemmaKo.showRuntimeInfo");
        const row =
            /(Context size: 4096 tokens \(the setting asks for 8192; the model was trained for 4096\)|컨텍스트 크기: 4096토큰\(설정값은 8192토큰이지만 모델이 학습한 길이는 4096토큰입니다\))/;
        assert.equal(await logHolds("4096", 15_000), true);
        for (let waited = 0; waited < 15_000 && !row.test(extensionLog()); waited += 250)
            await new Promise((resolve) => setTimeout(resolve, 250));
        assert.match(extensionLog(), row);
        assert.equal((extensionLog().match(warning) ?? []).length, before + 1, "said once");
    });

    it("past the setting's maximum (typed into settings.json) names the value set, not 131072", async () => {
        // Found from outside: 200000 in settings.json was reported as "131072 tokens".
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.contextSize", 200000, vscode.ConfigurationTarget.Global);
        const warning =
            /(gemmaKo\.model\.contextSize is 200000 tokens, but context-cap\.gguf was trained for 4096: its context is 4096 tokens\.|gemmaKo\.model\.contextSize가 200000토큰이지만 context-cap\.gguf은\(는\) 4096토큰 길이로 학습된 모델이라 컨텍스트를 4096토큰으로 씁니다\.)/;
        await vscode.commands.executeCommand("gemmaKo.loadModel");
        for (let waited = 0; waited < 15_000 && !warning.test(extensionLog()); waited += 250)
            await new Promise((resolve) => setTimeout(resolve, 250));
        assert.match(extensionLog(), warning);
        assert.doesNotMatch(extensionLog(), /contextSize(?: is |가 )131072/);
        await vscode.commands.executeCommand("gemmaKo.showRuntimeInfo");
        const row =
            /(Context size: 4096 tokens \(the setting asks for 200000; the model was trained for 4096\)|컨텍스트 크기: 4096토큰\(설정값은 200000토큰이지만 모델이 학습한 길이는 4096토큰입니다\))/;
        for (let waited = 0; waited < 15_000 && !row.test(extensionLog()); waited += 250)
            await new Promise((resolve) => setTimeout(resolve, 250));
        assert.match(extensionLog(), row);
    });
});
