// A model path typed into the User settings of a remote window (code-server is one): VS Code
// applies machine-scoped settings there only from the Remote settings, and drops the User value
// without reporting a change. Found from outside ("No model is loaded" although settings.json
// named the file); the extension now says why, and offers the file (remoteWindow.ts).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { applyEdits, modify } from "jsonc-parser";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("A model path the remote window ignores (User settings, code-server)", function () {
    this.timeout(60_000);

    it("says why no model is loaded, names the file, and offers the fixes", async function () {
        if (vscode.env.remoteName === undefined) this.skip(); // desktop VS Code: a local window
        const extension = vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant");
        assert.ok(extension);
        const api = await extension.activate();
        const folder = api.userDataFolder();
        assert.ok(folder !== undefined, "code-server keeps the User settings beside the extension's storage");
        const file = path.join(folder, "settings.json");
        const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "{}";
        const named = path.join(os.tmpdir(), "named-in-user-settings.gguf");
        const config = () => vscode.workspace.getConfiguration("gemmaKo");
        await config().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        try {
            const edits = modify(before, ["gemmaKo.model.path"], named, {
                formattingOptions: { insertSpaces: true, tabSize: 4 }
            });
            fs.writeFileSync(file, `// a comment, as people keep in settings.json\n${applyEdits(before, edits)}`);
            await sleep(2000); // VS Code re-reads the file
            assert.equal(
                config().get("model.path"),
                "",
                "the window applies this setting from the Remote settings only"
            );
            const document = await vscode.workspace.openTextDocument({
                language: "typescript",
                content: "function one(): number {\n    return 1;\n}\n"
            });
            const editor = await vscode.window.showTextDocument(document);
            editor.selection = new vscode.Selection(1, 4, 1, 4);
            const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
            const result = api.result(id);
            assert.equal(result?.state, "error");
            assert.match(result.message ?? "", /No model is loaded|로드된 모델이 없습니다/);
            assert.match(result.message ?? "", /Remote settings|원격 설정/);
            assert.match(result.message ?? "", /named-in-user-settings\.gguf/);
            assert.deepEqual(result.fixes, ["selectModel", "openModelFile"]);
            await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
        } finally {
            fs.writeFileSync(file, before);
        }
    });

    it("has the Remote tab's Settings command the mirror and draft-model buttons open (machine-scoped settings)", async function () {
        if (vscode.env.remoteName === undefined) this.skip();
        const commands = await vscode.commands.getCommands(true);
        assert.ok(commands.includes("workbench.action.openRemoteSettings"), "the Remote settings command exists");
        await vscode.commands.executeCommand("workbench.action.openRemoteSettings", {
            query: "gemmaKo.model.downloadBaseUrl"
        });
        await sleep(500);
        const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
        assert.match(tab?.label ?? "", /Settings|설정/);
        await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    });
});
