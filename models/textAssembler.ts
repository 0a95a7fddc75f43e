import type { LlamaModel, Token } from "./runtimeTypes";

/**
 * Turns generated tokens into text as they arrive.
 *
 * - Text is released only up to the last complete character: a Hangul syllable
 *   built from three byte-fallback tokens appears once all three are in.
 * - Text that could be the start of a stop sequence is held back until it is
 *   known not to be one.
 * - The final text is the decode of the whole token list (LlamaCompletion's
 *   incremental decode drops a final byte-fallback character), cut at the stop
 *   sequence, so streamed pieces always add up to it.
 */
export class TextAssembler {
    private readonly tokens: Token[] = [];
    private decodedCount = 0;
    private decoded = "";
    emitted = "";
    private readonly longestStop: number;

    constructor(
        private readonly model: LlamaModel,
        private readonly stop: readonly string[]
    ) {
        this.longestStop = stop.reduce((n, s) => Math.max(n, s.length), 0);
    }

    get tokenCount(): number {
        return this.tokens.length;
    }

    push(token: Token): { text: string; stopped: boolean } {
        this.tokens.push(token);
        const pending = this.tokens.slice(this.decodedCount);
        const before = this.tokens.slice(Math.max(0, this.decodedCount - 8), this.decodedCount);
        const piece = this.model.detokenize(pending, false, before);
        // An incomplete UTF-8 sequence decodes to U+FFFD at the end: wait for the rest.
        if (piece.endsWith("\uFFFD") && pending.length < 4) return { text: "", stopped: false };
        this.decoded += piece;
        this.decodedCount = this.tokens.length;

        const searchFrom = Math.max(0, this.emitted.length - this.longestStop);
        let cut = -1;
        for (const s of this.stop) {
            const at = this.decoded.indexOf(s, searchFrom);
            if (at >= 0 && (cut < 0 || at < cut)) cut = at;
        }
        if (cut >= 0) {
            const text = this.decoded.slice(this.emitted.length, Math.max(cut, this.emitted.length));
            this.emitted += text;
            return { text, stopped: true };
        }
        const release = this.decoded.length - this.heldBack(this.decoded);
        const text = release > this.emitted.length ? this.decoded.slice(this.emitted.length, release) : "";
        this.emitted += text;
        return { text, stopped: false };
    }

    /** Length of the longest suffix of `text` that is a proper prefix of a stop sequence. */
    private heldBack(text: string): number {
        let held = 0;
        for (const s of this.stop) {
            for (let n = Math.min(s.length - 1, text.length); n > held; n--) {
                if (text.endsWith(s.slice(0, n))) {
                    held = n;
                    break;
                }
            }
        }
        return held;
    }

    /** The exact text: the whole token list decoded at once, cut before the first stop sequence. */
    finish(): string {
        let text = this.model.detokenize(this.tokens, false);
        let cut = -1;
        for (const s of this.stop) {
            const at = text.indexOf(s);
            if (at >= 0 && (cut < 0 || at < cut)) cut = at;
        }
        if (cut >= 0) text = text.slice(0, cut);
        return text;
    }
}
