// Phrases for drugs (phrases.ts holds the rest): making or getting a drug, and the street trade
// in its own words — slang for the drug (떨 for cannabis, 아이스 / 작대기 / 빙두 for meth) offered
// or sought ("떨 구해요", "아이스 작대기 팝니다"), a contact on a messenger the trade uses
// (텔레그램, 위커), and 던지기, the dead-drop delivery ("던지기로 받으실 분"). A drug named in
// the news, a clinic or a law ("필로폰 판매 혐의로 구속", "펜타닐 패치 처방", "마약 구입 경로를
// 추적") is a topic, not a trade: a word of the news or the law after the verb lets it pass, and
// the slang must stand as its own word (not 떨이 세일, 아이스 아메리카노, 공 던지기).
import type { Phrase } from "./phrases";

/** Foods and things nicknamed 마약 for being addictive ("마약 김밥", "마약 베개"): not the drug. */
export const drugNamedFoods =
    "김밥|떡볶이|옥수수|계란장|계란|달걀|빵|치킨|소스|토스트|쿠키|라면|베개|방석|쿠션|매트|의자|장조림";

/** Drugs by name. */
export const drug = `(?:마약(?!\\s*(?:${drugNamedFoods}))|필로폰|필로뽕|필로퐁|팔로폰|필러폰|메스암페타민|히로뽕|히로퐁|대마초|대마|마리화나|케타민|펜타닐|코카인|헤로인|엑스터시|엑스타시|물뽕|사일로시빈|환각\\s*버섯|합성\\s*대마|해시시|lsd|ghb|mdma|졸피뎀|프로포폴|옥시코돈|자낙스|에토미데이트)`;
/** Street names that mean nothing else standing alone (아이스 does: a price or "있어요" may be a café's). */
const plainSlang = "(?<![가-힣])(?:떨(?!이)|작대기|빙두|브액|차가운\\s*술)(?:을|를|도|좀)?(?![가-힣])";
/** A price asked, or "have some" beside a way to reach the seller: "작대기 한 대 얼마", "떨 있음? 텔레 주세요". */
const price = "얼마(?:에요|예요|임|야|인가요|죠|씩)?";
const haveAndContact = "(?:있음|있어요|있습니다|있어|보유)[^.!\\n]{0,20}?(?:연락|텔레|문의|dm|디엠|카톡|라인|위커)";
/** 아이스 (meth) as its own word, not a drink, a popsicle or a rink. */
const iceSlang =
    "(?<![가-힣])아이스(?!팝|\\s*(?:아메리카노|커피|라떼|티|크림|박스|팩|하키|링크|버킷|브레이커|음료|초코|바|컵|큐브|메이커|스케이팅|에이지))(?:을|를|도|좀)?(?![가-힣])";
/** Street names that are everyday words too (crystal, candy, ice): a drug only beside the trade's messengers. */
const vagueSlang = "(?<![가-힣])(?:크리스탈|몰리|캔디|얼음|사탕|허브|작대기|떨|아이스)";
/** Offering, seeking or asking where to get. */
const trade =
    "(?:팝니다|팔아요|팔아여|팜(?![가-힣])|판매(?:합니다|해요|함|중|\\s*문의|처)|(?:구매|구입|판매)\\s*가능|구매\\s*(?:문의|원|희망|합니다|할\\s*분)|삽니다|사요(?![가-힣])|구합니다|구해요|구해\\s*봅니다|구함|구할\\s*(?:수\\s*있는|곳|데)|구하는\\s*(?:곳|법|방법|데|루트|다크웹)|직구|세관\\s*(?:에\\s*)?안\\s*걸리는|팔\\s*(?:사람|분|곳)|파실\\s*분|사실\\s*분|살\\s*(?:사람|분|수\\s*있는\\s*곳)|파는\\s*(?:곳|사람|데|분)|사는\\s*(?:곳|법|방법|데)|어디서\\s*(?:사|구해|구하|구매|팔)|있으신\\s*분|가격\\s*문의|직거래|거래\\s*(?:합니다|해요|원함|가능)|드립니다|배송\\s*(?:가능|해\\s*드립|합니다))";
/** An offer in a messenger's shorthand as well as in full. */
const offer = `(?:${trade}|문의|있음|있어요|있습니다|구함|판매|거래)`;
/** Making or getting it (the old rule: "마약 만드는 법", "대마 키우는 법", "필로폰 구매"). */
const makeOrGet =
    "(?:을|를|은|는|이|가)?\\s*(?:좀\\s*)?(?:직접\\s*|집에서\\s*|쉽게\\s*|어떻게\\s*|어케\\s*|몰래\\s*)*(?:만드는|만들|만들어|만들려|만든|제조|제작|합성|추출|정제|재배|키우는|구하는|구할|구입|구매|사는\\s*(?:법|방법|곳))";
/** A word of the news or the law after the verb: the drug is a topic ("판매 혐의로", "구입 경로를"). */
const news =
    "(?!\\S*\\s*(?:\\S+\\s+)?(?:혐의|적발|검거|구속|입건|기소|체포|처벌|단속|사건|일당|조직|수사|경로|징역|선고|행위|사범|범죄|실태|근절|방지|예방|차단|금지|불법|위반|신고|통계|증가|급증|의혹|논란|경고|위험|중독|치료|재활|규제|혐의자|피의자|판결|재판))";
/** The messengers and handles the trade runs on. */
const messenger = "(?:텔레그램|텔레|텔그|위커|wickr|시그널|signal|telegram|라인\\s*아이디|@[a-z0-9_]{4,})";
/** 던지기, a drop left for the buyer to pick up, not a throw of a ball or an exception. */
const drop =
    "(?<![가-힣])(?<!(?:공|주사위|동전|예외|에러|오류|익셉션|exception|error|돌|창|원반|다트|화살|눈|눈덩이|볼|윷|질문|농담|패스|물풍선|부메랑|포환|해머|수건|이벤트|메시지|신호|시그널)\\s*(?:을|를|도)?\\s*)던지기\\s*(?:로|방식으로|식으로|방식|로\\s*만)?\\s*(?:받|수령|거래|판매|구매|가능|전문|드립|보내|배송|작업|좌표|알바\\s*(?:구|모집|하실))";

/**
 * One pattern for all of it (the gate in front of the phrases has 64 bits for every phrase's
 * needs: each pattern more takes bits from the others' second and third sets).
 */
export const drugPhrases: Phrase[] = [
    {
        category: "dangerous",
        rule: "phrase.dangerous.drug",
        pattern: new RegExp(
            [
                // Making or getting a drug named: "마약 만드는 법", "대마 키우는 법".
                `${drug}${makeOrGet}${news}`,
                // A drug or its street name offered or sought: "필로폰 1g 팝니다", "떨 구해요", "아이스 작대기 10개 팝니다".
                // (A price or "have some, reach me" only after a name that means nothing else: "아이스 얼마예요" is a café's.)
                `(?:${drug}|${plainSlang})\\s*(?:\\S+\\s+){0,3}?(?:${trade}|${price}|${haveAndContact})${news}`,
                `${iceSlang}\\s*(?:\\S+\\s+){0,2}?(?:${trade}|${haveAndContact})${news}`,
                // An everyday word for a drug offered beside a messenger the trade uses: "캔디 있음 텔레 @…",
                // "텔레그램으로 크리스탈 구해요" (not "텔레그램 봇으로 얼음 주문 알림").
                `${messenger}[^.!\\n]{0,30}?(?:${vagueSlang}|${drug})[^.!\\n]{0,20}?${offer}${news}`,
                `(?:${vagueSlang}|${drug})[^.!\\n]{0,20}?${offer}[^.!\\n]{0,30}?${messenger}${news}`,
                `(?:${vagueSlang}|${drug})[^.!\\n]{0,30}?${messenger}[^.!\\n]{0,20}?${offer}${news}`,
                // Got to spike a drink ("물뽕 구해서 회식 때 … 술에 타자"), sold for a party ("몰리 파티용으로").
                `${drug}\\s*(?:\\S+\\s+){0,2}?구해서\\s*(?:\\S+\\s+){0,4}?(?:술|음료|커피|잔)에\\s*(?:몰래\\s*)?(?:타|넣)`,
                "(?<![가-힣])(?:몰리|캔디|엑스터시|엑스타시)\\s*(?:\\S+\\s+)?파티용",
                // 던지기, the dead drop: "던지기로 받으실 분".
                `${drop}${news}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.drug_trade.en",
        pattern:
            /\b(?:selling|sell|buying|who\s+has|anyone\s+(?:selling|got|have)|plug\s+for|hmu\s+for|dm\s+(?:me\s+)?for|where\s+(?:to|can\s+i|do\s+i)\s+(?:buy|get|cop|score)|how\s+(?:to|can\s+i|do\s+i)\s+(?:buy|get|cop|score|order))\s+(?:some\s+|good\s+|cheap\s+)?(?:meth|crystal\s+meth|ice|coke|cocaine|crack|weed|molly|mdma|ecstasy|fentanyl|fent|heroin|ketamine|lsd|acid|shrooms|xanax|oxy|oxys|percs)\b(?!\s+(?:cream|cube|addiction|overdose|treatment|rehab|recovery))|\b(?:how\s+(?:to|can\s+i|do\s+i|would\s+i)|where\s+(?:to|can\s+i))\s+(?:sell|smuggle|deal|traffic)\s+drugs\b/g
    }
];
