// Where a document opened from the results panel goes: never over the panel itself. An
// outside tester's "Open in Editor" landed in the panel's group the first time (the group
// the click came from is the active one) and hid the results.
import * as vscode from "vscode";
import { commentSyntaxFor } from "../inline/commentScan";
import { refuseReadOnly } from "../requests/readOnly";
import type { ResultRequest } from "./resultTypes";

/**
 * The group for `uri` (or a new document): where it is already shown, else another group
 * than the panel's (the one of the last text editor there first), else a new one beside.
 */
export function columnBesidePanel(uri: vscode.Uri | undefined, panelColumn: vscode.ViewColumn | undefined) {
    const elsewhere = (column: vscode.ViewColumn | undefined) => column !== undefined && column !== panelColumn;
    const shown = vscode.window.visibleTextEditors.find(
        (editor) =>
            uri !== undefined && editor.document.uri.toString() === uri.toString() && elsewhere(editor.viewColumn)
    );
    if (shown?.viewColumn !== undefined) return shown.viewColumn;
    if (panelColumn === undefined) return vscode.ViewColumn.Active;
    const editor = vscode.window.visibleTextEditors.find((e) => elsewhere(e.viewColumn));
    const group = vscode.window.tabGroups.all.find((g) => elsewhere(g.viewColumn));
    return editor?.viewColumn ?? group?.viewColumn ?? vscode.ViewColumn.Beside;
}

/** Shows `document` in {@link columnBesidePanel}'s group, focused, as a kept (not preview) tab. */
export async function showBesidePanel(
    document: vscode.TextDocument,
    panelColumn: vscode.ViewColumn | undefined
): Promise<vscode.TextEditor> {
    const viewColumn = columnBesidePanel(document.isUntitled ? undefined : document.uri, panelColumn);
    return vscode.window.showTextDocument(document, { viewColumn, preserveFocus: false, preview: false });
}

/** What Insert needs of a finished result (results.ts: ResultRecord). */
interface Insertable {
    state: string;
    text: string;
    request: ResultRequest;
}

/**
 * Inserts a finished result at the cursor (or over the request's selection) as one undoable
 * edit, or through the request's own insert (a doc comment goes above its declaration).
 */
export async function insertResult(
    record: Insertable,
    replace: boolean,
    panelColumn: vscode.ViewColumn | undefined
): Promise<boolean> {
    // No text (stopped before any came): replacing the selection with it would delete code.
    if (record.text.trim().length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t("The result is empty: there is nothing to insert."));
        return false;
    }
    // Its own insert (doc comment, translated comment) for Insert and Replace alike; only when done.
    if (record.request.insert !== undefined)
        return record.state === "done" ? record.request.insert(record.text) : false;
    // Replace goes over the request's own selection in its own file, never the active editor's (an
    // outside tester's summary of one file replaced a line of another); Insert goes to the cursor.
    const target = replace ? record.request.target : undefined;
    const document = target !== undefined ? await vscode.workspace.openTextDocument(target.uri) : undefined;
    if (target?.text !== undefined && document?.getText(target.selection) !== target.text) {
        void vscode.window.showWarningMessage(
            vscode.l10n.t(
                "The selection this result was made from has changed since: nothing was replaced. Select the code and run the command again, or use Insert at Cursor."
            )
        );
        return false;
    }
    const editor =
        document !== undefined
            ? await showBesidePanel(document, panelColumn)
            : (vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.at(0));
    if (editor === undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t("Open an editor to insert the result into."));
        return false;
    }
    const selection =
        target !== undefined && editor.document.uri.toString() === target.uri.toString()
            ? target.selection
            : editor.selection;
    // One workspace edit: one undo step, whatever editor is active when it lands.
    const edit = new vscode.WorkspaceEdit();
    const at = replace ? selection.start : insertionPoint(editor.document, selection.active);
    const text = asCommentIn(editor.document, at, record.text, replace ? selection.end : at);
    if (replace) edit.replace(editor.document.uri, selection, text);
    else edit.insert(editor.document.uri, at, text);
    // A read-only file (its tab shows a lock): nothing is written; the text goes to the clipboard.
    if (await refuseReadOnly(editor.document, text)) return false;
    return vscode.workspace.applyEdit(edit);
}

/**
 * Where a result inserted at `cursor` goes: a summary or a docs draft is a block, so with text
 * before the cursor on its line (code, a paragraph) it goes after that line instead of into it
 * (an outside tester's summary was glued to `}` and split a Markdown word). Inside a line comment,
 * and in languages without line comments other than Markdown, it stays at the cursor.
 */
function insertionPoint(document: vscode.TextDocument, cursor: vscode.Position): vscode.Position {
    const line = document.lineAt(cursor.line);
    const before = line.text.slice(0, cursor.character);
    if (before.trim().length === 0) return cursor;
    const marker = commentSyntaxFor(document.languageId)?.line[0];
    if (document.languageId !== "markdown" && (marker === undefined || before.includes(marker))) return cursor;
    return line.range.end;
}

/**
 * Korean prose put into code goes in as line comments of the file's language (an outside tester's
 * summary inserted into a .ts file was 17 compile errors): when it starts a line of its own and
 * is not already in a comment. Mid-line, in Markdown or plain text, and in languages without line
 * comments it goes in as it is. Code after it on the line moves to a line of its own.
 */
export function asCommentIn(
    document: vscode.TextDocument,
    at: vscode.Position,
    text: string,
    end: vscode.Position
): string {
    if (document.languageId === "markdown") return asBlockIn(document, at, text, end);
    const marker = commentSyntaxFor(document.languageId)?.line[0];
    if (marker === undefined) return text;
    const line = document.lineAt(at.line).text;
    const before = line.slice(0, at.character);
    const after = document.lineAt(end.line).text.slice(end.character);
    if (after.trimStart().startsWith(marker) || /^\s*(?:\/\*|\*|"""|''')/.test(after)) return text;
    const eol = document.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
    // At the end of a line of code (insertionPoint moved it there): on lines of their own below it.
    const endOfCode = before.trim().length > 0;
    if (endOfCode && after.trim().length > 0) return text;
    const indent = endOfCode ? (/^\s*/.exec(line)?.[0] ?? "") : before;
    const commented = text
        .replace(/\s+$/, "")
        .split(/\r?\n/)
        .map((l, i) => `${i === 0 && !endOfCode ? "" : indent}${marker}${l.trim().length > 0 ? ` ${l.trimEnd()}` : ""}`)
        .join(eol);
    if (endOfCode) return `${eol}${commented}`;
    if (after.trim().length > 0) return `${commented}${eol}${before}`;
    // On an empty line between blocks: a blank line kept on each side that has code.
    const filled = (n: number) => n >= 0 && n < document.lineCount && document.lineAt(n).text.trim().length > 0;
    const blank = line.trim().length === 0;
    return `${blank && filled(at.line - 1) ? eol + before : ""}${commented}${blank && filled(at.line + 1) ? eol : ""}`;
}

/**
 * Markdown put into Markdown stands as blocks of its own: a blank line before and after it when
 * text is beside it (a summary inserted at the end of a paragraph joined the paragraph, and its
 * heading was no heading). One line put into the middle of a line goes in as it is.
 */
function asBlockIn(document: vscode.TextDocument, at: vscode.Position, text: string, end: vscode.Position): string {
    const body = text.replace(/\s+$/, "");
    const eol = document.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
    const before = document.lineAt(at.line).text.slice(0, at.character);
    const after = document.lineAt(end.line).text.slice(end.character);
    if (!/\n/.test(body) && before.trim().length > 0 && after.trim().length > 0) return text;
    const filled = (line: number) =>
        line >= 0 && line < document.lineCount && document.lineAt(line).text.trim().length > 0;
    const lead = before.trim().length > 0 ? eol + eol : filled(at.line - 1) ? eol : "";
    // After the text the line's own line break follows: one more makes the blank line.
    const trail = after.trim().length > 0 ? eol + eol : filled(end.line + 1) ? eol : "";
    return `${lead}${body.split(/\r?\n/).join(eol)}${trail}`;
}

/** Opens an http(s) link from a result in the browser after the user confirms it in a modal. */
export async function confirmAndOpenLink(url: string): Promise<boolean> {
    const open = vscode.l10n.t("Open");
    const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t("Open this link from Gemma-Ko's output in the browser?\n{0}", url),
        { modal: true },
        open
    );
    if (choice !== open) return false;
    return vscode.env.openExternal(vscode.Uri.parse(url, true));
}
