// Settings out of range or of the wrong type were used as defaults or bounds without a word (found
// from outside): now one warning and a log line name each key and the value used instead.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { logHolds } from "./extensionLog";

const settings = () => vscode.workspace.getConfiguration("gemmaKo");

describe("Bad settings are named with the value used instead", function () {
    this.timeout(60_000);

    before(async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant");
        assert.ok(extension);
        await extension.activate();
    });

    after(async () => {
        for (const key of ["generation.temperature", "runtime.gpu", "generation.maxTokens", "runtime.threads"])
            await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    });

    it('a temperature of "hot", a GPU backend "tpu" and 99,999,999 tokens: each key, and what is used', async () => {
        await settings().update("generation.temperature", "hot", vscode.ConfigurationTarget.Global);
        await settings().update("runtime.gpu", "tpu", vscode.ConfigurationTarget.Global);
        await settings().update("generation.maxTokens", 99_999_999, vscode.ConfigurationTarget.Global);
        for (const line of [
            'gemmaKo.generation.temperature: "hot" → 0',
            'gemmaKo.runtime.gpu: "tpu" → "auto"',
            "gemmaKo.generation.maxTokens: 99999999 → 8192"
        ])
            assert.equal(await logHolds(line), true, line);
    });

    it("a key pasted into the wrong setting is said by its length, never as typed", async () => {
        const pasted = "sk-proj-Abc123Def456Ghi789Jkl012";
        await settings().update("runtime.threads", pasted, vscode.ConfigurationTarget.Global);
        assert.equal(await logHolds(`gemmaKo.runtime.threads: (text of ${pasted.length} characters) → 0`), true);
        assert.notEqual(await logHolds(pasted, 500), true);
    });
});
