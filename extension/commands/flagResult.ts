import * as vscode from "vscode";
import type { ReviewKind } from "../../webview/protocol";
import { defineCommand } from "../ctx";

/** The flag's label, as on the panel's button. */
export function reviewKindLabel(kind: ReviewKind): string {
    return kind === "wrongly_blocked" ? vscode.l10n.t("Wrongly blocked") : vscode.l10n.t("Should have been blocked");
}

/**
 * `gemmaKo.flagResult` (not in the palette): the panel's "잘못 차단됨 / 차단됐어야 함" flag.
 * `(id, kind)` asks for an optional note, then stores a review record in the local review
 * file (safety/review.ts: PII redacted, nothing sent anywhere); `(id, kind, note)` stores it
 * without asking (the in-host tests use it). Resolves with the record, or `undefined` when
 * cancelled or when the result cannot take this flag.
 */
export const flagResult = defineCommand(
    "gemmaKo.flagResult",
    (ctx) => async (id: unknown, kind: unknown, note: unknown) => {
        if (typeof id !== "string" || (kind !== "wrongly_blocked" && kind !== "should_have_blocked")) return undefined;
        if (ctx.results.snapshot(id) === undefined) {
            void vscode.window.showWarningMessage(
                vscode.l10n.t("Gemma-Ko: this result can no longer be flagged (only the last 50 results are kept).")
            );
            return undefined;
        }
        // The panel offers only the flags a result can take; anything else is ignored.
        if (!ctx.results.canFlag(id, kind)) return undefined;
        let text = typeof note === "string" ? note : undefined;
        if (text === undefined) {
            text = await vscode.window.showInputBox({
                title: vscode.l10n.t("Gemma-Ko: Flag for Review — {0}", reviewKindLabel(kind)),
                prompt: vscode.l10n.t(
                    "An optional note for the reviewer. Saved only on this computer; personal data in it is removed."
                ),
                placeHolder:
                    kind === "wrongly_blocked"
                        ? vscode.l10n.t("e.g. technical text, not abuse; a version number, not a phone number")
                        : vscode.l10n.t("e.g. this insults a group of people"),
                ignoreFocusOut: true
            });
            if (text === undefined) return undefined;
        }
        return ctx.results.flag(id, kind, text);
    }
);
