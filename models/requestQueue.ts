/**
 * Runs work one at a time in arrival order. A request whose signal aborts while it
 * waits leaves the queue without running. `onIdle` runs whenever the queue drains
 * (the runtime arms its idle-unload timer there); `onBusy` when work starts.
 */
export class RequestQueue {
    private busy = false;
    private readonly waiters: Array<() => void> = [];

    constructor(
        private readonly onBusy: () => void,
        private readonly onIdle: () => void
    ) {}

    /** Requests waiting behind the one running. */
    get length(): number {
        return this.waiters.length;
    }

    get isBusy(): boolean {
        return this.busy;
    }

    /** Runs `work` alone, after every earlier request; `onCancelledWhileQueued` answers an abort while waiting. */
    async run<T>(
        signal: AbortSignal | undefined,
        onCancelledWhileQueued: () => T,
        work: (queuedMs: number) => Promise<T>
    ): Promise<T> {
        const queuedAt = performance.now();
        if (this.busy && (await this.wait(signal))) return onCancelledWhileQueued();
        // Whoever woke us handed the lock over without releasing it.
        this.busy = true;
        this.onBusy();
        try {
            return await work(performance.now() - queuedAt);
        } finally {
            const next = this.waiters.shift();
            if (next !== undefined) next();
            else {
                this.busy = false;
                this.onIdle();
            }
        }
    }

    /** Resolves `true` when the signal aborted first, `false` when it is this request's turn. */
    private wait(signal: AbortSignal | undefined): Promise<boolean> {
        return new Promise<boolean>((resolve) => {
            const wake = () => {
                signal?.removeEventListener("abort", onAbort);
                resolve(false);
            };
            const onAbort = () => {
                const index = this.waiters.indexOf(wake);
                if (index >= 0) this.waiters.splice(index, 1);
                resolve(true);
            };
            this.waiters.push(wake);
            signal?.addEventListener("abort", onAbort, { once: true });
        });
    }
}
