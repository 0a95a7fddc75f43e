// The union of the gram bits (gramGate.ts) of the last few segments, kept as segments
// come and go: a queue of two stacks, so each segment's bits are or-ed a few times in
// all, not once per window that holds it. The lexicon's gate (content/lexiconGate.ts)
// asked the union of about sixteen segments' 74 words of bits per window, one segment
// at a time; that loop was its costliest part.
//
// The bits live in two flat arrays of fixed-size slots, a ring: `items` holds each
// segment's bits, `sums` the back-to-front unions of the front stack.
import type { GramBits } from "./gramGate";

export class BitsQueue {
    /** Words per slot. */
    private readonly width: number;
    private items: Uint32Array;
    private sums: Uint32Array;
    private capacity: number;
    /** Ring index of the oldest segment, and how many there are. */
    private head = 0;
    private count = 0;
    /** How many of the oldest segments are in the front stack (their sums are valid). */
    private front = 0;
    /** The union of the back stack's segments (the newer ones). */
    private readonly back: Uint32Array;

    constructor(width: number, capacity = 16) {
        this.width = width;
        this.capacity = capacity;
        // One buffer for the three (a filter makes a queue per response: each typed array of this
        // size is a memory block of its own, and allocating three cost more than a short answer's scan).
        const buffer = new ArrayBuffer(4 * width * (2 * capacity + 1));
        this.items = new Uint32Array(buffer, 0, width * capacity);
        this.sums = new Uint32Array(buffer, 4 * width * capacity, width * capacity);
        this.back = new Uint32Array(buffer, 8 * width * capacity, width);
    }

    get length(): number {
        return this.count;
    }

    /** Adds the newest segment's bits. */
    push(bits: GramBits): void {
        if (this.count === this.capacity) this.grow();
        const w = this.width;
        const at = ((this.head + this.count) % this.capacity) * w;
        const words = bits.words;
        for (let k = 0; k < w; k++) {
            this.items[at + k] = words[k];
            this.back[k] |= words[k];
        }
        this.count++;
    }

    /** Drops the oldest segment. */
    shift(): void {
        if (this.count === 0) return;
        if (this.front === 0) this.turn();
        this.head = (this.head + 1) % this.capacity;
        this.count--;
        this.front--;
    }

    /** Or-s the union of every segment in the queue into `into`. */
    orInto(into: GramBits): void {
        const w = this.width;
        const words = into.words;
        for (let k = 0; k < w; k++) words[k] |= this.back[k];
        if (this.front === 0) return;
        const at = this.head * w;
        for (let k = 0; k < w; k++) words[k] |= this.sums[at + k];
    }

    /** Moves every segment to the front stack: each slot's sum is its bits and those of every newer segment. */
    private turn(): void {
        const w = this.width;
        let next = -1;
        for (let i = this.count - 1; i >= 0; i--) {
            const at = ((this.head + i) % this.capacity) * w;
            for (let k = 0; k < w; k++)
                this.sums[at + k] = next < 0 ? this.items[at + k] : this.items[at + k] | this.sums[next + k];
            next = at;
        }
        this.front = this.count;
        this.back.fill(0);
    }

    private grow(): void {
        const w = this.width;
        const capacity = this.capacity * 2;
        const buffer = new ArrayBuffer(8 * w * capacity);
        const items = new Uint32Array(buffer, 0, w * capacity);
        const sums = new Uint32Array(buffer, 4 * w * capacity, w * capacity);
        for (let i = 0; i < this.count; i++) {
            const from = ((this.head + i) % this.capacity) * w;
            items.set(this.items.subarray(from, from + w), i * w);
            sums.set(this.sums.subarray(from, from + w), i * w);
        }
        this.items = items;
        this.sums = sums;
        this.capacity = capacity;
        this.head = 0;
    }
}
