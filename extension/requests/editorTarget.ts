import * as path from "node:path";
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

/**
 * The editor to work on, or why there is none (`missing` when nothing is open). Found from
 * outside: with a binary file's placeholder in front the commands said "open a file first",
 * and after "Open Anyway" they summarised an executable's bytes.
 */
function editorOrReason(missing: string): { editor: vscode.TextEditor } | { reason: string } {
    const editor = editorToWorkOn();
    if (editor !== undefined) {
        const head = editor.document.getText(new vscode.Range(0, 0, Math.min(editor.document.lineCount, 400), 0));
        if (!head.slice(0, 65_536).includes("\u0000")) return { editor };
        return {
            reason: vscode.l10n.t(
                "{0} looks like a binary file (it holds NUL characters). Gemma-Ko works on text: open a source or text file.",
                path.posix.basename(editor.document.uri.path)
            )
        };
    }
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (input instanceof vscode.TabInputText)
        return {
            reason: vscode.l10n.t(
                "{0} is open, but not as text (VS Code does not show a binary file as text). Gemma-Ko works on text: open a source or text file.",
                path.posix.basename(input.uri.path)
            )
        };
    return { reason: missing };
}

/** The editor to work on; when there is none, says why (`missing` when nothing is open) and gives undefined. */
export function editorOrSayWhy(missing: string): vscode.TextEditor | undefined {
    const target = editorOrReason(missing);
    if ("editor" in target) return target.editor;
    void vscode.window.showInformationMessage(target.reason);
    return undefined;
}

/** Where a result made from `editor`'s selection replaces it: that file, that selection, and the text selected now. */
export function selectionTarget(editor: Pick<vscode.TextEditor, "document" | "selection">): {
    uri: vscode.Uri;
    selection: vscode.Selection;
    text: string;
} {
    const { start, end } = editor.selection;
    return {
        uri: editor.document.uri,
        selection: new vscode.Selection(start, end),
        text: editor.document.getText(editor.selection)
    };
}
