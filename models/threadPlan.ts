// Threads for the whole request: one count for prompt processing, one for decoding,
// measured on this machine with this model rather than guessed from a rule.
//
// Why measure: how a thread count performs depends on the model's size, the cores,
// what else runs on them and the llama.cpp build. On one 2-core VM a 250 MB model
// decoded 34 % faster on 1 thread than on 2, on a second VM of the same kind 39 %
// slower; prompt processing wants every core there while decoding a small model
// wants one. node-llama-cpp takes one thread count per context, but it applies
// `llama.maxThreads` to every batch it dispatches, so the runtime sets the prompt's
// count before evaluating a prompt and the decode count once the first token is
// out (generation.ts).
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { RuntimeLogger } from "./runtimeInfo";
import { logT, type Translate } from "./translate";
import type { LlamaContext, LlamaModel, Token } from "./runtimeTypes";

/** The thread counts a request runs with, and where they came from. */
export interface ThreadPlan {
    /** Threads while the prompt is evaluated. */
    prompt: number;
    /** Threads while tokens are generated. */
    decode: number;
    /**
     * `setting`: gemmaKo.runtime.threads; `calibrated`: measured at this load;
     * `cached`: measured at an earlier load of the same file on this machine;
     * `rule`: no measurement (the GPU runs the layers, or calibration failed).
     */
    source: "setting" | "calibrated" | "cached" | "rule";
}

/** What one thread count measured: milliseconds per prompt token and per generated token. */
export interface ThreadMeasurement {
    threads: number;
    promptMsPerToken: number;
    decodeMsPerToken: number;
}

/** Thread counts worth trying on `max` threads: 1, 2, 4, … and `max` itself. */
export function threadCandidates(max: number): number[] {
    const top = Math.max(1, Math.floor(max));
    const candidates = new Set<number>([top]);
    for (let threads = 1; threads < top; threads *= 2) candidates.add(threads);
    return [...candidates].sort((a, b) => a - b);
}

/**
 * The fastest count for each phase. Prompt processing and decoding are timed
 * separately and each phase runs with its own count, so minimising time to first
 * token plus decode time is minimising each. Ties go to fewer threads (they leave
 * the editor a core).
 */
export function pickThreadPlan(measurements: readonly ThreadMeasurement[]): { prompt: number; decode: number } {
    const best = (cost: (m: ThreadMeasurement) => number) =>
        measurements.reduce((a, b) => (cost(b) < cost(a) || (cost(b) === cost(a) && b.threads < a.threads) ? b : a))
            .threads;
    return { prompt: best((m) => m.promptMsPerToken), decode: best((m) => m.decodeMsPerToken) };
}

/** How long a calibration may take and how much it measures. */
export interface CalibrationOptions {
    /** Prompt tokens timed per thread count. Default 32. */
    promptTokens?: number;
    /** Generated tokens timed per thread count. Default 8. */
    decodeTokens?: number;
    /** Rounds over all candidates while time is left (the minimum of each is kept). Default 3. */
    maxRounds?: number;
    /** No new round starts after this many ms. Default 3,000 (a large model on a slow CPU gets one round). */
    budgetMs?: number;
    /** Stops between measurements with an AbortError. */
    signal?: AbortSignal;
}

/** A sentence of mixed Korean, English and code: calibration input, repeated to length. */
const calibrationText =
    "다음 함수는 설정 파일을 읽어 검증된 객체로 변환합니다. function readConfig(path) { return JSON.parse(fs.readFileSync(path)); } ";

/**
 * Times prompt processing and decoding on `context` at each candidate thread count
 * (`llama.maxThreads` caps each batch), interleaved over rounds, keeping each
 * count's fastest round: background load only ever slows a round down.
 */
export async function measureThreads(
    model: LlamaModel,
    context: LlamaContext,
    candidates: readonly number[],
    options: CalibrationOptions = {}
): Promise<ThreadMeasurement[]> {
    const promptTokens = options.promptTokens ?? 32;
    const decodeTokens = options.decodeTokens ?? 8;
    const maxRounds = options.maxRounds ?? 3;
    const budgetMs = options.budgetMs ?? 3_000;
    const text = calibrationText.repeat(Math.ceil((promptTokens * 4) / calibrationText.length) + 1);
    const input = model.tokenize(text, false).slice(0, promptTokens);
    const llama = model.llama;
    const previousMax = llama.maxThreads;
    const best = new Map<number, ThreadMeasurement>();
    const sequence = context.getSequence();
    const started = performance.now();
    try {
        for (let round = 0; round < maxRounds; round++) {
            if (round > 0 && performance.now() - started > budgetMs) break;
            for (const threads of candidates) {
                options.signal?.throwIfAborted();
                llama.maxThreads = threads;
                // A count that takes three times as long as the fastest so far cannot win:
                // stop it there (oversubscribed threads on a busy machine can take seconds a token).
                const fastest = Math.min(
                    ...[...best.values()].map(
                        (m) => m.promptMsPerToken * input.length + m.decodeMsPerToken * decodeTokens
                    )
                );
                const measured = await timeOnce(sequence, input, decodeTokens, 3 * fastest);
                await sequence.clearHistory();
                const kept = best.get(threads);
                best.set(threads, {
                    threads,
                    promptMsPerToken: Math.min(kept?.promptMsPerToken ?? Infinity, measured.promptMs / input.length),
                    decodeMsPerToken: Math.min(kept?.decodeMsPerToken ?? Infinity, measured.decodeMsPerToken)
                });
            }
        }
    } finally {
        llama.maxThreads = previousMax;
        await sequence.dispose();
    }
    return candidates.map((threads) => best.get(threads)).filter((m) => m !== undefined);
}

/** One prompt evaluation and `decodeTokens` generated tokens; Infinity for what did not finish within `limitMs`. */
async function timeOnce(
    sequence: ReturnType<LlamaContext["getSequence"]>,
    input: Token[],
    decodeTokens: number,
    limitMs: number
): Promise<{ promptMs: number; decodeMsPerToken: number }> {
    const started = performance.now();
    let first = Infinity;
    let last = 0;
    let count = 0;
    // yieldEogToken: a random-weight fixture may say "end" at once; the timing needs tokens, not sense.
    const tokens = sequence.evaluate(input, { temperature: 0, yieldEogToken: true });
    for (let next = await tokens.next(); next.done !== true; next = await tokens.next()) {
        const now = performance.now();
        if (count === 0) first = now;
        last = now;
        if (++count > decodeTokens || now - started > limitMs) break;
    }
    await tokens.return();
    return {
        promptMs: first - started,
        decodeMsPerToken: count > decodeTokens ? (last - first) / (count - 1) : Infinity
    };
}

/** What identifies "this model file on this machine" for a cached plan. */
export function threadPlanKey(file: { path: string; size: number; mtimeMs: number }, llamaCppRelease: string): string {
    const machine = [os.cpus()[0]?.model ?? "cpu", os.availableParallelism(), os.totalmem(), process.arch].join("|");
    return crypto
        .createHash("sha256")
        .update([path.resolve(file.path), file.size, Math.round(file.mtimeMs), llamaCppRelease, machine].join("\n"))
        .digest("hex")
        .slice(0, 32);
}

interface CachedPlan {
    prompt: number;
    decode: number;
    measuredAt: string;
    measurements: ThreadMeasurement[];
}

/**
 * Measured plans: in memory for this runtime's life (a reload after an idle unload
 * does not measure again) and, given a file, in one small JSON file across
 * sessions (the extension's global storage), newest 64 entries.
 */
export class ThreadPlanCache {
    private readonly memory = new Map<string, { prompt: number; decode: number }>();

    constructor(
        private readonly file: string | undefined,
        private readonly logger: RuntimeLogger
    ) {}

    private read(): Record<string, CachedPlan> {
        if (this.file === undefined) return {};
        try {
            const parsed: unknown = JSON.parse(fs.readFileSync(this.file, "utf8"));
            return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, CachedPlan>) : {};
        } catch {
            return {};
        }
    }

    get(key: string): { prompt: number; decode: number } | undefined {
        const remembered = this.memory.get(key);
        if (remembered !== undefined) return remembered;
        const entry = this.read()[key] as Partial<CachedPlan> | null | undefined;
        const valid = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 1024;
        return typeof entry === "object" && entry !== null && valid(entry.prompt) && valid(entry.decode)
            ? { prompt: entry.prompt, decode: entry.decode }
            : undefined;
    }

    set(key: string, plan: { prompt: number; decode: number }, measurements: ThreadMeasurement[]): void {
        this.memory.set(key, { prompt: plan.prompt, decode: plan.decode });
        if (this.file === undefined) return;
        // The newest last: the entry measured now goes to the end, the oldest beyond 64 fall off.
        const entries = Object.entries(this.read()).filter(([k]) => k !== key);
        entries.push([key, { ...plan, measuredAt: new Date().toISOString(), measurements }]);
        const kept = entries.slice(-64);
        try {
            fs.mkdirSync(path.dirname(this.file), { recursive: true });
            const temporary = `${this.file}.${process.pid}.tmp`;
            fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(kept), null, 1));
            fs.renameSync(temporary, this.file);
        } catch (error) {
            this.logger.warn(logT(this.logger)("Could not save the measured thread counts: {0}", String(error)));
        }
    }
}

/** What {@link planThreads} needs to know about the load. */
export interface ThreadPlanJob {
    model: LlamaModel;
    context: LlamaContext;
    file: { path: string; size: number; mtimeMs: number };
    /** gemmaKo.runtime.threads; 0 chooses. */
    configured: number;
    /** The most threads the context may use (what it was created with). */
    maxThreads: number;
    /** The decode count to fall back on when nothing can be measured. */
    ruleDecodeThreads: number;
    cache: ThreadPlanCache;
    logger: RuntimeLogger;
    calibration?: CalibrationOptions;
}

/**
 * The thread plan for a model just loaded on the CPU: the setting when there is
 * one; else what an earlier load of the same file on this machine measured; else a
 * calibration now (a second or two on small models, one round of a few seconds on
 * a 7B-class model on 2 cores), remembered for the next load.
 */
/**
 * Each thread count's measured speeds, in the log's language (found from outside: these figures
 * stayed English under the Korean UI). A count cut off at three times the fastest has no speed to
 * show (not "0 tok/s").
 */
export function measuredSpeeds(measurements: readonly ThreadMeasurement[], t: Translate): string[] {
    const speed = (msPerToken: number) =>
        Number.isFinite(msPerToken)
            ? t("{0} tok/s", (1000 / msPerToken).toFixed(1))
            : t("stopped, over 3x the fastest");
    return measurements.map((m) =>
        t("{0}: prompt {1}, decode {2}", m.threads, speed(m.promptMsPerToken), speed(m.decodeMsPerToken))
    );
}

export async function planThreads(job: ThreadPlanJob): Promise<ThreadPlan> {
    const { configured, maxThreads, logger } = job;
    if (Number.isFinite(configured) && configured >= 1)
        return { prompt: maxThreads, decode: maxThreads, source: "setting" };
    const rule: ThreadPlan = { prompt: maxThreads, decode: job.ruleDecodeThreads, source: "rule" };
    const candidates = threadCandidates(maxThreads);
    if (candidates.length < 2) return { prompt: maxThreads, decode: maxThreads, source: "rule" };
    const key = threadPlanKey(job.file, job.model.llama.llamaCppRelease.release);
    const cached = job.cache.get(key);
    if (cached !== undefined && cached.prompt <= maxThreads && cached.decode <= maxThreads)
        return { ...cached, source: "cached" };
    try {
        const started = performance.now();
        const measurements = await measureThreads(job.model, job.context, candidates, job.calibration);
        const plan = pickThreadPlan(measurements);
        const rows = measuredSpeeds(measurements, logT(logger));
        logger.info(
            logT(logger)(
                "Measured threads in {0} ms ({1}): prompt on {2}, decoding on {3}.",
                Math.round(performance.now() - started),
                rows.join("; "),
                plan.prompt,
                plan.decode
            )
        );
        job.cache.set(key, plan, measurements);
        return { ...plan, source: "calibrated" };
    } catch (error) {
        if (job.calibration?.signal?.aborted) throw error;
        logger.warn(
            logT(logger)("Could not measure threads ({0}); using {1} / {2}.", String(error), rule.prompt, rule.decode)
        );
        return rule;
    }
}
