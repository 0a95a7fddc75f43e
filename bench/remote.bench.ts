// The remote backend's overhead over the same server's raw stream.
//   A real llama-server (scripts/buildLlamaServer.mjs) on a loopback port runs the
//   scripted fixture with a long script (N distinct tokens, then end of sequence), so
//   every run generates exactly the same tokens. Alternating, median of runs:
//   - raw: a minimal SSE client (fetch, split on blank lines, JSON.parse each `data:`),
//   - extension: RemoteBackend (fetch + eventsource-parser, stop cutter) feeding the
//     streaming SafetyFilter, as the results controller does.
//   Reports decode tokens/s of each, their ratio (goal ≥ 0.98) and the time-to-first-
//   token overhead in ms.
// npm run bench:remote [-- --runs 7 --tokens 1000]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RemoteBackend } from "../models/remote/remoteBackend";
import { SafetyFilter } from "../safety/filter";
import { scriptSteps, writeScriptedModel } from "../test/fixtures/scriptedModel";
import { loadLlamaServerSupport } from "../test/support/llamaServerSupport";

function argument(name: string, fallback: number): number {
    const at = process.argv.indexOf(`--${name}`);
    const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
    return Number.isFinite(value) && value > 0 ? value : fallback;
}

const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

interface Run {
    tokens: number;
    tokensPerSecond: number;
    ttftMs: number;
}

const prompt = "안녕하세요. 다음 함수를 설명해 주세요.";

/** The minimal client: one fetch, SSE events split by hand, each data line parsed. */
async function rawRun(url: string, maxTokens: number): Promise<Run> {
    const started = performance.now();
    const response = await fetch(`${url}/v1/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ model: "scripted-fixture", prompt, max_tokens: maxTokens, temperature: 0, stream: true })
    });
    if (!response.ok || response.body === null) throw new Error(`raw: HTTP ${response.status}`);
    const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let tokens = 0;
    let first = 0;
    let last = 0;
    let text = "";
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!event.startsWith("data: ")) continue;
            const data = event.slice(6);
            if (data === "[DONE]") continue;
            const chunk = JSON.parse(data) as { choices?: Array<{ text?: string }> };
            const piece = chunk.choices?.[0]?.text ?? "";
            if (piece.length === 0) continue;
            const now = performance.now();
            if (tokens === 0) first = now;
            last = now;
            tokens++;
            text += piece;
        }
    }
    if (text.length === 0) throw new Error("raw: no text");
    return { tokens, tokensPerSecond: ((tokens - 1) * 1000) / (last - first), ttftMs: first - started };
}

/** Through the extension's path: RemoteBackend -> streaming SafetyFilter. */
async function extensionRun(backend: RemoteBackend, maxTokens: number): Promise<Run> {
    const filter = new SafetyFilter();
    let shown = 0;
    const result = await backend.generate({
        prompt,
        maxTokens,
        onText: (piece) => {
            for (const event of filter.push(piece)) if (event.type === "text") shown += event.text.length;
        }
    });
    for (const event of filter.finish().events) if (event.type === "text") shown += event.text.length;
    if (shown === 0) throw new Error("extension: no text");
    return {
        tokens: result.generatedTokens,
        tokensPerSecond: result.tokensPerSecond,
        ttftMs: result.timeToFirstTokenMs
    };
}

async function main(): Promise<void> {
    const runs = argument("runs", 7);
    const tokens = argument("tokens", 1000);
    const repo = path.resolve(__dirname, "..", "..");
    const tools = await loadLlamaServerSupport(repo);
    const found = tools.llamaServerBinary();
    if (found.binary === undefined) {
        console.log(`bench:remote needs llama-server: ${found.reason ?? "not built"}`);
        process.exitCode = 2;
        return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-bench-remote-"));
    const model = path.join(dir, "long.gguf");
    // Distinct pieces (a bigram table cannot repeat one), Hangul and ASCII like real output.
    await writeScriptedModel(model, scriptSteps(Array.from({ length: tokens }, (_, i) => `토큰${i} `)));
    const server = await tools.startLlamaServer(found.binary, model, { contextSize: tokens + 256 });
    const backend = new RemoteBackend({ endpoint: server.url });
    try {
        await backend.ensureReady({ path: "scripted-fixture", kind: "base" });
        // Warm-up: one of each, not counted.
        await rawRun(server.url, tokens);
        await extensionRun(backend, tokens);
        const raw: Run[] = [];
        const ext: Run[] = [];
        for (let i = 0; i < runs; i++) {
            // Alternate which goes first, so neither always gets the warmer server.
            if (i % 2 === 0) {
                raw.push(await rawRun(server.url, tokens));
                ext.push(await extensionRun(backend, tokens));
            } else {
                ext.push(await extensionRun(backend, tokens));
                raw.push(await rawRun(server.url, tokens));
            }
        }
        const rawRate = median(raw.map((r) => r.tokensPerSecond));
        const extRate = median(ext.map((r) => r.tokensPerSecond));
        const ttftOverhead = median(ext.map((r) => r.ttftMs)) - median(raw.map((r) => r.ttftMs));
        console.log(`llama-server ${server.url}, scripted model, ${tokens} tokens per run, ${runs} runs each (median)`);
        console.log(
            `raw SSE client:            ${rawRate.toFixed(1)} tok/s (${raw.map((r) => r.tokens).join("/")} tokens)`
        );
        console.log(
            `RemoteBackend + filter:    ${extRate.toFixed(1)} tok/s (${ext.map((r) => r.tokens).join("/")} tokens)`
        );
        console.log(`ratio: ${(extRate / rawRate).toFixed(3)} (goal >= 0.98)`);
        console.log(
            `time to first token: raw ${median(raw.map((r) => r.ttftMs)).toFixed(1)} ms, extension ${median(ext.map((r) => r.ttftMs)).toFixed(1)} ms, overhead ${ttftOverhead.toFixed(1)} ms`
        );
    } finally {
        await backend.dispose();
        await server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
