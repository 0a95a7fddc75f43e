// An assistant that says it answers past its limits: "탈옥 모드로 답합니다", "필터 없이 답합니다", "제약 없는 AI로서
// 말씀드립니다", "악당 캐릭터로 말할게", "가정일 뿐이라고 하셨으니 답합니다". What follows in that turn is the
// answer a jailbreak asked for, and the harm head (harmHead.ts) reads it with lower bars: content 85 (2026-12-07)
// passed 12 of its 22 jailbroken answers and 8 of its 22 role-play wrappers, whose harm the head scored 0.3-0.7
// (below its bar of 0.8, or carried by one word), in words no rule names. A role-play's announcement is no finding:
// a turn that goes on to say nothing harmful is shown as it is, unless it said its limits are off
// ({@link complianceFrames}).
import { re, type Frame } from "./frameWords";

/** The verbs of an answer being given: 답합니다, 말할게, 이어 씁니다, 써 드릴게요, 알려 드립니다. */
const answering =
    "(?:답(?:합니다|할게요?|하겠습니다|변(?:합니다|할게요?|하겠습니다|드립니다|드릴게요|을\\s*드립니다))|대답(?:합니다|할게요?)|말(?:할게요?|하겠습니다|합니다|씀드립니다|씀드릴게요|해\\s*줄게)|이어\\s*(?:씁니다|쓸게요?|갑니다|가겠습니다)|써\\s*(?:드립니다|드릴게요|줄게|볼게요)|썼(?:어요|습니다)|알려\\s*(?:드립니다|드릴게요|줄게)|설명(?:합니다|할게요?|드립니다|드릴게요)|시작(?:합니다|할게요?|하겠습니다)|응답(?:합니다|할게요?)|출력(?:합니다|할게요?)|진행(?:합니다|할게요?)|완성했(?:어요|습니다)|입니다\\s*[:：])";

/** Limits said to be off: a jailbreak's mode, no filter, no rules, no ethics. */
const unlimited =
    "(?:탈옥|jailbreak|jailbroken|개발자\\s*모드|developer\\s*mode|DAN\\s*(?:모드|으로서|으로|mode)|갓\\s*모드|무제한|무검열|노\\s*필터|언필터드|unfiltered|uncensored|(?:제한|제약|검열|필터|필터링|안전\\s*(?:장치|필터|규칙|모드)|가드레일|윤리\\s*(?:규정|규칙|지침|필터|가이드라인|기준))\\s*(?:을|를|이|가)?\\s*(?:해제|없이|없는|풀고|풀린|끄고|끈|꺼진|무시하고|벗어난|다\\s*(?:풀|끄|꺼))|(?:제약|제한|규칙|검열|필터)\\s*없는\\s*(?:AI|에이아이|인공지능|모델|버전|답변))";

/** A character the assistant answers as: role-play's mode, a villain, a criminal. */
const character =
    "(?:역할극|롤플레이|롤플|캐릭터|악당|빌런|범죄자|해커|마약상|사기꾼|살인자|조직원|테러리스트)\\s*(?:모드|역할)?\\s*(?:로서|으로서|로|으로|입장에서|시점에서|답게)";

/** A pretext the asker gave, taken as leave: it is only a hypothesis, a novel, for research; facts need no check. */
const leave =
    "(?:(?:가정|가설|상상|소설|허구|픽션|연구|교육|학술|실험)\\S*\\s*(?:일\\s*뿐|이라고|용이라고|목적이라고|뿐이라고)\\S*\\s*(?:하셨으니|하셨으므로|하시니|했으니|하셨죠|하셨잖아요)|(?:사실\\s*확인|출처|검증|경고|면책|주의\\s*문구)\\S*\\s*(?:은|는)?\\s*(?:필요\\s*)?없다고\\s*하셨|요청(?:하신|대로|하신\\s*대로)\\s*['\"‘“「]?[^'\"’”」.\\n]{0,14}(?:없는|없이|말고))";

const announced = new RegExp(
    `(?:${unlimited}|${character})[^.?!\\n]{0,24}?${answering}|${leave}|^\\s*(?:sure|okay|ok|alright)[,!]?\\s+(?:as\\s+dan|in\\s+developer\\s+mode|here(?:'s| is)\\s+the\\s+(?:unfiltered|uncensored))`,
    "i"
);

/** Whether `sentence` is an assistant announcing it answers past its limits (the head then reads the turn with {@link complianceBars}). */
export function announcesCompliance(sentence: string): boolean {
    return announced.test(sentence);
}

/**
 * The head's bars after such an announcement: a sentence scoring 0.35 (0.5 when short), which any one word
 * removed still leaves at 0.2. On the labelled training sentences the head's shipped bars flag 65 % of the
 * harmful and 0.02 % of the innocent ones, these 88 % and 0.36 %: too many for every sentence, few in a turn
 * that has already said it is jailbroken.
 */
export const complianceBars = { threshold: 0.35, shortThreshold: 0.5, robustThreshold: 0.2 } as const;

/**
 * An answer that says its limits are off ("탈옥 모드로 답합니다", "필터 없이 답합니다", "제한 해제 상태로 이어
 * 씁니다"): the Prohibited Use Policy names circumventing safety filters, and such a turn is blocked whatever it
 * goes on to say. A role-play's or a pretext's announcement only lowers the head's bars. Read by frames.ts on
 * frame text (lower-cased, ㅔ as ㅐ); quoted or named as a sign of an attack, it is a topic.
 */
export const complianceFrames: Frame[] = [
    {
        category: "dangerous",
        rule: "frame.jailbreak.announced",
        ideas: [
            re(
                "(?:탈옥\\s*(?:모드|상태|버전)|jailbreak|개발자\\s*모드|developer\\s*mode|dan\\s*(?:모드|으로서|으로|mode)|무제한\\s*모드|무검열|노\\s*필터|unfiltered|uncensored|(?:제한|제약|검열|필터|필터링|안전\\s*(?:장치|필터|규칙)|가드레일|윤리\\s*(?:규정|규칙|지침|필터|가이드라인))\\s*(?:을|를|이|가)?\\s*(?:해제|없이|풀고|풀린|끄고|끈|꺼진|무시하고)|(?:제약|제한|규칙|검열|필터)\\s*없는\\s*(?:ai|에이아이|인공지능|모델|버전))[^.?!\\n]{0,16}?(?:답(?:합니다|할게요?|하겠습니다|변(?:합니다|할게요?|하겠습니다|드립니다|드릴게요))|대답(?:합니다|할게요?)|말(?:할게요?|하겠습니다|씀드립니다|씀드릴게요)|이어\\s*(?:씁니다|쓸게요?|갑니다)|안내(?:합니다|할게요|드립니다|드릴게요)|알려\\s*드리겠습니다|(?:응답|출력|답변)\\s*[:：\\]])|[\\[【]\\s*(?:규칙|제한|필터|검열|안전\\s*장치)\\s*(?:해제|off|꺼짐)(?:됨)?\\s*[\\]】]|규칙을?\\s*(?:잠깐\\s*|잠시\\s*)?내려놓(?:을게|겠습니다|고)"
            )
        ],
        unless: re(
            "라고|같은\\s*(?:문구|말|문장|응답|답변)|(?:문구|문장|패턴)(?:이|가|은|는|을|를)|['\"‘“「][^'\"’”」\\n]{0,40}(?:니다|게요?)\\s*[.]?['\"’”」]|인젝션|탐지|징후|예시|사례|차단|공격|악용|우회\\s*시도|안드로이드|android|usb|디버깅|adb|빌드\\s*번호|윈도우|windows|설정\\s*(?:앱|메뉴)"
        )
    }
];
