import * as path from "node:path";
import * as vscode from "vscode";
import { buildPrompt, type PromptTask } from "../../models/prompts";
import type { GenerationResult } from "../../models/runtime";
import type { Ctx } from "../ctx";
import { showBesidePanel } from "../panel/editorPlacement";
import type { ResultRequest, ResultStatus } from "../panel/results";
import { ResultsPanel } from "../panel/resultsPanel";
import { insertedText, refuseReadOnly } from "./readOnly";

/**
 * The common path of every command: load the model the settings name (reporting
 * progress), build the prompt for its kind and the speech style, generate with the
 * settings' limits. Text goes to `onText` (the results controller filters it).
 */
export async function runTask(
    ctx: Ctx,
    task: PromptTask,
    signal: AbortSignal,
    report: (status: ResultStatus) => void,
    onText?: (text: string) => void,
    progress?: number
): Promise<GenerationResult> {
    const info = await ctx.models.ensureLoaded((p) => report(loadingStatus(ctx, p.fraction)), signal);
    const generating: ResultStatus =
        progress === undefined ? { phase: "generating" } : { phase: "generating", progress };
    report(generating);
    const settings = ctx.config.generation;
    const built = buildPrompt(task, { kind: info.kind.kind, style: settings.speechStyle });
    // "Waiting for the previous request" only while another request is ahead of this one.
    const onQueue = (waiting: boolean) => report(waiting ? { phase: "queued" } : generating);
    return ctx.models.generate(
        {
            prompt: built.prompt,
            // The few-shot preface every request of this task shares: evaluated once, then reused.
            sharedPrefix: built.sharedPrefix,
            stop: built.stop,
            maxTokens: settings.maxTokens > 0 ? settings.maxTokens : built.maxTokens,
            temperature: settings.temperature,
            signal,
            onText
        },
        onQueue
    );
}

/**
 * The speed worth showing: tokens per second over at least 16 tokens and a quarter of a
 * second of decoding; a short answer, or one a server sent in a burst, measures nothing
 * ("19,615 tokens/s" for 12 tokens was seen from outside).
 */
export function shownSpeed(result: GenerationResult): number | undefined {
    const { generatedTokens, tokensPerSecond } = result;
    if (generatedTokens < 16 || !(tokensPerSecond > 0)) return undefined;
    return (generatedTokens - 1) / tokensPerSecond >= 0.25 ? tokensPerSecond : undefined;
}

/** The status of a load: a model file's progress, or the connection to an inference server. */
export function loadingStatus(ctx: Ctx, progress: number): ResultStatus {
    return ctx.models.usesRemote ? { phase: "connecting" } : { phase: "loading", progress };
}

/**
 * Applies an edit to one document as a workspace edit (one undo step, whatever editor
 * is active when it lands) and shows the document in the group that already shows it
 * (never over the results panel).
 */
export async function applyAndShow(
    document: vscode.TextDocument,
    build: (edit: vscode.WorkspaceEdit) => void
): Promise<boolean> {
    const edit = new vscode.WorkspaceEdit();
    build(edit);
    // A read-only file (its tab shows a lock): nothing is written; the text goes to the clipboard.
    if (await refuseReadOnly(document, insertedText(edit))) return false;
    const applied = await vscode.workspace.applyEdit(edit);
    await showBesidePanel(document, ResultsPanel.existing?.viewColumn);
    return applied;
}

/** The answering model's file (or the server's model), for messages about its answer. */
export function modelName(ctx: Ctx): { model?: string } {
    const model = ctx.models.model;
    return model === undefined ? {} : { model: model.fileName || model.name };
}

/** A result request's `run`: the task through {@link runTask}, text to the results controller. */
export function taskRun(ctx: Ctx, task: PromptTask): ResultRequest["run"] {
    return async (signal, report, onText) => {
        const result = await runTask(ctx, task, signal, report, onText);
        return { tokensPerSecond: shownSpeed(result), ...modelName(ctx) };
    };
}

/** "src/math.ts:12-18": where a request came from, for the panel. */
export function sourceLabel(document: vscode.TextDocument, startLine?: number, endLine?: number): string {
    const name = vscode.workspace.asRelativePath(document.uri, false) || path.basename(document.fileName);
    return startLine === undefined ? name : `${name}:${startLine + 1}-${(endLine ?? startLine) + 1}`;
}

/**
 * The label of a selection's lines: a selection made line by line (Shift+Down) ends at the start of
 * the next line, which holds none of it (found from outside: "1-4" for lines 1-3).
 */
export function selectionLabel(document: vscode.TextDocument, selection: vscode.Range): string {
    const { start, end } = selection;
    const last = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    return sourceLabel(document, start.line, last);
}

/** A request that takes a while to build (finding the code to document): built under the notification. */
export interface PreparedRequest {
    /** The notification's title from the first moment ("Gemma-Ko: drafting a doc comment"). */
    title: string;
    /** What the notification says meanwhile ("Finding the code to document…"). */
    preparing: string;
    /** Builds the request; `signal` aborts when the user cancels (nothing has started then). */
    prepare(signal: AbortSignal): Promise<ResultRequest>;
}

/**
 * Starts a request in the results panel with a cancellable notification (cancelling
 * it stops the request, as the panel's Stop does); resolves with the result id when
 * the request has finished. A {@link PreparedRequest} shows the notification at once and
 * is built under it; cancelled before its card appears, it resolves with `undefined`.
 */
export async function runWithProgress(
    ctx: Ctx,
    request: ResultRequest | PreparedRequest,
    {
        title = request.title,
        location = vscode.ProgressLocation.Notification
    }: { title?: string; location?: vscode.ProgressLocation } = {}
): Promise<string | undefined> {
    // A ready request's card appears before the notification, as it always did.
    let started = "run" in request ? ctx.results.start(request) : undefined;
    await vscode.window.withProgress(
        { location, title, cancellable: location === vscode.ProgressLocation.Notification },
        async (progress, token) => {
            if (started === undefined && "prepare" in request) {
                progress.report({ message: request.preparing });
                const built = await ctx.preparations.run(title, token, (signal) => request.prepare(signal));
                if (built === undefined) return;
                progress.report({ message: "" });
                started = ctx.results.start(built);
            }
            const { id, done } = started ?? { id: "", done: Promise.resolve() };
            token.onCancellationRequested(() => {
                ctx.results.stop(id);
            });
            return done;
        }
    );
    return started?.id;
}
