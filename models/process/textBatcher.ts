/**
 * Coalesces streamed text into fewer IPC messages. Each message costs both
 * processes a JSON serialisation, a pipe write and an event-loop turn; per token,
 * a small fast model spent a fifth of its decode time on that (docs/performance.md).
 *
 * Text after a quiet spell of at least `windowMs` goes out at once (the first
 * piece of an answer, every token of a slow model); text that follows sooner is
 * held and sent `windowMs` after the last message, as one piece. `flush()` sends
 * what is held: call it before the request's final answer, so no text comes after it.
 */
export class TextBatcher {
    private held = "";
    private lastSent = -Infinity;
    private timer: NodeJS.Timeout | undefined;

    /**
     * @param send receives each batch, in order.
     * @param windowMs the shortest time between two batches; 0 sends every piece at once. Default 16 ms (one frame at 60 Hz: nothing on screen changes faster).
     */
    constructor(
        private readonly send: (text: string) => void,
        private readonly windowMs = 16
    ) {}

    push(text: string): void {
        if (text.length === 0) return;
        this.held += text;
        if (this.timer !== undefined) return;
        const wait = this.lastSent + this.windowMs - performance.now();
        if (wait <= 0) this.flush();
        else this.timer = setTimeout(() => this.flush(), wait);
    }

    /** Sends the held text now, if any. */
    flush(): void {
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = undefined;
        if (this.held.length === 0) return;
        const text = this.held;
        this.held = "";
        this.lastSent = performance.now();
        this.send(text);
    }
}
