import * as path from "node:path";
import * as vscode from "vscode";
import { buildPrompt, shapeOutput, type PromptTask } from "../../models/prompts";
import type { ModelService } from "../modelService";
import { readModelSettings } from "../modelService";
import type { ResultRequest, ResultsController } from "../panel/results";
import { applyAndShow, runTask, sourceLabel, taskRun } from "./generation";
import { findComment, rewriteComment } from "../docComment/translate";

export interface SummarizeDeps {
    models: ModelService;
    results: ResultsController;
    log: vscode.LogOutputChannel;
}

/**
 * Splits `text` into pieces of at most `budget` tokens (by lines; a single huge
 * line is cut by characters), using the model's own token counts.
 */
export function chunkByTokens(text: string, budget: number, countTokens: (text: string) => number): string[] {
    const chunks: string[] = [];
    let current: string[] = [];
    let used = 0;
    const flush = () => {
        if (current.length > 0) chunks.push(current.join("\n"));
        current = [];
        used = 0;
    };
    for (const line of text.split("\n")) {
        const cost = countTokens(line) + 1;
        if (cost > budget) {
            // A line longer than the budget: cut it by characters.
            flush();
            const step = Math.max(1, Math.floor((line.length * budget) / cost) - 1);
            for (let at = 0; at < line.length; at += step) chunks.push(line.slice(at, at + step));
            continue;
        }
        if (used + cost > budget) flush();
        current.push(line);
        used += cost;
    }
    flush();
    return chunks;
}

/** A summary request: short inputs in one pass; long ones chunked to fit the context and summarised hierarchically. */
export function summaryRequest(deps: SummarizeDeps, title: string, source: string, content: string, kind: "code" | "diff", languageId?: string): ResultRequest {
    return {
        title,
        source,
        run: async (signal, report, onText) => {
            const info = await deps.models.ensureLoaded((p) => report({ phase: "loading", progress: p.fraction }), signal);
            const style = readModelSettings().speechStyle;
            const generate = (task: PromptTask, onPiece?: (text: string) => void, progress?: number) => runTask(deps.models, task, signal, report, onPiece, progress);
            // Room for the input: the context minus the prompt's own text and the answer.
            const overhead = deps.models.countTokens(buildPrompt({ task: "summary", source: kind, content: "", languageId }, { kind: info.kind.kind, style }).prompt);
            const budget = Math.max(128, info.contextSize - overhead - 384 - 16);
            const chunks = chunkByTokens(content, budget, (text) => deps.models.countTokens(text));
            if (chunks.length <= 1) {
                const result = await generate({ task: "summary", source: kind, content, languageId }, onText);
                return { tokensPerSecond: result.tokensPerSecond };
            }
            // Hierarchical: summarise each part (not shown), then summarise the summaries (streamed).
            const partials: string[] = [];
            for (const [index, chunk] of chunks.entries()) {
                if (signal.aborted) return {};
                const task: PromptTask = { task: "summary", source: kind, content: chunk, languageId };
                const part = await generate(task, undefined, index / (chunks.length + 1));
                partials.push(`- (${index + 1}/${chunks.length}) ${shapeOutput(task, part.text).replace(/\n+/g, " ")}`);
            }
            const final = await generate({ task: "summary", source: "partialSummaries", content: partials.join("\n") }, onText, chunks.length / (chunks.length + 1));
            return { tokensPerSecond: final.tokensPerSecond };
        }
    };
}

interface GitRepository {
    rootUri: vscode.Uri;
    diff(cached?: boolean): Promise<string>;
}

/** The working-tree diff (unstaged and staged) of the repository holding the active file, via the built-in Git extension. */
async function workingTreeDiff(): Promise<{ diff: string; root: string } | undefined> {
    const git = vscode.extensions.getExtension<{ getAPI(version: 1): { repositories: GitRepository[] } }>("vscode.git");
    if (git === undefined) return undefined;
    const api = (git.isActive ? git.exports : await git.activate()).getAPI(1);
    const active = vscode.window.activeTextEditor?.document.uri.fsPath;
    const repository = api.repositories.find((r) => active !== undefined && active.startsWith(r.rootUri.fsPath)) ?? api.repositories[0];
    if (repository === undefined) return undefined;
    const diff = [await repository.diff(true), await repository.diff(false)].filter((d) => d.trim().length > 0).join("\n");
    return { diff, root: repository.rootUri.fsPath };
}

/** A Markdown documentation section for the selection or the file, into the panel (Open in Editor gives a Markdown document). */
function docsRequest(deps: SummarizeDeps, title: string, source: string, code: string, languageId: string, fileName: string): ResultRequest {
    return {
        title,
        source,
        run: taskRun(deps.models, { task: "docSection", languageId, code, fileName })
    };
}

export function registerSummarize(deps: SummarizeDeps): vscode.Disposable[] {
    const run = async (request: ResultRequest) => {
        const started = deps.results.start(request);
        await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: request.title, cancellable: true },
            (_progress, token) => {
                token.onCancellationRequested(() => deps.results.stop(started.id));
                return started.done;
            }
        );
        return started.id;
    };
    return [
        vscode.commands.registerCommand("gemmaKo.summarizeSelection", async () => {
            const editor = vscode.window.activeTextEditor;
            if (editor === undefined) return undefined;
            const document = editor.document;
            const whole = editor.selection.isEmpty;
            const content = whole ? document.getText() : document.getText(editor.selection);
            const source = whole ? sourceLabel(document) : sourceLabel(document, editor.selection.start.line, editor.selection.end.line);
            return run(summaryRequest(deps, whole ? vscode.l10n.t("Summary of {0}", path.basename(document.fileName)) : vscode.l10n.t("Summary of the selection"), source, content, "code", document.languageId));
        }),
        vscode.commands.registerCommand("gemmaKo.draftDocs", async () => {
            const editor = vscode.window.activeTextEditor;
            if (editor === undefined) return undefined;
            const document = editor.document;
            const whole = editor.selection.isEmpty;
            const code = (whole ? document.getText() : document.getText(editor.selection)).slice(0, 24_000);
            const name = path.basename(document.fileName);
            return run(docsRequest(deps, vscode.l10n.t("Korean docs: {0}", name), sourceLabel(document), code, document.languageId, name));
        }),
        vscode.commands.registerCommand("gemmaKo.summarizeChanges", async () => {
            const found = await workingTreeDiff();
            if (found === undefined || found.diff.trim().length === 0) {
                void vscode.window.showInformationMessage(vscode.l10n.t("There are no changes to summarise (or no Git repository is open)."));
                return undefined;
            }
            return run(summaryRequest(deps, vscode.l10n.t("Summary of the changes"), found.root, found.diff, "diff"));
        })
    ];
}

/** `gemmaKo.translateComment`: the English comment under the cursor, in Korean; Insert replaces it, keeping its markers (one undoable edit). */
export function registerTranslateComment(deps: SummarizeDeps): vscode.Disposable {
    return vscode.commands.registerCommand("gemmaKo.translateComment", async () => {
        const editor = vscode.window.activeTextEditor;
        if (editor === undefined) return undefined;
        const document = editor.document;
        const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i).text);
        const block = findComment(lines, editor.selection.active.line);
        if (block === undefined || block.text.join("").trim().length === 0) {
            void vscode.window.showInformationMessage(vscode.l10n.t("Put the cursor in a comment to translate it."));
            return undefined;
        }
        const task: PromptTask = { task: "translateComment", text: block.text.join("\n"), languageId: document.languageId };
        const version = document.version;
        const started = deps.results.start({
            title: vscode.l10n.t("Comment in Korean"),
            source: sourceLabel(document, block.startLine, block.endLine),
            target: { uri: document.uri, selection: new vscode.Selection(block.startLine, 0, block.endLine, lines[block.endLine]!.length) },
            run: taskRun(deps.models, task),
            insert: async (filteredText) => {
                const target = await vscode.workspace.openTextDocument(document.uri);
                if (target.version !== version) {
                    void vscode.window.showWarningMessage(vscode.l10n.t("The file changed since the translation was made; translate the comment again."));
                    return false;
                }
                const replacement = rewriteComment(block, shapeOutput(task, filteredText));
                // Code before an inline comment on its first line stays.
                const first = lines[block.startLine]!;
                const markerAt = block.kind === "line" ? first.indexOf(block.marker) : first.indexOf("/*");
                const codeBefore = first.slice(0, markerAt);
                if (codeBefore.trim().length > 0) replacement[0] = `${codeBefore}${replacement[0]!.trimStart()}`;
                const eol = target.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
                const range = new vscode.Range(block.startLine, 0, block.endLine, target.lineAt(block.endLine).text.length);
                return applyAndShow(target, (edit) => edit.replace(target.uri, range, replacement.join(eol)));
            }
        });
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t("Gemma-Ko: translating the comment") }, () => started.done);
        return started.id;
    });
}
