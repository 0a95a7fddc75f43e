// gemma-ko-safety: the filter on the command line.
//   gemma-ko-safety scan --jsonl [--policy policy.json]
// Reads JSON lines {"id": string, "text": string} from stdin and writes, in order, one
// line per input: {"id","verdict","categories","findings":[{"type","start","end"}],"text"}
// with the default policy (or --policy). A malformed line yields {"id", "line", "error"} (the
// line's id when it has a string one, else null; its 1-based line number in the input) and
// processing continues. Exit code 0 unless the arguments are wrong.
import * as fs from "node:fs";
import * as readline from "node:readline";
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

async function main(argv: string[]): Promise<number> {
    if (argv[0] !== "scan" || !argv.includes("--jsonl")) {
        process.stderr.write(`${usage}\n`);
        return 2;
    }
    let policy = resolvePolicy(undefined);
    const policyIndex = argv.indexOf("--policy");
    if (policyIndex >= 0) {
        const file = argv.at(policyIndex + 1);
        if (file === undefined) {
            process.stderr.write(`${usage}\n`);
            return 2;
        }
        try {
            policy = resolvePolicy(validatePolicy(JSON.parse(fs.readFileSync(file, "utf8"))));
        } catch (error) {
            process.stderr.write(
                `${error instanceof InvalidPolicyError ? error.message : `cannot read ${file}: ${(error as Error).message}`}\n`
            );
            return 2;
        }
    }
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    let buffered: string[] = [];
    const flush = async () => {
        if (buffered.length === 0) return;
        const chunk = buffered.join("\n") + "\n";
        buffered = [];
        if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once("drain", resolve));
    };
    let number = 0;
    for await (const read of lines) {
        number++;
        // A byte-order mark before the first line (files saved by Windows editors) is not JSON's.
        const line = number === 1 && read.startsWith("\uFEFF") ? read.slice(1) : read;
        if (line.trim().length === 0) continue;
        buffered.push(scanLine(line, policy, number));
        if (buffered.length >= 256) await flush();
    }
    await flush();
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
