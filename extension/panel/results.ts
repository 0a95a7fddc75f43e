import * as vscode from "vscode";
import { describeModelError } from "../../models/describeError";
import type { SafetyFilter } from "../../safety/filter";
import type { ReviewRecord } from "../../safety/review";
import type { ContentCategory, PiiType } from "../../safety/types";
import { newRequestId, type HostToWebviewMessage, type RedactionCount, type ReviewKind } from "../../webview/protocol";
import { codeBlockAt } from "./codeBlocks";
import { isOpenableLink } from "./messageRouter";
import { confirmAndOpenLink, insertResult, showBesidePanel } from "./editorPlacement";
import { errorCode, fixesFor, type ErrorFixName } from "./errorFixes";
import { keptText, ResultHistory } from "./resultHistory";
import { askForApiKey, storeReview } from "./reviewFile";
import type { UserPolicy } from "./userPolicy";
import {
    endOfResult,
    maxRecords,
    snapshotOf,
    startMessageOf,
    typeLabel,
    type ResultRecord,
    type ResultRequest,
    type ResultSnapshot,
    type ResultsPanels
} from "./resultTypes";

type SafetyFilterInstance = InstanceType<typeof SafetyFilter>;
type RunOutcome = Awaited<ReturnType<ResultRequest["run"]>>;
export type { ResultRequest, ResultsPanel, ResultStatus } from "./resultTypes";

/**
 * Runs requests and keeps their results: model text goes through a streaming SafetyFilter and
 * only the filtered text reaches the panel; Copy, Insert, Replace and Open use the controller's
 * own filtered copy, never anything the panel sends back.
 */
export class ResultsController implements vscode.Disposable {
    private readonly records = new Map<string, ResultRecord>();
    /** Finished results of earlier windows, and where this window's are kept for the next. */
    private readonly history: ResultHistory;

    /**
     * `safety`: the user's policy and filters (ctx.safety); `reviewFile`: the local JSONL file of
     * review flags; `memento` keeps finished results for the next window (resultHistory.ts).
     */
    constructor(
        private readonly panels: ResultsPanels,
        private readonly log: vscode.LogOutputChannel,
        private readonly safety: UserPolicy,
        readonly reviewFile: string,
        memento?: vscode.Memento
    ) {
        this.history = new ResultHistory(memento);
    }

    /** Starts a request; resolves with its id when it has finished (any outcome). */
    start(request: ResultRequest, replaces?: string): { id: string; done: Promise<void> } {
        const id = newRequestId();
        const record: ResultRecord = {
            id,
            request,
            ...(replaces !== undefined ? { replaces } : {}),
            text: "",
            raw: "",
            flags: [],
            flagged: [],
            state: "running",
            controller: new AbortController(),
            createdAt: Date.now(),
            phases: []
        };
        this.records.set(id, record);
        while (this.records.size > maxRecords) {
            const oldest = this.records.keys().next().value as string;
            this.records.get(oldest)?.controller.abort();
            this.records.delete(oldest);
        }
        this.history.trim(maxRecords - this.records.size);
        // Kept as interrupted until it ends, should the window go first (a reload).
        this.history.save(this.records.values());
        this.panels.open().post(startMessageOf(record));
        return { id, done: this.execute(record) };
    }

    /** Sends every kept result again, oldest first (a hidden or reloaded panel missed messages). */
    replay(): void {
        const panel = this.panels.existing();
        if (panel === undefined) return;
        for (const { start, ending, flagged } of this.history.all()) {
            panel.post({ ...start, earlier: true });
            panel.post(ending);
            for (const kind of flagged) panel.post({ type: "result.flagged", requestId: start.requestId, kind });
        }
        for (const record of this.records.values()) {
            panel.post(startMessageOf(record));
            if (record.state === "running") {
                // Its status line as it was ("Generating…", not the new card's "Starting…").
                if (record.status !== undefined) panel.post(record.status);
                if (record.text.length > 0)
                    panel.post({ type: "result.chunk", requestId: record.id, text: record.text });
            } else if (record.ending !== undefined) {
                panel.post(record.ending);
                for (const kind of record.flagged) panel.post({ type: "result.flagged", requestId: record.id, kind });
            }
        }
    }

    /** Posts to the panel, remembering a request's last message to replay after a reload. */
    private post(record: ResultRecord, message: HostToWebviewMessage): void {
        const ending =
            message.type === "result.end" || message.type === "result.blocked" || message.type === "result.error";
        if (ending) record.ending = message;
        if (ending) this.history.save(this.records.values());
        const panel = this.panels.existing();
        if (panel !== undefined) panel.post(message);
        else if (ending) this.offerClosedResult(record);
    }

    /** A result that ended after its panel was closed: kept, and offered (never re-opened unasked). */
    private offerClosedResult(record: ResultRecord): void {
        const [title, show] = [record.request.title, vscode.l10n.t("Show Result")];
        const said = vscode.l10n.t("Finished while the results panel was closed: {0}", title);
        void vscode.window.showInformationMessage(said, show).then((choice) => choice === show && this.panels.open());
    }

    /** Filtered text goes out as it comes; a block withdraws everything and stops the request. */
    private apply(record: ResultRecord, events: ReturnType<SafetyFilterInstance["push"]>): void {
        for (const event of events) {
            if (event.type === "text") {
                record.text += event.text;
                this.post(record, { type: "result.chunk", requestId: record.id, text: event.text });
            } else if (record.state === "running") {
                record.state = "blocked";
                record.text = "";
                record.controller.abort();
                const categories = event.categories.map(typeLabel);
                record.flags = ["wrongly_blocked"];
                // Never the text: the verdict and the categories' ids.
                this.log.info(
                    vscode.l10n.t("Safety filter ({0}): {1}; {2}", record.id, "block", event.categories.join(", "))
                );
                this.post(record, {
                    type: "result.blocked",
                    requestId: record.id,
                    categories,
                    notice: event.notice,
                    flags: record.flags
                });
            }
        }
    }

    /** Runs a request; resolves when it ends, or at once when stopped (the model's late text is dropped). */
    private execute(record: ResultRecord): Promise<void> {
        let filter: SafetyFilterInstance | undefined;
        let settle = () => {};
        const stopped = new Promise<void>((resolve) => (settle = resolve));
        record.settleStopped = () => {
            if (record.state === "running") this.finish(record, filter, {});
            settle();
        };
        const ran = this.safety.createFilter().then((created) => this.run(record, (filter = created)));
        return Promise.race([ran, stopped]);
    }

    private async run(record: ResultRecord, filter: SafetyFilterInstance): Promise<void> {
        const id = record.id;
        let outcome: RunOutcome = {};
        try {
            outcome = await record.request.run(
                record.controller.signal,
                (status) => {
                    if (record.state !== "running") return;
                    if (record.phases[record.phases.length - 1] !== status.phase) record.phases.push(status.phase);
                    record.status = { type: "result.status", requestId: id, ...status };
                    this.post(record, record.status);
                },
                (text) => {
                    if (record.state !== "running") return;
                    record.raw += text;
                    this.apply(record, filter.push(text));
                }
            );
        } catch (error) {
            // Stopped while it was still preparing (a long input being split): a stop, not an error.
            if (record.state !== "running") return;
            if (!record.controller.signal.aborted) {
                this.fail(record, error);
                return;
            }
        }
        if (record.state === "running") this.finish(record, filter, outcome);
    }

    /** Flushes the filter (what it held back is decided now) and ends the result, unless that blocks it. */
    private finish(record: ResultRecord, filter: SafetyFilterInstance | undefined, outcome: RunOutcome): void {
        const finished = filter?.finish();
        if (finished !== undefined) this.apply(record, finished.events);
        if (record.state === "blocked") return;
        this.end(record, finished?.result.audit.findings ?? [], finished?.result.verdict ?? "none", outcome);
    }

    /** The authoritative end: the whole filtered text and what was hidden (counts by type, never values). */
    private end(
        record: ResultRecord,
        findings: ReadonlyArray<{ type: string; action: string }>,
        verdict: string,
        { tokensPerSecond, model }: { tokensPerSecond?: number; model?: string }
    ): void {
        const stopped = record.controller.signal.aborted;
        if (!stopped && record.text.trim().length === 0) {
            // Nothing to insert: say so instead of an empty "done" whose Insert adds an empty comment.
            this.log.info(vscode.l10n.t("Request {0}: the model returned no text (verdict {1}).", record.id, verdict));
            this.showError(
                record,
                vscode.l10n.t(
                    "The model {0} returned no text for this request. Try again, or choose another model (Gemma-Ko: Select Model).",
                    model ?? "?"
                ),
                ["selectModel"]
            );
            return;
        }
        record.state = stopped ? "stopped" : "done";
        if (record.shownAtStop !== undefined) record.text = record.text.slice(0, record.shownAtStop);
        const { counts, flags } = endOfResult(findings, record.text);
        record.flags = flags;
        const redactions: RedactionCount[] = [...counts].map(([type, count]) => ({
            label: typeLabel(type as PiiType | ContentCategory),
            count
        }));
        // The audit record — types, counts, positions, rules — never the values.
        if (findings.length > 0)
            this.log.info(
                vscode.l10n.t(
                    "Safety filter ({0}): {1}; {2}",
                    record.id,
                    verdict,
                    [...counts].map(([t, n]) => `${t}×${n}`).join(", ")
                )
            );
        this.post(record, {
            type: "result.end",
            requestId: record.id,
            text: record.text,
            outcome: stopped ? "stopped" : "done",
            redactions,
            ...(tokensPerSecond ? { tokensPerSecond } : {}),
            flags: record.flags
        });
    }

    /** Whether a result is still kept and offers this flag (finished: blocked, masked or shown). */
    canFlag(id: string, kind: ReviewKind): boolean {
        return this.records.get(id)?.flags.includes(kind) ?? false;
    }

    /**
     * Stores a review record of a flagged result — its text with PII and secrets redacted, the
     * verdict, categories, rules, scores and the note — in the local review file (nothing leaves
     * the machine). Returns the record, or `undefined` when the result cannot take this flag.
     */
    async flag(id: string, kind: ReviewKind, note: string): Promise<ReviewRecord | undefined> {
        const record = this.records.get(id);
        if (record === undefined || !this.canFlag(id, kind)) return undefined;
        const review = await storeReview(record, kind, note, this.reviewFile, this.safety, this.log);
        if (!record.flagged.includes(kind)) record.flagged.push(kind);
        this.history.save(this.records.values());
        this.panels.existing()?.post({ type: "result.flagged", requestId: record.id, kind });
        return review;
    }

    private fail(record: ResultRecord, error: unknown): void {
        this.log.error(vscode.l10n.t("Request {0} failed: {1}", record.id, describeModelError(error, vscode.l10n.t)));
        // A server that wants a key: ask for it in a notification too.
        if (errorCode(error) === "remoteUnauthorized")
            askForApiKey(describeModelError(error, vscode.l10n.t), () => this.retry(record.id));
        this.showError(record, describeModelError(error, vscode.l10n.t), fixesFor(error));
    }

    /** Ends a result as an error: the sentence, and the fixes offered beside it. */
    private showError(record: ResultRecord, message: string, fixes: readonly ErrorFixName[] | undefined): void {
        record.state = "error";
        record.fixes = fixes === undefined ? undefined : [...fixes];
        this.post(record, {
            type: "result.error",
            requestId: record.id,
            message: message.slice(0, 4000),
            ...(fixes !== undefined ? { fixes: [...fixes] } : {})
        });
    }

    /** A result as the panel shows it (filtered text only), for the in-host tests and other extensions. */
    snapshot(id: string): ResultSnapshot | undefined {
        const record = this.records.get(id);
        return record === undefined ? undefined : snapshotOf(record);
    }

    private finished(id: string): ResultRecord | undefined {
        const record = this.records.get(id);
        return record !== undefined && (record.state === "done" || record.state === "stopped") ? record : undefined;
    }

    /**
     * Stops a request; `shown` (the panel's Stop): how much its card showed. A Stop that crossed the
     * end (pressed at 81 %) ends it as stopped there, not done: the card said it was running.
     */
    stop(id: string, shown?: number): void {
        const record = this.records.get(id);
        const ending = record?.state === "done" && shown !== undefined ? record.ending : undefined;
        if (record === undefined || (record.state !== "running" && ending?.type !== "result.end")) return;
        this.log.info(vscode.l10n.t("Request {0} ({1}): stopped by the user.", id, record.request.title));
        record.shownAtStop = shown;
        if (ending?.type === "result.end") {
            [record.state, record.text] = ["stopped", record.text.slice(0, shown)];
            this.post(record, { ...ending, text: record.text, outcome: "stopped" });
        }
        record.controller.abort();
        record.settleStopped?.();
    }

    /** Clear Results: forgets every finished result, kept ones too, and empties the panel (a running one goes on). */
    clear(): void {
        for (const [id, record] of this.records) if (record.state !== "running") this.records.delete(id);
        this.history.clear();
        this.history.save(this.records.values());
        this.panels.existing()?.post({ type: "results.clear" });
    }

    /** Stops every running request. */
    stopAll(): void {
        for (const record of this.records.values()) if (record.state === "running") this.stop(record.id);
    }

    /** Runs a finished request again: a new card, which takes a failed one's place (an answer stays to compare). */
    retry(id: string): void {
        const record = this.records.get(id);
        if (record === undefined) this.history.explain(id);
        if (record === undefined || record.state === "running") return;
        if (record.state !== "error") {
            this.start(record.request);
            return;
        }
        this.records.delete(id);
        this.start(record.request, id);
    }

    /** The filtered text of a finished result, this window's or an earlier one's. */
    private finishedText(id: string): string | undefined {
        const kept = this.history.get(id);
        return this.finished(id)?.text ?? (kept?.ending.type === "result.end" ? keptText(kept) : undefined);
    }

    async copy(id: string): Promise<void> {
        const text = this.finishedText(id);
        if (text === undefined) return;
        await vscode.env.clipboard.writeText(text);
        this.panels.existing()?.post({ type: "result.copied", requestId: id });
    }

    /** The `index`-th code block of a result, numbered by the same function as the panel's Copy buttons. */
    async codeBlock(id: string, index: number): Promise<string | undefined> {
        const record = this.records.get(id);
        const shown = record !== undefined && record.state !== "blocked" && record.state !== "error";
        const text = shown ? record.text : this.finishedText(id);
        return text === undefined ? undefined : codeBlockAt(text, index);
    }

    async copyCode(id: string, index: number): Promise<void> {
        const code = await this.codeBlock(id, index);
        if (code === undefined) return;
        await vscode.env.clipboard.writeText(code);
        this.panels.existing()?.post({ type: "result.copied", requestId: id, codeIndex: index });
    }

    /** Inserts the result at the cursor (or over the request's selection) as one undoable edit. */
    async insert(id: string, replace: boolean): Promise<boolean> {
        const record = this.finished(id);
        if (record === undefined) this.history.explain(id);
        const done = record !== undefined && (await insertResult(record, replace, this.panels.existing()?.viewColumn));
        if (done) this.panels.existing()?.post({ type: "result.inserted", requestId: id, replaced: replace });
        return done;
    }

    async openEditor(id: string): Promise<void> {
        const content = this.finishedText(id);
        if (content === undefined) return;
        const document = await vscode.workspace.openTextDocument({ content, language: "markdown" });
        await showBesidePanel(document, this.panels.existing()?.viewColumn);
    }

    /** Opens an http(s) link from a result after the user confirms it. */
    openLink(id: string, url: string): Promise<boolean> {
        return this.records.has(id) && isOpenableLink(url) ? confirmAndOpenLink(url) : Promise.resolve(false);
    }

    dispose(): void {
        for (const record of this.records.values()) record.controller.abort();
        this.records.clear();
    }
}
