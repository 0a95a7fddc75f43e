// A document the user cannot edit is not edited by Gemma-Ko either: an outside tester's
// Insert wrote a docstring into a file `files.readonlyInclude` marks read-only (its tab showed
// a lock and typing was blocked), with no word. VS Code applies a WorkspaceEdit there all the
// same, and its API does not say whether an editor is read-only: this reads what it can.
import * as path from "node:path";
import * as vscode from "vscode";

/** `files.readonlyInclude` / `files.readonlyExclude`: globs, each on or off. */
function globs(key: "readonlyInclude" | "readonlyExclude", uri: vscode.Uri): string[] {
    const value = vscode.workspace.getConfiguration("files", uri).get<unknown>(key);
    if (value === null || typeof value !== "object") return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([glob, on]) => (on === true ? [glob] : []));
}

/**
 * Whether `glob` names `document`: relative to each workspace folder (as VS Code reads these
 * settings), or as an absolute path or pattern.
 */
function matches(glob: string, document: vscode.TextDocument): boolean {
    const patterns: vscode.GlobPattern[] = path.isAbsolute(glob)
        ? [glob]
        : (vscode.workspace.workspaceFolders ?? []).map((folder) => new vscode.RelativePattern(folder, glob));
    return patterns.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

/**
 * Whether `document` is read-only: on a file system that cannot be written (a Git revision, a
 * virtual one), a file whose provider says so, or one the `files.readonlyInclude` setting
 * marks (and `files.readonlyExclude` does not). An untitled document never is.
 */
export async function isReadOnly(document: vscode.TextDocument): Promise<boolean> {
    const uri = document.uri;
    if (document.isUntitled) return false;
    if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return true;
    const included = globs("readonlyInclude", uri).some((glob) => matches(glob, document));
    if (included && !globs("readonlyExclude", uri).some((glob) => matches(glob, document))) return true;
    try {
        const stat = await vscode.workspace.fs.stat(uri);
        return ((stat.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0;
    } catch {
        return false;
    }
}

/**
 * Refuses an edit to a read-only `document`: says so, with the text on the clipboard (as when
 * the code a comment was drafted for has gone). Resolves true when it refused (nothing written).
 */
export async function refuseReadOnly(document: vscode.TextDocument, text: string): Promise<boolean> {
    if (!(await isReadOnly(document))) return false;
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showWarningMessage(
        vscode.l10n.t(
            "{0} is read-only, so nothing was inserted. The text was copied to the clipboard.",
            vscode.workspace.asRelativePath(document.uri, false) || path.basename(document.fileName)
        )
    );
    return true;
}

/** The text a workspace edit would write (every insert and replacement, in order). */
export function insertedText(edit: vscode.WorkspaceEdit): string {
    return edit
        .entries()
        .flatMap(([, edits]) => edits.map((one) => ("newText" in one ? one.newText : "")))
        .filter((text) => text.length > 0)
        .join("\n");
}
