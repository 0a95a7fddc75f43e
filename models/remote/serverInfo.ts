// What a server says about itself: its models, llama-server's slots and context,
// token counts, and whether it is up. Each a request through OpenAiClient.
import { errorMessage } from "../errors/codedError";
import type { OpenAiClient } from "./openAiClient";
import { RemoteBadResponseError, RemoteStatusError, RemoteUnauthorizedError } from "./remoteErrors";

/** One model in `/v1/models`, with the metadata servers add. */
export interface RemoteModel {
    id: string;
    ownedBy?: string;
    /** llama-server: `meta.n_ctx` (per slot) / `meta.n_ctx_train`; vLLM: `max_model_len`. */
    contextSize?: number;
    trainContextSize?: number;
}

/** What a health check found. */
export interface RemoteHealth {
    ok: boolean;
    /** The HTTP status, or 0 when the server could not be reached. */
    status: number;
    latencyMs: number;
    detail: string;
}

/** `/v1/models`. */
export async function listModels(client: OpenAiClient, signal?: AbortSignal): Promise<RemoteModel[]> {
    const answer = (await client.json("GET", "/v1/models", undefined, signal ? { signal } : {})) as {
        data?: unknown;
        models?: unknown;
    } | null;
    const data = Array.isArray(answer?.data) ? (answer.data as unknown[]) : undefined;
    if (data === undefined) throw new RemoteBadResponseError(client.origin, "/v1/models: no data array");
    const models: RemoteModel[] = [];
    for (const item of data) {
        const entry = item as {
            id?: unknown;
            owned_by?: unknown;
            max_model_len?: unknown;
            meta?: { n_ctx?: unknown; n_ctx_train?: unknown } | null;
        };
        if (typeof entry.id !== "string" || entry.id.length === 0) continue;
        const positive = (value: unknown) =>
            typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
        const contextSize = positive(entry.meta?.n_ctx) ?? positive(entry.max_model_len);
        const trainContextSize = positive(entry.meta?.n_ctx_train) ?? positive(entry.max_model_len);
        models.push({
            id: entry.id,
            ...(typeof entry.owned_by === "string" ? { ownedBy: entry.owned_by } : {}),
            ...(contextSize !== undefined ? { contextSize } : {}),
            ...(trainContextSize !== undefined ? { trainContextSize } : {})
        });
    }
    return models;
}

/**
 * llama-server's `/props`: the context size per slot and the slot count; `undefined`
 * from servers without it (vLLM, Ollama).
 */
export async function serverProps(
    client: OpenAiClient,
    signal?: AbortSignal
): Promise<{ contextSize?: number; slots?: number } | undefined> {
    try {
        const answer = (await client.json("GET", "/props", undefined, {
            ...(signal ? { signal } : {}),
            retries: 0
        })) as {
            default_generation_settings?: { n_ctx?: unknown };
            total_slots?: unknown;
        } | null;
        const n = answer?.default_generation_settings?.n_ctx;
        const slots = answer?.total_slots;
        return {
            ...(typeof n === "number" && n > 0 ? { contextSize: n } : {}),
            ...(typeof slots === "number" && slots > 0 ? { slots } : {})
        };
    } catch (error) {
        if (error instanceof RemoteStatusError || error instanceof RemoteBadResponseError) return undefined;
        throw error;
    }
}

/**
 * Tokens `text` takes, through `/tokenize` (llama-server: `{content}` → `{tokens}`;
 * vLLM: `{model, prompt}` → `{count}`); `undefined` when the server has no such endpoint.
 */
export async function countServerTokens(
    client: OpenAiClient,
    text: string,
    model: string,
    signal?: AbortSignal
): Promise<number | undefined> {
    let answer: { tokens?: unknown; count?: unknown } | null;
    try {
        answer = (await client.json(
            "POST",
            "/tokenize",
            { model, content: text, prompt: text },
            { ...(signal ? { signal } : {}), retries: 0 }
        )) as { tokens?: unknown; count?: unknown } | null;
    } catch (error) {
        if (error instanceof RemoteStatusError && [404, 405, 501].includes(error.status)) return undefined;
        if (error instanceof RemoteBadResponseError) return undefined;
        throw error;
    }
    if (typeof answer?.count === "number") return answer.count;
    if (Array.isArray(answer?.tokens)) return answer.tokens.length;
    return undefined;
}

/**
 * Is the server up? `/health` (llama-server, vLLM, TGI), else `/v1/models` (Ollama and
 * others). Never throws; never retries.
 */
export async function serverHealth(client: OpenAiClient, signal?: AbortSignal): Promise<RemoteHealth> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    for (const path of ["/health", "/v1/models"]) {
        try {
            await client.json("GET", path, undefined, { ...(signal ? { signal } : {}), retries: 0 });
            return { ok: true, status: 200, latencyMs: elapsed(), detail: `${path} answered` };
        } catch (error) {
            if (error instanceof RemoteBadResponseError)
                return { ok: true, status: 200, latencyMs: elapsed(), detail: `${path} answered` };
            if (error instanceof RemoteStatusError && error.status === 404) continue;
            const status =
                error instanceof RemoteStatusError || error instanceof RemoteUnauthorizedError ? error.status : 0;
            return { ok: false, status, latencyMs: elapsed(), detail: errorMessage(error) };
        }
    }
    return { ok: false, status: 404, latencyMs: elapsed(), detail: "no /health or /v1/models" };
}
