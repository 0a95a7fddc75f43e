import * as fs from "node:fs";
import { defineCommand } from "../ctx";

/**
 * `gemmaKo.renderSample`, a test hook: registered only when the extension host runs
 * with GEMMA_KO_TEST_HOOKS=1 (the end-to-end tests set it; users never see it: the
 * palette shows it only under the `gemmaKo.testHooks` context key).
 *
 * Streams the texts in the JSON file named by GEMMA_KO_SAMPLE_FILE (`[{"title",
 * "text"}]`) into the panel as if a model had written them, in ~3-character pieces:
 * through the same safety filter and result pipeline as real model output.
 */
export const renderSample = defineCommand("gemmaKo.renderSample", (ctx) => async () => {
    const file = process.env["GEMMA_KO_SAMPLE_FILE"];
    if (file === undefined) throw new Error("GEMMA_KO_SAMPLE_FILE is not set");
    const samples = JSON.parse(fs.readFileSync(file, "utf8")) as Array<{ title: string; text: string }>;
    const runs = samples.map(
        (sample) =>
            ctx.results.start({
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
});
