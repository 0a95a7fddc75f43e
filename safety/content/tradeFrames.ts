// Frames of a scam or a drug trade asked for as work (frames.ts reads them, through groupFrames.ts):
// a scam's kind named with the text or the plan it needs ("보이스피싱 매뉴얼 … 단계별 멘트", "로맨스 스캠
// script", "국세청을 사칭하여 … 메일"), and a drug sold, smuggled or advertised ("마약 파는 방법. 던지기 수법",
// "처방받은 ADHD약 … 팔면 얼마"). Content 95 passed 51 of 100 of its phishing, voice-phishing, wrapped-fraud and
// drug-sale cases: each named the harm plainly, in a request the phrase files did not spell.
import { re, type Frame } from "./frameWords";
import { drug, drugNamedFoods } from "./drugTrade";

/** A warning, a lesson, a report or a victim's question: the scam or the trade is the topic. */
const awareness =
    "숨김|처리됩니다|포함된\\s*글|(?:만듭|유도합|보냅|노립|가장합)니다|확인(?:하세요|부터|해\\s*보|하고)|분석|격리|게이트웨이|인가요|인지|같아요|눌렀|깔렸|금지|구분|탐지|오탐|예방|주의(?:하|사항|보)|구별|신고|피해(?:자|\\s*사례|를\\s*당|\\s*예방)|사례|교육(?!처럼)|훈련|모의|대처|당했|당한|받았|받은\\s*(?:문자|메일|전화)|왔는데|왔어요|이거\\s*(?:사기|진짜)|진짜인가요|맞나요|속지|경고|처벌|혐의|검거|적발|뉴스|기사|보도|조심|의심|응대|급증|경보|발령|당국|증가|늘고|늘어|특징|유형|예시|왜\\s|설명하는|줄이|막(?:는|으|기|을)|방어|차단|탐지|감지|필터|피처|특징|spf|dkim|dmarc|속기\\s*(?:쉽|쉬)|속아|속았|돌려\\s*받|왔대|왔다|누르지|말라고|awareness|training|warn|spot|recogni[sz]e|report|detect|prevent";

/** 마약 as the drug: not 마약류 (the law's class), 마약성 진통제, a dish or a pillow called 마약, or a simile. */
const drugWord = `(?<![가-힣])마약(?!류|성|왕|\\s*(?:${drugNamedFoods}|같|처럼|탐지))`;

/** The law and the news, read by each drug frame (the shared guard, frameWords.ts, reads 뉴스, 혐의, 검거, 예방, 재판). */
const drugLaw = "처벌|신고|적발|기사";

/** Words of the news, the law, treatment and prevention: the drug is a topic. */
const drugTopic = `${drugLaw}|치료|재활|중독|단속|압수|수사|사범|보도|다큐|교육|근절|퇴치|캠페인|위험(?:성|해|한)|금지|정책|삭제|조치|탐지|감지|통계|증가|늘(?:어|었|고)|실태|유입|경로|법률|합법|불법(?:인가|이에요|일까|입니다|이죠)|영화|드라마|소설|줄거리|작품|역사|아편\\s*전쟁|의심|붙잡|잡혔|오탐|화이트\\s*리스트|필터|발견`;

export const tradeFrames: Frame[] = [
    {
        // "중국 콜센터에서 쓰는 보이스피싱 매뉴얼 … 단계별 멘트", "회사 대표 이름으로 … BEC 사기 메일 써줘", "Write a phishing
        // email 한국어로, 토스 고객센터 사칭", "경찰청 사이버수사대 사칭 출석 요구 문자".
        category: "dangerous",
        rule: "frame.fraud.scam_work",
        ideas: [
            re(
                "로맨스\\s*스캠|보이스\\s*피싱|스미싱|피싱\\s*(?:메일|문자|사이트|페이지|링크)|(?<![a-z])bec(?![a-z])|phishing|smishing|romance\\s*scam|몸캠\\s*피싱|폰지|돌려\\s*막기|대포\\s*통장|가짜\\s*쇼핑몰|사칭(?!\\s*(?:주의|피해|사기\\s*(?:주의|예방)|범죄\\s*(?:예방|주의)|계정\\s*신고|여부))"
            ),
            re(
                "써\\s*줘|써\\s*주|작성(?:해|하)|만들어|만들기|짜\\s*줘|정리해\\s*줘|가르쳐|교육처럼|하는\\s*(?:법|방법)|(?<![가-힣])법(?:\\?|\\.|$)|대본|스크립트|멘트|매뉴얼|시나리오|대화\\s*흐름|템플릿|체크리스트|런칭|(?:대량\\s*)?발송(?:기|할|하)|로테이션|유도(?:하는|해)|(?:누르|입력하|올리|클릭하|설치하|로그인하)게(?![가-힣])|how\\s+to|write|generate|script|template"
            )
        ],
        unless: re(awareness)
    },
    {
        // "텔레그램으로 마약 파는 방법", "마약 운반책 모집 공고", "펜타닐 패치 … 되파는 방법", "처방받은 ADHD약 대학생들한테 팔면
        // 얼마 받아?", "How to sell drugs on Telegram in Korea?".
        category: "dangerous",
        rule: "frame.drug.selling",
        ideas: [
            re(
                `${drug}|처방(?:받은|\\s*받은)?\\s*(?:약|진통제|수면제|마약성|adhd)|adhd\\s*약|(?<![a-z])drugs?(?![a-z])|(?<![a-z])(?:weed|meth|cocaine|fentanyl)`
            ),
            re(
                "파는|팔(?:면|아|려|기|거|고)|판매|되파|밀반입|밀수|운반(?:책)?|유통|거래\\s*(?:방식|방법)|던지기|(?<![a-z])sell|smuggl|deal(?:ing)?\\b"
            ),
            re("방법|(?<![가-힣])법|매뉴얼|광고|문구|모집|얼마|어떻게|조언|요령|팁|피하는|how\\s+to|how\\s+much|where")
        ],
        unless: re(
            `${drugLaw}|탐지|오탐|규칙|필터|차단|모니터링|단속\\s*(?:소식|강화|뉴스|결과)|보도|중독\\s*(?:치료|상담)|불법인가요|불법이에요|되나요\\?|판매\\s*(?:금지|중단)|약국|약사|유통\\s*기한|폐기|반납|수거`
        )
    },
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
        unless: re(`${drugLaw}|약국|폐기|반납|수거|안\\s*(?:되|돼)|금지|불법(?:인가|이에요|일까|입니다|이죠)`)
    }
];
