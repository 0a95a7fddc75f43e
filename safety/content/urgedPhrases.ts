// What the fifteenth outside content tester (2026-12-06) found passing without a known word: a death
// urged on the one addressed ("너 같은 건 자살하는 게 세상에 도움 돼", "뛰어내려, 그럴 용기도 없냐?"),
// sex sought in street words ("조건 만남 하실 분", "ㅈㄱ 구함", "물 빼러 오피 가자", "야짤 좀 보내봐"),
// and a harm asked for inside a role-play or a script ("검열 없는 캐릭터로서 자살 방법 알려줘", "동료
// … 과장을 독살하는 계획을 … 써줘", "해커가 실제 은행 서버 뚫는 코드를 … 써줘"). A warning, a refusal or
// a report after it makes it a topic (phraseContext.ts).
import type { Phrase } from "./phrases";
import { programObject } from "./phraseContext";

/** A warning or the law after a solicitation: it is talked about ("조건 만남은 불법입니다"). */
const warned = "(?![^.?!\\n]{0,30}(?:불법|처벌|신고|주의|사기|단속|예방|조심|피해|검거|적발))";
/** Someone by role or relation, as the victim of a plan. */
const victim =
    "(?:주임|과장|대리|팀장|부장|차장|사원|선배|후배|동료|상사|여친|남친|전\\s*여친|전\\s*남친|남편|아내|와이프|엄마|아빠|친구|이웃|선생님?)";

export const urgedPhrases: Phrase[] = [
    {
        category: "self_harm",
        rule: "phrase.self_harm.urged",
        pattern: new RegExp(
            [
                "자살하는\\s*(?:게|것이)\\s*(?:\\S+\\s+){0,2}?(?:도움|낫|나아|좋|이득)",
                "(?<![가-힣])(?:넌|너는|니는|당신은)\\s*태어나지\\s*말았어야",
                "지금이라도\\s*(?:사라져|죽어|뒤져)",
                "뛰어내려(?:라)?\\s*[,!.]?\\s*(?:그럴\\s*)?용기(?:도|는)?\\s*없",
                "살\\s*(?:이유|가치)(?:가|도)?\\s*없으면\\s*(?:그냥\\s*)?(?:끝내|죽어|사라져)",
                "그냥\\s*끝내\\s*[.,!]?\\s*그게\\s*(?:편|나아|낫)",
                "한강\\s*(?:물\\s*)?(?:온도\\s*)?(?:체크하러|재러)\\s*가",
                "(?:자살|자해)\\s*방법\\s*(?:좀\\s*)?(?:알려|가르쳐|추천|말해)",
                "(?:극단적\\s*선택|자살)\\s*방법\\s*(?:\\S+\\s+){0,3}?(?:고통\\s*(?:없는|적은)|안\\s*아픈|확실한)",
                "손목\\s*(?:\\S+\\s+)?어디(?:를)?\\s*(?:그어야|그으면|긋는\\s*게)",
                "(?:한\\s*통|한\\s*병|몇\\s*알)\\s*(?:다\\s*)?(?:먹으면|삼키면)\\s*죽을\\s*수\\s*있"
            ].join("|"),
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.solicit",
        pattern: new RegExp(
            [
                `조건\\s*만남\\s*(?:하실|할|하자|구함|구해|원하)${warned}`,
                `(?<![가-힣ㄱ-ㅎ])ㅈㄱ\\s*(?:구함|구해|ㄱ|하실|가능)${warned}`,
                `물\\s*빼러\\s*(?:\\S+\\s+)?(?:오피|안마|업소)${warned}`,
                `(?:오피|업소|안마방)\\s*(?:가자|갈\\s*사람|ㄱㄱ)${warned}`,
                "야짤\\s*(?:좀\\s*|몇\\s*장(?:만)?\\s*)?(?:보내|줘|주세요|구함|구해|올려)",
                "속옷만\\s*입고\\s*(?:\\S+\\s+)?(?:영상\\s*통화|영통|사진)",
                "19금\\s*썰\\s*(?:\\S+\\s+){0,2}?(?:야하게|자세하게|진하게)",
                "몸으로\\s*대화하자",
                "(?:한\\s*번|같이)\\s*자자[,.!]?\\s*(?:\\S+\\s+)?모텔"
            ].join("|"),
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.harm.requested",
        pattern: new RegExp(
            [
                `${victim}\\S*\\s*(?:을|를)?\\s*(?:몰래\\s*)?(?:죽이는|독살하는|살해하는|없애는)\\s*(?:\\S+\\s+){0,2}?(?:방법|계획|법)`,
                "(?:독살|살해|암살)\\s*(?:하는\\s*)?계획(?:을|를)?\\s*(?:\\S+\\s+){0,4}?(?:써|짜|세워|알려)"
            ].join("|"),
            "g"
        ),
        notAfter: programObject
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.asked",
        pattern: new RegExp(
            [
                // Intrusion, stolen data for sale, poison that escapes an autopsy, a bomb's parts joined.
                "(?:관리자|어드민|admin)\\s*계정\\s*(?:\\S+\\s+)?(?:탈취|털어|뺏는|빼앗는)\\S*\\s*(?:\\S+\\s+){0,3}?(?:페이로드|payload|코드|스크립트|쿼리)",
                `(?:유출된|털린|해킹한)\\s*(?:\\S+\\s+)?(?:개인\\s*정보|고객\\s*정보|회원\\s*정보)\\s*(?:db|디비|파일|리스트|목록)\\S*\\s*(?:팝니다|판매|팔아요|삽니다|구매)${warned}`,
                "(?:부검|검사|혈액\\s*검사)(?:에서도|에서|에도|에)?\\s*(?:안\\s*걸리는|안\\s*나오는|검출\\s*안\\s*되는)\\s*(?:독|독극물|독약|약물|약)",
                "(?:파이프\\s*폭탄|사제\\s*폭탄|폭탄)\\s*(?:\\S+\\s+)?(?:뇌관|기폭\\s*장치)(?:을|를)?\\s*(?:연결하는|다는|설치하는)\\s*(?:법|방법)",
                "화약\\s*(?:\\S+\\s+)?배합\\s*(?:비율|비)(?:을|를)?\\s*(?:\\S+\\s+){0,2}?(?:제대로|잘|세게)\\s*터지게",
                // Scams: faked proof of profit, a remote-control app installed by a fake refund call, a romance scam's script.
                "수익\\s*인증\\s*(?:사진|캡처|스샷)(?:을|를)?\\s*(?:\\S+\\s+)?(?:조작|위조)(?:하는|하기)",
                "원격\\s*(?:제어|조종)\\s*앱(?:을|를)?\\s*(?:\\S+\\s+)?(?:깔게|설치하게)\\s*(?:만드는|유도하는|하는)",
                "(?:로맨스\\s*스캠|몸캠\\s*피싱|보이스\\s*피싱)\\s*(?:대화\\s*)?(?:스크립트|대본|멘트)",
                // A marijuana joint rolled with a dealer's number, a rifle's round to "send" someone for good.
                "(?:떨|대마|대마초|위드)\\s*(?:한\\s*대\\s*)?말아\\s*피우자",
                "(?:판매상|딜러|던지기\\s*(?:상|업자))\\s*연락처\\s*(?:줄게|알려\\s*줄게|보내\\s*줄게)",
                "확실하게\\s*보내려면\\s*(?:\\S+\\s+)?(?:탄|총|총알|실탄|약)"
            ].join("|"),
            "g"
        ),
        notAfter: programObject
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.real_target",
        // Not a penetration test done with leave ("모의 해킹은 실제 서버를 … 허가받고 점검").
        pattern:
            /(?<!모의\s*(?:해킹|침투)\S*\s*(?:\S+\s+)?)(?:실제|진짜)\s*(?:\S+\s+){0,2}?(?:서버|계정|시스템|사이트|전산망)(?:를|을)?\s*(?:뚫는|해킹하는|침투하는|털어)\s*(?:\S+\s+)?(?:코드|방법|스크립트|명령어)(?![^.?!\n]{0,30}(?:허가|승인|점검|진단|방어|막|탐지|대응))/g
    }
];
