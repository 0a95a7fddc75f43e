// The last few results of a pure function of a string: text that repeats (a table's rows, a log's
// lines, an adversarial line of one word over and over) is read once per distinct window.

export class Recent<V> {
    private readonly entries = new Map<string, V>();

    constructor(private readonly size: number) {}

    /** `compute()`'s value for `key`, computed once while `key` is among the last `size` keys asked. */
    get(key: string, compute: () => V): V {
        const known = this.entries.get(key);
        if (known !== undefined) return known;
        const value = compute();
        if (this.entries.size >= this.size) {
            const oldest = this.entries.keys().next();
            if (oldest.done !== true) this.entries.delete(oldest.value);
        }
        this.entries.set(key, value);
        return value;
    }
}
