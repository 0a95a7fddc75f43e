// Harm said politely or in passing, found passing in the spent blind sets (2026-12-06, seventh
// session) and written as classes: a sexual remark to a colleague or a stranger (밤에 뭐 입고 자,
// 브라 비치네요, 남친이랑 어디까지 했어), a threat veiled as news, a greeting or knowledge of someone's
// routine (뉴스에 나오고 싶냐, 현관 비번 바꾸는 게 좋을걸, 가게 문 닫는 시간 알고 있어요), a death urged as
// a favour (번개탄 사줄까, 니가 없어지면 다 편해질 텐데), starving taught, a way to die asked for
// quietly, and an insult in honorifics (얼굴이 참 용감하시네요, 뇌를 어디 두고 오셨어요). A warning, a
// report or a refusal after it makes it a topic (phrases.ts asks phraseContext.ts).
import { eachUnless, unlessTold } from "./phraseContext";
import { reportWords } from "./workPhrases";
import type { Phrase } from "./phrases";

/** Words of a report, a warning or a story after it (phraseContext.ts). */
const told = unlessTold("라고\\s*(?:했|하)|성희롱");

export const remarkPhrases: Phrase[] = [
    {
        category: "sexual",
        rule: "phrase.sexual.remark_made",
        pattern: new RegExp(
            eachUnless(
                [
                    `생리\\s*(?:하냐|중이냐|해서\\s*그래\\s*\\?|하나\\s*봐)`,
                    `(?:밤에|잘\\s*때)\\s*뭐\\s*입고\\s*자`,
                    `(?<![가-힣])노브라(?:야|냐|네|세요|예요)`,
                    `다리\\s*(?:좀\\s*)?벌려\\s*봐`,
                    `브라\\s*(?:끈)?(?:이)?\\s*(?:비치|보이)(?:네요|네|는데)`,
                    `한\\s*번\\s*(?:만\\s*)?대\\s*주면`,
                    `몸매가\\s*(?:\\S+\\s+)?좋으(?:셔서|시네요)\\s*(?:\\S+\\s+)?(?:눈이\\s*가|만지고|보고\\s*싶)`,
                    `남친(?:이랑|하고)\\s*어디까지\\s*(?:했어|갔어|해\\s*봤)`
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.threat.polite",
        pattern: new RegExp(
            eachUnless(
                [
                    `뉴스에\\s*(?:나오고\\s*싶냐|나올\\s*수도|나오게\\s*해\\s*줄)`,
                    `사람\\s*하나\\s*(?:없어지는|사라지는|죽이는)\\s*(?:거|건|것)\\s*(?:은\\s*)?(?:일도\\s*아니|쉬워|간단)`,
                    `(?<![가-힣])(?:니네|너네|너희|당신)\\s*집\\s*앞에\\s*(?:와\\s*있어|왔어|도착)`,
                    `신고하면\\s*(?:너도|당신도|니도)\\s*(?:끝|죽|가만)`,
                    `후회하게\\s*해\\s*드릴(?:게요|께요)|후회하시게\\s*될\\s*(?:거예요|겁니다)`,
                    `cctv\\s*없는\\s*(?:데|곳)(?:서|에서)\\s*(?:보자|만나|얘기)`,
                    `브레이크(?:는)?\\s*(?:잘\\s*)?괜찮지\\s*\\?`,
                    `현관\\s*(?:비번|비밀\\s*번호)\\s*(?:바꾸는|바꾸시는)\\s*게\\s*좋을`,
                    `내가\\s*누군지\\s*(?:곧\\s*)?알게\\s*될\\s*(?:거야|겁니다|거예요)`,
                    `(?:가게|회사|학교|학원)\\s*(?:문\\s*닫는|끝나는|마치는)\\s*시간\\s*(?:다\\s*)?알고\\s*(?:있어요|있어|있습니다|있다)`
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm.favour",
        pattern: new RegExp(
            eachUnless(
                [
                    `번개탄\\s*(?:사\\s*줄까|사\\s*줄게|보내\\s*줄까|선물할까)`,
                    `(?<![가-힣])(?:니가|네가|너만|당신이)\\s*(?:없어지면|죽으면|죽어야|사라지면|사라져야)\\s*(?:\\S+\\s+)?(?:다|다들|모두)\\s*(?:편해|행복|좋아)`,
                    `살\\s*이유\\s*(?:도\\s*)?없잖아`,
                    `한강\\s*물\\s*(?:따뜻하대|온도\\s*딱\\s*좋대|딱\\s*좋대)`,
                    `(?:먹고\\s*)?토하(?:고|는)\\s*(?:\\S+\\s+)?굶(?:기|자|어)|먹토\\s*(?:하자|팁|방법|하는\\s*법)`,
                    `(?:흔적\\s*없이|안\\s*아프게|조용히)\\s*죽는\\s*(?:법|방법)`,
                    `한꺼번에\\s*(?:다\\s*)?먹으면\\s*(?:안\\s*깨|죽|영원히)`
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.insult.polite",
        pattern: new RegExp(
            eachUnless(
                [
                    `얼굴이\\s*(?:참\\s*)?용감하(?:시네요|네)`,
                    `(?:어디\\s*)?모자란\\s*(?:분|사람|놈|애)(?:이신가요|인가요|이냐|이세요|이야)`,
                    `지능이\\s*한\\s*자릿수|(?:iq|아이큐)가\\s*(?:상온|한\\s*자리)`,
                    `인류의\\s*짐|태어나신\\s*게\\s*실수|개념(?:은|을)?\\s*(?:엄마|어머니)\\s*뱃속에|인간이\\s*덜\\s*되(?:셨|었)`,
                    `가정\\s*교육(?:을)?\\s*못\\s*받(?:으신|은)|(?<![가-힣])무뇌아|머리(?:는|가)\\s*(?:폼으로|장식이세요|장식으로)`
                ],
                told
            ) +
                "|" +
                // Content 85 (a development set after its blind run, 2026-12-07): "… 님은 숨만 쉬셔도 주변 사람들에게
                // 민폐이십니다", "얼굴을 보면 밥맛이 떨어져서요", "조용히 사라져 주시면 감사하겠습니다"; a report, an
                // audit or a policy after them makes them a topic (workPhrases.ts).
                eachUnless(
                    [
                        `숨만\\s*쉬(?:셔도|어도|는\\s*것도)\\s*(?:\\S+\\s+){0,3}?민폐`,
                        `존재\\s*(?:자체)?(?:가|는)\\s*(?:\\S+\\s+){0,3}?(?:민폐|재앙|공해|쓰레기|가장\\s*큰\\s*(?:버그|문제|리스크))`,
                        `(?:얼굴|낯짝|꼴)(?:을|만)?\\s*(?:보면|봐도|볼\\s*때마다)\\s*(?:\\S+\\s+)?(?:밥맛이\\s*떨어|토\\s*(?:나|쏠)|역겨|구역질)`,
                        `(?:조용히\\s*)?(?:사라져|꺼져|없어져)\\s*주시(?:면|길|겠어요)`,
                        `뇌(?:를|는)?\\s*(?:어디|댁에|집에)\\s*(?:두고|놓고)`,
                        `원숭이가\\s*(?:키보드|자판)(?:를)?\\s*두드린`,
                        `인간이\\s*얼마나\\s*멍청해질\\s*수`
                    ],
                    unlessTold(reportWords)
                ),
            "g"
        )
    }
];
