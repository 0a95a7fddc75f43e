// A team server whose setting is wrong (an address that is no URL, nothing listening, another
// web server answering 404, no answer in time): the panel's error card and the chat offer the
// setting to fix, not a Retry alone that fails the same way (found from outside). Needs no
// llama-server: plain Node servers on loopback ports stand in for the wrong ones.
import * as assert from "node:assert/strict";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";

const settings = () => vscode.workspace.getConfiguration("gemmaKo");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function api(): Promise<GemmaKoApi> {
    const extension = vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant");
    assert.ok(extension, "the extension is installed");
    return extension.activate();
}

/** A loopback server answering every request with `answer` (or never, for undefined). */
async function listen(answer: ((response: http.ServerResponse) => void) | undefined): Promise<http.Server> {
    const server = http.createServer((_request, response) => answer?.(response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return server;
}

const urlOf = (server: http.Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;

describe("Team-server errors offer the setting that is wrong (no llama-server needed)", function () {
    this.timeout(120_000);
    const servers: http.Server[] = [];

    before(async () => {
        await settings().update("remote.model", "any-model", vscode.ConfigurationTarget.Global);
        await settings().update("backend", "remote", vscode.ConfigurationTarget.Global);
        const document = await vscode.workspace.openTextDocument({
            language: "javascript",
            content: "function add(a, b) {\n  return a + b;\n}\n"
        });
        await vscode.window.showTextDocument(document);
    });

    afterEach(async () => {
        for (const server of servers.splice(0)) {
            server.closeAllConnections();
            await new Promise((resolve) => server.close(resolve));
        }
    });

    after(async () => {
        for (const key of ["backend", "remote.endpoint", "remote.model", "remote.timeoutSeconds"])
            await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    });

    /** Summarises the selection through `endpoint`; the failed result's message and fixes. */
    async function failWith(endpoint: string) {
        await settings().update("remote.endpoint", endpoint, vscode.ConfigurationTarget.Global);
        const gemma = await api();
        const id = await vscode.commands.executeCommand<string | undefined>("gemmaKo.summarizeSelection");
        const result = gemma.result(id ?? "");
        assert.equal(result?.state, "error", `${endpoint}: ${result?.message ?? "no result"}`);
        return { message: result?.message ?? "", fixes: result?.fixes };
    }

    for (const endpoint of ["localhost:8080", "htp://x"])
        it(`an address that is no URL (${endpoint}): the card offers the address setting, which opens`, async () => {
            const { message, fixes } = await failWith(endpoint);
            assert.match(message, /gemmaKo\.remote\.endpoint/);
            assert.deepEqual(fixes, ["openRemoteEndpoint"]);
            // The button's command, as the panel and the chat run it.
            await vscode.commands.executeCommand("workbench.action.closeEditorsInOtherGroups");
            assert.equal(await vscode.commands.executeCommand("gemmaKo.openFixSetting", "remote.endpoint"), true);
            await sleep(500);
            assert.match(vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? "", /Settings|설정/);
            await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
        });

    it("the fix command opens only the settings a fix names", async () => {
        assert.equal(await vscode.commands.executeCommand("gemmaKo.openFixSetting", "remote.headers"), false);
        assert.equal(await vscode.commands.executeCommand("gemmaKo.openFixSetting", undefined), false);
    });

    it("nothing listening at the address: the address setting", async () => {
        const closed = await listen(undefined);
        const endpoint = urlOf(closed);
        await new Promise((resolve) => closed.close(resolve));
        const { fixes } = await failWith(endpoint);
        assert.deepEqual(fixes, ["openRemoteEndpoint"]);
    });

    it("another web server answering 404 there: the address setting", async () => {
        const other = await listen((response) =>
            response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1>")
        );
        servers.push(other);
        const { message, fixes } = await failWith(urlOf(other));
        assert.match(message, /404/);
        assert.deepEqual(fixes, ["openRemoteEndpoint"]);
    });

    it("a server that does not answer in time: the wait setting", async () => {
        const silent = await listen(undefined);
        servers.push(silent);
        await settings().update("remote.timeoutSeconds", 5, vscode.ConfigurationTarget.Global);
        try {
            const { fixes } = await failWith(urlOf(silent));
            assert.deepEqual(fixes, ["openRemoteTimeout"]);
        } finally {
            await settings().update("remote.timeoutSeconds", undefined, vscode.ConfigurationTarget.Global);
        }
    });

    it("the chat's error offers the same button, with the setting's command", async () => {
        await settings().update("remote.endpoint", "localhost:8080", vscode.ConfigurationTarget.Global);
        const gemma = await api();
        const buttons: vscode.Command[] = [];
        const stream = {
            markdown: () => undefined,
            progress: () => undefined,
            reference: () => undefined,
            button: (command: vscode.Command) => buttons.push(command)
        } as unknown as vscode.ChatResponseStream;
        const [model] = await vscode.lm.selectChatModels({ vendor: "gemma-ko" });
        const request = {
            prompt: "안녕하세요",
            command: undefined,
            references: [],
            toolReferences: [],
            toolInvocationToken: undefined,
            model
        } as unknown as vscode.ChatRequest;
        const answer = await gemma.chatHandler(
            request,
            { history: [] },
            stream,
            new vscode.CancellationTokenSource().token
        );
        assert.ok(answer?.errorDetails !== undefined, "an error");
        assert.deepEqual(
            buttons.map((button) => [button.command, button.arguments]),
            [["gemmaKo.openFixSetting", ["remote.endpoint"]]]
        );
        assert.match(buttons[0]?.title ?? "", /Open Server Address Setting|서버 주소 설정 열기/);
    });
});
