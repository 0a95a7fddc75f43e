// The Insert / Replace button under a finished @gemma-ko answer. The button carries only
// an id; the filtered text and the request's own `insert` (the panel's: a doc comment in
// the language's convention, one undoable workspace edit) stay here, in the extension host.
import * as vscode from "vscode";
import { defineCommand, type CommandDefinition } from "../ctx";

/** The command the chat button runs (not in the palette: it needs an answer's id). */
export const insertChatAnswerCommand = "gemmaKo.insertChatAnswer";

/** Answers kept for their button; older ones are forgotten first. */
const capacity = 50;

export class ChatInsertions {
    private readonly pending = new Map<string, () => Thenable<boolean>>();
    private next = 0;

    /** Keeps a finished answer's filtered text with the edit that puts it in; returns the button's id. */
    add(insert: (filteredText: string) => Thenable<boolean>, filteredText: string): string {
        const id = `answer-${Date.now().toString(36)}-${(this.next++).toString(36)}`;
        this.pending.set(id, () => insert(filteredText));
        while (this.pending.size > capacity) this.pending.delete(this.pending.keys().next().value ?? "");
        return id;
    }

    /** Applies the answer's edit; false when the id is unknown (an answer from before a reload) or the edit failed. */
    async run(id: string): Promise<boolean> {
        const insert = this.pending.get(id);
        if (insert === undefined) {
            void vscode.window.showInformationMessage(
                vscode.l10n.t("This answer is from an earlier session and can no longer be inserted; ask again.")
            );
            return false;
        }
        return insert();
    }

    /** `gemmaKo.insertChatAnswer(id)`, for the chat button. */
    command(): CommandDefinition {
        return defineCommand(
            insertChatAnswerCommand,
            () => (id: unknown) => (typeof id === "string" ? this.run(id) : false)
        );
    }
}
