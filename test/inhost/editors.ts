import * as vscode from "vscode";

/**
 * Closes a test's document without saving and waits until the extension host has seen it
 * close. Without the wait, the next test's `openTextDocument({ content })` can be handed the
 * same untitled name while the host still holds the old document under it, and that test
 * then works on the previous test's text.
 */
export async function closeDocument(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    const deadline = Date.now() + 10_000;
    while (!document.isClosed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
