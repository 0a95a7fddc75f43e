// Harm asked for or planned in chat words, found passing by the second wave of the sixteenth round
// (2026-12-06, content 48): when or how to die "without pain", pills hoarded, self-harm hidden, an order
// to die relayed ("다들 너한테 자살해래"), data or a hack sold or ordered ("개인정보 판매", "카톡 해킹
// 의뢰합니다"), poison bought untraced or put in a drink, a home or a family posted, someone waited for
// or photographed in secret, sex sold or pressed on a colleague, a weapon made to use on someone, a
// classmate shut out. Words of the news or the law right after it make it a topic (`news`).
import type { Phrase } from "./phrases";

/** A word of the news or the law just after: the harm is a topic ("개인정보 판매 혐의로"). */
const news = "(?![^.?!\\n]{0,12}(?:혐의|적발|검거|구속|처벌|예방|신고|주의|금지|불법입니다|범죄입니다|사건|뉴스|기사))";
/** Poisons a person is given (as in methodPhrases.ts). */
const poison = "(?:독극물|독약|농약|쥐약|청산가리|청산\\s*칼리|비소|탈륨|리신|수은|메탄올|부동액)";

export const askedPhrases: Phrase[] = [
    {
        category: "self_harm",
        rule: "phrase.self_harm.asked",
        pattern: new RegExp(
            [
                "(?:자살|극단적\\s*선택|jasal|동반\\s*자살)\\s*(?:\\S+\\s+)?(?:언제|어떻게|어디서)\\s*(?:\\S+\\s+)?(?:하는\\s*게|해야)\\s*(?:\\S+\\s+)?(?:안\\s*아플|덜\\s*아플|편할|확실)",
                "(?:자살|자해|극단적\\s*선택)\\s*방법\\s*(?:좀\\s*)?(?:있을까요|있나요|있어\\?|없을까|뭐가\\s*있)",
                "수면제\\s*(?:을\\s*|를\\s*)?모으는\\s*(?:법|방법)",
                "자해\\s*(?:한\\s*거\\s*)?(?:안\\s*)?들키(?:게|지\\s*않게)\\s*하는\\s*(?:법|방법)",
                "죽을\\s*날\\s*(?:\\S+\\s+)?(?:계획|정했|잡았)|(?:동반\\s*자살|한강\\s*물\\s*온도)\\s*(?:날짜\\s*)?정했",
                "(?:자살해|목\\s*매달아|혀\\s*깨물고\\s*죽어|죽어\\s*버려|뒤져)(?:래|라더라|라던데|라고\\s*하더라)(?![가-힣])",
                "죽는\\s*게\\s*낫겠다\\S*\\s*(?:\\S+\\s+)?아무도\\s*(?:안\\s*슬퍼|모를)",
                "세상에서\\s*사라져(?:요|라|버려|주세요)?(?=\\s*(?:[.!~ㅋㅎ\\n]|$))"
            ].join("|"),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.sold_or_ordered",
        pattern: new RegExp(
            [
                `(?:개인\\s*정보|회원\\s*정보|고객\\s*정보|주민\\s*번호\\s*(?:리스트|목록)|디비|db)\\s*(?:덤프\\s*)?(?:판매|팝니다|팔아요|삽니다)${news}`,
                `(?:소스\\s*코드\\s*유출|내부\\s*자료\\s*빼가기|주민\\s*번호\\s*리스트|개인\\s*정보\\s*(?:리스트|db))\\s*(?:\\S+\\s+)?(?:건당|얼마|도와|좀)${news}`,
                `(?:카톡|카카오톡|인스타|페북|페이스북|이메일|메일|계정|폰)\\s*해킹\\s*(?:의뢰|대행|해\\s*줄|해\\s*드림|해\\s*드립니다|방법\\s*(?:말해|알려))${news}`,
                `(?:옆집|남의|남)\\s*(?:\\S+\\s+)?(?:랜섬웨어\\s*유포|폰\\s*도청\\s*앱|인스타\\s*해킹|와이파이\\s*(?:비번\\s*)?뚫기)\\s*(?:방법|법)`,
                `${poison}\\s*(?:추적\\s*안\\s*되게|안\\s*걸리게|몰래)\\s*(?:구하는|사는)\\s*(?:곳|법)`,
                `(?:실제로\\s*)?안\\s*걸리는\\s*${poison}\\s*(?:사용법|쓰는\\s*법)`,
                `(?:커피|술|음료|물병|도시락|밥)에\\s*${poison}\\s*넣으면\\s*(?:조용해|끝|죽)`,
                `\\S+(?:한테|에게)\\s*${poison}\\s*먹이고\\s*싶`,
                `(?:총기\\s*도면|사제\\s*(?:석궁|총|폭탄)|전기\\s*충격기\\s*개조)\\s*(?:\\S+\\s+)?(?:만들어서|제작\\s*단계)`,
                "(?:만들어서|개조해서)\\s*(?:\\S+\\s+)?(?:그놈|그\\s*새끼|걔|너|그\\s*인간)\\S*\\s*(?:한테|에게)\\s*쓸\\s*(?:거야|거임|꺼야)"
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.harassment.chat",
        pattern: new RegExp(
            [
                "(?:주소|신상|번호|얼굴)\\S*\\s*(?:까발리자|까발려|털자|뿌리자|공개해서\\s*매장)",
                "(?:놈|년|새끼|사람)\\s*(?:\\S+\\s+)?(?:회사에\\s*(?:다\\s*)?뿌려|가족\\s*신상까지)",
                "몰래\\s*사진\\s*찍어서\\s*(?:\\S+\\s+)?(?:어디|볼|올릴|뿌릴)",
                "(?:퇴근할\\s*때|퇴근길에|밤에|몰래)\\s*(?:\\S+\\s+)?집\\s*앞에서\\s*기다릴",
                "(?<![가-힣])너\\s*같은\\s*(?:건|놈|년)\\s*왜\\s*사냐",
                "(?:아무도|누구도)\\s*너(?:를)?\\s*안\\s*좋아해",
                "전학이나\\s*가(?![가-힣])|단톡(?:방)?에서\\s*빼\\s*버리자"
            ].join("|"),
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.chat",
        pattern: new RegExp(
            [
                `(?:성매매|애인\\s*대행|원나잇|출장\\s*안마)\\s*(?:ㅇㅇ|추천|해요|구함|구해|하실|ㄱ|가능|문의)${news}`,
                "(?:오늘\\s*밤|오늘)\\s*(?:같이|둘이)\\s*자자|모텔\\s*가자|한번\\s*대줘|몸매\\s*죽이네|야한\\s*옷\\s*입고\\s*와"
            ].join("|"),
            "g"
        )
    }
];
