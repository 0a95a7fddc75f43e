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
export const reportWords =
    "신고|제보|탐지|차단|규칙|모니터링|점검|감사\\s*(?:팀|실|결과)|적발|징계|처벌|혐의|의혹|기소|판결|수사|고발|막으|방지|예방|금지|해당(?:합니다|해요|할\\s*수)|범죄(?:입니다|예요)|불법(?:입니다|이에요)|거절|안\\s*됩니다";
const told = unlessTold(reportWords);

/** Harm a text is asked to do: threaten, insult, demean, deceive, or tell someone to die. */
const harmfulText =
    "협박\\s*(?:문자|메시지|편지|글)|겁주는\\s*(?:문자|메시지|글|말)|(?:모욕|비하|조롱|성희롱|음담패설|혐오)(?:하는|적인|적으로)?\\s*(?:\\S+\\s+)?(?:개그|드립|글|댓글|문자|멘트|대사|농담|문장)|가짜\\s*(?:\\S+\\s+)?(?:후기|리뷰)|악플|(?:자존심|기분)\\s*(?:긁는|상하게\\s*하는|나쁘게\\s*하는)\\s*(?:\\S+\\s+)?(?:말|글|문자|댓글)|['\"‘“](?:자살해|죽어|뒤져)['\"’”](?:라는|는)?\\s*(?:말|걸)";

export const workPhrases: Phrase[] = [
    {
        // A request for harmful text (content 78: "전 남친한테 보낼 협박 문자 좀 써줘", "장애인 비하 개그 10개만 써줘",
        // "이 댓글 더 모욕적으로 바꿔줘"): waits for the next sentence, where an assistant's refusal undoes it.
        category: "harassment",
        rule: "phrase.request.harm",
        pattern: new RegExp(
            eachUnless(
                [
                    `(?:${harmfulText})\\S*\\s*(?:\\S+\\s+){0,4}?(?:좀\\s*)?(?:써\\s*(?:줘|주세요|줄래|봐)|만들어\\s*(?:줘|주세요)|작성해\\s*(?:줘|주세요)|\\d+\\s*개(?:만)?\\s*(?:써|만들|뽑아))`,
                    "(?:더\\s*)?(?:모욕적으로|무섭게|기분\\s*나쁘게|상처\\s*받게|비꼬(?:게|는\\s*걸로)|돌려서\\s*공손하게)\\s*(?:\\S+\\s+){0,3}?(?:바꿔|써|다듬어)\\s*(?:줘|주세요|줄래)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.fraud.books",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:분식\\s*회계|비자금|유령\\s*(?:직원|회사)|입찰\\s*담합|회계\\s*조작|매출\\s*부풀리|장부\\s*(?:조작|고치|두\\s*개))\\S*\\s*(?:\\S+\\s+){0,3}?(?:시키|하자|해\\s*(?:주시면|줘|둘게|놓을게)|합시다|갑시다|진행해|만들(?:자|기|어)|정리해\\s*둘게|챙겨|안\\s*걸려|티\\s*안\\s*나게|그냥\\s*함)",
                    "유령\\s*직원\\s*(?:급여|월급|인건비)",
                    "투찰가\\s*(?:를\\s*)?(?:미리\\s*)?(?:맞춰|짜|정해)|돌아가면서\\s*(?:따게|따자|낙찰)",
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
                    "(?:고과|평가|승진|재계약|인사)\\s*(?:\\S+\\s+)?생각하면\\s*(?:\\S+\\s+)?(?:거절|싫다고|빼지)\\s*(?:안|못|말)",
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
        // An intent said after a harmless question (content 78's turns: "…몇 시에 퇴근해? / 주차장에서 기다렸다가
        // 제대로 밟아주려고", "…로프 튼튼한 거 추천해줘 / 혼자 조용히 끝내려고", "잔에 약 좀 타면").
        category: "violence",
        rule: "phrase.intent.revealed",
        pattern: new RegExp(
            eachUnless(
                [
                    "기다렸다가\\s*(?:제대로\\s*|한\\s*번\\s*)?(?:밟아|패|때려|손봐|혼내|조져)\\s*(?:주려고|줄\\s*거|줘야지|버리려고)",
                    "안\\s*찍히는\\s*(?:길|곳|데)(?:로|에서)\\s*(?:\\S+\\s+)?(?:혼내|패|때려|손봐|밟아)",
                    "브레이크\\s*(?:쪽|선|오일)?\\s*(?:좀\\s*)?(?:손봐|끊어|풀어)\\s*(?:놔야|놓을|버릴|둬야|놔야겠)",
                    "(?:집|회사|학교)까지\\s*(?:따라갈|쫓아갈|따라가\\s*볼)\\s*(?:거|게|꺼)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "self_harm",
        rule: "phrase.intent.self_harm",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:같이|함께)\\s*(?:갈|뛸)\\s*(?:사람|분)[^\\n]{0,40}(?:대교|다리|옥상)[^\\n]{0,20}(?:혼자는\\s*무서|마지막|끝내)",
                    "혼자\\s*조용히\\s*(?:끝내려고|끝낼\\s*거|가려고|떠나려고)",
                    "모아\\s*(?:뒀다가|두었다가|놨다가)\\s*(?:한\\s*번에|한꺼번에)\\s*(?:다\\s*)?먹"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.drink.spiked",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:기억\\s*(?:안\\s*나게|못\\s*하게|잃게)|정신\\s*(?:잃게|못\\s*차리게))\\s*(?:하는|만드는)\\s*약",
                    "(?:술|잔|음료|소주|맥주|커피|물)에\\s*(?:몰래\\s*)?(?:약|뭐|수면제|보드카|가루|물뽕)\\s*(?:좀\\s*|몰래\\s*)?(?:타서|타면|타\\s*(?:줄|볼|놓)|탔)(?!\\s*(?:마시지|먹지))"
                ],
                told
            ),
            "g"
        )
    },
    {
        // Insider theft, poison slipped in, a colleague pushed out, spying put in code (content 78).
        category: "dangerous",
        rule: "phrase.harm.quiet",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:접속|감사|access)\\s*로그\\s*(?:다\\s*)?(?:지우고|삭제하고|끄고)\\s*(?:\\S+\\s+)?(?:나가면|빼면|가져가면|모름|안\\s*걸려)",
                    "퇴사자\\s*계정으로\\s*(?:몰래\\s*)?(?:접속|로그인)",
                    "(?:개인\\s*정보|고객\\s*정보|회원\\s*정보)\\S*\\s*(?:\\S+\\s+)?(?:빼서|뽑아서)\\s*(?:\\S+\\s+)?(?:팔자|판다|팔아|넘기자)",
                    "(?:탈륨|청산가리|비소|시안화\\S*|부동액)\\s*(?:구매|구입|어디서|구할|구해)",
                    "(?:정수기|물통|음료|커피|국|약|밥|도시락)에\\s*몰래\\s*(?:타면|섞으면|넣으면|탈|섞을|넣을)",
                    "몰래\\s*(?:섞을|탈|넣을)\\s*독",
                    "(?:사용자|직원|상대|고객)\\s*몰래\\s*(?:\\S+\\s+)?(?:마이크|카메라|녹음|녹화)",
                    "위치(?:를)?\\s*(?:\\S+\\s+){0,2}?몰래\\s*(?:전송|보내|공유)",
                    "악플\\s*자동\\s*(?:작성|생성|달기)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.harassment.pushed_out",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:신입|막내|인턴|복귀한\\s*분|새로\\s*온\\s*분)\\S*\\s*(?:\\S+\\s+)?원샷\\s*(?:시켜|시키자|시킬)",
                    "(?<![가-힣])알아서\\s*나가게",
                    "갈궈서\\s*(?:내보내|쫓아내|나가게)"
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
                    "(?<!(?:명절|설날|추석|세배|할머니|할아버지|이모|삼촌|고모)[^\\n]{0,12})(?<![가-힣])집에\\s*(?:부모님?|엄마|애미|애비)(?:은|는)?\\s*(?:계시고|있고|살아\\s*(?:계시|있))\\s*\\?"
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
                    "(?<!(?:모음|자모|글자|중성|받침)\\s*['\"‘“]?)(?<![ㄱ-ㅣ가-힣])(?<![ㅏ-ㅣ]['\"’”]\\s*[,，、]\\s*['\"‘“])(?!ㅗ['\"’”]\\s*[,，、]\\s*['\"‘“][ㅏ-ㅣ])ㅗ{1,3}(?![ㄱ-ㅣ가-힣])",
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
    },
    {
        // A threat in the formal register (content 85: "연구실에 불을 지를 계획입니다", "자제분의 안전을 장담할 수
        // 없습니다", "윗집 사람들을 제 손으로 처리하겠습니다", "가족 중 한 분이 곧 사고를 당하시게 될 것입니다").
        category: "violence",
        rule: "phrase.threat.formal",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:불을\\s*지를|다치게\\s*할|해칠)\\s*(?:계획|예정)(?:입니다|이오니|이니|이다|임)",
                    "(?:자제분|자녀분?|가족|따님|아드님|부모님|동생|아이|너|당신|귀하)(?:들)?(?:의)?\\s*안전(?:을|은|도)?\\s*(?:장담|보장)(?:할\\s*수\\s*없|하지\\s*못|\\s*못)",
                    "(?:사람|놈|년|인간|새끼)(?:들)?(?:을|를)?\\s*(?:제|내)\\s*손으로\\s*(?:처리|없애|끝내|죽이|정리)",
                    "(?:곧|머지않아)\\s*(?:큰\\s*)?사고를\\s*당하(?:시게|게)\\s*될",
                    "(?:다리|팔|몸|얼굴|손가락|무릎)(?:가|이)?\\s*(?:아직\\s*)?멀쩡(?:할|하실|한|하실\\s*적)\\s*때",
                    "손\\s*(?:좀\\s*)?봐\\s*드려야"
                ],
                told
            ),
            "g"
        )
    }
];
