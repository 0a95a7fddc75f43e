// What each @gemma-ko slash command answers from. The tasks the panel also runs (/doc,
// /docs, /summarize, /changes, /translate of a comment) use the panel's own requests
// (extension/requests/): the same prompt, the same hierarchical summary, the same Insert.
// /explain and plain questions are a conversation (chatPrompt.ts).
import * as path from "node:path";
import * as vscode from "vscode";
import type { Ctx } from "../ctx";
import type { ResultRequest } from "../panel/results";
import type { CodeContext } from "../requests/codeUnit";
import { docCommentRequest } from "../requests/docComment";
import { docsRequest } from "../requests/docs";
import { selectionLabel } from "../requests/generation";
import { changesSummaryRequest, editorSummaryRequest } from "../requests/summary";
import { commentTranslationRequest, textTranslationRequest } from "../requests/translation";
import type { ChatTextMessage } from "./chatPrompt";

/** The slash commands, as package.json declares them. */
export const slashCommands = ["explain", "doc", "docs", "summarize", "changes", "translate"] as const;

/** The most characters of editor text one /explain takes. */
const maxContextChars = 12_000;

export type ChatPlan =
    /** A conversation for the chat prompt. */
    | { kind: "conversation"; messages: ChatTextMessage[]; references: ChatReference[] }
    /** One of the panel's requests; `apply` names the button that puts the answer in the editor. */
    | { kind: "request"; request: ResultRequest; references: ChatReference[]; apply?: string }
    /** Nothing to work on: the reason, said in the chat. */
    | { kind: "unavailable"; message: string };

export type ChatReference = vscode.Uri | vscode.Location;

function selectionOrFile(editor: CodeContext): ChatReference {
    const { document, selection } = editor;
    return selection.isEmpty ? document.uri : new vscode.Location(document.uri, selection);
}

const sameUri = (a: vscode.Uri, b: vscode.Uri) => a.toString() === b.toString();

/**
 * The code a request is about. While the user types in the chat view, the chat input has
 * the focus and VS Code reports no active text editor (seen in code-server 1.139); the
 * request then carries the editor's file or selection as a reference (VS Code's implicit
 * context, or what the user attached). Order: a selection the request refers to; the
 * active editor; a file the request refers to, with its editor's cursor if it is visible.
 */
export async function codeContextFor(
    references: readonly vscode.ChatPromptReference[]
): Promise<CodeContext | undefined> {
    const values = references.map((reference) => reference.value);
    const location = values.find((value): value is vscode.Location => value instanceof vscode.Location);
    if (location !== undefined) {
        const document = await vscode.workspace.openTextDocument(location.uri);
        return { document, selection: new vscode.Selection(location.range.start, location.range.end) };
    }
    const active = vscode.window.activeTextEditor;
    if (active !== undefined) return active;
    const file = values.find((value): value is vscode.Uri => value instanceof vscode.Uri);
    if (file === undefined) return undefined;
    const visible = vscode.window.visibleTextEditors.find((editor) => sameUri(editor.document.uri, file));
    if (visible !== undefined) return visible;
    const document = await vscode.workspace.openTextDocument(file);
    return { document, selection: new vscode.Selection(0, 0, 0, 0) };
}

function needsEditor(what: "unit" | "file"): ChatPlan {
    return {
        kind: "unavailable",
        message:
            what === "unit"
                ? vscode.l10n.t("Open a file and put the cursor in a function or class first.")
                : vscode.l10n.t("Open a file first (select part of it to work on that part only).")
    };
}

/** /explain: the selection (or the code unit's text) in front of the question, as a conversation. */
function explainPlan(editor: CodeContext | undefined, prompt: string, history: ChatTextMessage[]): ChatPlan {
    const instruction = "다음 코드가 무엇을 하는지 한국어로 설명해 주세요.";
    if (editor === undefined || editor.selection.isEmpty) {
        const text = [instruction, prompt].filter((t) => t.trim().length > 0).join("\n\n");
        return { kind: "conversation", messages: [...history, { role: "user", text }], references: [] };
    }
    const code = editor.document.getText(editor.selection).slice(0, maxContextChars);
    const fence = code.includes("```") ? "````" : "```";
    const text = [instruction, `${fence}\n${code}\n${fence}`, prompt].filter((t) => t.trim().length > 0).join("\n\n");
    return {
        kind: "conversation",
        messages: [...history, { role: "user", text }],
        references: [selectionOrFile(editor)]
    };
}

/** /translate: the prompt's text if there is one, else the comment under the cursor (Replace), else the selection. */
function translatePlan(ctx: Ctx, editor: CodeContext | undefined, prompt: string): ChatPlan {
    if (prompt.trim().length > 0)
        return { kind: "request", request: textTranslationRequest(ctx, prompt.trim(), "chat"), references: [] };
    if (editor === undefined)
        return { kind: "unavailable", message: vscode.l10n.t("Put the cursor in a comment to translate it.") };
    const comment = commentTranslationRequest(ctx, editor);
    if (comment !== undefined) {
        const { block } = comment;
        const end = editor.document.lineAt(block.endLine).text.length;
        return {
            kind: "request",
            request: comment.request,
            references: [
                new vscode.Location(editor.document.uri, new vscode.Range(block.startLine, 0, block.endLine, end))
            ],
            apply: vscode.l10n.t("Replace the Comment")
        };
    }
    if (!editor.selection.isEmpty) {
        const { document, selection } = editor;
        return {
            kind: "request",
            request: textTranslationRequest(
                ctx,
                document.getText(selection).slice(0, maxContextChars),
                selectionLabel(document, selection),
                document.languageId
            ),
            references: [selectionOrFile(editor)]
        };
    }
    return { kind: "unavailable", message: vscode.l10n.t("Put the cursor in a comment to translate it.") };
}

/** What a request's command answers from, for the code it is about (codeContextFor). */
export async function planFor(
    ctx: Ctx,
    request: Pick<vscode.ChatRequest, "command" | "prompt" | "references">,
    history: ChatTextMessage[]
): Promise<ChatPlan> {
    const { command, prompt } = request;
    if (command === "changes") {
        const found = await changesSummaryRequest(ctx, (await codeContextFor(request.references))?.document.uri);
        if (found === undefined)
            return {
                kind: "unavailable",
                message: vscode.l10n.t("There are no changes to summarise (or no Git repository is open).")
            };
        return { kind: "request", request: found.request, references: [vscode.Uri.file(path.resolve(found.root))] };
    }
    const editor = await codeContextFor(request.references);
    switch (command) {
        case "explain":
            return explainPlan(editor, prompt, history);
        case "doc": {
            if (editor === undefined) return needsEditor("unit");
            const docComment = await docCommentRequest(ctx, editor);
            return {
                kind: "request",
                request: docComment.request,
                references: [new vscode.Location(editor.document.uri, docComment.unit.range)],
                apply: vscode.l10n.t("Insert the Doc Comment")
            };
        }
        case "docs":
            if (editor === undefined) return needsEditor("file");
            return { kind: "request", request: docsRequest(ctx, editor), references: [selectionOrFile(editor)] };
        case "summarize":
            if (editor === undefined) return needsEditor("file");
            return {
                kind: "request",
                request: editorSummaryRequest(ctx, editor),
                references: [selectionOrFile(editor)]
            };
        case "translate":
            return translatePlan(ctx, editor, prompt);
        default:
            return { kind: "conversation", messages: [...history, { role: "user", text: prompt }], references: [] };
    }
}
