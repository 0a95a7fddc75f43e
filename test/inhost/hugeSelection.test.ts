// A 400 KB selection drafted as a doc comment (found from outside): no card and no notification
// for 3-8 s while the symbol provider parsed the file, and a too-long message whose token count
// (12,805: the code cut to 12,000 characters) was not the summary's (400,769) for the same text.
// Now the notification is up at once and stops, and both commands refuse with the same figure
// and offer the context-size setting.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";
import { closeDocument } from "./editors";
import { inHostMetrics } from "./index";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const gemma = () => vscode.extensions.getExtension<GemmaKoApi>("gemma-ko.gemma-ko-assistant")?.exports;
const longCode = (lines: number) =>
    Array.from({ length: lines }, (_, i) => `const value${i} = compute(${i}); // 설명 ${i}`).join("\n");

/** "about 400,769 tokens" / "약 400,769토큰": the figure a refusal says. */
function tokenFigure(message: string): number {
    const match = /(?:about|약) ([\d,]+) ?(?:tokens|토큰)/.exec(message);
    assert.ok(match !== null, message);
    return Number(match[1].replace(/,/g, ""));
}

describe("A huge selection: a doc comment and a summary tell the truth, at once", function () {
    this.timeout(180_000);
    let dir: string;
    const settings = () => vscode.workspace.getConfiguration("gemmaKo");

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-huge-"));
        const model = path.join(dir, "doc-comment.gguf");
        await writeScriptedModel(model, scriptSteps(["두 수를 ", "더한 값을 ", "반환합니다.", "\n----- 끝", " -----"]));
        await settings().update("model.path", model, vscode.ConfigurationTarget.Global);
        await settings().update("model.contextSize", 2048, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        await settings().update("model.contextSize", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("a doc comment, docs and a summary of the same 400 KB selection refuse with the same token figure and offer the context-size setting", async () => {
        const content = longCode(10_000);
        assert.ok(content.length > 400_000, `${content.length} characters`);
        const document = await vscode.workspace.openTextDocument({ language: "javascript", content });
        const editor = await vscode.window.showTextDocument(document);
        const all = new vscode.Selection(
            0,
            0,
            document.lineCount - 1,
            document.lineAt(document.lineCount - 1).text.length
        );
        editor.selection = all;
        const summaryId = await vscode.commands.executeCommand<string>("gemmaKo.summarizeSelection");
        const summary = gemma()?.result(summaryId);
        await vscode.window.showTextDocument(document);
        editor.selection = all;
        const started = Date.now();
        const docId = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        const refusedMs = Date.now() - started;
        const doc = gemma()?.result(docId);
        await vscode.window.showTextDocument(document);
        editor.selection = all;
        const docs = gemma()?.result((await vscode.commands.executeCommand<string>("gemmaKo.draftDocs")) ?? "");
        await closeDocument(document);

        assert.equal(summary?.state, "error");
        assert.equal(doc?.state, "error");
        const [summaryTokens, docTokens] = [tokenFigure(summary.message ?? ""), tokenFigure(doc.message ?? "")];
        inHostMetrics["hugeSelection.refusedTokens"] = docTokens;
        assert.equal(docTokens, summaryTokens, `${doc.message ?? ""}\n${summary.message ?? ""}`);
        assert.ok(docTokens > 100_000, `${docTokens}: the whole selection, not its first 12,000 characters`);
        assert.match(doc.message ?? "", /whole code|전체를 읽고/);
        assert.match(doc.message ?? "", /gemmaKo\.model\.contextSize/);
        assert.ok(!doc.phases.includes("generating"), `refused before generating: ${doc.phases.join()}`);
        assert.ok(refusedMs < 30_000, `refused after ${refusedMs} ms`);
        assert.deepEqual(doc.fixes, ["openContextSize"]);
        assert.deepEqual(summary.fixes, ["openContextSize"]);
        // Docs too: the whole selection or a refusal, not its first 24,000 characters.
        assert.equal(docs?.state, "error");
        assert.equal(tokenFigure(docs.message ?? ""), summaryTokens, docs.message);
        assert.match(docs.message ?? "", /whole selection or file|전체를 읽고/);
        assert.ok(!docs.phases.includes("generating"), docs.phases.join());
        assert.deepEqual(docs.fixes, ["openContextSize"]);
    });

    it("the doc comment's notification is up at once while the code is found, and Stop All stops it with nothing started", async () => {
        // A language server that takes its time (3-8 s were seen on 400 KB): held until released.
        // The workbench asks it too (outline, breadcrumbs): every call is held, and released together.
        const held: Array<() => void> = [];
        const release = () => held.splice(0).forEach((resolve) => resolve());
        let asked = 0;
        const provider = vscode.languages.registerDocumentSymbolProvider(
            { language: "javascript", scheme: "untitled" },
            {
                provideDocumentSymbols: async (document) => {
                    asked++;
                    await new Promise<void>((resolve) => {
                        held.push(resolve);
                        setTimeout(resolve, 20_000);
                    });
                    const range = new vscode.Range(0, 0, 2, 1);
                    const symbol = new vscode.DocumentSymbol("add", "", vscode.SymbolKind.Function, range, range);
                    return document.isClosed ? [] : [symbol];
                }
            }
        );
        const content = "function add(a, b) {\n  return a + b;\n}\n";
        const documents: vscode.TextDocument[] = [];
        try {
            // A document each: VS Code keeps the symbols a provider gave for a document's version.
            for (const outcome of ["stopped", "drafted"] as const) {
                const document = await vscode.workspace.openTextDocument({ language: "javascript", content });
                documents.push(document);
                const editor = await vscode.window.showTextDocument(document);
                editor.selection = new vscode.Selection(1, 4, 1, 4);
                const askedBefore = asked;
                const started = Date.now();
                const command = Promise.resolve(vscode.commands.executeCommand<string>("gemmaKo.draftDocComment"));
                let shownMs = -1;
                while (Date.now() - started < 5_000) {
                    if ((gemma()?.preparing() ?? []).length > 0) {
                        shownMs = Date.now() - started;
                        break;
                    }
                    await sleep(5);
                }
                assert.ok(shownMs >= 0, "a preparation with its notification is under way");
                assert.ok(shownMs < 1_000, `shown after ${shownMs} ms`);
                inHostMetrics[`docCommentProgressShownMs.${outcome}`] = shownMs;
                assert.match(gemma()?.preparing()[0] ?? "", /doc comment|문서 주석/);
                while (asked === askedBefore && Date.now() - started < 5_000) await sleep(10);
                assert.ok(asked > askedBefore && held.length > 0, "the symbol provider was asked and has not answered");
                if (outcome === "stopped") {
                    await sleep(300);
                    const stoppedAt = Date.now();
                    await vscode.commands.executeCommand("gemmaKo.stopAll");
                    assert.equal(await command, undefined, "no result was started");
                    assert.ok(Date.now() - stoppedAt < 2_000, "stopped without waiting for the provider");
                    assert.deepEqual(gemma()?.preparing(), []);
                    release();
                } else {
                    await sleep(300);
                    release();
                    const id = await command;
                    assert.equal(typeof id, "string");
                    const result = gemma()?.result(id ?? "");
                    assert.equal(result?.state, "done", result?.message);
                    assert.ok(result.text.includes("두 수를 더한 값을 반환합니다"), result.text);
                }
            }
            assert.equal(documents[0].getText(), content, "the stopped one's file is untouched");
        } finally {
            release();
            provider.dispose();
            for (const document of documents) await closeDocument(document);
        }
    });
});
