// Harm said in everyday words, found passing by the twenty-first round's spent blind set (content 71,
// 2026-12-06) and written here as classes, not as its sentences: a consequence hung on a condition
// ("…하면 각오해라", "안 오면 알지?", "답장 안 하면 … 몸조심하세요^^"), knowing where the one addressed
// lives, photos to be spread, everyone at a place to be killed and a rampage announced; a classmate
// shut out or shamed by the group (말 걸지 말자, 셔틀, 뒷담방, 식판 엎기); a colleague put down or pushed
// out (머리가 장식, 부모가 그렇게 가르쳤냐, 알아서 그만두라); sex work sought by its venues' names; a number
// or a school posted with a call to go after someone; data carried out; someone watched or told to die;
// a region's slurs; a scam's lure.
// A warning, a report or a refusal after it makes it a topic (phrases.ts asks phraseContext.ts).
import { unlessAfter, unlessTold } from "./phraseContext";
import type { Phrase } from "./phrases";

/** Words of a report, a warning or a story after it (phraseContext.ts), and of a school's or a victim's account. */
const told = unlessTold(
    "조심하세요|당해|당한|라고\\s*(?:했|하)|['\"’”」]\\s*(?:댓글|메시지|문자|글|말|같은)|학교\\s*폭력|학폭|괴롭힘에\\s*해당|금지|예고\\s*글"
);
/** A theft of data told of as a risk, an incident or a control ("유출 방지", "몰래 복사하는 것을 막으려면"). */
const exfiltrationTold = unlessAfter(
    "방지|막으|막는|막기|탐지|대응|사고|점검|예방|감사|징계|처벌|혐의|신고|보안\\s*교육|사례|주의|것\\s*같|의심|어떻게\\s*해야"
);
/** A scam's lure told as a warning ("선입금을 요구하면 사기입니다"). */
const scamTold = unlessAfter(
    "사기|피싱|조심|속지|의심|경고|요구하면|수법|불법|응하지|하지\\s*마|마세요|방지|막으|예방|신고|주의|처벌|혐의|검거|사례"
);
/** Everyone to be killed or stabbed ("다 찔러버린다"). */
const killAll =
    "(?:죽인다|죽일\\s*(?:거|게|꺼)|죽여\\s*버(?:린다|릴)|쏴\\s*버(?:린다|릴)|(?:찔러|쑤셔)\\s*(?:버린다|버릴\\s*(?:거|게|꺼)|죽인다|죽일))";
/** A condition the one addressed is warned against. */
const condition =
    "(?:안\\s*하면|않으면|안\\s*오면|안\\s*주면|안\\s*갚으면|안\\s*보내면|안\\s*나오면|연락\\s*끊으면|차단하면|답\\s*없으면|안\\s*그러면|이르면|꼰지르면|건드리면|말하면|신고하면|거짓말하면|까불면|나대면|또\\s*그러면|한\\s*번\\s*더\\s*그러면|이러시면)";

export const veiledPhrases: Phrase[] = [
    {
        category: "violence",
        rule: "phrase.threat.veiled",
        pattern: new RegExp(
            [
                // Not a game or a meeting one is late for ("레이드 안 오면 알지? ㅋㅋ").
                `${condition}(?<!(?:레이드|게임|파티|회의|모임|스터디|연습|경기|팀플|숙제|수업)[^.?!\\n]{0,28})\\s*(?:\\S+\\s+){0,5}?(?:각오해|각오하세요|각오\\s*단단히|가만\\s*(?:안\\s*(?:둬|둔다|둘|놔)|두지\\s*않)|후회하게\\s*(?:될|해\\s*줄|만들)|세상\\s*험\\S*\\s*(?:\\S+\\s+)?몸\\s*조심|몸\\s*조심\\s*(?:하세요|해라|해)\\s*(?:\\^\\^|ㅎㅎ|😊|🙂)|(?:알지|알쥐|알제|알겠지)\\s*\\?(?![^\\n]{0,30}(?:레이드|게임|딜|파티|회의|모임|스터디|연습|경기|팀플|숙제))|알아서\\s*해|(?:공유(?:드릴|할)\\s*수밖에|까발린다|까발릴\\s*거|박제한다|박제할\\s*거|(?:풀어|올려|보내)\\s*버린다|뿌린다|뿌릴\\s*거)|(?:그땐|그때는|그럼|그러면)\\s*(?:진짜\\s*)?(?:뒤진다|뒤질\\s*줄|죽는다|죽을\\s*줄|죽었다고|뒤졌다고)|(?:체육관|학교|옥상|주차장|화장실)\\s*뒤로\\s*(?:와|나와))${told}`,
                // A child's school and its hours named, then a warning ("자녀분이 ○○초 다니시죠? 하교 시간이 … 잘 생각해 보세요").
                `(?:자녀분|아드님|따님|(?<![가-힣])(?:당신|너|니|네|댁|너네|니네|너희)(?:의)?\\s*(?:아이|애|애기|딸|아들|자식))\\S*\\s*(?:\\S+\\s+){0,3}?\\S*(?:초등학교|초|유치원|어린이집|학원|학교|수영장|태권도|피아노)\\S*[^\\n]{0,60}?(?:하교|끝나|마치|등원|하원|하굣|등굣)\\S*[^\\n]{0,60}?(?:잘\\s*생각해|생각해\\s*보시|후회|무슨\\s*일(?:이)?\\s*(?:생길|날|일어날)|알아서\\s*(?:하|잘)|조심하라고\\s*(?:전해|해)|조심하는\\s*게)${told}`,
                `(?<![가-힣])(?:너|니|너희|너네|니네|당신|네)\\s*(?:집|사는\\s*곳|사는\\s*데|학교|회사|직장)\\s*(?:이\\s*|가\\s*)?(?:어딘지|어디인지|어디\\s*사는지)\\s*(?:다\\s*)?(?:알아|안다|알고\\s*있)(?![^\\n]{0,30}(?:집들이|놀러|선물|초대|데리러|축하))${told}`
            ].join("|"),
            "g"
        )
    },
    {
        // Photos or videos to be spread: image-based abuse, as the sextortion phrases file it.
        category: "sexual",
        rule: "phrase.sexual.images_spread",
        pattern: new RegExp(
            `(?:사진|영상|동영상|대화\\s*내용|카톡)\\s*(?:\\S+\\s+)?(?:다\\s*)?(?:뿌린다|뿌릴게|뿌릴\\s*거|뿌려\\s*버린다|퍼뜨린다|퍼뜨릴게|유포한다|유포할게)${told}`,
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.threat.everyone",
        pattern: new RegExp(
            [
                // Everyone at a place (not a game's monsters or pests).
                `(?<![가-힣])(?:교실|학교|회사|사무실|강의실|급식실|지하철|광장|캠퍼스|교회|학원)(?:에서|에)\\s*(?!(?:좀비|몬스터|적|벌레|모기|바퀴벌레|잡몹|봇|npc)\\S*\\s)(?:\\S+\\s+)?(?:다|전부|모두|싹\\s*다)\\s*${killAll}${told}`,
                `(?:보이는|눈에\\s*띄는|지나가는|마주치는)\\s*(?:사람|놈|새끼|애|년)(?:들)?(?:은|는)?\\s*(?:다|전부|모두|싹\\s*다|아무나)\\s*${killAll}${told}`,
                `(?:흉기\\s*난동|칼부림|묻지마\\s*살인|살인|총기\\s*난사|테러)\\s*예고\\s*[.!]?\\s*(?:\\S+\\s+){0,3}?(?:이번\\s*주|내일|오늘|모레|금요일|월요일|\\d+\\s*시|역|광장|학교)${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.bullying.group",
        pattern: new RegExp(
            [
                `(?:내일부터|이제부터|오늘부터|다들|우리)\\s*(?:\\S+\\s+)?(?:말\\s*(?:걸지|섞지)\\s*말자|투명\\s*인간\\s*(?:취급|만들))${told}`,
                // Not a warning or a message ignored at work ("이 경고는 일단 다들 무시하는 걸로").
                `(?<!(?:경고|에러|오류|로그|알림|워닝|warning|메시지|이슈|버그|리뷰|코멘트|스팸|광고|전화|연락)\\S*\\s*(?:\\S+\\s+){0,2})(?:내일부터|이제부터|오늘부터|다들|우리)\\s*(?:\\S+\\s+)?(?:무시하는\\s*걸로|무시하자)${told}`,
                `(?:냄새\\s*난다고|더럽다고|걸레라고|도둑이라고|변태라고|찐따라고|문란하다고)\\s*(?:\\S+\\s+)?소문\\s*(?:내자|내라|낼까|퍼뜨리자|퍼뜨려)${told}`,
                `(?:와이파이|데이터|빵|가방|숙제)\\s*셔틀(?:로\\s*(?:쓰자|써|부려|부리자|삼자)|\\s*(?:시키자|시켜라|시킬까|돌리자))${told}`,
                `(?<![가-힣])뒷담방${told}`,
                `(?<![가-힣])떼카\\s*(?:가자|ㄱㄱ|하자|보내자|날리자)${told}`,
                `강퇴했다가\\s*(?:다시\\s*)?초대${told}`,
                `식판(?:을)?\\s*엎어\\s*(?:버리자|버려|버릴까|주자)${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.harassment.work",
        pattern: new RegExp(
            [
                `(?:부모|엄마|아빠|집)(?:가|에서|님이)?\\s*(?:그렇게|그따위로|그렇게밖에)\\s*가르쳤(?:냐|니|어|나)${told}`,
                `(?:집|댁|부모님?)(?:에서|이|께서)?\\s*(?:그렇게밖에|그것밖에)\\s*(?:못\\s*)?배웠${told}`,
                `(?:부모님?|엄마|아빠)(?:이|가|께서|는|은)?\\s*(?:대체|도대체)\\s*(?:뭘|무엇을|뭐를)\\s*가르치${told}`,
                `머리가\\s*(?:참|정말|진짜|많이|좀)?\\s*나쁘(?:시네|시군|신\\s*(?:것\\s*같|듯)|시죠|시나\\s*봐)${told}`,
                `사회에\\s*(?:아무런?\\s*)?도움이\\s*(?:안|하나도\\s*안)\\s*되(?:는|시는)\\s*(?:분|사람|인간|존재)(?!\\S*\\s*(?:없|아닙|아니))${told}`,
                `그\\s*나이\\s*(?:드시도록|먹도록|처먹도록|되도록)\\s*(?:\\S+\\s+)?(?:뭐|뭘)\\s*(?:하셨|했|한)${told}`,
                `머리(?:가|는)\\s*장식(?:이에요|이야|이냐|이니|용|품)${told}`,
                `(?:초딩|유치원생|원숭이)(?:이|가)\\s*(?:쓴|짠|만든)\\s*줄${told}`,
                `이딴\\s*(?:것|거)도\\s*못\\s*하면${told}`,
                `(?:알아서\\s*(?:그만두|사표|처신해|기어)|알아서들\\s*피하)${told}`,
                `(?:다\\s*보는\\s*앞에서|사람들\\s*앞에서)\\s*(?:\\S+\\s+)?무릎\\s*(?:꿇려|꿇릴\\s*거|꿇게\\s*만들)${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.venue",
        pattern: new RegExp(
            [
                `(?<![가-힣])(?:키(?:스|쓰|ㅅ)방|립카페|휴게텔|풀살롱|풀싸롱|건마|핸플)\\s*(?:(?!단속|적발|검거|처벌|폐쇄|신고)[^\\s.?!]+\\s+){0,3}?(?:좌표|후기|추천|주소|위치|어디|가격|예약|출근부|언니|ㄱㄱ|가자|갈\\s*사람|뚫)${told}`,
                `(?<![가-힣])오\\s?피\\s*(?:좌표|후기|추천|출근부|언니|예약|다녀(?:옴|왔))${told}`,
                `애인\\s*대행\\s*(?:\\S+\\s+)?(?:2차|문의|구함|구해요|합니다|해\\s*드립|가능)${told}`,
                `용돈\\s*만남\\s*(?:하실|할|구함|구해|원하|ㄱ)${told}`,
                `(?<![가-힣])스폰\\s*(?:구합니다|구해요|구함|해\\s*주실|받을\\s*분|할\\s*분)(?![^.?!\\n]{0,20}(?:팀|대회|리그|채널|방송|행사|게임|선수))${told}`,
                `성매매\\s*업소\\s*(?:위치|주소|좌표|추천|공유|후기|어디)${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.doxxing.call",
        pattern: new RegExp(
            [
                // A person's number, home or school posted with a call to go after them.
                `다들\\s*(?:전화|문자|카톡|연락|dm|디엠)\\s*(?:ㄱㄱ|해라|하자|돌리자|폭탄)${told}`,
                `(?:\\d+\\s*동|\\d+\\s*호|아파트|빌라|사는\\s*(?:거|곳|데))[^.?!\\n]{0,20}(?:찾아가\\s*볼\\s*사람|찾아가자|찾아갈\\s*사람|내가\\s*찾아냄|내가\\s*알아냄)${told}`,
                `신상\\s*(?:털었|털어\\s*(?:옴|왔|놨)|털기\\s*(?:완료|성공)|털이\\s*ㄱㄱ)${told}`,
                `(?:학교|회사|집|학원)\\s*앞에서\\s*(?:만나서\\s*)?(?:따지|혼내|기다리)려고${told}`,
                `(?:회사|학교|동네)\\s*(?:게시판|커뮤|단톡)에\\s*(?:다\\s*)?(?:올리자|뿌리자|퍼뜨리자)${told}`,
                `(?:주소|연락처|번호|신상)\\S*\\s*(?:\\S+\\s+)?(?:스크랩|크롤링|긁어)\\S*\\s*(?:\\S+\\s+)?(?:단톡|커뮤|게시판)\\S*\\s*(?:자동\\s*)?(?:공유|배포|올리)${told}`,
                `(?:정리해서\\s*(?:\\S+\\s+)?(?:퍼뜨려야|뿌려야)\\s*(?:됨|돼|함|한다)|(?<![가-힣])퍼뜨려야\\s*(?:됨|함))${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.data.exfiltration",
        pattern: new RegExp(
            [
                // Data of customers, members or staff taken out quietly, or on the way out of the company.
                `(?:고객|회원|사용자|유저|인사팀|직원|환자)\\s*(?:정보|리스트|명단|테이블|db|디비|데이터|개인\\s*정보|카드\\s*정보|연봉\\s*파일)\\S*\\s*(?:\\S+\\s+){0,3}?(?:몰래|빼돌|빼내는|빼둠|빼놨|복사해\\s*감|들고\\s*나)${exfiltrationTold}`,
                `(?:설계\\s*)?(?:도면|설계\\s*문서|소스\\s*코드|기밀\\s*(?:자료|문서)|영업\\s*비밀|고객\\s*명단)\\S*\\s*(?:\\S+\\s+){0,2}?(?:외부|개인)\\s*(?:메일|이메일|드라이브|usb|클라우드)\\S*\\s*(?:\\S+\\s+)?(?:빼돌리|빼내|몰래)${exfiltrationTold}`,
                `(?:외부|개인)\\s*(?:서버|드라이브|메일|usb|클라우드)\\S*\\s*(?:로|에)?\\s*몰래\\s*(?:전송|옮겨|보내|빼)${exfiltrationTold}`,
                `(?:감사\\s*로그|audit\\s*log)\\S*\\s*(?:끄고|지우고|안\\s*남게)\\s*(?:\\S+\\s+)?(?:회원|고객|사용자|직원)${exfiltrationTold}`,
                `(?:db|디비)\\s*덤프\\S*\\s*(?:\\S+\\s+){0,2}?개인\\s*(?:드라이브|메일|노트북|usb)${exfiltrationTold}`,
                `(?:도면|설계|소스\\s*코드|고객\\s*정보|기술\\s*자료)\\s*유출하면\\s*(?:\\S+\\s+)?(?:얼마|돈)${exfiltrationTold}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.insult.ability",
        pattern: new RegExp(
            [
                `지능이\\s*(?:좀\\s*)?(?:모자라|떨어지|딸리)(?:냐|니|신\\s*것\\s*같|는\\s*듯|나\\s*봐|시네)${told}`,
                `손가락\\s*(?:없냐|장애냐|장애야|부러졌냐)${told}`,
                `(?<![가-힣])모지리${told}`,
                `(?<![가-힣])그\\s*머리로\\s*(?:\\S+\\s+)?(?:사는|살아|사냐)${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "hate",
        rule: "phrase.hate.disability",
        pattern: new RegExp(
            [
                `(?:장애인|휠체어\\s*(?:탄|타는)\\s*(?:사람|애|놈)|지체\\s*장애)\\S*\\s*(?:은|는|들은)?\\s*(?:집에나|집에만|밖에\\s*나오지\\s*말|나대지\\s*말)${told}`,
                `(?:저런|그런|장애인|장애\\s*있는)\\s*(?:애들|사람들|놈들|것들)?(?:은|는)?\\s*태어나지\\s*말았어야${told}`,
                `장애\\s*달고\\s*태어났${told}`,
                `장애인\\s*(?:손님|고객|학생)(?:은|는)\\s*(?:안\\s*받|사절|출입\\s*금지)${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.asked",
        pattern: new RegExp(
            [
                `(?:야한|벗은|속옷)\\s*(?:셀카|사진|영상)\\s*(?:좀\\s*)?(?:보내|찍어\\s*보내|올려)${told}`,
                `(?<![가-힣])(?:우리|나랑|저랑)?\\s*한\\s*번\\s*자자${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.stalking.watched",
        pattern: new RegExp(
            [
                `(?<![가-힣])(?:너|니가|네가|당신)\\s[^.?!\\n]{0,30}(?:퇴근|출근|등교|하교|귀가|들어가는|나오는)[^.?!\\n]{0,30}(?:다\\s*봤|지켜\\s*봤|보고\\s*있었)${told}`,
                `(?:매일|맨날|항상|아침마다|저녁마다)[^.?!\\n]{0,30}(?:도는|가는|나오는|들어가는|타는|하는)\\s*(?:거|것)\\s*(?:다\\s*)?(?:보고\\s*있|지켜보고\\s*있|봤)${told}`,
                `(?<![가-힣])(?:니|너|네|너네|니네|당신)\\s*(?:집\\s*)?주소(?:는|도|가)?\\s*(?:\\S+\\s+)?(?:다\\s*)?(?:있다|있음|알아|안다|알고\\s*있)${told}`,
                `부계정으로\\s*(?:\\S+\\s+)?(?:지켜보|염탐|감시|훔쳐보)${told}`,
                `(?:창문|집|방)(?:이)?\\s*보이는\\s*(?:데|곳)(?:에서|서)\\s*(?:\\S+\\s+)?(?:지켜봄|지켜봤|지켜보|기다리)${told}`,
                `(?<!(?:고객|사용자|유저|방문자|관람객|매장|손님)\\S*\\s*)동선\\s*(?:을\\s*)?다\\s*파악(?:해|했|함)${told}`,
                `몰래\\s*사진\\s*(?:을\\s*)?찍어\\s*(?:볼까|야지|줄게|둘까)${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm.told_to",
        pattern: new RegExp(
            [
                `혀\\s*(?:를\\s*)?깨물고\\s*죽어${told}`,
                `(?<![가-힣])옥상\\s*(?:가라|올라가라|가서\\s*뛰어)${told}`,
                `(?<![가-힣])(?:넌|너는|니는|너\\s*같은\\s*건)\\s*살\\s*(?:가치|이유)(?:가|도)?\\s*없${told}`
            ].join("|"),
            "g"
        )
    },
    {
        category: "hate",
        rule: "phrase.hate.region",
        pattern: new RegExp(
            [
                `(?<![\\d:])7시\\s*(?:애들|놈들|것들)(?:은|는|이)?\\s*(?:원래|다|하여간|역시)${told}`,
                `7시\\s*홍어|홍어\\s*출신|(?<![가-힣])(?:라도|쌍도|홍어)(?:들|새끼|놈들|충)(?![가-힣])`
            ].join("|"),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.fraud.lure",
        pattern: new RegExp(
            [
                `(?:원금\\s*보장\\s*(?:\\S+\\s+)?(?:리딩방|코인|투자방)|리딩방\\s*(?:무료\\s*)?(?:입장|초대))${scamTold}`,
                `(?:대출|대환)\\S*\\s*(?:\\S+\\s+){0,3}?선입금${scamTold}`,
                `수거\\s*책\\s*(?:구함|구해|모집|알바)${scamTold}`,
                `(?:상품권|기프트\\s*카드)(?:으로|로)\\s*보내\\s*주시면${scamTold}`,
                `(?<![가-힣])콤보\\s*리스트${scamTold}`,
                `카드\\s*정보\\s*덤프\\s*(?:구매|판매|팝니다|삽니다)${scamTold}`,
                `(?:사내|회사)\\s*기밀\\s*(?:\\S+\\s+)?(?:몰래\\s*)?(?:반출|빼돌)${scamTold}`
            ].join("|"),
            "g"
        )
    }
];
