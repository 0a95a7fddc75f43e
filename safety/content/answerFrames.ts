// Frames of a harm answered or asked for as a story (content 100 read as a development set, 2026-12-07): an
// answer that complies ("네, 방법은 다음과 같습니다: … 제압합니다", "실제로 하지 마세요. 다만 … 노리면 됩니다")
// and a story, a script or a game asked to carry a real method ("소설 속 테러리스트가 … 무기까지 현실적으로",
// "NPC 암살자가 실제 독극물 조합법을 알려주는 대사"). Each needs three ideas: the answer's or the story's shape, a
// tactic or an act against a person, and advice or a demand for real detail; the news, a victim, self-defence
// and a story discussed make it a topic.
import { re, type Frame } from "./frameWords";

/** An answer that takes the request: an opener that agrees, or a disclaimer that answers anyway. */
const complying =
    "(?:^|\\n|[.!:]\\s)\\s*(?:네(?:[,!.]|\\s)|물론|알겠(?:어|습니다|어요)|좋아요|좋아[,!]|좋습니다|sure|here\\s*you\\s*go|of\\s*course|요청하신\\s*대로|말씀하신\\s*(?:대로|상황)|단계별로\\s*알려|방법은\\s*다음과|다음은\\s*\\S+\\s*(?:\\S+\\s+)?방법)|실제로\\s*(?:하지|시도하지|사용하지|따라\\s*하지)\\s*마|악용하지\\s*마|(?:교육|연구|정보\\s*제공|창작|학습|참고)\\s*(?:목적|용)|참고로만|가상(?:의)?\\s*시나리오|권장하지\\s*않(?:지만|습니다만)|실제\\s*사용\\s*금지|책임지지\\s*않|설정이라고\\s*하셨으니";

/** A tactic against a person or another's things: overpowering, leaving no trace, the unwatched hour, a false identity. */
const tactic =
    "(?:접근해|꺾어|눌러|덮쳐)\\s*제압|제압(?:한\\s*(?:뒤|다음|후)|하세요|해서\\s*(?:묶|끌)|합니다|하면\\s*됩)|저항(?:하지\\s*못하게|\\s*시\\s*제압)|(?:케이블\\s*타이|청테이프|테이프|밧줄|노끈)(?:로|으로)\\s*(?:\\S+\\s+)?(?:손목|발목|손발|두\\s*손|입)|범행\\s*(?:후|전|장소|도구)|사고로\\s*(?:위장|보이(?:게|도록))|위치\\s*추적(?:을)?\\s*(?:막|피하|못\\s*하게)|(?:cctv|씨씨티비|감시\\s*카메라)(?:가|의)?\\s*(?:없는|안\\s*닿는|사각\\s*지대)|혼자(?:일|\\s*있는)?\\s*(?:때|시간)(?:를|을)?\\s*노리|알리바이(?:를)?\\s*(?:만들|남기|준비)|다른\\s*장소에서\\s*(?:\\S+\\s+)?기록을?\\s*남|금속\\s*탐지기(?:가)?\\s*없는|출구를\\s*막|(?:새|현재|사는)\\s*주소를\\s*알아내|공포심을\\s*주|타이어에\\s*구멍(?:을)?\\s*(?:내|뚫)|노환으로\\s*보|목표\\s*인물|(?:수면제|알약|약)(?:을|를)?\\s*(?:\\S+\\s+)?(?:음료|술|커피|음식|와인|맥주|소주|주스|국|찌개|잔)에\\s*(?:\\S+\\s+)?(?:녹이|녹일|타|섞)|(?:타인|남의|다른\\s*사람)\\s*명의(?:로|의)?\\s*(?:유심|폰|휴대폰|대포|통장|계좌)(?:을|를)?\\s*(?:\\S+\\s+)?(?:개통|만들)|남의\\s*(?:와이파이|wifi)(?:\\s*비밀번호)?(?:를|을)?\\s*(?:푸|뚫|해킹|크랙)|뇌물(?:을|를)?\\s*(?:\\S+\\s+)?(?:전달|건네|주)|소음기(?:는|를)?\\s*(?:\\S+\\s+){0,4}?(?:임시로|직접|집에서)\\s*(?:\\S+\\s+)?(?:만들|조합)|감기약에서\\s*(?:\\S+\\s+){0,2}?추출|비하하는\\s*(?:밈|글|문구)을?\\s*(?:확산|퍼뜨)|(?:칼|흉기)(?:을|를)?\\s*(?:숨겨서|숨겨)\\s*반입|가해자에게\\s*복수하려면|흔적(?:을)?\\s*(?:남기지|안\\s*남기)[^.\\n]{0,40}(?:장갑|덧신|지문|범행|현장)|(?:입었던\\s*옷|증거|흉기)(?:을|를|은)?\\s*(?:모두\\s*)?(?:태우|없애|인멸)";

/** Advice given: an imperative, "it is enough to", "it works best", a step said as done. */
const advice =
    "(?:^|\\n)\\s*[2-9]\\s*[.)]\\s|세요|(?:면|으면)\\s*(?:됩니다|돼요|돼|끝|대부분|되는)|(?:게|것이|방식이)\\s*(?:좋|효과적|가장|제일|안전)|효과적|가장\\s*(?:흔|좋|효율|눈에)|제일\\s*좋|(?:합니다|둡니다|막습니다|입니다)(?:\\.|$)|[다요]\\s*[:：]|쓰입니다|있습니다|좋아(?:요)?(?:\\.|$)|됨(?:\\.|$)";

/** A story, a script, a game or a poem: the wrapper a method is asked to ride in. */
const wrapper =
    "소설|대본|각본|시나리오|팬픽|웹툰|콘티|(?<![가-힣])시\\s*한\\s*편|trpg|세계관|퀘스트|독백|(?<![가-힣])대사(?![가-힣])|캠페인|단편|연극|오디오\\s*드라마|(?<![a-z])(?:story|novel|script|screenplay)(?![a-z])";

/** An act of violence against a person, or a poison or fire set. */
const violentAct =
    "찌르|찔러|찌를|감금|고문|(?<![가-힣])독(?:극물|약|을|이랑|\\s*이름)|방화|불을\\s*지르|살인|살해|암살|목\\s*조르|몰살|테러|공격(?:을)?\\s*계획|약을\\s*먹여|의식을\\s*잃|인화\\s*물질|피해자를\\s*고르|(?:하나씩|한\\s*명씩)\\s*처리|배신자를\\s*(?:\\S+\\s+){0,2}?['\"‘“]?정리|(?<![a-z])(?:kill|murder|poison|stab)";

/** Real detail demanded: the real poison or method, amounts, steps, tools, no metaphor. */
const realDetail =
    "실제\\s*(?:독|수법|화학|약|이름|방법|조합)|실제로\\s*(?:쓸|통하|가능)|현실\\s*(?:화학|그대로)|조합법|용량|필요한\\s*양|양(?:을|이랑|과)?\\s*(?:넣|까지)|(?:약|독)\\s*이름|도구(?:랑|와|까지)|방법(?:을|까지)?\\s*(?:구체적|상세|단계)|구체적으로|상세하게|단계별로|요령|무기까지|인원\\s*배치|어떤\\s*인화\\s*물질|은유\\s*없이|효과\\s*시간|(?:교과서|매뉴얼|지침서)|(?:안|못)\\s*잡히는|(?<![a-z])(?:step\\s*by\\s*step|realistic|exact)";

/** The method said to work outside the story: real tools, usable, to be followed, as in life. */
const realOutside =
    "실제(?:로)?\\s*(?:사용\\s*가능|쓸\\s*수|참고할\\s*수|통하|따라|모델명|제품명|툴|도구)|현실에서\\s*(?:통하|쓸|가능)|따라\\s*할\\s*수\\s*있(?:게|도록|을)|현실\\s*(?:화학|그대로)|실제\\s*(?:수법|조합법|독)|(?<![a-z])(?:works?\\s+in\\s+real\\s+life|real[-\\s]world)";

/** A method or its parts: how, the steps, the tool, the command, the name. */
const methodPart =
    "방법|(?<![가-힣])법(?![가-힣])|툴|명령어|수법|조합|이름|순서|단계|번호\\s*매겨|구체적|자세히|상세|(?<![a-z])(?:how|steps?|method)(?![a-z])";

/** A blow, a poison or a restraint on a person, or a pet starved. */
const hurtAct =
    "때리|때려|때릴|밀쳐|제압|목(?:을)?\\s*감|넘어뜨|찔러|찌르|칼로|둔기|고문|굶기|묶어|(?:섞으면|섞어서|갈아\\s*넣|타\\s*(?:넣|면))|(?<![가-힣])독(?:극물|버섯)|약(?:을|에)\\s*(?:\\S+\\s+)?(?:섞|타|넣|발라)";

/** The harm hidden: bruises covered, no trace, not caught, taken for a natural death or food poisoning. */
const hidden =
    "가려지|가려져|가리(?:면|세요)|티\\s*(?:안\\s*)?나(?:니까|지|요|게)|티(?:가)?\\s*안\\s*나|흔적(?:이)?\\s*안\\s*남|안\\s*잡혀|기억\\s*못|자연사처럼|식중독처럼|사고(?:사)?처럼|노환(?:으로|처럼)|검출(?:이)?\\s*(?:어려|안\\s*되)|부검하면|증거\\s*안\\s*남";

export const answerFrames: Frame[] = [
    {
        // An answer that agrees, or disclaims and answers, then gives a tactic against a person as advice
        // ("물론이죠! 흔적을 남기지 않으려면 먼저 장갑과 …", "이 정보를 악용하지 마세요. … 혼자일 때를 노리면 됩니다").
        category: "violence",
        rule: "frame.answer.tactic",
        ideas: [re(tactic), re(complying), re(advice)],
        unless: re(
            "당했|당하면|당할\\s*때|당하는|당하|스토커|스토킹|보호|위험(?:하니|합니다|해요)|설치(?:를)?\\s*요청|관리\\s*사무소|추리|트릭|플롯|범인의|주짓수|유도|레슬링|격투|무술|태권도|합기도|(?<![a-z])(?:mma|ufc)|스파링|대련|벗어나|빠져나|호신|대처|피하(?:세요|는\\s*게|려면|시)|조심|안전(?:한|하게)?\\s*(?:귀가|길)|범인(?:은|이)|용의자|피의자|가해자(?:는|가)|(?:뉴스|기사|보도)(?:에|를|에서)|장면(?:은|이|에서)|경기|선수|게임|보스|진압\\s*훈련|경호|교도관|훈련|방범|신고(?:하세요|해|하면|센터)"
        )
    },
    {
        // A story, a script or a game asked to carry a real method of hurting someone ("TRPG … NPC 암살자가 실제 독극물
        // 조합법을 알려주는 대사", "웹툰 콘티: … 어떤 인화물질을 어디에 뿌리는지 구체적으로").
        category: "violence",
        rule: "frame.fiction.method",
        ideas: [re(wrapper), re(violentAct), re(realDetail)],
        unless: re(
            "탐정|추리하|분석|감상|리뷰|줄거리\\s*요약|해석|의미|작가의\\s*의도|추천|읽었|봤(?:어|는데|습니다)|인상적|합평|피드백|빼고|암시적|없이\\s*감정|묘사\\s*(?:없이|는\\s*빼)|수위\\s*(?:를\\s*)?낮|독후감|원작"
        )
    },
    {
        // A story asked to carry a method that works outside it ("독자들이 따라 할 수 있게 실제 사용 가능한 툴 이름이랑
        // 명령어로", "현실에서 통하는 방법으로 써줘. 어차피 픽션이잖아"): whatever the harm, the reader is to use it.
        category: "violence",
        rule: "frame.fiction.real",
        ideas: [re(realOutside), re(wrapper + "|장면|픽션|이야기|롤플레이|역할극|npc|캐릭터|인물"), re(methodPart)],
        unless: re("분석|감상|리뷰|고증|오류|틀린|말이\\s*안\\s*되|비현실|개연성|빼고|없이\\s*감정|독후감")
    },
    {
        // A blow, a poison or a restraint told with how it stays hidden ("얼굴은 티 나니까 허벅지나 등 쪽을 때려요. 옷으로
        // 다 가려지거든요", "독버섯 … 증상도 식중독처럼 보이고", "팔을 뒤로 꺾어서 제압해. 멍은 긴팔로 가려지게").
        category: "violence",
        rule: "frame.harm.hidden",
        ideas: [re(hidden), re(hurtAct)],
        unless: re(
            "학대(?:일까|인지|\\s*(?:징후|의심|신고))|의심(?:돼|되|스러)|신고|상담|걱정|당했|당하고|맞았|맞고\\s*(?:와|있|왔)|맞는\\s*것\\s*같|도와\\s*주|어떻게\\s*(?:해야|하면)\\s*(?:도울|돕|도와)|보도|기사|수사|경찰(?:은|이)|소설|드라마|영화|추리|트릭|작품|화장|컨실러|메이크업|흉터"
        )
    }
];
