// @gemma-ko in VS Code's chat view: plain questions and /explain are a conversation with
// the local model; /doc, /docs, /summarize, /changes and /translate run the panel's own
// requests (slashCommands.ts). Every answer passes the safety filter a judged sentence at
// a time (answer.ts); a finished /doc (or /translate of a comment) gets a button that
// puts it in the editor as one undoable edit (insertions.ts); follow-ups suggest the next
// task (followups.ts).
import * as vscode from "vscode";
import type { ContentCategory, PiiType } from "../../safety/types";
import type { Ctx } from "../ctx";
import type { ResultStatus } from "../panel/results";
import { fixesFor } from "../panel/errorFixes";
import { typeLabel } from "../panel/resultTypes";
import { fixCommands, fixTitle } from "../requests/showModelError";
import { hasGitRepository } from "../requests/gitDiff";
import { answerChat, answerRequest, type FilteredAnswer } from "./answer";
import type { ChatTextMessage } from "./chatPrompt";
import { followupsFor, isChatAnswerMetadata, isProse, type ChatAnswerMetadata } from "./followups";
import { ChatInsertions, insertChatAnswerCommand } from "./insertions";
import { abortSignalOf } from "./provider";
import { planFor } from "./slashCommands";

export const participantId = "gemmaKo.chat";

/**
 * How the note on what the filter hid begins (a quote after a blank line): it is not the
 * model's. A theme icon, not an emoji: the workbench's own icon font has it on every system
 * (an emoji shield was a box where no emoji font is installed).
 */
const safetyNoteStart = "\n\n> $(shield) ";

/**
 * The chat view has no badge: what the filter hid (the panel's "Hidden by the safety filter")
 * goes under the answer as a note, so that a placeholder or a masked word is explained.
 */
function safetyNote(hidden: ReadonlyMap<string, number>): vscode.MarkdownString | undefined {
    if (hidden.size === 0) return undefined;
    const list = [...hidden]
        .map(([type, count]) => vscode.l10n.t("{0} {1}", typeLabel(type as PiiType | ContentCategory), count))
        .join(", ");
    const note = new vscode.MarkdownString(
        `${safetyNoteStart}${vscode.l10n.t("Hidden by the safety filter: {0}", list)}`
    );
    note.supportThemeIcons = true;
    return note;
}

function noteHidden(stream: vscode.ChatResponseStream, answer: FilteredAnswer): void {
    const note = answer.blocked ? undefined : safetyNote(answer.hidden);
    if (note !== undefined) stream.markdown(note);
}

/** Earlier @gemma-ko turns of this conversation, as chat messages. */
function historyMessages(history: vscode.ChatContext["history"]): ChatTextMessage[] {
    const messages: ChatTextMessage[] = [];
    for (const turn of history) {
        if (turn instanceof vscode.ChatRequestTurn && turn.participant === participantId) {
            messages.push({ role: "user", text: turn.prompt });
        } else if (turn instanceof vscode.ChatResponseTurn && turn.participant === participantId) {
            const text = turn.response
                .map((part) =>
                    part instanceof vscode.ChatResponseMarkdownPart && !part.value.value.startsWith(safetyNoteStart)
                        ? part.value.value
                        : ""
                )
                .join("");
            messages.push({ role: "assistant", text });
        }
    }
    return messages;
}

/**
 * Says once that the model is loading (with a server: that it is being reached, not loaded
 * here; found from outside), and once that a long input is summarised part by part.
 */
function progressReporter(ctx: Ctx, stream: vscode.ChatResponseStream): (status: ResultStatus) => void {
    let loading = false;
    let parts = false;
    return (status) => {
        if (status.phase === "loading" && !loading) {
            loading = true;
            stream.progress(
                ctx.models.usesRemote
                    ? vscode.l10n.t("Connecting to the inference server {0}…", ctx.models.remoteOrigin)
                    : vscode.l10n.t("Loading the Gemma-Ko model…")
            );
        } else if (status.phase === "generating" && status.progress !== undefined && !parts) {
            parts = true;
            stream.progress(vscode.l10n.t("A long input: summarising it part by part…"));
        }
    };
}

/** The participant's handler (exported for the in-host tests). */
export function chatHandler(ctx: Ctx, insertions: ChatInsertions): vscode.ChatRequestHandler {
    return async (request, context, stream, token): Promise<vscode.ChatResult> => {
        const command = request.command ?? "";
        const result = (outcome: ChatAnswerMetadata["outcome"]): vscode.ChatResult => ({
            metadata: { command, outcome } satisfies ChatAnswerMetadata
        });
        /** Stopped before a word came: say so, and suggest nothing (the only line would be the progress one). */
        const stoppedBeforeAnswer = (): vscode.ChatResult => {
            stream.markdown(vscode.l10n.t("Stopped before the answer began."));
            return result("cancelled");
        };
        const abort = abortSignalOf(token);
        const report = progressReporter(ctx, stream);
        try {
            const plan = await planFor(ctx, request, historyMessages(context.history));
            if (plan.kind === "unavailable") {
                stream.markdown(plan.message);
                return result("unavailable");
            }
            for (const reference of plan.references) stream.reference(reference);
            const options = {
                signal: abort.signal,
                send: (text: string) => stream.markdown(text),
                source: command.length > 0 ? `participant /${command}` : "participant"
            };
            let answer: FilteredAnswer;
            if (plan.kind === "conversation") {
                answer = await answerChat(ctx, {
                    ...options,
                    messages: plan.messages,
                    onLoadProgress: () => report({ phase: "loading" })
                });
                noteHidden(stream, answer);
            } else {
                answer = await answerRequest(ctx, plan.request, { ...options, onStatus: report });
                // Before the button: VS Code hides a command button that content follows (found in e2e).
                noteHidden(stream, answer);
                const { request: panelRequest, apply } = plan;
                if (apply !== undefined && panelRequest.insert !== undefined && answer.text.trim().length > 0)
                    stream.button({
                        command: insertChatAnswerCommand,
                        title: apply,
                        arguments: [
                            insertions.add(async (text) => (await panelRequest.insert?.(text)) ?? false, answer.text)
                        ]
                    });
            }
            if (token.isCancellationRequested && !answer.blocked && answer.text.trim().length === 0)
                return stoppedBeforeAnswer();
            return result(answer.blocked ? "blocked" : token.isCancellationRequested ? "stopped" : "done");
        } catch (error) {
            // The user stopped it (a load or a connection cut short): no error, nothing to suggest.
            if (token.isCancellationRequested) return stoppedBeforeAnswer();
            // No model yet, or a file that is none: the fix right here, as the panel's error card has it.
            for (const fix of fixesFor(error) ?? []) stream.button({ ...fixCommands[fix], title: fixTitle(fix) });
            return {
                metadata: { command, outcome: "error", prompt: request.prompt } satisfies ChatAnswerMetadata,
                errorDetails: { message: error instanceof Error ? error.message : String(error) }
            };
        } finally {
            abort.dispose();
        }
    };
}

/** What registering @gemma-ko gives the in-host tests (through the extension's API). */
export interface RegisteredParticipant {
    handler: vscode.ChatRequestHandler;
    followupProvider: vscode.ChatFollowupProvider;
}

/** Registers @gemma-ko and the command behind its Insert button. */
export function registerChatParticipant(ctx: Ctx): RegisteredParticipant {
    const insertions = new ChatInsertions();
    ctx.registerCommand(insertions.command());
    const handler = chatHandler(ctx, insertions);
    const participant = vscode.chat.createChatParticipant(participantId, handler);
    participant.iconPath = vscode.Uri.joinPath(ctx.extension.extensionUri, "media", "icon.png");
    const followupProvider: vscode.ChatFollowupProvider = {
        provideFollowups: (result) => {
            if (!isChatAnswerMetadata(result.metadata)) return [];
            // The other suggestions work on a file: with none open, each would only say to open one.
            const file = vscode.window.visibleTextEditors.length > 0;
            const code = !isProse(vscode.window.activeTextEditor?.document.languageId);
            // Ask again (after an error) is the question as asked: it needs no file.
            return followupsFor(result.metadata, hasGitRepository(), code).filter(
                (f) => file || f.command === "changes" || result.metadata?.outcome === "error"
            );
        }
    };
    participant.followupProvider = followupProvider;
    ctx.subscribe(participant);
    return { handler, followupProvider };
}
