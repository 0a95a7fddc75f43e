import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import type { RuntimeInfo } from "../../models/runtimeInfo";
import { inHostMetrics } from "./index";

const extensionId = "gemma-ko.gemma-ko-assistant";

/** Whether llama.cpp's native addon is mapped into this process (Linux only). */
function nativeAddonMapped(): boolean | undefined {
    if (process.platform !== "linux") return undefined;
    return fs.readFileSync("/proc/self/maps", "utf8").includes("llama-addon.node");
}

async function setRuntimeSetting(key: "gpu" | "threads", value: unknown): Promise<void> {
    await vscode.workspace.getConfiguration("gemmaKo.runtime").update(key, value, vscode.ConfigurationTarget.Global);
}

describe("Gemma-Ko in a real VS Code extension host", () => {
    let api: GemmaKoApi;

    before(async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>(extensionId);
        assert.ok(extension, `${extensionId} is not installed in this host`);
        api = await extension.activate();
        inHostMetrics["activationMs"] = Number(api.activationMs.toFixed(2));
        inHostMetrics["bundleEvaluationMs"] = Number(api.bundleEvaluationMs.toFixed(2));
        inHostMetrics["activateCallMs"] = Number(api.activateCallMs.toFixed(2));
        inHostMetrics["vscodeVersion"] = vscode.version;
    });

    after(async () => {
        await setRuntimeSetting("gpu", undefined);
        await setRuntimeSetting("threads", undefined);
    });

    it("activates without importing node-llama-cpp or mapping its native addon", () => {
        assert.equal(api.nativeRuntimeRequested(), false);
        assert.notEqual(nativeAddonMapped(), true, "llama-addon.node is mapped right after activation");
        assert.ok(api.activationMs > 0 && Number.isFinite(api.activationMs));
    });

    it("contributes the Show Runtime Info command to the palette", async () => {
        const commands = await vscode.commands.getCommands(true);
        assert.ok(commands.includes("gemmaKo.showRuntimeInfo"));
    });

    it("Show Runtime Info starts llama.cpp in a model process and reports backend, devices and threads", async () => {
        const info = await vscode.commands.executeCommand<RuntimeInfo | undefined>("gemmaKo.showRuntimeInfo");
        assert.ok(info, "the command reported an error instead of runtime info");
        assert.ok(["cuda", "vulkan", "metal", "cpu"].includes(info.backend));
        assert.equal(info.requested, "auto");
        assert.ok(
            info.threads >= 1 && info.threads <= os.availableParallelism(),
            `threads ${info.threads} oversubscribe ${os.availableParallelism()} CPUs`
        );
        if (info.backend === "cpu") {
            assert.deepEqual(info.deviceNames, []);
            assert.equal(info.vram, undefined);
        } else {
            assert.ok(info.deviceNames.length > 0);
            assert.ok(info.vram !== undefined && info.vram.total > 0);
        }
        // Isolated mode (the default): the report comes from a model process; llama.cpp
        // never loads into the extension host, for the whole session.
        assert.equal(api.nativeRuntimeRequested(), false);
        assert.notEqual(nativeAddonMapped(), true, "the native addon is mapped into the extension host");
        inHostMetrics["backend"] = info.backend;
        inHostMetrics["backendOpenMs"] = Math.round(info.openMs);
    });

    it("with the inference server chosen but unusable, says so instead of reporting the local runtime", async () => {
        const gemmaKo = vscode.workspace.getConfiguration("gemmaKo");
        await gemmaKo.update("remote.endpoint", "ftp://server.invalid:21", vscode.ConfigurationTarget.Global);
        await gemmaKo.update("backend", "remote", vscode.ConfigurationTarget.Global);
        try {
            const info = await vscode.commands.executeCommand<RuntimeInfo | undefined>("gemmaKo.showRuntimeInfo");
            assert.equal(info, undefined, "the local CPU runtime was reported for a chosen, unusable server");
        } finally {
            await gemmaKo.update("backend", undefined, vscode.ConfigurationTarget.Global);
            await gemmaKo.update("remote.endpoint", undefined, vscode.ConfigurationTarget.Global);
        }
    });

    it("honours the threads setting", async () => {
        await setRuntimeSetting("threads", 1);
        const info = await vscode.commands.executeCommand<RuntimeInfo | undefined>("gemmaKo.showRuntimeInfo");
        assert.ok(info);
        assert.equal(info.threads, 1);
    });

    it("when the requested GPU backend is unusable, falls back to auto-detection and says why", async () => {
        await setRuntimeSetting("threads", undefined);
        await setRuntimeSetting("gpu", "metal");
        const info = await vscode.commands.executeCommand<RuntimeInfo | undefined>("gemmaKo.showRuntimeInfo");
        assert.ok(info);
        assert.equal(info.requested, "metal");
        if (process.platform !== "darwin") {
            assert.notEqual(info.backend, "metal");
            assert.equal(info.fallback?.reason, "notSupportedOnPlatform");
        }
    });
});
