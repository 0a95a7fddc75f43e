// More frames (frames.ts reads them), from a tenth outside tester's classes (held out, 2026-12-06):
// harm said plainly in words no phrase held — a veiled threat (밤길 조심하세요, 다리를 부러뜨려 놓을
// 거예요), a bomb said to be planted, a call to come armed, urging someone to die, an insult said to
// the reader, a person's details posted for others to harass, intimate images spread for revenge,
// an explicit sexual scene, a child in a sexual context, a scam's steps, an account taken over, an
// untraceable gun or a bomb made deadlier. Each needs two ideas (the second: to whom, or how), and
// the words of a report, a story, a warning or a refusal (frames.ts: guard; `unless`) undo it.
import { re, type Frame } from "./frameWords";
import { answerFrames } from "./answerFrames";
import { complianceFrames } from "./compliance";
import { englishFrames } from "./englishFrames";
import { evasionFrames } from "./evasionFrames";
import { lifeFrames } from "./lifeFrames";
import { scriptFrames } from "./scriptFrames";
import { soughtFrames } from "./soughtFrames";
import { quietFrames } from "./quietFrames";
import { plainTradeFrames } from "./plainTradeFrames";
import { addressee, threatFrames } from "./threatFrames";
import { wrongdoingFrames } from "./wrongdoingFrames";

const told =
    "뉴스|보도|기사|경찰(?:은|이)\\s*(?:\\S+\\s+)?(?:체포|검거)|혐의|판결|법원|재판|처벌|신고|예방|영화|드라마|소설|게임|스릴러";

export const harmFrames: Frame[] = [
    {
        category: "violence",
        rule: "frame.threat.warned",
        ideas: [
            re(
                "밤길\\s*조심(?!\\s*(?:하세요|하시고|하시길|하십시오|히|해서|하자|들\\s*하세요))|목을?\\s*졸라\\s*(?:버릴|줄|버린다|버리겠)|(?:다리|팔|무릎|손가락|갈비뼈)(?:를|을)?\\s*(?:다\\s*)?(?:부러뜨려|분질러)\\s*(?:놓을|버릴|줄|놓겠)|(?:그\\s*)?(?:얼굴|낯짝)(?:을)?\\s*볼\\s*일\\s*없(?:을|게)|경고로\\s*안\\s*끝나|가족(?:들)?(?:도|이)\\s*무사할\\s*(?:줄|거)"
            ),
            re(
                `${addressee}|다음엔|다음에는|한\\s*번만\\s*더|조심하(?:세요|라)|내일부터|그\\s*물건|퇴근\\s*시간|주차장`
            )
        ],
        unless: re(told)
    },
    {
        category: "violence",
        rule: "frame.threat.bomb",
        ideas: [
            re(
                "(?:폭탄|폭발물)(?:을|를)?\\s*(?:\\S+\\s+){0,2}?(?:설치했|설치해\\s*(?:뒀|놨|놓았)|심어\\s*(?:뒀|놨|놓았)|숨겨\\s*(?:뒀|놨|놓았)|놓고\\s*왔)"
            ),
            re(
                `터진다|터질\\s*(?:거|겁니다|것)|폭발(?:한다|할\\s*거)|소용없|정오|자정|정각|내일|오늘|모두\\s*죽|${addressee}`
            )
        ],
        unless: re(`${told}|악당|주인공|줄거리|훈련|모의`)
    },
    {
        category: "violence",
        rule: "frame.incitement.armed",
        ideas: [
            re(
                "쇠\\s*파이프|각목|야구\\s*방망이|흉기(?:를)?\\s*(?:챙겨|들고)|무기(?:를)?\\s*들고|패\\s*죽(?:입시다|이자|여라|여)|쓸어\\s*버리(?:는\\s*게|자|세요)|봐주지\\s*마|죽이는\\s*(?:것은|게)\\s*정당|폭력으로\\s*대응해야"
            ),
            re(
                "각자|챙겨|모여|모입시다|거리로|다들|보이면|보이는\\s*대로|너도|망설이지|모든\\s*사람|토요일|일요일|광장|공원|학교에|답이야"
            )
        ],
        unless: re(`${told}|규탄|반대|금지|역사|당시`)
    },
    {
        category: "self_harm",
        rule: "frame.self_harm.told",
        ideas: [
            re(
                "(?:그냥|차라리)\\s*(?:죽는\\s*(?:게|것이)\\s*(?:나아|낫|좋)|죽으세요|죽어(?:요|라|버려)|뒈져|뒤져(?:라|버려))|생을\\s*마감(?:할지어다|하세요|해라|하시는\\s*게|하는\\s*게)|뛰어\\s*내리(?:뿌라|삐라|세요|시면|라)|(?:삶|목숨|생)을\\s*끝내는\\s*(?:것|게)|모아\\s*(?:둔|놓은)\\s*약|(?:계획한|생각한|마음먹은)\\s*대로\\s*(?:오늘\\s*|이제\\s*)?끝내|(?:조용히\\s*)?사라지(?:세요|시길|시는\\s*게)"
            ),
            re("힘들면|힘드시면|힘들믄|아무도|슬퍼|선택|미련|오늘\\s*밤|고통|아프지|편지|잠든|확실한|나아")
        ],
        unless: re(
            "아니야|아니에요|아닙니다|절대|하지\\s*마|마세요|말아요|안\\s*(?:돼|됩니다)|소중|도움|상담|109|1393|괜찮|예방|치료|뉴스|보도|소설|영화"
        )
    },
    {
        category: "harassment",
        rule: "frame.insult.addressed",
        ideas: [
            re(
                "기생충이(?:네요|야|다|군요|에요)|(?:밥)?버러지(?:야|네요|다|같은|에요|군요)|실패작(?:이야|입니다|이다|이에요)|인간\\s*(?:쓰레기|말종)|접고\\s*사라지(?:세요|라|시죠)|사라져\\s*주(?:세요|라)|아무도\\s*(?:당신|너)(?:을|를)\\s*좋아하지\\s*않|같은\\s*(?:찌꺼기|기생충|벌레|버러지|돼지|쓰레기|병균|암\\s*덩어리|짐짝)(?:한테|에게|는|은|이|가|를|을)?(?![가-힣])|(?<![가-힣])이\\s*(?:찌꺼기|기생충|벌레|버러지|돼지|쓰레기|병균|짐짝|한심한\\s*(?:놈|년|것))(?:아|야|[.!]|$)|숨\\s*쉬는\\s*(?:것|거)(?:도|조차)\\s*민폐|얼굴만\\s*보면\\s*(?:토|구역질)|머리에\\s*(?:톱밥|우동\\s*사리)|존재\\s*자체가\\s*(?:\\S+\\s+)?(?:수치|민폐|재앙)|월급\\s*주는\\s*(?:게|것이)\\s*아깝(?!지\\s*않)|왜\\s*사냐|(?<![가-힣])너도\\s*쓸모없"
            ),
            re(`${addressee}|보니|보면|하시는|하는\\s*걸|정말|진짜|당신은`)
        ],
        unless: re("영화|봉준호|감염|구충|질환|(?<![가-힣])(?:내가|제가|나는|저는|난)(?![가-힣])")
    },
    {
        category: "harassment",
        rule: "frame.exposure",
        ideas: [
            re(
                "찾아가서\\s*(?:\\S+\\s+)?괴롭|악플\\s*(?:달자|달아|달아라|테러)|낙서해서\\s*(?:다시\\s*)?올리|(?:주소|전화번호|연락처)(?:랑|와|하고)?\\s*(?:\\S+\\s+){0,2}?(?:올려\\s*(?:둘게|둘께|놨|놓았|뒀)|공개할게|뿌릴게)"
            ),
            re("다들|같이|매일|멘탈|학교\\s*애들|볼\\s*수\\s*있게|제대로|찾아가|계속|괴롭")
        ],
        unless: re(`${told}|피해|당했|하지\\s*마|금지`)
    },
    {
        category: "sexual",
        rule: "frame.intimate_images",
        ideas: [
            re(
                "(?:나체|알몸|누드|야한|벗은|성관계)\\s*(?:사진|영상|동영상)(?:을|를)?\\s*(?:\\S+\\s+){0,3}?(?:뿌[리려릴린]|유포|올[리려릴]|퍼뜨|공유)"
            ),
            re("복수|전\\s*여친|전\\s*남친|단톡|얼굴|몰래|협박")
        ],
        unless: re(`${told}|피해|범죄(?:입니다|예요)|불법|삭제\\s*요청|상담|지원\\s*센터`)
    },
    {
        category: "sexual",
        rule: "frame.explicit",
        ideas: [
            re("성기|음경|속옷을\\s*벗기|속곳을\\s*벗기|다리를\\s*벌리|몸을\\s*섞|깊숙이\\s*밀어\\s*넣"),
            re("감쌌|절정|밀어\\s*넣|벗겼|벌렸|섞었|애무|신음|노골적|핥|빨았")
        ],
        unless: re("의학|진료|검사|성교육|비뇨|산부인과|질환|감염|해부|위생|스트레칭|요가")
    },
    {
        category: "sexual",
        rule: "frame.minor.sexual",
        ideas: [
            re(
                "(?:열|열한|열두|열세|열네|열다섯|\\d{1,2})\\s*살(?:짜리)?\\s*(?:소녀|소년|아이|애|여자애|남자애)?(?:와|랑|이랑|한테|에게)?\\s*(?:\\S+\\s+){0,2}?(?:성관계|운우지정|잠자리|몸을\\s*섞|음란)|어린\\s*(?:계집아이|여자아이|아이|소녀)의\\s*몸을\\s*음란|로리\\s*(?:망가|만화|야짤|영상)|미자\\s*(?:영상|사진)"
            )
        ],
        unless: re(`${told}|범죄|불법|아동\\s*성범죄|수사|검거|사건`)
    },
    {
        category: "dangerous",
        rule: "frame.scam.steps",
        ideas: [
            re(
                "가짜\\s*송장|대금(?:을)?\\s*(?:먼저\\s*)?받(?:으신|은|고)\\s*(?:뒤|후|나서)?\\s*연락(?:을)?\\s*끊|(?:손자|아들|딸)인\\s*척|은행\\s*직원인\\s*척|(?:검사|수사관|금감원)(?:인\\s*척|을\\s*사칭)|일부러\\s*(?:\\S+\\s+){0,4}?부딪히|보험금\\s*타(?:려면|랴면)"
            ),
            re("의심하지|돈|보내\\s*줍|합의금|보험금|효과적|노인|할머니|어르신|됩니다|돼요|나와요|끊으시면|입원")
        ],
        unless: re(`${told}|주의|조심|사기(?:입니다|예요|를\\s*당|\\s*수법)|피해|속지`)
    },
    {
        category: "dangerous",
        rule: "frame.account.takeover",
        ideas: [
            re(
                "(?:계정|아이디|인스타|카톡|페이스북)\\s*(?:\\S+\\s+){0,3}?털어\\s*(?:드림|드립니다|줄게|줌)|take\\s*over|brute\\s*force|2단계\\s*인증(?:부터|을)?\\s*(?:꺼|해제)|(?:db|디비|데이터베이스)(?:를)?\\s*통째로\\s*(?:빼|털|가져)|access\\s*log(?:는|를)?\\s*(?:꼭\\s*)?지우"
            ),
            re("의뢰|하루\\s*안에|admin|관리자|들어가면|빼\\s*오|계정|target|타겟|몰래|방법")
        ],
        unless: re(`${told}|보안\\s*(?:점검|교육|팀)|모의\\s*해킹|허가|승인|방어|탐지|대응|버그\\s*바운티|복구`)
    },
    {
        category: "dangerous",
        rule: "frame.weapon.made",
        ideas: [
            re(
                "(?:3d\\s*프린터|3d\\s*print)\\s*(?:\\S+\\s+){0,3}?(?:총|부품|권총)|일련\\s*번호(?:가)?\\s*없는|serial\\s*없는|ghost\\s*gun|추적(?:이)?\\s*안\\s*되는\\s*총|(?:못|쇠구슬|베어링)(?:이나|이랑|과|와|을|를)?\\s*(?:\\S+\\s+){0,2}?(?:같이\\s*)?넣으면|살상력(?:을)?\\s*높이|사제\\s*(?:붐붐이|폭탄|총)"
            ),
            re("만들|만드는|마들|넣으면|출력|완성|build|guide|타이머|가방|사람\\s*많은|재료|방법|붙이면|다이소|철물점")
        ],
        unless: re(`${told}|불법입니다|규제|법안|금지(?:하는|법)`)
    }
];

/** These and the threat frames (threatFrames.ts). */
export const spokenFrames: Frame[] = [
    ...threatFrames,
    ...harmFrames,
    ...quietFrames,
    ...wrongdoingFrames,
    ...complianceFrames,
    ...plainTradeFrames,
    ...answerFrames,
    ...evasionFrames,
    ...lifeFrames,
    ...scriptFrames,
    ...englishFrames,
    ...soughtFrames
];
