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
    /(?:112|1366|117|109)\S*\s*(?:에|로)?\s*(?:신고|연락|전화)|신고하(?:세요|시고|고)|스토킹에\s*해당|신고(?:할\s*수\s*있|해야|하려면|\s*절차|\s*방법|하는\s*(?:법|방법)|\s*가능)|어디(?:에|로)\s*(?:신고|연락|도움|말|문의)|어떻게\s*(?:신고|고소|상담)|(?:신고|고소|상담)(?:는|를|은)?\s*(?:어떻게|어디서)|어떻게\s*(?:해야|하면|대처)\S*\s*(?:할까요|하나요|돼요|되나요|좋을까요|좋아요)?\s*\?|(?:말씀|얘기|말)(?:을\s*)?(?:드려야|해야)\s*(?:할까요|하나요|돼요|되나요)|뭘\s*해\s*(?:줄|드릴)\s*수|(?:뭘|무엇을|뭐를)\s*(?:할|도와|해야)\S*\s*수|어떻게\s*(?:전달|알려야|말해야|말씀드려야|대응|도와)|(?:확인|삭제|탐지)하는\s*(?:방법|법)|(?:삭제|신고|차단)\s*요청\s*(?:방법|하는\s*법|할\s*수)|도와\s*(?:주세요|줄\s*수\s*있|주실\s*수|줘야|드려야|드릴\s*수)|도움(?:을|이)?\s*(?:받을|필요|요청|받고)|상담(?:을|받|하고|할\s*수)|경찰에\s*(?:신고|말|알려)|고소(?:할\s*수|하려면|가\s*가능)|불법(?:인가요|이죠|인지|이에요\s*\?)|범죄(?:인가요|인지)|처벌(?:받을\s*수|할\s*수|이\s*가능)|(?:쉼터|보호\s*시설|상담소|지원\s*센터)(?:가|는|를|이|에)?\s*(?:\S+\s+)?(?:있을까요|있나요|어디)|(?:무서워요|무섭습니다|겁나요)(?!\s*\?)|(?:상담|자살\s*예방|위기|정신\s*건강)\s*(?:전화|번호|센터|기관|창구)|핫라인|hotline|helpline|연락할\s*(?:곳|데)|도와야|도울\s*수|(?:누구|어디)(?:한테|에게|에|랑|와)?\s*(?:얘기|말|연락|상담|털어놓)(?:을|를)?\s*(?:해야|할지|하면|할\s*수)|뭐라고\s*(?:답장|대답|답|말)(?:을|를)?\s*(?:해야|할까|하면|해\s*줘야)|(?:어떡하죠|어떡해요|어떻게\s*(?:해요|하죠)\s*\?)/;

/** Rules that find a wish to die, not a way: said or retold, it is also how help is asked for. */
const wishToDie = new Set(["phrase.self_harm", "phrase.self_harm.en"]);

const reportedByVictim = (sentence: string): boolean => reported.test(sentence);

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
export function waitingFor(finding: { rule: string }, sentence: string): UndoneBy | "now" | "dropped" {
    const undoneBy = undoneByNext(finding);
    if (undoneBy !== undefined) return undoneBy;
    // A wish to die said or retold is a plea's first half as often as not ("죽고 싶어요. 상담 전화 번호가 뭐예요?",
    // "자살하고 싶다는 친구를 어떻게 도와야 할까요?"): a plea in it or next makes it a call for help.
    if (wishToDie.has(finding.rule)) return asksForHelp(sentence) ? "dropped" : "plea";
    if (!reportedByVictim(sentence) && !(finding.rule.startsWith("classifier.") && toldPolitely.test(sentence)))
        return "now";
    return asksForHelp(sentence) ? "dropped" : "plea";
}
