// Entry point VS Code calls inside the extension host (extensionTestsPath).
// Both launchers use it: test/inhost/runCodeServer.mjs (code-server, offline)
// and test/inhost/runElectron.ts (desktop VS Code via @vscode/test-electron).
import * as fs from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";
import { collectResults } from "../support/resultReporter";

/** Metrics the tests record for the README (activation time and the like). */
export const inHostMetrics: Record<string, number | string> = {};

export async function run(): Promise<void> {
    // GEMMA_KO_INHOST_GREP runs only the tests whose titles match (for working on one).
    const grep = process.env["GEMMA_KO_INHOST_GREP"];
    const mocha = new Mocha({ ui: "bdd", timeout: 120_000, color: false, reporter: "spec", ...(grep ? { grep } : {}) });
    for (const file of fs.readdirSync(__dirname).sort()) {
        if (file.endsWith(".test.js")) mocha.addFile(path.join(__dirname, file));
    }
    const resultPath = process.env["GEMMA_KO_TEST_RESULT"];
    await new Promise<void>((resolve, reject) => {
        try {
            const runner = mocha.run((failures) => {
                if (failures > 0) reject(new Error(`${failures} in-host test(s) failed`));
                else resolve();
            });
            collectResults(runner, resultPath, inHostMetrics);
        } catch (error) {
            if (resultPath !== undefined) {
                fs.writeFileSync(
                    resultPath,
                    JSON.stringify({
                        passed: 0,
                        failed: 1,
                        skipped: 0,
                        failures: [{ title: "suite setup", error: String(error) }],
                        metrics: {}
                    })
                );
            }
            reject(error instanceof Error ? error : new Error(String(error)));
        }
    });
}
