// A word quoted to talk about it, not used: "'시발'이라는 표기는 …", "청소년이 가장 많이 쓰는 욕설은
// '씨발'과 '존나'였다", "인종 비하 표현(예: '깜둥이')", BAD_WORDS = ['씨발', …], "노래 ‘미친 거
// 아니야?’", 「지랄발광 17세」 (found from outside: a tester's linguistics, anti-hate, court and title
// sentences were masked or blocked). The word must stand alone between quotes, and a word about
// words (표현, 욕설, 번역, 뜻, 신고 …) must stand near it: after it, past other quoted words and a
// few more, or before it on its line. A quote used as abuse ("너 같은 '병신'은") has none, and
// nor has a mention pinned on the one addressed ("'씨발'이라는 말이 딱 너한테 어울리는 표현이다").

const opening = /['"‘“`(\[]\s*$/;
const closing = /^\S{0,3}['"’”‘“`)\]]/;
/** Words about words: what a mention is quoted for. */
const aboutWords = String.raw`패드립|드립|막말|쌍욕|불린|불리|표현|표기|단어|낱말|용어|비하|혐오|욕설|욕(?:은|이|을|도|으로|하는)|멸칭|비속어|속어|은어|낙인|호칭|일반화|모욕|악플|놀리|언어\s*폭력|밈|초성|변형|번역|어원|유래|뜻|의미|사전|분류|필터|탐지|감지|잡아|금칙어|순화|대신|자막|한자어|가이드라인|신고|삭제|차단|낮춰|낮잡|불렀|부르(?:는|던)|말(?:이(?:라|다|며|고)?|인지|인가요|로|에서|은|을|의|입니다)?(?![가-힣])|해당하는|\b(?:words?|terms?|slurs?|swear(?:ing|s)?|curses?|cursing|profanity|expletives?|means|meaning|translat\w*|messages?|spell\w*)\b`;
/** After the closing quote: a particle or a linking word, other quoted words, then a word about words. */
const mentionAfter = new RegExp(
    String.raw`^\S{0,3}['"’”‘“\`)\]]\s*(?:(?:,|와|과|이나|나|및)\s*['"‘“][^'"’”\n]{1,12}['"’”]\s*){0,3}(?:같은|등의?|이라는|라는|이란|란|이라|라|처럼|와|과|라고|이라고|을|를|은|는|이|가|의|에서|으로|로|도|이나|나)?\s*(?:[^\s.!?\n]+\s+){0,7}?[^\s.!?\n]*(?:${aboutWords})`
);
/** Before the opening quote on its line: a word about words, or a list's name in code. */
const mentionBefore = new RegExp(
    String.raw`(?:${aboutWords}|BAD_?WORDS|bad_?words|badwords|profanit|blocklist|denylist|banned|예:|예시:|e\.g\.)[^\n.!?]{0,40}$`,
    "i"
);
/** A title: inside 「」『』《》, or quoted after the name of a work. */
const titled =
    /(?:[「『《][^」』》\n]{0,30}$)|(?:노래|곡|영화|드라마|책|소설|웹툰|앨범|작품|제목)(?:의|인|은|는)?\s*['"‘“]\s*$/;

/** The word pinned on the one addressed: it fits you, you are it, it is your name. */
const aimed = new RegExp(
    String.raw`(?:(?<![가-힣])(?:너|니|네|당신|너희|너네|자네|님)(?:한테|에게|께|이랑|하고|과|와|랑)?\s*(?:딱|꼭|정말|진짜|참|아주|완전)?\s*(?:어울[리린려릴렸]|맞는\s*말|딱이|딱\s*맞|그\s*자체)|딱\s*(?:너|니|당신|네)(?![가-힣])|(?<![가-힣])(?:너|니|당신|네|너희)(?:\s*같은|야말로|이야말로|라는\s*(?:인간|놈|사람))|(?<![가-힣])(?:네|니|당신의?|너의|너희)\s*(?:별명|이름|본명|정체|얼굴|수준)(?:이|은|는|을|과|와)?\s*(?:\S+\s+){0,2}?\S*(?:이다|이지|이야|이네|이군|이구나|입니다|그대로)|\b(?:fits\s+you|describes\s+you|you\s+are|you'?re)\b)`,
    "i"
);

/** One addressed, anywhere in the sentence, and words that say the quote is about them (틀린 말은 아니, 할 말 없지, 요약하면). */
const addressed =
    /(?<![가-힣])(?:너|넌|니|네|니가|네가|당신|너네|너희|자네)(?:는|은|이|가|도|를|을|한테|에게|의|랑|이랑)?(?![가-힣])|\byou\b/i;
const saysItIsThem =
    /틀린\s*말(?:은|이)?\s*아니|할\s*말\s*없|요약하면|한\s*(?:단어|마디)로|(?:미리|보고)\s*(?:봤|만들)|사진\s*(?:나올|나오|있)|라고\s*(?:부르|불러|하던데|하더라|하던)|소리\s*(?:들어도|들을|듣는)|딱이|어울[리린려릴렸]/;

/** The sentence around [start, end): from the last end of a sentence before it to the next. */
function sentenceAround(text: string, start: number, end: number): string {
    const before = text.slice(Math.max(0, start - 80), start);
    const from = Math.max(before.search(/[.!?\n][^.!?\n]*$/) + 1, 0);
    const after = text.slice(end, end + 80);
    const to = after.search(/[.!?\n]/);
    return before.slice(from) + text.slice(start, end) + (to < 0 ? after : after.slice(0, to));
}

/** Whether the sentence around `text[start, end)` pins what is quoted on the one addressed. */
export function aimedAtAddressee(text: string, start: number, end: number): boolean {
    const sentence = sentenceAround(text, start, end);
    return aimed.test(sentence) || (addressed.test(sentence) && saysItIsThem.test(sentence));
}

/** Who said or sent it to the writer: "저한테", "누가 DM으로", "악플에", "댓글로". */
const toTheWriter =
    /(?:저한테|제게|저에게|저를|저보고|나한테|나보고|나를|누가|누군가|모르는\s*사람이|악플(?:에|로)?|댓글(?:에|로)?|dm(?:으로)?|디엠(?:으로)?|문자(?:로)?|쪽지(?:로)?|메시지(?:로)?)/i;
/** After the closing quote: said, sent or posted ("'…'이라고 했어요", "'…'고 보냈는데", "'…'라고 달렸어요"). */
const saidOrSent =
    /^(?:이)?라?고\s*(?:\S+\s+){0,3}?\S*(?:했|하더라|하던데|불렀|불러|부르|말했|보냈|보내|달았|달렸|달아|썼|올렸|남겼|왔|들었)/;
/** After the closing quote, a message of that kind received ("'…' 이런 문자를 보내요"): sent to the writer. */
const received =
    /^\s*(?:이런|같은|라는|하는)\s*(?:문자|메시지|말|카톡|dm|디엠|쪽지|댓글)(?:를|을|가|이)?\s*(?:계속\s*)?(?:보내|받|와|오|달)/i;

/**
 * A quote the writer reports as said or sent to them ("상사가 저한테 '병신'이라고 했어요", "누가 DM으로
 * '죽여버린다'고 보냈는데 어떻게 신고하나요?"): the quote may hold a few words around the finding.
 * Found from outside (2026-12-06): victims asking how to report abuse were blocked for quoting it.
 */
export function reportedQuote(text: string, start: number, end: number): boolean {
    const line = text.lastIndexOf("\n", start - 1) + 1;
    const open = text.slice(Math.max(line, start - 16), start).search(/['"‘“][^'"’”\n]*$/);
    if (open < 0) return false;
    const close = text.slice(end, end + 16).search(/['"’”]/);
    if (close < 0 || /\n/.test(text.slice(end, end + close))) return false;
    const sentenceStart = Math.max(line, text.slice(0, start).search(/[.!?][^.!?]*$/) + 1);
    const after = text.slice(end + close + 1, end + close + 40);
    if (received.test(after)) return !aimedAtAddressee(text, start, end);
    if (aimedAtAddressee(text, start, end)) return false;
    if (toTheWriter.test(text.slice(sentenceStart, start)) && saidOrSent.test(after)) return true;
    // Quoted and then agreed with ("'…'라고 했는데 인정"): used, not reported.
    if (!toldByAnother.test(after) || agreed.test(after)) return false;
    const sentenceEnd = text.slice(end + close + 1).search(/[.!?\n]/);
    const rest =
        sentenceEnd < 0 ? text.slice(end + close + 1) : text.slice(end + close + 1, end + close + 1 + sentenceEnd);
    if (
        reportAround.test(text.slice(Math.max(line, start - 120), start)) ||
        reportAround.test(rest) ||
        heard.test(after)
    )
        return true;
    return byAnother.test(text.slice(sentenceStart, Math.max(line, start - 16) + open + 1)) && sworeAt.test(after);
}

/** Heard or received by the writer's side ("'…' 소리를 들었어요", "'…'라는 말을 계속 듣는대요", "'…' 메시지를 받은 뒤"). */
const heard =
    /^(?:이)?(?:라는|란|같은|하는)?\s*(?:소리|말|욕|욕설|놀림|메시지|문자|댓글|쪽지)(?:을|를|도)?\s*(?:\S+\s+){0,2}?(?:들었|듣|받았|받은|받고|받는|받아)/;
/** Someone else as the one who said it, before the quote: a subject not the writer ("고객이 전화로", "상대가"). */
const byAnother = /(?:[가-힣]{1,8}(?<![내제])(?:이|가|께서)|누가|누군가)\s+(?:\S+\s+){0,4}?['"‘“][^'"’”]*$/;
/** Told as abuse, politely ("…라고 욕했어요", "…라고 놀렸습니다"): the writer names what was done, a summary does not. */
const sworeAt =
    /^(?:이)?(?:라고|라며|하고)?\s*(?:\S+\s+){0,2}?(?:욕(?:을|설을)?\s*(?:했|하더라)|모욕(?:을\s*)?했|비하(?:를\s*)?했|놀렸|조롱했|소리(?:를)?\s*질렀)\S*(?:어요|습니다|대요|더라고요)/;
/** Agreed with after the quote: used, not reported. */
const agreed = /^[^.!?\n]{0,30}(?:맞는\s*말|ㅇㅈ|인정|공감|딱\s*맞)/;

/**
 * After the closing quote: someone said, typed, posted or called it, or it was heard ("'…'라고 욕했어요",
 * "'…'라고 채팅했어요", "'…' 소리를 들었어요", "'…'라는 말을 계속 듣는대요", "'…'처럼 욕이 들어가는데요").
 */
const toldByAnother =
    /^(?:이)?(?:라고|라는|라며|란|처럼|고|는)?\s*(?:\S+\s+){0,3}?\S*(?:했|하더라|하던데|하는데|하네|불렀|말했|보냈|달았|달렸|썼|올렸|남겼|들었|듣|욕|채팅|소리|표현|놀림|비하|발언|메시지|문자|댓글|게시)/;
/**
 * A report or a plea around it: how to report or sue, whether it is an offence, a statement for the police, how
 * to tell a teacher (content 95: a third party's words quoted to ask what to do were masked or blocked).
 */
const reportAround =
    /신고|고소|모욕죄|명예\s*훼손|제재|밴\s*사유|절차|진술서|고소장|처벌|증거|캡처|녹음|어떻게\s*(?:말|대처|대응|해야|하면|써야|적)|상담|보호|성립|학교\s*폭력|학폭|담임|선생님께|말씀드려|문제\s*제기|인사팀|삭제\s*요청|가능한가요|되나요|해당하나요/;

/**
 * A phrase a unit test of a filter quotes as its input ("expect(filter('죽여버릴거야')).toBe('block')",
 * "assert is_blocked(\"…\")", an attacker's innocent class, 2026-12-07): the quote opens and closes on its
 * line, the line calls or asserts, and a verdict or a filter is named on it. A fixture's bio quoting abuse
 * at a named person names none (content 95's buried harm).
 */
const testCall =
    /(?:\b(?:expect|assert\w*|it|test|describe|check|should\w*|pytest\.\w+)\s*\(|\bassert\s|\.(?:toBe|toEqual|toMatch|assert\w*)\b|=>\s*\{?)/i;
const verdictNamed =
    /\b(?:block(?:ed|s)?|flag(?:ged|s)?|toxic|harmful|unsafe|reject(?:ed|s)?|moderat\w*|filter\w*|verdict|classif\w*|detect\w*|is_?(?:safe|blocked|harm\w*|toxic))\b|차단|필터|검열|탐지|감지/i;
export function quotedInFilterTest(text: string, start: number, end: number): boolean {
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    let lineEnd = text.indexOf("\n", end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, start);
    const quote = /(['"`‘“])[^'"`‘“’”\n]*$/.exec(before);
    if (quote === null || !/['"`’”]/.test(text.slice(end, lineEnd))) return false;
    const line = text.slice(lineStart, lineEnd);
    return testCall.test(line) && verdictNamed.test(line);
}

/** A bare word listed as an example: after "예:" or "e.g.", between commas, before 등, a ")" or the sentence's end. */
const listItem = String.raw`[^\s,·、/.!?\n'"()]{1,10}`;
const listHead = new RegExp(
    String.raw`(?:^|[\s(])(?:(?:예|예시)\s*[:)]|e\.g\.,?|(?:목록|리스트|list)\s*[-:])\s*(?:${listItem}\s*[,·、/]\s*){0,8}$`,
    "i"
);
const listTail = new RegExp(
    String.raw`^\s*(?:[,·、/]\s*${listItem}\s*){0,8}(?:등(?![가-힣])|같은(?=\s*(?:표현|말|단어|용어|욕|멸칭|비하)|\s*$)|[()]|[.!?]|\n|$|(?:are|is|will|must|should|can)\b)`
);
const listTopic = new RegExp(String.raw`${aboutWords}|허용되지|금지|제재|게시물`, "i");

/**
 * Words listed as examples in a text about such words ("비하하는 게시물은 허용되지 않습니다. 예: 틀딱,
 * 한남충 등"; found from outside, 2026-12-07): two items or more after "예:", nothing but the list up to
 * its end, and a word about words or a rule in the 120 characters before the list.
 */
function listedExample(text: string, start: number, end: number): boolean {
    const line = text.lastIndexOf("\n", start - 1) + 1;
    const before = text.slice(Math.max(line, start - 100), start);
    const head = listHead.exec(before);
    if (head === null) return false;
    let to = end;
    while (to < text.length && to - end < 4 && /[가-힣ㄱ-ㅎ0-9]/.test(text[to])) to++;
    const tail = listTail.exec(text.slice(to, to + 100));
    // Two items or more; or one alone in parentheses ("초성 욕설(예: ㅅㅂ) 탐지 규칙").
    if (tail === null) return false;
    const alone = /^\s*\(/.test(head[0]) && /^\s*\)/.test(tail[0]);
    if (!alone && !/[,·、/]/.test(before.slice(head.index) + tail[0])) return false;
    const listStart = start - before.length + head.index;
    return listTopic.test(text.slice(Math.max(0, listStart - 120), listStart));
}

const wholeList = new RegExp(
    String.raw`^\s*(?:예|예시|e\.g\.)\s*[:)]\s*${listItem}(?:\s*[,·、/]\s*${listItem}){1,8}\s*(?:등|같은\s*(?:표현|말|단어|용어))?\s*[.!?)]?\s*$`,
    "i"
);

/** Whether `sentence` is nothing but a list of examples and the text before it (`before`) is about such words. */
export function exampleList(sentence: string, before: string): boolean {
    return wholeList.test(sentence) && listTopic.test(before);
}

/** Whether the word at `text[start, end)` is quoted to talk about it (see the file comment). */
export function quotedMention(text: string, found: number, end: number): boolean {
    // The whole quoted word: a finding may be its end ("'개새끼'" found as 새끼).
    let start = found;
    while (start > 0 && found - start < 6 && /[가-힣ㄱ-ㅎ0-9]/.test(text[start - 1])) start--;
    const before = text.slice(Math.max(0, start - 60), start);
    if (aimedAtAddressee(text, start, end)) return false;
    if (listedExample(text, start, end)) return true;
    // Quoted and then agreed with ("'개새끼'래 ㅋㅋ 완전 맞는 말"): used, not mentioned.
    if (/^[^.!?\n]{0,30}(?:맞는\s*말|ㅇㅈ|인정|공감|딱\s*맞)/.test(text.slice(end, end + 40))) return false;
    if (titled.test(before) || reportedQuote(text, start, end) || quotedInFilterTest(text, start, end)) return true;
    if (!opening.test(before) || !closing.test(text.slice(end, end + 4))) return false;
    return mentionAfter.test(text.slice(end, end + 80)) || mentionBefore.test(before.replace(/['"‘“`(\[]\s*$/, ""));
}
