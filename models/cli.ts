// `gemma-ko-model check FILE`: is this GGUF usable here? Validates and loads the file
// through the same supervised model process the extension uses, generates a few
// tokens (with an emoji, which needs byte tokens) and prints one JSON line. Exit 0
// when the model works, 3 when it is unusable, 2 on a usage error. A crash or hang
// inside llama.cpp ends the model process, never this one; a watchdog bounds the
// whole check.
import * as os from "node:os";
import * as path from "node:path";
import { describeModelError, isModelLayerError } from "./describeError";
import { IsolatedBackend } from "./process/isolatedBackend";
import { ModelProcessError } from "./process/processErrors";
import { gpuBackendSettings, type GpuBackendSetting } from "./runtimeInfo";
import { english } from "./translate";

const usage = `Usage: gemma-ko-model check FILE [options]

Validates a GGUF model file, loads it in a separate model process and generates a
few tokens. Prints one JSON line:
  {"file","ok":true,"backend","architecture","tokensPerSecond"}
  {"file","ok":false,"error":{"code","message"}}
Exit status: 0 usable, 3 unusable, 2 usage error.

Options:
  --gpu auto|cuda|vulkan|metal|cpu   backend (default auto)
  --threads N                        CPU threads (default: chosen from the cores)
  --timeout SECONDS                  give up after this long (default 60)
  --architecture NAME                also accept this architecture (repeatable;
                                     default: the Gemma family only)
  --help                             this text
`;

interface CheckArgs {
    file: string;
    gpu: GpuBackendSetting;
    threads: number;
    timeoutMs: number;
    architectures: string[];
}

/** Longest --timeout: a day (Node's timers overflow past 2^31 - 1 ms and would fire at once). */
const maxTimeoutSeconds = 86_400;

/** The parsed arguments, or a usage error message that says what is wrong with the value. */
export function parseCheckArgs(argv: readonly string[], cores = os.availableParallelism()): CheckArgs | string {
    const command = argv.at(0);
    // "--gpu=cpu" is "--gpu cpu".
    const rest = argv.slice(1).flatMap((arg) => {
        const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
        return equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg];
    });
    if (command !== "check") return `unknown command ${JSON.stringify(command ?? "")}`;
    const args: CheckArgs = { file: "", gpu: "auto", threads: 0, timeoutMs: 60_000, architectures: [] };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        const value = rest.at(i + 1);
        if (arg === "--gpu") {
            const gpu = value?.toLowerCase() as GpuBackendSetting;
            if (!gpuBackendSettings.includes(gpu)) return `--gpu must be one of ${gpuBackendSettings.join(", ")}`;
            args.gpu = gpu;
        } else if (arg === "--threads") {
            const threads = /^\d{1,6}$/.test(value ?? "") ? Number(value) : NaN;
            // More threads than cores only slows llama.cpp down (64 on 2 cores: 3,000 times slower).
            if (!(threads >= 1 && threads <= cores))
                return `--threads must be a whole number from 1 to ${cores} (this machine's cores)`;
            args.threads = threads;
        } else if (arg === "--timeout") {
            // Plain decimal seconds ("0x10" and "1e-9" were taken as 16 s and a nanosecond).
            const seconds = /^\d{1,5}(?:\.\d+)?$/.test(value ?? "") ? Number(value) : NaN;
            if (!(seconds >= 1 && seconds <= maxTimeoutSeconds))
                return `--timeout must be a number of seconds from 1 to ${maxTimeoutSeconds}`;
            args.timeoutMs = seconds * 1000;
        } else if (arg === "--architecture") {
            if (value === undefined || !/^[a-z0-9_.-]{1,64}$/i.test(value))
                return "--architecture must be an architecture name (letters, digits, _ . -)";
            args.architectures.push(value);
        } else if (!arg.startsWith("--") && args.file === "") {
            // An empty FILE would resolve to the working directory: a usage error instead.
            if (arg.trim() === "") return "FILE is empty";
            args.file = path.resolve(arg);
            continue;
        } else return `unexpected argument ${JSON.stringify(arg)}`;
        i++;
    }
    return args.file === "" ? "no FILE given" : args;
}

type CheckLine =
    | { file: string; ok: true; backend: string; architecture: string; tokensPerSecond: number }
    | { file: string; ok: false; error: { code: string; message: string } };

function failure(file: string, error: unknown): CheckLine {
    const code = isModelLayerError(error) ? error.code : "unknown";
    return { file, ok: false, error: { code, message: describeModelError(error, english) } };
}

/** Runs one check; never throws. */
export async function checkModel(args: CheckArgs, backend: IsolatedBackend): Promise<CheckLine> {
    try {
        // Every tensor's data read once: NaN or infinite weights are refused, not loaded.
        const info = await backend.ensureReady({ path: args.file, contextSize: 512, checkTensors: true });
        const result = await backend.generate({ prompt: "안녕하세요 😀 hello\n", maxTokens: 8 });
        return {
            file: args.file,
            ok: true,
            backend: info.backend,
            architecture: info.architecture,
            tokensPerSecond: Math.round(result.tokensPerSecond * 10) / 10
        };
    } catch (error) {
        return failure(args.file, error);
    }
}

function finish(line: CheckLine, backend: IsolatedBackend | undefined): void {
    process.stdout.write(`${JSON.stringify(line)}\n`);
    if (!line.ok) backend?.killProcess();
    void (backend?.dispose() ?? Promise.resolve()).finally(() => process.exit(line.ok ? 0 : 3));
}

function main(argv: readonly string[]): void {
    if (argv.includes("--help") || argv.includes("-h")) {
        process.stdout.write(usage);
        return;
    }
    const args = parseCheckArgs(argv);
    if (typeof args === "string") {
        process.stderr.write(`gemma-ko-model: ${args}\n\n${usage}`);
        process.exit(2);
    }
    const backend = new IsolatedBackend({
        gpu: args.gpu,
        threads: args.threads,
        ...(args.architectures.length > 0
            ? { architectures: ["gemma", "gemma2", "gemma3", ...args.architectures] }
            : {}),
        timeouts: { progressMs: Math.min(args.timeoutMs / 2, 30_000), cancelMs: 3_000 }
    });
    let done = false;
    const end = (line: CheckLine) => {
        if (done) return;
        done = true;
        finish(line, backend);
    };
    // The check's own bound: whatever happens below, one line and an exit status.
    const watchdog = setTimeout(() => {
        end(
            failure(
                args.file,
                new ModelProcessError(
                    "processHung",
                    args.file,
                    `no answer within ${args.timeoutMs / 1000} s (watchdog)`
                )
            )
        );
    }, args.timeoutMs);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
        process.on(signal, () =>
            end(failure(args.file, new ModelProcessError("processFailed", args.file, `interrupted by ${signal}`)))
        );
    void checkModel(args, backend).then((line) => {
        clearTimeout(watchdog);
        end(line);
    });
}

main(process.argv.slice(2));
