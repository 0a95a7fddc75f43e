// What the remote backend sends for a prompt built by models/prompts.ts (or the chat
// prompt): a base model gets the text as is on /v1/completions; an instruct model's
// Gemma turns (`<start_of_turn>user … <end_of_turn>`) become chat messages for
// /v1/chat/completions, so the server applies the model's own chat template.
import type { GenerateRequest } from "../runtimeTypes";

export interface ChatMessage {
    role: "system" | "user" | "assistant";
    content: string;
}

const turn = /<start_of_turn>(user|model|system)\n([\s\S]*?)<end_of_turn>\n?/y;
const openModelTurn = "<start_of_turn>model\n";

/**
 * The messages a Gemma-turn prompt spells, when the whole prompt is turns ending in
 * an open model turn; `undefined` for anything else (sent as a completion instead).
 */
export function gemmaTurnsToMessages(prompt: string): ChatMessage[] | undefined {
    const text = prompt.replace(/^<bos>/, "");
    if (!text.endsWith(openModelTurn)) return undefined;
    const body = text.slice(0, text.length - openModelTurn.length);
    const messages: ChatMessage[] = [];
    turn.lastIndex = 0;
    while (turn.lastIndex < body.length) {
        const at = turn.lastIndex;
        const match = turn.exec(body);
        if (match === null || match.index !== at) return undefined;
        const role = match[1] === "model" ? "assistant" : match[1] === "system" ? "system" : "user";
        messages.push({ role, content: match[2] });
    }
    return messages.length > 0 && messages.at(-1)?.role === "user" ? messages : undefined;
}

/**
 * Cuts streamed text at the first stop sequence on the client (servers honour `stop`,
 * but the client never relies on it): text that could begin a stop sequence is held
 * back until it is known not to; the emitted pieces add up to the final text.
 */
export class StopCutter {
    private text = "";
    emitted = "";
    private readonly stops: readonly string[];

    constructor(stops: readonly string[]) {
        this.stops = stops.filter((s) => s.length > 0);
    }

    push(piece: string): { text: string; stopped: boolean } {
        this.text += piece;
        const longest = this.stops.reduce((n, s) => Math.max(n, s.length), 0);
        const from = Math.max(0, this.emitted.length - longest);
        let cut = -1;
        for (const stop of this.stops) {
            const at = this.text.indexOf(stop, from);
            if (at >= 0 && (cut < 0 || at < cut)) cut = at;
        }
        if (cut >= 0) {
            const out = this.text.slice(this.emitted.length, Math.max(cut, this.emitted.length));
            this.emitted += out;
            return { text: out, stopped: true };
        }
        let held = 0;
        for (const stop of this.stops) {
            for (let n = Math.min(stop.length - 1, this.text.length); n > held; n--) {
                if (this.text.endsWith(stop.slice(0, n))) {
                    held = n;
                    break;
                }
            }
        }
        const release = this.text.length - held;
        const out = release > this.emitted.length ? this.text.slice(this.emitted.length, release) : "";
        this.emitted += out;
        return { text: out, stopped: false };
    }

    /** At the end of the stream: what was held back (it began no stop sequence after all). */
    flush(): string {
        const out = this.text.slice(this.emitted.length);
        this.emitted += out;
        return out;
    }
}

/**
 * The documented token estimate for servers without `/tokenize` (Ollama, hosted APIs):
 * one token per Hangul syllable or other non-ASCII character, one per three ASCII
 * characters (whitespace included), rounded up. Gemma's 256k SentencePiece vocabulary
 * needs fewer (about 0.6 tokens per syllable on Korean prose, 0.25–0.3 per ASCII
 * character on code), so the estimate errs high: a budget computed with it fits.
 */
export function estimateTokens(text: string): number {
    let ascii = 0;
    let other = 0;
    for (const char of text) {
        if (char.charCodeAt(0) < 0x80) ascii++;
        else other++;
    }
    return other + Math.ceil(ascii / 3);
}

/** The request for a prompt: the route, the JSON body (streamed, with usage) and the stop strings sent. */
export function completionRequest(
    model: string,
    instruct: boolean,
    contextSize: number,
    request: GenerateRequest
): { path: string; body: Record<string, unknown>; stop: string[]; promptEstimate: number } {
    const messages = instruct ? gemmaTurnsToMessages(request.prompt) : undefined;
    const promptEstimate = estimateTokens(request.prompt);
    // vLLM refuses prompt + max_tokens beyond its context: ask for what (by the high estimate) fits.
    const room = Math.max(16, contextSize - promptEstimate);
    const maxTokens = Math.max(1, Math.min(request.maxTokens ?? 512, room));
    const temperature = request.temperature ?? 0;
    const stop = (request.stop ?? []).filter((s) => s.length > 0).slice(0, 4);
    const body: Record<string, unknown> = {
        model,
        ...(messages !== undefined ? { messages } : { prompt: request.prompt }),
        max_tokens: maxTokens,
        temperature,
        ...(temperature > 0
            ? {
                  top_p: request.topP ?? 0.95,
                  top_k: request.topK ?? 40,
                  ...(request.seed !== undefined ? { seed: request.seed } : {})
              }
            : {}),
        ...(stop.length > 0 ? { stop } : {}),
        stream: true,
        stream_options: { include_usage: true }
    };
    return { path: messages !== undefined ? "/v1/chat/completions" : "/v1/completions", body, stop, promptEstimate };
}

/**
 * One streamed chunk of either route: its text (`choices[0].text` or `.delta.content`),
 * its finish reason, and the token usage a last chunk carries.
 */
export function readChunk(data: unknown): {
    text: string;
    finish?: string;
    usage?: { prompt?: number; completion?: number };
} {
    const chunk = data as {
        choices?: Array<{ text?: unknown; delta?: { content?: unknown } | null; finish_reason?: unknown }>;
        usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
    } | null;
    const p = chunk?.usage?.prompt_tokens;
    const c = chunk?.usage?.completion_tokens;
    const usage = chunk?.usage
        ? { ...(typeof p === "number" ? { prompt: p } : {}), ...(typeof c === "number" ? { completion: c } : {}) }
        : undefined;
    const choice = chunk?.choices?.[0];
    const text =
        typeof choice?.text === "string"
            ? choice.text
            : typeof choice?.delta?.content === "string"
              ? choice.delta.content
              : "";
    return {
        text,
        ...(typeof choice?.finish_reason === "string" ? { finish: choice.finish_reason } : {}),
        ...(usage !== undefined ? { usage } : {})
    };
}
