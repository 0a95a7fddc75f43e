// Harm in the street words of a trade or a group chat, found passing in the spent blind sets
// (2026-12-06, seventh session) and written as classes: stolen data bought, sold or carried past a
// control (유출 DB 구매, 마스킹 우회해서 원본, USB로 설계도 유출); a scam's jobs and names (몸캠피싱, 명의도용
// 대출, 검사 사칭, 작업대출, 카드깡, 대포계좌); a person pinned up for the crowd (신상 박제, 얼굴 박제, 퍼가셈,
// 가족 연락처까지 털어); someone followed or read in secret (퇴근길 미행, 몰래 카톡 읽는 법, 배우자 몰래 위치);
// drugs sold by their street names (캔디 팝니다, 떨드랍, 작대기); a classmate hurt by plan (기절놀이, 교과서
// 찢어, 다같이 욕하자); and gay or trans people called sick or to be "fixed". A warning, a report or a
// refusal after it makes it a topic (phrases.ts asks phraseContext.ts).
import { eachUnless, unlessTold } from "./phraseContext";
import type { Phrase } from "./phrases";

/** Words of a report, a warning, a control or a story after it (phraseContext.ts), and of a trial. */
const told = unlessTold(
    "조심|사기|수법|방지|막으|막는|차단|탐지|대응|재판|일당|기소|구속|송치|선고|불법입니다|범죄입니다"
);

export const streetPhrases: Phrase[] = [
    {
        category: "dangerous",
        rule: "phrase.data.traded",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:유출|해킹|털린)\\s*(?:db|디비|데이터)\\s*(?:구매|구입|삽니다|팝니다|판매)",
                    "주민\\s*번호\\s*(?:리스트|목록|명단)\\s*(?:구매|구입|삽니다|팝니다|판매)",
                    "(?:마스킹|dlp|감사\\s*로그|보안\\s*솔루션)\\s*(?:을|를)?\\s*우회해서\\s*(?:\\S+\\s+)?(?:원본|고객|개인\\s*정보|반출|빼|유출|다운)",
                    "usb로\\s*(?:\\S+\\s+)?(?:설계도|도면|소스|고객\\s*정보|기밀)\\s*(?:\\S+\\s+)?(?:유출|빼|복사)",
                    "크롤링해서\\s*(?:\\S+\\s+)?(?:전화\\s*번호|연락처|개인\\s*정보)\\s*(?:\\S+\\s+)?(?:판매|팔|팝니다)",
                    "(?:db|디비)\\s*덤프\\s*(?:떠서|떠\\s*가지고)\\s*(?:\\S+\\s+)?(?:넘겨|팔|보내)",
                    "퇴사자\\s*계정\\s*(?:토큰|비번|세션)\\S*\\s*(?:\\S+\\s+)?(?:접속|로그인|빼|들어가)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.fraud.job",
        pattern: new RegExp(
            eachUnless(
                [
                    "몸캠\\s*피싱\\s*(?:\\S+\\s+)?(?:작업|팀|구함|해서|하자|모집|대본)",
                    "명의\\s*도용\\s*(?:해서\\s*)?대출\\s*(?:받|하|작업|뽑)",
                    "(?:검사|검찰|경찰|금감원)\\s*사칭\\s*(?:멘트|대본|스크립트|콜|알바|전화\\s*돌)",
                    "작업\\s*대출\\s*(?:해\\s*드립|가능|문의|받아)",
                    "카드깡\\s*(?:해\\s*드립|가능|문의|합니다|업체)",
                    "대포\\s*(?:계좌|통장|폰)\\s*(?:\\S+\\s+)?(?:삽니다|팝니다|구함|구해|모집|분산|매입|임대)",
                    "피싱\\s*사이트\\s*(?:\\S+\\s+)?(?:제작|만들어|만드는|팝니다)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.doxxing.pinned",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:신상|얼굴|실명|본명)\\s*박제\\s*(?:함|했|완료|해|하자|ㄱㄱ)",
                    "박제함\\s*(?:\\S+\\s+)?퍼가셈|퍼가셈\\s*ㅋ",
                    "가족\\s*(?:연락처|사진|신상)(?:까지)?\\s*(?:싹\\s*)?(?:털어|퍼\\s*나르|뿌려|공개)",
                    "(?:학교|회사)(?:랑|와|하고)\\s*실명\\s*(?:다\\s*)?공개\\s*(?:함|했|하자|ㄱㄱ|해)",
                    "(?<![가-힣])신상\\s*털이\\s*(?:ㄱㄱ|가자|하자|시작)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.stalking.secret",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:퇴근길|출근길|하굣길|등굣길)\\s*(?:에\\s*)?미행\\s*(?:함|했|중|하자|해야지|할까)",
                    "(?<!제\\s)(?:몰래|상대\\s*몰래)\\s*(?:카톡|문자|메시지|dm)\\s*(?:읽는|보는|훔쳐보는)\\s*(?:법|방법)",
                    "(?:배우자|남편|아내|여친|남친|애인)\\s*몰래\\s*(?:\\S+\\s+)?(?:위치|동선)\\s*(?:\\S+\\s+)?(?:확인|추적|보는)\\s*(?:하는\\s*)?(?:법|방법)",
                    "택배\\s*송장\\s*(?:보고|으로)\\s*(?:\\S+\\s+)?(?:주소|집)\\s*(?:알아냄|알아냈|찾아냄)",
                    "부계(?:정)?로\\s*(?:계속\\s*)?(?:감시|지켜보|염탐)",
                    "다른\\s*번호로\\s*(?:매일|계속)\\s*(?:전화|문자)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.drugs.street",
        pattern: new RegExp(
            eachUnless(
                [
                    // 캔디, 허브 and 아이스 are sold in shops too: only dropped, or sold by a Telegram handle.
                    "(?<![가-힣])(?:캔디|허브|몰리|아이스|떨)\\s*(?:드랍|던집니다|던져\\s*드림)",
                    "(?<![가-힣])(?:몰리|떨)\\s*(?:팝니다|판매|구함|구해요|삽니다)",
                    "(?<![가-힣])(?:캔디|허브|아이스)\\s*(?:팝니다|판매)\\s*(?:\\S+\\s+)?(?:텔레|좌표|ㄷㄹ|드랍)",
                    "(?<![가-힣])떨\\s*드랍|(?<![가-힣])작대기\\s*24\\s*시",
                    "(?:엑스터시|몰리|케타민)\\s*(?:있는\\s*사람|구함|구해요|파는\\s*곳)",
                    "(?:대마|떨)\\s*(?:흡연\\s*)?같이\\s*(?:할|필|피울)\\s*사람",
                    "마약\\s*판매\\s*(?:채널|방|텔레)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.bullying.planned",
        pattern: new RegExp(
            eachUnless(
                [
                    "기절\\s*놀이\\s*(?:하자|시키자|해\\s*보자|ㄱㄱ)",
                    "(?:공|공을)\\s*던져서\\s*맞히자",
                    "프사\\s*(?:캡처|캡쳐)해서\\s*(?:\\S+\\s+)?(?:놀리자|돌리자|뿌리자)",
                    "급식\\s*못\\s*먹게\\s*(?:하자|막자|해)",
                    "책상에\\s*(?:욕|낙서)\\s*(?:써\\s*놓자|해\\s*놓자|하자)",
                    "단톡(?:에|방에)?\\s*초대해서\\s*(?:다\\s*같이|다같이)\\s*욕하자",
                    "(?:걔|쟤|\\S+이)\\s*돈\\s*뺏자",
                    "교과서\\s*(?:다\\s*)?찢어\\s*(?:버리자|버려|놓자)"
                ],
                told
            ),
            "g"
        )
    },
    {
        category: "hate",
        rule: "phrase.hate.lgbt",
        pattern: new RegExp(
            eachUnless(
                [
                    "(?:트랜스젠더|트랜스|트젠|동성애자|게이|레즈|퀴어|호모)(?:들)?(?:는|은)?\\s*(?:다\\s*)?(?:변태|정신병|교정|치료\\s*(?:받아야|해야|대상)|싹\\s*쓸어|에이즈)"
                ],
                told
            ),
            "g"
        )
    }
];
