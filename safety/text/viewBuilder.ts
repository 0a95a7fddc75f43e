// The view's builder: each view character keeps the original range it stands for.

export interface Replacement {
    start: number;
    end: number;
    with: string;
    /**
     * The replaced text stays on screen when a value around it is redacted: words or lines between
     * a value's spread groups (`앞부분은 7254입니다. 가운데는 214…`), not the value's own characters.
     */
    keep?: boolean;
}

/**
 * Whether a gap between a value's parts is words, lines or a table's cell border (stays on screen), not
 * other signs or spaces, nor
 * anything that may be more of the value (four letters or digits in a row, a digit word glued to one),
 * which are redacted with it.
 */
export const onScreen = (gap: string): boolean =>
    /^[ \t]*\|[ \t]*$/.test(gap) ||
    (/[\p{L}\n]/u.test(gap) &&
        !/[A-Za-z0-9]{4}|[A-Za-z0-9][공영빵일이삼사오육륙칠팔구]|[공영빵일이삼사오육륙칠팔구][A-Za-z0-9]/.test(gap));

/** Builds a view of `source` with `replacements` (sorted, disjoint) and a per-character transform. */
export class ViewBuilder {
    private readonly parts: string[] = [];
    private readonly starts: number[] = [];
    private readonly ends: number[] = [];

    emit(value: string, start: number, end: number): void {
        this.parts.push(value);
        for (let k = 0; k < value.length; k++) {
            this.starts.push(start);
            this.ends.push(end);
        }
    }

    /** `source[from, to)` as it is, each character standing for itself (as emitting them one by one). */
    copy(source: string, from: number, to: number): void {
        if (to <= from) return;
        this.parts.push(source.slice(from, to));
        for (let i = from; i < to; i++) {
            this.starts.push(i);
            this.ends.push(i + 1);
        }
    }

    result(): { text: string; starts: Int32Array; ends: Int32Array } {
        return { text: this.parts.join(""), starts: int32(this.starts), ends: int32(this.ends) };
    }
}

/** (Int32Array.from reads its argument through an iterator: a view is built for many windows.) */
function int32(values: readonly number[]): Int32Array {
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = values[i];
    return out;
}

/** `text` with `replacements` (sorted, disjoint) applied; `kept`: the ranges of `text` to keep on screen. */
export function replace(
    text: string,
    replacements: readonly Replacement[]
): { text: string; starts: Int32Array; ends: Int32Array; kept: Array<[number, number]> } {
    const view = new ViewBuilder();
    const kept: Array<[number, number]> = [];
    let at = 0;
    for (const r of replacements) {
        view.copy(text, at, r.start);
        if (r.with.length > 0) view.emit(r.with, r.start, r.end);
        if (r.keep === true) kept.push([r.start, r.end]);
        at = r.end;
    }
    view.copy(text, at, text.length);
    return { ...view.result(), kept };
}
