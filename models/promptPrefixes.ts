// Prompt prefix reuse: a request whose prompt starts like an earlier one's evaluates
// only the part that differs.
//
// Every doc-comment request to a base model begins with the same few-shot preface
// (hundreds of tokens); on a CPU a 7B-class model reads prompts at ~16 tokens/s, so
// re-reading the preface is most of the wait for the first token. Two layers:
//   - the live sequence: one context sequence is kept between requests; before a
//     request, everything after the longest common token prefix with its prompt is
//     erased (node-llama-cpp keeps a sequence's state and appends what is evaluated
//     next), so consecutive requests of one task share the preface for free;
//   - snapshots: the first time a shared prefix (GenerateRequest.sharedPrefix) is
//     evaluated, the sequence's state is saved to a file (saveStateToFile); a later
//     request of that task, after other tasks in between, loads it instead of
//     re-reading the preface. Bounded in number and bytes, least recently used
//     evicted, deleted when the model unloads.
// Requests stay isolated: what an earlier request evaluated after the common prefix
// (its own input, its answer) is erased before the next one runs, and the queue
// runs one request at a time.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { evaluateInChunks, PromptSpeed } from "./promptChunks";
import type { RuntimeLogger } from "./runtimeInfo";
import { logT } from "./translate";
import type { LlamaContext, Token } from "./runtimeTypes";

export type LlamaContextSequence = ReturnType<LlamaContext["getSequence"]>;

/** Limits of {@link PromptPrefixes}; every field has a default. */
export interface PromptPrefixOptions {
    /** Keep snapshots (files) of shared prefixes. Default true; the live sequence is reused either way. */
    snapshots?: boolean;
    /** Most snapshots kept. Default 4 (two tasks × two speech styles, say). */
    maxSnapshots?: number;
    /** Most bytes of snapshot files kept. Default 2 GiB (a 7B preface of 700 tokens is ~320 MB). */
    maxSnapshotBytes?: number;
    /** Shared prefixes shorter than this are not worth a file. Default 64 tokens. */
    minSnapshotTokens?: number;
    /** Where the snapshot folder goes. Default the OS temp folder. */
    directory?: string;
}

interface Snapshot {
    tokens: Token[];
    file: string;
    bytes: number;
}

/** How a request's prompt was readied: tokens already in the state, and from where. */
export interface PreparedPrompt {
    sequence: LlamaContextSequence;
    /** Leading prompt tokens whose evaluation came from an earlier request (the live state or a snapshot). */
    reused: number;
    source: "none" | "live" | "snapshot";
    /** Leading prompt tokens the sequence holds now (reused, or evaluated here to be saved); the caller evaluates the rest. */
    evaluated: number;
}

/** Length of the common prefix of two token lists. */
export function commonPrefixLength<T>(a: readonly T[], b: readonly T[]): number {
    const n = Math.min(a.length, b.length);
    let i = 0;
    while (i < n && a[i] === b[i]) i++;
    return i;
}

const folderPrefix = "gemma-ko-prefixes-";

/** Removes snapshot folders of processes that are gone (a crashed model process leaves its own). */
function sweepStaleFolders(parent: string): void {
    let names: string[];
    try {
        names = fs.readdirSync(parent);
    } catch {
        return;
    }
    for (const name of names) {
        const pid = Number(/^gemma-ko-prefixes-(\d+)-/.exec(name)?.[1]);
        if (!Number.isSafeInteger(pid) || pid === process.pid) continue;
        try {
            process.kill(pid, 0);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === "ESRCH")
                fs.rmSync(path.join(parent, name), { recursive: true, force: true });
        }
    }
}

/** The kept sequence and the snapshots of one loaded context. */
export class PromptPrefixes {
    /** How fast this context evaluates prompts: sizes the pieces a cancel can stop between. */
    readonly speed = new PromptSpeed();
    private sequence: LlamaContextSequence | undefined;
    /** Least recently used first. */
    private readonly snapshots: Snapshot[] = [];
    private folder: string | undefined;
    private inUse = false;
    private readonly options: Required<Omit<PromptPrefixOptions, "directory">> & { directory: string };

    constructor(
        private readonly createSequence: () => LlamaContextSequence,
        private readonly logger: RuntimeLogger,
        options: PromptPrefixOptions = {}
    ) {
        this.options = {
            snapshots: options.snapshots ?? true,
            maxSnapshots: options.maxSnapshots ?? 4,
            maxSnapshotBytes: options.maxSnapshotBytes ?? 2 * 1024 ** 3,
            minSnapshotTokens: options.minSnapshotTokens ?? 64,
            directory: options.directory ?? os.tmpdir()
        };
    }

    /**
     * Evaluates `tokens` on the kept sequence in pieces a cancel stops between, sized by
     * this context's speed; returns how many were evaluated (see promptChunks.ts).
     */
    evaluateInPieces(
        sequence: LlamaContextSequence,
        tokens: Token[],
        signal: AbortSignal | undefined,
        onPiece?: (done: number) => void
    ): Promise<number> {
        return evaluateInChunks(sequence, tokens, {
            signal,
            maxChunk: sequence.context.batchSize,
            speed: this.speed,
            ...(onPiece === undefined ? {} : { onPiece })
        });
    }

    /** Whether no request holds the sequence (a new one may start). */
    get idle(): boolean {
        return !this.inUse;
    }

    /** Snapshots kept, and their bytes (for the log and the benchmark). */
    get snapshotStats(): { count: number; bytes: number } {
        return { count: this.snapshots.length, bytes: this.snapshots.reduce((sum, s) => sum + s.bytes, 0) };
    }

    /**
     * Readies the sequence for `input`: keeps (or restores) the longest evaluated
     * prefix of it, erases the rest, and — when `sharedLength` leading tokens are a
     * prefix other requests share and no snapshot of them exists — evaluates and
     * saves them first. The caller evaluates `input.slice(evaluated)` and must call
     * {@link release} when done.
     */
    async prepare(input: Token[], sharedLength: number, signal?: AbortSignal): Promise<PreparedPrompt> {
        if (this.inUse) throw new Error("The prompt sequence is already in use.");
        this.inUse = true;
        try {
            const sequence = (this.sequence ??= this.createSequence());
            // At least one token is evaluated: its logits give the first generated token.
            const limit = input.length - 1;
            let reused = Math.min(limit, sequence.compareContextTokens(input).firstDifferentIndex);
            let source: PreparedPrompt["source"] = reused > 0 ? "live" : "none";
            const snapshot = this.bestSnapshot(input, reused);
            if (snapshot !== undefined) {
                await sequence.loadStateFromFile(snapshot.file, { acceptRisk: true });
                reused = Math.min(limit, commonPrefixLength(sequence.contextTokens, input));
                source = "snapshot";
            }
            if (reused < sequence.nextTokenIndex)
                await sequence.eraseContextTokenRanges([{ start: reused, end: sequence.nextTokenIndex }]);
            // A preface served by the live state is in use too: not the one to evict next.
            for (const kept of this.snapshots.filter((s) => s.tokens.length <= reused))
                if (commonPrefixLength(kept.tokens, input) === kept.tokens.length) this.touch(kept);
            const shared = Math.min(limit, sharedLength);
            if (this.worthSaving(input, shared) && reused < shared) {
                // In pieces a cancel can stop between; a prefix cut short is kept live, not saved.
                const evaluated = reused + (await this.evaluateInPieces(sequence, input.slice(reused, shared), signal));
                if (evaluated === shared) await this.save(sequence, input.slice(0, shared));
                return { sequence, reused, source, evaluated };
            }
            return { sequence, reused, source, evaluated: reused };
        } catch (error) {
            await this.release(false);
            throw error;
        }
    }

    /** Ends a request's use of the sequence; an unclean end (an error) forgets its state. */
    async release(clean: boolean): Promise<void> {
        this.inUse = false;
        if (clean || this.sequence === undefined) return;
        const sequence = this.sequence;
        this.sequence = undefined;
        await sequence.dispose().catch(() => undefined);
    }

    /** The snapshot that covers the most of `input`, if it beats the live state by enough to be worth a load. */
    private bestSnapshot(input: Token[], live: number): Snapshot | undefined {
        let best: Snapshot | undefined;
        let bestLength = live + Math.max(16, this.options.minSnapshotTokens / 4);
        for (const snapshot of this.snapshots) {
            const length = commonPrefixLength(snapshot.tokens, input);
            if (length > bestLength) {
                best = snapshot;
                bestLength = length;
            }
        }
        if (best !== undefined) this.touch(best);
        return best;
    }

    private worthSaving(input: Token[], shared: number): boolean {
        if (!this.options.snapshots || shared < this.options.minSnapshotTokens) return false;
        return !this.snapshots.some(
            (s) => s.tokens.length === shared && commonPrefixLength(s.tokens, input) === shared
        );
    }

    private touch(snapshot: Snapshot): void {
        this.snapshots.splice(this.snapshots.indexOf(snapshot), 1);
        this.snapshots.push(snapshot);
    }

    private async save(sequence: LlamaContextSequence, tokens: Token[]): Promise<void> {
        const folder = this.ensureFolder();
        const file = path.join(folder, `${crypto.randomUUID()}.state`);
        try {
            const { fileSize } = await sequence.saveStateToFile(file);
            this.snapshots.push({ tokens, file, bytes: fileSize });
            this.evict();
        } catch (error) {
            fs.rmSync(file, { force: true });
            this.logger.warn(logT(this.logger)("Could not keep the evaluated prompt prefix: {0}", String(error)));
        }
    }

    private evict(): void {
        const { maxSnapshots, maxSnapshotBytes } = this.options;
        while (
            this.snapshots.length > maxSnapshots ||
            (this.snapshots.length > 1 && this.snapshotStats.bytes > maxSnapshotBytes)
        ) {
            const oldest = this.snapshots.shift();
            if (oldest !== undefined) fs.rmSync(oldest.file, { force: true });
        }
        // A single snapshot larger than the budget is not kept either.
        if (this.snapshots.length === 1 && this.snapshotStats.bytes > maxSnapshotBytes) {
            const only = this.snapshots.shift();
            if (only !== undefined) fs.rmSync(only.file, { force: true });
        }
    }

    private ensureFolder(): string {
        if (this.folder !== undefined) return this.folder;
        sweepStaleFolders(this.options.directory);
        this.folder = fs.mkdtempSync(path.join(this.options.directory, `${folderPrefix}${process.pid}-`));
        return this.folder;
    }

    /** Frees the sequence and deletes every snapshot. */
    async dispose(): Promise<void> {
        const sequence = this.sequence;
        this.sequence = undefined;
        this.snapshots.length = 0;
        if (this.folder !== undefined) fs.rmSync(this.folder, { recursive: true, force: true });
        this.folder = undefined;
        await sequence?.dispose().catch(() => undefined);
    }
}
