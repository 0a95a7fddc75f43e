// A review flag's record, stored in the local review file (nothing leaves the machine), and the
// log's line about it; and the question a server that wants a key asks. Kept apart from
// results.ts, which runs requests.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { ReviewRecord } from "../../safety/review";
import type { ReviewKind } from "../../webview/protocol";
import type { ResultRecord } from "./resultTypes";
import type { UserPolicy } from "./userPolicy";

/**
 * Appends the review record of a flagged result — its text with PII and secrets redacted, the
 * verdict, categories, rules, scores and the note — to `reviewFile`, and says so in the log.
 */
export async function storeReview(
    record: ResultRecord,
    kind: ReviewKind,
    note: string,
    reviewFile: string,
    safety: UserPolicy,
    log: vscode.LogOutputChannel
): Promise<ReviewRecord> {
    const { reviewRecord, appendReview } = await import(/* webpackChunkName: "safety" */ "../../safety/review.js");
    const review = reviewRecord(record.raw, kind, note, new Date(), await safety.policy());
    await fs.promises.mkdir(path.dirname(reviewFile), { recursive: true });
    appendReview(reviewFile, review);
    const categories = review.categories.join("+");
    log.info(
        vscode.l10n.t(
            "Review flag ({0}): {1}; {2} {3} — saved to {4}",
            record.id,
            kind,
            review.verdict,
            categories,
            reviewFile
        )
    );
    return review;
}

/** A 401/403 from the inference server: a notification that asks for the key; `retry` when it was stored. */
export function askForApiKey(message: string, retry: () => void): void {
    const setKey = vscode.l10n.t("Set Server API Key");
    void vscode.window.showWarningMessage(message, setKey).then(async (choice) => {
        if (choice !== setKey) return;
        const stored = await vscode.commands.executeCommand<boolean>("gemmaKo.setRemoteApiKey");
        if (stored) retry();
    });
}
