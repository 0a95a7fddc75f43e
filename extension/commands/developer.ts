import * as fs from "node:fs";
import * as vscode from "vscode";
import type { ShowRuntimeInfoDeps } from "./showRuntimeInfo";

export const renderSampleCommand = "gemmaKo.renderSample";

/**
 * Test hooks, registered only when the extension host runs with
 * GEMMA_KO_TEST_HOOKS=1 (the end-to-end tests set it; users never see these
 * commands: the palette shows them only under the `gemmaKo.testHooks` context key).
 *
 * `gemmaKo.renderSample` streams the texts in the JSON file named by
 * GEMMA_KO_SAMPLE_FILE (`[{"title", "text"}]`) into the panel as if a model had
 * written them, in ~3-character pieces: through the same safety filter and
 * result pipeline as real model output.
 */
export function registerDeveloperCommands(deps: ShowRuntimeInfoDeps): vscode.Disposable[] {
    if (process.env["GEMMA_KO_TEST_HOOKS"] !== "1") return [];
    void vscode.commands.executeCommand("setContext", "gemmaKo.testHooks", true);
    return [
        vscode.commands.registerCommand(renderSampleCommand, async () => {
            const file = process.env["GEMMA_KO_SAMPLE_FILE"];
            if (file === undefined) throw new Error("GEMMA_KO_SAMPLE_FILE is not set");
            const samples = JSON.parse(fs.readFileSync(file, "utf8")) as Array<{ title: string; text: string }>;
            const runs = samples.map((sample) =>
                deps.results.start({
                    title: sample.title,
                    source: file,
                    run: async (signal, report, onText) => {
                        report({ phase: "generating", tokensPerSecond: 0 });
                        for (let at = 0; at < sample.text.length && !signal.aborted; at += 3) {
                            onText(sample.text.slice(at, at + 3));
                            if (at % 60 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
                        }
                        return { tokensPerSecond: 100 };
                    }
                }).done
            );
            await Promise.all(runs);
        })
    ];
}
