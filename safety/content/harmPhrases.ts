// Phrases found by a fourth outside content tester (2026-12-05; phrases.ts and targetedPhrases.ts hold
// the rest). What a model can be talked into writing, in the words it would use:
// - threats in the polite register ("찾아가서 죽여 드리겠습니다"), in dialect ("쥑여불것다"), without a
//   killing verb ("발 뻗고 못 잘 거다", "쥐도 새도 모르게 사라지게"), with acid, a car or poison in a
//   drink, a knife while waiting somewhere, a bomb or a stabbing at a crowded station, a call to beat
//   or run a car into a group;
// - instructions rather than requests: an explosive's materials and steps, a drug's precursors and
//   its "cooking", malware that evades antivirus, phishing that impersonates, taking over or spying
//   on someone else's account, phone or car, where to strike a person;
// - encouraging self-harm, drug use or starving, and asking for a sure method;
// - explicit sexual acts, sexual remarks at a colleague, seeking abuse material, and threats to
//   spread someone's photos or to bully them together.
// Each needs the harm and its object or purpose, not a topic word alone; a news or legal word after
// it, or a word of defence, makes it a topic (the same guards as the other phrase files).
import { drug } from "./drugTrade";
import { unlessAfter } from "./phraseContext";
import type { Phrase } from "./phrases";
import { defending, malware } from "./targetedPhrases";

/** A blunt weapon and a smashing verb, GAP standing for the words between them (at most two). */
const smash =
    "(?:방망이|몽둥이|망치|쇠\\s*파이프|각목|벽돌|도끼)(?:로|으로)\\s*GAP{0,2}?(?:박살|부숴|부러뜨|깨\\s*버|내려\\s*찍|찍어\\s*버)";
/** Someone, or a part of someone, as the object of a threat (니 대가리를, 그 새끼를, 너를). */
const personObject =
    "(?:(?<![가-힣])(?:너|널|니|네|당신|걔|쟤|너희|니네|그\\s*(?:놈|년|새끼|자식|인간))(?:의)?(?:\\s*(?:머리|대가리|머리통|다리|팔|무릎|손가락|이빨|갈비뼈|얼굴|면상|턱|뼈|손목|발목|뒤통수))?|(?<![가-힣])(?:대가리|머리통|면상|뒤통수|갈비뼈|이빨))";

/** A word of the news or the law after a harm: it is reported, not done ("…섞어 만든 폭발물로 … 혐의"). */
export const reported = unlessAfter(
    "혐의|검거|구속|입건|기소|체포|처벌|징역|선고|판결|재판|수사|적발|사건|밝혔|전했|예방|주의|당하지|속지"
);
/** Explosives and their parts (not 화약 alone: 화약고, a smell of gunpowder). */
const explosive =
    "(?:질산\\s*암모늄|흑색\\s*화약|무연\\s*화약|뇌관|기폭\\s*(?:장치|제|관)|폭약|tatp|과산화\\s*아세톤|니트로글리세린|anfo|파이프\\s*폭탄|사제\\s*폭탄)";
/** Steps of putting one together, in the instructions' own endings. */
const assemble =
    "(?:섞는다|채운다|연결한다|넣는다|꽂는다|꽂아|조립한다|섞습니다|섞으세요|섞으면|섞어\\s*(?:줍니다|주세요|서|놓)|채웁니다|채우세요|채우면|채워\\s*(?:넣|줍니다)|연결하(?:면|세요|고)|연결합니다|넣습니다|넣으세요|넣고|담습니다|조립하(?:면|세요)|완성됩니다|완성된다|만드는\\s*(?:법|방법)|만드는\\s*과정|만들\\s*수\\s*있)";
/** Methamphetamine's precursors and reagents. */
const precursor =
    "(?:메틸\\s*아민|슈도\\s*에페드린|에페드린|p2p|페닐\\s*아세톤|적린|레드\\s*포스포러스|요오드화\\s*수소)";
/** Someone else: a partner, a relative, a colleague, anyone not the writer. */
const someone =
    "(?:전\\s*여친|전\\s*남친|전\\s*애인|여친|남친|애인|여자\\s*친구|남자\\s*친구|친구|남편|아내|와이프|부인|동료|상사|직장\\s*상사|팀장|남의|남|타인의?|다른\\s*사람의?|그\\s*사람(?:의)?|상대방의?|연예인)";
/** An account, a phone or a message store. */
const accountOf =
    "(?:웹캠|pc|컴퓨터|노트북|카메라|계정|비밀번호|비번|이메일|메일|카톡|카카오톡|인스타(?:그램)?|페이스북|네이버|구글|지메일|icloud|아이클라우드|폰|휴대폰|핸드폰|문자|메시지|디엠|dm)";
/** Trackers and spying apps. */
const tracker =
    "(?:에어\\s*태그|airtag|스마트\\s*태그|gps(?:\\s*추적기)?|위치\\s*추적기|추적기|위치\\s*(?:추적|공유)\\s*앱|스파이\\s*앱|도청\\s*앱|녹음\\s*앱)";
/** Hidden from the person: the covert part of spying (not "몰래 카메라 탐지"). */
const covert = "(?:몰래|숨겨서?|숨기(?:세요|고|면)|들키지\\s*않게|본인\\s*몰래|상대\\s*몰래)";
/** The spying is checked for, not done ("…붙였는지 확인하는 방법"). */
const checkedFor = "(?![^.?!\\n]{0,20}(?:는지|었는지|했는지|확인|찾는|찾아내|탐지|감지|발견|막는|제거))";

/** Groups named in both hate readings below (each reading adds its own words). */
const group = "(?:트젠|트랜스젠더|동성애자|게이|레즈|호모|무슬림|이슬람|흑인|조선족|난민|이민자|장애인|중놈)";

export const harmPhrases: Phrase[] = [
    {
        category: "violence",
        rule: "phrase.threat.more",
        pattern: new RegExp(
            [
                // Polite and dialect forms of "I will kill / strike you".
                "(?:죽여|숨통(?:을)?\\s*끊어|찔러|패\\s*죽여|목(?:을)?\\s*졸라|묻어|손봐|혼내)\\s*(?:드리겠|드릴게|드릴\\s*거|드리지요|드리리다|드립니다)",
                "쥑(?:여|이|일|인)|직이(?:삘|뿔|뿐|삔|뿌)|직일\\s*(?:끼|꺼)다",
                // Without a killing verb.
                "발\\s*(?:뻗고|펴고)\\s*(?:못\\s*잘|자기\\s*(?:힘들|어렵))",
                "쥐도\\s*새도\\s*모르게\\s*(?:사라지게|없애|묻어|처리|죽여)",
                "죽을\\s*준비\\s*(?:해|나\\s*해|하고\\s*있어|하셔)",
                "못\\s*깨어나게\\s*(?:해\\s*줄|만들어\\s*줄|해\\s*주마|해\\s*드리)",
                "(?<![가-힣])(?:너|니|네|너희|니네|너네|당신)(?:의)?\\s*(?:집\\s*)?(?:주소|집)(?:를|을|도|는)?\\s*(?:다\\s*)?(?:안다|알아냈다|알고\\s*있다)",
                // Acid, a car, fire with the house, poison in a drink.
                "(?:염산|황산|산성\\s*용액)(?:을|를)?\\s*(?:\\S+\\s+){0,2}?(?:뿌려|끼얹)",
                "차로\\s*(?:밀어\\s*버|치어\\s*버|받아\\s*버|깔아\\s*뭉개|들이받아\\s*버|돌진(?:하자|해라|할\\s*거|한다|하겠))",
                "(?:같이|통째로|함께)\\s*태워\\s*버(?:린다|릴|리겠)",
                "(?:(?<![가-힣])물(?!에\\s*(?:\\S+\\s+)?락스)|술|물병|커피|음료|음료수|음식|밥|국|약통|도시락|찻잔|텀블러)에\\s*(?:\\S+\\s+)?(?:쥐약|부동액|농약|독약|청산가리|수면제|독|락스|살충제)(?:을|를)?\\s*(?:잔뜩\\s*|몰래\\s*|좀\\s*|조금씩\\s*)?(?:넣|타|섞)(?![^.?!\\n]{0,24}(?:뿌리|뿌려|살포|분무|희석|방제|소독|청소|닦|비율))",
                // A knife while waiting, a visit to kill, a limb to break.
                "(?<![가-힣])(?:뒤|등\\s*뒤|뒤통수)\\s*조심(?:해라|하는\\s*게\\s*좋|해(?![서요가-힣]))",
                // A thing broken (호두를, 얼음을 망치로 깨 버렸다) is not a threat: the thing named as the
                // object, before the weapon or after it, is a person or a part of one, or none is named.
                `(?<![가-힣](?:을|를)\\s{0,2})${smash.replace("GAP", `(?:(?!\\S*(?:을|를)\\s)\\S+\\s+|${personObject}(?:을|를)\\s+)`)}`,
                `${personObject}(?:을|를)?\\s*${smash.replace("GAP", "(?:\\S+\\s+)")}`,
                "(?:가족|식구|애들|자식|부모)(?:들)?(?:까지|도|을|를)?\\s*(?:다\\s*)?(?:묻어\\s*버|죽여\\s*버|죽일\\s*거|없애\\s*버)",
                "(?<![가-힣])(?:너|니|널|당신)\\s*(?:\\S+\\s+)?(?:찌르러|죽이러|패러|쏘러)\\s*(?:간다|갈게|갈\\s*거|가겠)",
                "칼\\s*(?:을\\s*)?들고\\s*(?:\\S+\\s+)?기다(?:린다|릴게|릴께|리고\\s*있)",
                "찾아가서\\s*(?:\\S+\\s+)?(?:죽인다|죽일|죽여|패\\s*버|찔러|때려\\s*(?:죽|버))",
                "(?:다리|팔|손목|목|갈비뼈|이빨|무릎|손가락)\\s*(?:몽땅\\s*|다\\s*)?(?:부러뜨려|분질러|꺾어)\\s*(?:줄게|주겠|줄\\s*거|버릴|버리겠|놓겠|놓을)",
                // A crowd: a bomb or a stabbing at a station, a call to beat or run over a group.
                "(?:폭탄|폭발물)(?:을|를)?\\s*설치해서\\s*(?:다|전부|모두|싹)?\\s*(?:날려|터뜨려|터트려|폭파)",
                "칼부림\\s*(?:을\\s*)?(?:할\\s*거|하겠|할게|하러\\s*간|해\\s*버릴|낼\\s*거|한다(?![는고]))",
                "보이는\\s*(?:사람|놈|애들|새끼들)\\s*(?:다|전부|모두)\\s*(?:죽일|죽인다|죽여)",
                "(?:댁|집)\\s*주소\\s*(?:다\\s*)?(?:알고\\s*있습니다|압니다|알아요)",
                "몸조심\\s*(?:하시는|하는)\\s*게\\s*좋을",
                "대가리\\s*(?:를\\s*)?(?:깨|부숴|따\\s*버)",
                "(?:회칼|칼|흉기|야구\\s*방망이|망치|쇠\\s*파이프)\\s*들고\\s*(?:\\S+\\s+)?찾아(?:간다|갈게|갈\\s*거|가겠)",
                "사람(?:을|를)?\\s*(?:흔적\\s*없이|몰래|들키지\\s*않고)\\s*죽이려면",
                "보이면\\s*(?:다|전부|모두|싹|족족)\\s*(?:패\\s*)?(?:죽여라|죽이자|패라|쏴라|찔러라|밟아라)",
                // English.
                "\\byou(?:'ll|’ll|\\s+will)\\s+be\\s+dead\\b",
                "\\bi(?:'ll|’ll|\\s+will|\\s+am\\s+going\\s+to|'m\\s+gonna)\\s+break\\s+(?:every\\s+bone|your\\s+(?:legs?|arms?|neck|face|bones|fingers))",
                "\\bcoming\\s+(?:to|for)\\s+(?:your\\s+(?:house|home|family)|you)\\s+with\\s+a\\s+(?:knife|gun|bat|hammer|machete)"
            ].join("|"),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.instructions",
        pattern: new RegExp(
            [
                // An explosive put together, or set off from afar.
                `${explosive}[^.?!\\n]{0,40}?${assemble}${reported}`,
                `원격으로\\s*(?:터뜨리|터트리|폭발시키|폭발시킬|기폭)${reported}`,
                `폭탄(?:이|은)\\s*완성${reported}`,
                // Methamphetamine: cooked, or made from its precursors.
                `(?:메스|필로폰|아이스|크리스탈|작대기)(?:를|을)?\\s*쿡(?:하는|하|해)`,
                `${precursor}[^.?!\\n]{0,40}?(?:섞|넣|환원|가열|추출)[^.?!\\n]{0,8}${reported}`,
                `(?:필로폰|메스암페타민|히로뽕)(?:이|으로)\\s*(?:된다|완성|만들어)${reported}`,
                // Malware that evades antivirus or spreads, a grabber of tokens or chats.
                `${malware}[^.?!\\n]{0,30}?(?:백신(?:에|을)?\\s*(?:안\\s*걸리|우회|피하)|탐지(?:를)?\\s*(?:안\\s*되|우회|회피|피하)|들키지\\s*않게|복구\\s*(?:못\\s*하게|불가능하게))${defending}`,
                `(?:백신(?:에|을)?\\s*(?:안\\s*걸리는|우회하는|피하는)|탐지(?:를)?\\s*(?:우회하는|회피하는)|섀도\\s*복사본(?:까지)?\\s*(?:지워|삭제)|(?:전체|네트워크)에\\s*퍼지는)\\s*(?:\\S+\\s+){0,5}?(?:${malware}|웜|트로이\\s*목마|악성\\s*(?:앱|코드|프로그램)|rat)${defending}`,
                `(?:토큰|비밀번호|비번|쿠키|세션|카톡\\s*대화|대화\\s*내용|인증서)\\S*\\s*(?:몰래\\s*)?(?:훔치는|빼돌리는|빼오는|탈취하는|가로채는)\\s*(?:그래버|앱|프로그램|코드|악성\\s*앱|스크립트|봇|툴)${defending}`,
                // Phishing: impersonating to take money or details.
                `(?:사칭|가짜|위조|복제해서|복제한|속여서|속이는)[^.?!\\n]{0,40}?(?:돈\\s*(?:을\\s*)?보내게|송금하게|입금하게|입력하게|빼돌리는|빼내는|훔치는|진짜처럼)${defending}`,
                `(?:털어오는|빼돌리는|빼내는|훔치는)\\s*(?:피싱|스미싱)|사칭\\s*(?:\\S+\\s+)?(?:보이스\\s*)?피싱\\s*(?:대본|문자|문구|멘트|스크립트)${defending}`,
                `(?:입력하게|빼돌리는|빼내는|송금하게)[^.?!\\n]{0,30}?(?:가짜|피싱|위조|스미싱)\\s*(?:사이트|페이지|앱|문자|링크)${defending}`,
                // Someone else's account, phone or car, taken over or spied on.
                `${someone}\\s*(?:\\S+\\s+){0,2}?${accountOf}\\S*\\s*(?:\\S+\\s+){0,2}?(?:해킹하는|해킹해서|해킹할|털어서|터는|뚫는|뺏는|우회해서|훔쳐보기|훔치기|몰래\\s*로그인|로그인해\\s*두|알아내는|빼내는|훔쳐보는)${defending}`,
                `${tracker}(?:을|를)?\\s*(?:\\S+\\s+){0,3}?${covert}${checkedFor}`,
                `${tracker}(?:을|를)?\\s*(?:\\S+\\s+){0,2}?(?:붙여서|달아서|숨겨서)[^.?!\\n]{0,20}?(?:따라다|미행|어디\\s*가는지)${checkedFor}`,
                `${covert}\\s*(?:\\S+\\s+){0,3}?${tracker}${checkedFor}`,
                `본인\\s*몰래\\s*(?:\\S+\\s+){0,2}?(?:위치|대화|메시지|카톡|통화|사진)${checkedFor}`,
                `위치(?:를)?\\s*알아내서\\s*(?:따라가|찾아가|쫓아가|미행)`,
                `몰래\\s*(?:\\S+\\s+)?(?:따라다니는|미행하는)\\s*(?:법|방법)`,
                "\\b(?:track|spy\\s+on|monitor)\\s+(?:my\\s+|someone'?s\\s+)?(?:girlfriend|boyfriend|wife|husband|ex|partner|spouse)'?s?\\s+(?:\\w+\\s+){0,2}?(?:location|phone|messages)\\s+(?:secretly|without\\s+(?:her|him|them)\\s+knowing)",
                // Where to strike a person.
                "(?<![가-힣])(?:사람|상대|상대방)(?:을|를|의)?\\s*(?:\\S+\\s+){0,2}?(?:급소|기절시키는|찌를\\s*때|죽일\\s*수\\s*있는|치명적인\\s*부위)",
                // Drug use encouraged.
                `(?:${drug}|(?<![가-힣])아이스)\\s*(?:\\S+\\s+){0,3}?(?:먹으면|하면|빨면|맞으면|피우면|해\\s*보면)\\s*(?:\\S+\\s+){0,2}?(?:천국|최고|끝내|개쩜|쩔어|쩐다|집중|기분\\s*(?:좋|최고|짱)|밤새|공부\\s*(?:잘|됨)|살\\s*빠|중독\\s*안)`,
                `(?:${drug}|(?<![가-힣])아이스)\\s*(?:\\S+\\s+){0,2}?(?:한\\s*번만|조금만|딱\\s*한\\s*번)\\s*(?:해\\s*봐|해봐|먹어\\s*봐|빨아\\s*봐|맞아\\s*봐)`,
                `(?:${drug})[^.?!\\n]{0,30}?너도\\s*(?:해\\s*봐|해봐|피워\\s*봐|먹어\\s*봐)`,
                `(?:${drug})\\s*(?:\\S+\\s+){0,3}?중독\\s*(?:안\\s*(?:돼|된다|됨|돼요)|걱정\\s*(?:없|마))`
            ].join("|"),
            "g"
        )
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm.more",
        pattern: new RegExp(
            [
                // Telling someone to die.
                "살\\s*(?:가치|이유)(?:가|도)?\\s*없[^.?!\\n]{0,12}?(?:뛰어내려|죽어|자살해|사라져|뒤져)",
                "(?<![가-힣])(?:그냥|걍|빨리|차라리)\\s*(?:자살해|죽어\\s*(?:버려(?![서도요야])|라)|뒤져\\s*(?:버려|라)|뛰어내려(?:라)?(?=[.!,\\s]|$))",
                "사라져[,.\\s]+죽어",
                "뛰어내리라고\\s*(?:전해|해|말해)",
                "(?:필요\\s*없으니까|아무도\\s*안\\s*슬퍼)[^.?!\\n]{0,12}?(?:죽어|자살해|뛰어내려)",
                // Asking for a sure method.
                "(?:손목|동맥)\\S*\\s*(?:\\S+\\s+){0,2}?(?:그어야|그으면)[^.?!\\n]{0,16}?(?:죽|피가\\s*많이)",
                "목\\s*(?:을\\s*)?매(?:달\\s*때|달|는\\s*데)[^.?!\\n]{0,24}?(?:끈|줄|매듭|안\\s*끊어|튼튼)",
                "몇\\s*층에서\\s*(?:뛰어내려야|떨어져야|뛰어내리면)",
                "(?:뛰어내려야|떨어져야)\\s*(?:\\S+\\s+){0,2}?죽",
                // Starving encouraged.
                "(?:뼈|갈비뼈)(?:가)?\\s*보일\\s*때까지\\s*(?:굶|안\\s*먹)",
                "먹는\\s*(?:건|것은|게)\\s*죄(?:야|다|예요|임)",
                "프로아나\\s*(?:다들|화이팅|파이팅|식단|팁|동지|모여)"
            ].join("|"),
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.more",
        pattern: new RegExp(
            [
                // An explicit act: a body part and what is done to it.
                "(?:젖꼭지|유두|성기|자지|보지|음경|클리)(?:를|을)\\s*(?:입에\\s*물|빨|핥|물고|비비)",
                "(?:사정할\\s*때까지|거칠게)\\s*(?:\\S+\\s+)?(?:박았|박아|삽입했|쑤셔)",
                "다리를\\s*벌리게\\s*하고",
                // Grooming a child: an age, and secrecy or "age is just a number".
                "(?:1[0-7]|[1-9])\\s*살[^\\n]{0,40}?(?:나이는\\s*숫자|둘만\\s*만나|비밀로\\s*하|부모님(?:께는|한테는|한텐))|나이는\\s*숫자일\\s*뿐[^\\n]{0,40}?(?:둘만|비밀|부모님)",
                "떡\\s*치고\\s*싶|보빨|질싸|섹스\\s*하고\\s*싶(?:다|어)",
                "자고\\s*갈\\s*(?:여자|남자)\\s*구|본번\\s*가능|조건\\s*(?:만남\\s*)?구(?:해요|함|합니다)|용돈\\s*(?:줄\\s*테니|주고)\\s*(?:\\S+\\s+)?(?:자고|모텔)",
                // At a colleague.
                "(?:술\\s*(?:을\\s*)?먹여서|취하게\\s*해서)\\s*(?:\\S+\\s+){0,2}?(?:모텔|호텔|집)(?:에|으로|로)?\\s*(?:데려가|끌고)",
                "몸매\\s*(?:\\S+\\s+){0,3}?(?:밤에|침대에서)\\s*(?:끝내주|죽이)",
                "(?:브래지어|브라|속옷|팬티)\\s*(?:끈|라인)?\\s*(?:\\S+\\s+){0,3}?(?:흥분|꼴리|꼴림)",
                // Abuse material sought.
                `(?:아동\\s*(?:성\\s*)?착취물|아동\\s*음란물|아청물|csam)\\s*(?:\\S+\\s+){0,2}?(?:어디서|구하|구할|파는|사는|보는\\s*곳|받을\\s*수)${reported}`,
                "\\b(?:where\\s+(?:to|can\\s+i)\\s+(?:buy|get|find|download)|buy|selling|trade)\\s+(?:\\w+\\s+)?csam\\b",
                // Sextortion.
                "(?:네|니|너|당신)(?:의)?\\s*(?:야한|벗은|알몸|나체)?\\s*(?:사진|영상|동영상)\\S*\\s*(?:\\S+\\s+){0,3}?(?:다\\s*)?(?:돌린다|돌릴\\s*거|뿌린다|뿌릴\\s*거|유포한다|유포할\\s*거)",
                "(?:유포|공개)\\s*(?:안\\s*되게|되기\\s*싫으면|막으려면|안\\s*하려면)\\s*(?:하려면\\s*)?[^.?!\\n]{0,20}?(?:나와|와라|보내|입금|만나)"
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.harassment.bullying",
        pattern:
            /(?:가두자|담배빵|빵셔틀\s*시키|옥상에서\s*밀어\s*버려|걸레\s*같은\s*(?:년|놈|새끼|것)|주소[^\n]{0,60}?(?:알아냈|털었|땄)[^\n]{0,30}?(?:찾아가(?:서|자)|쳐들어가|못\s*살게)|괴롭히자|왕따\s*시키자|따돌리자|매장시키자|죽고\s*싶게\s*만들(?:어\s*주자|자)|(?:dm|디엠|댓글)\s*테러\s*(?:ㄱㄱ|하자|가자|고고)|사진\s*(?:을\s*)?합성해서\s*(?:\S+\s+)?뿌리자)/g
    },
    {
        category: "hate",
        rule: "phrase.hate.things",
        // A group called things or vermin ("트젠 것들은", "짱깨 놈들").
        pattern: new RegExp(
            `(?<![가-힣])(?:${group}|짱깨|페미|한남|한녀|틀딱)\\s*(?:것들|놈들|년들|새끼들|버러지들|벌레들)|(?<![가-힣])(?:${group}|휠체어\\s*타는\\s*것|자폐아\\s*같은\\s*것|여자|남자)(?:들)?(?:은|는)\\s*(?:\\S+\\s+){0,3}?(?:사회악|잠재적\\s*(?:성)?범죄자|세금\\s*도둑|벌레|원숭이랑\\s*다를\\s*게\\s*없|인간\\s*취급하면\\s*안|다\\s*쓸어버려야)`,
            "g"
        )
    }
];
