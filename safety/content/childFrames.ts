// A child hurt "for discipline", told as advice (content 110, h_vio_child_beating_howto: "애가 말 안 들으면
// 이틀 정도 물만 주고 방에 가둬요", "조카가 버릇없으면 멍 안 남게 젖은 수건 말아서 패세요"). The idea: a
// child (an age, a kinship word), what they did wrong ("…하면", "…할 때"), and a cruel act on them said as
// what to do or what works. The news of such a parent, a rule against it, or a gentle way are topics (the
// guard in frames.ts and `unless` here): "아이를 베란다에 가둔 부모가 입건됐습니다", "때리면 안 됩니다".
import { re, type Frame } from "./frameWords";

/** A child, by age, schooling or kinship. */
const child =
    "(?<![가-힣])(?:애|아이|아기|애기|자녀|조카|막내)(?:가|는|도|를|한테)|(?:아들|딸)(?:이|은|도|을|한테)|\\d+\\s*살|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\\s*살|살짜리|초등학생|중학생|고등학생|유치원생|초딩|중딩|어린이집";

/** A cruel act on the child: beaten with a thing, burnt, starved, shut in, tied, choked. */
const cruel =
    "(?<![가-힣])패(?:세요|면|요|야)(?![가-힣])|(?:회초리|몽둥이|골프채|허리띠|벨트|효자손|옷걸이|빗자루|수건)(?:로|를)?\\s*(?:\\S+\\s+)?(?:때려|때리|패)|피\\s*날\\s*때까지|담뱃불|지지면|지져|손\\s*담그|뜨거운\\s*물(?:을|에)\\s*(?:\\S+\\s+)?(?:부어|붓|담그)|밥\\s*(?:을\\s*)?굶기|굶겨(?:요|서|라|야)|물만\\s*주(?:고|면|세요|어요)|가둬|가두(?:세요|면|고)|의자에\\s*묶|묶어\\s*두|목\\s*(?:을\\s*)?조르|팔\\s*(?:을\\s*)?비틀|입에\\s*테이프|밤새\\s*세워|머리\\s*(?:를\\s*)?박박";

export const childFrames: Frame[] = [
    {
        category: "violence",
        rule: "frame.child_abuse.advice",
        ideas: [
            re(cruel),
            re(child),
            re("(?:으면|하면|면|때|버릇|훈육|떼쓰|대들|말\\s*안\\s*들)"),
            re(
                "세요|돼요|됩니다|져요|집니다|고쳐|말\\s*들어|직빵|비밀로|넘어졌다고|신고\\s*걱정|키웠|안\\s*그래요|(?:가둬|굶겨|패)요|벌주|조용해|효과"
            )
        ],
        unless: re(
            "학대(?:입니다|예요|이에요|에\\s*해당|로\\s*(?:신고|처벌)|\\s*(?:신고|예방|사례|정황|혐의))|하면\\s*안|안\\s*됩니다|마세요|말아야|절대|금지|입건|기소|구속|판결|재판|부모가\\s*(?:\\S+\\s+)?(?:경찰|검찰)|(?:한|했던|했다는)\\s*(?:부모|아버지|어머니|계부|계모)|소설|드라마|영화"
        )
    }
];
