import type { Stats } from "node:fs";
import * as fs from "node:fs/promises";
import { ggmlTypes, GgufValueType, tensorByteSize } from "./ggufTypes";
import { errorMessage, isNoSuchFile } from "../errors/codedError";
import {
    GgufCorruptError,
    GgufTruncatedError,
    ModelFileMissingError,
    ModelFileUnreadableError,
    NotAFileError,
    NotGgufError,
    UnsupportedArchitectureError,
    UnsupportedQuantizationError
} from "./modelFileErrors";

/** A metadata value; arrays longer than `keepArrayItems` keep only their length and first items. */
export type GgufValue = string | number | bigint | boolean | GgufArrayValue;
export interface GgufArrayValue {
    /** The items' GgufValueType. */
    type: number;
    length: number;
    items: Array<string | number | bigint | boolean>;
}

export interface GgufTensorInfo {
    name: string;
    dims: bigint[];
    type: number;
    /** Offset from the start of the data section. */
    offset: bigint;
    byteSize: bigint;
}

export interface GgufSummary {
    path: string;
    version: number;
    fileSize: number;
    architecture: string;
    metadata: Map<string, GgufValue>;
    tensors: GgufTensorInfo[];
    /** Absolute offset of the tensor data section. */
    dataOffset: number;
    alignment: number;
}

/** Options for {@link inspectGguf}. */
export interface InspectGgufOptions {
    /** Architectures accepted. Default: the Gemma family (`gemma`, `gemma2`, `gemma3`). */
    architectures?: readonly string[];
    /** Items kept from each metadata array (the vocabulary has 256,000). Default 16. */
    keepArrayItems?: number;
    signal?: AbortSignal;
}

export const gemmaArchitectures: readonly string[] = ["gemma", "gemma2", "gemma3"];

const magic = 0x46554747; // "GGUF" little-endian
// Absolute limits: a claim above them is damage; a plausible claim the file is too
// short for is a cut-off download.
const maxTensors = 1_000_000;
const maxMetadataEntries = 1 << 20;
const maxArrayItems = 1 << 28;
const maxStringLength = 1 << 28;
const maxKeyLength = 65_535;
const chunkSize = 1 << 20;

/** Reads a file forward in chunks; every read is bounded by the file's real size. */
class ForwardReader {
    private buffer = Buffer.alloc(0);
    private bufferStart = 0;
    position = 0;

    constructor(
        private readonly handle: fs.FileHandle,
        readonly fileSize: number,
        readonly path: string,
        private readonly signal?: AbortSignal
    ) {}

    get remaining(): number {
        return this.fileSize - this.position;
    }

    private async ensure(bytes: number, what: string): Promise<void> {
        if (bytes > this.remaining) {
            throw new GgufTruncatedError(
                this.path,
                `${what} needs ${bytes} bytes at offset ${this.position}, but the file ends at ${this.fileSize}`
            );
        }
        const available = this.bufferStart + this.buffer.length - this.position;
        if (available >= bytes) return;
        this.signal?.throwIfAborted();
        const length = Math.min(Math.max(bytes, chunkSize), this.remaining);
        const next = Buffer.alloc(length);
        const { bytesRead } = await this.handle.read(next, 0, length, this.position);
        if (bytesRead < bytes) throw new GgufTruncatedError(this.path, `short read at offset ${this.position}`);
        this.buffer = next.subarray(0, bytesRead);
        this.bufferStart = this.position;
    }

    private async view(bytes: number, what: string): Promise<Buffer> {
        await this.ensure(bytes, what);
        const start = this.position - this.bufferStart;
        this.position += bytes;
        return this.buffer.subarray(start, start + bytes);
    }

    /**
     * Reads a scalar synchronously when its bytes are already buffered; returns
     * `undefined` otherwise. Keeps a 256,000-token vocabulary from costing a million
     * awaits.
     */
    scalarSync(type: number, maxStringLength: number): string | number | bigint | boolean | undefined {
        const start = this.position - this.bufferStart;
        const available = this.buffer.length - start;
        const b = this.buffer;
        let value: string | number | bigint | boolean;
        let size: number;
        switch (type) {
            case GgufValueType.String: {
                if (available < 8) return undefined;
                const length = b.readBigUInt64LE(start);
                if (length > BigInt(Math.min(maxStringLength, available - 8))) return undefined; // let the async path decide
                size = 8 + Number(length);
                value = b.toString("utf8", start + 8, start + size);
                break;
            }
            case GgufValueType.Float32:
                if (available < 4) return undefined;
                value = b.readFloatLE(start);
                size = 4;
                break;
            case GgufValueType.Int32:
                if (available < 4) return undefined;
                value = b.readInt32LE(start);
                size = 4;
                break;
            case GgufValueType.Uint32:
                if (available < 4) return undefined;
                value = b.readUInt32LE(start);
                size = 4;
                break;
            default:
                return undefined;
        }
        this.position += size;
        return value;
    }

    async u32(what: string): Promise<number> {
        return (await this.view(4, what)).readUInt32LE(0);
    }

    async u64(what: string): Promise<bigint> {
        return (await this.view(8, what)).readBigUInt64LE(0);
    }

    async string(what: string, maxLength: number): Promise<string> {
        const length = await this.u64(`${what} length`);
        this.checkCount(length, 1, maxLength, `bytes of ${what}`);
        return (await this.view(Number(length), what)).toString("utf8");
    }

    /** Fails when `count` items of at least `minBytes` each cannot fit: damage above `limit`, else truncation. */
    checkCount(count: bigint, minBytes: number, limit: number, what: string): void {
        if (count > BigInt(limit)) throw new GgufCorruptError(this.path, `${what}: it claims ${count}`);
        if (count * BigInt(minBytes) > BigInt(this.remaining)) {
            throw new GgufTruncatedError(this.path, `${what}: ${count} do not fit in the ${this.remaining} bytes left`);
        }
    }

    async scalar(type: number, what: string): Promise<string | number | bigint | boolean> {
        switch (type) {
            case GgufValueType.Uint8:
                return (await this.view(1, what)).readUInt8(0);
            case GgufValueType.Int8:
                return (await this.view(1, what)).readInt8(0);
            case GgufValueType.Uint16:
                return (await this.view(2, what)).readUInt16LE(0);
            case GgufValueType.Int16:
                return (await this.view(2, what)).readInt16LE(0);
            case GgufValueType.Uint32:
                return (await this.view(4, what)).readUInt32LE(0);
            case GgufValueType.Int32:
                return (await this.view(4, what)).readInt32LE(0);
            case GgufValueType.Float32:
                return (await this.view(4, what)).readFloatLE(0);
            case GgufValueType.Bool:
                return (await this.view(1, what)).readUInt8(0) !== 0;
            case GgufValueType.String:
                return this.string(what, maxStringLength);
            case GgufValueType.Uint64:
                return (await this.view(8, what)).readBigUInt64LE(0);
            case GgufValueType.Int64:
                return (await this.view(8, what)).readBigInt64LE(0);
            case GgufValueType.Float64:
                return (await this.view(8, what)).readDoubleLE(0);
            default:
                throw new GgufCorruptError(this.path, `${what} has unknown value type ${type}`);
        }
    }
}

const scalarBytes: ReadonlyMap<number, number> = new Map([
    [GgufValueType.Uint8, 1],
    [GgufValueType.Int8, 1],
    [GgufValueType.Bool, 1],
    [GgufValueType.Uint16, 2],
    [GgufValueType.Int16, 2],
    [GgufValueType.Uint32, 4],
    [GgufValueType.Int32, 4],
    [GgufValueType.Float32, 4],
    [GgufValueType.Uint64, 8],
    [GgufValueType.Int64, 8],
    [GgufValueType.Float64, 8],
    [GgufValueType.String, 8]
]);

/**
 * Reads and checks a GGUF file's header before the native loader sees it: magic,
 * version, counts and string lengths against the file's real size, every tensor's
 * type and extent, the architecture. A damaged file becomes a {@link ModelFileError}
 * instead of a crash or a multi-gigabyte allocation inside llama.cpp.
 */
export async function inspectGguf(path: string, options: InspectGgufOptions = {}): Promise<GgufSummary> {
    const architectures = options.architectures ?? gemmaArchitectures;
    // Asked before opening: open() on a FIFO waits for a writer, forever.
    const kind = await statModelFile(path);
    if (!kind.isFile()) throw new NotAFileError(path, kind.isDirectory() ? "a directory" : "not a regular file");
    const handle = await openModelFile(path);
    try {
        const stat = await handle.stat();
        if (!stat.isFile()) throw new NotAFileError(path, "not a regular file");
        if (stat.size === 0) throw new NotGgufError(path, "the file is empty", true);
        if (stat.size < 24) throw new NotGgufError(path, `only ${stat.size} bytes`);
        const reader = new ForwardReader(handle, stat.size, path, options.signal);
        const { version, tensorCount, kvCount } = await readHeader(reader, path);
        const metadata = await readMetadata(reader, kvCount, options.keepArrayItems ?? 16);
        const tensors = await readTensorInfos(reader, tensorCount);
        const alignment = readAlignment(metadata, path);
        const dataOffset = Math.ceil(reader.position / alignment) * alignment;
        checkTensorExtents(tensors, dataOffset, alignment, stat.size, path);
        const architecture = metadata.get("general.architecture");
        if (typeof architecture !== "string") throw new GgufCorruptError(path, "general.architecture is missing");
        if (!architectures.includes(architecture))
            throw new UnsupportedArchitectureError(path, architecture, architectures);
        return { path, version, fileSize: stat.size, architecture, metadata, tensors, dataOffset, alignment };
    } finally {
        await handle.close();
    }
}

/** The file's kind; only ENOENT means "missing" (a symlink loop or a permission error is reported as such). */
async function statModelFile(path: string): Promise<Stats> {
    try {
        return await fs.stat(path);
    } catch (error) {
        if (isNoSuchFile(error)) throw new ModelFileMissingError(path);
        throw new ModelFileUnreadableError(path, errorMessage(error));
    }
}

/** Opens the file; only ENOENT means "missing" (a permission error is reported as such). */
async function openModelFile(path: string): Promise<fs.FileHandle> {
    try {
        return await fs.open(path, "r");
    } catch (error) {
        if (isNoSuchFile(error)) throw new ModelFileMissingError(path);
        throw new ModelFileUnreadableError(path, errorMessage(error));
    }
}

async function readHeader(
    reader: ForwardReader,
    path: string
): Promise<{ version: number; tensorCount: bigint; kvCount: bigint }> {
    if ((await reader.u32("magic")) !== magic) throw new NotGgufError(path, "wrong magic number");
    const version = await reader.u32("version");
    if (version < 2 || version > 3) throw new NotGgufError(path, `unsupported GGUF version ${version}`);
    const tensorCount = await reader.u64("tensor count");
    const kvCount = await reader.u64("metadata count");
    // The smallest tensor info is 8+1 + 4 + 8 + 4 + 8 bytes; the smallest key/value 8+1 + 4 + 1.
    reader.checkCount(tensorCount, 33, maxTensors, "tensors");
    reader.checkCount(kvCount, 14, maxMetadataEntries, "metadata entries");
    return { version, tensorCount, kvCount };
}

async function readMetadata(reader: ForwardReader, kvCount: bigint, keep: number): Promise<Map<string, GgufValue>> {
    const metadata = new Map<string, GgufValue>();
    for (let i = 0n; i < kvCount; i++) {
        const key = await reader.string("metadata key", maxKeyLength);
        // llama.cpp takes the last of two values for a key: the file says two things at once.
        if (metadata.has(key)) throw new GgufCorruptError(reader.path, `metadata key ${key} occurs twice`);
        const type = await reader.u32(`type of ${key}`);
        metadata.set(
            key,
            type === GgufValueType.Array ? await readArray(reader, key, keep) : await reader.scalar(type, key)
        );
    }
    return metadata;
}

async function readArray(reader: ForwardReader, key: string, keep: number): Promise<GgufArrayValue> {
    const itemType = await reader.u32(`item type of ${key}`);
    const length = await reader.u64(`length of ${key}`);
    const minItemBytes = scalarBytes.get(itemType);
    if (minItemBytes === undefined)
        throw new GgufCorruptError(reader.path, `${key} is an array of unknown type ${itemType}`);
    reader.checkCount(length, minItemBytes, maxArrayItems, `items of ${key}`);
    const items: Array<string | number | bigint | boolean> = [];
    for (let j = 0n; j < length; j++) {
        const item = reader.scalarSync(itemType, maxStringLength) ?? (await reader.scalar(itemType, key));
        if (j < BigInt(keep)) items.push(item);
    }
    return { type: itemType, length: Number(length), items };
}

async function readTensorInfos(reader: ForwardReader, tensorCount: bigint): Promise<GgufTensorInfo[]> {
    const path = reader.path;
    const tensors: GgufTensorInfo[] = [];
    for (let i = 0n; i < tensorCount; i++) {
        const name = await reader.string("tensor name", maxKeyLength);
        const dimCount = await reader.u32(`dimensions of ${name}`);
        if (dimCount < 1 || dimCount > 4) throw new GgufCorruptError(path, `${name} has ${dimCount} dimensions`);
        const dims: bigint[] = [];
        let elements = 1n;
        for (let d = 0; d < dimCount; d++) {
            const dim = await reader.u64(`dimension of ${name}`);
            dims.push(dim);
            elements *= dim;
        }
        const type = await reader.u32(`type of ${name}`);
        const offset = await reader.u64(`offset of ${name}`);
        if (!ggmlTypes.has(type)) {
            // A type id far past any ggml has defined, or a name that is no tensor name, is a
            // misread header (a count off by one, a flipped bit): damage, not a new quantization.
            if (type >= 64 || !/^[\x21-\x7e]+$/.test(name))
                throw new GgufCorruptError(path, `tensor ${JSON.stringify(name.slice(0, 64))} has type ${type}`);
            throw new UnsupportedQuantizationError(path, type, name);
        }
        const byteSize = tensorByteSize(type, elements);
        if (byteSize === undefined)
            throw new GgufCorruptError(path, `${name} has ${elements} values, not a whole number of blocks`);
        tensors.push({ name, dims, type, offset, byteSize });
    }
    return tensors;
}

function readAlignment(metadata: ReadonlyMap<string, GgufValue>, path: string): number {
    const value = metadata.get("general.alignment");
    const alignment = typeof value === "number" ? value : 32;
    // GGUF: a power of two and a multiple of 8 (llama.cpp aborts on 1).
    if (!Number.isInteger(alignment) || alignment < 8 || (alignment & (alignment - 1)) !== 0) {
        throw new GgufCorruptError(
            path,
            `alignment ${JSON.stringify(typeof value === "bigint" ? String(value) : value)}`
        );
    }
    return alignment;
}

function checkTensorExtents(
    tensors: readonly GgufTensorInfo[],
    dataOffset: number,
    alignment: number,
    fileSize: number,
    path: string
): void {
    // Two tensors' data must not overlap (llama.cpp would read one's bytes as the other's).
    const byOffset = [...tensors].sort((a, b) => (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0));
    for (let i = 1; i < byOffset.length; i++) {
        const before = byOffset[i - 1];
        if (before.offset + before.byteSize > byOffset[i].offset)
            throw new GgufCorruptError(path, `tensors ${before.name} and ${byOffset[i].name} overlap`);
    }
    for (const tensor of tensors) {
        if (tensor.offset % BigInt(alignment) !== 0n) throw new GgufCorruptError(path, `${tensor.name} is not aligned`);
        const end = BigInt(dataOffset) + tensor.offset + tensor.byteSize;
        if (end > BigInt(fileSize)) {
            throw new GgufTruncatedError(path, `tensor ${tensor.name} ends at byte ${end}, the file has ${fileSize}`);
        }
    }
}
