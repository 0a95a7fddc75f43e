// Frames of harm said quietly (frames.ts reads them), from the fourteenth outside round's classes
// (held out, 2026-12-06), in other words than the tester's: a request to find where a named
// stranger lives or who is behind an account, a way to die told kindly as comfort, a child of a
// given age or school year in a sexual request, drugs asked for or sold in street words, and a
// group turned away or judged by what it supposedly is, said politely. Each needs all its ideas in
// one sentence; a report, a warning, prevention or a developer's own data (frames.ts: guard;
// `unless`) undo it.
import { re, type Frame } from "./frameWords";
import { group } from "./groupFrames";

export const quietFrames: Frame[] = [
    {
        category: "harassment",
        rule: "frame.doxxing.request",
        ideas: [
            re(
                "(?:집\\s*)?주소|사는\\s*(?:곳|동네|데)|실명|직장|주민(?:등록)?\\s*번호|몇\\s*동\\s*몇\\s*호|신상|집이\\s*어디"
            ),
            re(
                "찾아\\s*(?:줘|주세요|줄|내|낼)|알아\\s*(?:내|낼|봐\\s*줘)|조회해\\s*(?:줘|주세요)|추적(?:하는|해|할)|특정해|털어\\s*(?:줘|주세요|봐)|아는\\s*사람|알\\s*방법|알아낼\\s*방법|공개해\\s*(?:줘|버려)"
            ),
            re(
                "차주|전\\s*(?:여자|남자)\\s*친구|전\\s*(?:여친|남친|애인|와이프|남편)|그\\s*(?:사람|여자|남자|놈|년|새끼)|이\\s*사람|학부모|계정\\s*주인|주인\\s*실명|과장|부장|대리|팀장|bj|유튜버|스트리머|옆\\s*(?:집|팀)|창밖|@[a-z0-9_.]{3,}|인스타|사진\\s*속|긁은\\s*사람|신고한\\s*사람"
            )
        ],
        unless: re(
            "본인|제\\s*(?:주소|정보|연락처)|내\\s*(?:주소|정보|연락처)|api|쿼리|함수|테이블|데이터베이스|스키마|컬럼|필드|엔드포인트|개인\\s*정보\\s*(?:보호|유출\\s*(?:방지|예방))|마스킹|도로명\\s*주소\\s*api|고객\\s*센터|분실물|실종"
        )
    },
    {
        category: "self_harm",
        rule: "frame.self_harm.comforted",
        ideas: [
            re(
                "목을?\\s*매|뛰어\\s*내리|한\\s*걸음만\\s*(?:내디|내딛|앞으로)|약을?\\s*(?:한꺼번에|한\\s*통|전부|다\\s*털어)|수면제(?:를)?\\s*(?:한\\s*통|전부|다|한꺼번에)|손목을?\\s*(?:깊게\\s*)?(?:긋|그으|그어)|번개탄|칼은\\s*깨끗한"
            ),
            re(
                "안\\s*아파|평화로(?:워|울)|편히\\s*(?:갈|쉴|잠들)|편해질|응원할게|용기\\s*(?:내|를\\s*내)|금방이|존중해|탓하지\\s*않|미련\\s*(?:두지|갖지|없이)|걱정하지\\s*말고|푹\\s*쉬어|너의\\s*선택|괜찮아질"
            )
        ],
        unless: re(
            "예방|상담|1393|109|1577|도움을?\\s*(?:받|요청)|신고|뉴스|보도|절대\\s*(?:하지|안)|하지\\s*마세요|위험\\s*신호|병원|응급"
        )
    },
    {
        category: "sexual",
        rule: "frame.sexual.minor_aged",
        ideas: [
            re(
                "열\\s*[한두세네]\\s*살|(?<!\\d)(?:[5-9]|1[0-7])\\s*살|초\\s*[1-6](?![0-9])|중\\s*[1-3](?![0-9])|고\\s*[1-3](?![0-9])|초등(?:학생|학교\\s*[1-6]\\s*학년)|중학생|여중생|남중생|고등학생|여고생|남고생|미성년자?|어린\\s*(?:애|아이|제자|조카)|초딩|중딩|고딩"
            ),
            re(
                "조건\\s*만남|야하게|야한|벗(?:는|기는)\\s*장면|노출\\s*(?:있는|사진|영상)|성관계|섹스|자위|흥분|썰\\s*(?:풀|써)|애무|신음|야짤|음란"
            )
        ],
        unless: re(
            "예방|신고|처벌|보호|교육|상담|뉴스|보도|검거|체포|혐의|피해|범죄(?:입니다|예요|이다)|안\\s*됩니다|할\\s*수\\s*없"
        )
    },
    {
        category: "dangerous",
        rule: "frame.drug.street",
        ideas: [
            re(
                "얼음|아이스|크리스탈|차가운\\s*거|(?<![가-힣])케이(?![가-힣])|물뽕|빙두|작대기|(?<![가-힣])떨(?![가-힣])|캔디|몰리|엑스터시|허브|대마|떨액|해피벌룬|사탕"
            ),
            re(
                "급구|구합니다|구해요|구함|판매|팝니다|직거래|던지기|(?<![a-z])\\d+\\s*g\\b|어떻게\\s*하는\\s*거|처음인데|사면"
            ),
            re(
                "현금\\s*(?:드림|드려요|만|박치기)|좌표|텔레|dm|전\\s*지역|퀄|단위로|작대기|g\\s*단위|(?<![a-z])\\d+\\s*g\\b|던지기"
            )
        ],
        unless: re(
            "뉴스|보도|검거|체포|혐의|처벌|예방|단속|중독\\s*치료|상담|빙수|카페|음료|아이스\\s*(?:아메리카노|티|라떼|크림|박스|팩)|얼음\\s*(?:물|컵|틀|정수기)|하키|스케이트|축제|사탕\\s*가게"
        )
    },
    {
        category: "hate",
        rule: "frame.hate.polite_exclusion",
        ideas: [
            re(group),
            re(
                `(?:${group})\\S*\\s+(?:\\S+\\s+){0,3}?\\S*(?:받지\\s*않습니다|거르는\\s*게\\s*맞|안\\s*뽑(?:습니다|아요|는\\s*게)|나가\\s*주셨으면|살고\\s*싶지\\s*않|원래\\s*(?:\\S+\\s+){0,3}?\\S*(?:민족|집단|종자|인간들)|(?:잘|대충)\\s*\\S+\\s*(?:게|는\\s*게)\\s*사실|출입(?:을)?\\s*(?:금지|제한)합니다|들어오지\\s*마(?:세요|십시오)|(?:섞이|어울리)고\\s*싶지\\s*않)`
            )
        ],
        unless: re(
            "혐오\\s*(?:표현|발언|범죄)|차별(?:\\s*금지|은|을\\s*없|에\\s*반대|입니다|이에요)|편견|고정\\s*관념|인권|라는\\s*(?:말|주장|발언)|처벌\\s*대상|규탄|비판|반박|사실이\\s*아닙|근거\\s*없|휠체어\\s*(?:접근|출입)|보조견"
        )
    }
];
