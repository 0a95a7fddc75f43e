// A ghost-text request that runs on without a caller, and what decides whether the next
// call may use it: typed along what it wrote, or a prompt that shares all of its but the
// comment line (inlineEngine.ts).
import { alongSuggestion } from "./hangul";

/**
 * A request that runs on without a caller: its first words were shown early (it finishes
 * the suggestion for the cache), or its caller went away (it runs `keepRunningMs` more for
 * a call that types along its text).
 */
export interface Running {
    run: AbortController;
    prompt: string;
    /** The first words shown early; undefined when nothing was shown. */
    early: string | undefined;
    /** The model's text so far, unfiltered: only compared with what the user typed, never shown. */
    output(): string;
    done: Promise<void>;
    /** Ends a request nobody waits for. */
    letGo?: ReturnType<typeof setTimeout>;
    /** Nobody waits for it and it is still reading its prompt: it stops `keepRunningMs` after its first text (or at `keepReadingMs`). */
    reading?: boolean;
}

/** The prompt without its last line (the comment being typed): the part consecutive keystrokes share. */
function withoutLastLine(prompt: string): string {
    return prompt.slice(0, prompt.lastIndexOf("\n") + 1);
}

/** `prompt` keeps all of `running`'s but its last line: reading that prompt is not wasted. */
export function sharesCode(running: string, prompt: string): boolean {
    const code = withoutLastLine(running);
    return code.length > 0 && prompt.startsWith(code);
}

/** The user has typed, since `running`'s prompt, only what it showed or has written so far. */
export function typedAlong(running: Running, prompt: string): boolean {
    if (!prompt.startsWith(running.prompt)) return false;
    const typed = prompt.slice(running.prompt.length);
    if (typed.length === 0) return true;
    if (running.early !== undefined)
        return alongSuggestion(typed, running.early) !== undefined || typed.startsWith(running.early);
    return alongSuggestion(typed, running.output()) !== undefined;
}
