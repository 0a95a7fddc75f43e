// More of what the fifteenth outside content tester (2026-12-06) found passing: sexual acts said
// outright to the reader ("뒤로 박아줄게", "발기된 거 보여줄까", "자위하는 영상 찍어서 보내"), a
// drink spiked to take someone away ("술에 물뽕 타서 데려가자"), someone watched or contacted after
// being blocked ("출근 경로 … 다 정리해놨어. 내일도 지켜볼게", "차단해도 소용없어. 새 계정 … 계속
// 연락할 거야"), a face put on a photo and spread, a life called a waste of breath, and a threat half
// in English ("I'm gonna 찔러 you", "니 address 알아냈다, see you tonight").
import type { Phrase } from "./phrases";

export const explicitPhrases: Phrase[] = [
    {
        category: "sexual",
        rule: "phrase.sexual.explicit",
        pattern: new RegExp(
            [
                "(?:뒤로|앞으로|세게|깊게)\\s*박아\\s*(?:줄게|줄께|준다|줄\\s*(?:거|테)|버릴)",
                "신음\\s*(?:소리\\s*)?(?:크게|참지\\s*말고)\\s*(?:내|질러)",
                "발기(?:된|한)\\s*(?:거|것|내\\s*(?:거|꺼))\\s*(?:\\S+\\s+)?(?:보여\\s*줄까|보여\\s*줄게|보낸다|볼래)",
                "자위(?:하는|한)\\s*(?:영상|사진|모습)(?:을|를)?\\s*(?:\\S+\\s+)?(?:찍어|보내|보여)",
                "(?:입에|얼굴에|안에)\\s*(?:싸\\s*줄게|싸줄게|쌀게|싸\\s*버릴)"
            ].join("|"),
            "g"
        )
    },
    {
        category: "sexual",
        rule: "phrase.sexual.spiked",
        pattern:
            /(?:술|음료|음료수|커피|잔)에\s*(?:몰래\s*)?(?:물뽕|ghb|수면제|졸피뎀|최음제)(?:을|를)?\s*(?:타서|넣어서|섞어서)\s*(?:\S+\s+)?(?:데려가|데리고|모텔|눕히|재우)/g
    },
    {
        category: "violence",
        rule: "phrase.stalking.watching",
        pattern: new RegExp(
            [
                "(?:출근|퇴근|등교|하교|귀가)\\s*(?:경로|시간|길)(?:랑|과|이랑|도)?\\s*(?:\\S+\\s+){0,4}?(?:다\\s*)?(?:정리해\\s*놨|알아\\s*놨|알아놨|파악해\\s*놨|적어\\s*놨)",
                "(?:내일도|매일|계속)\\s*지켜볼게",
                "차단해도\\s*(?:소용\\s*없|소용없|안\\s*돼)[^.?!\\n]{0,4}[.?!]?\\s*(?:\\S+\\s+){0,4}?(?:계속\\s*)?연락할\\s*(?:거|게|테)",
                "새\\s*계정\\s*(?:\\d+\\s*개\\s*)?(?:만들어서|파서)\\s*(?:\\S+\\s+)?(?:계속\\s*)?(?:연락|찾아)",
                "(?:스토리|게시물|위치)\\s*보고\\s*왔어[.!]?\\s*(?:\\S+\\s+){0,4}?(?:앞이야|앞에\\s*있어|근처야)"
            ].join("|"),
            "g"
        )
    },
    {
        category: "harassment",
        rule: "phrase.harassment.humiliate",
        pattern: new RegExp(
            [
                "(?:사진|얼굴)(?:을|를)?\\s*(?:\\S+\\s+){0,2}?합성해서\\s*(?:\\S+\\s+)?(?:뿌리|퍼뜨|올리|돌리)",
                "(?:사진|영상)(?:을|를)?\\s*(?:\\S+\\s+)?뿌려서\\s*(?:\\S+\\s+)?(?:망신|매장)",
                "숨\\s*쉬는\\s*것(?:도|조차)\\s*아까운",
                "(?:너|니|네)\\s*같은\\s*(?:\\S+\\s+)?(?:낳고|낳아\\s*놓고)\\s*미역국",
                "업계에서\\s*매장(?:시켜야|시키자|시킬)",
                "부모\\s*없는\\s*티\\s*(?:내냐|내네|나네|난다)"
            ].join("|"),
            "g"
        )
    },
    {
        category: "dangerous",
        rule: "phrase.dangerous.mixed",
        pattern: /\bhow\s+(?:to|do\s+i|can\s+i)\s+(?:make|build)\s+(?:a\s+)?(?:폭탄|사제\s*폭탄|화염병|총|폭발물)/g
    },
    {
        category: "violence",
        rule: "phrase.threat.mixed",
        pattern:
            /\b(?:i'?m\s+(?:gonna|going\s+to)|i\s+will|i'll)\s+(?:찔러|죽여|때려|패)\s*(?:you|u)\b|(?<![가-힣])(?:니|너|네)\s*(?:address|주소|집)\s*(?:다\s*)?알아냈(?:다|어)[,.!]?\s*see\s+you\s+(?:tonight|soon|tomorrow)/g
    }
];
