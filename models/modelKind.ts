import type { GgufSummary } from "./gguf/inspectGguf";

/**
 * How a model is prompted. Gemma-Ko 7B/2B are base models (completion-style
 * few-shot prompts); instruction-tuned variants use Gemma's chat turns.
 */
export type ModelKind = "base" | "instruct";
/** `gemmaKo.model.kind`: `auto` detects from the file (or the catalog). */
export type ModelKindSetting = "auto" | ModelKind;

export interface DetectedModelKind {
    kind: ModelKind;
    /** Where the answer came from, for the log and the runtime report. */
    source: "setting" | "catalog" | "chatTemplate" | "name" | "default";
}

const instructName = /(?:^|[-_ .])(?:it|instruct|chat|sft|dpo)(?:$|[-_ .v0-9])/i;

/**
 * Decides base or instruct: the user's setting wins, then the catalog entry the
 * file came from, then the file's own metadata (a chat template means it was
 * tuned for turns; so does "-it" / "instruct" / "chat" in its name), else base —
 * what Gemma-Ko itself is.
 */
export function detectModelKind(
    summary: Pick<GgufSummary, "metadata">,
    setting: ModelKindSetting = "auto",
    catalogKind?: ModelKind
): DetectedModelKind {
    if (setting !== "auto") return { kind: setting, source: "setting" };
    if (catalogKind !== undefined) return { kind: catalogKind, source: "catalog" };
    const template = summary.metadata.get("tokenizer.chat_template");
    if (typeof template === "string" && template.trim().length > 0) return { kind: "instruct", source: "chatTemplate" };
    for (const key of ["general.name", "general.basename", "general.finetune"]) {
        const value = summary.metadata.get(key);
        if (typeof value === "string" && instructName.test(value)) return { kind: "instruct", source: "name" };
    }
    return { kind: "base", source: "default" };
}
