import { fork, type ChildProcess } from "node:child_process";
import { ModelProcessError, type ModelProcessErrorCode } from "./processErrors";
import { parseModelMessage, type HostToModelMessage, type ModelToHostMessage } from "./protocol";
import { fromWireError } from "./wireError";
import type { RuntimeLogger } from "../runtimeInfo";
import { logT } from "../translate";
import type { LoadProgress } from "../runtimeTypes";

/** Bounds after which the supervisor ends the process. */
export interface SupervisorTimeouts {
    /**
     * No first message for this long: the process never started (a Node start and the
     * bundle's evaluation; minutes of CPU on a machine loaded many times over). Default 60 s.
     */
    startupMs: number;
    /** No heartbeat for this long after the first message: the process's JavaScript thread is stuck. Default 10 s. */
    heartbeatMs: number;
    /** A call in flight without any token or progress for this long: a native hang. Default 120 s. */
    progressMs: number;
    /** A cancelled call still running after this long: cancellation is not honoured. Default 3 s. */
    cancelMs: number;
    /** Between SIGTERM and SIGKILL. Default 1 s. */
    killGraceMs: number;
}

export const defaultTimeouts: SupervisorTimeouts = {
    startupMs: 60_000,
    heartbeatMs: 10_000,
    progressMs: 120_000,
    cancelMs: 3_000,
    killGraceMs: 1_000
};

type Request = Exclude<HostToModelMessage, { type: "init" | "configure" | "cancel" }>;
type RequestWithoutId = Request extends infer R ? (R extends Request ? Omit<R, "id"> : never) : never;

interface Pending {
    resolve: (message: ModelToHostMessage) => void;
    reject: (error: Error) => void;
    onText?: (text: string) => void;
    onProgress?: (progress: LoadProgress) => void;
    lastActivity: number;
    cancelledAt?: number;
}

export interface ModelProcessOptions {
    hostScript: string;
    init: Extract<HostToModelMessage, { type: "init" }>;
    timeouts: SupervisorTimeouts;
    logger: RuntimeLogger;
    /** The model file the process works with, for the error sentence. */
    modelPath: () => string;
    onMessage: (message: ModelToHostMessage) => void;
    onExit: (error: ModelProcessError) => void;
}

/**
 * One model process and its supervision: calls paired with answers by id,
 * heartbeat and progress watchdogs, SIGTERM then SIGKILL, and on exit every call in
 * flight rejected with a {@link ModelProcessError} that says what happened.
 */
export class ModelProcess {
    private readonly child: ChildProcess;
    private readonly pending = new Map<number, Pending>();
    private nextId = 1;
    private lastHeartbeat = performance.now();
    /** Whether the process has sent anything yet (until then the start-up bound applies, not the heartbeat's). */
    private started = false;
    private readonly watchdog: NodeJS.Timeout;
    private failure: { code: ModelProcessErrorCode; how: string } | undefined;
    private stderrTail = "";
    exited = false;

    constructor(private readonly options: ModelProcessOptions) {
        // fork() runs `process.execPath`: plain Node in the tests and the CLI, Electron
        // (desktop VS Code) or code-server's Node in the extension host. Electron only
        // behaves as Node with ELECTRON_RUN_AS_NODE=1; plain Node ignores the variable,
        // so one spawn works in all three. GEMMA_KO_MODEL_HOST tells the bundle to serve.
        this.child = fork(options.hostScript, [], {
            execPath: process.execPath,
            execArgv: [],
            env: { ...process.env, ELECTRON_RUN_AS_NODE: "1", GEMMA_KO_MODEL_HOST: "1" },
            stdio: ["ignore", "ignore", "pipe", "ipc"],
            serialization: "json",
            // Its own process group, so that ending it also ends what it started (node-llama-cpp
            // tests its native binding in a child process: killed during that test, the child
            // outlived us). It still exits with us: it ends itself when the channel closes.
            detached: process.platform !== "win32"
        });
        this.child.stderr?.setEncoding("utf8");
        this.child.stderr?.on("data", (chunk: string) => {
            // llama.cpp's last words (GGML_ASSERT ...) go into the error's detail.
            this.stderrTail = (this.stderrTail + chunk).slice(-2000);
        });
        this.child.on("message", (raw) => this.receive(raw));
        this.child.on("error", (error) => this.options.logger.warn(`Model process: ${error.message}`));
        this.child.on("exit", (code, signal) => this.exit(code, signal));
        this.watchdog = setInterval(() => this.watch(), 250);
        this.watchdog.unref();
        this.post(options.init);
    }

    get pid(): number | undefined {
        return this.child.pid;
    }

    post(message: HostToModelMessage): void {
        if (!this.exited && this.child.connected) this.child.send(message);
    }

    /** Sends a request; resolves with its answer. Aborting `signal` asks the process to stop it. */
    call(
        request: RequestWithoutId,
        handlers: { onText?: (text: string) => void; onProgress?: (p: LoadProgress) => void; signal?: AbortSignal } = {}
    ): Promise<ModelToHostMessage> {
        const id = this.nextId++;
        return new Promise<ModelToHostMessage>((resolve, reject) => {
            if (this.exited) {
                reject(this.exitError("the process had already ended"));
                return;
            }
            const pending: Pending = { resolve, reject, lastActivity: performance.now(), ...handlers };
            this.pending.set(id, pending);
            const onAbort = () => {
                pending.cancelledAt = performance.now();
                this.post({ type: "cancel", id });
            };
            handlers.signal?.addEventListener("abort", onAbort, { once: true });
            const done = () => handlers.signal?.removeEventListener("abort", onAbort);
            pending.resolve = (message) => {
                done();
                resolve(message);
            };
            pending.reject = (error) => {
                done();
                reject(error);
            };
            this.post({ ...request, id });
            // A signal aborted before the call (a stop pressed while the load waited its turn) stops it too.
            if (handlers.signal?.aborted === true) onAbort();
        });
    }

    private receive(raw: unknown): void {
        const message = parseModelMessage(raw);
        if (message === undefined) {
            this.options.logger.warn("The model process sent a malformed message; it was ignored.");
            return;
        }
        this.lastHeartbeat = performance.now();
        this.started = true;
        if (message.type === "heartbeat") return;
        if (message.type === "log") {
            // Bounded: a runaway process cannot flood the extension's log with one line.
            this.options.logger[message.level](
                logT(this.options.logger)("Model process: {0}", message.message.slice(0, 2000))
            );
            return;
        }
        if (message.type === "state") {
            this.options.onMessage(message);
            return;
        }
        const pending = this.pending.get(message.id);
        if (pending === undefined) return;
        pending.lastActivity = performance.now();
        if (message.type === "text") pending.onText?.(message.text);
        else if (message.type === "progress") pending.onProgress?.(message.progress);
        else {
            this.pending.delete(message.id);
            if (message.type === "failed") pending.reject(fromWireError(message.error));
            else pending.resolve(message);
        }
    }

    private watch(): void {
        const now = performance.now();
        const { startupMs, heartbeatMs, progressMs, cancelMs } = this.options.timeouts;
        if (!this.started) {
            if (now - this.lastHeartbeat > startupMs)
                this.kill("processHung", `not started after ${Math.round(startupMs / 1000)} s`);
        } else if (now - this.lastHeartbeat > heartbeatMs)
            this.kill("processHung", `no heartbeat for ${Math.round(heartbeatMs / 1000)} s`);
        for (const pending of this.pending.values()) {
            if (pending.cancelledAt !== undefined && now - pending.cancelledAt > cancelMs)
                this.kill("cancelIgnored", `still running ${Math.round(cancelMs / 1000)} s after the cancel`);
            else if (now - pending.lastActivity > progressMs)
                this.kill("processHung", `no progress for ${Math.round(progressMs / 1000)} s`);
        }
    }

    /** Ends the process: SIGTERM, then SIGKILL after the grace period. The first reason given is kept. */
    kill(code: ModelProcessErrorCode, how: string): void {
        if (this.exited) return;
        this.failure ??= { code, how };
        this.signal("SIGTERM");
        setTimeout(() => this.signal("SIGKILL"), this.options.timeouts.killGraceMs).unref();
    }

    /** Sends `signal` to the process and everything it started (its group), or to it alone on Windows. */
    signal(signal: NodeJS.Signals): void {
        const pid = this.child.pid;
        if (process.platform !== "win32" && pid !== undefined) {
            try {
                process.kill(-pid, signal);
                return;
            } catch {
                // The group is gone (everything in it exited): nothing more to end.
                if (this.exited) return;
            }
        }
        if (!this.exited) this.child.kill(signal);
    }

    /** Closes the channel; the process frees its model and exits (killed after the grace if it does not). */
    close(): void {
        if (this.exited) return;
        this.failure ??= { code: "processCrashed", how: "closed" };
        if (this.child.connected) this.child.disconnect();
        setTimeout(() => this.kill("processHung", "did not exit when closed"), 2_000).unref();
    }

    private exitError(fallback: string): ModelProcessError {
        const last = this.stderrTail.trim().split("\n").at(-1)?.trim();
        const how = this.failure?.how ?? fallback;
        return new ModelProcessError(
            this.failure?.code ?? "processCrashed",
            this.options.modelPath(),
            last !== undefined && last.length > 0 && this.failure === undefined ? `${how}: ${last.slice(0, 300)}` : how
        );
    }

    private exit(code: number | null, signal: NodeJS.Signals | null): void {
        this.exited = true;
        clearInterval(this.watchdog);
        const error = this.exitError(signal !== null ? `signal ${signal}` : `exit code ${String(code)}`);
        for (const pending of this.pending.values()) pending.reject(error);
        this.pending.clear();
        this.options.onExit(error);
    }
}
