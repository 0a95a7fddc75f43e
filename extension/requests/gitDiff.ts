import * as vscode from "vscode";

interface GitRepository {
    rootUri: vscode.Uri;
    diff(cached?: boolean): Promise<string>;
}

/** The working-tree diff (unstaged and staged) of the repository holding `near` (default: the active file), via the built-in Git extension. */
export async function workingTreeDiff(
    near: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri
): Promise<{ diff: string; root: string } | undefined> {
    const git = vscode.extensions.getExtension<{ getAPI(version: 1): { repositories: GitRepository[] } }>("vscode.git");
    if (git === undefined) return undefined;
    let api: { repositories: GitRepository[] };
    try {
        api = (git.isActive ? git.exports : await git.activate()).getAPI(1);
    } catch (error) {
        // Git turned off (`git.enabled: false`): the Git extension's API throws "Git model not
        // found", which an outside tester got raw. Say what it means and what to do.
        if (vscode.workspace.getConfiguration("git").get<boolean>("enabled") === false)
            throw new Error(
                vscode.l10n.t(
                    "VS Code's Git support is turned off (the git.enabled setting), so there are no changes to read. Turn it on, or select the text to summarise and run Summarise Selection."
                )
            );
        throw error;
    }
    const active = near?.fsPath;
    const repository =
        api.repositories.find((r) => active !== undefined && active.startsWith(r.rootUri.fsPath)) ??
        api.repositories.at(0);
    if (repository === undefined) return undefined;
    const diff = [await repository.diff(true), await repository.diff(false)]
        .filter((d) => d.trim().length > 0)
        .join("\n");
    return { diff, root: repository.rootUri.fsPath };
}

/** Whether the built-in Git extension has a repository open (without starting it when it is not running). */
export function hasGitRepository(): boolean {
    const git = vscode.extensions.getExtension<{ getAPI(version: 1): { repositories: GitRepository[] } }>("vscode.git");
    if (git?.isActive !== true) return false;
    try {
        return git.exports.getAPI(1).repositories.length > 0;
    } catch {
        return false;
    }
}
