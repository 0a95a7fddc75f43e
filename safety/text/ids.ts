// Ids the normalised view leaves as written.
import type { Replacement } from "./viewBuilder";

const uuid =
    /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])/g;

/** Replacements outside UUIDs: an id's hex groups are no phone's ("…-8218-4398-…" read as +82 18…). */
export function outsideIds(text: string, replacements: Replacement[]): Replacement[] {
    if (replacements.length === 0 || !text.includes("-")) return replacements;
    const ids = Array.from(text.matchAll(uuid), (m) => [m.index, m.index + m[0].length] as const);
    if (ids.length === 0) return replacements;
    return replacements.filter((r) => ids.every(([s, e]) => r.end <= s || r.start >= e));
}
