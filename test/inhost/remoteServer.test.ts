// The extension's commands through a real llama-server (built from node-llama-cpp's
// llama.cpp source by scripts/buildLlamaServer.mjs) running the scripted model on a
// loopback port, with gemmaKo.backend = remote: the same commands, panel and
// client-side safety filter as with the local model. Skipped, with the reason printed,
// where the binary has not been built.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";
import { loadLlamaServerSupport, type LlamaServerSupport, type RunningServer } from "../support/llamaServerSupport";

const repo = path.resolve(__dirname, "..", "..", "..");
const settings = () => vscode.workspace.getConfiguration("gemmaKo");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function api(): Promise<GemmaKoApi> {
    const extension = vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant");
    assert.ok(extension, "the extension is installed");
    return extension.activate();
}

async function useServer(url: string): Promise<void> {
    await settings().update("remote.endpoint", `${url}/v1`, vscode.ConfigurationTarget.Global);
    await settings().update("remote.model", "scripted-fixture", vscode.ConfigurationTarget.Global);
    await settings().update("remote.kind", "base", vscode.ConfigurationTarget.Global);
    await settings().update("backend", "remote", vscode.ConfigurationTarget.Global);
}

/** Runs a command without waiting; resolves with the result id when it has finished. */
function start(command: string): Thenable<string | undefined> {
    return vscode.commands.executeCommand<string | undefined>(command);
}

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await sleep(20);
    }
}

describe("Commands through a real llama-server (gemmaKo.backend = remote; skipped when llama-server is not built)", function () {
    this.timeout(180_000);
    let tools: LlamaServerSupport;
    let binary: string;
    let dir: string;
    let scripted: string;
    let long: string;
    const running: RunningServer[] = [];

    before(async function () {
        tools = await loadLlamaServerSupport(repo);
        const found = tools.llamaServerBinary();
        if (found.binary === undefined) {
            console.log(`    skipped: ${found.reason ?? "llama-server is not built"}`);
            this.skip();
        }
        binary = found.binary;
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-remote-"));
        scripted = path.join(dir, "scripted.gguf");
        long = path.join(dir, "long.gguf");
        await writeScriptedModel(scripted);
        await writeScriptedModel(long, scriptSteps(Array.from({ length: 3000 }, (_, i) => `t${i} `)));
    });

    afterEach(async () => {
        for (const server of running.splice(0)) await server.stop();
    });

    after(async () => {
        for (const key of ["backend", "remote.endpoint", "remote.model", "remote.kind", "model.path"])
            await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
        if (binary !== undefined) await vscode.commands.executeCommand("gemmaKo.clearRemoteApiKey");
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    async function serve(model: string, options: { apiKey?: string; contextSize?: number } = {}) {
        const server = await tools.startLlamaServer(binary, model, options);
        running.push(server);
        return server;
    }

    async function openCode(): Promise<vscode.TextDocument> {
        const document = await vscode.workspace.openTextDocument({
            language: "javascript",
            content: "function add(a, b) {\n  return a + b;\n}\n"
        });
        await vscode.window.showTextDocument(document);
        return document;
    }

    it("summarises through the server; the scripted phone number and 주민등록번호 are redacted in the panel's text", async () => {
        const server = await serve(scripted);
        await useServer(server.url);
        const gemma = await api();
        await openCode();
        const id = await start("gemmaKo.summarizeSelection");
        assert.equal(typeof id, "string");
        const result = gemma.result(id ?? "");
        assert.equal(result?.state, "done", result?.message);
        const text = result?.text ?? "";
        assert.ok(text.includes("담당자") && text.includes("김민수"), text);
        assert.ok(!text.includes("2345-6789") && !text.includes("1234568"), text);
        const description = gemma.backendDescription();
        assert.equal(description.kind, "remote");
        assert.match(description.label, /^127\.0\.0\.1:\d+ · scripted-fixture$/);
        await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    });

    it("the chat model picker lists the server's model; its answers are redacted on this machine", async () => {
        const server = await serve(scripted);
        // The user picked Gemma-Ko in the chat while it ran the local model, then switched the
        // backend: the model they picked must answer from the server (one id for both backends).
        await settings().update("model.path", scripted, vscode.ConfigurationTarget.Global);
        await settings().update("backend", undefined, vscode.ConfigurationTarget.Global);
        await api();
        let picked: vscode.LanguageModelChat | undefined;
        for (let i = 0; i < 40 && picked === undefined; i++) {
            picked = (await vscode.lm.selectChatModels({ vendor: "gemma-ko" }))[0];
            if (picked === undefined) await sleep(250);
        }
        assert.ok(picked !== undefined, "the local model is listed");
        assert.ok(picked.name.includes("scripted.gguf"), picked.name);
        await useServer(server.url);
        const host = new URL(server.url).host;
        let model: vscode.LanguageModelChat | undefined;
        for (let i = 0; i < 40 && model === undefined; i++) {
            model = (await vscode.lm.selectChatModels({ vendor: "gemma-ko" })).find((m) => m.version.includes(host));
            if (model === undefined) await sleep(250);
        }
        assert.ok(model !== undefined, "vscode.lm.selectChatModels lists the server's model");
        assert.ok(model.name.includes("scripted-fixture"), model.name);
        assert.equal(model.id, picked.id, "the same model id whichever backend serves it");
        for (const chat of [model, picked]) {
            const response = await chat.sendRequest(
                [vscode.LanguageModelChatMessage.User("담당자 연락처를 알려 주세요.")],
                {},
                new vscode.CancellationTokenSource().token
            );
            let text = "";
            for await (const piece of response.text) text += piece;
            assert.ok(text.includes("김민수"), text);
            for (const secret of ["010-2345-6789", "2345-6789", "900101-1234568", "1234568"])
                assert.ok(!text.includes(secret), `${secret} reached the chat: ${text}`);
        }
        // Back to the local backend: the picker lists no server model any more.
        await settings().update("backend", undefined, vscode.ConfigurationTarget.Global);
        for (let i = 0; i < 40; i++) {
            const models = await vscode.lm.selectChatModels({ vendor: "gemma-ko" });
            if (!models.some((m) => m.version.includes(host))) break;
            await sleep(250);
        }
        const after = await vscode.lm.selectChatModels({ vendor: "gemma-ko" });
        assert.ok(!after.some((m) => m.version.includes(host)), "the server's model went with the setting");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
    });

    it("Stop mid-stream cancels the request and frees the server's slot", async () => {
        const server = await serve(long, { contextSize: 4096 });
        await useServer(server.url);
        const gemma = await api();
        await settings().update("generation.maxTokens", 3000, vscode.ConfigurationTarget.Global);
        try {
            await openCode();
            const running = start("gemmaKo.summarizeSelection");
            // Mid-stream: text is flowing. (A cancel before the first token closes the
            // connection too, but llama-server only notices when it next writes to it.)
            await until(async () => (await tools.slotDecoded(server.url)) >= 20, "the answer to stream", 120_000);
            await vscode.commands.executeCommand("gemmaKo.stopAll");
            const id = await running;
            assert.equal(gemma.result(id ?? "")?.state, "stopped");
            await until(async () => !(await tools.slotsBusy(server.url)), "the slot to stop", 10_000);
        } finally {
            await settings().update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
            await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
        }
    });

    it("a server that dies mid-stream: a clear error, and nothing is inserted", async () => {
        const server = await serve(long, { contextSize: 4096 });
        await useServer(server.url);
        const gemma = await api();
        await settings().update("generation.maxTokens", 3000, vscode.ConfigurationTarget.Global);
        try {
            const document = await openCode();
            const before = document.getText();
            const running = start("gemmaKo.summarizeSelection");
            await until(() => tools.slotsBusy(server.url), "the server to start generating");
            await sleep(100);
            await server.kill();
            const id = await running;
            const result = gemma.result(id ?? "");
            assert.equal(result?.state, "error");
            assert.match(result?.message ?? "", /broke off|연결이 끊겼습니다|could not be reached|연결할 수 없습니다/);
            const inserted = await vscode.commands.executeCommand<boolean>("gemmaKo.insertResult", id);
            assert.equal(inserted, false, "a failed result cannot be inserted");
            assert.equal(document.getText(), before, "the document is unchanged");
        } finally {
            await settings().update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
            await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
        }
    });

    it("a server with --api-key: 401 asks for the key; with the key stored it answers; the key is never in settings or results", async () => {
        const key = "inhost-team-key-7f3a9c";
        const server = await serve(scripted, { apiKey: key });
        await vscode.commands.executeCommand("gemmaKo.clearRemoteApiKey");
        await useServer(server.url);
        const gemma = await api();
        await openCode();
        const refused = await start("gemmaKo.summarizeSelection");
        const failed = gemma.result(refused ?? "");
        assert.equal(failed?.state, "error");
        assert.match(failed?.message ?? "", /API key|API 키/);
        assert.deepEqual(failed?.fixes, ["setRemoteApiKey"], "the panel offers to set the key");

        assert.equal(await vscode.commands.executeCommand<boolean>("gemmaKo.setRemoteApiKey", key), true);
        const answered = await start("gemmaKo.summarizeSelection");
        const done = gemma.result(answered ?? "");
        assert.equal(done?.state, "done", done?.message);

        const everything = JSON.stringify([
            failed,
            done,
            gemma.backendDescription(),
            settings().inspect("remote.headers"),
            settings().inspect("remote.endpoint"),
            vscode.workspace.getConfiguration("gemmaKo")
        ]);
        assert.ok(!everything.includes(key), "the key appears nowhere but the secret store");
        await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    });
});
