// A victim telling what was done to them, and asking what to do (found from outside, blind sets 51 and 52:
// "전 남친이 계속 '죽여버린다'고 카톡 보내요. 신고할 수 있을까요?", "누가 제 사진을 합성해서 퍼뜨렸어요.
// 어디에 신고해야 하나요?", "친구가 자꾸 죽고 싶다고 말해요. 제가 뭘 해줄 수 있을까요?"). The harm is
// reported, not done: the words that make it a report — the writer as the one it was done to, someone
// else's words retold, a message received — come in the sentence, and the request for help often in the
// next. A rule's block on such a sentence waits for the next one (filter.ts), and a plea for help there
// makes the whole a topic.

/** The writer as the one harmed, or someone's words or messages retold. */
const reported =
    /(?:^|[\s"'(])(?:저를|저한테|저에게|절|제\s*(?:사진|번호|집|계정|얼굴|주소|폰|휴대폰|핸드폰|스마트폰|노트북|컴퓨터|차|카톡|신상|실명|글|가방|지갑|방|옷|자리)|저희\s*(?:애|아이|딸|아들|엄마|아빠))|(?:다|라|냐|자|래)['"’”」]?(?:고|라는|란)\s*(?:\S+\s+){0,3}?\S*(?:요|니다)(?=[\s.,;!?~]|$)|(?:문자|카톡|메시지|메세지|DM|디엠|댓글|쪽지)(?:를|을|가|이|로)?\s*(?:계속\s*)?(?:보내요|보냈어요|받았어요|받았는데|받고|와요|왔어요|남겨요|남겼어요|달렸어요|달려요|달렸는데)|(?:다|라|냐|자|래)['"’”」](?:는|이란)\s*(?:말|댓글|메시지|메세지|문자|소리|얘기|협박|쪽지|DM)(?:을|를|이|가)?\s*(?:\S+\s+){0,2}?\S*(?:요|니다)(?=[\s.,;!?~]|$)/i;

/** A plea for help: how to report it, where to turn, what to do, whether it is a crime, fear said (not asked: "무서워요?" taunts). */
const plea =
    /(?:112|1366|117|109)\S*\s*(?:에|로)?\s*(?:신고|연락|전화)|신고하(?:세요|시고|고)|스토킹에\s*해당|신고(?:할\s*수\s*있|해야|하려면|\s*절차|\s*방법|하는\s*(?:법|방법)|\s*가능)|어디(?:에|로)\s*(?:신고|연락|도움|말|문의)|어떻게\s*(?:신고|고소|상담)|(?:신고|고소|상담)(?:는|를|은)?\s*(?:어떻게|어디서)|어떻게\s*(?:해야|하면|대처)\S*\s*(?:할까요|하나요|돼요|되나요|좋을까요|좋아요)?\s*\?|(?:말씀|얘기|말)(?:을\s*)?(?:드려야|해야)\s*(?:할까요|하나요|돼요|되나요)|뭘\s*해\s*(?:줄|드릴)\s*수|(?:뭘|무엇을|뭐를)\s*(?:할|도와|해야)\S*\s*수|어떻게\s*(?:전달|알려야|말해야|말씀드려야|대응|도와)|(?:확인|삭제|탐지)하는\s*(?:방법|법)|(?:삭제|신고|차단)\s*요청\s*(?:방법|하는\s*법|할\s*수)|도와\s*(?:주세요|줄\s*수\s*있|주실\s*수|줘야|드려야|드릴\s*수)|도움(?:을|이)?\s*(?:받을|필요|요청|받고)|상담(?:을|받|하고|할\s*수)|경찰에\s*(?:신고|말|알려)|고소(?:할\s*수|하려면|가\s*가능)|불법(?:인가요|이죠|인지|이에요\s*\?)|범죄(?:인가요|인지)|처벌(?:받을\s*수|할\s*수|이\s*가능)|(?:쉼터|보호\s*시설|상담소|지원\s*센터)(?:가|는|를|이|에)?\s*(?:\S+\s+)?(?:있을까요|있나요|어디)|(?:무서워요|무섭습니다|겁나요)(?!\s*\?)|(?:상담|자살\s*예방|위기|정신\s*건강)\s*(?:전화|번호|센터|기관|창구)|핫라인|hotline|helpline|연락할\s*(?:곳|데)|도와야|도울\s*수|(?:누구|어디)(?:한테|에게|에|랑|와)?\s*(?:얘기|말|연락|상담|털어놓)(?:을|를)?\s*(?:해야|할지|하면|할\s*수)|뭐라고\s*(?:답장|대답|답|말)(?:을|를)?\s*(?:해야|할까|하면|해\s*줘야)|(?:어떡하죠|어떡해요|어떻게\s*(?:해요|하죠)\s*\?)|어디(?:로|에)?\s*(?:가야|가면|피해야|피하면|피신|숨어야)|쉼터|피신|신고(?:해도|하고\s*싶|할까요)|아동\s*보호|살려\s*주세요|신고\s*대상|증거(?:를|는|도)?\s*(?:어떻게|모아|모으|남겨|남기|수집)|(?:도와|같이\s*가)\s*줄\s*(?:기관|곳|사람|단체)/;

/** Rules that find a wish to die, not a way: said or retold, it is also how help is asked for. */
const wishToDie = new Set(["phrase.self_harm", "phrase.self_harm.en"]);

// Harm done by someone near the writer, told as it happens to them or theirs ("남편이 때려요.", "전 남친이
// 죽이겠대요.", "애들한테 맞았어요.", found from outside, 2026-12-07): the doer named as the subject of a
// told (not asked, not urged) act, or the writer as the one it was done to. Only a plea next or before
// (filter.ts) makes it a report; "걔를 때려야 하는데 어떻게 해야 할까요?" names no doer and stays a threat.
const doer =
    /(?:^|[\s"'(])(?:(?:전\s*|옛\s*)?(?:남편|아내|와이프|부인|아빠|아버지|엄마|어머니|새\s*아빠|새\s*엄마|계부|계모|의붓\S{1,3}|시아버지|시어머니|시누이?|장인|장모|오빠|형|누나|언니|삼촌|고모부|이모부|할아버지|할머니|남친|남자\s*친구|여친|여자\s*친구|애인|동거인|동거하는\s*\S+|선배|선생님|담임|교사|코치|감독|상사|팀장|사장님?|부장님?|과장님?|반\s*친구|애들|친구들|걔네|그\s*(?:사람|남자|여자)|이웃|옆집\s*\S+|모르는\s*사람)(?:이|가|께서|은|는|도|들이)|누가|누군가가?)\s+(?:\S+\s+){0,4}?(?:때리|때려|때렸|팼|패|폭행하|폭행해|폭행했|협박하|협박해|협박했|괴롭히|괴롭혀|괴롭혔|위협하|위협해|위협했|죽이|죽인|죽여\s*버리|죽여버리|죽여버린|목을?\s*졸|밀쳐|밀쳤|던져|던졌)(?:\S*?(?:요|니다)|\S*?(?:다고|라고)\s*(?:\S+\s+)?(?:해요|했어요|합니다|했습니다|하네요|그래요|그랬어요|하세요|하셨어요|협박해요|협박했어요))(?=[\s.,!~…]|$)/;
const doneToWriter =
    /(?:한테|에게|한테서|에게서)\s*(?:\S+\s+){0,2}?(?:맞았|맞고|맞아|맞습|맞는|당했|당하고|당해|당합)\S*(?:요|니다)(?=[\s.,!~…]|$)|(?:폭행|폭력|협박|괴롭힘|학대|스토킹|성추행|성폭행|왕따|따돌림)\S{0,2}\s*(?:을|를)?\s*(?:당하|당했|당해|받고|받았|시달리|시달려)\S*(?:요|니다)(?=[\s.,!~…]|$)/;

const reportedByVictim = (sentence: string): boolean =>
    reported.test(sentence) || doer.test(sentence) || doneToWriter.test(sentence);

/**
 * A sentence told politely, not asked ("남편이 술만 마시면 때려요.", "전 남자친구가 계속 집 앞에 찾아와요.", content 85):
 * the classifier's finding on it waits too, for a victim's plea next; the one harmed is often left unsaid.
 */
const toldPolitely = /(?:요|니다)[.!~…]*\s*$/;
export const asksForHelp = (sentence: string): boolean => plea.test(sentence);

// Knowing where someone is, or "…하면 알지?", said to a friend: the friendly reason often comes only in the
// next sentence ("너네 집 어딘지 알아! 내일 집들이 선물 들고 갈게~", found from outside, 2026-12-06). Such a
// block waits for the next sentence (filter.ts), held and not shown, and a visit, a gift or a party there
// makes it no threat.
const mayBeFriendly = new Set([
    "phrase.threat.veiled",
    "phrase.threat.whereabouts",
    "phrase.insult.family_taunt",
    "phrase.threat.idiom"
]);
/** A request for harmful text, quoted in a transcript: the assistant's refusal may come next (content 78). */
const mayBeRefused = new Set(["phrase.request.harm"]);
/** A friendly reason told next (a wedding invitation, a gift), or an everyday one: a deadline at work or school. */
const friendly =
    /집들이|청첩장|결혼식|돌잔치|맛있는\s*걸?\s*(?:혼자|너만)|혼자\s*먹다니|나도\s*(?:불러|데려가|끼워)|안부|전해\s*드려|명절|세배|건강하|잘\s*지내|선물|놀러\s*(?:갈|가|와|올)|초대|생일|서프라이즈|축하|데리러\s*(?:갈|가)|마중|밥\s*(?:사\s*(?:줄|러)|먹자)|택배\s*보낼|(?:보고서|기획서|제안서|견적서|회의록|발표\s*자료|회의\s*자료|과제|숙제|리포트)\S*\s*(?:은|는|도|를|을)?\s*(?:오늘|내일|모레|이번\s*주|다음\s*주|[월화수목금토일]요일|퇴근\s*전|점심\s*전)\S*?\s*까지/;

/** What in the next sentence undoes a rule's finding, if anything may (filter.ts waits for it). */
export function undoneByNext(finding: { rule: string }): "friendly" | "refusal" | undefined {
    // The same rule read through a disguise ("….obfuscated") waits the same way.
    const rule = finding.rule.replace(/\.obfuscated$/, "");
    if (mayBeFriendly.has(rule)) return "friendly";
    return mayBeRefused.has(rule) ? "refusal" : undefined;
}
export const friendlyReason = (sentence: string): boolean => friendly.test(sentence);

/** What undoes a rule's finding on `sentence` once the next sentence is read (harmHead.ts: harmConfirmed). */
export type UndoneBy = "plea" | "friendly" | "refusal";

/**
 * Whether a rule's finding on `sentence` is judged now, dropped (a victim's report that asks for help
 * itself), or waits for the next sentence, and for what there that would undo it (filter.ts).
 */
export function waitingFor(finding: { rule: string }, sentence: string, before = ""): UndoneBy | "now" | "dropped" {
    const undoneBy = undoneByNext(finding);
    if (undoneBy !== undefined) return undoneBy;
    // A wish to die said or retold is a plea's first half as often as not ("죽고 싶어요. 상담 전화 번호가 뭐예요?",
    // "자살하고 싶다는 친구를 어떻게 도와야 할까요?"): a plea in it or next makes it a call for help.
    if (wishToDie.has(finding.rule)) return asksForHelp(sentence) ? "dropped" : "plea";
    if (!reportedByVictim(sentence) && !(finding.rule.startsWith("classifier.") && toldPolitely.test(sentence)))
        return "now";
    // A plea said first ("도와주세요. 남편이 때려요.") asks for help with what is told next.
    return asksForHelp(sentence) || asksForHelp(before) ? "dropped" : "plea";
}
