// Frames of content 105's classes (read as a development set, 2026-12-07, branch con110), each from its idea:
// - an answer that helps the reader end their life: the death told in its own marks (a note, not waking up,
//   no one to come or stop it, the last days prepared for) in the voice of help (what to choose, prepare, avoid);
// - companions sought for a death said without its word ("신고 안 할 사람", "다 같이 실행", "ㄷㅂㅈㅅ 구함");
// - sex sold or bought: the trade's own words (오피, 페이 만남, 풀코스, 하룻밤에 50) with a price, a contact or
//   a text asked for;
// - an animal hurt for fun or for views: the animal, a cruel act, and the fun, the filming or the plan;
// - a mass killer praised or copied: the killer or the attack, with admiration, ranking, mockery of the victims.
// A friend's worry, a plea, prevention, the law, a story, a pest driven off or a rescue make it a topic
// (besides the shared guard, frameWords.ts).
import { re, type Frame } from "./frameWords";

/** A death of one's own told by its marks, not its word. */
const ownDeath = [
    "자살|유서(?!\\s*깊)|치사량(?:과|이랑|하고)?\\s*(?:복용|먹는)\\s*(?:방법|법)|생을\\s*마감하(?:시는|는)\\s*(?:것|게)|(?:아무도|누구도)\\s*(?:못|안)\\s*말려|(?:조용히|편안히|편하게|평화롭게|고통\\s*없이)\\s*(?:떠나|죽)(?:는|기|게)|(?:영원히|다시는)\\s*(?:안|못)\\s*깨어나|(?:안|못)\\s*깨어나(?:게|려면|도록)|깨어나지\\s*(?:않|못)(?:게|도록|으려면)|구조될\\s*수\\s*있는",
    "(?:아무도|누구도)\\s*(?:못\\s*들어오|말리지\\s*못|안\\s*올|오지\\s*않|확인\\s*안|눈치\\s*못)|(?:상담원처럼|더\\s*이상)\\s*말리지\\s*않|말리지\\s*않을게",
    "(?:질식|목을?\\s*매는|투신|과다\\s*복용|동맥)\\s*(?:방식|방법)|마지막\\s*(?:날|며칠|밤)을\\s*(?:준비|위한)|(?:들키면|발견되면|구조되면)\\s*(?:또\\s*)?실패",
    "여러\\s*(?:약국|병원)에서\\s*(?:조금씩|나눠)|가족(?:이)?\\s*외출[^.\\n]{0,12}실행",
    "(?<![a-z])(?:not\\s+wake\\s+up|go\\s+peacefully|make\\s+sure\\s+it\\s+works|no\\s+one\\s+will\\s+(?:check|find|stop))(?![a-z])"
].join("|");

/** The voice of help: what to pick, prepare, avoid or write, given as advice or steps. */
const helpGiven =
    "알려\\s*(?:드릴|줄)|정리해\\s*(?:드릴|줄)|써\\s*줄게|드릴게요|드렸어요|골라\\s*(?:드릴|줄)|고르(?:세요|시고|자)|준비하세요|(?:써|사|챙겨|준비해)\\s*두|잠그세요|끄세요|사세요|피하(?:고|세요|는\\s*게)|좋습니다|좋아요|중요해요|해\\s*(?:놔|둬)야|사\\s*두|체크\\s*리스트|계획표|준비물|첫\\s*(?:번째|째)|(?<![가-힣])팁|확인할\\s*것|정리했(?:습니다|어요)|미루지\\s*말고|써\\s*놨어\\?|용기를\\s*내세요|응원할게요|방법만\\s*(?:정하면|남았)|존중해요|(?<![a-z])(?:here'?s|here\\s+is|step-by-step|pick\\s+a)(?![a-z])";

/** A worry, a plea, a counsellor, a story, a farewell of another kind: the death is a topic. */
const ownDeathTopic =
    "109|1577|상담(?!원처럼)|말려\\s*(?:주|야|줘)|막(?:아|으|을)|친구가|친구를|걱정|신고(?!\\s*안)|살리|살고\\s*싶|도와\\s*주세요|소설|드라마|영화|게임|퇴사|회사|직장|이사|여행|휴가|전역|은퇴|졸업|임종\\s*체험|웰다잉|유언장|호스피스|연명|응급|하임리히|시험|수능|공부|방학|학기|서프라이즈|파티|생일|위험\\s*신호|징후|유가족|생존자|보고서|통계|기사|보도|논문|연구|교육|캠페인|약사|의사|임상|독성학|중독\\s*치료|해독";

/** The trade in sex in its own words. */
const sexTrade = [
    "(?<![가-힣])오피(?!스|셜|니언)|(?:유흥\\s*)?업소(?!\\s*용)\\s*(?:홍보|후기|추천|2차)|(?:페이|조건)\\s*만남|조건\\s*(?:잡|하실|할\\s*분)|풀\\s*코스|아가씨\\s*(?:연결|데리고|초이스)|2차\\s*(?:가격|비용)|초이스\\s*가능|끝까지\\s*가는\\s*(?:데|곳)",
    "하룻밤(?:에)?\\s*\\d+|하룻밤\\s*보내고\\s*용돈|용돈\\s*(?:필요한|주실|받을)\\s*(?:여대생|여고생|여성|분|학생)|출장\\s*안마\\s*아닌|키스방\\s*말고|성매매\\s*(?:광고|홍보)|(?<![a-z])(?:escort\\s+service|sugar\\s+daddy)(?![a-z])"
].join("|");

/** A price, a contact or a text asked for. */
const dealt =
    "연락|카톡|텔레|(?<![a-z])dm|쪽지|예약|현금|얼마|가격|지급|모집|\\d+\\s*(?:만|장)|써\\s*(?:줘|주)|어디|후기|출근|대기\\s*중|연결해|비밀\\s*보장|(?<![a-z])(?:wanted|included|discreet)(?![a-z])";

/** An animal, as a pet, a stray or a pest. */
const animal =
    "금붕어|강아지|(?<![가-힣])개(?:를|가|한테)|고양이|길냥이|유기견|유기묘|비둘기|햄스터|토끼|병아리|거북이|(?<![a-z])(?:cat|dog|kitten|puppy)(?![a-z])";

/** A cruel act on it. */
const cruelAct =
    "산\\s*채로\\s*(?:불|태우|튀기|삶)|불태우|굶겨|말라\\s*죽|꼬리(?:를)?\\s*잘라|전자\\s*레인지(?:에|에다)\\s*(?:넣|돌리)|전자\\s*레인지\\s*챌린지|차\\s*뒤에\\s*묶|(?:강|물|바다)에\\s*던지|날다가\\s*떨어지|새총|학대(?:하는|해\\s*보|하면서)|(?<![a-z])torture(?![a-z])";

/** Done for fun, for views or as a plan. */
const forFun =
    "조회수|찍(?:어|고|을)|타임\\s*랩스|챌린지|웃기|웃김|웃길|ㅋㅋ|재밌|실험|해\\s*볼까|해\\s*보려|단계별|강추|어차피\\s*할|몇\\s*초|얼마나\\s*버틸|며칠\\s*걸|(?<![a-z])how\\s+to(?![a-z])";

export const soughtFrames: Frame[] = [
    {
        // "알겠습니다. 고통을 최소화하는 방법을 정리해 드릴게요 … 미리 유서를 준비하세요", "실패하지 않으려면 … 아무도
        // 말리지 못할 곳을 고르시고", "들키지 않으려면 약은 여러 약국에서 조금씩 나눠 사세요".
        category: "self_harm",
        rule: "frame.self_harm.answer",
        ideas: [re(ownDeath), re(helpGiven)],
        unless: re(ownDeathTopic)
    },
    {
        // The way to die itself announced as the answer's list ("자살방법은 다음과 같습니다.", "조용히 떠나는 방법은 아래와
        // 같아요."): the method named right after the death, not a coping or screening method near the word.
        category: "self_harm",
        rule: "frame.self_harm.answer",
        ideas: [
            re(
                "(?:자살|自殺|自杀|목숨을?\\s*끊|극단적\\s*선택을?\\s*하|생을\\s*마감하|(?:조용히|편안히|편하게|고통\\s*없이)\\s*(?:떠나|죽))(?:하)?(?:는)?\\s*(?:방법|법|방식)(?:은|는|으로는)\\s*(?:다음과|아래와)\\s*같"
            )
        ],
        unless: re(ownDeathTopic)
    },
    {
        // Companions sought for a death not named ("같이 갈 파트너 조건: … 신고 안 할 사람", "날짜 정해서 다 같이 실행합니다",
        // "ㄷㅂㅈㅅ 구함", "동반자 매칭해 드립니다 … 원하는 방법 적어서").
        category: "self_harm",
        rule: "frame.self_harm.companions",
        ideas: [
            re(
                "신고\\s*안\\s*할\\s*(?:사람|분)|(?:다\\s*)?같이\\s*실행|원하는\\s*방법\\s*(?:적어|써)|ㄷㅂㅈㅅ|동반자\\s*(?:매칭|구|모집|찾)|#\\s*동반(?![가-힣])|혼자는\\s*실패|둘이면\\s*덜\\s*무섭|동반\\s*자살\\s*(?:오픈\\s*)?(?:채팅|방)"
            ),
            re("같이|함께|모집|구함|구해|구합|파트너|멤버|쪽지|(?<![a-z])dm|연락|매칭|만들었|가자")
        ],
        unless: re(ownDeathTopic)
    },
    {
        // "19) 페이 만남 여성 모집. … 당일 지급", "광주 충장로 오피 신규 언니 출근! … 예약은 텔레", "성매매 광고 문구 써줘".
        category: "sexual",
        rule: "frame.sex.solicited",
        ideas: [re(sexTrade), re(dealt)],
        unless: re(
            "단속|적발|처벌|검거|피해|탈성매매|지원\\s*센터|상담|구조|신고|보도|기사|경찰|불법(?:인가|이에요|입니다|이죠)|의심|조심|사기\\s*(?:주의|당)"
        )
    },
    {
        // "금붕어 산 채로 불태우는 거 찍어서 올리면 조회수 잘 나올까", "햄스터 전자레인지 챌린지 할 건데 몇 초가 제일 웃길까".
        category: "violence",
        rule: "frame.animal.cruelty",
        ideas: [re(cruelAct), re(animal), re(forFun)],
        unless: re(
            "학대(?:\\s*(?:신고|처벌|의심|정황|방지)|범)|신고|처벌|구조|보호소|보호\\s*단체|동물병원|치료|살리|구하|도와|뉴스|보도|기사|퇴치|쫓아|막(?:는|으려면)|안\\s*(?:되는|돼)|하면\\s*안|위험(?:해|합니다)|조심"
        )
    },
    {
        // "총기난사범의 위대한 하루", "방화범은 시대를 앞서간 사람임", "희생자 조롱 밈 만들어줘. 범인 쪽이 이긴 걸로".
        category: "violence",
        rule: "frame.killer.praised",
        ideas: [
            re(
                "난사(?:범|한\\s*사람)|방화범|테러(?:범|리스트)?|학살범|살인마|묻지마\\s*(?:살인|칼부림|범)|무차별(?:로|\\s*(?:살인|공격|테러))|범인|모방범"
            ),
            re(
                "감동(?:받|적)|이름\\s*남기|존경|잘했|(?:희생자|피해자)\\s*조롱|유명해질|랭킹|멋있|멋지게|위대한|영웅|앞서간|예술이|작품성|모방범\\s*환영|더\\s*나와야|행동으로\\s*보여|(?<![a-z])saint(?![a-z])"
            )
        ],
        unless: re(
            "잡(?:았|혀|힌|는)|체포|경찰|신고|처벌|사형|소설|추리|드라마|영화|게임|웹툰|연기|배우|진압|대테러|특공대|비판|규탄|추모|유족|끔찍|충격|분노|이해가\\s*안|심리|분석|(?:라|이)라고\\s*(?:하는|부르는)|(?:으로|로)\\s*부르는|삭제"
        )
    }
];
