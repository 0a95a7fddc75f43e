// Frames of a threat said to someone, a call to gather and hurt, and urging someone to die or to
// starve (frames.ts reads them). Found from outside (a ninth content tester, held out: plain
// "너 한 번만 더 그러면 진짜 죽인다", polite "다음에 뵈면 살아서 돌아가지 못하실 겁니다", "김 과장 주소
// 찾았다. 다 같이 가서 집단으로 밟아버리자", "그냥 목숨 끊어") passed: each says harm in words no
// phrase held.
import { re, type Frame } from "./frameWords";

/** Someone addressed or named as the one harmed: you, your family, a person by title or name. */
export const addressee =
    "(?<![가-힣])(?:너|넌|니|네|니가|네가|당신|너네|너희|자네)(?![가-힣])|(?<![가-힣])(?:너|니|당신)(?:는|가|도|를|을|한테|네|의)|님|분(?:께|들)|(?:딸|아들|자녀분?|가족분?들?|아이)(?:이|가|은|는|한테|에게)?|(?:과장|부장|대리|사장|팀장|수석|선배|집주인|유튜버)(?:님)?(?:아|야|은|는|한테)?|\\byou(?:'re|r)?\\b";

/** Where the one addressed (or their child) lives, goes or was seen: a flat's number, the way to work. */
const whereabouts =
    "놀이터|학원\\s*앞|학교\\s*앞|하교|등교|하원|산책\\s*코스|사는\\s*(?:곳|데|집)|사시는|\\d+\\s*호(?![가-힣])|\\d+\\s*동\\s|출근길|퇴근길|밤길|(?:입고|쓰고|메고)\\s*있던|다니는\\s*(?:학교|학원|회사|길)";
/** Testimony, a complaint or a report the one addressed is warned off. */
const testimony = "증언|신고하(?:면|겠|시면)|고소|진술|합의서|문제\\s*제기|탄원|제보";

/** Insurance, health, fiction or a warning told: the hint is a topic. */
const hintTold = re(
    "보험|대비|준비해|저축|검진|건강|챙기|떠나면|죽으면|포기하면|힘내|소중|상담|109|1393|걱정(?:돼서|되니까|하지\\s*마)|조심히\\s*(?:다녀|들어가)|농담|게임|드라마|소설|영화|가사|대사|예시|협박(?:이에요|입니다|으로|죄|성)|신고하세요|경찰에\\s*(?:신고|알리)"
);

export const threatFrames: Frame[] = [
    {
        // Harm hinted at, not said (content 85: "계속 증언하겠다고 하면 가족들이 아주 많이 슬퍼하게 될 거야",
        // "… 문제 제기하시면 … 출근길이 예전 같지 않을 겁니다"): to someone warned off testifying, or whose way home
        // or door is named.
        category: "violence",
        rule: "frame.threat.hinted",
        ideas: [
            re(
                "사람\\s*일은\\s*(?:모르는|알\\s*수\\s*없는)|눈을\\s*뜰\\s*수\\s*있을지|무슨\\s*일이\\s*(?:생길지|일어날지|있을지)\\s*(?:모르|누가)|(?:많이|아주|크게|무척)\\s*슬퍼하게\\s*될|예전\\s*같지\\s*않을\\s*(?:겁|거)"
            ),
            re(`${whereabouts}|${testimony}`)
        ],
        unless: hintTold
    },
    {
        // A harm hung on a dispute, politely or as advice (content 90: "후기 삭제 안 해주시면 저희 직원들이 댁으로
        // 직접 방문할 예정입니다", "계약 갱신 요구하시면 밤마다 누가 문 두드릴 수도 있어요", "기사 내리지 않으시면
        // … 퇴근길이 많이 불편해지실 겁니다", "… 표결 결과에 따라 … 무슨 일이 생길지 저희도 장담 못 합니다").
        category: "violence",
        rule: "frame.threat.consequence",
        ideas: [
            re(
                "무슨\\s*일이\\s*생길지|불미스러운\\s*일|신변(?:의)?\\s*안전|안전(?:은|을|도)?\\s*(?:저희도\\s*)?(?:보장|장담)|병원비|병원\\s*신세|문\\s*두드릴|끝까지\\s*찾아가|직접\\s*(?:찾아가|가지러)|불편해지실|(?:주인공|기삿거리)\\s*(?:이\\s*)?됩니다|참지\\s*않겠|손이\\s*(?:좀\\s*)?거친|다치고\\s*나서|후회하지\\s*마시|말로\\s*(?:부탁|하지)\\s*(?:드리지\\s*)?않겠|브레이크(?:는)?\\s*자주\\s*점검|불은\\s*(?:늘|항상)\\s*갑자기|살고\\s*싶으면"
            ),
            re(
                "(?:신고|민원|고소|고발|기사|후기|제보|증언|표결|입찰|반대|문제\\s*제기|갱신|요구|항의|이의|합의|대금|입금|보호비|안건|언행|파고드|개기|척지)\\S*\\s*(?:\\S+\\s+){0,3}?\\S*(?:하시면|하면|않으시면|않으면|안\\s*(?:해\\s*)?주시면|내리지\\s*않|하신다면|한다면|따라|마세요|잊어)|오늘\\s*본\\s*거|조용히\\s*합의|개기면|척지면"
            )
        ],
        unless: hintTold
    },
    {
        // Shown that their family, home or way is known, then asked if they understand (content 85: "… 놀이터에서
        // 빨간 모자 쓰고 있던데. 내 말 무슨 뜻인지 알지?", "조용히 있는 게 서로 좋지 않겠어?").
        category: "violence",
        rule: "frame.threat.known",
        ideas: [
            re(
                "조용히\\s*(?:있는|지내는|넘어가는)\\s*게\\s*(?:서로\\s*)?(?:좋|나을|낫)|(?:내|제)\\s*말\\s*(?:무슨\\s*)?(?:뜻|의미)인지\\s*(?:알지|알겠지|아시죠|아시겠죠|알겠어|아시겠어요)|다음(?:엔|에는|번엔)\\s*(?:이렇게\\s*)?(?:부드럽게|좋게|말로)\\s*(?:\\S+\\s+)?(?:안|않|끝나지)|조심하셔야겠(?:어요|네요)\\s*(?:\\^\\^|ㅎㅎ|😊|🙂)"
            ),
            re(`${whereabouts}|${testimony}`)
        ],
        unless: hintTold
    },
    {
        category: "violence",
        rule: "frame.threat.direct",
        ideas: [
            re(
                "죽인다|죽여\\s*버린다|죽여\\s*버릴|죽일\\s*(?:거|테니|줄)|살아서\\s*돌아가지\\s*못|무사하지\\s*못|목숨을\\s*거두|(?:조용히\\s*)?사라지게\\s*해\\s*(?:줄|줄\\s*수)|가만\\s*(?:안\\s*둬|두지\\s*않)|뚝배기\\s*깨|모가지\\s*따|직이삐|다리부터\\s*부러뜨|무슨\\s*일이?\\s*생겨도\\s*(?:난\\s*모른|책임지지)|끝내\\s*(?:버릴|줄)\\s*(?:거|게)|you'?re\\s*dead|칼\\s*꽂아|빨간\\s*x"
            ),
            re(addressee)
        ],
        unless: re(
            "농담이(?:야|에요|었)|게임|영화|드라마|소설|대사를?\\s*(?:바꿔|순화|고쳐)|가사|라는\\s*(?:말|문자|표현)|혐의|처벌|신고하(?:세요|십시오)|예시|npc|캐릭터\\s*대사\\s*(?:예|작성)"
        )
    },
    {
        category: "violence",
        rule: "frame.incitement.gather",
        ideas: [
            re(
                "밟아\\s*(?:버리|버립|줘|주자|라)|다\\s*같이\\s*밟|두들겨\\s*(?:패|팰|팹|팬다)|화염병\\s*(?:던져|던지)|습격(?:할|하자|합시다)|혼내\\s*줄\\s*사람|참교육\\s*(?:간다|가자)|폭력만이\\s*답|just\\s*hit|attack\\b|grab\\s*a\\s*weapon|teach\\s*(?:him|her|them)\\s*a\\s*lesson|끌어내서|청소\\s*제대로|사라지게\\s*할\\s*방법"
            ),
            re(
                "다\\s*같이|다들|같이\\s*갈\\s*사람|참여\\s*부탁|즉시\\s*행동|everyone|보이는\\s*(?:대로|즉시)|보이면|집합|(?:주소|address|신상)\\s*(?:찾았|공유|올려|털렸)|각자|실행만|누가\\s*직접"
            )
        ],
        unless: re(
            "경찰(?:은|이)\\s*(?:\\S+\\s+)?(?:체포|검거)|뉴스|보도|영화|드라마|게임|소설|규탄|반대|예방|금지|처벌"
        )
    },
    {
        category: "self_harm",
        rule: "frame.self_harm.urged",
        ideas: [
            re(
                "목숨\\s*(?:끊어|끊으세요|끊어라)|자살하는\\s*게|삶을\\s*마감하시는|스스로\\s*삶을|한강\\s*가라|end\\s*it|no\\s*one\\s*will\\s*miss|너\\s*없어도\\s*(?:세상|다들)|오늘\\s*밤이\\s*마지막|조용히\\s*끝내|한\\s*발짝만\\s*나가면|거기\\s*가면\\s*다\\s*해결|유서는?\\s*미리|조용히\\s*죽는\\s*방법|(?:먹고|식사\\s*후)\\s*(?:다\\s*)?(?:토해|구토하)|손가락\\s*넣어서\\s*토|먹토\\s*루틴|털어\\s*넣으면"
            ),
            re(
                "그냥|해봐|길이야|오늘\\s*밤|\\byou\\b|선택입니다|주저하지|좋습니다|어때|가라|끝나|해결|ㅋㅋ|tonight|루틴|빠르|제일|최고|살\\s*빼|알리지|기본|방법|눕기|준비|편의점|놀이터|베란다|다리|잠드는"
            )
        ],
        unless: re(
            "아니야|아니에요|아닙니다|절대|않아|하지\\s*마|소중|도움|상담|109|1393|괜찮|위험\\s*신호|예방|치료|증상|섭식\\s*장애|신고|뉴스|보도|소설|영화|조롱|" +
                // A quote the writer reports was posted or sent to them ("누가 '한강 가라'고 댓글을 달았어요").
                "['\"‘“][^'\"’”\\n]{1,20}['\"’”](?:이)?라?고\\s*(?:\\S+\\s+){0,3}?\\S*(?:댓글|dm|디엠|문자|메시지|보냈|달았|달렸)"
        )
    }
];
