// What around a phrase's match makes it no harm (phrases.ts asks for each match): a quote talked
// about, a harm declined or reported, an answer that opens by declining, a treat (커피는 니가 쏴), a
// cook's knife (칼로 찔러 손질). Only the window's text is read, so whole text and every chunking of
// the stream decide alike.
import type { ContentCategory } from "../types";
import { aimedAtAddressee, quotedInFilterTest, quotedMention as wordMentioned, reportedQuote } from "./quotedMention";

/**
 * Words after a phrase, in its sentence, that make it told rather than done: a report, the law, a
 * warning, a victim's account, a quote closed, the news, a story. `unlessTold(extra)` is the
 * negative lookahead a phrase file puts after each of its patterns, with words of its own kind of
 * harm (a scam's warning, a control against data theft).
 */
const toldWords =
    "신고|경찰|고소|처벌|혐의|판결|대처|상담|예방|주의|사례|피해자|당했|당하|받았|들었|['\"’”」]\\s*(?:고|라고|이라고|라는|는)\\s|보도|뉴스|기사|소설|드라마|영화|검거|체포|수사";
/** A negative lookahead: none of `words` (an alternation) in the rest of the match's sentence, up to 40 characters. */
export const unlessAfter = (words: string): string => `(?![^.?!\\n]{0,40}(?:${words}))`;
export const unlessTold = (...extra: string[]): string => unlessAfter([toldWords, ...extra].join("|"));
/** Alternatives, each followed by `unless` (a lookahead such as {@link unlessTold}'s). */
export const eachUnless = (parts: readonly string[], unless: string): string =>
    parts.map((p) => `(?:${p})${unless}`).join("|");

/** Objects in developer text that are "killed", "shot" or "bombed" without harm to anyone. */
export const programObject =
    /(?:프로세스|스레드|쓰레드|서버|컨테이너|작업|잡|태스크|세션|테스트|데몬|워커|인스턴스|파드|빌드|탭|앱|애플리케이션|프로그램|연결|커넥션|쿼리|요청|버그|노드|브라우저|크롬|쉘|셸|터미널|서비스|큐|타이머|루프|함수|게임|캐릭터|몬스터|좀비|적|보스|모기|바퀴벌레|벌레|잡초|시간|분위기|코루틴|고루틴|소켓|포트|핸들|리스너|(?<![@a-z0-9_.-])[a-z][a-z0-9_.-]*|메시지|이벤트|알림|푸시|패킷|신호|시그널|플레이어|클라이언트|에이전트|봇|플러그인|드라이버|모듈|process|thread|job|task|pod|server|container|session|daemon|worker|node|app|bug|player|client|agent|bot)\s*(?:을|를|은|는|도|이|가|만)?\s*(?:[^\s.?!]+[ \t]+){0,2}$/;
/** The same objects without a bare Latin word: before a threat, "PM", "CTO" or a handle is a person. */
export const programWord = new RegExp(programObject.source.replace("|(?<![@a-z0-9_.-])[a-z][a-z0-9_.-]*", ""));

/**
 * A threat or a wish quoted as words to talk about ("NPC 대사 '죽고 싶냐'를 순화해 주세요",
 * "'죽여버린다'라는 표현은 쓰지 마세요"): the quote closes right after the match, a particle makes it
 * the object or the name of something, and a word about wording follows. Not a quote passed on
 * ("'죽여버린다'라고 전해"): 라고 is not such a particle. Only the window's text is read, so
 * whole text and every chunking of the stream decide alike.
 */
function quotedMention(lower: string, start: number, end: number): boolean {
    if (reportedQuote(lower, start, end) || quotedInFilterTest(lower, start, end)) return true;
    // A character's line in a story ("악당은 '죽여버리겠다'고 외쳤지만 주인공은 …").
    if (
        /(?:악당|주인공|범인|살인마|괴물|마왕|등장\s*인물|캐릭터|그는|그녀는|노인은|소년은|소녀은)[^.?!\n]{0,20}['"‘“][^'"’”\n]{0,8}$/.test(
            lower.slice(Math.max(0, start - 40), start)
        ) &&
        /^[^'"’”\n]{0,8}['"’”]\s*(?:이?라?고)\s*(?:외쳤|소리쳤|말했|중얼거|으르렁|협박했|위협했|속삭였)/.test(
            lower.slice(end, end + 30)
        )
    )
        return true;
    if (!/['"‘“「『<《〈][^'"’”」』>》〉\n]{0,8}$/.test(lower.slice(Math.max(0, start - 12), start))) return false;
    if (aimedAtAddressee(lower, start, end)) return false;
    // (A left quote closes it too, as some keyboards and models write: ‘죽여버리겠다‘는.)
    return /^[^'"’”‘“」』>》〉\n]{0,8}['"’”‘“」』>》〉]\s*(?:를|을|라는|이라는|란|이란|는|은|같은|처럼|등의?|와|과)\s*(?:\S+\s+){0,3}?(?:말|신호|대사|문구|표현|말투|문장|단어|메시지|댓글|욕설|순화|번역|수정|바꿔|바꾸|고쳐|검토|필터|차단|금지|신고|예시|예문|쓰지|포함|감지|탐지|분류|가사|노래|제목|비유|은유|의미|뜻|실제로|문자|협박|악플|위반|처벌|범죄)/.test(
        lower.slice(end, end + 40)
    );
}

/** What follows a harm the writer declines or reports ("폭탄 제조 방법은 알려 드릴 수 없습니다", "'죽여 버린다'고 말한 혐의로"). */
const declined =
    /^[^.?!\n]{0,40}?(?:(?:알려|가르쳐|도와|안내해|제공해|설명해)\s*(?:드릴|줄)\s*수\s*(?:없|가\s*없)|(?:작성|생성|제공|묘사)(?:해\s*드릴|할)\s*수\s*(?:없|가\s*없)|(?:작성|생성|제공|묘사|출력)(?:하지|하지는)\s*않(?:습니다|아요|는다|음)|(?:답변|안내|설명|도움)(?:을\s*)?(?:해\s*)?\s*(?:드리기|하기)\s*(?:어렵|힘들)|(?:만들|만들어\s*드릴|생성할|작성할)\s*수\s*(?:없|가\s*없)(?:습니다|어요)|can(?:not|'t)\s+(?:help|provide|share|explain))|^\s*(?:에\s*(?:관한|대한)\s*(?:구체적인\s*|자세한\s*)?(?:안내|정보|답변|요청)(?:는|은|에는)|\)\s*(?:은|는|이|가)\s)|^[^.?!\n'"’”」』]{0,12}['"’”」』]\s*(?:고|라고|라는|는)\s*(?:\S+\s+){0,3}?\S*(?:혐의|발언|판결|입건|기소|협박죄|진술|고소)/;

/** A threat the writer reports receiving ("사진을 … 퍼뜨린다고 협박해요", "죽인다고 위협했어요"). */
const threatReceived =
    /^[^.?!\n]{0,6}?고\s*(?:\S+\s+)?(?:협박|위협)(?:해요|했어요|합니다|했습니다|하는데|하네요|을\s*받|받|당하|당했)/;

/** A crime reported ("권총을 만든 혐의로 … 검거했다"): what follows names the charge or the arrest. */
const reported = /^[^.?!\n]{0,40}?(?:혐의(?:로|를|가|는)|(?:검거|체포|구속|입건|기소|송치)(?:했|됐|되었))/;

/** An answer that opens by declining ("죄송하지만 폭탄 제조 방법은 …"): what follows names the harm, it does not give it. */
const apology = /(?:죄송하지만|죄송합니다만?|죄송해요|미안하지만|유감이지만|i'?m\s+sorry,?\s+but)[^.?!\n]{0,30}$/;

/** A treat bought (커피는 니가 쏴, 오늘 점심은 내가 쏜다): 쏘다 of paying, not of shooting. */
const treat =
    /(?:커피|밥|술|점심|저녁|한턱|치킨|피자|회식|음료|디저트|아이스크림|택시비|간식|아아)(?:은|는|도|값은|값)?\s*(?:\S+\s+)?$/;
/** A cook's knife: what it does is preparing food (랍스터는 … 칼로 빠르게 찔러 손질). */
const cooking = /^\s*(?:\S+\s+){0,3}?\S*(?:손질|요리|조리|썰|다듬|익히|굽|끓이|끓여|삶|육수|국물|양념|반죽)/;

/** A story told about a harm ("화학 교사가 마약 제조자로 변해 가는 이야기입니다"), not a way to do it. */
/** A scammer's line quoted and named for what it is ("'… 안전계좌로 이체하세요'라는 전화는 100% 보이스피싱입니다"). */
const scamNamed =
    /^[^\n]{0,6}['"’”」]\s*(?:이?라는|이?란|하는)\s*(?:전화|문자|메시지|연락|말)(?:은|는|을|를)?\s*(?:\S+\s+){0,3}?(?:사기|보이스\s*피싱|스미싱|피싱)/;

const narrative =
    /^[^.?!\n]{0,30}?(?:이야기(?:입니다|이다|예요|야|를\s*그린)|줄거리|(?:을|를)\s*다룹니다|다룬\s*(?:영화|드라마|작품|소설))/;

/** A claim about a group named to refute it ("… 범죄자라는 주장은 근거 없는 편견이며 혐오 표현입니다"). */
const refuted =
    /^[^.?!\n]{0,30}?(?:라는|이라는|다는)\s*(?:주장|말|생각|편견|고정\s*관념|표현|발언|인식|글)(?:은|는|이|도)?\s*(?:\S+\s+){0,3}?\S*(?:근거\s*없|편견|혐오|차별|사실이\s*아닙|틀렸|잘못)/;

/**
 * A rule about content that names the harm ("… 묘사하는 콘텐츠는 즉시 삭제하고 신고한다", "… 공유하는 게시물은
 * 삭제 대상입니다"), or a policy's clause before it ("운영 정책 제3조:", "신고 사유:").
 */
const moderated =
    /^(?:[^.?!\n]{0,60}?(?:게시물|게시글|콘텐츠|컨텐츠|정보|글|영상|사진|자료|행위|계정|발언|언행|등))?(?:은|는|을|를|도)?\s*(?:\S+\s+){0,3}?(?:즉시\s*)?(?:삭제(?:\s*대상|합니다|한다|하고|하며|됩니다|된다|\s*조치)|신고(?:한다|합니다|하세요|\s*대상)|금지(?:한다|합니다|됩니다|된다|\s*대상|\s*사항)|제재(?:합니다|한다|\s*대상|\s*사유)|징계\s*(?:사유|대상)|이용\s*정지|허용(?:되지|하지)\s*않|(?:영구\s*|계정\s*)?정지\s*(?:사유|대상|됩니다|처리)|(?:즉시\s*)?제한(?:됩니다|돼요|\s*대상|\s*사유)|(?:삭제|차단)\s*사유)/;
const policyBefore =
    /(?:(?:응답|답변|콘텐츠|보안|사용)\s*정책\s*:|운영\s*정책|이용\s*약관|커뮤니티\s*(?:규칙|가이드)|가이드라인|판단\s*기준|신고\s*사유|금지\s*(?:사항|행위|대상)|제\s*\d+\s*조)[^.?!\n]{0,40}$/;

/**
 * A work's plot told ("『오셀로』에서 오셀로는 … 아내를 목 졸라 죽인다", "『죄와 벌』의 라스콜니코프는 … 살해한 뒤"):
 * a title in 『』「」《》 before, nobody addressed. (The classifier learnt from comments, not from plots.)
 */
const workTitle = /[『「《〈][^』」》〉\n]{1,30}[』」》〉]/;
const addressee = /(?<![가-힣])(?:너|넌|널|니|네가|니가|당신|너희|니네)(?![가-힣])|\byou\b/i;
export function storyTold(text: string): boolean {
    return workTitle.test(text) && !addressee.test(text);
}

/** One word in quotes (not a title's 「」, which an assistant's draft uses too), mentioned as the lexicon's words are. */
function oneQuotedWord(lower: string, start: number, end: number): boolean {
    return (
        !/\s/.test(lower.slice(start, end)) &&
        /['"‘“]$/.test(lower.slice(Math.max(0, start - 1), start)) &&
        wordMentioned(lower, start, end)
    );
}

/** What slang praises by saying it "kills": a skill, a taste, a view. */
const praised =
    /(?:실력|맛|노래|분위기|뷰|경치|야경|춤|연기|목소리|가창력|솜씨|퀄리티|음색|무대|국물|비주얼)\S*\s*(?:\S+\s+)?$/;

/** A game's mechanics: points, damage, a hit check, a spawn (not a bare "enemy", which may be a person). */
const gameRules =
    /(?<![a-z])(?:hp|mp|fps|rpg|npc)(?![a-z])|체력(?:이|을)?\s*(?:\d|감소|깎)|경험치|데미지|대미지|즉사\s*(?:판정|처리)|(?:히트|피격)\s*(?:박스|판정)|리?스폰|쿨\s*타임|몬스터|(?<![가-힣])몹(?![가-힣])|헤드샷|킬\s*(?:수|카운트|로그)|게임\s*(?:로직|규칙|룰|밸런스|엔진)/;

/** Whether the match at [start, end) of lower-cased `lower` is no harm for the context around it. */
export function innocentContext(lower: string, start: number, end: number, category: ContentCategory): boolean {
    const before = lower.slice(Math.max(0, start - 40), start);
    const after = lower.slice(end, end + 40);
    // A phrase that is one quoted word (뒷담방, 키스방) is mentioned as the lexicon's words are: in a list of
    // banned words, a definition, a report (found from outside: "금칙어 목록 ['셔틀', '뒷담방']").
    if (category !== "dangerous" && (quotedMention(lower, start, end) || oneQuotedWord(lower, start, end))) return true;
    if (declined.test(after) || reported.test(lower.slice(end, end + 60)) || threatReceived.test(after)) return true;
    if (moderated.test(lower.slice(end, end + 80)) || policyBefore.test(lower.slice(Math.max(0, start - 60), start)))
        return true;
    if (category === "hate" && refuted.test(lower.slice(end, end + 80))) return true;
    if (category === "dangerous" && (apology.test(before) || narrative.test(after) || scamNamed.test(after)))
        return true;
    const sentenceBefore =
        lower
            .slice(Math.max(0, start - 80), start)
            .split(/[.?!\n]/)
            .pop() ?? "";
    // Told in the plot's present ("… 죽인다", "… 살해한 뒤"), not promised or urged ("죽여 버릴 거야", "죽여라").
    const told = !/(?:겠|거|꺼|게|께|테|라|자|줄|버릴|버린다)/.test(lower.slice(Math.max(start, end - 4), end + 6));
    if (
        (category === "violence" || category === "harassment") &&
        told &&
        storyTold(sentenceBefore + lower.slice(start, end))
    )
        return true;
    if (category === "violence" && /쏴\s*$/.test(lower.slice(start, end)) && treat.test(before)) return true;
    // A game's rules told: a shot or a stab with its points, damage or hit check ("플레이어가 적을 총으로 쏘면 HP가
    // 10 감소합니다", "FPS 게임에서 적을 칼로 찌르면 즉사 판정", an attacker, 2026-12-07).
    if (category === "violence" && told && gameRules.test(`${before} ${after}`)) return true;
    // A line quoted from a scene ("'다 죽여버리겠다'고 외치는 장면이 명장면이지", atk80).
    if (
        /^[^\n]{0,6}['"’”]\s*(?:이?라?고|하고)\s*(?:외치|말하|소리치|속삭이|협박하)\S*\s*(?:\S+\s+)?(?:장면|대사|신|씬)/.test(
            lower.slice(end, end + 40)
        )
    )
        return true;
    // Slang praise: a voice, a taste or a view that "kills" ("부장님 노래 실력 죽여줬음 ㅋㅋ", content 77; "국밥 맛이
    // 쥑이네!", in dialect, content 85).
    if (
        category === "violence" &&
        praised.test(before) &&
        (/^\S*(?:줬|준다|주네|줌|줘요|주더라|주는|줍니다)/.test(lower.slice(end - 2, end + 6)) ||
            (/[죽쥑]이$/.test(lower.slice(start, end)) && /^(?:네|는데|더라|제|데이|노)/.test(after)))
    )
        return true;
    // "와 마 니 진짜 쥑이네!": exclaimed of anyone, "kills" is praise (a threat says 죽인다, 죽일 거야; an attacker, 2026-12-07).
    if (
        category === "violence" &&
        /[죽쥑]이$/.test(lower.slice(start, end)) &&
        /^네(?:요|예)?(?:[!~.?ㅋㅎ]|\s*$|\s+(?:그|이|진짜|와|ㅋ))/.test(after)
    )
        return true;
    return category === "violence" && cooking.test(after);
}
