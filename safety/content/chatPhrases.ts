// Harm said in a chat's own shorthand, found passing by the seventeenth round (2026-12-06, content 49
// and long answers 49: group chats, Slack and KakaoTalk exports, commit lines): a drug brought to a
// party or asked for before the club ("케타민 2개 챙김", "클럽 가기 전에 엑스터시 ㄱ?"), a hack or a theft
// offered as a service or asked of one ("계정 탈취 해드림 (건당)", "DB 유출 맡길 데 있음"), fraud run for
// profit or asked how not to be caught, a poison that an autopsy misses, a weapon thrown at a crowd, a
// body remarked on or asked for in a photo, a death sought "without pain" or urged in one word ("콱
// 죽어"), sexual material asked for, and a minor's body. A word of the news or the law right after it
// makes it a topic (`news`), as in the phrases beside it. From the eighteenth round's first contact
// (content 50): a threat dressed as care or tied to a condition ("신고 취소 안 하면 밤길 조심하세요"), a
// doxxing boast ("집 주소 알아냈다 박제. 이제 못 숨음"), contempt said politely ("뇌가 없으신 건지"), a
// classmate's torment planned, sexual slang, a way to die compared, a drug offered by DM. (The gate in
// front of the phrases has 96 bits for their needs: new words join a phrase of their category.)
import { poison as askedPoison } from "./askedPhrases";
import { drug } from "./drugTrade";
import type { Phrase } from "./phrases";

/** A word of the news, the law or a warning just after: the harm is a topic ("먹튀 사기 혐의로"). */
const news =
    "(?![^.?!\\n]{0,12}(?:혐의|적발|검거|구속|처벌|예방|신고|주의|조심|금지|불법입니다|범죄입니다|사건|뉴스|기사|수법|피해))";
/** Poisons given to a person (askedPhrases.ts), and weed-killer. */
const poison = `(?:${askedPoison}|제초제(?:\\s*원액)?)`;
/** A condition set before a threat: "신고 취소 안 하면", "돈 안 갚으면". */
const unless = "(?:안\\s*하면|않으면|안\\s*갚으면|안\\s*주면|취소\\s*안\\s*하면)";
/** A hack or a theft named as a job: what is done to an account, a server or a database. */
const hack =
    "(?:해킹|계정\\s*탈취|탈취|(?:카톡|인스타|계정|폰|메일|db|디비)\\s*털기|(?:db|디비|고객\\s*정보|개인\\s*정보)\\s*유출|키로거\\s*(?:설치|심기)?|랜섬웨어\\s*(?:제작|유포)?|디도스|ddos|도청\\s*앱\\s*(?:설치)?)";
/** Offered as a service, or asked for as one. */
const service =
    "(?:해\\s*(?:드림|드립니다|드려요|줌|줄게)|해\\s*(?:주실|줄)\\s*(?:분|사람|곳)|가능(?:하신|한)\\s*(?:분|사람|곳)|가능\\s*\\?|맡길\\s*(?:데|곳|사람)|건당|의뢰\\s*(?:받|합니다|해요)|대행)";
/** A fraud named by its kind. */
const fraud =
    "(?:사기\\s*문자|먹튀|스미싱(?:\\s*(?:문구|문자))?|보이스\\s*피싱|몸캠\\s*피싱|가짜\\s*(?:쇼핑몰|투자|리딩\\s*방|거래소)|리딩\\s*방|대포\\s*(?:통장|폰)|환불\\s*사기|카드깡)";

export const chatPhrases: Phrase[] = [
    {
        category: "dangerous",
        rule: "phrase.dangerous.drug_chat",
        pattern: new RegExp(
            [
                // Brought, left over or asked for in a chat's words: "케타민 2개 챙김", "엑스터시 ㄱ?", "대마초 좌표".
                `${drug}(?:을|를|도|좀)?\\s*(?:\\d+\\s*(?:개|g|그램|알|봉|장|대)\\s*)?(?:챙김|챙겼|챙겨\\s*(?:옴|왔|갈게|와)|가져올\\s*(?:사람|분)|가져와|남았음|ㄱ\\s*\\?|ㄱㄱ|빨(?:자|러)|좌표|시세|당일\\s*배송|던지기|하면\\s*(?:\\S+\\s+)?(?:잘\\s*옴|좋아)|구해\\s*줄까)${news}`,
                // Slipped into a drink to take a memory: "술에 삥두 타면 기억 못 하지".
                `(?:술|음료|잔)에\\s*(?:삥두|빙두|${drug})\\s*(?:타|넣)`,
                "(?<![가-힣])(?:케타|엑스터씨|엑스타씨|아이스\\s*작대기)\\s*(?:\\d+\\s*(?:개|g)\\s*)?(?:챙김|좌표|던지기|하면|구해|팝니다|ㄱ)",
                "(?:떨\\s*액상|대마|엑스터시|빙두|졸피뎀|필로폰|케타민)\\s*(?:판매|가능|있음|처방\\s*없이|팝니다)\\s*(?:\\S+\\s+)?(?:디엠|dm|텔레|문의)",
                "(?:오늘\\s*)?빙두\\s*있음"
            ].join("|"),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.crime_chat",
        pattern: new RegExp(
            [
                // A hack or a theft offered or ordered: "키로거 설치 해드림", "DB 유출 맡길 데 있음".
                `${hack}\\s*${service}${news}`,
                // Taken to sell to a rival or on the dark web: "고객 DB 털어서 경쟁사에 팔 거", "다크웹에 팔 거예요".
                "(?:털기|털어|유출|빼돌려|빼돌린|복사해|덤프해)\\S*\\s*(?:\\S+\\s+)?경쟁사에\\s*(?:팔|넘기|넘길)",
                "다크\\s*웹에\\s*(?:팔\\s*(?:거|자|려고|겁니다|예정)|팔아\\s*(?:서|버리)|넘기자|올리자)",
                // Planned with "let's": "카톡 해킹해서 대화 전부 보자", "인증서 훔쳐서 접근하자", "명단 빼돌려서 넘기자".
                `(?<!모의\\s*)해킹\\s*해서\\s*(?:\\S+\\s+){0,3}?(?:보자|볼까|고치자|바꾸자|빼내자|털자|지우자)${news}`,
                `(?:몰래|모르게)\\s*(?:\\S+\\s+){0,3}?(?:해킹|유출)\\s*(?:해서|하면)${news}`,
                `${hack}\\s*해\\s*봐(?![가-힣])|경쟁사에\\s*(?:팔|넘길|넘기)\\s*(?:거|꺼|자|려고)`,
                "(?:훔쳐서|빼돌려서)\\s*(?:\\S+\\s+){0,3}?(?:접근하자|들어가자|로그인하자|넘기자|팔자|쓰자)",
                "감사\\s*로그(?:를)?\\s*(?:지우고|삭제하고)|(?:\\S+\\s+)?몰래\\s*가져가자",
                // A fraud run for money or asked how not to be caught: "먹튀 하려는데 안 잡히는 법?".
                `${fraud}\\S*\\s*(?:\\S+\\s+){0,2}?(?:하려는데|안\\s*(?:잡히는|걸리는|잡히게|걸리게)|수익\\s*(?:쉐어|분배)|돌리(?:면|자)|(?:\\d+\\s*)?벌었|팀\\s*(?:구함|모집)|팀원\\s*(?:구함|모집)|(?:고액\\s*)?알바\\s*(?:모집|구함)|건당|하면\\s*하루)${news}`,
                // A fraud planned: "환불 사기를 자동화하자", "피싱으로 계정 털자", "재직증명서 위조하자".
                "(?:환불\\s*사기|보험\\s*사기|대출\\s*사기|보이스\\s*피싱|스미싱|피싱)(?:를|을)?\\s*(?:\\S+\\s+)?(?:자동화\\s*하자|자동화하자|치자|하자|돌리자)|피싱으로\\s*(?:\\S+\\s+)?(?:털자|털어|빼내)",
                "계좌에서\\s*돈(?:을)?\\s*빼내(?:자|려고|는\\s*법)|(?:결제\\s*금액|금액|가격|포인트|잔액)(?:을|를)?\\s*조작해서",
                "(?:재직\\s*증명서|신분증|서류|진단서|영수증|계약서|인감|졸업\\s*증명서)(?:를|을)?\\s*(?:\\S+\\s+)?위조(?:하자|해서|해\\s*줄|해\\s*드림)|허위\\s*(?:신청서|청구서|서류|매출)\\S*\\s*(?:\\S+\\s+)?(?:찍어\\s*내자|만들자|넣자)",
                // A drug stolen to sell, a dealer's ledger: "케타민 빼돌려서 팔자", "마약 거래 장부".
                `${drug}\\s*(?:\\S+\\s+)?(?:빼돌려서|팔자|팔아서)${news}`,
                "마약\\s*거래\\s*장부",
                // A weapon thrown or set off at a crowd, or printed: "집회 때 파이프 폭탄 던질 사람 모집".
                "(?:폭탄|화염병|사제\\s*총)\\S*\\s*(?:\\S+\\s+)?(?:던질|터뜨릴|쏠)\\s*사람\\s*(?:모집|구함|구해)",
                "(?:집회|졸업식|학교|교실|회사|지하철|광장)\\S*\\s*(?:\\S+\\s+){0,2}?(?:화염병|폭탄|사제\\s*총)\\S*\\s*(?:터뜨리면|던지면|던질|설치하면)",
                "3d\\s*프린터\\s*(?:로\\s*)?(?:만든\\s*)?총\\s*(?:\\S+\\s+)?(?:설계도|도면|파일)|자작\\s*소음기"
            ].join("|"),
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.violence.chat",
        pattern: new RegExp(
            [
                // A poison an autopsy misses, or that leaves no trace in someone's drink.
                `부검(?:에서|에|하면|해도|에서도)?\\s*(?:안\\s*(?:걸리는|나오는)|모르는)\\s*(?:\\S+\\s+)?${poison}`,
                `${poison}\\S*\\s*(?:\\S+\\s+)?(?:넣으면|타면|먹이면)\\s*(?:\\S+\\s+)?(?:티\\s*(?:안|나)|모르|사고사|자연사|들키)`,
                "조용히\\s*처리하고\\s*싶은\\s*(?:사람|놈|년|인간|새끼)",
                // The answer to someone hated: "리신 쓰면 되지"; a poison chosen for leaving no taste.
                `(?:${poison}|사제\\s*(?:폭탄|총)|밀수\\s*권총|권총|폭탄|흉기|화염병)\\s*쓰면\\s*되(?:지|잖아|겠네)`,
                "무색\\s*무취(?:한)?\\s*(?:독약|독극물|독)|(?:남편|아내|와이프|시어머니|팀장|부장)(?:한테|에게)\\s*쓸\\s*(?:거|꺼)",
                `${poison}\\s*(?:몰래\\s*)?(?:먹이기|먹이는\\s*법|구매처|어디서\\s*(?:구해|사))${news}`,
                "독살\\s*(?:하려는데|하고\\s*안\\s*걸리|하는\\s*(?:법|방법))|흔적\\s*(?:안|없이|이\\s*안)\\s*남는\\s*독",
                `${unless}\\s*(?:\\S+\\s+)?(?:밤길|몸|뒤|뒤통수)\\s*조심|${unless}\\s*(?:\\S+\\s+){0,2}?집\\s*앞에서\\s*기다릴`,
                "몸\\s*조심\\s*하시는\\s*게\\s*좋을\\s*(?:거|겁)",
                "(?:니|네|너의|당신|너네)\\s*(?:딸|아들|애|자식|가족|와이프|남편)\\s*(?:\\S+\\s+)?(?:학교|회사|집|학원)\\s*(?:가\\s*)?(?:어딘지|어디\\s*다니는지|위치)\\s*(?:다\\s*)?(?:알아|안다|알고)",
                "(?<!않게\\s*)후회하게\\s*(?:해\\s*줄게|해\\s*줄께|만들어\\s*줄게|해\\s*주지|해\\s*줄\\s*(?:거|테))",
                "오늘이\\s*(?:네|니|당신의?)?\\s*마지막일\\s*수도"
            ].join("|"),
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.remark",
        pattern: new RegExp(
            [
                // A body remarked on or asked for: "가슴 크네", "엉덩이 만져도 돼", "가슴 사진 보내봐".
                "(?<![가-힣])(?:가슴|ㄱㅅ|엉덩이|궁디)\\s*(?:진짜\\s*|되게\\s*|엄청\\s*)?(?:크네|크넹|크다\\s*ㅎ|빵빵하|만져도\\s*(?:돼|되|됨)|만지고\\s*싶|만져\\s*(?:봐도|볼까))",
                "(?<![가-힣])(?:가슴|엉덩이|알몸|나체|속옷|몸매)\\s*사진\\s*(?:좀\\s*)?(?:보내|찍어\\s*(?:보내|줘))",
                "치마\\s*(?:좀\\s*)?(?:더\\s*)?짧게\\s*입고\\s*(?:와|오|다녀)",
                "나랑\\s*(?:하룻밤|한\\s*번)\\s*(?:자야|자면|자자|잘래)|만져\\s*봐야겠|만지면\\s*반응",
                // Sexual material asked for or traded: "야짤 사이트 추천", "자위 영상 유출본 구합니다".
                "야짤\\s*(?:사이트|방|공유|추천|구함|구합니다|유출)",
                "(?:자위|떡\\s*치는|섹스|성관계|몰카)\\s*(?:영상|동영상|사진)\\s*(?:\\S+\\s+)?(?:유출본|구합니다|구함|교환|공유|방\\s*들어)",
                // A minor's body or "conditions" offered: "중딩 몸사진 폴더".
                "(?:중딩|초딩|고딩|미성년(?:자)?|여중생|여고생)\\s*(?:몸사진|몸사|알몸|노출\\s*사진|조건)",
                // A child taken to a motel or kept overnight in secret from the parents.
                "(?:오빠|아저씨|삼촌)(?:랑|하고)\\s*(?:모텔|호텔)\\s*(?:가서|에서)?\\s*(?:놀자|자자)",
                "(?:엄마|아빠|부모님)(?:한테|에게|께)(?:는|도|선)?\\s*비밀로\\s*하고\\s*(?:\\S+\\s+){0,2}?(?:우리\\s*집에서\\s*자고|모텔|단둘이)",
                "딥\\s*페이크\\s*(?:로\\s*)?(?:합성|만들어)\\S*\\s*(?:\\S+\\s+)?(?:돌리|뿌리|올리)",
                "ㅅㅅ\\s*파트너|오프\\s*ㅅㅍ|(?<![\\d.])69\\s*하자|(?<![가-힣])(?:대딸|풀발기|노콘)(?:으로|\\s*해)?",
                "(?:신입|직원|후배|알바생?)\\s*몸평",
                // A minor sought: "중학생이랑 만나서 자고 싶다", "미성년자면 더 좋고".
                "(?:중학생|초등학생|초딩|중딩|고딩|미성년자?)(?:이랑|하고|랑)?\\s*(?:만나서\\s*)?(?:자고\\s*싶|몸매\\s*평가)|미성년자면\\s*더\\s*좋"
            ].join("|"),
            "g"
        )
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm.chat",
        pattern: new RegExp(
            [
                // A death sought "without pain" or "for sure": "고통없이 떠나는 법", "영원히 잠드는 방법".
                `(?:고통\\s*(?:없이|없는)|안\\s*아프게|확실(?:히|하게)|깔끔하게)\\s*(?:죽는|자살하는)\\s*(?:법|방법)${news}`,
                `(?:고통\\s*(?:없이|없는)|안\\s*아프게)\\s*(?:떠나는|잠드는)\\s*(?:법|방법)${news}`,
                `영원히\\s*잠드는\\s*(?:법|방법)${news}`,
                "(?<![가-힣ㄱ-ㅎ])ㅈㅅ\\s*방법",
                // The answer: pills gathered from pharmacies.
                "약국\\s*(?:을\\s*)?돌면서\\s*(?:수면제|약)(?:을|를)?\\s*모으면",
                // Urged in a word: "콱 죽어", "약 먹지 말고 뛰어내리셈".
                "(?<![가-힣])콱\\s*(?:죽어|뒤져|디져|죽어라|죽어\\s*버려)(?![가-힣])",
                "약\\s*먹지\\s*말고\\s*(?:뛰어\\s*내|한강|죽)",
                // Urged in polite words: "사라지는 게 답이에요", "목숨을 끊어도 아무도", "죽는 게 낫습니다".
                "사라지는\\s*게\\s*답|목숨을\\s*끊어도|(?:그냥|차라리)\\s*죽는\\s*게\\s*(?:낫|나아)|살\\s*가치가\\s*없(?:어요|습니다)",
                "자해\\S*\\s*(?:\\S+\\s+){0,5}?계속\\s*하(?:셔도|세요|면\\s*돼)",
                `(?:(?:자살|죽을)\\s*확률\\s*높은|죽을\\s*수\\s*있는\\s*(?:약|방법|양)|동맥\\s*긋는\\s*(?:위치|법|방법))${news}`,
                "투신\\s*예정|ㅈㅎ\\s*인증|ㅈㅅ\\s*각|극단\\s*선택\\s*할\\s*(?:거|꺼)|자해\\s*계(?![가-힣])|약\\s*털어\\s*넣(?:을|는다|자)",
                // Urged in two words, not said of a server or a battery ("서버가 그냥 죽어").
                "(?<![가-힣](?:이|가|는|은)\\s*)(?<![가-힣])그냥\\s*죽어(?:라|버려)?(?![가-힣])",
                "(?:창문|옥상)\\s*(?:열고\\s*|가서\\s*)?뛰어\\s*내려(?![가-힣])"
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.harassment.veiled",
        pattern: new RegExp(
            [
                // A doxxing boast: "집 주소 알아냈다 박제", "부모 직장까지 털었음", "이제 못 숨음".
                "이제\\s*못\\s*숨(?:음|어|는다)",
                `신상\\s*(?:공개|털기)\\s*(?:간다|ㄱ|갑니다|하자|할게)${news}`,
                "(?:본명|실명|얼굴\\s*사진)(?:이랑|과|하고)?\\s*(?:\\S+\\s+)?(?:공유|박제|뿌림|뿌린다)",
                "(?:부모|가족|엄마|아빠)\\s*(?:직장|회사|번호)(?:까지)?\\s*(?:털었|알아냈|찾았)",
                "번호\\s*따서\\s*(?:\\S+\\s+)?뿌(?:림|렸|린다)",
                "(?:집\\s*주소|동\\s*호수|동호수|사는\\s*곳)\\s*(?:알아냈|찾았|찾음|알아냄)\\S*\\s*(?:\\S+\\s+)?(?:박제|이제)|(?:아파트\\s*)?동\\s*호수\\s*(?:찾음|찾았다|알아냄)",
                // Spread at work or kept up after a block: "회사에 다 뿌린다", "차단해도 계속 연락할 거야".
                "(?:회사|학교|가족|단톡)에\\s*(?:다\\s*)?뿌(?:린다|릴\\s*(?:거|게)|려\\s*버)",
                "계속\\s*연락할\\s*(?:거야|게)\\s*차단해도|차단해도\\s*(?:\\S+\\s+)?계속\\s*연락할",
                // Contempt said politely or as a wish: "뇌가 없으신 건지", "존재 자체가 민폐".
                "뇌가\\s*없으신|지능이\\s*(?:딸리|모자라)시|머리(?:는)?\\s*장식으로|사람\\s*구실\\s*(?:못|도\\s*못)\\s*하시|(?:밥|월급)만\\s*축내",
                "(?:부모님|엄마|아빠)(?:이|가)?\\s*불쌍하다\\s*너|존재\\s*자체가\\s*(?:민폐|재앙)|자퇴(?:해라|해)\\s*제발",
                // A classmate's torment planned: "은따 시키자", "전학 가게 만들자", "선생한테 말하면 죽음".
                "(?:은따|왕따|셔틀)\\s*(?:시키자|시켜|만들자)|전학\\s*가게\\s*만들|강퇴하고\\s*욕하자|꼽\\s*주자",
                "선생(?:님)?(?:한테|에게)\\s*(?:말하면|이르면)\\s*죽(?:음|는다|어)"
            ].join("|"),
            "g"
        )
    }
];
