// Gemma-Ko in VS Code's chat, inside a real extension host (code-server), with the real
// node-llama-cpp running the scripted fixture model. The default script says a phone
// number and a 주민등록번호: neither may reach the chat.
//
// Models are selected through `vscode.lm.selectChatModels({ vendor: "gemma-ko" })`. The
// test profile sets `chat.disableAIFeatures: true` (nothing may reach for the network);
// if VS Code hides third-party models while it is set, the suite turns it off and says
// so in the metrics (`chat.selectChatModels`).
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { estimateTokens } from "../../extension/chat/chatPrompt";
import type { GemmaKoApi } from "../../extension/extension";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";
import { inHostMetrics } from "./index";

const extensionId = "gemma-ko.gemma-ko-assistant";
const settings = () => vscode.workspace.getConfiguration("gemmaKo");

async function selectGemmaKo(): Promise<vscode.LanguageModelChat | undefined> {
    for (let i = 0; i < 20; i++) {
        const [model] = await vscode.lm.selectChatModels({ vendor: "gemma-ko" });
        if (model !== undefined) return model;
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return undefined;
}

async function readAll(response: vscode.LanguageModelChatResponse, onPiece?: (text: string) => void): Promise<string> {
    let text = "";
    for await (const piece of response.text) {
        text += piece;
        onPiece?.(piece);
    }
    return text;
}

describe("Gemma-Ko as a chat model (vscode.lm, scripted model, real node-llama-cpp)", function () {
    this.timeout(240_000);
    let dir: string;
    let api: GemmaKoApi;
    let model: vscode.LanguageModelChat;
    const aiSettings = () => vscode.workspace.getConfiguration("chat");

    before(async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>(extensionId);
        assert.ok(extension);
        api = await extension.activate();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-chat-"));
        const scripted = path.join(dir, "chat.gguf");
        await writeScriptedModel(scripted);
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", scripted, vscode.ConfigurationTarget.Global);
        let selected = await selectGemmaKo();
        inHostMetrics["chat.selectChatModels"] = selected !== undefined ? "seen with chat.disableAIFeatures on" : "";
        if (selected === undefined) {
            await aiSettings().update("disableAIFeatures", false, vscode.ConfigurationTarget.Global);
            selected = await selectGemmaKo();
            inHostMetrics["chat.selectChatModels"] =
                selected !== undefined ? "seen only with chat.disableAIFeatures off" : "not seen";
        }
        assert.ok(selected !== undefined, "vscode.lm.selectChatModels finds the gemma-ko model");
        model = selected;
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await aiSettings().update("disableAIFeatures", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("lists the local model: vendor gemma-ko, honest limits, no tool calling", async () => {
        assert.equal(model.vendor, "gemma-ko");
        assert.equal(model.id, "gemma-ko");
        assert.ok(model.name.includes("chat.gguf"), model.name);
        // Before load: the documented default context (4096) split into input and output.
        assert.equal(model.maxInputTokens, 4096 - 1024 - 384);
        const [info] =
            (await api.chatProvider.provideLanguageModelChatInformation(
                { silent: true },
                new vscode.CancellationTokenSource().token
            )) ?? [];
        assert.equal(info?.capabilities.toolCalling, false);
        assert.equal(info.maxOutputTokens, 1024);
    });

    it("counts tokens with an estimate before the model is loaded", async () => {
        assert.equal(api.modelState(), "unloaded");
        assert.equal(await model.countTokens("뷁뷁뷁"), estimateTokens("뷁뷁뷁"));
    });

    it("streams the scripted answer with the phone number and 주민등록번호 redacted", async () => {
        const response = await model.sendRequest(
            [vscode.LanguageModelChatMessage.User("담당자 연락처를 알려 주세요.")],
            {},
            new vscode.CancellationTokenSource().token
        );
        const text = await readAll(response);
        assert.ok(text.startsWith("담당자 김민수의 연락처는 "), text);
        assert.ok(text.endsWith(" 입니다"), text);
        for (const secret of ["010-2345-6789", "6789", "900101-1234568", "1234568"])
            assert.ok(!text.includes(secret), `${secret} reached the chat: ${text}`);
        inHostMetrics["chat.answer"] = text;
    });

    it("counts tokens with the model's own tokenizer once it is loaded", async () => {
        assert.notEqual(api.modelState(), "unloaded");
        // "뷁" is not in the fixture's vocabulary: three byte-fallback tokens each.
        const count = await model.countTokens("뷁뷁뷁");
        assert.ok(count >= 9 && count !== estimateTokens("뷁뷁뷁"), String(count));
        const message = await model.countTokens(vscode.LanguageModelChatMessage.User("뷁뷁뷁"));
        assert.equal(message, count);
    });

    it("a conversation longer than the context loses its oldest turns, not the question", async () => {
        // "뷁" is three tokens of this fixture: 1,500 of them outgrow the 4,096-token context alone.
        const response = await model.sendRequest(
            [
                vscode.LanguageModelChatMessage.User("뷁".repeat(1500)),
                vscode.LanguageModelChatMessage.Assistant("네, 읽었습니다."),
                vscode.LanguageModelChatMessage.User("담당자 연락처를 알려 주세요.")
            ],
            {},
            new vscode.CancellationTokenSource().token
        );
        const text = await readAll(response);
        assert.ok(text.startsWith("담당자 김민수의 연락처는 "), text);
    });

    it("cancellation stops generation: the answer ends early and the model is free again", async () => {
        // A long script with a sentence end in every piece, so sentences stream out.
        const long = path.join(dir, "long.gguf");
        const pieces = Array.from({ length: 1500 }, (_, i) => `문장${i}. `);
        await writeScriptedModel(long, scriptSteps(pieces));
        await settings().update("model.path", long, vscode.ConfigurationTarget.Global);
        await settings().update("generation.maxTokens", 4000, vscode.ConfigurationTarget.Global);
        try {
            const [longModel] = await vscode.lm.selectChatModels({ vendor: "gemma-ko" });
            assert.ok(longModel !== undefined);
            const source = new vscode.CancellationTokenSource();
            const response = await longModel.sendRequest(
                [vscode.LanguageModelChatMessage.User("길게 말해 주세요.")],
                {},
                source.token
            );
            const started = Date.now();
            const text = await readAll(response, () => source.cancel()).catch((error: unknown) => {
                // VS Code may end a cancelled stream with a CancellationError.
                assert.ok(error instanceof Error && /cancel/i.test(error.name + error.message), String(error));
                return "";
            });
            inHostMetrics["chat.cancelledAfterMs"] = Date.now() - started;
            assert.ok(text.length < pieces.join("").length, "the answer ended early");
            for (let i = 0; i < 100 && api.modelState() === "generating"; i++)
                await new Promise((resolve) => setTimeout(resolve, 50));
            assert.equal(api.modelState(), "ready", "generation stopped");
        } finally {
            await settings().update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
        }
    });
});

/** A chat response stream that records what the handler gives it. */
function recordingStream() {
    const markdown: string[] = [];
    const progress: string[] = [];
    const references: unknown[] = [];
    const buttons: vscode.Command[] = [];
    const stream = {
        markdown: (value: string | vscode.MarkdownString) =>
            markdown.push(typeof value === "string" ? value : value.value),
        progress: (value: string) => progress.push(value),
        reference: (value: unknown) => references.push(value),
        button: (command: vscode.Command) => buttons.push(command)
    } as unknown as vscode.ChatResponseStream;
    return { stream, markdown, progress, references, buttons, text: () => markdown.join("") };
}

const secrets = ["010-2345-6789", "6789", "900101-1234568", "1234568"];
function assertRedacted(text: string): void {
    assert.ok(text.startsWith("담당자 김민수의 연락처는 "), text);
    assert.ok(text.includes("[전화번호]") && text.includes("[주민등록번호]"), text);
    for (const secret of secrets) assert.ok(!text.includes(secret), `${secret} reached the chat: ${text}`);
    // The chat view has no badge: a note under the answer says what the filter hid.
    const note = text.slice(text.lastIndexOf("\n\n> $(shield) "));
    assert.match(note, /^\n\n> \$\(shield\) \S.*: [^,]+ 1, [^,]+ 1$/, text);
}

async function closeEditors(): Promise<void> {
    for (let i = 0; i < 10 && vscode.window.activeTextEditor !== undefined; i++)
        await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
}

/**
 * Leaves the workbench as a new window has it: no editors, one group. Closing every text
 * editor can leave the results panel (an earlier suite's) as the only group; the next suite's
 * file would then open in the panel's group, and revealing the panel would hide it.
 */
async function resetEditors(): Promise<void> {
    await closeEditors();
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

describe("The @gemma-ko chat participant (its registered handler, scripted model)", function () {
    this.timeout(240_000);
    let dir: string;
    let api: GemmaKoApi;
    let scripted: string;

    /** Calls the handler VS Code registered, with a request as the chat view builds it. */
    async function ask(
        command: string | undefined,
        prompt = "",
        references: vscode.ChatPromptReference[] = [],
        token = new vscode.CancellationTokenSource().token,
        recorded = recordingStream()
    ) {
        const [model] = await vscode.lm.selectChatModels({ vendor: "gemma-ko" });
        const request = {
            prompt,
            command,
            references,
            toolReferences: [],
            toolInvocationToken: undefined,
            model
        } as unknown as vscode.ChatRequest;
        const result = await api.chatHandler(request, { history: [] }, recorded.stream, token);
        return { ...recorded, result: result ?? {} };
    }

    async function followups(result: vscode.ChatResult): Promise<Array<string | undefined>> {
        const list = await api.chatFollowupProvider.provideFollowups(
            result,
            { history: [] },
            new vscode.CancellationTokenSource().token
        );
        return (list ?? []).map((followup) => followup.command);
    }

    before(async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>(extensionId);
        assert.ok(extension);
        api = await extension.activate();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-chat-"));
        scripted = path.join(dir, "participant.gguf");
        await writeScriptedModel(scripted);
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", scripted, vscode.ConfigurationTarget.Global);
    });

    afterEach(closeEditors);

    after(async () => {
        await resetEditors();
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("/summarize of the selection: a reference to the code, loading progress, the answer redacted", async () => {
        const content = "function add(a, b) {\n  return a + b;\n}\n";
        const document = await vscode.workspace.openTextDocument({ language: "javascript", content });
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(0, 0, 3, 0);
        // The chat view is driven in the last suite and in test/e2e/chat.e2e.mjs: here the
        // handler VS Code registered gets a request as the chat view builds it and a stream
        // that records what it is given.
        const answer = await ask("summarize");
        assert.equal(answer.result.errorDetails, undefined, JSON.stringify(answer.result));
        assertRedacted(answer.text());
        assert.equal(answer.references.length, 1);
        assert.ok(answer.references[0] instanceof vscode.Location);
        assert.ok(answer.progress.length <= 1, "at most one loading message");
        assert.equal(answer.buttons.length, 0, "a summary has nothing to insert");
        inHostMetrics["chat.participantProgressMessages"] = answer.progress.length;
    });

    it("while the chat input has the focus (no active editor), /summarize works on the selection the request refers to", async () => {
        const file = path.join(dir, "add.js");
        fs.writeFileSync(file, "function add(a, b) {\n  return a + b;\n}\n");
        const document = await vscode.workspace.openTextDocument(file);
        await vscode.window.showTextDocument(document);
        await closeEditors();
        assert.equal(vscode.window.activeTextEditor, undefined);
        // What the chat view attaches for the editor's selection (its implicit context).
        const selection = new vscode.Location(document.uri, new vscode.Range(0, 0, 3, 0));
        const answer = await ask("summarize", "", [
            { id: "vscode.implicit.selection", range: undefined, modelDescription: undefined, value: selection }
        ]);
        assert.equal(answer.result.errorDetails, undefined, JSON.stringify(answer.result));
        assertRedacted(answer.text());
        const [reference] = answer.references;
        assert.ok(reference instanceof vscode.Location && reference.uri.toString() === document.uri.toString());
    });

    it("/doc: a reference to the function, the answer redacted, and a button that inserts the doc comment as one undo step", async () => {
        const content = "function add(a, b) {\n  return a + b;\n}\n";
        const document = await vscode.workspace.openTextDocument({ language: "javascript", content });
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(1, 4, 1, 4);
        const answer = await ask("doc");
        assert.equal(answer.result.errorDetails, undefined, JSON.stringify(answer.result));
        assertRedacted(answer.text());
        const [reference] = answer.references;
        assert.ok(
            reference instanceof vscode.Location && reference.range.start.line === 0,
            "the function is the reference"
        );
        assert.equal(answer.buttons.length, 1, "one Insert button");
        const [button] = answer.buttons;
        assert.equal(button.command, "gemmaKo.insertChatAnswer");
        assert.match(button.title, /Insert|삽입/);
        // The button's command, run as the chat view runs it.
        assert.equal(
            await vscode.commands.executeCommand(button.command, ...((button.arguments ?? []) as unknown[])),
            true
        );
        const text = document.getText();
        assert.ok(text.startsWith("/**\n * 담당자 김민수의 연락처는 [전화번호]"), text);
        assert.ok(text.endsWith(`*/\n${content}`), `the comment goes above the function:\n${text}`);
        for (const secret of secrets) assert.ok(!text.includes(secret), text);
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand("undo");
        assert.equal(document.getText(), content, "one undo restores the file exactly");
    });

    it("/docs of the file: a reference to the file, Markdown redacted, nothing to insert", async () => {
        const document = await vscode.workspace.openTextDocument({
            language: "javascript",
            content: "export function add(a, b) {\n  return a + b;\n}\n"
        });
        await vscode.window.showTextDocument(document);
        const answer = await ask("docs");
        assert.equal(answer.result.errorDetails, undefined, JSON.stringify(answer.result));
        assertRedacted(answer.text());
        assert.ok(answer.references[0] instanceof vscode.Uri, "the whole file is the reference");
        assert.equal(answer.buttons.length, 0);
    });

    it("/changes: the working-tree diff through the built-in Git extension, redacted", async () => {
        const folder = vscode.workspace.workspaceFolders?.[0];
        assert.ok(folder !== undefined, "the test workspace has a folder");
        const root = folder.uri.fsPath;
        const git = (...args: string[]) =>
            execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: root });
        const file = path.join(root, "chat-changes.js");
        git("init", "-q");
        fs.writeFileSync(file, "const retries = 3;\n");
        git("add", "chat-changes.js");
        git("commit", "-q", "-m", "chat: initial");
        fs.writeFileSync(file, "const retries = Number(process.env.RETRIES ?? 3);\n");
        try {
            const gitExtension = vscode.extensions.getExtension<{
                getAPI(version: 1): { repositories: unknown[]; openRepository?(uri: vscode.Uri): Promise<unknown> };
            }>("vscode.git");
            assert.ok(gitExtension !== undefined);
            const gitApi = (await gitExtension.activate()).getAPI(1);
            await gitApi.openRepository?.(folder.uri);
            for (let i = 0; i < 100 && gitApi.repositories.length === 0; i++)
                await new Promise((resolve) => setTimeout(resolve, 200));
            assert.ok(gitApi.repositories.length > 0, "the Git extension found the repository");
            const answer = await ask("changes");
            assert.equal(answer.result.errorDetails, undefined, JSON.stringify(answer.result));
            assertRedacted(answer.text());
            assert.ok(answer.references[0] instanceof vscode.Uri, "the repository is the reference");
        } finally {
            // The next suites commit what they find; leave the file as it was committed.
            fs.writeFileSync(file, "const retries = 3;\n");
        }
    });

    it("/translate of the comment at the cursor: a button replaces it keeping its markers, one undo restores it", async () => {
        const content =
            "function get() {\n    // Returns the cached value\n    // if it is still fresh.\n    return cache;\n}\n";
        const document = await vscode.workspace.openTextDocument({ language: "javascript", content });
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(2, 8, 2, 8);
        const answer = await ask("translate");
        assert.equal(answer.result.errorDetails, undefined, JSON.stringify(answer.result));
        assertRedacted(answer.text());
        const [reference] = answer.references;
        assert.ok(
            reference instanceof vscode.Location && reference.range.start.line === 1,
            "the comment is the reference"
        );
        const [button] = answer.buttons;
        assert.ok(button !== undefined, "a Replace button");
        assert.equal(
            await vscode.commands.executeCommand(button.command, ...((button.arguments ?? []) as unknown[])),
            true
        );
        const text = document.getText();
        assert.ok(text.startsWith("function get() {\n    // 담당자 김민수의 연락처는 [전화번호]"), text);
        assert.ok(text.endsWith("\n    return cache;\n}\n"), text);
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand("undo");
        assert.equal(document.getText(), content, "one undo restores the comment");
    });

    it("/translate with text: translates what was typed; nothing to replace", async () => {
        const answer = await ask("translate", "Returns the cached value if it is still fresh.");
        assert.equal(answer.result.errorDetails, undefined, JSON.stringify(answer.result));
        assertRedacted(answer.text());
        assert.equal(answer.buttons.length, 0);
        assert.equal(answer.references.length, 0);
    });

    it("without an open file, /doc says what to do and does not load the model", async () => {
        await closeEditors();
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        const answer = await ask("doc");
        assert.equal(answer.result.errorDetails, undefined);
        assert.deepEqual(answer.result.metadata, { command: "doc", outcome: "unavailable" });
        assert.ok(answer.text().length > 0, "the reason is in the chat");
        assert.equal(api.modelState(), "unloaded");
        assert.deepEqual(await followups(answer.result), [], "no follow-ups after an answer that could not start");
    });

    it("stopped while the model loads: says so, no error and no follow-ups", async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        const source = new vscode.CancellationTokenSource();
        const recorded = recordingStream();
        const progress = recorded.stream.progress.bind(recorded.stream);
        // The user presses Stop as soon as the chat says the model is loading.
        (recorded.stream as { progress: (value: string) => void }).progress = (value) => {
            progress(value);
            source.cancel();
        };
        const answer = await ask(undefined, "안녕하세요", [], source.token, recorded);
        assert.ok(answer.progress.length > 0, "the load was reported");
        assert.equal(answer.result.errorDetails, undefined, JSON.stringify(answer.result));
        assert.deepEqual(answer.result.metadata, { command: "", outcome: "cancelled" });
        assert.match(answer.text(), /Stopped before the answer began|답변이 시작되기 전에 중지했습니다/);
        assert.deepEqual(await followups(answer.result), []);
    });

    it("follow-ups suggest the next task on the same code", async () => {
        const done = (command: string): vscode.ChatResult => ({ metadata: { command, outcome: "done" } });
        await closeEditors();
        assert.deepEqual(await followups(done("doc")), [], "no file open: nothing that needs one");
        await vscode.window.showTextDocument(
            await vscode.workspace.openTextDocument({ language: "javascript", content: "const a = 1;\n" })
        );
        assert.deepEqual(await followups(done("doc")), ["docs", "explain"]);
        // /changes only where a Git repository is open (the /changes test opens one; run alone, none is).
        const git = vscode.extensions.getExtension<{ getAPI(version: 1): { repositories: unknown[] } }>("vscode.git");
        const repository = git?.isActive === true && git.exports.getAPI(1).repositories.length > 0;
        assert.deepEqual(await followups(done("summarize")), [repository ? "changes" : "explain", "docs"]);
        assert.deepEqual(await followups(done("changes")), ["summarize"]);
        assert.deepEqual(await followups(done("translate")), ["doc"]);
        assert.deepEqual(await followups(done("")), ["explain", "summarize"]);
        assert.deepEqual(await followups({ metadata: { command: "doc", outcome: "error" } }), []);
        // In Markdown or plain text there is no code to explain or to document: summaries only.
        await vscode.window.showTextDocument(
            await vscode.workspace.openTextDocument({ language: "markdown", content: "# 제목\n\n본문입니다.\n" })
        );
        assert.deepEqual(await followups(done("")), ["summarize"]);
        assert.deepEqual(await followups(done("doc")), ["summarize"]);
        assert.deepEqual(await followups(done("summarize")), repository ? ["changes"] : []);
        await closeEditors();
    });

    it("a blocked /doc: the sentence before stays, the blocked one never shows, no Insert button, no follow-ups", async () => {
        const blocked = path.join(dir, "blocked.gguf");
        await writeScriptedModel(
            blocked,
            scriptSteps(["좋은 코드입니다. ", "이 코드는 ", "너를 죽여", "버리겠다. 계속"])
        );
        await settings().update("model.path", blocked, vscode.ConfigurationTarget.Global);
        try {
            const document = await vscode.workspace.openTextDocument({
                language: "javascript",
                content: "function add(a, b) {\n  return a + b;\n}\n"
            });
            await vscode.window.showTextDocument(document);
            const answer = await ask("doc");
            const text = answer.text();
            assert.ok(text.startsWith("좋은 코드입니다."), text);
            assert.ok(!text.includes("죽여") && !text.includes("이 코드는"), text);
            assert.match(text, /차단/, "the answer ends with the notice");
            assert.equal(answer.buttons.length, 0, "nothing to insert");
            assert.deepEqual(answer.result.metadata, { command: "doc", outcome: "blocked" });
            assert.deepEqual(await followups(answer.result), []);
        } finally {
            await settings().update("model.path", scripted, vscode.ConfigurationTarget.Global);
        }
    });

    it("without a model file, answers with an error that says what to do, the fix beside it, and Ask again", async () => {
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        for (const [command, prompt] of [
            [undefined, "안녕하세요"],
            ["translate", "설정 파일을 읽습니다"]
        ] as const) {
            const answer = await ask(command, prompt);
            assert.ok((answer.result.errorDetails?.message.length ?? 0) > 0, JSON.stringify(answer.result));
            // As the panel's error card: choose a model right here.
            assert.deepEqual(
                answer.buttons.map((button) => button.command),
                ["gemmaKo.selectModel", "gemmaKo.openModelFile"]
            );
            // Then the same question again, in one click.
            const list = await api.chatFollowupProvider.provideFollowups(
                answer.result,
                { history: [] },
                new vscode.CancellationTokenSource().token
            );
            assert.deepEqual(
                (list ?? []).map((f) => [f.prompt, f.command]),
                [[prompt, command]]
            );
        }
    });
});

// The chat view itself: "@gemma-ko /summarize" typed into VS Code's chat reaches the handler.
// Why the model is chosen with the command's `modelSelector` (the picker is what a user
// uses; test/e2e/chat.e2e.mjs does that in Chromium): offline and signed out, a request
// without a chosen model fails in VS Code before any participant runs ("Language model
// unavailable", ExtHostChatAgents.getModelForRequest) — README "Chat in the chat view".
describe("The chat view routes @gemma-ko to the participant (workbench.action.chat.open)", function () {
    this.timeout(180_000);

    it("'@gemma-ko /summarize' with the Gemma-Ko model chosen runs the participant", async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>(extensionId);
        assert.ok(extension);
        const api = await extension.activate();
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-chat-"));
        const chat = vscode.workspace.getConfiguration("chat");
        try {
            await writeScriptedModel(path.join(dir, "view.gguf"));
            await vscode.commands.executeCommand("gemmaKo.unloadModel");
            await settings().update("model.path", path.join(dir, "view.gguf"), vscode.ConfigurationTarget.Global);
            // The test profile hides VS Code's AI features; the chat view needs them on.
            await chat.update("disableAIFeatures", false, vscode.ConfigurationTarget.Global);
            const document = await vscode.workspace.openTextDocument({
                language: "javascript",
                content: "function add(a, b) {\n  return a + b;\n}\n"
            });
            await vscode.window.showTextDocument(document);
            assert.ok((await selectGemmaKo()) !== undefined);
            const started = Date.now();
            await vscode.commands.executeCommand("workbench.action.chat.open", {
                query: "@gemma-ko /summarize",
                isPartialQuery: false,
                modelSelector: { vendor: "gemma-ko" }
            });
            for (let i = 0; i < 240 && api.modelState() === "unloaded"; i++)
                await new Promise((resolve) => setTimeout(resolve, 250));
            inHostMetrics["chat.viewReachedParticipantMs"] = Date.now() - started;
            assert.notEqual(api.modelState(), "unloaded", "the participant was called and loaded the model");
            for (let i = 0; i < 240 && api.modelState() !== "ready"; i++)
                await new Promise((resolve) => setTimeout(resolve, 250));
        } finally {
            await resetEditors();
            await Promise.resolve(vscode.commands.executeCommand("workbench.action.closeAuxiliaryBar")).catch(
                () => undefined
            );
            await chat.update("disableAIFeatures", undefined, vscode.ConfigurationTarget.Global);
            await vscode.commands.executeCommand("gemmaKo.unloadModel");
            await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
