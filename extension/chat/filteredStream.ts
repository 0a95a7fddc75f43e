// Model text → the safety filter → chat. Pure (no vscode): unit-tested in Node.
//
// The results panel can withdraw a streamed answer when the filter blocks it; a chat
// response cannot be taken back. So here filtered text is held until the end of a
// sentence (where the filter's sentence classifier has judged it) and only then sent:
// a sentence the filter blocks is never sent, and the answer ends with the notice.
// Sentences already judged harmless before it stay. PII is redacted by the filter
// before anything is held, so a redacted value is never sent either way.
import type { FilterResult, SafetyFilter, StreamEvent } from "../../safety/filter";

/** The filter's sentence end (safety/filter.ts): where it classifies what came before. */
const sentenceEnd = /[.!?。…][)"'」』]*\s*$|\n\s*$/;

export interface FilteredStreamOutcome {
    blocked: boolean;
    /** The notice sent in place of a blocked answer's text. */
    notice?: string;
    result: FilterResult;
}

export class FilteredStream {
    private held = "";
    /** How much of `held` the filter has judged: up to the end of its last whole sentence. */
    private judged = 0;
    private blockedNotice: string | undefined;

    /**
     * `send` receives filtered text only; `onBlock` is called once, when the filter
     * blocks (stop generating then).
     */
    constructor(
        private readonly filter: Pick<SafetyFilter, "push" | "finish">,
        private readonly send: (text: string) => void,
        private readonly onBlock: () => void = () => undefined
    ) {}

    get blocked(): boolean {
        return this.blockedNotice !== undefined;
    }

    /** A piece of raw model text. */
    push(raw: string): void {
        if (this.blocked) return;
        this.apply(this.filter.push(raw));
        this.release(this.judged); // nothing after a block: it empties what is held
    }

    /**
     * The end of the model's text: releases what is held (unless `cancelled`) and sends
     * the notice if the filter blocked.
     */
    finish(cancelled = false): FilteredStreamOutcome {
        const { events, result } = this.filter.finish();
        if (!this.blocked) this.apply(events);
        if (this.blockedNotice !== undefined) {
            this.send(this.blockedNotice);
            return { blocked: true, notice: this.blockedNotice, result };
        }
        if (!cancelled) this.release(this.held.length);
        return { blocked: false, result };
    }

    private apply(events: readonly StreamEvent[]): void {
        for (const event of events) {
            if (this.blocked) return;
            if (event.type === "text") {
                // The filter classifies the sentence right after the segment that ends it,
                // so a block for that sentence comes in these same events.
                this.held += event.text;
                if (sentenceEnd.test(event.text)) this.judged = this.held.length;
            } else {
                // Sentences judged harmless before the blocked one stay, even when they
                // arrived in the same piece of model text as it (the model process
                // batches its pieces).
                this.release(this.judged);
                this.held = "";
                this.judged = 0;
                this.blockedNotice = event.notice;
                this.onBlock();
            }
        }
    }

    private release(upTo: number): void {
        if (upTo === 0) return;
        const text = this.held.slice(0, upTo);
        this.held = this.held.slice(upTo);
        this.judged = 0;
        this.send(text);
    }
}

/** "PHONE×1, KR_RRN×1": what the filter changed, by type — for the audit log, never the values. */
export function auditSummary(result: FilterResult): string {
    const counts = new Map<string, number>();
    for (const finding of result.audit.findings) counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
    return [...counts].map(([type, count]) => `${type}×${count}`).join(", ");
}
