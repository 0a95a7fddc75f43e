// Context rules that stand in for a Korean morphological analyser: whether a lexicon
// word found in the text is really that word. Korean glues endings and particles to
// stems, so the same syllables are abuse in one reading and ordinary grammar in
// another:
// - a verb stem + the connective -지 before a negation is not a noun ("로그를 보지
//   않고", "잠을 자지 못해"): entries ending in 지 followed by 않/못/말/마 or by a
//   verbal ending (보지만, 자지도) are innocent;
// - a syllable pair inside a longer word is not the word ("노무사", "애미넴",
//   "살펴보지"): weak entries — everyday words or syllables that abuse shares with
//   ordinary vocabulary — must start a word and be followed only by a particle or a
//   noun-forming suffix;
// - a few entries need their own reading ("새끼손가락" and an animal's 새끼, a screen
//   that 꺼지면, "자살 예방" as a topic, "미친 듯이" as "like mad").
// Why rules and not an analyser: the light npm analysers need a dictionary of tens of
// MB (kiwi-nlp's model) or a native MeCab; these rules cost a regular expression per
// hit, and only on the few percent of sentences with a hit.
import { homographReading } from "./homographs";
import { quotedMention } from "./quotedMention";
import { pestRidding } from "./pestWords";
import { drugNamedFoods } from "./drugTrade";

/** Lexicon entries that are words for a topic or everyday words, never matched (see phrases.ts for harms). */
export const notAbuse = new Set(["자살", "삐걱", "뚝배기", "찍찍이", "꼴랑", "쉰내", "김여사", "오크", "노무노무"]);

/** Entries that are abuse only as a whole word ("노무" not in "노무사", "보지" not in "살펴보지"). */
const weak = new Set([
    "보지",
    "자지",
    "노무",
    "애미",
    "시녀",
    "정병",
    "성괴",
    "창남",
    "한녀",
    "한년",
    "은년",
    "딴년",
    "런년",
    "친년",
    "손놈",
    "와꾸",
    "첫빠",
    "풀발",
    "허벌",
    "로린",
    "망돌",
    "롬들",
    "시바",
    "절라",
    "처먹",
    "입털",
    "눈나",
    "발놈",
    "개넷",
    "개련",
    "배빵",
    "조온",
    "엑윽",
    "웅앵",
    "웅엥",
    "이기야",
    "좁밥",
    "텐덕",
    "퍄퍄",
    "핑끄",
    "흉자",
    "보라니",
    "도른",
    "도랏",
    "도랐",
    "빻은",
    "빻았",
    "머갈",
    "꼴보기",
    "그나물에",
    "누보햄",
    "별창",
    "싸개",
    "펨베",
    "펨코",
    "시방새",
    "꼬추",
    "소추",
    "섬숭이",
    "노알라",
    "엠생",
    "닥1",
    "닥2",
    "존1",
    "쫀1",
    "레친",
    "정신나갔",
    "정신나갓",
    "글러먹",
    "덜떨어",
    "까내리",
    "이따위",
    "설거지론",
    "삼일한",
    "상폐녀",
    "개소리",
    "쪼다",
    "찌질",
    "졸라",
    "꺼지",
    "꺼져",
    "꺼져요",
    "닥치세"
]);

/** What may follow a weak entry inside its word: particles, plural, copula, noun suffixes. */
const nounTail =
    /^(?:이|가|을|를|은|는|야|아|들|도|만|냐|니|임|이다|이냐|이네|이고|같은|같이|같네|새끼|놈|년|짓|질|랑|이랑|하고|한테|에게|의|로|으로|처럼|보다|요|세요|라|셈|쇼|시지|세|네|다|답다|답게|라서|이라서)?$/;
const hangulSyllable = /[\uAC00-\uD7A3\u3131-\u318E]/;
/** After a verb stem + -지: a negation, or a suggestion or shrug ("보지 그래", "보지 그랬어", "보지 뭐"). */
const negation = /^\s*(?:않|안\s|못|말|마|그래|그랬|그러|그럼|뭐)/;
/** Verb stems + -지 among the entries (보다, 자다, 꺼지다 …): an attached ending makes them verbs. */
const verbStemJi = new Set(["보지", "자지", "꺼지", "뒤지", "디지"]);
const verbalEnding = /^(?:만|요|도|는|고|며|면|게|기|지|잖|죠|다|않)/;

/** The rest of the word after `end` (Hangul syllables only). */
function wordTail(text: string, end: number): string {
    let j = end;
    while (j < text.length && hangulSyllable.test(text[j])) j++;
    return text.slice(end, j);
}

/** Animals named as words (a one-syllable name must stand alone: 소 is in 장소, 말 in 끝말). */
const animalWord = new RegExp(
    "(?:개구리|올챙이|연어|송어|거북이?|악어|캥거루|코알라|판다|기린|코끼리|얼룩말|사슴|펭귄|수달|물개|고래|돌고래|상어|원숭이|다람쥐|염소|고양이|강아지|토끼|햄스터|돼지|사자|호랑이|여우|늑대|오리|병아리|참새|제비|독수리|부엉이|올빼미|까치|비둘기|물고기|동물|짐승|암캐|암소|암탉|어미|진돗개|풍산개|푸들|리트리버|말티즈|비글|시바견|반려견|반려묘|(?<![가-힣])(?:개|소|말|닭|양|쥐|새|곰|뱀|벌|게|새우)(?=[가는도의와과이를을은]?(?![가-힣])))"
);
/** Words of birth and rearing around a young animal. */
const rearing =
    /부화|낳|품(?:은|던|고)|기르|갓\s*태어난|태어난|출산|산란|번식|둥지|젖(?:을|먹|\s*먹)|사료|성견|성묘|어미|수유|분양|입양/;
const lastWord = (text: string) => /\S*\s*$/.exec(text)?.[0] ?? "";
/** Who an insult with 새끼 points at: 이/저/그, you, or a likeness ("개 같은"). */
const pointed = /(?:(?<![가-힣])(?:이|저|그|너|니|넌|네|당신|이런|저런|그런)|같은|같이|만도\s*못한)\s*$/;

/** Entry-specific readings: the young of an animal, a small finger, a screen turning off. */
function innocentReading(text: string, start: number, end: number, entry: string): "reading" | "weak" | undefined {
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 12);
    if (entry.startsWith("새끼") || entry === "새끼") {
        if (/^\s*(?:손가락|발가락|줄|손|발|치기|손톱|발톱)/.test(after)) return "reading";
        // "새끼 노드(child node)": a tree's child, a process's child.
        if (/^\s*(?:노드|프로세스|스레드|요소|엘리먼트|창|윈도우|태스크|객체)/.test(after)) return "reading";
        if (
            /^\s*(?:를|을|는|가)?\s*(?:\S*\s*마리(?:를|나|가)?\s*)?(?:낳|배|밴|뱄|가졌|가진|키우|돌보|분양|입양)/.test(
                after
            )
        )
            return "reading";
        // An animal named in the sentence before, or its birth and rearing around it ("연어는 … 부화한
        // 새끼가", "개구리 새끼인 올챙이", "새끼용과 성견용"), with a particle or a noun suffix after it.
        const sentenceBefore =
            text
                .slice(Math.max(0, start - 40), start)
                .split(/[.?!\n]/)
                .pop() ?? "";
        if (
            /^(?:들)?(?:이|가|을|를|은|는|과|와|의|에게|한테|도|만|인|였|이었|로|으로|까지|부터|용|때|\s)/.test(
                after
            ) &&
            // After a verb's modifier ("학대하는 새끼들"), only birth or rearing says it is an animal's.
            ((animalWord.test(sentenceBefore) &&
                (animalWord.test(lastWord(sentenceBefore)) || !/[는던은한]\s*$/.test(sentenceBefore))) ||
                rearing.test(sentenceBefore) ||
                rearing.test(after)) &&
            !pointed.test(text.slice(Math.max(0, start - 12), start).replace(/\s+$/, ""))
        )
            return "reading";
        if (
            /^\s+(?:돼지|고양이|강아지|새|물고기|곰|사자|호랑이|여우|늑대|오리|병아리|닭|양|쥐|거북|토끼|판다|기린|코끼리|얼룩말|사슴|펭귄|수달|물개|고래|원숭이|캥거루|다람쥐|염소)/.test(
                after
            )
        )
            return "reading";
        // An animal earlier in the sentence and its young with a particle ("사자는 얼룩말을 새끼들과 나눠 먹는다").
        if (
            /^들?(?:과|와|을|를|이|에게|한테)\s/.test(after) &&
            /(?:사자|호랑이|곰|늑대|여우|고양이|강아지|개가|돼지|판다|기린|코끼리|얼룩말|펭귄|수달|고래|원숭이|새들?이|어미)/.test(
                before
            ) &&
            !/(?<![가-힣])(?:너|니|넌|당신|이|저|그)\s+$/.test(before)
        )
            return "reading";
        // An animal before it, with or without a particle ("새와 새끼", "고양이의 새끼"), or after it ("새끼 고양이").
        if (
            /(?:(?<![가-힣])개(?:가|는|도)|돼지|고양이|강아지|진돗개|풍산개|시바견|푸들|리트리버|말티즈|비글|새|물고기|동물|곰|사자|호랑이|여우|늑대|오리|닭|소|말|양|쥐|개의|어미)(?:의|와|과|가|는|도)?\s*$/.test(
                before
            ) &&
            !/(?<![가-힣])(?:너|니|넌|당신|저|이|그)\s+(?:\S+\s+)?$/.test(before)
        )
            // Glued ("쥐새끼 같은 놈") it is an insult as often: not proof enough for the classifier.
            return /(?:의|와|과|가|는|도|\s)$/.test(before) ? "reading" : "weak";
    }
    // "새 키 생성", "SSH 새 키": a new key, the two words spaced as written; "이 새 키야" stays.
    if (
        (entry === "새키" || entry === "새끼") &&
        /^새\s+[키끼]$/.test(text.slice(start, end)) &&
        !/^\s*(?:야|들|같|놈|아)/.test(after)
    )
        return "reading";
    // "영향을 미친 년도는": 년도, a year, after a verb's modifier; "미친 년도 있다" stays.
    if (/년$/.test(entry) && /^도(?:는|가|를|을|에|별|의|와|부터|까지|이다|입니다|\s*\d)/.test(after)) return "reading";
    // "5개년 계획": a plan of N years.
    if (entry === "개년" && /(?:\d|몇|[일이삼사오육칠팔구십])\s*$/.test(before)) return "reading";
    // "닥쳐오는 마감", "닥쳐올 장애": 닥치다, to draw near (of a deadline, a failure); "닥쳐!" stays.
    if (entry.startsWith("닥쳐") && /^(?:오|올|온|와|옵|왔|서야)/.test(after)) return "reading";
    // "미친 듯이 빠른": like mad, an idiom about a thing's speed or effort; "미친 척하고 지원했어": took the
    // plunge (feigning madness, of oneself). Nobody is called mad.
    if (text.slice(start, end) === "미친" && /^\s*(?:듯|척\s*(?:하고|해\s*보|하며|했|한\s*번))/.test(after))
        return "reading";
    // "미친 속도의 M3 칩", "미친 성능", "미친 가격": praise of a thing's speed or value, nobody is called mad.
    if (
        text.slice(start, end) === "미친" &&
        /^\s*(?:속도|성능|가성비|퀄리티|스펙|최적화|존재감|개발\s*속도|가격|할인|딜|세일|맛|비주얼|화질|음질|연출|라인업)/.test(
            after
        )
    )
        return "reading";
    // "시발 택시", "시발 역": 始發, the first departure, written with a space (시발역 is whitelisted).
    if (
        entry === "시발" &&
        text.slice(start, end) === "시발" &&
        /^['"’”]?\s+(?:택시|역|점|버스|열차|기차|전철|노선|자동차|차|시각|시간|시점|노드|지점|정류장|정거장|터미널)(?:에서|에|을|를|이|가|은|는|의|으로|로|까지|부터)?(?![가-힣])/.test(
            after
        )
    )
        return "reading";
    // "병신년에 태어났다", "2016년은 병신년": 丙申年, a year of the sexagenary cycle.
    if (
        entry === "병신" &&
        /^년(?:\s*[(（]丙申|에\s*(?:태어|출생|생|일어|있었|\S+(?:이|가)\s*일어)|생|도|의\s*해|이었|은\s*\d)/.test(after)
    )
        return "reading";
    if (entry === "병신" && /^년/.test(after) && /\d{4}\s*년?\s*(?:은|는|이|가)?\s*$/.test(before)) return "reading";
    // "몸캠피싱 피해": a scam's name, warned about; "'급식충' 같은 … 표현": a slur quoted to talk about it.
    if (entry === "몸캠" && /^\s*피싱/.test(after)) return "reading";
    if (quotedMention(text, start, end)) return "reading";
    // "개같이 벌어서 정승같이 쓴다": a proverb about earning hard and spending well.
    if (/^[^\s]{0,2}\s*벌어서\s*정승/.test(after)) return "reading";
    // "리벤지 포르노 관련 신고는 … 검토합니다": a kind of abuse named as what is reported or prevented.
    if (
        /^(?:포르노|야동|음란물|몸캠)$/.test(entry) &&
        /^\s*(?:관련\s*)?(?:신고|삭제|피해|범죄|처벌|예방|방지|근절|검토|차단|금지|유포\s*(?:금지|피해|방지|범죄)|사범|단속|수사)/.test(
            after
        )
    )
        return "reading";
    // "가족까지", "부족까지", "만족까지"; "감염병", "전염병", "비염병원": the syllables end another word.
    // "내가 봐도 쓰레기네", "제 코드가 쓰레기네": the writer's own work, put down by the writer.
    if (/레기/.test(entry) && /(?:내가|제가|나는|저는|내|제)\s*(?:\S+\s+){0,2}\S{0,2}$/.test(before)) return "reading";
    if ((entry === "족까" || entry === "염병") && start > 0 && /[가-힣]/.test(text[start - 1])) return "reading";
    // "영향을 미친", "피해를 미친": 미치다, to reach or affect, with its object before it.
    if (text.slice(start, end) === "미친" && /(?:영향|악영향|손길|힘|피해|효과|파급)(?:을|를|이|도)?\s*$/.test(before))
        return "reading";
    // "미친 가격", "가성비 미친 노트북": praise of a thing; not "미친 놈", "미친 거 아냐", nor a bare "미친!".
    if (
        text.slice(start, end) === "미친" &&
        /^\s+[가-힣a-z0-9]/i.test(after) &&
        !/^\s+(?:놈|년(?!도(?:는|가|를|을|에|별|의|와|부터|까지|이다|입니다|\s*\d))|새|색|넘|인간|사람|녀석|자식|것|거|애|얘|쟤|여자|남자|개|짓|소리|말|생각|친구|ㄴ|x|[ㅋㅎ])/i.test(
            after
        ) &&
        !/(?:너|니|넌|이|저|그|야)\s*$/.test(before)
    )
        return "reading";
    // "목을 졸라": strangling (a threat phrase judges it), not the intensifier 졸라.
    if (entry === "졸라" && /목을?\s*$/.test(before)) return "reading";
    // "김치녀석!" (녀석, a fellow), "한남충전소" (충전, charging): the slur's last syllable begins another word.
    if (/녀$/.test(entry) && /^석/.test(after)) return "reading";
    if (/충$/.test(entry) && /^(?:전|격|돌|분|실|족|치)/.test(after)) return "reading";
    // "사진을 보내라고 계속 졸라요", "사 달라고 졸라서": 조르다, to pester, not the intensifier 졸라.
    if (
        entry === "졸라" &&
        (/^(?:요|서|대|댔|댄|도\s|야\s*(?:해|돼))/.test(after) ||
            /(?:라고|자고|달라고)\s*(?:계속\s*|자꾸\s*)?$/.test(before))
    )
        return "reading";
    // "화면이 꺼져요", "전원이 꺼지면": a thing as subject is switched off, nobody is told to get lost.
    if (entry.startsWith("꺼지") || entry.startsWith("꺼져")) {
        // "꺼져 있음", "꺼져 버렸다", "꺼져서": a state or an event, not an order.
        if (/^\s*(?:있|버리|버렸|버린|서|도|야\s*(?:해|합|하))/.test(after)) return "reading";
        if (/(?:이|가|은|는|도|면|고)\s*$/.test(before) && !/(?:너|니|넌|당신|넌|너희|니들|느그)\S*\s*$/.test(before))
            return "reading";
        // "화면이 자동으로 꺼져요", "모니터가 자꾸 꺼지네": a subject a few words back, no one addressed.
        // Not an order ("꺼져라", "꺼져 버려"), nor after a question's subject ("뭐가 감사하냐 꺼져라").
        const clause = /(?:^|[.!?\n])([^.!?\n]*)$/.exec(before)?.[1] ?? before;
        const words = clause.trim().split(/\s+/).slice(-3);
        const subject = (w: string) =>
            /^[가-힣a-zA-Z0-9-]{1,12}(?:이|가|은|는)$/.test(w) &&
            !/^(?:너|니|넌|당신|너희|니들|느그|네|니가|너가|뭐|누|어디|왜|무엇)/.test(w);
        if (!/^(?:라|\s*버려|\s*!)/.test(after) && words.some(subject)) return "reading";
    }
    return undefined;
}

/**
 * Whether the lexicon entry `entry`, found at `text[start, end)`, reads as an ordinary
 * word here (see the file comment).
 */
export function innocentInContext(text: string, start: number, end: number, entry: string): boolean {
    return innocentReadingOf(text, start, end, entry) !== undefined;
}

/**
 * Why the entry reads innocently here: "reading" — a rule recognised the ordinary word
 * (a verb before a negation or with a verbal ending, an animal's young, a deadline that
 * 닥쳐오다); "weak" — a weak entry not standing as its own word, which proves only that
 * the lexicon cannot tell. undefined: it reads as the listed word.
 */
export function innocentReadingOf(
    text: string,
    start: number,
    end: number,
    entry: string
): "reading" | "weak" | undefined {
    const last = entry[entry.length - 1];
    if (last === "지" && negation.test(text.slice(end, end + 4))) return "reading";
    if (verbStemJi.has(entry) && verbalEnding.test(text.slice(end, end + 2))) return "reading";
    // 뒤지다 "to search" after its object ("서재를 뒤졌다"), not 뒈지다 "to die".
    if (/^뒤[지졌져]/.test(entry) && /[을를]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return "reading";
    // The word glossed by its Hanja, one per syllable: the Sino-Korean word ("시발(始發)", the 1955 car).
    if (new RegExp(`^\\([\\u4E00-\\u9FFF]{${end - start}}\\)`).test(text.slice(end, end + 12))) return "reading";
    const reading = innocentReading(text, start, end, entry) ?? homographReading(text, start, end, entry);
    if (reading !== undefined) return reading;
    if (!weak.has(entry)) return undefined;
    if (start > 0 && hangulSyllable.test(text[start - 1])) return "weak";
    return nounTail.test(wordTail(text, end)) ? undefined : "weak";
}

/**
 * Everyday nouns the classifier learnt as signs of hate or abuse because hateful comments use
 * them (남자, 여자, 외국인), where they are plainly neutral — a list of groups ("남자 / 여자") or
 * a group's users, staff or facilities ("여자 화장실", "외국인 노동자 대상") — and words whose
 * syllables it reads as a swear word (씨앗 발아): a sentence it flags is judged again without
 * them. Elsewhere they stay evidence (gender-biased comments are much of what it must find).
 */
const demographic =
    "(?:(?:동남아|동남아시아|중국|베트남|필리핀|인도|몽골|네팔|러시아|아프리카|중동|조선족|해외)\\s*(?:출신|국적)|남자|여자|남성|여성|외국인|장애인|이민자|노인|흑인|백인|아시아인|동양인|무슬림|유대인|동성애자|성소수자|여자아이|남자아이|여학생|남학생|고령자)";
const neutralNoun =
    "(?:화장실|개발자|엔지니어|모임|사용자|회원|고객|직원|대상|전용|선택|비율|통계|아이콘|버튼|채용|지원자|참가자|커뮤니티|노동자|근로자|유저|탈의실|기숙사|환자|전용석|우대|고용|얼굴|음성|화자|인식|정확도|편향|데이터|데이터셋|표본|샘플|분포|비중|드롭다운|옵션|계정|프로필|대표성|관광객|방문객|손님|유학생|학생|주민|선수|참여자|관람객|등록|비자|입국|정책)";
const neutralMentions = new RegExp(
    `${demographic}(?:들)?(?=\\s*(?:${neutralNoun}|[/,·]?\\s*${demographic}))|(?<=${demographic}\\s*[/,·]?\\s*)${demographic}|성별|씨앗|발아|(?<=(?:고추|호박|수박|참외|해바라기|꽃|채소|상추|깨|들깨|오이|토마토)\\s*)씨(?=\\s*(?:팔|를|을|뿌|심|사|받|발라|빼|뱉))|마약(?=\\s*(?:${drugNamedFoods}))`,
    "g"
);

/**
 * Technical prose the classifier reads as family abuse or violence: kinship words that name a
 * place in a tree ("자식 프로세스", "부모 노드", "형제 요소") and a verb of killing whose object is a
 * program ("프로세스를 죽이고", "컨테이너를 죽여"). Only the sense words go, so a sentence that
 * is abusive besides ("니 부모를…") stays flagged.
 */
const treeNoun =
    "(?:프로세스|스레드|쓰레드|노드|요소|엘리먼트|컴포넌트|클래스|창|윈도우|디렉터리|디렉토리|폴더|태그|뷰|위젯|객체|오브젝트|테이블|브랜치|커밋|모듈|패키지|인터페이스|타입|레코드|항목|아이템|셀|경로|작업|태스크|리소스|트리|파드|컨테이너|엔티티|메뉴|레이아웃|라우트|스코프|셸|쉘|process|thread|node|element|component|class|window)";
const kinInTree = new RegExp(
    `(?<![가-힣])(?:부모|자식|자녀|형제|자매|조상|자손|후손|손자|손주)(?=\\s*(?:${treeNoun}|(?:와|과|랑|이나|나|및|,|/)\\s*(?:부모|자식|자녀|형제|자매|조상|자손|후손|손자|손주)\\s*${treeNoun}))`,
    "g"
);
const programKill = new RegExp(
    `(?<=(?:${treeNoun}|서버|세션|데몬|워커|인스턴스|잡|앱|애플리케이션|프로그램|연결|커넥션|쿼리|요청|빌드|탭|루프|타이머|코루틴|고루틴|소켓|포트|핸들|리스너|[a-z][a-z0-9_.-]*)\\s*(?:을|를|은|는|도|이|가|만|들을|들은|들이|까지)?\\s*(?:\\S+\\s+){0,2})(?:죽이|죽여|죽인|죽일|죽었|죽는|죽을|죽어|살리|살려|살린|살아|kill)`,
    "g"
);

/** A harm named as what is prevented, reported or studied ("미성년자 성범죄 예방", "자해 위험 신호 탐지"). */
const harmAsTopic =
    /(?:욕설|악플|성범죄|성폭력|성폭행|성추행|성희롱|성착취|성매매|학대|폭력|자살|자해|마약|혐오\s*표현|혐오|음란물|스토킹|괴롭힘|따돌림)(?=\s*(?:\S+\s+)?(?:예방|방지|신고|대응|교육|피해자?|상담|탐지|감지|근절|처벌|통계|센터|정책|가이드|위험\s*신호|중독|치료|재활|단속|수사|밀수|사범|투약|검거|혐의|처방|퇴치|걸러|거르|필터링|삭제))/g;

/** A put-down of a thing, not a person ("멍청한 실수로 서버가 죽었다", "멍청한 컴파일러"). */
const thingPutDown =
    /(?:멍청한|바보\s*같은|어리석은|한심한|무식한)(?=\s*(?:실수|코드|컴파일러|빌드|버그|설계|구조|로직|오류|에러|선택|결정|방식|설정|판단|테스트|스크립트|함수|메서드|구현|쿼리|알고리즘|ide|툴|도구|라이브러리|프레임워크|서버|머신|컴퓨터|브라우저|캐시|정책|규칙|린터|타입\s*시스템|자동\s*완성)(?:[은는이가을를도의에로]|으로|에서|까지)?(?:\s|$))/g;

/**
 * Everyday words the classifier reads as slurs: a place (한남동, 한남역: not 한남 the slur), a
 * region's dialect or data (전라도 사투리), a school's lunch (급식 메뉴: not 급식 for pupils).
 */
const everydayWords =
    /죽을\s*맛|(?:싫어|좋아|웃겨|배고파|힘들어|졸려|더워|추워|귀여워|궁금해|심심해|피곤해|바빠|아파)\s*죽[겠갰]|간\s*(?:이)?\s*떨어질\s*뻔|쥐구멍에라도\s*숨고|멍청\s*비용|(?<=(?:나는|난|내가|제가|저는)\s*(?:왜\s*)?(?:이렇게\s*|진짜\s*|봐도\s*)?)(?:멍청|바보|한심|쓰레기)|(?<=(?:비주얼|실력|성능|가성비|스펙|퀄리티|속도)\s*(?:이|가|은|는)?\s*(?:진짜\s*)?)살벌|(?<=(?:웃겨|배고파|힘들어|졸려|더워|추워|귀여워|좋아|궁금해|심심해|피곤해|바빠|아파)\s*)죽겠|김치(?=\s*(?:찌개|전|볶음밥|국|냉장고|찜|전골|볶음|만두|라면|말이|부침개|담그))|(?<=(?:화질|성능|가성비|속도|음질|맛|퀄리티|디자인|가격|스펙|배터리|연출|그래픽|사운드|발색|핏|반응\s*속도)\s*(?:이|가|은|는|도)?\s*(?:진짜|완전|좀|개|정말)?\s*)미쳤(?=다|네|어|음|고|습니다|어요)|한남(?=동|역|대교|더힐|오거리|뉴타운|대학교|대(?![가-힣]))|(?:전라도|경상도|충청도|강원도|제주도|경기도|호남|영남|팔도|지방)(?:\s*(?:사투리|방언|억양|말투)|(?=\s*(?:음성|데이터|지역|지방|여행|날씨|맛집|음식|지도|주소)))|급식(?=\s*(?:메뉴|식단|조회|시간|실|비|카드|업체|표|정보|서비스|api|데이터))|배\s*(?:가\s*)?아프(?=다더니|다|더라|네|지|겠)|머리(?:를)?\s*맞대|(?:코스피|코스닥|나스닥|주가|지수|환율)(?:가|는|이)?\s*(?:\d+(?:\.\d+)?\s*%\s*)?(?:빠졌|폭락|급락|떨어)|외국인\s*(?:매도|매수|순매도|순매수|투매|투자자|지분)|팔\s*빠질\s*뻔|죽\s*쑤어\s*개\s*준다(?:더니)?(?:\s*딱\s*그\s*꼴이(?:네|다|야))?|미운\s*놈\s*떡\s*하나\s*더|칼로\s*물\s*베기|폭탄이\s*떨어지는\s*소리|죽고\s*싶다고\s*(?:말하면|말할\s*때|하면)|양돈|돼지(?=\s*(?:사료|농가|고기|껍데기|갈비|국밥|열병|사육|축사))|장애(?=\s*(?:원인|대응|복구|발생|공지|보고|알림|처리|조치|건수|이력|분석|회고|전파|상황|시간))/gi;

/**
 * A news or court report ("…위협한 혐의로 30대 남성을 체포했다", "법원은 … 판결했다"): it names crimes
 * the classifier learnt as abuse, yet abuses nobody. The classifier leaves it to the lexicon and the
 * phrases (which still catch a threat or a slur written in such a sentence).
 */
const newsReport =
    /판단\s*기준|신고\s*사유|운영\s*정책|이용\s*약관|커뮤니티\s*(?:규칙|가이드)|금지\s*(?:사항|행위)|혐의(?:로|를|가|는|에)|(?:체포|구속|입건|기소|검거|송치|선고|연행)(?:했|됐|되었|했습니|됐습니)|판결(?:했|을\s*내렸)|(?:경찰|검찰|법원|재판부|소방\s*당국|관세청|국세청|식약처|당국|정부)(?:은|는|이|에\s*따르면)|(?:발표했|집계됐|늘었다고|줄었다고|밝혔다|전했다)|(?:국방부|외교부|통일부|합참|군\s*당국)(?:는|은|가|이)|(?:다큐|영화|드라마|웹툰|소설|예능|넷플릭스)[^.!?\n]{0,20}(?:봤는데|보니까|봤어|봤다|재밌|재미있|추천|리뷰|결말|줄거리)|사고가\s*(?:발생|났)|(?:조사|수사)\s*중(?:이다|입니다|이라고)/;

/** `text` with the neutral mentions above blanked out (one space each); nothing of a news report. */
export function withoutNeutralMentions(text: string): string {
    if (newsReport.test(text)) return "";
    return text
        .replace(neutralMentions, " ")
        .replace(kinInTree, " ")
        .replace(programKill, " ")
        .replace(harmAsTopic, " ")
        .replace(thingPutDown, " ")
        .replace(pestRidding, " ")
        .replace(everydayWords, " ");
}
