import * as assert from "node:assert/strict";
import Ajv from "ajv";
import catalogJson from "../../models/catalog/catalog.json";
import catalogSchema from "../../models/catalog/catalog.schema.json";
import {
    catalogEntries,
    catalogEntryForFile,
    catalogFamilies,
    catalogLicence,
    catalogUrl,
    estimateMemory,
    findCatalogEntry,
    fitOnMachine,
    kvBytesPerToken,
    MirrorUrlError,
    normalizeMirrorBaseUrl
} from "../../models/catalog/catalog";
import type { CatalogFamily } from "../../models/catalog/catalog";
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
        assert.equal(entries[0].id, "gemma-ko-7b/Q4_K_M", "recommended first");
        assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, "ids are unique");
        for (const entry of entries)
            assert.match(entry.url, /^https:\/\/huggingface\.co\/[^/]+\/[^/]+\/resolve\/main\/[^/]+\.gguf$/);
        assert.equal(findCatalogEntry("gemma-ko-7b/Q8_0")?.file.file, "gemma-ko-7b.Q8_0.gguf");
        assert.equal(catalogEntryForFile("gemma-ko-7b.Q5_K_M.gguf")?.id, "gemma-ko-7b/Q5_K_M");
        assert.equal(catalogEntryForFile("other.gguf"), undefined);
    });

    it("points every file at a page that shows it: evidence pinned to a commit of the file's repository", () => {
        for (const family of catalogFamilies) {
            for (const file of family.files) {
                const where = `${family.id}/${file.quantization}`;
                assert.ok(file.evidence.startsWith(`https://huggingface.co/${family.ggufRepo}/`), where);
                assert.match(
                    file.evidence,
                    /\/(blob|tree|commits?)\/[0-9a-f]{40}(\/|$)/,
                    `${where}: pinned to a commit`
                );
                if (file.evidence.includes("/blob/")) assert.ok(file.evidence.endsWith(`/${file.file}`), where);
                assert.ok(file.file.startsWith(family.id.replace(/-it$/, "")), `${where}: file named after the model`);
            }
        }
    });

    it("rejects an entry without evidence (the schema requires it)", () => {
        const ajv = new Ajv({ strict: true, allErrors: true });
        const validate = ajv.compile(catalogSchema);
        const copy = JSON.parse(JSON.stringify(catalogJson)) as { families: { files: Record<string, unknown>[] }[] };
        delete copy.families[0].files[0].evidence;
        assert.equal(validate(copy), false);
        assert.ok(
            validate.errors?.some((e) => e.message?.includes("evidence")),
            JSON.stringify(validate.errors)
        );
        const unpinned = JSON.parse(JSON.stringify(catalogJson)) as typeof copy;
        unpinned.families[0].files[0].evidence = "https://huggingface.co/someone/repo/tree/main";
        assert.equal(validate(unpinned), false, "evidence must be pinned to a commit");
    });

    it("gives each recommended file a size matching its page and, for 7B, the SHA-256 the page shows", () => {
        const units: Record<string, number> = { kB: 1e3, MB: 1e6, GB: 1e9 };
        for (const family of catalogFamilies) {
            for (const file of family.files) {
                if (file.sizeShown === undefined) continue;
                const [value, unit] = file.sizeShown.split(" ");
                const shown = Number(value) * units[unit];
                assert.ok(
                    Math.abs(file.sizeBytes - shown) <= shown * 0.005,
                    `${file.file}: ${file.sizeBytes} vs ${file.sizeShown}`
                );
            }
        }
        assert.match(findCatalogEntry("gemma-ko-7b/Q4_K_M")?.file.sha256 ?? "", /^[0-9a-f]{64}$/);
    });

    it("keeps the licence note: the Gemma Terms of Use", () => {
        assert.equal(catalogLicence.name, "Gemma Terms of Use");
        assert.match(catalogLicence.url, /^https:\/\/ai\.google\.dev\/gemma\/terms/);
        assert.match((catalogJson as { note: string }).note, /Gemma Terms of Use/);
    });

    const family = { ggufRepo: "RichardErkhov/beomi_-_gemma-ko-7b-gguf" } as CatalogFamily;
    const file = { file: "gemma-ko-7b.Q4_K_M.gguf" } as Parameters<typeof catalogUrl>[1];
    const urlCases: Array<[string, Parameters<typeof catalogUrl>[2], string]> = [
        [
            "Hugging Face by default",
            undefined,
            "https://huggingface.co/RichardErkhov/beomi_-_gemma-ko-7b-gguf/resolve/main/gemma-ko-7b.Q4_K_M.gguf"
        ],
        [
            "a Hugging Face mirror",
            { baseUrl: "https://hf-mirror.com" },
            "https://hf-mirror.com/RichardErkhov/beomi_-_gemma-ko-7b-gguf/resolve/main/gemma-ko-7b.Q4_K_M.gguf"
        ],
        [
            "an Artifactory Hugging Face repository, trailing slash and all",
            { baseUrl: "https://company.jfrog.io/artifactory/api/huggingfaceml/hf-remote/" },
            "https://company.jfrog.io/artifactory/api/huggingfaceml/hf-remote/RichardErkhov/beomi_-_gemma-ko-7b-gguf/resolve/main/gemma-ko-7b.Q4_K_M.gguf"
        ],
        [
            "a pinned revision",
            { revision: "60e6cfd5c8504279659b3d0dd5d565b1768df023" },
            "https://huggingface.co/RichardErkhov/beomi_-_gemma-ko-7b-gguf/resolve/60e6cfd5c8504279659b3d0dd5d565b1768df023/gemma-ko-7b.Q4_K_M.gguf"
        ],
        [
            "a plain file server template",
            { baseUrl: "http://models.intra/gguf/{repo}/{file}" },
            "http://models.intra/gguf/RichardErkhov/beomi_-_gemma-ko-7b-gguf/gemma-ko-7b.Q4_K_M.gguf"
        ]
    ];
    for (const [what, options, expected] of urlCases) {
        it(`builds the download URL for ${what}`, () => {
            assert.equal(catalogUrl(family, file, options), expected);
        });
    }

    it("checks a mirror setting: empty means default; credentials, queries and half templates are refused", () => {
        assert.equal(normalizeMirrorBaseUrl("  "), undefined);
        assert.equal(normalizeMirrorBaseUrl(" https://hf-mirror.com/// "), "https://hf-mirror.com");
        assert.equal(normalizeMirrorBaseUrl("http://models.intra/{repo}/{file}"), "http://models.intra/{repo}/{file}");
        for (const bad of [
            "hf-mirror.com",
            "ftp://x.example",
            "https://user:pw@x.example",
            "https://x.example/?a=1",
            "https://x.example/{file}"
        ]) {
            assert.throws(() => normalizeMirrorBaseUrl(bad), MirrorUrlError, bad);
        }
        const mirrored = catalogEntries(catalogFamilies, { baseUrl: "https://hf-mirror.com" });
        assert.ok(mirrored.every((e) => e.url.startsWith("https://hf-mirror.com/")));
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
