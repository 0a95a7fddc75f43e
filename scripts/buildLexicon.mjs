// Builds safety/content/data/badwords-ko.json from the badwords-ko word list (MIT,
// https://github.com/yoonheyjung/badwords-ko, see NOTICE): regex fragments are
// made literal ("새.끼" -> "새끼"), spaces removed (the matcher joins spaced-out
// words itself), duplicates and entries that are everyday words dropped.
//   node scripts/buildLexicon.mjs [path/to/badwords.ko.config.json]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const input = process.argv[2] ?? join(repo, "..", "shared", "data", "badwords-ko", "badwords.ko.config.json");
const { badWords } = JSON.parse(readFileSync(input, "utf8"));

// Entries that are ordinary words or fragments of ordinary words in technical Korean
// (reviewed by hand: each is a common word, a fan-culture term, or a single syllable).
const dropped = new Set([
    "대가리",
    "대갈",
    "더럽네",
    "덬",
    "스루",
    "스.루",
    "후려",
    "후.려",
    "먹금",
    "먹.금",
    "먹끔",
    "먹.끔",
    "닥전",
    "닥후",
    "듣보",
    "노친네",
    "느그",
    "쿰척",
    "쿰.척"
]);
const out = new Set();
for (const entry of badWords) {
    if (dropped.has(entry)) continue;
    const literal = entry.replace(/\./g, "").replace(/\s+/g, "");
    if ([...literal].length < 2) continue;
    out.add(literal);
}
const file = join(repo, "safety", "content", "data", "badwords-ko.json");
writeFileSync(
    file,
    JSON.stringify(
        { source: "badwords-ko@1.0.4 (MIT), normalised by scripts/buildLexicon.mjs", words: [...out].sort() },
        null,
        0
    ) + "\n"
);
console.log(`${out.size} words -> ${file}`);
