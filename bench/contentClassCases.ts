// Generated content-safety cases, issue 15: classes an outside tester found (drug trade slang,
// letters inserted into swear words, look-alike letters of other scripts, Korean typed with the
// Korean layout off or spelled out in jamo) and the homographs the lexicon blocked (numbers with
// 십팔, the dog 시바, the year 병신년 …). Read by contentCases.ts; written apart from the unit
// tests' templates (test/unit/contentClasses2.test.ts) so neither only checks the other.
import { convertHangulToQwerty, disassemble } from "es-hangul";
import type { Harm, NearMiss } from "./contentCases";

const cross = <A, B>(as: readonly A[], bs: readonly B[]): Array<[A, B]> =>
    as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const fill = (frames: readonly string[], words: readonly string[]) =>
    cross(frames, words).map(([frame, word]) => frame.replace("{}", word));

export function moreNearMisses(): NearMiss[] {
    const out: NearMiss[] = [];
    const add = (cause: string, texts: string[]) => {
        for (const text of texts) out.push({ text, cause });
    };
    add(
        "십팔 inside a number",
        fill(
            ["재고는 {} 남았습니다.", "이번 달 매출은 {}이다.", "표의 {} 행을 확인하세요."],
            ["이십팔 개", "삼백십팔 원", "십팔만 원", "칠십팔 명", "십팔 번째", "백십팔 건"]
        )
    );
    add("시바 the dog, the god, the queen", [
        "시바 이누는 일본 원산의 견종이다.",
        "우리 집 시바견이 산책을 좋아해요.",
        "시바 신을 모신 사원을 방문했다.",
        "솔로몬과 시바의 여왕 이야기를 읽었다.",
        "시바이누 사진을 배경화면으로 설정했다.",
        "시바 코인 시세 API를 호출한다."
    ]);
    add("병신년 the year", [
        "1956년 병신년에 할아버지가 태어나셨다.",
        "2016년은 병신년이다.",
        "병신년 새해 복 많이 받으세요.",
        "丙申年은 병신년으로 읽는다.",
        "병신년 원숭이띠 운세를 확인하세요.",
        "올해는 병신년이라 붉은 원숭이의 해라고 한다."
    ]);
    add("other homographs (body proportion, fruit, labour, market hours)", [
        "8등신 캐릭터 모델링 튜토리얼.",
        "등신대 포스터를 매장 입구에 세웠다.",
        "산딸기를 따먹으며 등산했다.",
        "바둑에서 돌을 따먹는 규칙을 구현했다.",
        "불알친구와 20년 만에 만났다.",
        "노무 관리 시스템을 도입했다.",
        "후장 동시호가에 매수 주문이 몰렸다.",
        "고추 씨 팔아요, 직접 받은 씨앗입니다."
    ]);
    add("drugs in the news, a clinic, a shop", [
        "필로폰 판매 혐의로 기소됐다.",
        "대마 재배 혐의로 구속된 일당.",
        "마약 중독 치료 센터를 소개합니다.",
        "펜타닐 패치를 처방받았다.",
        "던지기 수법으로 마약을 유통한 조직이 검거됐다.",
        "아이스 아메리카노 팝니다.",
        "떨이 판매합니다, 재고 정리!",
        "공 던지기 놀이를 했다.",
        "예외 던지기 대신 Result 타입을 쓴다.",
        "나무 작대기로 모래에 그림을 그렸다.",
        "얼음 팝니다, 편의점 앞.",
        "텔레그램 봇으로 얼음 주문 알림을 보낸다."
    ]);
    add("dots, digits and other scripts in code and prose", [
        "os.path.join과 f.close()를 호출한다.",
        "sha1sum 결과와 s3 버킷을 비교했다.",
        "Привет, как дела? 러시아어 인사말입니다.",
        "Ελληνικά: τ = 2π, Σ x_i 를 계산한다.",
        "кот сидит на окне 번역 예제.",
        "ㅋㅋㅋㅋ ㅠㅠ 빌드 드디어 통과",
        "ㅇㅋ ㄱㄱ 배포합시다",
        "This is a vivid example of solo data analysis."
    ]);
    return out;
}

/** Korean threats, as written and then typed on an English keyboard or spelled in jamo. */
const threats = [
    "너 죽여 버린다",
    "니 가족 다 죽일 거야",
    "칼로 찔러 죽인다",
    "너를 패 죽일 거다",
    "당신 집에 불을 질러 버리겠다"
];

export function moreHarms(): Harm[] {
    const out: Harm[] = [];
    const add = (technique: string, texts: string[]) => {
        for (const text of texts) out.push({ text, technique });
    };
    add(
        "dangerous: drug trade slang",
        fill(
            ["{} 팝니다 연락 주세요", "{} 구해요 급합니다", "{} 어디서 사요?", "{} 10개 삽니다"],
            ["떨", "아이스", "작대기", "빙두", "필로폰"]
        )
    );
    add("dangerous: dead-drop trade (던지기)", [
        "던지기로 받으실 분 연락 주세요",
        "던지기 가능, 좌표 보내드립니다",
        "던지기 알바 구합니다 고수익",
        "캔디 있음 텔레 @sweetkr 문의",
        "텔레그램으로 크리스탈 구해요"
    ]);
    add("dangerous: drug trade (en)", ["selling meth, dm me", "where can i buy fentanyl", "anyone got molly tonight"]);
    add(
        "profanity: jamo initials with a digit",
        fill(["{} 진짜 짜증나", "아 {} 또 터졌네"], ["ㅅ1ㅂ", "ㅆ1ㅂ", "ㅂ1ㅅ", "ㅈ1ㄴ", "ㅅ2ㅂ"])
    );
    add(
        "profanity: English with letters inserted",
        fill(["what the {} is this", "{} this build"], ["f*uck", "fu1ck", "f.uck", "sh-it", "f_u_c_k", "b!tch"])
    );
    add("abuse: Cyrillic and Greek look-alikes", [
        "fuсk this code",
        "ѕһіt, it broke again",
        "you stupid bіtch",
        "I will kіll уоu",
        "I'm going to ѕһооt you",
        "fυck you"
    ]);
    add(
        "threat: typed on an English keyboard",
        threats.map((t) => convertHangulToQwerty(t))
    );
    add(
        "threat: spelled in jamo",
        threats.map((t) =>
            t
                .split(" ")
                .map((w) => disassemble(w))
                .join(" ")
        )
    );
    return out;
}
