// Finished results kept across window reloads, in the workspace's own storage, so that the
// panel shows the same history after a reload and after it is closed and opened again. Only
// what the panel was shown is kept (the filtered text, the card's title and its ending), never
// the model's raw text: a kept result can be read, copied and opened, not flagged, inserted
// or run again (its request, and the code it was about, belong to the window that made it).
import * as vscode from "vscode";
import { parseHostToWebviewMessage, type HostToWebviewMessage, type ReviewKind } from "../../webview/protocol";
import { maxRecords, startMessageOf, type ResultRecord } from "./resultTypes";

type Start = Extract<HostToWebviewMessage, { type: "result.start" }>;
type Ending = Extract<HostToWebviewMessage, { type: "result.end" | "result.blocked" | "result.error" }>;

/** A finished result as kept: the messages that draw its card, and its filtered text. */
export interface KeptResult {
    start: Start;
    ending: Ending;
    flagged: ReviewKind[];
}

const storageKey = "gemmaKo.results.history";
/** A result longer than this is not kept (the panel's card of it goes with the window; the panel's own limit). */
const maxKeptText = 200_000;
/** All kept results together. */
const maxKeptTotal = 2 * 1024 * 1024;

/** The text a kept result's card shows (empty for a block or an error). */
export function keptText(kept: KeptResult): string {
    return kept.ending.type === "result.end" ? kept.ending.text : "";
}

/** Nothing to flag any more (the raw text it would need is not kept), nor to fix and run again. */
function withoutActions(end: Ending): Ending {
    if (end.type !== "result.error") return { ...end, flags: [] };
    const { type, requestId, message } = end;
    return { type, requestId, message };
}

/** A request that ran when its window went: it stopped with that window. */
function interrupted(requestId: string): Ending {
    const message = vscode.l10n.t(
        "Interrupted: the window was reloaded or closed while this request ran. Run the command again."
    );
    return { type: "result.error", requestId, message };
}

/** A kept result as read back: each message valid for the panel, or nothing. */
function parseKept(raw: unknown): KeptResult | undefined {
    const candidate = raw as Partial<Record<keyof KeptResult, unknown>> | null;
    if (typeof candidate !== "object" || candidate === null) return undefined;
    const start = parseHostToWebviewMessage(candidate.start);
    const ending = parseHostToWebviewMessage(candidate.ending);
    if (!start.ok || start.message.type !== "result.start" || !ending.ok) return undefined;
    const end = ending.message;
    if (end.type !== "result.end" && end.type !== "result.blocked" && end.type !== "result.error") return undefined;
    if (end.requestId !== start.message.requestId) return undefined;
    const flagged = Array.isArray(candidate.flagged)
        ? candidate.flagged.filter((k): k is ReviewKind => k === "wrongly_blocked" || k === "should_have_blocked")
        : [];
    return { start: start.message, ending: withoutActions(end), flagged };
}

export class ResultHistory {
    /** Results of earlier windows, oldest first, by id. */
    private readonly earlier = new Map<string, KeptResult>();

    constructor(private readonly memento: vscode.Memento | undefined) {
        const stored = memento?.get<unknown>(storageKey);
        for (const raw of Array.isArray(stored) ? stored : []) {
            const kept = parseKept(raw);
            if (kept !== undefined) this.earlier.set(kept.start.requestId, kept);
        }
    }

    /** An earlier window's result. */
    get(id: string): KeptResult | undefined {
        return this.earlier.get(id);
    }

    /** Insert and Run Again on an earlier window's result: says why not (its request went with that window). */
    explain(id: string): void {
        if (!this.earlier.has(id)) return;
        void vscode.window.showInformationMessage(
            vscode.l10n.t("This result is from before the window was reloaded: copy it, or run the command again.")
        );
    }

    /** Earlier windows' results, oldest first. */
    all(): IterableIterator<KeptResult> {
        return this.earlier.values();
    }

    /** Forgets every earlier result (Clear Results). */
    clear(): void {
        this.earlier.clear();
    }

    /** Keeps at most `room` earlier results (the newest). */
    trim(room: number): void {
        for (const id of this.earlier.keys()) {
            if (this.earlier.size <= Math.max(0, room)) break;
            this.earlier.delete(id);
        }
    }

    /** Stores the earlier results and this window's finished ones, newest kept when over the limits. */
    save(records: Iterable<ResultRecord>): void {
        if (this.memento === undefined) return;
        const all: KeptResult[] = [...this.earlier.values()];
        for (const record of records) {
            // Still running: kept as cut off by the window's end, which is what the next window will
            // see if this one goes (a reload) before it ends; its ending replaces this when it comes.
            const ending = record.state === "running" ? interrupted(record.id) : record.ending;
            if (ending === undefined) continue;
            if (ending.type !== "result.end" && ending.type !== "result.blocked" && ending.type !== "result.error")
                continue;
            all.push({ start: startMessageOf(record) as Start, ending, flagged: [...record.flagged] });
        }
        const kept: KeptResult[] = [];
        let total = 0;
        for (let i = all.length - 1; i >= 0 && kept.length < maxRecords; i--) {
            const size = keptText(all[i]).length;
            if (size > maxKeptText || total + size > maxKeptTotal) continue;
            total += size;
            kept.unshift(all[i]);
        }
        void this.memento.update(storageKey, kept);
    }
}
