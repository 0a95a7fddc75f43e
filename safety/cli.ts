// gemma-ko-safety: the filter on the command line.
//   gemma-ko-safety scan --jsonl [--policy policy.json]
// Reads JSON lines {"id": string, "text": string} from stdin and writes, in order, one
// line per input: {"id","verdict","categories","findings":[{"type","start","end"}],"text"}
// with the default policy (or --policy). A malformed line yields {"id", "line", "error"} (the
// line's id when it has a string one, else null; its 1-based line number in the input) and
// processing continues. Answers are written as soon as the input read so far is answered.
// Exit code 0; 2 when the arguments or the policy are wrong; 1 when stdin is a directory or
// the output cannot be written (a reader that left, as `| head -1`, ends the run quietly).
import * as fs from "node:fs";
import { filterText } from "./filter";
import { InvalidPolicyError, resolvePolicy, validatePolicy, type SafetyPolicy } from "./policy";

const usage = "usage: gemma-ko-safety scan --jsonl [--policy policy.json] < input.jsonl > output.jsonl";

/**
 * JSON with U+2028 / U+2029 (and U+0085) escaped: valid JSON either way, but line readers that
 * split on them (Python's splitlines, some log tools) would see one output line as several.
 */
function jsonLine(value: unknown): string {
    return JSON.stringify(value).replace(
        /[\u0085\u2028\u2029]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
    );
}

/** `line`: the line's 1-based number in the input, given back with an error so it can be found. */
export function scanLine(text: string, policy: SafetyPolicy, line?: number): string {
    const failed = (id: string | null, error: string) =>
        jsonLine({ id, ...(line === undefined ? {} : { line }), error });
    let input: unknown;
    try {
        input = JSON.parse(text);
    } catch (error) {
        // Not the parser's message: it quotes the line, and a line that is not JSON may be raw text
        // with the very values this tool hides (found from outside: an e-mail and an RRN echoed).
        const at = /position (\d+)/.exec((error as Error).message)?.[1];
        return failed(null, at === undefined ? "not JSON" : `not JSON (at character ${Number(at) + 1})`);
    }
    if (typeof input !== "object" || input === null || Array.isArray(input))
        return failed(null, 'expected an object {"id": string, "text": string}');
    const { id, text: value } = input as { id?: unknown; text?: unknown };
    if (typeof id !== "string") return failed(null, '"id" must be a string');
    if (typeof value !== "string") return failed(id, '"text" must be a string');
    return scanned(id, value, policy);
}

function scanned(id: string, text: string, policy: SafetyPolicy): string {
    const result = filterText(text, policy);
    return jsonLine({
        id,
        verdict: result.verdict,
        categories: result.categories,
        findings: result.findings.map((f) => ({ type: f.type, start: f.start, end: f.end })),
        text: result.text
    });
}

/** Longer input lines than this are answered with an error line (a string cannot hold ~512 M characters). */
export const maxLineBytes = Number(process.env["GEMMA_KO_SAFETY_MAX_LINE_BYTES"]) || 128 * 1024 * 1024;

/** The arguments: exactly `scan --jsonl` and at most one `--policy FILE` (or `--policy=FILE`). */
function parseArguments(argv: string[]): { policyFile?: string } | string {
    if (argv[0] !== "scan") return usage;
    let jsonl = false;
    let policyFile: string | undefined;
    for (let i = 1; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--jsonl") {
            if (jsonl) return `--jsonl given twice\n${usage}`;
            jsonl = true;
        } else if (arg === "--policy" || arg.startsWith("--policy=")) {
            const file = arg === "--policy" ? argv.at(++i) : arg.slice("--policy=".length);
            if (file === undefined || file.length === 0) return `--policy needs a file\n${usage}`;
            if (policyFile !== undefined) return `--policy given twice\n${usage}`;
            policyFile = file;
        } else {
            // Not the argument itself: a value pasted there (a key, a phone number) would go to the logs.
            return `unknown argument (argument ${i + 1}, ${arg.length} characters)\n${usage}`;
        }
    }
    return jsonl ? { policyFile } : usage;
}

function readPolicy(file: string): SafetyPolicy | string {
    try {
        const text = fs.readFileSync(file, "utf8");
        // A byte-order mark (editors on Windows) is not JSON's, here as in the input.
        let parsed: unknown;
        try {
            parsed = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
        } catch (error) {
            // Not the parser's message: it quotes the file, which may hold anything (found from outside).
            const at = /position (\d+)/.exec((error as Error).message)?.[1];
            return `cannot read ${file}: not JSON${at === undefined ? "" : ` (at character ${Number(at) + 1})`}`;
        }
        return resolvePolicy(validatePolicy(parsed));
    } catch (error) {
        // The CLI stops on a bad policy (the extension falls back to the default and says so).
        if (error instanceof InvalidPolicyError)
            return `Invalid safety policy in ${file}: ${error.problems.join("; ")}`;
        return `cannot read ${file}: ${(error as Error).message}`;
    }
}

/** Yielded by {@link inputLines} when it has given every line of what was read so far. */
const readAll = Symbol("read all");

/**
 * The lines of `input` as they come, split on LF, CRLF or a lone CR (JSON text holds no raw
 * CR); a line past {@link maxLineBytes} is skipped to its end and given as `undefined`; after
 * the lines of each chunk read, {@link readAll} (the answers so far can be written: a caller
 * may wait for them before it sends more).
 */
async function* inputLines(input: NodeJS.ReadableStream): AsyncGenerator<string | undefined | typeof readAll> {
    let parts: Buffer[] = [];
    let size = 0;
    let tooLong = false;
    const lines = (): Array<string | undefined> => {
        const text = tooLong ? undefined : Buffer.concat(parts).toString("utf8");
        parts = [];
        size = 0;
        tooLong = false;
        return text === undefined ? [undefined] : text.replace(/\r$/, "").split("\r");
    };
    for await (const chunk of input as AsyncIterable<Buffer>) {
        let from = 0;
        for (let at = chunk.indexOf(10, from); at >= 0; at = chunk.indexOf(10, from)) {
            if (size + at - from > maxLineBytes) tooLong = true;
            if (!tooLong) parts.push(chunk.subarray(from, at));
            yield* lines();
            from = at + 1;
        }
        if (from < chunk.length && !tooLong) {
            parts.push(chunk.subarray(from));
            size += chunk.length - from;
            if (size > maxLineBytes) {
                tooLong = true;
                parts = [];
            }
        }
        yield readAll;
    }
    if (size > 0 || tooLong) yield* lines();
}

async function main(argv: string[]): Promise<number> {
    const parsed = parseArguments(argv);
    if (typeof parsed === "string") {
        process.stderr.write(`${parsed}\n`);
        return 2;
    }
    let policy = resolvePolicy(undefined);
    if (parsed.policyFile !== undefined) {
        const read = readPolicy(parsed.policyFile);
        if (typeof read === "string") {
            process.stderr.write(`${read}\n`);
            return 2;
        }
        policy = read;
    }
    if (isDirectory(0)) {
        process.stderr.write("gemma-ko-safety: stdin is a directory; give it a JSON Lines file or a pipe\n");
        return 1;
    }
    const output = new Output();
    let buffered: string[] = [];
    const flush = async () => {
        if (buffered.length === 0) return;
        const chunk = buffered.join("\n") + "\n";
        buffered = [];
        await output.write(chunk);
    };
    let number = 0;
    try {
        for await (const read of inputLines(process.stdin)) {
            if (output.closed) break;
            if (read === readAll) {
                await flush();
                continue;
            }
            number++;
            if (read === undefined) {
                buffered.push(
                    jsonLine({ id: null, line: number, error: `line longer than ${maxLineBytes} bytes: not read` })
                );
                continue;
            }
            // A byte-order mark before the first line (files saved by Windows editors) is not JSON's.
            const line = number === 1 && read.startsWith("\uFEFF") ? read.slice(1) : read;
            // Blank lines are skipped: they carry no record (documented in docs/safety.md). Blank in JSON's
            // sense only (space, tab): a line of NBSP, U+3000, U+2028, VT or FF is not JSON and says so.
            if (/^[ \t]*$/.test(line)) continue;
            buffered.push(scanLine(line, policy, number));
            if (buffered.length >= 256) await flush();
        }
    } finally {
        // What was answered is written even if reading fails.
        await flush();
    }
    return output.exitCode();
}

function isDirectory(fd: number): boolean {
    try {
        return fs.fstatSync(fd).isDirectory();
    } catch {
        return false;
    }
}

/**
 * Standard output, whose failures end the run with a message instead of a stack trace: a
 * reader that left (EPIPE: `| head -1`) ends it quietly with what it read; a full disk or a
 * closed descriptor is an error (exit 1).
 */
class Output {
    closed = false;
    private failure: NodeJS.ErrnoException | undefined;

    constructor() {
        process.stdout.on("error", (error: NodeJS.ErrnoException) => this.fail(error));
    }

    write(chunk: string): Promise<void> {
        if (this.closed) return Promise.resolve();
        return new Promise((resolve) => {
            const ok = process.stdout.write(chunk, (error) => {
                if (error) this.fail(error);
                if (!ok || error) resolve();
            });
            if (ok) resolve();
        });
    }

    exitCode(): number {
        if (this.failure === undefined || this.failure.code === "EPIPE") return 0;
        process.stderr.write(`gemma-ko-safety: cannot write the output: ${this.failure.message}\n`);
        return 1;
    }

    private fail(error: NodeJS.ErrnoException): void {
        this.failure ??= error;
        this.closed = true;
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            process.stderr.write(`gemma-ko-safety: ${String(error)}\n`);
            process.exitCode = 1;
        }
    );
}
