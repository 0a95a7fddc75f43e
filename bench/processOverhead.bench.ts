// Where the model process's per-token time goes, in CPU time rather than tokens/s
// (CPU time per token barely moves when other work shares the cores; tokens/s
// swings by half). For each fixture, alternating in one run:
//   - in-process ModelRuntime: this process's main-thread CPU per token;
//   - the model process with text batching off (one IPC message per token) and on
//     (TextBatcher's default window): the child's main-thread CPU per token, the
//     host's main-thread CPU per token, and messages per generation.
// The decode itself runs on libuv worker threads; the main threads' time is the
// per-token JavaScript (node-llama-cpp's, the runtime's, the channel's), which the
// decode waits for.
// Linux only (/proc/<pid>/task/<tid>/schedstat).
//   npm run -s compile:tests && node out/bench/processOverhead.bench.js [--runs 5] [--tokens 512]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { IsolatedBackend } from "../models/process/isolatedBackend";
import { ModelRuntime } from "../models/runtime";
import { openLlamaBackend } from "../models/runtimeInfo";
import { ensureFixture } from "./benchFixtures";
import { argument, median } from "./benchCli";

const runs = Number(argument("runs", "5"));
const tokens = Number(argument("tokens", "512"));
const prompt = "다음 함수의 한국어 문서 주석을 씁니다: 두 수를 더한 값을 반환합니다";
const hostScript = path.resolve(__dirname, "..", "models", "process", "modelHost.js");

/** CPU nanoseconds the main thread of `pid` has run. */
function mainThreadNs(pid: number): number {
    return Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ")[0]);
}

interface Row {
    tokensPerSecond: number[];
    childMainUs: number[];
    hostMainUs: number[];
    messages: number[];
}

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-overhead-"));
    const backend = await openLlamaBackend({ gpu: "auto", threads: 0 });
    const lines = [
        `Model-process overhead, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "CPU"} (${os.availableParallelism()} logical CPUs), load average ${os
            .loadavg()
            .map((x) => x.toFixed(1))
            .join(" ")}, 1 thread, ${tokens} greedy tokens, median of ${runs} alternating runs`,
        "",
        "| fixture | path | tok/s | main-thread CPU µs/token: model side | host side | text messages |",
        "|---|---|---|---|---|---|"
    ];
    try {
        for (const fixture of ["tiny", "mid"] as const) {
            const file = path.join(dir, `${fixture}.gguf`);
            await ensureFixture(fixture, file);
            const count = fixture === "tiny" ? tokens : Math.max(32, tokens / 4);
            const runtime = new ModelRuntime({ getBackend: () => Promise.resolve(backend), threads: 1 });
            await runtime.load({ path: file, contextSize: 1024 });
            const isolated = [0, undefined].map((textBatchMs) => {
                const options = { gpu: "auto" as const, threads: 1, hostScript };
                return new IsolatedBackend(textBatchMs === undefined ? options : { ...options, textBatchMs });
            });
            for (const backendOfProcess of isolated)
                await backendOfProcess.ensureReady({ path: file, contextSize: 1024 });
            const rows: Row[] = [0, 1, 2].map(() => ({
                tokensPerSecond: [],
                childMainUs: [],
                hostMainUs: [],
                messages: []
            }));
            for (let run = -1; run < runs; run++) {
                // run -1 warms up every path.
                const before = mainThreadNs(process.pid);
                const inProcess = await runtime.generate({
                    prompt,
                    maxTokens: count,
                    temperature: 0,
                    onText: () => undefined
                });
                const after = mainThreadNs(process.pid);
                if (run >= 0) {
                    rows[0].tokensPerSecond.push(inProcess.tokensPerSecond);
                    rows[0].childMainUs.push((after - before) / 1e3 / inProcess.generatedTokens);
                }
                for (const [index, isolatedBackend] of isolated.entries()) {
                    const pid = isolatedBackend.processId ?? 0;
                    let messages = 0;
                    const host0 = mainThreadNs(process.pid);
                    const child0 = mainThreadNs(pid);
                    const result = await isolatedBackend.generate({
                        prompt,
                        maxTokens: count,
                        temperature: 0,
                        onText: () => messages++
                    });
                    const host1 = mainThreadNs(process.pid);
                    const child1 = mainThreadNs(pid);
                    if (run < 0) continue;
                    const row = rows[index + 1];
                    row.tokensPerSecond.push(result.tokensPerSecond);
                    row.childMainUs.push((child1 - child0) / 1e3 / result.generatedTokens);
                    row.hostMainUs.push((host1 - host0) / 1e3 / result.generatedTokens);
                    row.messages.push(messages);
                }
            }
            await runtime.dispose();
            for (const isolatedBackend of isolated) await isolatedBackend.dispose();
            const labels = [
                "in-process runtime",
                "model process, a message per token",
                "model process, batched (16 ms)"
            ];
            rows.forEach((row, index) => {
                const host = index === 0 ? "—" : median(row.hostMainUs).toFixed(0);
                const messages = index === 0 ? "—" : `${median(row.messages)} for ${count} tokens`;
                lines.push(
                    `| ${fixture} | ${labels[index]} | ${median(row.tokensPerSecond).toFixed(0)} | ${median(row.childMainUs).toFixed(0)} | ${host} | ${messages} |`
                );
            });
        }
    } finally {
        await backend.llama.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log(lines.join("\n"));
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
