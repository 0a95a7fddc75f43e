// Phrases for harms a single word cannot show: threats, self-harm, requests for
// dangerous instructions. Each is matched on lower-cased canonical text and needs
// what makes it a harm, not the verb alone:
// - a threat needs a victim that is a person — a person as object ("너를 죽여"), a
//   weapon used on someone ("칼로 찔러 죽인다"), arson of a place people live in
//   ("집에 불을 질러 버리겠다") — and is not a threat when the object is a program
//   ("프로세스를 죽여 버리겠다", "kill your process", "응답하지 않으니 죽일 수밖에");
// - a dangerous request needs the thing and making/obtaining it ("폭탄 만드는 법",
//   "how do I build a bomb"), and the thing is not a software term ("fork 폭탄",
//   "zip bomb", "logic bomb");
// - self-harm needs the first person's wish or a method, not the topic ("자살 예방").
import type { ContentCategory } from "../types";
import { drugPhrases } from "./drugTrade";
import { crimePhrases } from "./crimePhrases";
import { harmPhrases } from "./harmPhrases";
import { innocentContext, programObject } from "./phraseContext";
import { plainThreats } from "./plainThreats";
import { urgedPhrases } from "./urgedPhrases";
import { explicitPhrases } from "./explicitPhrases";
import { impliedPhrases } from "./impliedPhrases";
import { methodPhrases } from "./methodPhrases";
import { bullyingPhrases } from "./bullyingPhrases";
import { askedPhrases } from "./askedPhrases";
import { chatPhrases } from "./chatPhrases";
import { veiledPhrases } from "./veiledPhrases";
import { remarkPhrases } from "./remarkPhrases";
import { streetPhrases } from "./streetPhrases";
import { workPhrases } from "./workPhrases";
import { defending, malware, targetedPhrases } from "./targetedPhrases";

export type PhrasePush = (category: ContentCategory, start: number, end: number, rule: string) => void;

export interface Phrase {
    category: ContentCategory;
    /** Why it is a harm: the rule name in findings and in the evaluation. */
    rule: string;
    pattern: RegExp;
    /** Text before the match that makes it innocent (a program as the object). */
    notAfter?: RegExp;
}

/** A person (or their family) as the object of a verb, at a word start. */
const person =
    "(?<![가-힣])(?:너|니|넌|널|너도|당신|네놈|너희|니네|느그|그놈|그년|걔|쟤|저놈|저년|이놈|이년|(?:그|이|저)\\s*새끼|(?:네|니|너네|너희|당신)\\s*(?:가족|엄마|아빠|애|애들|자식|딸|아들|부모|마누라|남편|와이프|동생|형|누나|언니|오빠))(?:를|을|들|는|도|랑|까지|부터)?";
/** People at work or school named by their role ("팀장을 죽여라"): a threat's victim like a pronoun. */
const role =
    "(?<![가-힣])(?:팀장|부장|과장|차장|실장|본부장|사장|대표|회장|상사|선배|후배|동료|교수|교수님|선생|담임|리뷰어|면접관|매니저|남친|여친|전\\s*남친|전\\s*여친|남편|아내|마누라|와이프|시어머니|장모)(?:님)?(?:을|를|도|까지|부터|들을|들)?";
const harmVerb =
    "(?:다\\s*)?(?:죽여|죽일|죽이겠|죽인다|죽이러|죽이고|패\\s*죽|때려|팰|패\\s*버리|찔러|쑤셔|쏴|쏘겠|묻어\\s*버|목을?\\s*졸|불\\s*태|태워\\s*버|찢어\\s*버|밟아\\s*버|토막|납치|조져|족쳐|담가\\s*버|혼내\\s*주|손봐\\s*주)";
const weapon =
    "(?:칼|식칼|회칼|흉기|총|권총|망치|도끼|몽둥이|야구\\s*방망이|쇠\\s*파이프|벽돌|낫|송곳|각목|전기톱)(?:로|으로)";
const stabKill =
    "(?:찔러|찌르(?!기)|쑤셔|쑤시|죽여|죽이|죽인|죽일|쏴|쏘|패\\s*죽|때려|때리|내려\\s*찍|찍어|베어|그어|머리를?\\s*깨)";
const dwelling =
    "(?:집|가게|차|학교|회사|건물|사무실|아파트|교회|성당|절|병원|너네|니네|네|니|당신)(?:에|을|를|에다|에다가|까지)?";
const dangerousThing =
    "(?<!(?:fork|포크|zip|집|로직|logic|메일|이메일|스팸|알림|문자|가격|세일|칭찬|댓글|커밋|의존성|리뷰|할인|물)\\s*-?\\s*)(?:폭탄|폭발물|사제\\s*폭탄|파이프\\s*폭탄|화염병|다이너마이트|신경\\s*가스|독약|독가스|사린|탄저균|리신|청산가리|독극물|사제\\s*총|3d\\s*프린터\\s*총|권총|소총|소음기|뇌관|염소\\s*가스|tatp|tnt|네이팜|니트로글리세린)(?!\\s*(?:탐지|감지|해체|제거|처리|방지|대응|대피))";
const makeVerb =
    "(?:을|를|은|는|이|가)?\\s*(?:좀\\s*)?(?:직접\\s*|집에서\\s*|쉽게\\s*|어떻게\\s*|어케\\s*|몰래\\s*)*(?:만드는|만들|만들어|만들려|만든|제조|제작|합성|조립|구하는|구할|구입|구매|추출|정제|재배|키우는|사는\\s*(?:법|방법|곳)|위력(?:을|이)?\\s*(?:키우|높이|세게|강하게|올리))";
const englishBomb =
    "(?:a\\s+|an\\s+|my\\s+own\\s+|homemade\\s+|home-made\\s+|some\\s+)?(?!(?:fork|zip|logic|bath|photo|time|stink|cherry|f|data)[\\s-]*bomb)(?:[a-z]+\\s+)?(?:pipe\\s*bomb|bomb(?![\\s-]*(?:proof|resistant|detect|disposal|squad|shelter|sniff|threat|scare|cyclone))|explosives?|(?:untraceable|ghost|3d[\\s-]*printed|homemade|home-made|unregistered)\\s+(?:gun|firearm|pistol|rifle)|(?:gun\\s+)?silencer|suppressor|molotov(?:\\s+cocktail)?|nerve\\s+agent|sarin|ricin|anthrax|bioweapon|ghost\\s+gun|napalm|thermite\\s+bomb)";

/** Minors, named so that no everyday word ("아이" sleeping beside a parent) reads as one. */
const minor =
    "(?<![가-힣a-z])(?:미성년자|미성년|아동|어린이|어린\\s*애(?:들)?|어린애(?:들)?|(?:열\\s*(?:한|두|세|네|다섯|여섯|일곱)|일곱|여덟|아홉|열)\\s*살(?:짜리)?|초등학생|초딩|초등생|중학생|중딩|(?:초등\\s*)?(?<!\\d)[1-6]\\s*학년|초\\s*[1-6]|중\\s*[1-3]|고\\s*[1-3]|여중생|남중생|고등학생|여고생|남고생|청소년|유아|로리|쇼타|loli|shota|underage|minors?|child(?:ren)?|kids?|preteens?|(?<!\\d)(?:[1-9]|1[0-7])\\s*(?:살|세)(?:짜리)?(?:\\s*(?:여자애|남자애|애|아이|소녀|소년|여자|남자|여학생|남학생))?|(?:a\\s+)?(?:[1-9]|1[0-7])[\\s-]*(?:(?:years?|yrs?)[\\s-]*old|y\\.?o\\.?)(?:\\s+(?:girls?|boys?|kids?|children|neighbou?r|daughter|son|niece|nephew|student|cousin|sister|brother|friend)|(?=\\s+(?:into|to|and|in|at|for|with|who|that|on|from|is|was|alone)\\b)|(?![\\s-]*[a-z])))(?:들)?(?:이랑|랑|하고|와|과|을|를|의|이|가|은|는|한테|에게|야|이야|임|이고|인데|라서|이라서)?(?![가-힣a-z])";
const sexualAct =
    "(?:야짤|nsfw|groom(?:ing)?|그루밍(?:하는|해서|하기)|야한|음란|음란물|성적(?:인|으로)|성적\\s*(?:대상|학대|착취|행위|접촉|농담|발언|사진|영상|매력|욕구|흥분|수치심|표현|묘사|이미지|콘텐츠|행동|호기심|관심|관계)|섹스|성관계|성행위|따먹|벗은|벗기|알몸|나체|누드|포르노|야동|몸캠|만지고\\s*싶|강간|성폭행|sex|sexy|sexual|nudes?|naked|porn|explicit|erotic)";
/** What makes sex and minors a topic (protection, detection, reporting), not content. */
const protectTopic =
    "(?!\\s*(?:\\S+\\s+){0,4}?(?:탐지|감지|신고|차단|예방|방지|필터|단속|처벌|교육|피해|상담|보호|근절|대응|범죄|학대|착취|삭제|수사|금지|눈높이|수업|detection|detector|report|prevention|filter|abuse|exploitation|safety)(?!\\s*(?:안|못|없이|당하지|걸리지|피하|없는)))";
/** Malicious software, and taking over someone else's account or device. */
const someoneElses =
    "(?:남의|남|다른\\s*사람(?:의)?|타인(?:의)?|여친|남친|전\\s*여친|전\\s*남친|친구|와이프|남편)(?:\\s*(?:카톡|카카오톡|계정|이메일|메일|폰|휴대폰|핸드폰|와이파이|인스타|페이스북|문자|메시지|비번|비밀번호)){1,2}";

const englishMalware =
    "(?:ransomware|keylogger|key\\s+logger|spyware|botnet|rootkit|malware|computer\\s+virus|info\\s*stealer)";
const englishDefending =
    "(?![^.?!\\n]{0,30}\\b(?:detect|detection|remove|removal|protect|defend|against|prevent|block|scan|analy[sz]e|recover))";

/** Places where many people are: violence there against "everyone" needs no person named. */
const crowdPlace =
    "(?:학교|교실|강의실|학원|회사|사무실|직장|교회|성당|지하철|공항|백화점|마트|병원|시청|구청|관공서|경찰서|콘서트장|공연장|광장|놀이공원|기숙사|캠퍼스|급식실|교무실)";
const everyone =
    "(?:다|전부|모두|싹\\s*다|싹|몽땅|남김없이|한\\s*명도\\s*(?:남김없이|빠짐없이)|보이는\\s*(?:대로|족족)|닥치는\\s*대로)";
const massHarm =
    "(?:쏴|쏘아|쏠\\s*거|쏘겠|죽여|죽이|죽일|찔러|찌르|칼부림|불\\s*(?:을\\s*)?(?:질러|지르)|폭파|터뜨려|터트려|총\\s*(?:을\\s*)?(?:난사|갈기|쏘))";
/** A word that makes the harm a program's ("회사 서버를 다 죽여"): not a threat. */
const techWord =
    "(?:서버|프로세스|컨테이너|스레드|세션|작업|잡|테스트|빌드|캐시|로그|파일|데이터|db|디비|테이블|브랜치|레포|저장소|코드|커밋|요청|이벤트|메시지|알림|쿼리|인스턴스|파드|앱|버그|탭|창)";

const phrases: Phrase[] = [
    {
        category: "violence",
        rule: "phrase.threat.person",
        pattern: new RegExp(`${person}\\s*(?:\\S+\\s+){0,2}${harmVerb}`, "g")
    },
    {
        category: "violence",
        rule: "phrase.threat.role",
        // A role for a person; a weapon or "tomorrow" between them is still the same threat.
        pattern: new RegExp(
            `${role}\\s*(?:\\S+\\s+){0,2}(?:${harmVerb}|찌를\\s*(?:거|게|테)|찌르겠|죽여라|죽이자|폭탄(?:을|를)?\\s*(?:달아|설치))`,
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.threat.weapon",
        pattern: new RegExp(`${weapon}\\s*(?:\\S+\\s+)?${stabKill}`, "g")
    },
    {
        category: "violence",
        rule: "phrase.threat.arson",
        pattern: new RegExp(
            `${dwelling}\\s*불(?:을|이라도)?\\s*(?:확\\s*)?(?:질러|지를|지르겠|지른다|지르고|놓겠|놓을|놓아\\s*버|싸질러|붙여\\s*버)`,
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.threat.body",
        pattern:
            /(?<![가-힣])(?:네|니|너의|당신의|너|니들)\s*(?:목|배|얼굴|머리|다리|팔|손모가지|모가지)(?:을|를|이|가)?\s*(?:졸라|조르|찔러|따\s*버|부러뜨|분질러|박살|날려\s*버|잘라\s*버|비틀어)/g
    },
    {
        category: "violence",
        rule: "phrase.threat.idiom",
        // Threats Korean says without a killing verb on a named person: "죽고 싶냐", "죽여 줄까",
        // "(너) 가만 안 둔다", "칼 맞을 줄 알아라", "칼 들고 간다", "너희 집 찾아간다", "가족 조심해라".
        pattern: new RegExp(
            [
                "(?<![가-힣])죽고\\s*싶(?:냐|니|나\\s*보|은\\s*가\\s*보)",
                "죽여\\s*(?:줄까|드릴까|줘\\s*\\?)",
                `${person}\\s*(?:\\S+\\s+)?가만\\s*(?:안\\s*둔|안\\s*둘|안\\s*둬|안\\s*놔|두지\\s*않|놔두지\\s*않)`,
                "(?<![가-힣])칼\\s*(?:맞을\\s*줄|맞고\\s*싶|꽂(?:아|힐)\\s*줄)",
                // Carrying a knife only after waiting for someone ("앞에서 기다린다, 칼 들고 간다"), not to a campsite.
                "(?:기다린다|기다릴게|기다려라|기다리고\\s*있)[^.!?\\n]{0,16}칼\\s*들고\\s*(?:간다|갈게|갈\\s*거|찾아)",
                `(?<![가-힣])(?:너|니|네|너네|니네|너희|느그|당신)(?:의)?\\s*(?:집|회사|학교|사무실)(?:에|으로|로)?\\s*(?:\\S+\\s+)?찾아\\s*(?:간다|갈게|갈\\s*거|가겠|가\\s*줄게)`,
                "(?<![가-힣])(?:가족|식구|애들|자식|부모)(?:들)?\\s*(?:잘\\s*)?조심(?:해라|하는\\s*게\\s*좋|하라고)(?![는며고])"
            ].join("|"),
            "g"
        ),
        notAfter: programObject
    },
    {
        category: "violence",
        rule: "phrase.threat.bomb",
        pattern:
            /(?:폭탄|폭발물|사제\s*폭탄)(?:을|를)?\s*(?:설치하겠|설치할\s*거|설치한다|터뜨리겠|터트리겠|터뜨릴\s*거|터트릴\s*거|던지겠|던질\s*거)/g
    },
    {
        category: "violence",
        rule: "phrase.threat.intent",
        pattern:
            /(?:죽일\s*(?:거야|거다|꺼야|테다|테니까)|죽여\s*버리겠|죽여\s*버릴|죽여\s*버린다|죽여\s*줄게|죽여\s*주마|살해하겠|살해할\s*거|칼로\s*찔러\s*버|불태워\s*죽|쏴\s*죽이겠|쏴\s*버리겠|찔러\s*버리겠|묻어\s*버리겠)/g,
        notAfter: programObject
    },
    {
        category: "violence",
        rule: "phrase.threat.intent",
        // The verb and a will to do it, any spelling of the future ("쏴버릴거야", "찔러 버릴게").
        pattern: /(?<![가-힣])(?:쏴|찔러|패|때려|두들겨\s*패|목\s*졸라|칼로\s*쑤셔)\s*버릴\s*(?:거|꺼|게|께|테)/g,
        notAfter: programObject
    },
    {
        category: "violence",
        rule: "phrase.threat.place",
        // Violence against everyone at a place people gather ("학교에 가서 다 쏴 버릴 거야"): the
        // place and "all of them" make the victims; a program in between makes it a server's.
        pattern: new RegExp(
            `(?<![가-힣])${crowdPlace}(?:에서|에|으로|로)?\\s*(?:(?:가서|찾아가서|들어가서|쳐들어가서|가면)\\s*)?(?:(?!\\S*${techWord})\\S+\\s+){0,2}?${everyone}\\s*${massHarm}`,
            "g"
        ),
        notAfter: programObject
    },
    {
        category: "sexual",
        rule: "phrase.sexual.minor",
        // Sexual content with a minor: blocked wherever the words stand, unless the sentence is
        // about protecting them ("아동 음란물 탐지", "child sexual abuse prevention").
        pattern: new RegExp(
            // "열다섯 살짜리랑 자고 싶다": sleeping with a child wanted; not "동생이 엄마랑 자고 싶다고".
            `${minor}\\s*(?:\\S+\\s+){0,3}?${sexualAct}${protectTopic}|${sexualAct}\\s*(?:\\S+\\s+){0,3}?${minor}${protectTopic}|${minor}(?<=(?:랑|하고|와|과))\\s*(?:한\\s*번\\s*)?(?:자고\\s*싶|자\\s*보고\\s*싶)`,
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.minor",
        // Abuse material named as a thing that is shared, sold or sought: no topic saves it.
        pattern: new RegExp(
            `(?:아동\\s*(?:성\\s*)?착취물|아동\\s*음란물|아청물|아동\\s*포르노|로리\\s*(?:야짤|야동|물)|csam|child\\s+(?:sexual\\s+abuse\\s+material|porn(?:ography)?))\\s*(?:\\S+\\s+){0,2}?(?:공유방|공유|링크|팝니다|판매|팔아|삽니다|구해|구함|구매|다운|받는\\s*곳|텔레|for\\s+sale|dm\\s+me|download|link|trade|selling)`,
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.malware",
        pattern: new RegExp(
            `(?:${malware}(?:을|를)?\\s*(?:직접\\s*|몰래\\s*|쉽게\\s*)?(?:만드는|제작하는|개발하는|짜는|코딩하는|만들)\\s*(?:법|방법|코드|예제)|(?:해킹|뚫)\\S*\\s*${someoneElses}(?:을|를|도)?\\s*(?:몰래\\s*)?(?:보는|볼|엿보|훔쳐)|${someoneElses}(?:을|를|도)?\\s*(?:몰래\\s*)?(?:해킹|뚫는|뚫어|훔쳐|엿보|몰래\\s*보))${defending}`,
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.malware.en",
        pattern: new RegExp(
            `\\b(?:(?:how\\s+(?:to|do\\s+i|can\\s+i)\\s+(?:make|build|write|create|code|develop)|(?:write|code|build|create|make|give)\\s+(?:me\\s+)?)\\s*(?:a\\s+|an\\s+|my\\s+own\\s+|some\\s+)?(?:\\w+\\s+)?${englishMalware}|how\\s+(?:to|do\\s+i|can\\s+i)\\s+(?:hack|break\\s+into|get\\s+into|spy\\s+on)\\s+(?:my\\s+)?(?:ex'?s?|someone'?s?|somebody'?s|(?:girlfriend|boyfriend|wife|husband|friend|neighbou?r)'?s?|her|his|their)\\s+(?:\\w+\\s+)?(?:instagram|facebook|email|e-mail|phone|account|wi-?fi|messages|whatsapp|snapchat))${englishDefending}`,
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.threat.en",
        pattern:
            /\b(?:i(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna| wanna| want to| gonna)|im\s+gonna|i'?m\s+coming\s+to)\s+(?:\w+\s+)?(?:kill|murder|stab|shoot|strangle|slaughter|behead|burn|beat|hurt)\s+(?:you|u|ya|him|her|them|(?:you|your|ur|his|her|their)\s+(?:family|wife|husband|kids|children|mom|mother|dad|father|sister|brother|son|daughter|house|home|parents))\b(?!\s*(?:process|thread|task|job|server|session|container|pod|app|build))|\bkill\s+(?:you|yourself)\b(?!\s*(?:process|thread|task|job|server|session|container|pod|the))|\b(?:going\s+to|gonna|want\s+to|wanna|will|'ll|’ll|plan\s+to|about\s+to|should|let'?s)\s+(?:shoot|kill|stab|murder|massacre|slaughter)\s+(?:everyone|everybody|all\s+of\s+(?:them|you)|them\s+all|every\s+one\s+of\s+(?:them|you)|(?:the|my|our|that)\s+(?:reviewer|manager|boss|teacher|coworker|colleague|lead|ceo|cto|principal))\b|\b(?:going\s+to|gonna|want\s+to|wanna|will|'ll|’ll|plan\s+to|about\s+to)\s+(?:shoot|bomb|blow\s+up)\s+(?:up\s+)?(?:the|a|my|your|this)\s+(?:school|office|church|mosque|synagogue|class|mall|concert|hospital)/g
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm",
        pattern:
            /(?:자살\s*하고\s*싶|자살할\s*(?:거|까|래)|죽고\s*싶(?:어|다(?!는\s*(?:생각|마음|느낌|충동|말))|네|음|은(?!\s*(?:생각|마음|느낌|충동)))|손목을?\s*(?:긋|그어|그을)|목을?\s*매(?:고|달|달아|달고)\s*싶|뛰어내리고\s*싶|스스로\s*목숨을\s*끊(?:고\s*싶|을\s*(?:거|까|래)|겠|으려|자)|살기\s*싫어|(?:자살|자해)\s*(?:하는|할\s*수\s*있는)\s*(?:법|방법)|(?:고통\s*없이|안\s*아프게|덜\s*아프게|편하게|편안하게|확실하게)\s*(?:죽는|생을\s*마감하는|목숨을\s*끊는|자살하는)\s*(?:법|방법)|자살\s*방법\s*(?:비교|정리|총정리|추천|순위|모음|리스트))/g,
        // "서버가 죽고 싶다는 듯 재시작된다": a program, not a person.
        notAfter: programObject
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm.en",
        pattern:
            /\b(?:kill(?:ing)?\s+myself|want\s+to\s+die|end\s+my\s+life|cut(?:ting)?\s+myself|commit(?:ting)?\s+suicide|suicide\s+(?:method|note)s?|how\s+to\s+(?:kill\s+myself|commit\s+suicide)|painless\s+(?:way|ways)\s+to\s+die)\b/g
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm.method",
        // A way to die offered as easy or sure ("…먹으면 고통 없이 죽을 수 있어요", "뛰어내리면 확실해").
        pattern:
            /(?:(?:고통\s*없이|안\s*아프게|편하게|확실하게|깔끔하게)\s*(?:죽을|죽는|갈|떠날)\s*수\s*(?:있|있어|있다|있음)|(?:다리|옥상|한강|아파트|건물)(?:에서|위에서)?\s*뛰어내리면\s*(?:확실|바로|한\s*번에|편하|끝)|목(?:을)?\s*매는\s*(?:매듭|올가미)\s*(?:묶는|만드는)|\bcut\s+(?:deeper|yourself\s+deeper|your\s+wrists?)\b)/g
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.make",
        pattern: new RegExp(`${dangerousThing}\\s*${makeVerb}`, "g")
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.how",
        pattern: new RegExp(
            `(?:${dangerousThing})\\s*(?:제조|제작|만드는|만들기)\\s*(?:법|방법|과정|레시피|설명서)`,
            "g"
        )
    },
    ...drugPhrases,
    ...targetedPhrases,
    ...harmPhrases,
    ...plainThreats,
    ...urgedPhrases,
    ...explicitPhrases,
    ...impliedPhrases,
    ...methodPhrases,
    ...bullyingPhrases,
    ...askedPhrases,
    ...chatPhrases,
    ...veiledPhrases,
    ...remarkPhrases,
    ...streetPhrases,
    ...workPhrases,
    ...crimePhrases,
    {
        category: "dangerous",
        rule: "phrase.dangerous.en",
        pattern: new RegExp(
            `\\b(?:how\\s+(?:to|do\\s+i|can\\s+i|could\\s+i|would\\s+i|should\\s+i|do\\s+you|does\\s+one|can\\s+(?:you|someone|one))\\s+(?:make|build|assemble|create|construct|cook|synthesi[sz]e|get|buy)|(?:recipe|instructions|steps|guide|tutorial|directions)\\s+(?:for|to|on)\\s+(?:making|building|assembling|make|build|how\\s+to\\s+make))\\s+${englishBomb}\\b|\\b(?:ingredients|chemicals|materials|parts|components)\\b[^.?!]{0,40}\\b(?:make|makes|making|build|building)\\s+${englishBomb}\\b|\\b(?:make|cook|synthesi[sz]e)\\s+(?:m[e3]th|m[e3]thamph[e3]tamin[e3]|f[e3]ntanyl|sarin|ricin|nerve\\s+agent)\\b`,
            "g"
        )
    },
    {
        category: "violence",
        rule: "phrase.threat.stalking",
        pattern:
            /(?<![가-힣])(?:(?:네|니|너희?|당신)\s*(?:집|집\s*주소|주소|학교|회사|직장|가족|애|애들|딸|아들)(?:를|을|도|는)?\s*(?:다\s*)?(?:알아냈|찾아냈|알고\s*있|다\s*알아)|(?:네가|니가|너|당신이)\s*어디\s*사는지\s*(?:다\s*)?(?:알아|안다|알고)|밤길\s*조심해(?![서요])|(?:가족|애|애들|자식)(?:들)?(?:이|은|도)?\s*무사할\s*(?:줄|것\s*같)|죽고\s*싶지\s*않으면|다음은\s*(?:네|니|너|당신)\s*차례(?:다|야|라)|(?:네|니|너희?|당신)\s*(?:\S+\s*){0,2}(?:앞에서|근처에서)\s*기다릴(?:게|께|거)|불(?:을)?\s*질러\s*(?:버린다|버리겠|버릴\s*거)\S*\s*(?:너희|니네|너네|네|니)\s*집)/g,
        // "세션이 죽고 싶지 않으면 keepalive를": a program's session, not a person.
        notAfter: programObject
    },
    {
        category: "violence",
        rule: "phrase.threat.stalking.en",
        pattern:
            /\b(?:i\s+know\s+where\s+you\s+(?:live|sleep|work)|watch\s+your\s+back|you(?:'re|’re|\s+are)\s+(?:a\s+)?dead\s+(?:meat|man|woman)|i(?:'ll|’ll|\s+will)\s+(?:find|hunt)\s+you(?:\s+down)?|sleep\s+with\s+one\s+eye\s+open)\b/g
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm.method",
        pattern:
            /(?:(?:자살|자해)\s*(?:하는|할\s*수\s*있는)\s*(?!(?:\S+\s+)?\S*(?:돕|도와|도울|말리|말릴|막는|막을|예방|대처|위로|설득|살리|살릴|지키|지킬))(?:\S+\s*){1,2}(?:법|방법)|손목을?\s*그으|(?:옥상|다리|창문|건물|아파트|한강)(?:에서|위에서)\s*뛰어내려|(?:수면제|약|진통제|타이레놀|졸피뎀)\s*(?:몇\s*(?:알|개|통)|얼마나)\s*(?:\S+\s*){0,2}(?:죽어|죽나|죽을|죽는|죽지)|(?<!(?:캠핑|고기|바비큐|바베큐|그릴|화로|숯불?|요리|난로)[^.?!\n]{0,30})번개탄\s*(?:\S+\s*)?(?:피우는|피우|피워)(?![^.?!\n]{0,40}(?:고기|굽|바비큐|바베큐|캠핑|그릴|화로|숯|착화|난로|요리|위험|중독|환기|주의))|(?:방|차|원룸|모텔|욕실|화장실)\s*(?:안|안에서|에서)\s*번개탄(?:을)?\s*(?:\S+\s*)?(?:피우는\s*(?:법|방법)|피울\s*(?:거|까|게)|피워(?:라)?(?![가-힣])|피우면)|목\s*매(?:는|다는|달)\s*(?:법|방법))/g
    },
    {
        category: "self_harm",
        rule: "phrase.self_harm.method.en",
        pattern:
            /\b(?:you\s+should\s+(?:just\s+)?(?:end\s+it\s+all|kill\s+yourself|die)|how\s+many\s+(?:pills|tablets)\s+(?:to|would|does\s+it\s+take\s+to|do\s+i\s+need\s+to)\s+(?:overdose|die|kill)|(?:easiest|quickest|best)\s+way\s+to\s+(?:kill\s+myself|die|end\s+it))\b/g
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.gun",
        pattern:
            /(?:(?<![가-힣])총\s*(?:을|를)?\s*(?:직접\s*|집에서\s*|몰래\s*)?(?:만드는|제작하는|제조하는|만들)\s*(?:법|방법)|(?:3d\s*프린터로|집에서|직접)\s*총\s*(?:을|를)?\s*(?:만드|만들|제작|제조))/g
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.kill_person",
        pattern:
            /(?:(?:독극물|독약|청산가리|독)(?:로|으로)\s*)?(?:사람|누군가|남편|아내|부모)(?:을|를)?\s*(?:몰래\s*|들키지\s*않고\s*|쥐도\s*새도\s*모르게\s*)?죽이는\s*(?:법|방법)/g
    },
    {
        category: "hate",
        rule: "phrase.hate.generalisation",
        pattern:
            /(?<![가-힣])(?:흑인|무슬림|이슬람교도|유대인|동성애자|게이|레즈비언|이민자|외국인\s*노동자|조선족|난민|장애인|중국인|일본인|여자|남자)(?:들)?(?:은|는)\s*(?:전부|다|모두|하나같이|원래)?\s*(?:열등한|테러리스트|범죄자|짐승|벌레|쓰레기|정신병자|미개한|미개|더러운|기생충|멍청)/g
    },
    {
        category: "hate",
        rule: "phrase.hate.generalisation.en",
        pattern:
            /\b(?:all\s+)?(?:muslims|jews|blacks|black\s+people|immigrants|gays|gay\s+people|women|asians|mexicans|arabs|koreans|chinese|africans|refugees)\s+(?:are|r)\s+(?:all\s+)?(?:(?:terrorists|criminals|inferior|subhuman|animals|vermin|parasites|rapists|mentally\s+ill|disgusting)\b|too\s+stupid)|\bjews\s+(?:control|run|own)\s+(?:the\s+)?(?:banks|media|world|government)\b/g
    },
    {
        category: "harassment",
        rule: "phrase.harassment.insult",
        pattern:
            /(?:(?<![가-힣])(?:넌|너는|니는|당신은)\s*숨\s*(?:쉬는|쉴)\s*(?:것도|자격도)\s*(?:아깝|없)|(?:버러지|벌레|쓰레기|기생충)\s*(?:같은|만도\s*못한)\s*(?:놈|년|새끼|인간|것))/g
    },
    {
        category: "harassment",
        rule: "phrase.harassment.insult.en",
        pattern:
            /\byou(?:'re|’re|\s+are|r)?\s+(?:a\s+|such\s+a\s+|an\s+)?(?:worthless|pathetic|stupid|useless|disgusting|fat|ugly)\s+(?:piece\s+of\s+(?:trash|shit|garbage)|loser|idiot|moron|bitch|pig|waste\s+of\s+space)\b|\bnobody\s+(?:likes|loves|wants)\s+you\b(?!\s+to\b)|,\s*(?:you\s+)?(?:idiot|moron|imbecile|dumbass)(?![A-Za-z-])/g
    },
    {
        category: "violence",
        rule: "phrase.threat.polite",
        // Harm announced to someone politely or to a named person: "손가락을 하나씩 부러뜨려 드리겠습니다",
        // "칼 들고 가서 팀장 찔러버릴 거야".
        pattern:
            /(?:(?:손가락|손목|다리|팔|목|이빨|갈비뼈|무릎|코|턱)(?:을|를)\s*(?:\S+\s*){0,3}(?:부러뜨려|부숴|잘라|뽑아|꺾어|분질러)\s*(?:드리겠|드릴게|드릴\s*거|줄게|주겠|줄\s*거|버리겠|버릴\s*거)|(?:칼|흉기|총|망치|도끼)(?:을|를)?\s*들고\s*(?:\S+\s*){0,3}(?:찔러|쏴|죽여|죽이|패)\s*(?:버릴|버리겠|줄|주겠)?)/g
    },
    {
        category: "hate",
        rule: "phrase.hate.dehumanising",
        pattern:
            /\b(?:those|these|such)\s+people\s+are\s+(?:vermin|animals|parasites|subhuman|cockroaches|rats|a\s+disease|a\s+plague)\b|(?<![가-힣])(?:장애인|이민자|난민|외국인|조선족|흑인|무슬림|여자|남자|노인)(?:들)?(?:은|는)\s*(?:\S+\s*){0,3}(?:짐짝|식충이|버러지|바퀴벌레|인간\s*취급)|인간\s*취급(?:할|해\s*줄)\s*필요\s*(?:없|없음)/g
    },
    {
        category: "profanity",
        rule: "phrase.gesture",
        // 🖕 as its surrogate pair (with the u flag the gate could not read what the pattern needs, and
        // opened on every window).
        pattern: /\uD83D\uDD95/g
    },
    {
        category: "sexual",
        rule: "phrase.sexual.request",
        pattern:
            /(?:(?:벗은|알몸|나체|야한)\s*사진\s*(?:좀\s*)?(?:보내|찍어|줘)|(?:야설|야한\s*소설|19금\s*(?:소설|야설))\s*(?:좀\s*)?(?:써|쓰)|\b(?:write|describe)\s+(?:an?\s+|me\s+an?\s+)?(?:explicit|erotic|graphic)\s+(?:sex|sexual|porn)|\bsend\s+(?:me\s+)?nudes?\b)/g
    },
    {
        category: "sexual",
        rule: "phrase.sexual",
        pattern: /(?:강간|성폭행|성추행)\s*(?:하고\s*싶|해\s*버리|할\s*거|해\s*줄)/g
    },
    {
        category: "harassment",
        rule: "phrase.harassment",
        pattern: /(?:느금|니\s*애미|니\s*엄마|너희\s*엄마)\s*(?:뒤졌|죽었|창녀|없)/g
    }
];

/** The phrase patterns (read by the lexicon's gate, lexiconGate.ts). */
export function phrasePatterns(): RegExp[] {
    return phrases.map((p) => p.pattern);
}

/** Phrase hits in canonical `text` (offsets into it); `only[i]` false skips phrase i (it cannot match). */
export function scanPhrases(text: string, push: PhrasePush, only?: readonly boolean[]): void {
    const lower = text.toLowerCase();
    for (let i = 0; i < phrases.length; i++) {
        if (only !== undefined && !only[i]) continue;
        const { category, rule, pattern, notAfter } = phrases[i];
        pattern.lastIndex = 0;
        for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
            if (m[0].length === 0) {
                pattern.lastIndex++;
                continue;
            }
            if (notAfter?.test(lower.slice(Math.max(0, m.index - 40), m.index)) === true) continue;
            if (innocentContext(lower, m.index, m.index + m[0].length, category)) continue;
            push(category, m.index, m.index + m[0].length, rule);
        }
    }
}
