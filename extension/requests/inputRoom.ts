// How much input a request's prompt can take, and how many tokens an input takes: the one
// reckoning of the summary (which splits what does not fit) and of the doc comment and docs
// (which cannot split code, so refuse it), so that all say the same figures for the same text.
import { buildPrompt, type PromptTask } from "../../models/prompts";
import { estimateTokens } from "../../models/inputParts";
import type { LoadedModelInfo } from "../../models/runtime";
import { CodeTooLongError, type CodeDraft } from "../../models/runtimeErrors";
import type { Ctx } from "../ctx";
import type { ResultRequest } from "../panel/results";
import { loadingStatus, taskRun } from "./generation";

/** Tokens kept for the answer at least (a summary's 384; a doc comment's 256 fits), beside the task's own. */
const minAnswerRoom = 384;

/**
 * Tokens left for the input: the context minus the prompt's own text (`emptyTask`'s), the answer
 * (the task's length, at least {@link minAnswerRoom}) and the prompt's ends.
 */
export async function inputRoom(ctx: Ctx, info: LoadedModelInfo, emptyTask: PromptTask): Promise<number> {
    const style = ctx.config.generation.speechStyle;
    const built = buildPrompt(emptyTask, { kind: info.kind.kind, style });
    const overhead = await ctx.models.countTokens(built.prompt);
    return Math.max(128, info.contextSize - overhead - Math.max(minAnswerRoom, built.maxTokens) - 16);
}

/**
 * The tokens `text` takes: counted by the model's tokenizer when it could fit `room` (at most
 * eight characters a token), else estimated from a sample as a summary's refusal estimates them
 * (one call: a 400 KB selection is not sent whole to the tokenizer to be refused).
 */
export async function inputTokens(ctx: Ctx, text: string, room: number): Promise<number> {
    const countTokens = (part: string) => ctx.models.countTokens(part);
    return text.length <= room * 8 ? countTokens(text) : estimateTokens(text, countTokens);
}

/**
 * A request's `run` that drafts from the whole code or not at all: code that does not fit the
 * context (with the prompt and the answer) is refused with its size, as a summary refuses what
 * it cannot split. Doc comments and docs once cut the code to its first 12,000 / 24,000
 * characters without a word, and the draft described a part.
 */
export function wholeCodeRun(
    ctx: Ctx,
    task: Extract<PromptTask, { task: "docComment" | "docSection" }>,
    what: CodeDraft
): ResultRequest["run"] {
    return async (signal, report, onText) => {
        const info = await ctx.models.ensureLoaded((p) => report(loadingStatus(ctx, p.fraction)), signal);
        const room = await inputRoom(ctx, info, { ...task, code: "" });
        const tokens = await inputTokens(ctx, task.code, room);
        if (tokens + 1 > room) throw new CodeTooLongError(tokens, room, info.contextSize, ctx.models.usesRemote, what);
        return taskRun(ctx, task)(signal, report, onText);
    };
}
