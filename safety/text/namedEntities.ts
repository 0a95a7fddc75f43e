// HTML's named entities for the signs that join or split a value (010&minus;1234&minus;5678,
// kim&commat;corp.kr, 900101&hyphen;1234567): read as the sign, as numeric entities (&#45;) already are.
// Only these few: a value's separators and an address's signs, not the 2,000 names of HTML.
import type { Replacement } from "./viewBuilder";

const signs: Record<string, string> = {
    minus: "-",
    hyphen: "-",
    dash: "-",
    ndash: "-",
    mdash: "-",
    period: ".",
    commat: "@",
    lowbar: "_",
    sol: "/",
    colon: ":",
    plus: "+",
    num: "#",
    nbsp: " ",
    ensp: " ",
    emsp: " ",
    thinsp: " ",
    lpar: "(",
    rpar: ")",
    amp: "&"
};

export const namedEntityTrigger = String.raw`&(?:minus|hyphen|dash|ndash|mdash|period|commat|lowbar|sol|colon|plus|num|nbsp|ensp|emsp|thinsp|lpar|rpar|amp);`;
const named = new RegExp(namedEntityTrigger, "g");

export function namedEntityReplacements(text: string): Replacement[] {
    if (!text.includes("&")) return [];
    return Array.from(text.matchAll(named), (m) => ({
        start: m.index,
        end: m.index + m[0].length,
        with: signs[m[0].slice(1, -1)]
    }));
}
