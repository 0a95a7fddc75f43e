// Threats and other phrases written with an obfuscated word, a class found after round 10:
// the word rules read "시1발" and "f.uck", but the phrase rules read the text as written, so
// "너를 죽.여버릴거야", "죽 여 버 릴 거 야" and "I will ki11 you" passed. Generated from parts
// (phrase × obfuscation), with near-misses beside them; whole and streamed one character at a time.
import * as assert from "node:assert/strict";
import { phraseReading } from "../../safety/content/normalize";
import { assertFlagged, assertUntouched } from "../support/safetyStream";

/** `word` with `filler` between its syllables (after the first one, or after every one). */
const obfuscate = (word: string, filler: string, everywhere: boolean) =>
    everywhere ? Array.from(word).join(filler) : word[0] + filler + word.slice(1);

describe("phrases with an obfuscated word", () => {
    it("reads a phrase with filler dropped and leetspeak read as letters, keeping where each character came from", () => {
        const dotted = phraseReading("너를 죽.여");
        assert.equal(dotted?.text, "너를 죽여");
        assert.deepEqual(dotted?.source, [0, 1, 2, 3, 5]);
        assert.equal(phraseReading("i will ki11 y0u")?.text, "i will kill you");
        assert.equal(phraseReading("k1ll")?.text, "kill");
        assert.equal(phraseReading("너를 죽여 버릴 거야"), undefined, "nothing obfuscated: no second reading");
        assert.equal(phraseReading("v1 k8s"), undefined, "a version and a numeronym are no leetspeak");
    });

    it("a Korean threat with filler inside its verb is blocked, whatever the filler", () => {
        const threats = [
            "너를 {죽여}버릴거야",
            "니 애들 {죽여} 버린다",
            "팀장을 {죽여}버리고 싶다",
            "칼로 {찔러} 죽인다"
        ];
        for (const threat of threats)
            for (const filler of [".", "*", "1", "-", "…", "♡", "_"]) {
                const [before, rest] = threat.split("{");
                const [word, after] = rest.split("}");
                assertFlagged(before + obfuscate(word, filler, filler === "_") + after, "violence");
            }
        // Spaced out, one syllable at a time ("죽 여버릴거야" is two words, as "사용 시 발생" is).
        assertFlagged("너 를 죽 여 버 릴 거 야", "violence");
        assertFlagged("너를 죽 여 버 릴 거 야", "violence");
    });

    it("an English threat in leetspeak is blocked", () => {
        for (const text of [
            "I will ki11 you tomorrow",
            "i will k1ll you",
            "I'll k1ll y0u",
            "i'm going to k!ll you",
            "I will sh00t you",
            "i will murd3r your family"
        ])
            assertFlagged(text, "violence");
    });

    it("near-misses pass: a program as the object, versions, numeronyms, dates and lists in Korean", () => {
        for (const text of [
            "프로세스를 죽.여버릴거야",
            "응답이 없으면 워커를 죽 여 러 번 재시작합니다",
            "kill -9 1234 로 멈춥니다",
            "ki11 the process and restart",
            "i18n, l10n, v1, md5, s3, log4j, k8s 설정을 확인합니다",
            "2024년1월2일 회의에서 3층2호실을 씁니다",
            "입력·출력, 읽기/쓰기, (주)회사 정보",
            "I will k1ll the build if it hangs",
            "사용 시 발생하는 오류를 죽 나열합니다"
        ])
            assertUntouched(text);
    });
});
