import * as fs from "node:fs";
import type Mocha from "mocha";

/** What every test stage writes, so test/runAll.mjs can add up one summary line. */
export interface StageResult {
    passed: number;
    failed: number;
    skipped: number;
    failures: Array<{ title: string; error: string }>;
    /** Why tests were skipped (their titles say why), for the summary. */
    skipReason?: string;
    metrics: Record<string, number | string>;
}

/** Collects pass/fail/pending from a mocha runner and writes them to `resultPath` at the end. */
export function collectResults(
    runner: Mocha.Runner,
    resultPath: string | undefined,
    metrics: Record<string, number | string>
): StageResult {
    const result: StageResult = { passed: 0, failed: 0, skipped: 0, failures: [], metrics };
    runner.on("pass", () => result.passed++);
    runner.on("pending", (test) => {
        result.skipped++;
        result.skipReason = [result.skipReason, test.fullTitle()].filter(Boolean).join("; ");
    });
    runner.on("fail", (test, error: Error) => {
        result.failed++;
        result.failures.push({ title: test.fullTitle(), error: error?.stack ?? String(error) });
    });
    runner.on("end", () => {
        if (resultPath !== undefined) fs.writeFileSync(resultPath, JSON.stringify(result, null, 2));
    });
    return result;
}
