// Frames of a message written to frighten or to swindle (content 100 read as a development set, 2026-12-07): a
// threat asked to be drafted for someone ("판사한테 보낼 … 정중하게 협박하는 문장 부탁", "a threatening text to my
// ex"), and the lines of a scam that works on its victim ("송금 망설이는 피해자 설득하는 멘트", "사랑한다고 믿게 한
// 다음 대출까지 받게 해서", "방문판매 다단계 끌어들이는 설명회 대본"). A threat received, a scam's victim or their
// family, prevention, the law and a story make it a topic.
import { re, type Frame } from "./frameWords";

export const scriptFrames: Frame[] = [
    {
        category: "violence",
        rule: "frame.threat.drafted",
        ideas: [
            re(
                "협박(?:\\s*(?:문구|메일|편지|메시지|문자|글|초안|장)|문|하는\\s*(?:문장|글|메시지|편지))|겁주(?:게|는\\s*(?:문구|메시지|말))|섬뜩하게|(?<![a-z])threatening\\s+(?:text|message|letter|e-?mail|note|dm)"
            ),
            re("보낼|보내는|한테|에게|(?<![a-z])(?:to\\s+my|send)(?![a-z])"),
            re("써|초안|부탁|추천|만들어|다듬|작성|(?<![a-z])(?:write|draft|compose)(?![a-z])")
        ],
        unless: re(
            "받았|받은|받고|왔(?:어|는데|습니다)|신고|고소|증거|캡처|경찰|대처|대응|어떻게\\s*해야|무서워|협박죄|처벌|영화|소설|드라마|게임|분석|탐지|분류|판별|예시|교육|훈련"
        )
    },
    {
        category: "dangerous",
        rule: "frame.scam.script",
        ideas: [
            re(
                "(?:100배|수익\\s*보장|원금\\s*보장|사랑(?:한다고)?)[^.\\n]{0,20}믿게|믿게\\s*한\\s*다음|빙자|인\\s*척\\s*(?:접근|하는\\s*메시지)|둘러대는\\s*핑계|스캠용|끌어들이는|붙잡는\\s*멘트|입\\s*막는|망설이는\\s*피해자|피해자(?:를|가)?\\s*(?:\\S+\\s+){0,2}?(?:설득|막는|안심시키)|pyramid\\s+scheme|recruitment\\s+pitch"
            ),
            re(
                "돈|송금|대출|투자|입금|현금|수익|원금|출금|세관|다단계|방문\\s*판매|창업|회원|상장|아이템|재혼|과부|노인|피해자|(?<![a-z])(?:scheme|income|money)(?![a-z])"
            ),
            re(
                "멘트|(?<![가-힣])말(?![가-힣])|메시지|방법|단계|대본|핑계|써\\s*(?:줘|주)|문구|(?<![가-힣])법(?![가-힣])|설명회|(?<![a-z])(?:pitch|write)(?![a-z])"
            )
        ],
        unless: re(
            "당했|당한|당하|신고\\s*(?:하|방법|절차)|수법(?:을|이|과)|주의|조심|구별|어머니가|아버지가|부모님이|가족이|빠지셔|빠졌|기사|보도|처벌|환불받|탈퇴\\s*(?:방법|하려면|하고\\s*싶)|교육|징후|분석|산타"
        )
    }
];
