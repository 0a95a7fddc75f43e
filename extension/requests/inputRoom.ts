// How much input a request's prompt can take, and how many tokens an input takes: the one
// reckoning of the summary (which splits what does not fit) and the doc comment (which cannot
// split code, so refuses it), so that both say the same figures for the same text.
import { buildPrompt, type PromptTask } from "../../models/prompts";
import { estimateTokens } from "../../models/inputParts";
import type { LoadedModelInfo } from "../../models/runtime";
import type { Ctx } from "../ctx";

/** Tokens kept for the answer (a summary's 384; a doc comment's 256 fits too) and the prompt's ends. */
const answerRoom = 384 + 16;

/** Tokens left for the input: the context minus the prompt's own text (`emptyTask`'s) and the answer. */
export async function inputRoom(ctx: Ctx, info: LoadedModelInfo, emptyTask: PromptTask): Promise<number> {
    const style = ctx.config.generation.speechStyle;
    const overhead = await ctx.models.countTokens(buildPrompt(emptyTask, { kind: info.kind.kind, style }).prompt);
    return Math.max(128, info.contextSize - overhead - answerRoom);
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
