/**
 * Requests in arrival order, the first the one running (the backends run one at a time):
 * tells each whether it waits behind another, and when it stops waiting. The panel says
 * "Waiting for the previous request…" only then (an outside tester saw it with nothing ahead).
 */
export class ArrivalOrder {
    private readonly outstanding: Array<{ onQueue?: (waiting: boolean) => void }> = [];

    /** A request arrives; `onQueue(true)` at once when another is ahead. Call the result when it ends. */
    enter(onQueue?: (waiting: boolean) => void): () => void {
        const entry = { onQueue };
        this.outstanding.push(entry);
        if (this.outstanding.length > 1) onQueue?.(true);
        return () => {
            const at = this.outstanding.indexOf(entry);
            if (at < 0) return;
            this.outstanding.splice(at, 1);
            // The next one runs now.
            if (at === 0) this.outstanding[0]?.onQueue?.(false);
        };
    }

    get size(): number {
        return this.outstanding.length;
    }
}
