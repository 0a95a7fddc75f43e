// gemma-ko-safety: the filter on the command line.
//   gemma-ko-safety scan --jsonl [--policy policy.json]
// Reads JSON lines {"id": string, "text": string} from stdin and writes, in order, one
// line per input: {"id","verdict","categories","findings":[{"type","start","end"}],"text"}
// with the default policy (or --policy). A malformed line yields {"id", "line", "error"} (the
// line's id when it has a string one, else null; its 1-based line number in the input) and
// processing continues. Exit code 0 unless the arguments are wrong.
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
        return failed(null, `not JSON: ${(error as Error).message}`);
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
        if (arg === "--jsonl") jsonl = true;
        else if (arg === "--policy" || arg.startsWith("--policy=")) {
            const file = arg === "--policy" ? argv.at(++i) : arg.slice("--policy=".length);
            if (file === undefined || file.length === 0) return `--policy needs a file\n${usage}`;
            if (policyFile !== undefined) return `--policy given twice\n${usage}`;
            policyFile = file;
        } else return `unknown argument: ${arg}\n${usage}`;
    }
    return jsonl ? { policyFile } : usage;
}

function readPolicy(file: string): SafetyPolicy | string {
    try {
        const text = fs.readFileSync(file, "utf8");
        // A byte-order mark (editors on Windows) is not JSON's, here as in the input.
        return resolvePolicy(validatePolicy(JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text)));
    } catch (error) {
        // The CLI stops on a bad policy (the extension falls back to the default and says so).
        if (error instanceof InvalidPolicyError)
            return `Invalid safety policy in ${file}: ${error.problems.join("; ")}`;
        return `cannot read ${file}: ${(error as Error).message}`;
    }
}

/**
 * The lines of `input` as they come, split on LF, CRLF or a lone CR (JSON text holds no raw
 * CR); a line past {@link maxLineBytes} is skipped to its end and given as `undefined`.
 */
async function* inputLines(input: NodeJS.ReadableStream): AsyncGenerator<string | undefined> {
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
    let buffered: string[] = [];
    const flush = async () => {
        if (buffered.length === 0) return;
        const chunk = buffered.join("\n") + "\n";
        buffered = [];
        if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once("drain", resolve));
    };
    let number = 0;
    try {
        for await (const read of inputLines(process.stdin)) {
            number++;
            if (read === undefined) {
                buffered.push(
                    jsonLine({ id: null, line: number, error: `line longer than ${maxLineBytes} bytes: not read` })
                );
                continue;
            }
            // A byte-order mark before the first line (files saved by Windows editors) is not JSON's.
            const line = number === 1 && read.startsWith("\uFEFF") ? read.slice(1) : read;
            // Blank lines are skipped: they carry no record (documented in docs/safety.md).
            if (line.trim().length === 0) continue;
            buffered.push(scanLine(line, policy, number));
            if (buffered.length >= 256) await flush();
        }
    } finally {
        // What was answered is written even if reading fails.
        await flush();
    }
    return 0;
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
