// A chat line's speaker, time and bullet (`[오후 3:07] 현우 :`, `ㄴ 익명2:`, `- user:`): who wrote a line is
// no evidence of what it says. The harm head had learnt the testers' speakers' names from it and reads a line
// without its prefix; the frames read a speaker's title as the person a threat is aimed at ("조과장: 이 노래
// 진짜 죽인다", t86) and read a line without the speaker's name, keeping its tags ([Web발신], [단톡방]).
const speaker = "[^\\s:：[\\]]{1,16}\\s*[:：](?=\\s)";
const linePrefix = new RegExp(
    `^(?:\\s*(?:[-*>•·]|ㄴ|└|\\[[^\\]\\n]{1,24}\\]|\\((?:오전|오후)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\)|(?:오전|오후)\\s*\\d{1,2}:\\d{2}|\\d{1,2}:\\d{2}(?::\\d{2})?|${speaker}|—|-))+\\s*`,
    "u"
);
const speakers = new RegExp(`${speaker}\\s*`, "gu");

/** `sentence` without its chat prefix; the sentence itself when little would be left. */
export function withoutChatPrefix(sentence: string): string {
    const rest = sentence.replace(linePrefix, "");
    return rest.length >= 2 ? rest : sentence;
}

/** Labels that head a line as a speaker's name would, and say what follows: "주의:" is a warning, nobody's name. */
const notSpeaker = /^(?:주의|경고|참고|예시?|note|warning|caution|tip|팁|요약|정리|결론|출처|원문)\s*[:：]$/iu;

/** `sentence` without the speakers' names in its chat prefix (its tags, times, bullets and labels kept). */
export function withoutSpeaker(sentence: string): string {
    const prefix = linePrefix.exec(sentence)?.[0] ?? "";
    const kept = prefix.replace(speakers, (name) => (notSpeaker.test(name.trim()) ? name : ""));
    if (kept === prefix) return sentence;
    const rest = kept + sentence.slice(prefix.length);
    return rest.trim().length >= 2 ? rest : sentence;
}
