// The model process's cost, measured beside raw node-llama-cpp in the same run:
// decode tok/s through IsolatedBackend (IPC per token) vs raw, load time through
// the process vs in-process, and the memory the separate process adds.
import * as fs from "node:fs";
import * as path from "node:path";
import { IsolatedBackend } from "../models/process/isolatedBackend";
import { ModelRuntime } from "../models/runtime";
import type { LlamaBackend } from "../models/runtimeInfo";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const hostScript = path.resolve(__dirname, "..", "models", "process", "modelHost.js");

/** Resident memory of a process in bytes (Linux), or NaN. */
function rss(pid: number): number {
    try {
        const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
        return match === null ? NaN : Number(match[1]) * 1024;
    } catch {
        return NaN;
    }
}

export interface IsolationFigures {
    rawTokensPerSecond: number;
    isolatedTokensPerSecond: number;
    inProcessLoadMs: number;
    isolatedLoadMs: number;
    /** The model process's RSS with the model loaded. */
    processRss: number;
    /** What loading the same model in-process added to this process's RSS. */
    inProcessRssDelta: number;
}

/**
 * Alternates raw decode and decode through the model process, `runs` times, on
 * `file`; loads are timed first (cold process start included for the isolated one).
 */
export async function measureIsolation(
    backend: LlamaBackend,
    file: string,
    options: {
        runs: number;
        tokens: number;
        threads: number;
        rawDecode: (file: string, count: number, threads: number) => Promise<number>;
    }
): Promise<IsolationFigures> {
    const prompt = "다음 함수의 한국어 문서 주석을 씁니다: 두 수를 더한 값을 반환합니다";
    const before = rss(process.pid);
    const runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend), threads: options.threads });
    const inProcess = await runtime.load({ path: file, contextSize: 1024 });
    const inProcessRssDelta = rss(process.pid) - before;
    await runtime.dispose();

    // Prompt lookup off: raw decode guesses nothing, so the ratio is the process boundary's cost alone.
    const isolated = new IsolatedBackend({ gpu: "auto", threads: options.threads, hostScript, promptLookup: false });
    const loadStarted = performance.now();
    await isolated.ensureReady({ path: file, contextSize: 1024 });
    const isolatedLoadMs = performance.now() - loadStarted;
    const processRss = isolated.processId === undefined ? NaN : rss(isolated.processId);
    const raw: number[] = [];
    const piped: number[] = [];
    await options.rawDecode(file, options.tokens, options.threads);
    await isolated.generate({ prompt, maxTokens: options.tokens, temperature: 0, onText: () => undefined });
    for (let run = 0; run < options.runs; run++) {
        raw.push(await options.rawDecode(file, options.tokens, options.threads));
        const result = await isolated.generate({
            prompt,
            maxTokens: options.tokens,
            temperature: 0,
            onText: () => undefined
        });
        piped.push(result.tokensPerSecond);
    }
    await isolated.dispose();
    console.error(
        `[bench] isolated: raw ${raw.map((x) => x.toFixed(0)).join(", ")}; process ${piped.map((x) => x.toFixed(0)).join(", ")}`
    );
    return {
        rawTokensPerSecond: median(raw),
        isolatedTokensPerSecond: median(piped),
        // The in-process figure is the runtime's own (validation + load + context); the isolated one adds the process start.
        inProcessLoadMs: inProcess.loadMs,
        isolatedLoadMs,
        processRss,
        inProcessRssDelta
    };
}
