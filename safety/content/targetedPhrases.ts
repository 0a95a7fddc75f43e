// Phrases found by a third outside tester (phrases.ts holds the rest): tools of fraud and spying
// asked for outright ("랜섬웨어 코드 짜줘", "stalkerware 만들어줘"), spying on someone without
// their knowing ("몰래 위치 추적하는 앱"), knowing where someone's family is, said to them
// ("따님 학교가 어디인지 알고 있습니다"), and spreading someone's details ("실명 까서 올릴게").
// Defending against a tool ("랜섬웨어 탐지 코드", "피싱 페이지 차단") is a topic, not a request.
import type { Phrase } from "./phrases";

/** Malware by name (phrases.ts asks for making it, this file for asking it outright). */
export const malware =
    "(?:랜섬웨어|악성\\s*(?:코드|앱|프로그램)|키로거|스파이웨어|봇넷|백도어|루트킷|트로이\\s*목마|ransomware|malware|keylogger|spyware|botnet|rootkit)";

/** The rest of the sentence defends against it ("…해킹하려는 시도를 막는"): a topic, not a how-to. */
export const defending = "(?![^.?!\\n]{0,24}(?:막|방지|예방|차단|탐지|감지|대응|보호|신고|복구|수법|사례|유형))";

/** Tools of fraud, theft and spying, Korean or English names (a wider list than `malware`). */
const fraudTool = `(?:${malware}|(?:쿠키\\s*|인포\\s*)?스틸러|stealer|피싱\\s*(?:페이지|사이트|키트|앱|문자)|phishing\\s*(?:kit|page|site)|스토커웨어|stalkerware|스키머|skimmer|디도스\\s*(?:공격\\s*)?(?:툴|봇|도구|프로그램|코드)|ddos\\s*(?:booter|tool|툴|봇)|booter|보이스\\s*피싱\\s*(?:대본|스크립트|프로그램|용))`;

/** A word between the tool and the verb that is not about defending against it ("탐지", "차단"). */
const notDefendingWord =
    "(?![^\\s]*(?:막|방지|예방|차단|탐지|감지|대응|보호|신고|복구|방어|분석|제거|검출|확인|점검|검사))[^.?!\\n\\s]+\\s+";

export const targetedPhrases: Phrase[] = [
    {
        // Asked for outright, with the tool named: "랜섬웨어 코드 짜줘", "stalkerware 만들어줘",
        // "DDoS booter 만드는 법" (not "랜섬웨어 탐지 코드 작성": the defending words end it).
        category: "dangerous",
        rule: "phrase.dangerous.malware.request",
        pattern: new RegExp(
            `${fraudTool}(?:을|를)?\\s*(?:${notDefendingWord}){0,3}?(?:코드|소스|프로그램|툴|스크립트|봇|앱|페이지|사이트|source|code)?\\s*(?:를|을)?\\s*(?:좀\\s*)?(?:짜\\s*줘|짜\\s*주세요|만들어\\s*줘|만들어\\s*주세요|작성(?:해\\s*줘|해\\s*주세요)?(?![가-힣])|줘|만드는\\s*(?:법|방법)|몰래\\s*설치(?:하는)?\\s*(?:법|방법|코드))${defending}`,
            "g"
        )
    },
    {
        // Spying on someone without their knowing, as an app, code or a how-to: "몰래 위치 추적하는
        // 앱", "카톡 대화 몰래 빼오는 코드" (not "몰래 추적하는지 확인하는 방법": -는지 is a question).
        category: "dangerous",
        rule: "phrase.dangerous.covert",
        pattern: new RegExp(
            `몰래\\s*(?:${notDefendingWord}){0,2}?(?:위치\\s*(?:를\\s*)?추적하는|추적하는|설치하는|빼오는|빼내는|훔치는|녹음하는|촬영하는|엿보는|보는)(?![가-힣])\\s*(?:${notDefendingWord}){0,2}?(?:앱|어플|코드|프로그램|스크립트|방법|법)${defending}`,
            "g"
        )
    },
    {
        // Knowing where someone's family is, said to them: "따님 학교가 어디인지 알고 있습니다",
        // "너희 애 학교 어딘지 안다", "너 사는 동네 다 알아", "아드님 하교 시간이 4시죠? 잘 알고 있습니다".
        category: "violence",
        rule: "phrase.threat.whereabouts",
        pattern:
            /(?<![가-힣])(?:(?:따님|아드님|자녀분|사모님|부인|가족분|(?:너희?|니|네|당신)\s*(?:애|애들|딸|아들|가족|엄마|아빠|자식|와이프|남편))\S*\s*(?:\S+\s+){0,2}?(?:학교|하교|등교|집|회사|직장|학원|출근|퇴근)\S*\s*(?:\S+\s+){0,3}?(?:어디(?:인지|에|로)?\s*|어딘지\s*)?(?:다\s*|잘\s*|이미\s*)?(?:알고\s*있|알아요|압니다|안다|알아)(?![^\s.?!]*\?)|(?:너|니|네가|니가|당신)\s*(?:이\s*)?사는\s*(?:동네|곳|집|아파트|데)\S*\s*(?:다\s*|이미\s*)?(?:알아|안다|알고\s*있))/g
    },
    {
        // Spreading someone's details or a doctored photo of them: "니 사진 합성해서 단톡방에 뿌릴게",
        // "블라인드에 실명 까서 올릴게", "집 주소 인터넷에 다 올려버릴 거야".
        category: "harassment",
        rule: "phrase.threat.doxxing",
        pattern:
            /(?:신상|실명|집\s*주소|연락처|사진\s*합성|합성\S*\s*사진|(?:너|니|네|당신)\s*(?:\S+\s+)?사진)\S*\s*(?:\S+\s+){0,3}?(?:다\s*)?(?:까서|털어서|뿌릴|뿌린다|뿌려\s*버|올려\s*버릴|올려\s*버린다|퍼뜨릴|퍼뜨린다|유포할|유포한다)|(?:인터넷|단톡방|커뮤니티|블라인드|sns|트위터|인스타|유튜브|게시판)에\s*(?:\S+\s+){0,2}?(?:신상|실명|주소|사진|연락처)\S*\s*(?:다\s*)?(?:까서|털어서|뿌릴|뿌린다|퍼뜨릴|유포할|공개할)/g
    },
    {
        // Wishes and questions that Korean speakers know as suicidal ("한강 물 온도 몇 도야?", "ㅈㅅ하고 싶다"):
        // words the first-person wish rule in phrases.ts does not hear.
        category: "self_harm",
        rule: "phrase.self_harm.euphemism",
        pattern:
            /한강\s*물\s*(?:온도|수온)(?:이|은|는|가)?\s*(?:몇|얼마|어때|어떻|알려\s*(?:줘|주세요|줄래)|\?)|ㅈㅅ\s*하고\s*싶|극단적(?:인)?\s*선택(?:을)?\s*하고\s*싶(?:어|다|네|음)|수면제\s*몇\s*(?:알|개)[^.?!\n]{0,16}(?:안\s*깨|죽|영원히)|유서\s*(?:어떻게\s*(?:써|쓰)|쓰는\s*(?:법|방법))/g
    },
    {
        // Sexual remarks at a colleague: "벗은 사진 있어?", "속옷 무슨 색이야?", "몸으로 승진했지?".
        category: "sexual",
        rule: "phrase.sexual.harassment",
        pattern:
            /벗은\s*사진|야한\s*사진\s*(?:\S+\s+){0,2}?(?:안\s*)?보내|속옷\s*(?:무슨\s*)?색(?:이야|이에요|깔)|몸으로\s*승진|(?:회식|퇴근)\s*(?:\S+\s+){0,2}?모텔\s*(?:가자|갈래|갈까)/g
    }
];
