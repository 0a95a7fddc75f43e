/** GGUF metadata value types (gguf.h). */
export const GgufValueType = {
    Uint8: 0,
    Int8: 1,
    Uint16: 2,
    Int16: 3,
    Uint32: 4,
    Int32: 5,
    Float32: 6,
    Bool: 7,
    String: 8,
    Array: 9,
    Uint64: 10,
    Int64: 11,
    Float64: 12
} as const;
export type GgufValueType = (typeof GgufValueType)[keyof typeof GgufValueType];

/** ggml tensor types this project writes or checks, with their block layout. */
export interface GgmlTypeInfo {
    name: string;
    /** Values per block. */
    blockSize: number;
    /** Bytes per block. */
    blockBytes: number;
}

/**
 * Block layouts of the ggml types llama.cpp loads. A type missing here is
 * reported as an unsupported quantization rather than guessed at.
 */
export const ggmlTypes: ReadonlyMap<number, GgmlTypeInfo> = new Map([
    [0, { name: "F32", blockSize: 1, blockBytes: 4 }],
    [1, { name: "F16", blockSize: 1, blockBytes: 2 }],
    [2, { name: "Q4_0", blockSize: 32, blockBytes: 18 }],
    [3, { name: "Q4_1", blockSize: 32, blockBytes: 20 }],
    [6, { name: "Q5_0", blockSize: 32, blockBytes: 22 }],
    [7, { name: "Q5_1", blockSize: 32, blockBytes: 24 }],
    [8, { name: "Q8_0", blockSize: 32, blockBytes: 34 }],
    [10, { name: "Q2_K", blockSize: 256, blockBytes: 84 }],
    [11, { name: "Q3_K", blockSize: 256, blockBytes: 110 }],
    [12, { name: "Q4_K", blockSize: 256, blockBytes: 144 }],
    [13, { name: "Q5_K", blockSize: 256, blockBytes: 176 }],
    [14, { name: "Q6_K", blockSize: 256, blockBytes: 210 }],
    [15, { name: "Q8_K", blockSize: 256, blockBytes: 292 }],
    [20, { name: "IQ4_NL", blockSize: 32, blockBytes: 18 }],
    [23, { name: "IQ4_XS", blockSize: 256, blockBytes: 136 }],
    [30, { name: "BF16", blockSize: 1, blockBytes: 2 }]
]);

export const ggmlTypeF32 = 0;
export const ggmlTypeF16 = 1;
export const ggmlTypeQ4_0 = 2;
export const ggmlTypeQ8_0 = 8;

/** Bytes a tensor of `type` with `elements` values occupies, or undefined for an unknown type. */
export function tensorByteSize(type: number, elements: bigint): bigint | undefined {
    const info = ggmlTypes.get(type);
    if (info === undefined) return undefined;
    const blockSize = BigInt(info.blockSize);
    if (elements % blockSize !== 0n) return undefined;
    return (elements / blockSize) * BigInt(info.blockBytes);
}
