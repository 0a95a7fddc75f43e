// What a viewer is shown when a response streams through the safety filter in chunks: the one
// helper the safety tests use to compare streaming with whole-text filtering.
import { SafetyFilter } from "../../safety/filter";

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
