// What @gemma-ko suggests after an answer: the next task on the same code. Nothing after
// an answer the filter blocked, one that failed, or one that could not start.
import * as vscode from "vscode";

/** What the handler tells VS Code about an answer (`ChatResult.metadata`). */
export interface ChatAnswerMetadata {
    /** The slash command, or "" for a plain question. */
    command: string;
    /** `cancelled`: stopped before any of the answer came. */
    outcome: "done" | "stopped" | "cancelled" | "blocked" | "error" | "unavailable";
    /** After an error, the question as asked: "Ask again" sends it once the fix is made. */
    prompt?: string;
}

export function isChatAnswerMetadata(value: unknown): value is ChatAnswerMetadata {
    const candidate = value as Partial<ChatAnswerMetadata> | null | undefined;
    return typeof candidate?.command === "string" && typeof candidate.outcome === "string";
}

/** Editors of prose, not code: explaining "the selected code" or drafting its doc comment makes no sense there. */
const proseLanguages = new Set(["markdown", "plaintext", "restructuredtext", "asciidoc", "latex", "org"]);

export function isProse(languageId: string | undefined): boolean {
    return languageId !== undefined && proseLanguages.has(languageId);
}

/**
 * The suggestions after an answer (each sends `@gemma-ko /<command>`). `changes`: whether a Git
 * repository is open, so that /changes has something to read; `code`: whether the editor shows
 * code (in Markdown or plain text only summaries are suggested; found from outside).
 */
export function followupsFor(metadata: ChatAnswerMetadata, changes = true, code = true): vscode.ChatFollowup[] {
    // A request that failed (no model yet, a file that is no model): the same question again,
    // for after the fix the answer offers (Select Model, Open a Local GGUF File).
    if (metadata.outcome === "error" && metadata.prompt !== undefined)
        return [
            {
                prompt: metadata.prompt,
                ...(metadata.command.length > 0 ? { command: metadata.command } : {}),
                label: vscode.l10n.t("Ask again")
            }
        ];
    const all = codeFollowups(metadata, changes);
    if (code) return all;
    const prose = all.filter((f) => f.command === "summarize" || f.command === "changes");
    return prose.length > 0 || all.length === 0 || metadata.command === "summarize"
        ? prose
        : [{ prompt: "", command: "summarize", label: vscode.l10n.t("Summarise this file") }];
}

function codeFollowups(metadata: ChatAnswerMetadata, changes: boolean): vscode.ChatFollowup[] {
    if (metadata.outcome !== "done" && metadata.outcome !== "stopped") return [];
    const suggest = (command: string, label: string): vscode.ChatFollowup => ({ prompt: "", command, label });
    const explain = () => suggest("explain", vscode.l10n.t("Explain the selected code"));
    const doc = () => suggest("doc", vscode.l10n.t("Draft a doc comment for the code at the cursor"));
    const docs = () => suggest("docs", vscode.l10n.t("Draft Korean docs for this file"));
    const summarize = () => suggest("summarize", vscode.l10n.t("Summarise this file"));
    const changesOr = (other: () => vscode.ChatFollowup) =>
        changes ? suggest("changes", vscode.l10n.t("Summarise my uncommitted changes")) : other();
    switch (metadata.command) {
        case "doc":
            return [docs(), explain()];
        case "docs":
            return [summarize(), doc()];
        case "summarize":
            return [changesOr(explain), docs()];
        case "changes":
            return [summarize()];
        case "translate":
            return [doc()];
        case "explain":
            return [doc(), summarize()];
        default:
            return [explain(), summarize()];
    }
}
