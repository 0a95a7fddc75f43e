import * as vscode from "vscode";

/**
 * The editor a command works on: the active text editor, else — when the active tab is not a
 * text editor (the walkthrough, the results panel) — the text editor shown beside it. The
 * walkthrough's "draft a doc comment" button never reached the file open next to it.
 */
export function editorToWorkOn(): vscode.TextEditor | undefined {
    return (
        vscode.window.activeTextEditor ??
        vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === "file" || e.document.isUntitled)
    );
}
