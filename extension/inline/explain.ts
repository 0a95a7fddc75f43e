// What Alt+\ (Trigger Inline Suggestion) says when no Korean suggestion comes: the reason in the
// user's language, for a few seconds in the status bar (the log keeps the reason's code).
import * as vscode from "vscode";

/** The sentence for a reason the provider or the engine gives (undefined: say nothing). */
function sentenceFor(reason: string): string | undefined {
    switch (reason) {
        case "notInComment":
            return vscode.l10n.t("Gemma-Ko suggests Korean only inside comments.");
        case "notAtLineEnd":
            return vscode.l10n.t("Gemma-Ko suggests only at the end of a comment's text.");
        case "noKorean":
            return vscode.l10n.t(
                "Gemma-Ko suggests in comments that already hold Korean: start the comment in Korean."
            );
        case "sentenceEnded":
            return vscode.l10n.t("The sentence has ended: start the next one for a suggestion.");
        case "unknownLanguage":
            return vscode.l10n.t("Gemma-Ko does not know how this language writes comments.");
        case "blocked":
        case "empty":
            return vscode.l10n.t("No suggestion here: the model wrote nothing that could be shown.");
        case "failed":
            return vscode.l10n.t("No suggestion: the model did not answer (see the Gemma-Ko log).");
        case "timedOut":
            return vscode.l10n.t(
                "Korean suggestions wait: the model did not answer in time (it may be busy with another Gemma-Ko request)."
            );
        case "readOnly":
            return vscode.l10n.t("This file is read-only: Gemma-Ko suggests nothing in it.");
        case "off":
            return vscode.l10n.t(
                "Korean suggestions in comments are off (the Comments item in the status bar turns them on)."
            );
        default:
            return undefined;
    }
}

/** Says why no suggestion came, when the user asked for one. */
export function explainNoSuggestion(reason: string): void {
    const sentence = sentenceFor(reason);
    if (sentence !== undefined) vscode.window.setStatusBarMessage(`$(info) ${sentence}`, 6000);
}
