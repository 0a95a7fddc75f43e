// The model process's own log lines stayed English under the Korean UI while the extension's
// lines beside them followed it (found from outside). The extension hands the process its l10n
// bundle; the runtime's lines about the user's model go through it. Here: a real model process
// (real node-llama-cpp, the scripted fixture) given the Korean bundle logs its load in Korean, and
// every such line in the runtime's sources has its Korean in the bundle. Also: an inline
// suggestion with nothing to suggest, logged at info on every keystroke, is routine (debug) now.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { IsolatedBackend } from "../../models/process/isolatedBackend";
import { bundleTranslate } from "../../models/translate";
import { routineOutcome } from "../../extension/inline/inlineTypes";
import { measuredSpeeds } from "../../models/threadPlan";
import { writeScriptedModel } from "../fixtures/scriptedModel";

const root = path.resolve(__dirname, "..", "..", "..");
const hostScript = path.resolve(__dirname, "..", "..", "models", "process", "modelHost.js");
const bundle = JSON.parse(fs.readFileSync(path.join(root, "l10n", "bundle.l10n.ko.json"), "utf8")) as Record<
    string,
    string
>;

/** The runtime's sources whose info and warning lines are about the user's model. */
const runtimeFiles = [
    "models/runtime.ts",
    "models/threadPlan.ts",
    "models/draftModel.ts",
    "models/generation.ts",
    "models/promptPrefixes.ts",
    "models/modelLoader.ts",
    "models/runtimeInfo.ts",
    "models/process/isolatedBackend.ts",
    "models/process/modelProcess.ts"
];
/** Lines that stay technical: llama.cpp's own text, listener bugs, a malformed message. */
const technical = [
    /^`llama\.cpp: /,
    /^`A (?:load progress|backend state|runtime state|text) listener failed/,
    /^"The model process sent a malformed/,
    /^`Model process: \$\{error/
];

describe("The model process's log lines follow the UI's language", function () {
    this.timeout(60_000);

    it("every info and warning line in the runtime goes through the logger's translation, with its Korean in the bundle", () => {
        for (const file of runtimeFiles) {
            const source = fs.readFileSync(path.join(root, file), "utf8");
            const calls = [...source.matchAll(/\b(?:logger|log)\.(info|warn)\(\s*/g)];
            assert.ok(calls.length > 0, `${file} logs something`);
            for (const call of calls) {
                const argument = source.slice(call.index + call[0].length, call.index + call[0].length + 200);
                if (technical.some((pattern) => pattern.test(argument))) continue;
                assert.match(
                    argument,
                    /^(?:logT\(|withDetail\(processSentences)/,
                    `${file}: log.${call[1]}(${argument.slice(0, 90)}…`
                );
            }
            for (const match of source.matchAll(/\blogT\([\w.]*\)\(\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/g)) {
                const message = match[1] !== undefined ? (JSON.parse(`"${match[1]}"`) as string) : match[2];
                assert.equal(typeof bundle[message], "string", `l10n/bundle.l10n.ko.json lacks "${message}"`);
            }
        }
    });

    it("the thread calibration's speed figures follow the UI's language, numbers as they are (found from outside)", () => {
        const measurements = [
            { threads: 1, promptMsPerToken: 20, decodeMsPerToken: 50 },
            { threads: 2, promptMsPerToken: 10, decodeMsPerToken: Infinity }
        ];
        assert.deepEqual(measuredSpeeds(measurements, bundleTranslate(bundle)), [
            "스레드 1개: 프롬프트 50.0 토큰/초, 디코딩 20.0 토큰/초",
            "스레드 2개: 프롬프트 100.0 토큰/초, 디코딩 중단됨, 가장 빠른 값의 3배 초과"
        ]);
        assert.deepEqual(measuredSpeeds(measurements, bundleTranslate(undefined)), [
            "1: prompt 50.0 tok/s, decode 20.0 tok/s",
            "2: prompt 100.0 tok/s, decode stopped, over 3x the fastest"
        ]);
    });

    it("a bundle's translation fills the placeholders; a message it lacks stays English", () => {
        const t = bundleTranslate({ "Idle unload failed: {0}": "유휴 상태의 모델을 내리지 못했습니다: {0}" });
        assert.equal(t("Idle unload failed: {0}", "x"), "유휴 상태의 모델을 내리지 못했습니다: x");
        assert.equal(t("Other {0}", 1), "Other 1");
        assert.equal(bundleTranslate(undefined)("Other {0}", 2), "Other 2");
    });

    it("a real model process given the Korean bundle logs its load in Korean", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-loglang-"));
        const lines: string[] = [];
        const logger = {
            info: (m: string) => lines.push(m),
            warn: (m: string) => lines.push(m),
            debug: () => undefined,
            translate: bundleTranslate(bundle)
        };
        const backend = new IsolatedBackend({
            gpu: "cpu",
            threads: 1,
            architectures: ["gemma", "llama"],
            hostScript,
            logger,
            l10n: bundle
        });
        try {
            const model = path.join(dir, "scripted.gguf");
            await writeScriptedModel(model);
            await backend.ensureReady({ path: model, contextSize: 512 });
            for (let waited = 0; waited < 5_000 && !lines.some((l) => l.includes("scripted.gguf")); waited += 50)
                await new Promise((resolve) => setTimeout(resolve, 50));
            const loaded = lines.find((line) => line.includes("scripted.gguf"));
            assert.ok(loaded !== undefined, lines.join("\n"));
            assert.match(loaded, /^모델 프로세스: scripted\.gguf을\(를\) .+에 불러왔습니다/);
            assert.doesNotMatch(lines.join("\n"), /Model process: Loaded /);
        } finally {
            await backend.dispose();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("an inline suggestion with nothing to suggest is routine while typing (debug), a failure is not", () => {
        assert.equal(routineOutcome({ text: undefined, reason: "empty" }), true);
        assert.equal(routineOutcome({ text: "x", source: "model" }), true);
        assert.equal(routineOutcome({ text: undefined, reason: "failed" }), false);
        assert.equal(routineOutcome({ text: undefined, reason: "timedOut" }), false);
        assert.equal(routineOutcome({ text: undefined, reason: "blocked" }), false);
    });
});
