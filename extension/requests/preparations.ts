// What a command does before its request can start: finding the code to document asks the
// language's symbol provider, which took 3-8 s on a 400 KB selection (found from outside: no
// card, no notification, nothing to stop meanwhile). Each preparation runs under the command's
// progress notification, stops with its Cancel or with Stop All, and is listed while it runs.
import * as vscode from "vscode";
import { abortError } from "../../models/inputParts";

/** `promise`, or an {@link abortError} as soon as `signal` aborts (the work itself may go on unheard). */
export function untilAborted<T>(promise: PromiseLike<T>, signal: AbortSignal | undefined): Promise<T> {
    if (signal === undefined) return Promise.resolve(promise);
    if (signal.aborted) return Promise.reject(abortError());
    return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(abortError());
        signal.addEventListener("abort", onAbort, { once: true });
        Promise.resolve(promise).then(
            (value) => {
                signal.removeEventListener("abort", onAbort);
                resolve(value);
            },
            (error: unknown) => {
                signal.removeEventListener("abort", onAbort);
                reject(error instanceof Error ? error : new Error(String(error)));
            }
        );
    });
}

/** The preparations under way: their titles, and a way to stop them all. */
export class Preparations {
    private readonly running = new Map<AbortController, string>();

    constructor(private readonly log: vscode.LogOutputChannel) {}

    /** The titles of the preparations under way (for the in-host tests and other extensions). */
    titles(): string[] {
        return [...this.running.values()];
    }

    /** Stops every preparation (Stop All). */
    stopAll(): void {
        for (const controller of this.running.keys()) controller.abort();
    }

    /**
     * Runs `work` until it ends or `token` (the notification's Cancel) or {@link stopAll} stops it;
     * resolves with `undefined` when stopped.
     */
    async run<T>(
        title: string,
        token: vscode.CancellationToken,
        work: (signal: AbortSignal) => Promise<T>
    ): Promise<T | undefined> {
        const controller = new AbortController();
        const cancelled = token.onCancellationRequested(() => controller.abort());
        if (token.isCancellationRequested) controller.abort();
        this.running.set(controller, title);
        const started = Date.now();
        try {
            const result = await untilAborted(work(controller.signal), controller.signal);
            this.log.debug(`${title}: prepared in ${Date.now() - started} ms.`);
            return result;
        } catch (error) {
            if (!controller.signal.aborted) throw error;
            const ms = Date.now() - started;
            this.log.info(vscode.l10n.t("{0}: stopped by the user while preparing (after {1} ms).", title, ms));
            return undefined;
        } finally {
            this.running.delete(controller);
            cancelled.dispose();
        }
    }
}
