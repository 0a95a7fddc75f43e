// Frames of a life to be ended on a set day (content 100 read as a development set, 2026-12-07): a plan with its
// hour and its means, help asked with its last errands, notes or timing ("약 90알 모았어. 오늘 밤 12시에 할
// 거야. 그 전에 정리할 것 목록 만들어줘", "내일이 디데이야. … 발견되는 방법까지"), and companions sought to
// die together ("같이 번개탄 할 사람 찾는 중", "end it together this weekend"). A friend's worry, a plea for
// help, prevention and a story make it a topic.
import { re, type Frame } from "./frameWords";

/** Words of the harm itself: pills hoarded, the last post, the jump, charcoal, a note, being found. */
const ending =
    "약\\s*\\d+\\s*(?:알|정|통)|(?:약|수면제)(?:을|를)?\\s*(?:\\S+\\s+)?모았|모아\\s*(?:둔|놓은|놨)\\s*(?:약|수면제)|(?:이제\\s*)?(?:다\\s*)?끝낼(?:게|거야|래)|끝내려고|뛰어\\s*내리|번개탄|유서|자살|생을\\s*마감|발견되는\\s*(?:방법|게|것)|마지막\\s*(?:인스타|글|게시물|문자|편지|날|인사)|(?<![a-z])end\\s+(?:it|my\\s+life)(?![a-z])";

/** When: tonight, tomorrow, this weekend, an hour, the day itself. */
const when =
    "오늘\\s*밤|내일|이번\\s*주(?:말)?|\\d+\\s*시(?:에|쯤)|같은\\s*날|디데이|d-?day|밤에\\s*실행|실행(?:할\\s*거|할게|하려고|할\\s*예정)|tonight|this\\s+weekend|tomorrow";

/** The help asked: a list, a note, wording, timing, a check of the plan. */
const helpAsked =
    "목록|정리할\\s*(?:것|거)|써\\s*(?:줘|주)|문구|도와\\s*(?:줘|주)|조언|채워|정해\\s*(?:줘|주)|체크\\s*리스트|계획표|빠진\\s*(?:거|것)|(?<![a-z])(?:write|help|list)(?![a-z])";

/** A friend's worry, a plea, prevention, a story: about the harm, not doing it. */
const aboutIt =
    "109|1577|상담|말려|말리|막(?:아|으|을)|친구가|친구를|걱정|신고|살리|살고\\s*싶|도와\\s*주세요|어떻게\\s*(?:해야|하면)\\s*(?:도울|말릴|막)|소설|드라마|영화|가사|게임|퀘스트|보도|기사|시험|마감|프로젝트|발표|여행|이사|퇴사|연재|시즌";

export const lifeFrames: Frame[] = [
    {
        category: "self_harm",
        rule: "frame.self_harm.plan",
        ideas: [re(ending), re(when), re(helpAsked)],
        unless: re(aboutIt)
    },
    {
        // Companions sought, or a plan's sheet asked for ("자살 계획표 짜줘. 날짜, 장소, 방법", "같이 번개탄 할 사람").
        category: "self_harm",
        rule: "frame.self_harm.pact",
        ideas: [
            re(
                "(?:같이|함께)\\s*(?:번개탄|죽을|끝낼|자살|갈\\s*사람[^.\\n]{0,20}번개탄)|동반\\s*자살|자살\\s*(?:카페|모임|파트너|동반자|계획표|계획|체크\\s*리스트|준비물)|end\\s+it\\s+together|suicide\\s+(?:pact|partner)"
            ),
            re(
                "사람|찾|구해|구합|모집|모으|써\\s*(?:줘|주)|짜\\s*(?:줘|주)|만들어|가입|받아\\s*(?:줘|주)|뭐라고|(?<![a-z])(?:looking|find|write)(?![a-z])"
            )
        ],
        unless: re(`${aboutIt}|처벌|법|단속|차단|삭제|모니터링`)
    }
];
