// Harms told in a sentence's ideas rather than in a fixed phrase (issue 15: the held-out testers' misses were grooming,
// stalking, account takeover, malware, phishing, fraud, weapons, poison, self-harm tips — no swear word). A frame names
// the ideas that together make the harm, each a set of words that can say it, found anywhere in the sentence (and the
// sentences just before it): a reward or a secret *and* a photo asked of the reader; a tracker *and* someone who must
// not know. One idea alone is a topic. A word of prevention, the news, the law, a refusal or defence in that text
// (`guard`, and each frame's own) makes the whole a topic. Read on lower-cased canonical text, ㅔ/ㅐ, ㅖ/ㅒ as one.
import { frameReading } from "./frameReading";
import { canonicalReading } from "./canonical";
import { withoutSpeaker } from "./chatPrefix";
import { crimeFrames } from "./crimeFrames";
import { spokenFrames } from "./harmFrames";
import { groupFrames } from "./groupFrames";
import { exampleList } from "./quotedMention";
import { sexualFrames } from "./sexualFrames";
import { GramGate } from "../text/gramGate";
import { foldVowels, guard, notAWrapper, re, type Frame } from "./frameWords";
export { foldVowels, type Frame } from "./frameWords";

/** Frames of harm to a person: grooming, sexual extortion and harassment, self-harm, threats, stalking, mobbing. */
const personFrames: Frame[] = [
    {
        category: "sexual",
        rule: "frame.grooming",
        ideas: [
            re(
                "용돈|문상|문화\\s*상품권|기프티콘|상품권|게임\\s*(?:머니|아이템)|아이템\\s*(?:사|줄)|현질|선물\\s*(?:줄|사\\s*줄)|비밀(?:이야|이다|로\\s*하|로\\s*해|지켜|\\s*지켜)|아무(?:한테|에게)도\\s*(?:말|얘기)|(?:엄마|아빠|부모님?|선생님)(?:한테|에게|께|는|도)\\s*(?:비밀|말하(?:지|면)|얘기하(?:지|면))|대화\\s*(?:내용)?(?:은|는|을|를)?\\s*(?:다\\s*)?(?:지워|삭제)|몰래\\s*(?:나와|만나)|단둘이|우리\\s*둘만"
            ),
            re(
                "사진|셀카|캠|영상\\s*통화|몸매|다리|가슴|속옷|옷(?:을|\\s*좀)?\\s*벗|샤워|잠옷|차\\s*(?:타|태워)|만나(?:자|줄래|볼래)|놀러\\s*(?:와|올래)|데리러|나와(?:라|줘|\\s*줄래)|(?:삼촌|아저씨|선생님|쌤|오빠|형|코치|이모부|고모부)(?:이랑|하고|랑|와|과)\\s*(?:한|했던)\\s*(?:거|것|일|놀이)"
            ),
            re(
                "만날래|만나자|보내\\s*(?:줘|줄래|봐|라)|보여\\s*(?:줘|줄래)|찍어\\s*(?:줘|서|봐)|켜\\s*(?:봐|줘|고)|벗어\\s*(?:봐|볼래|줘)|타자|나와|줄게|줄께|줄래|볼래|알지\\?|예쁘면|지키자|지켜야\\s*(?:해|돼)|알았지"
            )
        ],
        unless: re("그루밍|신호|징후|예시|경고|교육|자녀(?:가|에게|와)")
    },
    {
        category: "sexual",
        rule: "frame.sextortion",
        ideas: [
            re("사진|영상|동영상|몸캠|녹화|합성|딥\\s*페이크|야짤|캡처"),
            re(
                "퍼뜨|뿌리|뿌릴|뿌린|유포|올리기\\s*전에|올린다|올릴\\s*(?:거|꺼|게)|보낸다|보낼\\s*(?:거|꺼|게)|공개(?:한다|할\\s*(?:거|게)|해\\s*버)|지워\\s*(?:드림|줄게|드릴게)"
            ),
            re(
                "않으면|안\\s*(?:하면|보내면|주면|만나주면)|싫으면|만나\\s*주면|다시\\s*만나|조건|연락\\s*(?:주|줘|안\\s*하면)|헤어지(?:자고\\s*하면|면)|입금|송금|만\\s*원|돈(?:을)?\\s*(?:보내|부쳐|줘|내)"
            )
        ],
        unless: re(
            "디지털\\s*성범죄|상담|삭제\\s*지원|신고|증거(?:를)?\\s*(?:남기|모으|보존)|협박(?:을)?\\s*받(?:았|으면|고)|경찰"
        )
    },
    {
        category: "self_harm",
        rule: "frame.self_harm.tips",
        ideas: [
            re(
                "(?<!투)자해|커터\\s*칼|면도\\s*날|손목|허벅지|담뱃불|지져|지지(?:는|면|기)|과다\\s*복용|약(?:을)?\\s*모아|(?<![가-힣])목(?:을)?\\s*매|뛰어\\s*내|번개탄"
            ),
            re(
                "해\\s*봐|해봐|그어(?:봐|라)?(?![가-힣])|긋(?:고|는|어|기|으면)|더\\s*(?:깊게|세게|많이)|몇\\s*(?:줄|번)|인증|티\\s*(?:안|덜)\\s*나|들키지|숨기(?:려면|면|세요|기)|긴\\s*(?:옷|팔)|(?:병원|상담)\\s*(?:가지|가면\\s*안)|말하지\\s*마|걱정\\s*(?:말고|마)|하면\\s*(?:됨|돼|된다|됩니다)|하세요|해(?:라|$)|추천|꿀팁|(?<![가-힣])팁|쉬운\\s*방법|확실한|안\\s*아프게|덜\\s*아프"
            )
        ],
        unless: re(
            "관련\\s*(?:게시글|게시물|글|콘텐츠|신고)|위기\\s*대응|의심\\s*여부|드럼|피아노|기타|타자|키보드|마우스|운동|스트레칭|테니스|골프|배드민턴|통증|보호대|터널|손목\\s*(?:시계|밴드)|종이|선을|재단|공작|포장|상자|박스|테이프|자르세요|잘라|연락하세요|상담하세요|믿을\\s*수\\s*있는|혼자\\s*있지|의사(?:와|에게)|약사(?:와|에게)|간\\s*손상|부작용|충동이\\s*(?:들|생기|올)|멈추|그만두|도움을|치료|병원에\\s*가(?:세요|야|보)|병원을\\s*찾|의료\\s*기관|지혈|소독|상처는|응급|119|보호자에게|걱정돼|괜찮니|위험\\s*신호|정신\\s*건강|극단적\\s*선택|생명의\\s*전화|109"
        )
    },
    {
        category: "self_harm",
        rule: "frame.self_harm.starving",
        ideas: [
            re(
                "먹토|씹뱉|프로\\s*아나|뼈\\s*말라|개말라|키빼몸|변비약|이뇨제|설사약|식욕\\s*억제|물\\s*단식|절식|(?<![가-힣])토하(?:면|는|기|세요)|손가락\\s*넣|굶(?:어|으면|는|기|으세요)"
            ),
            re(
                "하면\\s*(?:됨|돼|된다|빠져|빠짐|됩니다)|빠(?:져|짐|진다)|참아|버텨|꿀팁|(?<![가-힣])팁|방법|추천|해라|하세요|해\\s*봐|목표|kg|킬로|칼로리|kcal|(?<![가-힣])뼈"
            )
        ],
        unless: re(
            "무리하게|균형|꾸준|식단\\s*예시|약사|상담하세요|복용하면|장기간|섭식\\s*장애\\s*(?:치료|상담|환자|는)|거식증(?:은|의)\\s*(?:위험|증상)|건강(?:에|을)\\s*(?:해|위협|해치)|영양사|의사|전문의|위험합니다|위험할\\s*수|금식\\s*(?:검사|전)|수술\\s*전|내시경|대장\\s*내시경|검진"
        )
    },
    {
        category: "violence",
        rule: "frame.poisoning",
        ideas: [
            re(
                "독극물|독약|청산가리|농약|쥐약|부동액|수면제|졸피뎀|락스|살충제|메탄올|탈륨|비소|신경\\s*안정제|제초제|(?<![가-힣])독(?:을|이)?\\s*(?:타|넣|섞)"
            ),
            re(
                "몰래|(?<![가-힣])타(?:서|면|고|기)|섞(?:어|으면|고)|넣(?:어|으면|고)|먹이|음료|커피|밥에|국에|술(?:잔|에)|물(?:병|에)|티\\s*(?:안|덜)\\s*나|들키지|맛(?:이)?\\s*안\\s*나|무색\\s*무취|냄새\\s*(?:안|없)|부검|검출\\s*(?:안|되지)"
            ),
            re(
                "남편|아내|와이프|시어머니|시아버지|장모|상사|팀장|부장|동료|그\\s*(?:사람|놈|년|새끼)|걔|쟤|이웃|옆집|룸메|전\\s*(?:여친|남친)|(?<![가-힣])사람|누군가|(?<![가-힣])개(?:한테|에게|를|가)|고양이|강아지|길냥이"
            )
        ],
        unless: re(
            "중독(?:\\s*사고|되었|됐|증상|\\s*시)|응급|119|해독|보관(?:하세요|법|할\\s*때)|어린이\\s*손|실수로|삼켰|먹었을\\s*때|병원(?:에|으로)|독성\\s*정보|처방|복용\\s*(?:법|방법|시)|의사|약사"
        )
    },
    {
        category: "violence",
        rule: "frame.stalking",
        ideas: [
            re(
                "위치\\s*(?:추적|알아내|알아낼)|gps|에어\\s*태그|airtag|스마트\\s*태그|추적기|추적\\s*앱|스파이\\s*앱|미행|뒤(?:를)?\\s*캐|몰래\\s*따라|잠복|망원\\s*렌즈|(?:집|회사|학교)\\s*앞(?:에서)?\\s*(?:기다|지켜)"
            ),
            re(
                "몰래|모르게|들키지|숨겨|붙여|붙이|부착|달아|전\\s*(?:여친|남친|애인|와이프|남편)|여친|남친|애인|아내|와이프|남편|그\\s*(?:사람|여자|남자|애)|걔|그녀|헤어진|차단(?:당|했)|연락(?:을)?\\s*(?:안\\s*받|끊|차단)"
            )
        ],
        unless: re(
            "동의|치매|부모님|아버지|어머니|할머니|할아버지|모르는\\s*(?:사람|남자|여자)(?:이|가)|탐지|찾는\\s*(?:법|방법)|발견(?:하면|했|되)|확인하는\\s*(?:법|방법)|스토킹\\s*(?:처벌|피해|범죄)|보호\\s*(?:명령|조치)|접근\\s*금지|내\\s*(?:차|가방|폰|짐|캐리어|지갑|열쇠)|분실|잃어버|가족(?:끼리|과|\\s*동의)|동의(?:를|하|한)|(?:아이|자녀)(?:의)?\\s*(?:위치|안전)|반려|택배"
        )
    },
    {
        category: "dangerous",
        rule: "frame.hidden_camera",
        ideas: [
            re(
                "몰카|몰래\\s*카메라|치마\\s*속|무음\\s*카메라|몰래\\s*찍(?:은|어|기|는)|도촬|초소형\\s*카메라|소형\\s*카메라|핀\\s*홀|볼펜\\s*(?:캠|카메라)|안경\\s*(?:캠|카메라)|시계\\s*(?:캠|카메라)|스파이\\s*캠|카메라(?:를)?\\s*(?:숨|설치해|달아|몰래)"
            ),
            re(
                "파는|팔(?:면|아)|판매|유료\\s*방|수요|올리고|비싸게|에스컬레이터|화장실|탈의실|샤워실|기숙사|치마|계단|모텔|숙소|원룸|에어비앤비|찍(?:어|으면|기|는|힌)|촬영|설치|숨기|숨겨|각도|안\\s*보이|들키"
            )
        ],
        unless: re(
            "불법\\s*촬영\\s*(?:예방|신고|피해|처벌|범죄)|처벌|탐지|찾는|발견|점검|단속|확인하는\\s*(?:법|방법)|전파\\s*탐지|렌즈\\s*(?:반사|찾)"
        )
    },
    {
        category: "violence",
        rule: "frame.threat.veiled",
        ideas: [
            re(
                "사시는\\s*것\\s*같|사는\\s*것\\s*같|다닌다고\\s*들었|다니(?:죠|지)\\?|본가|부모님(?:이)?\\s*(?:아직\\s*)?계시|가족분?들?(?:도|은)?\\s*(?:건강하|잘\\s*계시|무사)|등하굣?길|안부\\s*전해|찾아간다|찾아갈\\s*(?:거|게|께)|찾아가겠|(?:집|회사)\\s*(?:\\S+\\s+){0,4}?(?:근처|앞)\\s*맞지|(?:직장|회사|학교)(?:로|에)\\s*찾아|마주치면|들를게|놀러\\s*갈게|어느\\s*학교|몇\\s*시에?\\s*(?:하교|퇴근|출근|학원)|차\\s*번호|집\\s*(?:주소|앞|위치)|어디\\s*(?:사는지|사시는지|다니는지)|가족(?:분)?들?\\s*(?:얼굴|사진)|(?:아이|애|딸|아들|자녀)(?:가|분이)?\\s*(?:어느|몇\\s*시|어디)|동선|다니는\\s*(?:학교|학원|회사)"
            ),
            re(
                "취하(?:하|해)|지우(?:시는|는)\\s*게|철회|입\\s*다물|조용히\\s*(?:있|하|취하|넘어|넘기)|현명하게\\s*판단|서로\\s*편할|안\\s*좋을|다칠|뭘\\s*할지\\s*(?:몰라|모르)|말로\\s*(?:안|끝나지)|문\\s*(?:잘\\s*)?잠그고|밤길|두고\\s*(?:봐|보자)|다음은\\s*없|그땐|어떻게\\s*될지|무슨\\s*일이?\\s*(?:생길|일어날|있을)|장담\\s*(?:못|할\\s*수\\s*없)|후회|조심(?:해|하)|사고(?:가)?\\s*(?:많|나|날)|무사할|없어져도|아무도\\s*모를|가만\\s*(?:안|두지|있지)|알아서\\s*(?:해|하)|각오|책임\\s*(?:못|안)|보고\\s*있|지켜보고|알고\\s*있(?:어|다|습니다|어요)|봐\\s*뒀"
            )
        ],
        unless: re("올리지|공개하지|노출|개인\\s*정보\\s*(?:보호|유출)|설정|공유하지")
    },
    {
        category: "harassment",
        rule: "frame.harm_text",
        ideas: [
            re(
                "(?:협박|협박성|따돌(?:림|리는)|왕따|괴롭(?:힘|히는)|악플|혐오|조리돌림|신상\\s*털기|사칭|피싱|스미싱|보이스\\s*피싱|가짜\\s*뉴스|허위\\s*사실|루머|음해)\\s*(?:\\S+\\s+){0,2}?(?:편지|문자|메시지|글|댓글|문구|멘트|스크립트|대본|전략|계획|작전|템플릿|초안)"
            ),
            re(
                "있는\\s*사람|구함|구해|공유|버전으로|줄\\s*사람|팝니다|삽니다|입니다|드릴게요|드립니다|정리했|작성했|예시|다음과\\s*같|요청하신|물론|먼저|1\\.|첫째|단계|써\\s*(?:줌|봤|왔)"
            )
        ],
        unless: re(
            "대응|예방|신고|대처|피해자(?:를|가|의\\s*(?:회복|보호))|유형|구별|알아보|교육|방지|막는|멈추|경각심|조심|의심|무시"
        )
    },
    {
        category: "violence",
        rule: "frame.violence.howto",
        ideas: [
            re(
                "다치게\\s*하는\\s*(?:방법|법)|불구로\\s*만드|기절시켜|의식을?\\s*잃게|뒤통수(?:를)?\\s*(?:\\S+\\s+)?(?:내리치|가격|때리)|둔기로|목을?\\s*졸라|혈흔(?:을)?\\s*(?:지우|닦)|시신(?:은|을)\\s*(?:\\S+\\s+)?(?:묻|버리|유기)|부상(?:을)?\\s*입히|복부(?:를)?\\s*노리|급소(?:를)?\\s*노리|흉기(?:는|를)?\\s*(?:\\S+\\s+)?숨기|연장\\s*챙겨|찔러야|티\\s*(?:안|덜)\\s*나게|흔적\\s*(?:없이|안\\s*남게|이\\s*안\\s*남)|멍(?:이)?\\s*(?:안|들지\\s*않게)|증거\\s*(?:없이|안\\s*남게|인멸)|급소|명치|관자놀이|목젖|기절시키|질식"
            ),
            re(
                "요령|방법|노리세요|챙겨\\s*와|다들|접근합니다|하세요|찔러|때리|(?<![가-힣])패(?:면|서|고|야)|치(?:면|는|기|세요)|찌르|조르|누르|가격|주먹|발로|맞으면|폭행|제압|혼내"
            )
        ],
        unless: re(
            "(?:게이트웨이|api|트래픽|서버|db|디비|네트워크)\\S*\\s*(?:\\S+\\s+)?질식|(?:(?<![가-힣])쥐(?!도\\s*새)|바퀴벌레|해충|날파리|진드기|빈대)\\S*\\s*(?:잡아\\s*)?죽(?!은\\s*듯)|호신술|자기\\s*방어|격투기|ufc|복싱|응급|심폐|cpr|훈련|시합|규칙|반칙|의학|해부|하임리히|아이가\\s*(?:삼켰|목에)"
        )
    },
    {
        category: "violence",
        rule: "frame.mass_attack",
        ideas: [
            re(
                "(?:(?:트럭|차량)으로|(?:승합차|버스|suv)로)\\s*(?:\\S+\\s+){0,3}?돌진|무차별(?:로)?\\s*(?:공격|찌르|휘두)|흉기를?\\s*여러\\s*개|출입구(?:를)?\\s*(?:막|봉쇄)|유독\\s*가스|독가스|가스(?:를)?\\s*퍼뜨|차로\\s*(?:밀|돌진|들이받)|칼부림|흉기\\s*난동|폭탄|폭발물|불(?:을)?\\s*(?:지르|질러)|난사|(?:다|싹)\\s*(?:죽이|쓸어)|최대한\\s*(?:많이|많은)\\s*(?:사람|피해|죽)|사상자"
            ),
            re(
                "집회|콘서트장|공연장|cctv\\s*사각|환풍구|건물|사무실|학교|사람\\s*(?:많은|붐비는|몰리는)|출근\\s*시간|퇴근\\s*시간|인파|군중|축제|광장|역\\s*(?:안|앞|광장)|지하철|쇼핑몰|교실|강당|콘서트|급식실|예배"
            ),
            re(
                "하세요|진입하|끝내세요|방법|어떻게|계획|할\\s*거|하겠|한다|하자|예정|준비|디데이|d-day|시간대|동선|최대한|효과적|노린다|노려"
            )
        ],
        unless: re(
            "대피|대응\\s*(?:훈련|매뉴얼)|게임|영화|소설|테러\\s*(?:예방|대비)|사건|발생|숨졌|부상|숨진|훈련|fork|zip|로직|logic|(?:메일|문자|댓글|알림)\\s*폭탄|폭탄\\s*(?:세일|할인|발언)"
        )
    },
    {
        category: "violence",
        rule: "frame.arson",
        ideas: [
            re(
                "시너|신나|휘발유|등유|경유|라이터\\s*기름|인화\\s*물질|기름(?:을)?\\s*(?:붓|뿌|부어)|불(?:을)?\\s*(?:붙이|붙여|지르|질러|내(?:면|자|고|려))|방화|불\\s*나게|누전처럼|화재처럼"
            ),
            re(
                "지하철|버스|(?<![가-힣])역(?:에|에서)|사람\\s*많은|몇\\s*명|(?<![가-힣])집|현관|문\\s*앞|복도|원룸|창고|건물|가게|사무실|아파트|빌라|(?<![가-힣])차(?:에|를|에다)|안에서|못\\s*나오|못\\s*나|보험금|네\\s*집|니\\s*집"
            ),
            re(
                "지르면|죽을까|해\\s*볼까|면\\s*(?:됨|돼|된다|끝)|(?:거|꺼)(?:임|야|다)|할\\s*(?:거|꺼)|해야|하자|됨|된다|놨|놓았|ㅋㅋ|려고|겠다|이면|붙이면|질러"
            )
        ],
        unless: re(
            "캠핑|모닥불|바비큐|숯|버너|향초|화재\\s*(?:예방|안전|대피|경보|보험\\s*(?:가입|약관))|소화기|가스\\s*레인지|요리|난로|보일러|점검|대피|소방|감식|방화\\s*(?:벽|문|셔터|구획|관리)|방화벽"
        )
    },
    {
        category: "self_harm",
        rule: "frame.suicide.method",
        ideas: [
            re(
                "(?:진통제|수면제|해열제|타이레놀|감기약|신경\\s*안정제)(?:를|을)?\\s*(?:\\S+\\s+){0,2}?(?:한꺼번에|한\\s*번에|여러\\s*통|다\\s*(?:먹|삼키)|몇\\s*(?:통|알|병|정)\\s*(?:먹|삼키|털어))|동맥(?:을)?\\s*(?:\\S+\\s+){0,2}?(?:긋|그으|그어|끊)|난간|투신|뛰어\\s*내|(?:옥상|대교|다리|건물|층|아파트|창문|베란다)[^.?!\\n]{0,20}(?:뛰(?:면|어|기)|떨어지(?:면|기))|(?<![가-힣])목\\s*(?:맬|매|매달)|번개탄|연탄(?:을|\\s*피)|질소\\s*(?:가스|로)|헬륨|선로(?:에|로)\\s*(?:뛰|들어)|약(?:을)?\\s*(?:모아|한꺼번에)|과다\\s*복용"
            ),
            re(
                "쉬움|쉬워|쉽다|확실|제일|충분|살아날\\s*(?:확률|가능성|수)|안\\s*깨어나|간이\\s*(?:완전히\\s*)?망가|면\\s*(?:됩니다|돼요|됨|돼|된다|됩니당)|그으세요|삼키세요|더\\s*빨라|실패하지\\s*않|발견되지\\s*않게|안\\s*끊어지|아무도\\s*(?:못|모르)|못\\s*막|고통\\s*(?:없|안)|안\\s*아프|빨리|한\\s*번에|사각|열려\\s*있|같이\\s*갈|구함|하면\\s*(?:됨|돼|된다)|사라|추천|방법|알려\\s*(?:줌|줄게|드릴)"
            )
        ],
        unless: re(
            "예방|상담|109|1393|도움|치료|구조|신고|안전\\s*(?:시설|망|펜스)|펜스\\s*설치|높이(?:를)?\\s*(?:높|올)|설치(?:했|한|해야)|막기\\s*위해|뉴스|보도|숨졌|사망했|경찰|소방|의사|독성|응급|중독\\s*(?:사고|증상)|부작용"
        )
    },
    {
        category: "harassment",
        rule: "frame.doxxing",
        ideas: [
            re(
                "주민(?:\\s*등록)?\\s*번호(?:를)?\\s*알아내|(?:차\\s*번호|번호판|폰\\s*번호|전화\\s*번호|얼굴\\s*사진|인스타\\s*아이디|아이디)(?:로|으로|만\\s*(?:앎|알|있))\\s*(?:\\S+\\s*){0,3}?(?:집\\s*주소|주소|실명|직장|학교|신상|이름)|실명(?:이랑|과)\\s*(?:학교|직장|주소)|신상(?:\\s*(?:나옴|나왔|털|공개|정리|뿌|퍼|박제|파))|실명\\s*(?:공개|까|깠)|(?:집|회사|학교|직장)\\s*(?:주소|위치)(?:까지)?\\s*(?:다\\s*)?(?:공개|뿌|올림|올려|알아냄|알아냈|나옴|나왔|공유)|(?:남편|아내|와이프|애|딸|아들|자식)(?:이|가)?\\s*(?:다니는\\s*)?(?:회사|학교|학원)|다니는\\s*(?:학교|학원)|하교\\s*시간|(?:몇\\s*동|동\\s*몇\\s*호)"
            ),
            re(
                "털어\\s*줄|찾아\\s*줄|알아내는\\s*(?:법|방법)|찾아서|구함|사람\\s*구|커뮤에\\s*올리|올리자|없나|방법|공유(?:함|합니다|해|한다)|알아서\\s*(?:해|하)|전화\\s*(?:돌리|해)|찾아가|뿌리|퍼뜨|올림|올려|돌리자|충분하지|참교육|연락해|민원\\s*넣|좌표|거주|다님|사는\\s*곳|이름\\s*\\S+"
            )
        ],
        unless: re(
            "개인\\s*정보\\s*(?:보호|유출\\s*(?:사고|피해))|삭제\\s*(?:요청|해\\s*주세요)|신고(?:했|해)|공개하지|올리지|설정|동의|입학|전학\\s*(?:절차|서류)|가정\\s*통신문|알림장|학부모|상담"
        )
    },
    {
        category: "violence",
        rule: "frame.stalking.following",
        ideas: [
            re(
                "뒤따라|미행|어느\\s*(?:집|동|층)(?:에|으로)?\\s*들어가|어디\\s*사는지|사는\\s*(?:듯|곳(?:을|도)?\\s*알아)|(?:퇴근|하교|출근|귀가)\\s*(?:시간|길)(?:을|도)?\\s*(?:알아냈|알아냄|따라)|(?:회사|집|학교|직장)(?:를|도|까지)?\\s*알아(?:냄|냈)|인스타\\s*(?:찾았|알아냈)|몰래\\s*따라"
            ),
            re(
                "기다리|기다려|따라가|확인만|확인하려|만날\\s*수|근처|앞에서|가\\s*볼|갈\\s*(?:거|꺼)|들를|찾아가|계속|매일"
            )
        ],
        unless: re("동의|마중|데리러|픽업|약속|스토킹\\s*(?:처벌|피해|범죄|신고)|접근\\s*금지|신고|경찰|보호")
    },
    {
        category: "sexual",
        rule: "frame.harassment.workplace",
        ideas: [
            re(
                "거절하면|안\\s*만나\\s*주면|싫으면|싫다고\\s*하면|평가\\s*때\\s*알지|되고\\s*싶으면|승진(?:하고\\s*싶으면|시켜\\s*줄)|평가(?:를)?\\s*(?:깎|낮)|재계약(?:하고\\s*싶으면|\\s*안)|나한테\\s*잘해"
            ),
            re(
                "둘이|단둘이|따로\\s*(?:불러|만나)|한잔|술\\s*(?:한잔|마시)|모텔|호텔|내\\s*방|집으로|잠자리|스킨십|안아|뽀뽀|무슨\\s*뜻인지|잘해야지|밤에|불러냄|불러내"
            )
        ],
        unless: re("신고|고충|성희롱\\s*(?:예방|교육|신고|사례)|인사\\s*위원회|징계|갑질\\s*(?:신고|사례|예방)|상담")
    },
    {
        category: "sexual",
        rule: "frame.harassment.body",
        ideas: [
            re(
                "치마|다리\\s*예쁘|옷\\s*안에(?:는)?|뭐\\s*입었|블라우스|스타킹|몸매|가슴|엉덩이|허벅지|몸\\s*평가|[a-f]\\s*컵|얇던데|비치던데|속옷"
            ),
            re(
                "옆자리|앉혀|회식|모텔|둘이|한잔|답장\\s*안\\s*하(?:면|시면)|계속\\s*보낼|찍어|몰래|단톡|돌려\\s*보|평가|만지|올려|보고\\s*싶|벗겨|잘할\\s*것|밤에"
            ),
            re(
                "주임|선임|책임|연락했어요|dm|디엠|메시지|사원|대리|과장|차장|부장|신입|인턴|팀장|직원|동료|여직원|후배|선배|(?<![가-힣])씨(?![가-힣])|(?<=[가-힣])씨\\s"
            )
        ],
        unless: re("신고|성희롱\\s*(?:예방|교육|신고|사례)|징계|상담|의류|쇼핑|세탁|사이즈|매장")
    },
    {
        category: "harassment",
        rule: "frame.torment",
        ideas: [
            re(
                "괴롭혀(?:서|야)|괴롭히(?:는|면|려면)|(?:스스로|제\\s*발로)\\s*(?:그만두|나가|퇴사하)게|해고(?:되|당하)게|자살하게|미치게\\s*만들|고립시키|가스\\s*라이팅(?:하는|해서|으로)|망신(?:을)?\\s*(?:주는|줄|시키)|왕따\\s*(?:시키는|만드는)"
            ),
            re("방법|(?<![가-힣])법(?![가-힣])|요령|전략|팁|어떻게|하려면|만들(?:자|기|려)")
        ],
        unless: re(
            "당하(?:는|고|면|지)|당했|피해|대처|대응|벗어나|예방|신고|극복|상담|도움|보호|막(?:는|으려면)|괴롭힘\\s*금지법"
        )
    },
    {
        category: "self_harm",
        rule: "frame.self_harm.urging",
        ideas: [
            re(
                "(?:죽는|없어지는|사라지는|뒤지는)\\s*(?:게|것이)\\s*(?:\\S+\\s+)?(?:낫|나아|모두를\\s*위한|다들\\s*편|모두\\s*편|좋아|좋을)|죽어\\s*(?:버려|줘|주라)|살\\s*(?:가치|이유)(?:가|도)?\\s*없"
            ),
            re(
                "(?<![가-힣])(?:너|넌|니|니가|네가|당신|너\\s*같은|너네|너희)(?![가-힣])|(?<![가-힣])(?:너|니|당신)(?:는|가|도|같은)"
            )
        ],
        unless: re("아니야|아니에요|아닙니다|절대|않아|않아요|소중|도움|상담|109|1393|괜찮|말하지\\s*마")
    },
    {
        category: "harassment",
        rule: "frame.mobbing",
        ideas: [
            re(
                "읽씹하자|따\\s*시키|따\\s*시킨|앉지\\s*마|말\\s*(?:걸지|섞지)\\s*마|(?:체육복|실내화|신발|가방|교과서|필통)\\s*(?:숨기|버리|찢)|화장실로\\s*불러|찍어서\\s*올릴|강퇴(?:시키|하자)|악플|댓글\\s*(?:테러|폭탄|도배)|신고\\s*(?:폭탄|테러|먹이)|별점\\s*테러|dm\\s*(?:테러|폭탄)|도배|조리돌림|박제|신상\\s*(?:털|공개)|따돌리(?:자|고|면|는\\s*(?:방|법))|따돌려|왕따\\s*(?:시키|시켜|하자|만들)|매장(?:시키|해)|퇴출시키|말\\s*걸지\\s*마|투명\\s*인간|빼고\\s*(?:새\\s*)?(?:방|단톡)|없는\\s*사람\\s*취급|무시하자|무시해"
            ),
            re(
                "아무도|어기는|모른\\s*척|선생님(?:한테|께)는?|단톡|우리\\s*반|방과\\s*후|급식실|교실|전학|좌표|단체로|다\\s*같이|다들|우르르|몰려가|총공|화력\\s*지원|반\\s*애들|모두\\s*(?:다|함께)|그\\s*(?:학생|애|친구|놈|년)(?:만|을|를|은|한테)?|걔(?:만|를|한테)"
            )
        ],
        unless: re(
            "당한|당하는|당했|당하고|저를|저만|피해\\s*학생|가해\\s*학생|처분|조사|증거|상담|담임|학교\\s*폭력\\s*(?:예방|신고)|도와(?:주|줘)|멈춰|그만해|하지\\s*마세요|하지\\s*말자|않도록|금지"
        )
    }
];

export const frames: Frame[] = [...personFrames, ...sexualFrames, ...crimeFrames, ...groupFrames, ...spokenFrames];

/** Which frames' first ideas a text may hold, from its characters and grams (text/gramGate.ts). */
const firstIdeas = new GramGate(
    frames.map((f) => f.ideas[0]),
    { lowerCaseText: true, lookaround: true, alternatives: true }
);
const mayHold = (text: string, bits = firstIdeas.scratchBitsOf(text)) => firstIdeas.open(bits) ?? [];
/** Whether `text` holds any frame's first idea: only the frames the gate lets through are tried. */
const holdsFirstIdea = (text: string, may = mayHold(text)) => frames.some((f, i) => may[i] && f.ideas[0].test(text));

/** Whether every idea of `frame` is in `text` and no word makes it a topic. */
function says(frame: Frame, text: string): boolean {
    for (const idea of frame.ideas) if (!idea.test(text)) return false;
    return !guard.test(text) && frame.unless?.test(text) !== true;
}

/** The text frames read: lower-cased, canonical, ㅔ/ㅐ and ㅖ/ㅒ as one. */
export function frameText(text: string): string {
    // Disguises undone (frameReading.ts): marks between syllables (미*성*년*자, 뛰.어.내.리), stretched vowels, spaced letters.
    return foldVowels(frameReading(canonicalReading(text)).toLowerCase()).replace(notAWrapper, " ");
}

/**
 * The first frame a sentence completes, read with the text just before it (`before`, already
 * passed through {@link frameText}): the frame must not be complete in `before` alone.
 */
export function judgeFrames(sentence: string, before: string): Frame | undefined {
    const text = before.length > 0 ? `${before}\n${sentence}` : sentence;
    const may = mayHold(text);
    for (let i = 0; i < frames.length; i++) {
        const frame = frames[i];
        if (!may[i] || !frame.ideas[0].test(text)) continue;
        // Said whole in the sentence, or completed by it (then `text` holds more than the sentence).
        if (says(frame, sentence) || (before.length > 0 && says(frame, text) && !says(frame, before))) return frame;
    }
    return undefined;
}

/** Text before a sentence frames read with it: a sentence or two (a chat's last turn). */
const frameContext = 120;

/** Frames over one response's sentences, in order: each read with the end of the text before it. */
export class FrameReader {
    private before = "";
    /** The last sentence read, as frames read it. */
    private last = "";
    /** Characters read since the end of the last sentence that held a first idea. */
    private sinceIdea = Infinity;

    /** The frame `sentence` completes, if any (every sentence must pass here, in order). */
    read(sentence: string): Frame | undefined {
        const before = this.before;
        const text = frameText(withoutSpeaker(sentence));
        this.last = text;
        this.before = (before.length > 0 ? `${before}\n${text}` : text).slice(-frameContext);
        // Most sentences hold no first idea, and neither does the text before them: nothing to read.
        const idea = holdsFirstIdea(text);
        const near = this.sinceIdea < frameContext;
        this.sinceIdea = idea ? 0 : this.sinceIdea + text.length + 1;
        if (!idea && !near) return undefined;
        return text.trim().length < 4 ? undefined : judgeFrames(text, before);
    }

    /** The frame `sentence` would complete, not read yet (the head's finding before it takes its category). */
    peek = (sentence: string): Frame | undefined => judgeFrames(frameText(withoutSpeaker(sentence)), this.before);

    /** Whether `sentence` (the last read) only lists examples after a rule about such words ("…허용되지 않습니다. 예: 틀딱, 한남충 등"). */
    listsExamples = (sentence: string): boolean =>
        exampleList(sentence, this.before.slice(0, Math.max(0, this.before.length - this.last.length)));

    /** Whether the last sentence read is about a harm (prevention, the news, the law, a refusal). */
    guarded(): boolean {
        return guard.test(this.last);
    }
}
