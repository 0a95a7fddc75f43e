// What the results controller (results.ts) keeps per result, what a request gives it,
// and the names it shows for PII types and content categories.
import * as vscode from "vscode";
import type { ContentCategory, PiiType } from "../../safety/types";
import type { HostToWebviewMessage, ReviewKind } from "../../webview/protocol";
import type { ErrorFixName } from "./errorFixes";

export const contentCategories: ReadonlySet<string> = new Set<ContentCategory>([
    "profanity",
    "hate",
    "harassment",
    "sexual",
    "violence",
    "self_harm",
    "dangerous"
]);

/**
 * What a finished result's findings come to: redactions counted by type (never values), and the
 * review flags it offers — masked content can be flagged as wrongly blocked, and shown text as
 * something that should have been (an empty result, stopped before any text, shows nothing).
 */
export function endOfResult(
    findings: ReadonlyArray<{ type: string; action: string }>,
    text: string
): { counts: Map<string, number>; flags: ReviewKind[] } {
    const counts = new Map<string, number>();
    for (const finding of findings) {
        if (finding.action === "redact" || finding.action === "mask")
            counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
    }
    // Anything hidden — masked words or redacted values (a version number read as a phone
    // number is as wrong as a masked word) — can be flagged as wrongly hidden.
    const masked = findings.some((f) => f.action === "mask" || f.action === "redact");
    const shown = text.trim().length > 0;
    return {
        counts,
        flags: [...(masked ? (["wrongly_blocked"] as const) : []), ...(shown ? (["should_have_blocked"] as const) : [])]
    };
}

/**
 * How a request is going, for the panel's status line: waiting behind another request,
 * loading the model (or connecting to a server), splitting a long input into parts, generating.
 */
export interface ResultStatus {
    phase: "queued" | "loading" | "connecting" | "preparing" | "generating";
    progress?: number;
    tokensPerSecond?: number;
}

/** One thing the user asked for, and how to produce it. */
export interface ResultRequest {
    /** What was asked ("한국어 문서 주석: add()"). */
    title: string;
    /** On what ("src/math.ts, 12-18행"). */
    source: string;
    /** Where Replace goes: the file and selection the request came from, and the text selected then (Replace refuses once it changed). */
    target?: { uri: vscode.Uri; selection: vscode.Selection; text?: string };
    /**
     * Produces the model's raw text through `onText` and resolves when done. Must
     * honour `signal`. The raw text never leaves this controller unfiltered.
     */
    run(
        signal: AbortSignal,
        report: (status: ResultStatus) => void,
        onText: (text: string) => void
    ): Promise<{ tokensPerSecond?: number; model?: string }>;
    /** How Insert puts this kind of result into the code (a doc comment goes above its declaration); default: at the cursor. */
    insert?(filteredText: string): Thenable<boolean>;
    /** The Insert button's label with such an `insert` (default "Insert at Cursor"). */
    insertLabel?: string;
    /** False when the request had no selection (a whole file's summary): no Replace Selection. */
    replaceable?: boolean;
    /** False for a refusal that running again cannot change (its input was empty): no Retry. */
    retryable?: boolean;
}

export interface ResultRecord {
    id: string;
    request: ResultRequest;
    /** The failed result this one runs again (its card is replaced in the panel). */
    replaces?: string;
    /** Filtered text: the only text the panel, the editor and the clipboard ever get. */
    text: string;
    /**
     * The model's text as written, kept only to build a review record when the user flags
     * the result (PII redacted there); never shown, copied or inserted.
     */
    raw: string;
    /** The review flags this result offers, and those the user has used. */
    flags: ReviewKind[];
    flagged: ReviewKind[];
    state: "running" | "done" | "stopped" | "blocked" | "error";
    controller: AbortController;
    createdAt: number;
    /** The message that ended it (end, blocked or error), to replay to a reloaded panel. */
    ending?: HostToWebviewMessage;
    /** What the error offers to fix (choose a model, set the server's key, open the context size). */
    fixes?: ErrorFixName[] | undefined;
    /** Its last status message, to replay to a panel that was closed or reloaded while it ran. */
    status?: HostToWebviewMessage;
    /** The phases its status line went through, each change once (for the API's snapshot). */
    phases: Array<ResultStatus["phase"]>;
    /** How much of its text the panel showed when its Stop was pressed: it ends there. */
    shownAtStop?: number;
    /** Ends it as stopped at once, with what the filter let through so far (set while it runs). */
    settleStopped?: () => void;
}

/** A result as the panel shows it: title, state, filtered text, the error and its fixes, the status phases seen. */
export interface ResultSnapshot {
    title: string;
    state: ResultRecord["state"];
    text: string;
    message?: string;
    fixes?: string[];
    phases: string[];
}

export function snapshotOf(record: ResultRecord): ResultSnapshot {
    const ending = record.ending;
    return {
        title: record.request.title,
        state: record.state,
        text: record.text,
        phases: [...record.phases],
        ...(ending?.type === "result.error" ? { message: ending.message } : {}),
        ...(record.fixes !== undefined ? { fixes: [...record.fixes] } : {})
    };
}

export interface ResultsPanel {
    post(message: HostToWebviewMessage): void;
    /** The panel's group, where one is known (Open in Editor and Insert go elsewhere). */
    readonly viewColumn?: vscode.ViewColumn | undefined;
}

/**
 * The results panel as the controller reaches it: a new request opens (or reveals) it; its
 * progress goes to the panel only while one exists, so a panel the user closed mid-answer
 * stays closed (the result is kept and offered when it ends).
 */
export interface ResultsPanels {
    open(): ResultsPanel;
    existing(): ResultsPanel | undefined;
}

export const maxRecords = 50;

/** English names of PII types and categories; the Korean bundle translates them. */
export function typeLabel(type: PiiType | ContentCategory): string {
    const english: Record<PiiType | ContentCategory, string> = {
        KR_RRN: vscode.l10n.t("resident registration number"),
        KR_FRN: vscode.l10n.t("alien registration number"),
        KR_PASSPORT: vscode.l10n.t("passport number"),
        KR_DRIVER_LICENSE: vscode.l10n.t("driver's licence number"),
        KR_BRN: vscode.l10n.t("business registration number"),
        KR_CRN: vscode.l10n.t("corporate registration number"),
        PHONE: vscode.l10n.t("phone number"),
        EMAIL: vscode.l10n.t("e-mail address"),
        CREDIT_CARD: vscode.l10n.t("card number"),
        BANK_ACCOUNT: vscode.l10n.t("bank account"),
        IP_ADDRESS: vscode.l10n.t("IP address"),
        KR_ADDRESS: vscode.l10n.t("home address"),
        NATIONAL_ID: vscode.l10n.t("national ID number"),
        KR_VEHICLE_PLATE: vscode.l10n.t("car registration number"),
        DEVICE_ID: vscode.l10n.t("device identifier"),
        DATE_OF_BIRTH: vscode.l10n.t("date of birth"),
        URL_CREDENTIALS: vscode.l10n.t("login in a URL"),
        SECRET: vscode.l10n.t("secret key"),
        profanity: vscode.l10n.t("profanity"),
        hate: vscode.l10n.t("hate speech"),
        harassment: vscode.l10n.t("harassment"),
        sexual: vscode.l10n.t("sexual content"),
        violence: vscode.l10n.t("violence or threats"),
        self_harm: vscode.l10n.t("self-harm"),
        dangerous: vscode.l10n.t("dangerous activity")
    };
    return english[type];
}

/** The message that puts a result's card in the panel (again, after a reload). */
export function startMessageOf(record: ResultRecord): HostToWebviewMessage {
    return {
        type: "result.start",
        requestId: record.id,
        title: record.request.title.slice(0, 4000),
        source: record.request.source.slice(0, 4000),
        createdAt: record.createdAt,
        ...(record.replaces !== undefined ? { replaces: record.replaces } : {}),
        ...(record.request.insertLabel !== undefined ? { insertLabel: record.request.insertLabel.slice(0, 200) } : {}),
        // Nothing was selected (a whole file's summary): Replace would only insert at the cursor.
        ...(record.request.replaceable === false || record.request.target?.selection.isEmpty === true
            ? { replaceable: false }
            : {}),
        ...(record.request.retryable === false ? { retryable: false } : {})
    };
}
