// What a viewer is shown when a response streams through the safety filter in chunks: the one
// helper the safety tests use to compare streaming with whole-text filtering.
import { strict as assert } from "node:assert";
import { SafetyFilter, filterText } from "../../safety/filter";

/** The text a viewer sees when `text` streams in chunks of `size` characters (a block shows its notice). */
export function streamed(text: string, size: number): string {
    const filter = new SafetyFilter();
    let shown = "";
    for (let at = 0; at < text.length; at += size)
        for (const event of filter.push(text.slice(at, at + size)))
            shown = event.type === "text" ? shown + event.text : event.notice;
    for (const event of filter.finish().events) shown = event.type === "text" ? shown + event.text : event.notice;
    return shown;
}

/** Flagged in `category` (or any category when none is given), the same when streamed. */
export function assertFlagged(text: string, category?: string): void {
    const result = filterText(text);
    if (category === undefined) assert.ok(result.categories.length > 0, `missed: ${text}`);
    else
        assert.ok(
            result.categories.includes(category as never),
            `${text}: ${result.categories.join() || "nothing"} (want ${category})`
        );
    assert.equal(streamed(text, 1), result.text, `streamed: ${text}`);
}

/** Untouched by the content rules, whole and streamed. */
export function assertUntouched(text: string): void {
    const result = filterText(text);
    assert.deepEqual(result.categories, [], `${text}: ${JSON.stringify(result.contentFindings)}`);
    assert.equal(result.text, text);
    assert.equal(streamed(text, 1), text, `streamed: ${text}`);
}

/** Filters `text` whole and one character at a time; both must agree. Returns what is shown. */
export function shownBothWays(text: string): string {
    const whole = filterText(text).text;
    assert.equal(streamed(text, 1), whole, `one-character chunks differ from the whole text: ${JSON.stringify(text)}`);
    return whole;
}
