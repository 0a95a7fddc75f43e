// Starts the llama-server that scripts/buildLlamaServer.mjs built (from the llama.cpp
// source node-llama-cpp ships) on a loopback port, for the remote-backend tests.
// Only 127.0.0.1: nothing leaves the machine.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { cachedLlamaServer } from "../../scripts/buildLlamaServer.mjs";

/** The binary, or why there is none (the tests print the reason and skip). */
export function llamaServerBinary() {
    if (process.platform !== "linux" && process.platform !== "darwin")
        return { reason: `llama-server is built for the tests on Linux and macOS only (this is ${process.platform})` };
    return cachedLlamaServer();
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/**
 * Starts llama-server with `model` (a GGUF path) and waits until /health answers.
 * Options: alias (the model id; default "scripted-fixture"), apiKey, contextSize
 * (default 1024), slots (default 1), threads (default 1), log (a function for its output; default: kept
 * for the error message only).
 */
export async function startLlamaServer(binary, model, options = {}) {
    const port = await freePort();
    const args = [
        "-m",
        model,
        "--host",
        "127.0.0.1",
        "--port",
        String(port),
        "-a",
        options.alias ?? "scripted-fixture",
        "-c",
        String(options.contextSize ?? 1024),
        "-np",
        String(options.slots ?? 1),
        "-t",
        String(options.threads ?? 1),
        "--no-warmup",
        ...(options.apiKey ? ["--api-key", options.apiKey] : [])
    ];
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk) => {
        const text = chunk.toString("utf8");
        output = (output + text).slice(-20_000);
        options.log?.(text);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let exited = false;
    const exit = new Promise((resolve) =>
        child.once("exit", (code, signal) => ((exited = true), resolve({ code, signal })))
    );
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
    for (;;) {
        if (exited) throw new Error(`llama-server exited while starting:\n${output.slice(-4000)}`);
        try {
            const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
            if (response.ok) break;
        } catch {
            // not listening yet
        }
        if (Date.now() > deadline) {
            child.kill("SIGKILL");
            throw new Error(`llama-server did not become healthy in time:\n${output.slice(-4000)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
        url,
        port,
        pid: child.pid,
        output: () => output,
        get exited() {
            return exited;
        },
        /** Kills it at once (a server that dies mid-stream). */
        async kill() {
            if (!exited) child.kill("SIGKILL");
            await exit;
        },
        /** Stops it (SIGTERM, then SIGKILL after 5 s). */
        async stop() {
            if (exited) return;
            child.kill("SIGTERM");
            const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
            await exit;
            clearTimeout(timer);
        }
    };
}

/** llama-server's /slots: whether any slot is still generating. */
export async function slotsBusy(url, apiKey) {
    const response = await fetch(`${url}/slots`, {
        headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
        signal: AbortSignal.timeout(5_000)
    });
    if (!response.ok) throw new Error(`/slots answered HTTP ${response.status}`);
    const slots = await response.json();
    return slots.some((slot) => slot.is_processing === true);
}

/** llama-server's /slots: tokens the first slot has generated for its current (or last) task. */
export async function slotDecoded(url, apiKey) {
    const response = await fetch(`${url}/slots`, {
        headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
        signal: AbortSignal.timeout(5_000)
    });
    if (!response.ok) throw new Error(`/slots answered HTTP ${response.status}`);
    const slots = await response.json();
    return slots[0]?.is_processing === true ? (slots[0].next_token?.[0]?.n_decoded ?? 0) : 0;
}
