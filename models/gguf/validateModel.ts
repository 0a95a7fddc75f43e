import { ggmlTypeF32, ggmlTypes } from "./ggufTypes";
import type { GgufArrayValue, GgufSummary, GgufValue } from "./inspectGguf";
import { ModelValidationError, type ModelValidationErrorCode } from "./modelValidationErrors";

// Checks what llama.cpp takes on trust and answers with GGML_ASSERT -> abort(), an
// endless loop, an uncaught std::out_of_range or a misleading out-of-memory error
// (issue 13's corpus). Validation is the fast path with a clear message; the model
// process is the guarantee for whatever this cannot foresee.

/** Tokenizer models each architecture family is known to load with. */
const tokenizersFor: Readonly<Record<string, readonly string[]>> = {
    gemma: ["llama"],
    gemma2: ["llama"],
    gemma3: ["llama"],
    llama: ["llama", "gpt2"]
};
/** Context lengths outside this are damage (0, 1, 2^32-1 were seen to pass as "out of memory"). */
const minContextLength = 16;
const maxContextLength = 1 << 24;
const maxLayers = 1024;

type Fail = (code: ModelValidationErrorCode, detail: string) => never;

/** Throws a {@link ModelValidationError} for the first inconsistency found. `summary` must keep whole arrays. */
export function validateModel(summary: GgufSummary): void {
    const fail: Fail = (code, detail) => {
        throw new ModelValidationError(code, summary.path, detail);
    };
    const hyper = checkHyperParameters(summary, fail);
    const vocabularySize = checkVocabulary(summary, fail);
    checkTensors(summary, hyper, vocabularySize, fail);
}

interface HyperParameters {
    layers: number;
    embedding: number;
    heads: number;
    kvHeads: number;
    keyLength: number;
    valueLength: number;
    feedForward: number;
}

function integer(summary: GgufSummary, key: string): number | undefined {
    const value = summary.metadata.get(`${summary.architecture}.${key}`);
    if (typeof value === "number" && Number.isInteger(value)) return value;
    if (typeof value === "bigint") return Number(value);
    return undefined;
}

function positive(value: number | undefined, limit: number): boolean {
    return value !== undefined && value >= 1 && value <= limit;
}

function checkHyperParameters(summary: GgufSummary, fail: Fail): HyperParameters {
    const layers = integer(summary, "block_count");
    if (!positive(layers, maxLayers)) fail("badLayerCount", `block_count ${String(layers)}`);
    const embedding = integer(summary, "embedding_length");
    if (!positive(embedding, 1 << 20)) fail("badEmbedding", `embedding_length ${String(embedding)}`);
    const heads = integer(summary, "attention.head_count");
    const kvHeads = integer(summary, "attention.head_count_kv") ?? heads;
    if (!positive(heads, 4096) || !positive(kvHeads, 4096))
        fail("badHeadCount", `head_count ${String(heads)}, head_count_kv ${String(kvHeads)}`);
    const h = heads ?? 0;
    const kv = kvHeads ?? 0;
    if (h % kv !== 0) fail("headsNotDivisible", `${h} heads, ${kv} key/value heads`);
    const feedForward = integer(summary, "feed_forward_length");
    if (!positive(feedForward, 1 << 22)) fail("badFeedForward", `feed_forward_length ${String(feedForward)}`);
    const e = embedding ?? 0;
    const keyLength = integer(summary, "attention.key_length") ?? Math.floor(e / h);
    const valueLength = integer(summary, "attention.value_length") ?? Math.floor(e / h);
    if (!positive(keyLength, 1 << 16) || !positive(valueLength, 1 << 16))
        fail("badHeadCount", `head size ${keyLength} / ${valueLength}`);
    const rope = integer(summary, "rope.dimension_count");
    if (rope !== undefined && (rope < 2 || rope % 2 !== 0 || rope > keyLength))
        fail("badRopeDimension", `rope.dimension_count ${rope}, head size ${keyLength}`);
    // A rotary base of 0, below 0 or not finite makes every position NaN.
    const ropeBase = summary.metadata.get(`${summary.architecture}.rope.freq_base`);
    if (ropeBase !== undefined && !(typeof ropeBase === "number" && Number.isFinite(ropeBase) && ropeBase > 0))
        fail("badRopeDimension", `rope.freq_base ${show(ropeBase)}`);
    // Required: llama.cpp refuses a Gemma file without it.
    const epsilon = summary.metadata.get(`${summary.architecture}.attention.layer_norm_rms_epsilon`);
    if (!(typeof epsilon === "number" && Number.isFinite(epsilon) && epsilon > 0 && epsilon < 1))
        fail("badEpsilon", `layer_norm_rms_epsilon ${show(epsilon)}`);
    const context = integer(summary, "context_length");
    if (context === undefined || context < minContextLength || context > maxContextLength)
        fail("badContextLength", `context_length ${String(context)}`);
    return {
        layers: layers ?? 0,
        embedding: e,
        heads: h,
        kvHeads: kv,
        keyLength,
        valueLength,
        feedForward: feedForward ?? 0
    };
}

function show(value: GgufValue | undefined): string {
    return typeof value === "object" ? `an array of ${value.length}` : JSON.stringify(String(value));
}

function array(summary: GgufSummary, key: string): GgufArrayValue | undefined {
    const value: GgufValue | undefined = summary.metadata.get(key);
    return typeof value === "object" ? value : undefined;
}

/** Tokenizer model, token list, parallel arrays, special ids and byte tokens; returns the vocabulary size. */
function checkVocabulary(summary: GgufSummary, fail: Fail): number {
    const model = summary.metadata.get("tokenizer.ggml.model");
    const known = tokenizersFor[summary.architecture] ?? ["llama", "gpt2"];
    if (typeof model !== "string" || !known.includes(model))
        fail("unknownTokenizer", `tokenizer.ggml.model ${show(model)} for ${summary.architecture}`);
    const tokens = array(summary, "tokenizer.ggml.tokens");
    if (tokens === undefined || tokens.length < 1 || tokens.items.length !== tokens.length)
        fail("badVocabulary", "tokenizer.ggml.tokens is missing or was not read whole");
    const size = tokens.length;
    for (const key of ["tokenizer.ggml.scores", "tokenizer.ggml.token_type"]) {
        const parallel = summary.metadata.get(key);
        if (parallel !== undefined && (typeof parallel !== "object" || parallel.length !== size))
            fail("badVocabulary", `${key} does not have one entry per token (${size})`);
    }
    const seen = new Set<string>();
    for (const token of tokens.items) {
        const text = String(token);
        if (seen.has(text)) fail("duplicateToken", `token ${JSON.stringify(text)} occurs twice`);
        // llama.cpp reads a token as a C string: one with a NUL is cut there, and may then be another's twin.
        if (text.includes("\u0000")) fail("badVocabulary", `token ${JSON.stringify(text)} holds a NUL character`);
        seen.add(text);
    }
    checkTokenTypes(array(summary, "tokenizer.ggml.token_type"), tokens.items, fail);
    // Every special token id (BOS, EOS, padding, end of turn, the fill-in-the-middle ones …).
    for (const [key, id] of summary.metadata) {
        if (!/^tokenizer\.ggml\.\w+_token_id$/.test(key)) continue;
        if (!(typeof id === "number" && Number.isInteger(id) && id >= 0 && id < size))
            fail("badSpecialToken", `${key} ${show(id)} of ${size} tokens`);
    }
    if (model === "llama") {
        // SentencePiece falls back to <0xXX> tokens for any character outside the vocabulary.
        for (let byte = 0; byte < 256; byte++) {
            const name = `<0x${byte.toString(16).toUpperCase().padStart(2, "0")}>`;
            if (!seen.has(name)) fail("missingByteTokens", `${name} is not in the vocabulary`);
        }
    }
    return size;
}

/** llama.cpp's token types: 0 undefined, 1 normal, 2 unknown, 3 control, 4 user-defined, 5 unused, 6 byte. */
function checkTokenTypes(types: GgufArrayValue | undefined, tokens: GgufArrayValue["items"], fail: Fail): void {
    if (types === undefined) return;
    types.items.forEach((type, i) => {
        if (!(typeof type === "number" && Number.isInteger(type) && type >= 0 && type <= 6))
            fail("badVocabulary", `token_type[${i}] is ${show(type)}`);
        // A byte token's value is read from its text: any other text is no byte.
        if (type === 6 && !/^<0x[0-9A-Fa-f]{2}>$/.test(String(tokens[i])))
            fail("badVocabulary", `token ${JSON.stringify(String(tokens[i]))} is typed as a byte`);
    });
}

/** Names and shapes llama.cpp expects for a layer: [ne0, ne1] with ne0 the input size. */
function expectedTensors(hyper: HyperParameters, vocabularySize: number): Map<string, number[]> {
    const { embedding: e, heads, kvHeads, keyLength, valueLength, feedForward: ff } = hyper;
    const expected = new Map<string, number[]>([
        ["token_embd.weight", [e, vocabularySize]],
        ["output_norm.weight", [e]]
    ]);
    for (let layer = 0; layer < hyper.layers; layer++) {
        const blk = `blk.${layer}`;
        expected.set(`${blk}.attn_norm.weight`, [e]);
        expected.set(`${blk}.attn_q.weight`, [e, heads * keyLength]);
        expected.set(`${blk}.attn_k.weight`, [e, kvHeads * keyLength]);
        expected.set(`${blk}.attn_v.weight`, [e, kvHeads * valueLength]);
        expected.set(`${blk}.attn_output.weight`, [heads * valueLength, e]);
        expected.set(`${blk}.ffn_norm.weight`, [e]);
        expected.set(`${blk}.ffn_gate.weight`, [e, ff]);
        expected.set(`${blk}.ffn_up.weight`, [e, ff]);
        expected.set(`${blk}.ffn_down.weight`, [ff, e]);
    }
    return expected;
}

function checkTensors(summary: GgufSummary, hyper: HyperParameters, vocabularySize: number, fail: Fail): void {
    const byName = new Map(summary.tensors.map((tensor) => [tensor.name, tensor]));
    if (byName.size !== summary.tensors.length) fail("missingTensor", "a tensor name occurs twice");
    for (const [name, dims] of expectedTensors(hyper, vocabularySize)) {
        const tensor = byName.get(name);
        if (tensor === undefined) fail("missingTensor", `${name} is missing`);
        const actual = tensor.dims.map(Number);
        while (actual.length > dims.length && actual.at(-1) === 1) actual.pop();
        if (actual.join("x") !== dims.join("x"))
            fail("tensorShape", `${name} is ${actual.join("x")}, the metadata says ${dims.join("x")}`);
        // Norm weights are multiplied element-wise in F32: llama.cpp asserts on anything else (F16 too).
        if (dims.length === 1 && tensor.type !== ggmlTypeF32)
            fail("tensorType", `${name} is ${ggmlTypes.get(tensor.type)?.name ?? String(tensor.type)}`);
    }
}
