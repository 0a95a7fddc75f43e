import * as vscode from "vscode";
import { describeModelError } from "../../models/describeError";
import type { SafetyFilter } from "../../safety/filter";
import type { ContentCategory, PiiType } from "../../safety/types";
import { newRequestId, type HostToWebviewMessage, type RedactionCount } from "../../webview/protocol";
import { isOpenableLink } from "./messageRouter";

/** How a request is going, for the panel's status line. */
export interface ResultStatus {
    phase: "queued" | "loading" | "generating";
    progress?: number;
    tokensPerSecond?: number;
}

/** One thing the user asked for, and how to produce it. */
export interface ResultRequest {
    /** What was asked ("한국어 문서 주석: add()"). */
    title: string;
    /** On what ("src/math.ts, 12-18행"). */
    source: string;
    /** Where Insert / Replace go: the editor and selection the request came from. */
    target?: { uri: vscode.Uri; selection: vscode.Selection };
    /**
     * Produces the model's raw text through `onText` and resolves when done. Must
     * honour `signal`. The raw text never leaves this controller unfiltered.
     */
    run(signal: AbortSignal, report: (status: ResultStatus) => void, onText: (text: string) => void): Promise<{ tokensPerSecond?: number }>;
    /** How Insert puts this kind of result into the code (a doc comment goes above its declaration); default: at the cursor. */
    insert?(filteredText: string): Thenable<boolean>;
}

interface ResultRecord {
    id: string;
    request: ResultRequest;
    /** Filtered text: the only text the panel, the editor and the clipboard ever get. */
    text: string;
    state: "running" | "done" | "stopped" | "blocked" | "error";
    controller: AbortController;
    createdAt: number;
    /** The message that ended it (end, blocked or error), to replay to a reloaded panel. */
    ending?: HostToWebviewMessage;
}

export interface ResultsPanel {
    post(message: HostToWebviewMessage): void;
}

const maxRecords = 50;

/** English names of PII types and categories; the Korean bundle translates them. */
function typeLabel(type: PiiType | ContentCategory): string {
    const english: Record<PiiType | ContentCategory, string> = {
        KR_RRN: vscode.l10n.t("resident registration number"), KR_FRN: vscode.l10n.t("alien registration number"), KR_PASSPORT: vscode.l10n.t("passport number"),
        KR_DRIVER_LICENSE: vscode.l10n.t("driver's licence number"), KR_BRN: vscode.l10n.t("business registration number"), KR_CRN: vscode.l10n.t("corporate registration number"),
        PHONE: vscode.l10n.t("phone number"), EMAIL: vscode.l10n.t("e-mail address"), CREDIT_CARD: vscode.l10n.t("card number"), BANK_ACCOUNT: vscode.l10n.t("bank account"),
        IP_ADDRESS: vscode.l10n.t("IP address"), URL_CREDENTIALS: vscode.l10n.t("login in a URL"), SECRET: vscode.l10n.t("secret key"),
        profanity: vscode.l10n.t("profanity"), hate: vscode.l10n.t("hate speech"), harassment: vscode.l10n.t("harassment"), sexual: vscode.l10n.t("sexual content"),
        violence: vscode.l10n.t("violence or threats"), self_harm: vscode.l10n.t("self-harm"), dangerous: vscode.l10n.t("dangerous activity")
    };
    return english[type];
}

/**
 * Runs requests and keeps their results: model text goes through a streaming
 * SafetyFilter and only the filtered text reaches the panel; Copy, Insert,
 * Replace and Open use the controller's own filtered copy, never anything the
 * panel sends back.
 */
export class ResultsController implements vscode.Disposable {
    private readonly records = new Map<string, ResultRecord>();
    private markdown: { parse(source: string, env: object): Array<{ type: string; content: string }> } | undefined;

    private warnedPolicy = false;

    /** `policySource` returns the user's `gemmaKo.safety.policy` overrides (validated on each use). */
    constructor(private readonly panel: () => ResultsPanel, private readonly log: vscode.LogOutputChannel, private readonly policySource: () => unknown = () => undefined) {}

    /** Starts a request; resolves with its id when it has finished (any outcome). */
    start(request: ResultRequest): { id: string; done: Promise<void> } {
        const id = newRequestId();
        const record: ResultRecord = { id, request, text: "", state: "running", controller: new AbortController(), createdAt: Date.now() };
        this.records.set(id, record);
        while (this.records.size > maxRecords) {
            const oldest = this.records.keys().next().value as string;
            this.records.get(oldest)?.controller.abort();
            this.records.delete(oldest);
        }
        this.panel().post(this.startMessage(record));
        return { id, done: this.execute(record) };
    }

    private startMessage(record: ResultRecord): HostToWebviewMessage {
        return { type: "result.start", requestId: record.id, title: record.request.title.slice(0, 4000), source: record.request.source.slice(0, 4000), createdAt: record.createdAt };
    }

    /** Sends every kept result again, oldest first: a panel that was hidden or reloaded missed messages. */
    replay(): void {
        const panel = this.panel();
        for (const record of this.records.values()) {
            panel.post(this.startMessage(record));
            if (record.state === "running") {
                if (record.text.length > 0) panel.post({ type: "result.chunk", requestId: record.id, text: record.text });
            } else if (record.ending !== undefined) {
                panel.post(record.ending);
            }
        }
    }

    private async execute(record: ResultRecord): Promise<void> {
        // The filter (lexicon, classifier weights, phone metadata: ~1.5 MB) loads on first
        // use, not at activation; webpack puts it in its own chunk.
        const { SafetyFilter } = await import(/* webpackChunkName: "safety" */ "../../safety/filter.js");
        const { resolvePolicy } = await import(/* webpackChunkName: "safety" */ "../../safety/policy.js");
        // An invalid policy is rejected as a whole and the defaults apply — never "allow everything".
        const policy = resolvePolicy(this.policySource(), (error) => {
            this.log.warn(error.message);
            if (!this.warnedPolicy) {
                this.warnedPolicy = true;
                void vscode.window.showWarningMessage(vscode.l10n.t("The gemmaKo.safety.policy setting is invalid ({0}); the default safety policy is used.", error.problems.join("; ")));
            }
        });
        const post = (message: HostToWebviewMessage) => {
            if (message.type === "result.end" || message.type === "result.blocked" || message.type === "result.error") record.ending = message;
            this.panel().post(message);
        };
        const filter = new SafetyFilter(policy);
        const id = record.id;
        const apply = (events: ReturnType<SafetyFilter["push"]>) => {
            for (const event of events) {
                if (event.type === "text") {
                    record.text += event.text;
                    post({ type: "result.chunk", requestId: id, text: event.text });
                } else if (record.state === "running") {
                    record.state = "blocked";
                    record.text = "";
                    record.controller.abort();
                    post({ type: "result.blocked", requestId: id, categories: event.categories.map(typeLabel), notice: event.notice });
                }
            }
        };
        try {
            const outcome = await record.request.run(
                record.controller.signal,
                (status) => {
                    if (record.state === "running") post({ type: "result.status", requestId: id, ...status });
                },
                (text) => {
                    if (record.state === "running") apply(filter.push(text));
                }
            );
            const { events, result } = filter.finish();
            if (record.state === "running") apply(events);
            if (record.state === "blocked") return;
            const stopped = record.controller.signal.aborted;
            record.state = stopped ? "stopped" : "done";
            const counts = new Map<string, number>();
            for (const finding of result.audit.findings) {
                if (finding.action === "redact" || finding.action === "mask") counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
            }
            const redactions: RedactionCount[] = [...counts].map(([type, count]) => ({ label: typeLabel(type as PiiType | ContentCategory), count }));
            // The audit record — types, counts, positions, rules — never the values.
            if (result.audit.findings.length > 0) this.log.info(`Safety filter (${id}): ${result.verdict}; ${[...counts].map(([t, n]) => `${t}×${n}`).join(", ")}`);
            post({ type: "result.end", requestId: id, text: record.text, outcome: stopped ? "stopped" : "done", redactions, ...(outcome.tokensPerSecond ? { tokensPerSecond: outcome.tokensPerSecond } : {}) });
        } catch (error) {
            if (record.state === "blocked") return;
            record.state = "error";
            const message = describeModelError(error, vscode.l10n.t);
            this.log.error(`Request ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
            post({ type: "result.error", requestId: id, message: message.slice(0, 4000) });
        }
    }

    private finished(id: string): ResultRecord | undefined {
        const record = this.records.get(id);
        return record !== undefined && (record.state === "done" || record.state === "stopped") ? record : undefined;
    }

    stop(id: string): void {
        this.records.get(id)?.controller.abort();
    }

    /** Stops every running request. */
    stopAll(): void {
        for (const record of this.records.values()) if (record.state === "running") record.controller.abort();
    }

    retry(id: string): void {
        const record = this.records.get(id);
        if (record === undefined || record.state === "running") return;
        this.start(record.request);
    }

    async copy(id: string): Promise<void> {
        const record = this.finished(id);
        if (record !== undefined) await vscode.env.clipboard.writeText(record.text);
    }

    /** The `index`-th fenced code block of a result, as markdown-it parses it (the panel numbers them the same way). */
    async codeBlock(id: string, index: number): Promise<string | undefined> {
        const record = this.records.get(id);
        if (record === undefined || record.state === "blocked" || record.state === "error") return undefined;
        if (this.markdown === undefined) {
            const { default: MarkdownItClass } = await import(/* webpackChunkName: "markdown" */ "markdown-it");
            this.markdown = new MarkdownItClass({ html: false });
        }
        return this.markdown.parse(record.text, {}).filter((token) => token.type === "fence" || token.type === "code_block")[index]?.content;
    }

    async copyCode(id: string, index: number): Promise<void> {
        const code = await this.codeBlock(id, index);
        if (code !== undefined) await vscode.env.clipboard.writeText(code);
    }

    private async targetEditor(record: ResultRecord): Promise<vscode.TextEditor | undefined> {
        const target = record.request.target;
        if (target !== undefined) {
            const document = await vscode.workspace.openTextDocument(target.uri);
            return vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
        }
        return vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
    }

    /** Inserts the result at the cursor (or over the request's selection) as one undoable edit. */
    async insert(id: string, replace: boolean): Promise<boolean> {
        const record = this.finished(id);
        if (record === undefined) return false;
        // A doc comment is inserted only when the draft is complete: a stopped one stays in the panel.
        if (!replace && record.request.insert !== undefined) return record.state === "done" ? record.request.insert(record.text) : false;
        const editor = await this.targetEditor(record);
        if (editor === undefined) {
            void vscode.window.showWarningMessage(vscode.l10n.t("Open an editor to insert the result into."));
            return false;
        }
        const selection = record.request.target !== undefined && editor.document.uri.toString() === record.request.target.uri.toString() ? record.request.target.selection : editor.selection;
        // One workspace edit: one undo step, whatever editor is active when it lands.
        const edit = new vscode.WorkspaceEdit();
        if (replace) edit.replace(editor.document.uri, selection, record.text);
        else edit.insert(editor.document.uri, selection.active, record.text);
        return vscode.workspace.applyEdit(edit);
    }

    async openEditor(id: string): Promise<void> {
        const record = this.finished(id);
        if (record === undefined) return;
        const document = await vscode.workspace.openTextDocument({ content: record.text, language: "markdown" });
        await vscode.window.showTextDocument(document, { preview: false });
    }

    /** Opens an http(s) link from a result after the user confirms it. */
    async openLink(id: string, url: string): Promise<boolean> {
        if (!this.records.has(id) || !isOpenableLink(url)) return false;
        const open = vscode.l10n.t("Open");
        const choice = await vscode.window.showWarningMessage(vscode.l10n.t("Open this link from Gemma-Ko's output in the browser?\n{0}", url), { modal: true }, open);
        if (choice !== open) return false;
        return vscode.env.openExternal(vscode.Uri.parse(url, true));
    }

    dispose(): void {
        for (const record of this.records.values()) record.controller.abort();
        this.records.clear();
    }
}
