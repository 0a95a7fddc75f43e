// The model process: a plain Node child that owns node-llama-cpp and one
// ModelRuntime, serving the IsolatedBackend over the IPC channel (protocol.ts).
// When llama.cpp aborts or hangs, only this process goes; the extension host lives
// on and its supervisor reports which model file did it.
import { ModelRuntime } from "../runtime";
import { openLlamaBackend, readRuntimeInfo, type LlamaBackend } from "../runtimeInfo";
import { parseHostMessage, type HostToModelMessage, type ModelToHostMessage } from "./protocol";
import { bundleTranslate } from "../translate";
import { TextBatcher } from "./textBatcher";
import { toWireError } from "./wireError";

/** How often the process says it is alive; the supervisor allows several missed beats. */
export const heartbeatMs = 500;

/** When the last message went out: any message tells the supervisor the process is alive. */
let lastSent = 0;

function send(message: ModelToHostMessage): void {
    // A host that went away cannot be answered; the disconnect handler ends us.
    if (!process.connected) return;
    lastSent = performance.now();
    process.send?.(message);
}

/** Serves one host until it disconnects. */
export function serveModelHost(): void {
    let runtime: ModelRuntime | undefined;
    let backend: Promise<LlamaBackend> | undefined;
    let init: Extract<HostToModelMessage, { type: "init" }> = {
        type: "init",
        gpu: "auto",
        threads: 0,
        idleUnloadMs: 0
    };
    const running = new Map<number, AbortController>();
    // A heartbeat only when nothing else went out for a beat: a streaming answer is its own sign of life.
    const beat = setInterval(() => {
        if (performance.now() - lastSent >= heartbeatMs * 0.9) send({ type: "heartbeat" });
    }, heartbeatMs);

    const handle = (message: HostToModelMessage): void => {
        if (message.type === "init") {
            init = message;
            const { gpu, threads, idleUnloadMs, architectures, threadPlanCachePath, promptLookup } = message;
            runtime = new ModelRuntime({
                getBackend: () => (backend ??= openLlamaBackend({ gpu, threads })),
                // The runtime's log goes to the extension's (the host prefixes it).
                logger: {
                    info: (message) => send({ type: "log", level: "info", message }),
                    warn: (message) => send({ type: "log", level: "warn", message }),
                    debug: (message) => send({ type: "log", level: "debug", message }),
                    translate: bundleTranslate(message.l10n)
                },
                idleUnloadMs,
                threads,
                ...(architectures === undefined ? {} : { architectures }),
                ...(threadPlanCachePath === undefined ? {} : { threadPlanCachePath }),
                ...(promptLookup === false ? { promptLookup: false as const } : {})
            });
            const model = runtime;
            runtime.onDidChangeState((state) => send({ type: "state", state, model: model.model ?? null }));
            return;
        }
        if (runtime === undefined) return;
        if (message.type === "configure") {
            runtime.idleUnloadMs = message.idleUnloadMs;
            return;
        }
        if (message.type === "cancel") {
            running.get(message.id)?.abort();
            return;
        }
        const controller = new AbortController();
        running.set(message.id, controller);
        const open = () => (backend ??= openLlamaBackend({ gpu: init.gpu, threads: init.threads }));
        answer(runtime, message, controller.signal, open, init.textBatchMs)
            .then((reply) => send(reply))
            .catch((error: unknown) => send({ type: "failed", id: message.id, error: toWireError(error) }))
            .finally(() => running.delete(message.id));
    };

    process.on("message", (raw: unknown) => {
        const message = parseHostMessage(raw);
        if (message !== undefined) handle(message);
    });
    // The host is gone (closed, crashed, killed us): free the model and leave.
    process.on("disconnect", () => {
        clearInterval(beat);
        void (runtime?.dispose() ?? Promise.resolve()).finally(() => process.exit(0));
    });
}

async function answer(
    runtime: ModelRuntime,
    message: Exclude<HostToModelMessage, { type: "init" | "configure" | "cancel" }>,
    signal: AbortSignal,
    openBackend: () => Promise<LlamaBackend>,
    textBatchMs: number | undefined
): Promise<ModelToHostMessage> {
    const id = message.id;
    switch (message.type) {
        case "load": {
            const info = await runtime.ensureReady({
                ...message.options,
                signal,
                onProgress: (progress) => send({ type: "progress", id, progress })
            });
            return { type: "loaded", id, info };
        }
        case "generate": {
            const batcher = new TextBatcher((text) => send({ type: "text", id, text }), textBatchMs);
            try {
                const result = await runtime.generate({
                    ...message.request,
                    signal,
                    onText: (text) => batcher.push(text),
                    onLoadProgress: (progress) => send({ type: "progress", id, progress })
                });
                return { type: "generated", id, result };
            } finally {
                // Everything streamed goes out before the answer (or the failure) that ends the request.
                batcher.flush();
            }
        }
        case "count":
            return { type: "counted", id, tokens: await runtime.countTokens(message.text) };
        case "runtimeInfo":
            return { type: "runtimeInfoResult", id, info: await readRuntimeInfo(await openBackend()) };
        case "unload":
            await runtime.unload();
            return { type: "unloaded", id };
    }
}

// Started by ModelProcess (fork with GEMMA_KO_MODEL_HOST=1); importing this file elsewhere does nothing.
if (process.env.GEMMA_KO_MODEL_HOST === "1" && process.send !== undefined) serveModelHost();
