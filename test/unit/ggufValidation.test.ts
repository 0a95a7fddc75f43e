import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { inspectGguf } from "../../models/gguf/inspectGguf";
import { validationSentences } from "../../models/gguf/modelValidationErrors";
import { fromWireError, revivableCodes, toWireError } from "../../models/process/wireError";
import { describeModelError } from "../../models/describeError";
import { english } from "../../models/translate";
import { runtimeSentences } from "../../models/runtimeErrors";
import {
    GgufCorruptError,
    GgufTruncatedError,
    modelFileSentences,
    ModelFileMissingError,
    NotAFileError,
    NotGgufError,
    UnsupportedArchitectureError,
    UnsupportedQuantizationError,
    type ModelFileError
} from "../../models/gguf/modelFileErrors";
import { ggmlTypeQ8_0 } from "../../models/gguf/ggufTypes";
import { writeGguf } from "../fixtures/ggufWriter";
import { gemmaMetadata, gemmaTensors, tinyGemmaShape, tinyVocabulary, writeTinyGemma } from "../fixtures/tinyGemma";

describe("GGUF validation before the native loader", function () {
    this.timeout(60_000);
    let dir: string;
    let good: string;
    let goodBytes: Buffer;

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-gguf-"));
        good = path.join(dir, "tiny-gemma.gguf");
        await writeTinyGemma(good);
        goodBytes = fs.readFileSync(good);
    });

    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    function variant(name: string, bytes: Buffer): string {
        const file = path.join(dir, name);
        fs.writeFileSync(file, bytes);
        return file;
    }

    async function rejectsWith(
        file: string,
        errorClass: new (...args: never[]) => ModelFileError,
        code: string
    ): Promise<void> {
        await assert.rejects(inspectGguf(file), (error: unknown) => {
            assert.ok(error instanceof errorClass, `expected ${errorClass.name}, got ${String(error)}`);
            assert.equal(error.code, code);
            assert.ok((error as Error).message.includes(file), "the message names the file");
            return true;
        });
    }

    it("accepts the tiny Gemma fixture, which the real node-llama-cpp then loads and runs", async () => {
        const summary = await inspectGguf(good);
        assert.equal(summary.architecture, "gemma");
        assert.equal(summary.tensors.length, 2 + 9 * tinyGemmaShape.layers);
        assert.equal(summary.dataOffset % 32, 0);
        const tokens = summary.metadata.get("tokenizer.ggml.tokens");
        assert.ok(typeof tokens === "object" && "length" in tokens && tokens.length === tinyVocabulary().tokens.length);

        const { getLlama } = await import("node-llama-cpp");
        const llama = await getLlama({ gpu: false, build: "never", maxThreads: 1 });
        const model = await llama.loadModel({ modelPath: good });
        try {
            assert.equal(model.detokenize(model.tokenize("한국어 주석을 씁니다")), "한국어 주석을 씁니다");
            const context = await model.createContext({ contextSize: 128 });
            const generated: number[] = [];
            for await (const token of context.getSequence().evaluate(model.tokenize("안녕"), { temperature: 0 })) {
                generated.push(token);
                if (generated.length >= 8) break;
            }
            assert.equal(generated.length, 8);
            await context.dispose();
        } finally {
            await model.dispose();
            await llama.dispose();
        }
    });

    it("rejects a missing file", () => rejectsWith(path.join(dir, "nope.gguf"), ModelFileMissingError, "missing"));
    it("rejects a directory as a folder, not as a bad file", () => rejectsWith(dir, NotAFileError, "notAFile"));
    it("rejects a FIFO without opening it (open() would wait for a writer forever)", async () => {
        const fifo = path.join(dir, "pipe.gguf");
        execFileSync("mkfifo", [fifo]);
        await rejectsWith(fifo, NotAFileError, "notAFile");
    });
    it("keeps every model file, validation and runtime error's code across the model process's channel", () => {
        for (const code of [
            ...Object.keys(modelFileSentences),
            ...Object.keys(validationSentences),
            ...Object.keys(runtimeSentences)
        ])
            assert.ok(revivableCodes.has(code), `${code} would arrive as a plain Error ("unknown")`);
    });
    it("rejects a zero-byte file, saying it is empty (found from outside: it said the contents do not start as GGUF)", async () => {
        const file = variant("empty.gguf", Buffer.alloc(0));
        await rejectsWith(file, NotGgufError, "notGguf");
        const error = await inspectGguf(file).catch((e: unknown) => e);
        assert.ok(error instanceof NotGgufError && error.empty);
        assert.match(describeModelError(error, english), /is empty \(0 bytes\)/);
        const revived = fromWireError(toWireError(error));
        assert.match(describeModelError(revived, english), /is empty \(0 bytes\)/);
    });

    it("rejects a file with the wrong magic", () => {
        const bytes = Buffer.from(goodBytes);
        bytes.write("GGML", 0, "ascii");
        return rejectsWith(variant("magic.gguf", bytes), NotGgufError, "notGguf");
    });

    it("rejects an HTML error page saved as a model", () =>
        rejectsWith(
            variant("page.gguf", Buffer.from("<!DOCTYPE html><html><body>404 Not Found</body></html>")),
            NotGgufError,
            "notGguf"
        ));

    it("rejects an unknown GGUF version", () => {
        const bytes = Buffer.from(goodBytes);
        bytes.writeUInt32LE(99, 4);
        return rejectsWith(variant("version.gguf", bytes), NotGgufError, "notGguf");
    });

    for (const fraction of [0.02, 0.1, 0.5, 0.99]) {
        it(`rejects a download cut off at ${fraction * 100}% as truncated`, () =>
            rejectsWith(
                variant(`cut-${fraction}.gguf`, goodBytes.subarray(0, Math.floor(goodBytes.length * fraction))),
                GgufTruncatedError,
                "truncated"
            ));
    }

    it("rejects a file cut one byte short", () =>
        rejectsWith(
            variant("short.gguf", goodBytes.subarray(0, goodBytes.length - 1)),
            GgufTruncatedError,
            "truncated"
        ));

    it("rejects a huge tensor count at once, without allocating for it", async () => {
        const bytes = Buffer.from(goodBytes);
        bytes.writeBigUInt64LE(1n << 60n, 8);
        const before = process.memoryUsage().rss;
        await rejectsWith(variant("tensors.gguf", bytes), GgufCorruptError, "corrupt");
        assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024);
    });

    it("rejects a huge metadata count", () => {
        const bytes = Buffer.from(goodBytes);
        bytes.writeBigUInt64LE(0xffff_ffff_ffffn, 16);
        return rejectsWith(variant("kv.gguf", bytes), GgufCorruptError, "corrupt");
    });

    it("rejects a string that claims more bytes than the file holds", () => {
        const bytes = Buffer.from(goodBytes);
        bytes.writeBigUInt64LE(1n << 40n, 24); // the first key's length
        return rejectsWith(variant("string.gguf", bytes), GgufCorruptError, "corrupt");
    });

    it("rejects an array that claims more items than the file holds", () => {
        const bytes = Buffer.from(goodBytes);
        const key = bytes.indexOf("tokenizer.ggml.tokens");
        // key, then u32 type (array), u32 item type, u64 length
        bytes.writeBigUInt64LE(1n << 50n, key + "tokenizer.ggml.tokens".length + 8);
        return rejectsWith(variant("array.gguf", bytes), GgufCorruptError, "corrupt");
    });

    it("rejects a tensor type llama.cpp cannot load", () => {
        const bytes = Buffer.from(goodBytes);
        const name = bytes.indexOf("output_norm.weight", 24);
        // name, u32 dimension count (1), u64 dimension, then u32 type
        // 4: a type ggml once had and dropped (Q4_2).
        bytes.writeUInt32LE(4, name + "output_norm.weight".length + 4 + 8);
        return rejectsWith(variant("type.gguf", bytes), UnsupportedQuantizationError, "unsupportedQuantization");
    });

    it("calls a type id far past any ggml defines damage, not a quantization to download again", () => {
        const bytes = Buffer.from(goodBytes);
        const name = bytes.indexOf("output_norm.weight", 24);
        bytes.writeUInt32LE(0xffffffff, name + "output_norm.weight".length + 4 + 8);
        return rejectsWith(variant("type-far.gguf", bytes), GgufCorruptError, "corrupt");
    });

    it("rejects a model of another architecture, naming both", async () => {
        const vocabulary = tinyVocabulary();
        const metadata = gemmaMetadata(tinyGemmaShape, vocabulary, "not-gemma").map(
            ([key, value]): [string, typeof value] =>
                key === "general.architecture" ? [key, { type: "string", value: "llama" }] : [key, value]
        );
        const file = path.join(dir, "llama.gguf");
        await writeGguf(file, metadata, gemmaTensors(tinyGemmaShape, vocabulary.tokens.length, ggmlTypeQ8_0, 1));
        await rejectsWith(file, UnsupportedArchitectureError, "wrongArchitecture");
        await assert.rejects(inspectGguf(file), /"llama" model/);
        const summary = await inspectGguf(file, { architectures: ["llama"] });
        assert.equal(summary.architecture, "llama");
    });

    it("reads a header larger than its 1 MiB read chunks (a Gemma-sized vocabulary) intact", async () => {
        const tokens = Array.from({ length: 256_000 }, (_, i) => `▁토큰${i}`);
        const file = path.join(dir, "big-vocab.gguf");
        await writeGguf(
            file,
            [
                ["general.architecture", { type: "string", value: "gemma" }],
                ["tokenizer.ggml.tokens", { type: "string[]", value: tokens }],
                ["tokenizer.ggml.scores", { type: "f32[]", value: new Float32Array(tokens.length).fill(-1.5) }],
                ["general.name", { type: "string", value: "끝" }]
            ],
            []
        );
        assert.ok(fs.statSync(file).size > 4 * 1024 * 1024);
        const summary = await inspectGguf(file, { keepArrayItems: 3 });
        const stored = summary.metadata.get("tokenizer.ggml.tokens");
        assert.deepEqual(stored, { type: 8, length: 256_000, items: ["▁토큰0", "▁토큰1", "▁토큰2"] });
        assert.equal(summary.metadata.get("general.name"), "끝");
        await rejectsWith(
            variant("big-vocab-cut.gguf", fs.readFileSync(file).subarray(0, 3 * 1024 * 1024 + 5)),
            GgufTruncatedError,
            "truncated"
        );
    });

    it("honours an aborted signal", async () => {
        const controller = new AbortController();
        controller.abort();
        await assert.rejects(inspectGguf(good, { signal: controller.signal }), { name: "AbortError" });
    });
});
