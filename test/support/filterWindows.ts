// The filter's windows for a text, as safety/filter.ts builds them: each segment with up to 64
// characters before it and its right context (contentHold.ts). Tests of the gates in front of the
// lexicon and the recognizers run on these, so a gate is held to the windows the filter really asks.
import { ContentHold } from "../../safety/contentHold";
import { Segmenter } from "../../safety/text/segmenter";

/** Each segment's window as the filter scans it: 64 characters before, the segment, its right context. */
export function filterWindows(text: string): Array<{ window: string; from: number; until: number }> {
    const segmenter = new Segmenter();
    const hold = new ContentHold();
    hold.receive(text);
    const out: Array<{ window: string; from: number; until: number }> = [];
    let tail = "";
    for (const { segment, after } of [...hold.ready(segmenter.push(text)), ...hold.ready(segmenter.finish(), true)]) {
        const scanText = tail + segment;
        out.push({ window: scanText + after, from: tail.length, until: scanText.length });
        tail = scanText.slice(-64);
    }
    return out;
}
