// A fake model backend for the ghost-text tests (test/unit/inline*.test.ts).
import type { GenerateRequest, GenerationResult } from "../../models/runtimeTypes";

/** A fake backend: streams `pieces`, one every `stepMs`, honouring the signal and the stop sequences. */
export function fakeGenerate(pieces: readonly string[], stepMs = 0, promptMs = 0) {
    const calls: GenerateRequest[] = [];
    const generate = async (request: GenerateRequest): Promise<GenerationResult> => {
        calls.push(request);
        if (promptMs > 0) await new Promise((resolve) => setTimeout(resolve, promptMs));
        let text = "";
        let stopReason: GenerationResult["stopReason"] = "eos";
        for (const piece of pieces) {
            if (stepMs > 0) await new Promise((resolve) => setTimeout(resolve, stepMs));
            if (request.signal?.aborted) {
                stopReason = "cancelled";
                break;
            }
            text += piece;
            request.onText?.(piece);
        }
        return {
            text,
            stopReason,
            promptTokens: 1,
            generatedTokens: pieces.length,
            timeToFirstTokenMs: 0,
            tokensPerSecond: 0,
            queuedMs: 0
        };
    };
    return { generate, calls };
}
