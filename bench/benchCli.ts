// What the runtime benchmarks share: their command-line options, the median of a run's
// samples, and the closing load-average line (figures here are read as ratios on a
// shared machine, so each report says how loaded it was).
import * as os from "node:os";

/** The value after `--name` on the command line, else `fallback`. */
export function argument(name: string, fallback: string): string {
    const index = process.argv.indexOf(`--${name}`);
    return (index >= 0 ? process.argv.at(index + 1) : undefined) ?? fallback;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The report's last line: the load average when it ended. */
export function loadAverageAtEnd(): string {
    return `load average at the end: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")}`;
}
