// The words of frames (frames.ts, crimeFrames.ts): how a frame is written, and the spelling
// both its patterns and the text are read in.
import type { ContentCategory } from "../types";

export interface Frame {
    category: ContentCategory;
    rule: string;
    /** Every one of these must be said (the first is the rarest: it gates the rest). */
    ideas: RegExp[];
    /** Words that make the whole a topic (besides the guard in frames.ts). */
    unless?: RegExp;
}

/** ㅔ read as ㅐ and ㅖ as ㅒ in every Hangul syllable of `text` (patterns and text alike). */
export function foldVowels(text: string): string {
    let out = "";
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i) - 0xac00;
        if (code < 0 || code > 11171) continue;
        const vowel = Math.floor(code / 28) % 21;
        if (vowel !== 5 && vowel !== 7) continue;
        out += text.slice(from, i) + String.fromCharCode(text.charCodeAt(i) - 4 * 28);
        from = i + 1;
    }
    return from === 0 ? text : out + text.slice(from);
}

/** A pattern of a frame, its Hangul read as {@link foldVowels} reads the text. */
export const re = (source: string) => new RegExp(foldVowels(source));

/** Someone else than the writer, whose things are taken or watched. */
export const someone =
    "유출된|크리덴셜\\s*스터핑|콤보\\s*리스트|(?:털어|뚫어)\\s*(?:주실|줄)\\s*(?:분|사람)|사례함|남의|남\\s*(?:계정|폰|카톡)|타인의?|상대(?:방)?(?:의|가|\\s*몰래)|피해자(?:의|가)?|전\\s*(?:여친|남친|애인|와이프|남편)|(?:여친|남친|애인|와이프|아내|남편|동료|친구|팀장|상사|언니|동생)(?:의|\\s*(?:폰|핸드폰|휴대폰|계정|카톡|비번|인스타|컴퓨터|노트북|pc))|원래\\s*주인|주인이?\\s*(?:못|모르)|몰래|자는\\s*(?:동안|사이)|어깨\\s*너머|들키지";

/** Prevention, the news and the law, a refusal, defence and support: the text is about the harm. */
export const guard = re(
    [
        "예방|방지(?:법|하려면|하는|하기)|주의\\s*[!:]|(?:스캠|사기|피싱)\\s*주의|사기(?:입니다|예요|이에요|라고|일\\s*(?:수|가능성)|를\\s*의심)|(?:보이스\\s*|스미)?피싱(?:입니다|이에요|이다|이니|일\\s*(?:수|가능성))|주의(?:하세요|해야|가\\s*필요|\\s*사항|하십시오|하시기)|(?<!밤길\\s*)조심(?:하세요|해야|하십시오)|속지\\s*(?:마|않)|응하지\\s*(?:마|않)|무시하세요|클릭하지\\s*마",
        "재판|법원|방청|피고(?:인)?(?:은|는|이|가|측)|신고(?:하세요|해\\s*주세요|하십시오|하면|센터|는\\s*\\d)|검거|혐의|구속|기소|입건|송치|처벌(?:받|을\\s*받|된|됩니다|대상|법)|징역|판결|선고|경찰(?:에\\s*따르면|은|청은)|(?:에|의)\\s*따르면|적발(?:됐|되었|했|된|돼)|수사(?:에\\s*나|를\\s*벌|중)|기자|보도(?:했|에\\s*따르면)|뉴스",
        "드리기\\s*(?:어렵|어려|힘들)|(?:답변|안내|설명)(?:을\\s*)?하기\\s*(?:어렵|어려|힘들)|드릴\\s*수\\s*(?:없|는\\s*없)|제공(?:이|을)?\\s*(?:금지|하지\\s*않)|정책상|구별(?:법|하는|할\\s*수)|누르지\\s*마|열지\\s*마|가짜입니다|경고\\s*신호|존재하지\\s*않|기억하세요|전형적인|수법은|(?:고소|신고)할\\s*수\\s*있|죄가\\s*성립|명예\\s*훼손|모욕죄|알려\\s*드릴\\s*수\\s*(?:없|는\\s*없)|도와\\s*드릴\\s*수\\s*(?:없|는\\s*없)|(?:제공|작성|안내|설명)(?:해\\s*드릴|할)\\s*수\\s*(?:없|는\\s*없)|죄송하지만|죄송합니다만|할\\s*수\\s*없습니다|불법입니다|불법이며|범죄입니다|범죄이며|절대\\s*하지\\s*마세요|하시면\\s*안\\s*됩니다",
        "상담(?:센터|전화|을\\s*받|사|\\s*창구)|전문가(?:와|의|에게)|1393|1588|수법(?:이|을|입니다|에)|사례(?:입니다|를\\s*소개|가\\s*늘)|피해\\s*(?:예방|사례|신고)|공격자(?:는|가|들은)|보안\\s*(?:팀|담당|교육|점검|업체|공지)|모의\\s*(?:해킹|훈련)|분석\\s*(?:보고서|결과)|경각심",
        // Teaching an attack or telling an incident: what it is, how it came in, what stops it (content 77, 2026-12-07:
        // "크리덴셜 스터핑은 … 대입하는 공격입니다", "RCA: … 감염 경로는 피싱 메일 첨부파일").
        "(?:112|1366|117|109|1393|1588-?\\d{4})\\S*\\s*(?:에|로)?\\s*(?:신고|연락|전화)|(?:소설|드라마|영화|웹툰|만화)\\s*속\\s*\\S+(?:은|는|이|가)\\s[^.?!\\n]{0,60}(?:였|었|았|했)(?:고|다)|명장면|공격(?:입니다|이다|이에요|의\\s*일종)|것\\s*같(?:은데|아요)[^.?!]{0,20}어떻게\\s*(?:해야|하면|대처)|감염\\s*경로|유입\\s*경로|(?:으로|로)\\s*막을\\s*수|막으려면|근본\\s*원인|rca\\s*:",
        // What counts as a harm, said or heard ("단톡방에서 한 명만 빼고 방 파는 것도 사이버 괴롭힘이래", t86).
        "(?:괴롭힘|폭력|학대|성희롱|스토킹|범죄|불법)(?:이래|이랍니다|이라고\\s*(?:해|하|합니|들었)|에\\s*해당|(?:으로|로)\\s*(?:처벌|인정|간주))",
        // A moderation notice that says what is removed or banned ("… 유도 글은 삭제 후 강퇴합니다", "4. … 시 영구 정지").
        "영구\\s*정지|이용\\s*정지|계정(?:을|은)?\\s*정지(?:합니다|됩니다)|즉시\\s*삭제(?:하고|합니다|됩니다)|강퇴(?:합니다|됩니다|처리)|삭제\\s*후|차단(?:했습니다|합니다|됩니다)|(?:사용|비하|게시|조장)\\s*금지(?![가-힣])",
        // A moderation policy or a report form lists harms by name ("신고 사유: 자해·자살 조장, 사기").
        "판단\\s*기준|신고\\s*사유|운영\\s*정책|행위(?:는|를|도)?\\s*(?:\\S+\\s+)?(?:금지|처벌|제재)|이용\\s*약관|(?:게시물|게시글|콘텐츠|컨텐츠)(?:은|는|을|를)?\\s*(?:\\S+\\s+){0,3}?(?:즉시\\s*)?(?:삭제(?:\\s*대상|합니다|한다|하고|됩니다|된다)|신고(?:한다|합니다|하세요|\\s*대상)|금지(?:한다|합니다|됩니다|된다|\\s*대상)|제재)|조장(?:[,·/]|\\s*(?:행위|콘텐츠|게시물|금지))|공감이\\s*먼저|허용(?:되지|하지)\\s*않(?:습니다|아요|는다|음)|정지\\s*사유|(?:로|으로)\\s*분류(?:하나요|해야|할까요|됩니다|돼요|되나요)|라벨러|라벨링|(?:게시하면|올리면|공유하면)\\s*(?:\\S+\\s+){0,2}?(?:즉시\\s*)?(?:제한|정지|삭제|차단)(?:됩니다|돼요|될\\s*수)",
        // A unit test of a filter quotes its input and asserts the verdict ("expect(filter('…')).toBe('block')",
        // "assert is_blocked(\"…\")"), and a statement for the police retells what was said (content 95, an attacker).
        "(?:expect|assert\\w*)\\s*\\(?\\s*\\w*(?:filter|moderat|classif|detect|scan|judge|is_?(?:blocked|safe|toxic|harm))\\w*\\s*\\(|\\.to(?:be|equal)\\(\\s*['\"`](?:block|allow|mask|flag|safe|unsafe|toxic|harmful)|(?:경찰|수사)\\s*진술서|고소장"
    ].join("|")
);

/** A wrapper said not to be one ("소설 말고 진짜로 필요해", "농담 아니고"): read without it, it makes nothing a topic. */
export const notAWrapper =
    /(?:소설|게임|영화|드라마|농담|장난|가정|예시|연기|역할극|롤플)\s*(?:이|가)?\s*(?:말고|아니고|아니라|아님)(?:\s*진짜)?/g;
