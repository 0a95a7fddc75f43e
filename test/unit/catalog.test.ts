import * as assert from "node:assert/strict";
import Ajv from "ajv";
import catalogJson from "../../models/catalog/catalog.json";
import catalogSchema from "../../models/catalog/catalog.schema.json";
import { catalogEntries, catalogEntryForFile, catalogFamilies, estimateMemory, findCatalogEntry, fitOnMachine, kvBytesPerToken } from "../../models/catalog/catalog";
import { gemmaArchitectures } from "../../models/gguf/inspectGguf";

const GiB = 1024 ** 3;

describe("model catalog", () => {
    it("matches its published JSON schema", () => {
        const ajv = new Ajv({ strict: true, allErrors: true });
        const validate = ajv.compile(catalogSchema);
        assert.ok(validate(catalogJson), JSON.stringify(validate.errors));
    });

    it("offers Gemma-Ko 7B and 2B base models and an instruct model, each with a recommended quantization", () => {
        const ids = catalogFamilies.map((f) => f.id);
        assert.ok(ids.includes("gemma-ko-7b") && ids.includes("gemma-ko-2b"));
        assert.ok(catalogFamilies.some((f) => f.kind === "instruct"));
        for (const family of catalogFamilies) {
            assert.equal(family.files.filter((f) => f.recommended).length, 1, family.id);
            assert.ok(gemmaArchitectures.includes(family.architecture), "the runtime accepts its architecture");
        }
        const entries = catalogEntries();
        assert.equal(entries[0]!.id, "gemma-ko-7b/Q4_K_M", "recommended first");
        assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, "ids are unique");
        for (const entry of entries) assert.match(entry.url, /^https:\/\/huggingface\.co\/[^/]+\/[^/]+\/resolve\/main\/[^/]+\.gguf$/);
        assert.equal(findCatalogEntry("gemma-ko-2b/Q8_0")?.file.file, "gemma-ko-2b.Q8_0.gguf");
        assert.equal(catalogEntryForFile("gemma-ko-7b.Q5_K_M.gguf")?.id, "gemma-ko-7b/Q5_K_M");
        assert.equal(catalogEntryForFile("other.gguf"), undefined);
    });

    it("estimates memory: Gemma-7B's KV cache is ~0.44 MiB per token (16 full KV heads)", () => {
        const seven = findCatalogEntry("gemma-ko-7b/Q4_K_M")!;
        assert.equal(kvBytesPerToken(seven.family.shape), 0.4375 * 1024 ** 2);
        const at8k = estimateMemory(seven, 8192);
        assert.equal(at8k.kvCache, 3.5 * GiB);
        assert.ok(at8k.total > 9 * GiB && at8k.total < 10 * GiB, `${at8k.total / GiB} GiB`);
        const two = findCatalogEntry("gemma-ko-2b/Q4_K_M")!;
        assert.ok(estimateMemory(two, 8192).kvCache < 0.2 * GiB, "2B has one KV head");
    });

    it("says where a model fits: all on the GPU, split, CPU, or not at all", () => {
        const seven = findCatalogEntry("gemma-ko-7b/Q4_K_M")!;
        assert.equal(fitOnMachine(seven, 4096, { freeVram: 24 * GiB, freeRam: 32 * GiB }), "gpu");
        assert.equal(fitOnMachine(seven, 4096, { freeVram: 4 * GiB, freeRam: 32 * GiB }), "partialGpu");
        assert.equal(fitOnMachine(seven, 4096, { freeVram: 0, freeRam: 16 * GiB }), "cpu");
        assert.equal(fitOnMachine(seven, 4096, { freeVram: 0, freeRam: 4 * GiB }), "tooLarge");
    });
});
