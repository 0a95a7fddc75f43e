import * as path from "node:path";
import * as vscode from "vscode";
import type { PromptTask } from "../../models/prompts";
import { shapeOutput } from "../../models/prompts";
import type { Ctx } from "../ctx";
import { splitIntoParts, type PartsOptions } from "../../models/inputParts";
import { InputTooLongError } from "../../models/runtimeErrors";
import type { ResultRequest, ResultStatus } from "../panel/results";
import type { CodeContext } from "./codeUnit";
import { loadingStatus, modelName, runTask, selectionLabel, shownSpeed, sourceLabel } from "./generation";
import { workingTreeDiff } from "./gitDiff";
import { inputRoom, inputTokens } from "./inputRoom";
import { selectionTarget } from "./editorTarget";

/**
 * At most this many parts of the model's context are summarised one by one: past it a
 * summary takes hours on a CPU (a part is a full context of prompt), so the user is asked
 * for a smaller selection instead (models/inputParts.ts).
 */
/** {@link splitIntoParts}; a refusal says what to do with a server's model (its context is not a setting here). */
async function splitForBackend(ctx: Ctx, text: string, options: PartsOptions): Promise<string[]> {
    try {
        return await splitIntoParts(text, options);
    } catch (error) {
        if (error instanceof InputTooLongError && ctx.models.usesRemote)
            throw new InputTooLongError(error.tokens, error.parts, error.maxParts, true);
        throw error;
    }
}

export const maxSummaryParts = 48;
/** Levels of summaries of summaries, at most (each shrinks the text many times over). */
const maxLevels = 4;

type SummarySource = Extract<PromptTask, { task: "summary" }>["source"];

/** A summary request: short inputs in one pass; long ones split to fit the context and summarised hierarchically. */
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
            const info = await ctx.models.ensureLoaded((p) => report(loadingStatus(ctx, p.fraction)), signal);
            const generate = (task: PromptTask, onPiece?: (text: string) => void, progress?: number) =>
                runTask(ctx, task, signal, report, onPiece, progress);
            // Room for the input: the context minus the prompt's own text and the answer.
            const budget = await inputRoom(ctx, info, { task: "summary", source: kind, content: "", languageId });
            const countTokens = (text: string) => ctx.models.countTokens(text);
            // One count for an input that fits (most); the parts are planned only for one that does not.
            const fits = (await inputTokens(ctx, content, budget)) + 1 <= budget;
            if (fits) {
                const result = await generate({ task: "summary", source: kind, content, languageId }, onText);
                return { tokensPerSecond: shownSpeed(result), ...modelName(ctx) };
            }
            report({ phase: "preparing", progress: 0 });
            const parts = await splitForBackend(ctx, content, {
                budget,
                countTokens,
                signal,
                maxParts: maxSummaryParts,
                onProgress: (fraction) => report({ phase: "preparing", progress: fraction })
            });
            ctx.log.info(
                vscode.l10n.t(
                    "{0}: {1} characters in {2} parts of at most {3} tokens.",
                    title,
                    content.length,
                    parts.length,
                    budget
                )
            );
            // Hierarchical: summarise each part (not shown), then the summaries — again in parts
            // while they do not fit — and stream the last one.
            let level: string[] = parts;
            let partSource: SummarySource = kind;
            let partsDone = 0;
            // Parts to summarise, levels planned so far included, plus the last summary.
            let steps = parts.length + 1;
            for (let depth = 0; depth < maxLevels; depth++) {
                const partials: string[] = [];
                for (const [index, part] of level.entries()) {
                    if (signal.aborted) return {};
                    const task: PromptTask = { task: "summary", source: partSource, content: part, languageId };
                    const written = await generate(task, within(report, partsDone, steps), partsDone / steps);
                    partsDone++;
                    partials.push(
                        `- (${index + 1}/${level.length}) ${shapeOutput(task, written.text).replace(/\n+/g, " ")}`
                    );
                }
                const joined = partials.join("\n");
                partSource = "partialSummaries";
                if ((await countTokens(joined)) + 1 <= budget) {
                    const final = await generate(
                        { task: "summary", source: "partialSummaries", content: joined },
                        onText,
                        partsDone / steps
                    );
                    return { tokensPerSecond: shownSpeed(final), ...modelName(ctx) };
                }
                level = await splitForBackend(ctx, joined, { budget, countTokens, signal, maxParts: maxSummaryParts });
                steps += level.length;
                ctx.log.info(
                    vscode.l10n.t(
                        "{0}: the part summaries take {1} parts; summarising them again.",
                        title,
                        level.length
                    )
                );
            }
            throw new InputTooLongError(Math.round(content.length / 4), parts.length, maxSummaryParts);
        }
    };
}

/**
 * A part's text is not shown, so its progress moves with the text written (at most four
 * times a second), towards but never to the next part's start.
 */
function within(report: (status: ResultStatus) => void, index: number, steps: number) {
    let written = 0;
    let reported = 0;
    return (text: string) => {
        written += text.length;
        if (Date.now() - reported < 250) return;
        reported = Date.now();
        report({ phase: "generating", progress: (index + 1 - Math.exp(-written / 300)) / steps });
    };
}

/** A summary of the selection, or of the whole file when nothing is selected (the panel's command and @gemma-ko /summarize). */
export function editorSummaryRequest(ctx: Ctx, editor: CodeContext): ResultRequest {
    const document = editor.document;
    const whole = editor.selection.isEmpty;
    const content = whole ? document.getText() : document.getText(editor.selection);
    const source = whole ? sourceLabel(document) : selectionLabel(document, editor.selection);
    const title = whole
        ? vscode.l10n.t("Summary of {0}", path.basename(document.fileName))
        : vscode.l10n.t("Summary of the selection");
    // A whole file's summary has no selection to replace.
    const request = {
        ...summaryRequest(ctx, title, source, content, "code", document.languageId),
        replaceable: !whole,
        ...(!whole && { target: selectionTarget(editor) })
    };
    // Nothing but blank space: no model run on nothing (it would invent a summary).
    if (content.trim().length > 0) return request;
    const why = whole
        ? vscode.l10n.t("The file is empty: there is nothing to summarise.")
        : vscode.l10n.t(
              "The selection is blank: there is nothing to summarise. Select code, or nothing for the whole file."
          );
    return { ...request, run: () => Promise.reject(new Error(why)), retryable: false };
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
        request: {
            ...summaryRequest(ctx, vscode.l10n.t("Summary of the changes"), found.root, found.diff, "diff"),
            replaceable: false
        }
    };
}
