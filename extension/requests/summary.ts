import * as path from "node:path";
import * as vscode from "vscode";
import type { PromptTask } from "../../models/prompts";
import { buildPrompt, shapeOutput } from "../../models/prompts";
import type { Ctx } from "../ctx";
import type { ResultRequest } from "../panel/results";
import type { CodeContext } from "./codeUnit";
import { modelName, runTask, sourceLabel } from "./generation";
import { workingTreeDiff } from "./gitDiff";

/**
 * Splits `text` into pieces of at most `budget` tokens (by lines; a single huge
 * line is cut by characters), using the model's own token counts.
 */
export async function chunkByTokens(
    text: string,
    budget: number,
    countTokens: (text: string) => Promise<number>
): Promise<string[]> {
    const chunks: string[] = [];
    let current: string[] = [];
    let used = 0;
    const flush = () => {
        if (current.length > 0) chunks.push(current.join("\n"));
        current = [];
        used = 0;
    };
    for (const line of text.split("\n")) {
        const cost = (await countTokens(line)) + 1;
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
export function summaryRequest(
    ctx: Ctx,
    title: string,
    source: string,
    content: string,
    kind: "code" | "diff",
    languageId?: string
): ResultRequest {
    return {
        title,
        source,
        run: async (signal, report, onText) => {
            const info = await ctx.models.ensureLoaded(
                (p) => report({ phase: "loading", progress: p.fraction }),
                signal
            );
            const style = ctx.config.generation.speechStyle;
            const generate = (task: PromptTask, onPiece?: (text: string) => void, progress?: number) =>
                runTask(ctx, task, signal, report, onPiece, progress);
            // Room for the input: the context minus the prompt's own text and the answer.
            const overhead = await ctx.models.countTokens(
                buildPrompt({ task: "summary", source: kind, content: "", languageId }, { kind: info.kind.kind, style })
                    .prompt
            );
            const budget = Math.max(128, info.contextSize - overhead - 384 - 16);
            const chunks = await chunkByTokens(content, budget, (text) => ctx.models.countTokens(text));
            if (chunks.length <= 1) {
                const result = await generate({ task: "summary", source: kind, content, languageId }, onText);
                return { tokensPerSecond: result.tokensPerSecond, ...modelName(ctx) };
            }
            // Hierarchical: summarise each part (not shown), then summarise the summaries (streamed).
            const steps = chunks.length + 1;
            // A part's text is not shown, so its progress moves with the text written (at most
            // four times a second), towards but never to the next part's start.
            const within = (index: number) => {
                let written = 0;
                let reported = 0;
                return (text: string) => {
                    written += text.length;
                    if (Date.now() - reported < 250) return;
                    reported = Date.now();
                    report({ phase: "generating", progress: (index + 1 - Math.exp(-written / 300)) / steps });
                };
            };
            const partials: string[] = [];
            for (const [index, chunk] of chunks.entries()) {
                if (signal.aborted) return {};
                const task: PromptTask = { task: "summary", source: kind, content: chunk, languageId };
                const part = await generate(task, within(index), index / steps);
                partials.push(`- (${index + 1}/${chunks.length}) ${shapeOutput(task, part.text).replace(/\n+/g, " ")}`);
            }
            const final = await generate(
                { task: "summary", source: "partialSummaries", content: partials.join("\n") },
                onText,
                chunks.length / steps
            );
            return { tokensPerSecond: final.tokensPerSecond, ...modelName(ctx) };
        }
    };
}

/** A summary of the selection, or of the whole file when nothing is selected (the panel's command and @gemma-ko /summarize). */
export function editorSummaryRequest(ctx: Ctx, editor: CodeContext): ResultRequest {
    const document = editor.document;
    const whole = editor.selection.isEmpty;
    const content = whole ? document.getText() : document.getText(editor.selection);
    const source = whole
        ? sourceLabel(document)
        : sourceLabel(document, editor.selection.start.line, editor.selection.end.line);
    const title = whole
        ? vscode.l10n.t("Summary of {0}", path.basename(document.fileName))
        : vscode.l10n.t("Summary of the selection");
    return summaryRequest(ctx, title, source, content, "code", document.languageId);
}

/**
 * A summary of the Git working-tree changes (staged and unstaged), with the repository's
 * root; `undefined` when there is no repository or nothing changed (the panel's command
 * and @gemma-ko /changes). The repository is the one holding `near` (default: the active
 * editor's file), else the first.
 */
export async function changesSummaryRequest(
    ctx: Ctx,
    near?: vscode.Uri
): Promise<{ request: ResultRequest; root: string } | undefined> {
    const found = await workingTreeDiff(near);
    if (found === undefined || found.diff.trim().length === 0) return undefined;
    return {
        root: found.root,
        request: summaryRequest(ctx, vscode.l10n.t("Summary of the changes"), found.root, found.diff, "diff")
    };
}
