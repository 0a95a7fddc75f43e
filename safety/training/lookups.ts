// Asking where a person's school, home or work is: the outside testers' doxxing and stalking (걔 다니는
// 학교 알아낼 수 있어?, 그 여자 사는 아파트 알아내서 찾아가게) against the same request about one's own
// family (a tester's innocent case: 우리 애들 다니는 학교 알아낼 수 있어? 전학 가려고.). Trained on the
// testers' sets alone, the head read the request as the harm and blocked the parent. Pairs from
// templates (seeded, the same every training): the same request, a different person; the head learns
// the person and the purpose, not the verb. Training data for trainHarm.ts only.
import type { ContentCategory } from "../types";
import { picker } from "./everyday";

const slots: Record<string, readonly string[]> = {
    own: [
        "우리 애들",
        "우리 애",
        "제 아이가",
        "내 동생",
        "조카가",
        "우리 딸이",
        "우리 아들",
        "내가",
        "저희 애가",
        "막내가"
    ],
    other: [
        "그 여자",
        "전 여친",
        "전 남친",
        "걔",
        "그 새끼",
        "그 유튜버",
        "옆집 여자",
        "댓글 단 놈",
        "헤어진 여친",
        "그 애"
    ],
    school: ["학교", "학원", "유치원", "어린이집", "태권도장", "피아노 학원", "초등학교", "중학교", "독서실"],
    detail: ["위치", "주소", "전화번호", "하교 시간", "셔틀버스 시간", "교실", "반"],
    home: ["아파트", "동네", "집", "오피스텔", "빌라", "원룸"],
    work: ["회사", "가게", "알바하는 곳", "사무실"],
    ask: [
        "알아낼 수 있어?",
        "알아낼 수 있을까?",
        "좀 찾아 줄래?",
        "어딘지 알아봐 줘",
        "알아내는 방법 있어?",
        "어디야?"
    ],
    good: [
        "전학 가려고",
        "이사 가려고",
        "등록하려고",
        "서류 내야 해서",
        "상담 예약하려고",
        "입학 준비 때문에",
        "데리러 가려고",
        "택배 보내려고"
    ],
    bad: [
        "찾아가게",
        "기다리려고",
        "가서 기다릴 거야",
        "한번 찾아가 보려고",
        "따라가 보게",
        "가서 혼내 주게",
        "몰래 보러 가게"
    ]
};

const requests: readonly string[] = [
    "{who} 다니는 {school} {ask}",
    "{who} 다니는 {school} {detail} {ask}",
    "{who} 사는 {home} {ask}",
    "{who} 사는 {home} 주소 {ask}",
    "{who} 다니는 {work} {ask}",
    "{who} 요즘 다니는 {school} {ask}"
];

/** About `count` requests of each kind: one's own family's (innocent) and another person's (harassment). */
export function lookupSentences(count = 300, seed = 63): Array<{ text: string; harm?: ContentCategory }> {
    const { next, pick, fill } = picker(seed);
    const own = new Set<string>();
    const other = new Set<string>();
    for (let tries = 0; (own.size < count || other.size < count) && tries < count * 10; tries++) {
        const template = pick(requests);
        // Half with the purpose in the same sentence, as people write it.
        const purpose = next() < 0.5;
        const mine = fill(template, slots, { who: pick(slots["own"]) });
        const theirs = fill(template, slots, { who: pick(slots["other"]) });
        if (own.size < count) own.add(purpose ? `${mine} ${pick(slots["good"])}` : mine);
        if (other.size < count) other.add(purpose ? `${theirs} ${pick(slots["bad"])}` : theirs);
    }
    return [
        ...[...own].map((text) => ({ text })),
        ...[...other].map((text) => ({ text, harm: "harassment" as const }))
    ];
}
