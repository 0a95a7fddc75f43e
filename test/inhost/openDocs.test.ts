// "Gemma-Ko: 문서 열기 (Open Documentation)": the guides the VSIX carries open in VS Code's
// Markdown preview from the extension's own folder, with no network (the README's links lead to
// GitHub, which an offline user cannot open: found from outside).
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Open Documentation: the bundled guides in the Markdown preview", function () {
    this.timeout(60_000);

    before(async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant");
        assert.ok(extension, "the extension is installed");
        await extension.activate();
    });

    after(() => vscode.commands.executeCommand("workbench.action.closeAllEditors"));

    for (const [doc, heading] of [
        ["team", "team.md"],
        ["safety", "safety.md"],
        ["performance", "performance.md"]
    ])
        it(`opens the ${doc} guide from the extension's folder`, async () => {
            const extension = vscode.extensions.getExtension("gemma-ko.gemma-ko-assistant");
            const file = vscode.Uri.joinPath(extension?.extensionUri ?? vscode.Uri.file("/"), "docs", heading);
            await vscode.workspace.fs.stat(file);
            assert.equal(await vscode.commands.executeCommand("gemmaKo.openDocs", doc), doc);
            let label = "";
            for (let i = 0; i < 40 && !label.includes(heading); i++) {
                await sleep(100);
                label = vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? "";
            }
            // The preview's tab: "Preview team.md" (미리 보기 in Korean).
            assert.ok(label.includes(heading), `the active tab is "${label}"`);
            await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
        });

    it("offers nothing for a guide it does not carry", async () => {
        assert.equal(await vscode.commands.executeCommand("gemmaKo.openDocs", "architecture"), undefined);
    });
});
