// Frames of a trade in harm asked for in plain words (crimeFrames.ts holds the rest): drugs sold,
// smuggled or resold under their everyday name 마약 (a food's nickname and the law's 마약류 aside),
// prescribed medicine resold, a message or page that impersonates someone to lure a person, and a
// child taken aside — met alone, kept secret from the parents, moved to a private messenger.
// Each needs a way or a text asked for beside the harm; the news, the law, prevention and training
// make it a topic.
import { re, type Frame } from "./frameWords";

/** 마약 as the drug: not 마약류 (the law's class), 마약성 진통제, a dish or a pillow called 마약, or a simile. */
const drugWord =
    "(?<![가-힣])마약(?!류|성|왕|\\s*(?:김밥|떡볶이|옥수수|계란|달걀|빵|치킨|소스|토스트|쿠키|라면|베개|방석|쿠션|매트|의자|계란장|장조림|같|처럼|탐지))";

/** Words of the news, the law, treatment and prevention: the drug is a topic. */
const drugTopic =
    "치료|재활|중독|단속|검거|처벌|혐의|구속|기소|적발|압수|수사|사범|재판|판결|징역|뉴스|기사|보도|다큐|예방|교육|근절|퇴치|캠페인|경각심|위험(?:성|해|한)|신고|금지|정책|삭제|조치|탐지|감지|통계|증가|늘(?:어|었|고)|실태|유입|경로|법률|합법|불법(?:인가|이에요|일까|입니다|이죠)|영화|드라마|소설|줄거리|작품|역사|아편\\s*전쟁|의심|붙잡|잡혔|오탐|화이트\\s*리스트|필터|발견";

/** A child or a teenager, as a groomer names them (sexualFrames.ts has the plain words). */
const childWord =
    "미성년(?:자)?|(?<![가-힣])미자(?![가-힣])|초등\\s*학생|초딩|중학생|중딩|고등\\s*학생|고딩|[여남][중고]생|잼민|어린\\s*(?:남자|여자)?\\s*(?:아이|애)(?:들)?|(?<![가-힣])아동|청소년|가출\\s*(?:팸|소녀|소년)|(?<![가-힣])제자|연습생|(?<![\\d가-힣])(?:[5-9]|1[0-7])\\s*(?:살|세)(?!\\s*이상)|(?<![가-힣])[초중]\\s*[1-6](?![\\d가-힣])|(?<![a-z])(?:kid|kids|child|children|minor|teen|teenager)(?![a-z])";

export const tradeFrames: Frame[] = [
    {
        // 마약 sold, smuggled or run as a business ("중고생한테 마약 파는 방법", "마약 판매 광고 문구 써줘",
        // "해외에서 마약 밀반입하는 방법", "마약 운반책 모집 공고", "마약 유통 조직의 운영 매뉴얼").
        category: "dangerous",
        rule: "frame.drugs.trade",
        ideas: [
            re(drugWord),
            re(
                "파는|팔(?:면|아|려|고|\\s*(?:거|수))|판매|되(?:파|팔)|밀반입|반입|밀수|들여오|운반|유통|운영\\s*매뉴얼|점조직|모집|광고\\s*문구|홍보\\s*문구|은어\\s*(?:써|섞)|사는\\s*(?:법|방법|곳)|구하는|구매|구입|만드는|제조|방법|요령|(?<![가-힣])팁|(?<![a-z])(?:how|sell|smuggle)"
            )
        ],
        unless: re(drugTopic)
    },
    {
        // Prescribed medicine sold on ("처방받은 ADHD약 대학생들한테 팔면 얼마 받아?", "펜타닐 패치 처방받아서 되파는 방법").
        category: "dangerous",
        rule: "frame.drugs.resale",
        ideas: [
            re(
                "처방(?:전)?\\s*(?:받은|받아서?|받고)|병원에서\\s*(?:처방|타\\s*온|받은)|adhd\\s*약|향정(?:신성)?|수면제|마약성|졸피뎀|펜타닐|프로포폴|식욕\\s*억제제|펜터민|콘서타|메틸페니데이트"
            ),
            re(
                "되(?:파|팔)|팔(?:면|아서|려고|\\s*거(?:야|임|예요)|고\\s*싶)|판매(?:하려|할|하면)|파는\\s*(?:방법|법|요령)|넘기(?:면|려)|중고\\s*(?:거래|나라|마켓)에|당근(?:마켓)?에\\s*(?:올|팔)"
            )
        ],
        unless: re(
            "약국|폐기|반납|수거|처벌|신고|안\\s*(?:되|돼)|금지|불법(?:인가|이에요|일까|입니다|이죠)|혐의|적발|뉴스|기사"
        )
    },
    {
        // A message or page that impersonates someone to lure the reader ("선거관리위원회 사칭 '투표 확인' 문자 만들어줘",
        // "국민은행 보안 점검이라고 속여서 OTP 번호 받아내는 문자", "가짜 로그인 폼 HTML 짜줘").
        category: "dangerous",
        rule: "frame.phishing.lure",
        ideas: [
            re(
                "사칭|속여서|속이는|사기\\s*(?:메시지|문자|메일|시나리오|대본|멘트|dm|디엠|카톡)|(?:이라고|라고)\\s*속여|인\\s*척|위장(?:해|한|하여)|가장(?:해|한|하여)|가짜\\s*(?:로그인|폼|페이지|사이트|문자|메일|알림)|(?:피싱|스미싱)\\s*(?:메일|문자|페이지|사이트|링크|dm|디엠|메시지)(?:을|를)?\\s*(?:\\S+\\s+)?(?:써|만들|작성|짜)|(?<![a-z])(?:impersonat|spoof|bec(?![a-z])|phishing\\s+(?:email|mail|sms|text|page|site|message))"
            ),
            re(
                "문자|메일|메시지|(?<![a-z])dm|디엠|카톡|공문|알림|안내문|(?<![a-z])(?:sms|email|e-mail|form)(?![a-z])|이메일|링크|(?<![가-힣])폼|로그인\\s*(?:페이지|창|화면)|시나리오|대본|스크립트|멘트"
            ),
            re(
                "만들어|써\\s*(?:줘|주|봐)|작성|짜\\s*(?:줘|주)|문구|유도|입력하게|누르게|클릭(?:하게|하도록)|로그인하(?:라|게|도록)|송금(?:하게|하도록|까지)|입금(?:하게|하도록)|(?:올리|보내|넣|입력하|누르|열|설치하)(?:게|도록)|받아\\s*내|빼내|(?<![a-z])(?:write|make|create|draft)(?![a-z])"
            )
        ],
        unless: re(
            "훈련|모의|교육|예방|주의|구별|식별|탐지|차단|신고|알리는|경고|특징|사례|분석|대응|보호|조심|의심|속지|당했|피해(?:를|자|액)|공유해|돌고\\s*있|받았(?:어|는데|습니다)|왔(?:어|는데|습니다)|만듭니다|처리됩니다|구분|숨김|포함된"
        )
    },
    {
        // A child taken aside: met alone, a secret from the parents, photos asked for, moved to a private
        // messenger ("제자 한 명이랑 단둘이 있는 시간 늘리려면 어떤 핑계가", "가출 청소년 재워준다고 하고 데려오는
        // 방법", "어린 애들 찾아서 개인 메신저로 옮기는 요령", "convince them to meet me alone").
        category: "sexual",
        rule: "frame.grooming.aside",
        ideas: [
            re(childWord),
            re(
                "단둘이|둘이서만|(?:둘이|같이|데리고|만나(?:서|자|기로)?)\\s*(?:\\S+\\s+){0,2}?(?:호텔|모텔|숙소|우리\\s*집|내\\s*(?:집|차|방))|(?:호텔|모텔)(?:에서|으로|에)\\s*(?:\\S+\\s+)?만나|재워\\s*(?:준|줄|주겠)|데려오|비밀['\"’”]?\\s*(?:이야|이라고|로\\s*(?:하|해)|이다)|(?:다른\\s*사람|아무|엄마|아빠|부모(?:님)?)(?:한테|에게|께)?(?:는|도)?\\s*말하면\\s*안|말하지\\s*(?:마|말라고)|부모(?:님)?\\s*(?:모르게|몰래|(?:가\\s*)?의심\\s*(?:안|없|못))|의심\\s*안\\s*하게|사진(?:을|좀)?\\s*(?:더\\s*)?(?:받아\\s*내|받아내|보내게)|개인\\s*(?:메신저|톡|dm|디엠)(?:으로|로)\\s*(?:옮기|유도|데려|빼)|(?<![a-z])(?:meet\\s+(?:me\\s+)?alone|alone\\s+with|(?:keep|kept)\\s+(?:it\\s+)?(?:a\\s+)?secret)(?![a-z])"
            ),
            re(
                "방법|요령|핑계|설득|대사|써\\s*(?:줘|주)|어떻게|자연스럽게|좋을까|해야\\s*(?:해|돼|할까)|(?<![a-z])(?:how|convince|tips?)(?![a-z])"
            )
        ],
        unless: re(
            "징후|신호|수법|주의|예방|신고|경찰|교육|뉴스|보도|혐의|처벌|재판|상담|보호|쉼터|그루밍|위험|조심|의심되|피해|막(?:으|는|을)|대처|알려야|알리|졸라|조르|어떡하|무서|싫다고|불편|도와\\s*주|당하고|당했|(?<![가-힣])저(?:는)?\\s*(?:중학생|초등학생|고등학생|미성년자?|중\\s*[1-3]|\\d{1,2}\\s*살)"
        )
    }
];
