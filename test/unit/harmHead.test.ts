// The learned harm head (safety/content/harmHead.ts): harm said in words no rule names, judged whole and
// streamed one character at a time; its finding waits for the next sentence, which may make it a topic.
// Sentences written here, in none of the training sets (asserted).
import { strict as assert } from "node:assert";
import { SafetyFilter, filterText } from "../../safety/filter";
import { harmCategory, harmJudge, harmScore, harmText, quotedRequest } from "../../safety/content/harmHead";
import { readRows } from "../../safety/training/trainingData";
import { assertFlagged, assertUntouched } from "../support/safetyStream";

const corpus = new Set(readRows().map((r) => r.text));

function unseen(text: string): string {
    assert.ok(!corpus.has(text), `in the training data: ${text}`);
    return text;
}

const harmRule = (text: string) => filterText(text).contentFindings.some((f) => f.rule === "classifier.harm");

describe("harm head: harm in words no rule names", () => {
    it("a veiled threat, a doxxing plan and contempt for a life are blocked, whole and streamed", () => {
        for (const [text, category] of [
            ["퇴근길 조심해라, 네가 어느 버스 타는지 다 알아.", "violence"],
            ["그 사람 집 주소랑 회사 알아냈어, 이제 퍼뜨리자.", "harassment"],
            ["너 같은 건 살아 있을 가치가 없어.", undefined]
        ] as const) {
            assertFlagged(unseen(text), category);
            assert.ok(harmRule(text), `the head, not a rule: ${text}`);
        }
    });

    it("everyday and developer sentences in the same register stay", () => {
        for (const text of [
            "이번 분기 목표는 전부 달성해 버릴 거야.",
            "회의 끝나고 다들 고기 구우러 가자.",
            "어제 시스템을 다 갈아엎고 새로 배포했다.",
            "너 오늘 발표 정말 잘하더라.",
            "이 워커 프로세스는 응답이 없으면 죽이고 다시 띄웁니다."
        ])
            assertUntouched(unseen(text));
    });

    it("a harmful sentence followed by the news or the law about it is a topic", () => {
        const text = unseen(
            "퇴근길 조심해라, 네가 어느 버스 타는지 다 알아. 경찰에 따르면 이런 문자는 협박죄로 처벌됩니다."
        );
        assertUntouched(text);
    });

    it("a finding waits for the next sentence without showing either, then blocks", () => {
        const text = "퇴근길 조심해라, 네가 어느 버스 타는지 다 알아. 오늘도 좋은 하루 보내.";
        const filter = new SafetyFilter();
        const shown: string[] = [];
        let blockedAt = -1;
        for (let i = 0; i < text.length && blockedAt < 0; i++)
            for (const event of filter.push(text[i])) {
                if (event.type === "text") shown.push(event.text);
                else blockedAt = i;
            }
        if (blockedAt < 0)
            for (const event of filter.finish().events) if (event.type === "block") blockedAt = text.length;
        // Judged at the end of the second sentence, not of the first: the next one might have made it a topic.
        assert.ok(blockedAt > text.indexOf("오늘"), `blocked at ${blockedAt}`);
        assert.equal(shown.join(""), "", "nothing of the held sentences is shown before the block");
    });

    it("a request quoted from a user is not the answer's harm", () => {
        assert.ok(quotedRequest.test("user: 그 사람 집 주소 알아내는 법"));
        assert.ok(quotedRequest.test("👤 사용자: 그 사람 집 주소 알아내는 법"));
        assert.ok(!quotedRequest.test("그 사람 집 주소 알아내는 법"));
    });

    it("reads a chat line without its speaker and time", () => {
        assert.equal(harmText("[오후 3:07] 현우 : 오늘 뭐 해"), "오늘 뭐 해");
        assert.equal(harmText("ㄴ 익명2: 좋네요"), "좋네요");
        assert.equal(harmText("주의: 클릭하지 마세요"), "클릭하지 마세요");
        assert.equal(harmScore("[오후 3:07] 현우 : 오늘 뭐 해"), harmScore("오늘 뭐 해"));
    });

    it("needs the rest of the sentence to agree: a score carried by one word is not enough", () => {
        const text = "너 같은 건 살아 있을 가치가 없어.";
        assert.ok(harmJudge(text, 0.8) !== undefined);
        // The bar itself still applies.
        assert.equal(harmJudge("오늘 점심은 김치찌개 먹자.", 0.8), undefined);
    });

    it("names a category for what it finds", () => {
        assert.equal(harmCategory("퇴근길 조심해라, 네가 어느 버스 타는지 다 알아."), "violence");
    });
});

describe("a victim's report followed by a plea for help", () => {
    const reports: Array<[string, string]> = [
        ["옛 애인이 '죽여 버리겠다'고 문자를 보내요.", "경찰에 신고해야 하나요?"],
        ["누가 제 사진을 몰래 찍어서 퍼뜨렸어요.", "어디로 신고하면 될까요?"],
        ["후배가 요즘 죽고 싶다고 자주 말해요.", "제가 뭘 해 줄 수 있을까요?"]
    ];

    it("is a topic: the rule's block waits for the next sentence, and the plea undoes it", () => {
        for (const [report, plea] of reports) assertUntouched(unseen(`${report} ${plea}`));
    });

    it("without the plea, or with anything else after it, the rule's block stands", () => {
        for (const [report] of reports) {
            assertFlagged(report);
            assertFlagged(`${report} 진짜 웃기지 않냐 ㅋㅋ`);
        }
    });
});

describe("a victim's report with the plea in the same sentence", () => {
    it("is a topic at once; without the plea it is blocked", () => {
        const report = "옛 애인이 '죽여 버리겠다'고 문자를 보내요";
        assertUntouched(unseen(`${report} 어떻게 신고하나요`));
        assertFlagged(report);
    });
});

describe("a chat's later turn is judged on its own words", () => {
    it("a threat after an earlier turn that talked of reporting is still blocked (found from outside)", () => {
        const chat = unseen(
            "[오후 3:07] 민수 : 전 남친이 저한테 '죽여버린다'고 카톡 보내요. 어디로 신고하면 될까요?\n" +
                "[오후 3:09] 지훈 : 근데 너 매일 밤 10시에 혼자 퇴근하더라, 조심해라 네가 어느 버스 타는지 다 알아."
        );
        assertFlagged(chat, "violence");
    });
});
