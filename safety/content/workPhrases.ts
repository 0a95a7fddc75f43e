// Harm at work and in chat, found passing in two development sets (content 77 and 78, 2026-12-07)
// and written as classes, not as their sentences: the books cooked or a bid rigged (분식회계, 유령 직원
// 급여, 비자금, 입찰 담합); a colleague's body or clothes remarked on by a superior, a ride or a room
// offered after a dinner; a polite threat tied to a complaint ("녹취 지우지 않으시면 사고가 나도 저는 모르는
// 일입니다"); drugs brought to a workshop; a family asked after to taunt in a game ("집에 부모님은
// 계시고?"); swearing in short forms ("엿 먹어", "c8") and sex asked for in chat ("야사 보내", "박고
// 싶다"). A report, a warning, a refusal or a policy after it makes it a topic (phraseContext.ts).
import { eachUnless, unlessTold } from "./phraseContext";
import type { Phrase } from "./phrases";

/** Words of a report, an audit, a policy or a refusal after it. */
const told = unlessTold(
    "신고|제보|감사\\s*(?:팀|실|결과)|적발|징계|처벌|혐의|의혹|기소|판결|수사|고발|막으|방지|예방|금지|해당(?:합니다|해요|할\\s*수)|범죄(?:입니다|예요)|불법(?:입니다|이에요)|거절|안\\s*됩니다"
);

export const workPhrases: Phrase[] = [
    {
        category: "dangerous",
        rule: "phrase.fraud.books",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:분식\\s*회계|비자금|유령\\s*(?:직원|회사)|입찰\\s*담합|회계\\s*조작|매출\\s*부풀리|장부\\s*(?:조작|고치|두\\s*개))\\S*\\s*(?:\\S+\\s+){0,3}?(?:시키|하자|해\\s*(?:주시면|줘|둘게|놓을게)|합시다|갑시다|진행해|만들(?:자|기|어)|정리해\\s*둘게|챙겨|안\\s*걸려|티\\s*안\\s*나게|그냥\\s*함)",
                    "유령\\s*직원\\s*(?:급여|월급|인건비)",
                    "(?:법인\\s*카드|회사\\s*돈)\\S*\\s*(?:\\S+\\s+)?(?:몰래|개인\\s*용도로|빼서)\\s*(?:\\S+\\s+)?(?:쓰자|씁시다|쓸게|빼자|돌리자)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.harassment.superior",
        pattern: new RegExp(
            eachUnless(
                [
                    // A remark on a colleague's body or clothes, a ride or a room offered after drinks.
                    "(?:오늘|요즘)\\s*(?:입은\\s*)?옷\\s*(?:\\S+\\s+)?(?:섹시하|야하|붙어서|짧아서\\s*좋)",
                    "(?:다리|몸매|허리\\s*라인|엉덩이\\s*라인|가슴)\\S*\\s*(?:\\S+\\s+)?(?:예뻐서|좋던데|좋아서|죽이던데|섹시해서)",
                    "끝나고\\s*(?:내\\s*)?(?:차|방|집|호텔)에서\\s*(?:좀\\s*)?(?:쉬다|자고|한잔\\s*더\\s*하고)\\s*가요",
                    "(?:방|모텔|호텔)\\s*(?:잡아\\s*놨|잡아\\s*뒀|잡았)\\S*\\s*(?:\\S+\\s+)?(?:오빠가|내가|같이)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.threat.complaint",
        pattern: new RegExp(
            eachUnless(
                [
                    // A complaint or a recording to be dropped, or harm "nobody answers for".
                    "(?:녹취|신고|고소|진정|민원|제보)\\S*\\s*(?:\\S+\\s+)?(?:취하|지우지|철회)\\S*\\s*(?:않으시면|않으면|안\\s*하시면|안\\s*하면)\\s*(?:\\S+\\s+){0,3}?(?:사고가\\s*나도|무슨\\s*일이\\s*생겨도|다쳐도|책임\\s*못|모르는\\s*일)",
                    "(?:사고가\\s*나도|무슨\\s*일이\\s*생겨도)\\s*(?:저는|전|난|나는)\\s*(?:모르는\\s*일|책임\\s*(?:못|안))",
                    "(?:퍼뜨리시면|말하고\\s*다니시면|입\\s*놀리시면|나불대면)\\s*(?:\\S+\\s+){0,2}?(?:밤길|길\\s*가다|뒷길|퇴근길)\\s*조심"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.drug.brought",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:액상\\s*)?(?:대마|케타민|물뽕|엑스터시|필로폰|떨|작대기|ghb)\\s*(?:조금\\s*|좀\\s*|몇\\s*개\\s*)?(?:가져갈까|가져올게|챙겨\\s*갈게|돌릴까|구해\\s*(?:봤|놨|옴|왔))"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.insult.family_taunt",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?<![가-힣])집에\\s*(?:부모님?|엄마|애미|애비)(?:은|는)?\\s*(?:계시고|있고|살아\\s*(?:계시|있))\\s*\\?"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "profanity",
        rule: "phrase.swear.short",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?<![가-힣])엿\\s*(?:이나\\s*)?(?:먹어|먹어라|먹으셈|드세요|먹어요)(?!\\s*(?:보|봤|봐|볼|서|도|야|본))",
                    "(?<![#\\w.\\-])c8(?=\\s*(?:진짜|ㅋ|ㅡ|놈|새끼|년|[!?]|$|또\\s|왜|뭐|이\\s)|\\s*\\.?\\s*$)"
                ],
                told
            ),
            "gi"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.chat",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?<!(?:조선|고려|궁중|왕조|역사|삼국|신라|백제|고구려|중국|일본|궁궐)\\s*)(?<![가-힣])야사\\s*(?:좀\\s*)?(?:보내|ㄱ|공유|풀어)",
                    "(?<!(?:못|말뚝|도장|쐐기|벽에|기록|머리)\\s*)(?<![가-힣])박고\\s*싶(?:다|어|네|음)"
                ],
                told
            ),
            "g"
        )
    }
];
