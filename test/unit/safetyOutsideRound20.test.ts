// Classes found this round (2026-12-06), in other words and values, whole and streamed one character
// at a time. First: a foreigner number born in 2000 ("001001-8220005") read as a carrier's
// international prefix "001001" before +82 (a flaky property test in safetyLeakClasses2 found it).
import * as assert from "node:assert/strict";
import { filterText } from "../../safety/filter";
import { shownBothWays } from "../support/safetyStream";

describe("outside round 20", () => {
    it("a registration number whose front starts 00 is no carrier prefix before +82", () => {
        for (const value of ["001001-8220005", "000229-8234566", "010101-7820001", "001231-4820003"]) {
            for (const text of [value, `rrn${value}`, `등록번호 ${value} 입니다.`]) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(value.slice(7)), `${text} -> ${out}`);
            }
        }
        // Carrier prefixes are 3 or 5 digits and still read as +82.
        for (const phone of ["00782-10-1234-5678", "00300 82 10 2345 6789", "001-82-10-3456-7890"]) {
            const out = shownBothWays(`연락처: ${phone}`);
            assert.ok(!/\d{4}/.test(out), `${phone} -> ${out}`);
        }
    });

    it("a line repeated hundreds of times is judged the same each time (windows read once are remembered)", () => {
        for (const line of [
            "| 김민수 | 010-2345-6789 | 씨발 |\n",
            "계좌 110 234 567890 ",
            "연락처: ０１０ ２３４５ ６７８９ "
        ]) {
            const out = filterText(line.repeat(400)).text;
            assert.ok(!/[0-9０-９]{4}/.test(out), `${line} -> ${out.slice(0, 200)}`);
            if (line.includes("씨발")) assert.ok(!out.includes("씨발"), out.slice(0, 200));
        }
        // And a window read before gives the same answer after other text came between.
        const once = filterText("주민등록번호 900101-1234568 입니다.").text;
        filterText("아무 관계 없는 문장입니다. ".repeat(50));
        assert.equal(filterText("주민등록번호 900101-1234568 입니다.").text, once);
    });
});
