// Everyday Korean as negatives for the classifier's training (trainClassifier.ts). The corpora
// here are community comments about abuse and hate, and technical documents: nothing of what people
// write about money, food, travel, health, school, work, games or films in a casual register. Read
// from outside, the classifier took casual and not technical for abusive (a sentence about a
// savings account scored curse 0.66), and violence named as a topic (a
// thriller, a game, a cook's knife, a drug a doctor prescribed) for a threat. These sentences are
// generated from templates written here (seeded, the same every training): each topic in the casual
// and the polite register, with the hyperbole and praise everyday speech uses (배고파 죽겠다,
// 노래 미쳤다, 카메라 개쩐다), and diet advice (살 빼려고 굶는 건 비추). No sentence addresses or
// insults anyone.

/** A seeded generator (mulberry32): the same sentences every training. */
export function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/**
 * A seeded generator's picks: a random element of a list, and a template's {slot}s filled in order
 * from `slots` (a slot in `fixed` takes that word instead).
 */
export function picker(seed: number): {
    next: () => number;
    pick: <T>(list: readonly T[]) => T;
    fill: (template: string, slots: Record<string, readonly string[]>, fixed?: Record<string, string>) => string;
} {
    const next = random(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const fill = (template: string, slots: Record<string, readonly string[]>, fixed: Record<string, string> = {}) =>
        template.replace(/\{(\w+)\}/g, (_, slot: string) => fixed[slot] ?? pick(slots[slot]));
    return { next, pick, fill };
}

const slots: Record<string, readonly string[]> = {
    bank: [
        "적금",
        "예금",
        "청약",
        "주택청약",
        "연금저축",
        "비상금 통장",
        "파킹통장",
        "청년도약계좌",
        "ISA 계좌",
        "CMA"
    ],
    money: ["월급", "보너스", "용돈", "환급금", "이자", "성과급", "생활비", "관리비", "카드값", "세금"],
    food: [
        "떡볶이",
        "마라탕",
        "국밥",
        "김치찌개",
        "치킨",
        "삼겹살",
        "짜장면",
        "냉면",
        "초밥",
        "파스타",
        "돈까스",
        "제육볶음",
        "순대국",
        "비빔밥"
    ],
    dish: ["불닭", "치즈 폭탄 돈까스", "폭탄 계란찜", "매운 짬뽕", "엽떡", "마늘 폭탄 치킨"],
    place: ["제주도", "부산", "강릉", "여수", "경주", "전주", "속초", "오사카", "다낭", "대만"],
    hospital: ["치과", "안과", "피부과", "정형외과", "이비인후과", "내과", "산부인과", "한의원", "정신건강의학과"],
    medicine: [
        "감기약",
        "소화제",
        "진통제",
        "마약성 진통제",
        "수면 유도제",
        "항생제",
        "알레르기 약",
        "항우울제",
        "위장약"
    ],
    exam: ["중간고사", "기말고사", "토익", "정처기", "수능 모의고사", "코딩 테스트", "자격증 시험", "면접"],
    game: ["롤", "배그", "오버워치", "발로란트", "메이플", "로아", "피파", "스타", "마크"],
    film: ["범죄도시", "오징어 게임", "부산행", "킹덤", "추격자", "베테랑", "살인의 추억", "더 글로리", "모가디슈"],
    singer: ["아이유", "뉴진스", "임영웅", "세븐틴", "에스파", "성시경", "태연", "BTS"],
    pet: ["강아지", "고양이", "햄스터", "앵무새", "거북이"],
    weather: ["비", "눈", "미세먼지", "장마", "폭염", "한파", "태풍"],
    work: ["회의", "야근", "배포", "코드 리뷰", "보고서", "출장", "회식", "워크숍", "인수인계"],
    move: ["이사", "전세 계약", "집들이", "도배", "입주 청소"],
    sport: ["헬스", "러닝", "필라테스", "수영", "클라이밍", "등산", "테니스", "골프"],
    tool: ["칼", "식칼", "망치", "가위", "칼등", "고기 망치"],
    pest: ["바퀴벌레", "모기", "개미", "초파리", "쥐"],
    zoo: ["판다", "기린", "코끼리", "사자", "펭귄", "수달", "얼룩말", "돼지", "여우"],
    gadget: [
        "아이폰",
        "갤럭시",
        "맥북",
        "에어팟",
        "아이패드",
        "닌텐도 스위치",
        "플스5",
        "로봇청소기",
        "무선 청소기",
        "기계식 키보드"
    ]
};

/** Templates: {slot} takes one of that slot's words; the same slot twice takes the same word. */
const templates: readonly string[] = [
    "{money} 받는 날마다 {bank}으로 조금씩 옮겨 둬요",
    "{bank} 금리 비교해 보니까 여기가 제일 낫더라",
    "이번 달 {money} 받으면 {bank}에 넣을 거야",
    "{bank} 만기라서 은행 다녀왔어요",
    "{money} 아껴서 {place} 여행 가려고 모으는 중",
    "요즘 금리 올라서 {bank} 갈아탈까 고민 중임",
    "{food} 먹고 싶다 배고파 죽겠다 ㅠㅠ",
    "점심에 {food} 먹었는데 진짜 맛있어서 기절할 뻔",
    "이 집 {dish} 미쳤다 ㅋㅋ 또 가야지",
    "{dish} 너무 매워서 눈물 콧물 다 흘림",
    "오늘 저녁은 {food} 시켜 먹자",
    "{food} 맛집 찾았어요 다음에 같이 가요",
    "돼지고기는 {tool}로 힘줄을 끊어 주면 덜 질겨요",
    "양파는 {tool}로 잘게 썰어서 넣으세요",
    "{place} 여행 다녀왔는데 바다 보니까 살 것 같더라",
    "다음 달에 {place} 가려고 비행기표 끊었어",
    "{place} 날씨 너무 좋아서 사진 엄청 찍음",
    "{hospital} 진료 보고 왔는데 별거 아니래요",
    "{hospital} 예약했어요 다음 주 화요일이에요",
    "의사 선생님이 {medicine} 처방해 주셨는데 졸려 죽겠음",
    "약사님이 {medicine}은 식후에 먹으라고 하셨어",
    "{medicine} 먹고 좀 나아졌어요 걱정해 줘서 고마워",
    "{exam} 망했다 ㅠㅠ 다음엔 잘 봐야지",
    "{exam} 공부하느라 잠을 못 자서 죽을 맛이다",
    "{exam} 붙었다!! 진짜 기뻐서 미칠 것 같아",
    "내일 {exam}인데 너무 떨려요",
    "{game} 한타에서 우리 팀 거의 전멸했는데 내가 역전함",
    "{game}에서 드디어 랭크 올렸다 ㅋㅋ",
    "{game} 신규 캐릭터 사기던데 너프 먹겠지",
    "{game} 한 판만 하고 잔다는 게 새벽 세 시 됨",
    "{film} 봤는데 악역 연기 진짜 소름 돋더라",
    "{film}에서 주인공이 악당 물리치는 장면 통쾌하더라",
    "주말에 {film} 정주행했는데 시간 순삭",
    "{film} 액션 장면 스케일 진짜 크더라",
    "{singer} 라이브 실력 미쳤음 소름",
    "{singer} 콘서트 티켓팅 실패해서 멘탈 나감",
    "{singer} 신곡 하루 종일 듣는 중",
    "우리 {pet} 오늘 목욕시켰더니 삐졌어 ㅋㅋ",
    "{pet} 사료 바꿨는데 잘 먹어서 다행이에요",
    "{pet} 데리고 산책 나왔는데 날씨 좋다",
    "{weather} 때문에 출근길 지옥이었다",
    "내일 {weather} 온대요 우산 챙기세요",
    "{weather} 심해서 오늘은 집에 있을래",
    "오늘 {work} 때문에 정신없어서 밥도 못 먹음",
    "{work} 끝나고 다들 고생했다고 치킨 시켜 줌",
    "내일 {work} 있어서 일찍 자야겠다",
    "{work} 준비하느라 죽는 줄 알았는데 잘 끝났어요",
    "다음 주에 {move} 해서 짐 싸는 중",
    "{move} 끝나고 나니까 온몸이 쑤신다",
    "요즘 {sport} 다니는데 근육통 때문에 죽겠음 ㅋㅋ",
    "{sport} 처음 해 봤는데 재밌어요 계속 다닐 듯",
    "{sport} 끝나고 먹는 {food}가 최고지",
    "집에 {pest} 나와서 약 뿌리고 잡았다",
    "{pest} 잡으려고 끈끈이 사다 놨어",
    "모르는 번호로 자꾸 전화 와서 수신 차단해 놨어",
    "헤어지고 나서 한동안 힘들었는데 이제 괜찮아",
    "가족 단톡에 위치 공유 켜 두니까 데리러 가기 편해",
    "엄마랑 통화했는데 반찬 보내 주신대",
    "동생이 {exam} 본다고 해서 응원해 줬어",
    "할머니 생신이라 가족끼리 {food} 먹으러 감",
    "뉴스 보니까 {place}에서 사기 사건 터졌대 다들 조심하자",
    "요즘 잠이 안 와서 병원 상담받아 보려고요",
    "계약서 문제로 법률 상담받았는데 친절하시더라",
    "쇼핑몰 해킹 소식 듣고 비밀번호 전부 새로 만들었어요",
    "예비군 훈련 가서 사격하고 왔음",
    "역사 수업에서 임진왜란 배웠는데 이순신 장군 멋있더라",
    "택배 왔는데 상자가 다 찢어져서 옴 ㅠㅠ",
    "오늘 {food} 먹고 {sport}까지 해서 뿌듯함",
    "ㄹㅇ {gadget} 카메라 개쩐다 미쳤다 미쳤어",
    "{gadget} 새로 샀는데 개좋음 ㅋㅋ 진작 살걸",
    "{gadget} 성능 미쳤네 이 가격에 이게 됨?",
    "{singer} 이번 무대 완전 찢었다 레전드",
    "{food} 개맛있어 미쳤음 또 먹고 싶다",
    "{game} 이번 패치 개꿀잼 밤새 했다",
    "살 빼려고 굶는 건 비추 {sport}랑 식단 같이 하는 게 나아",
    "다이어트 중인데 {food} 너무 먹고 싶어서 미치겠다",
    "굶어서 빼면 요요 와요 단백질 위주로 챙겨 드세요",
    "{sport} 하고 나니까 배고파서 미치는 줄",
    // Internet slang said in fun, a game's rules, a story's plot told (read from outside as harassment).
    "어쩔티비 ㅋㅋ 농담이야",
    "ㅇㅇ 저쩔티비 장난임",
    "갓생 살려고 아침 여섯 시에 일어남",
    "오늘부터 갓생 산다 {sport} 등록함",
    "킹받네 ㅋㅋ {game} 또 졌어",
    "현타 와서 {food} 먹으러 감",
    "{game}에서는 자기장 안쪽으로 빨리 들어가야 살아남는다",
    "{game} 마지막 라운드까지 살아남으면 이기는 거야",
    "{game} 보스는 체력이 절반 남으면 광폭화하니까 조심해",
    "이 추리소설은 외딴 섬에서 손님들이 한 명씩 사라지는 가운데 범인을 찾는 이야기다",
    "{film}은 복수를 결심한 주인공이 악당을 쫓는 이야기예요",
    "{film} 줄거리: 형사가 연쇄 사건의 범인을 추적하는 내용",
    "이 소설은 전쟁 속에서 살아남은 가족의 삶을 그린 작품이다",
    "고전 소설에서 주인공이 돈 때문에 사람을 해친 뒤 죄책감에 시달리는 장면이 유명하다",
    "{film}의 범인은 마지막에 자수하고 벌을 받는다",
    // Household safety advice and an apology written in initials (read from outside as harassment).
    "외출하기 전에 가스 밸브를 꼭 잠가 두세요",
    "{place}에서 가스 냄새가 나면 불을 켜지 말고 바로 환기한 뒤 관리실에 연락하세요",
    "다 쓴 부탄가스는 구멍을 뚫어서 남은 가스를 빼고 버려야 해요",
    "스프레이 캔은 내용물을 다 비운 다음 분리배출하세요",
    "불이 나면 젖은 수건으로 입을 막고 낮은 자세로 비상구를 찾아 대피하세요",
    "소화기는 안전핀을 뽑고 불이 난 쪽을 향해 뿌리면 됩니다",
    "콘센트에 물이 닿았으면 차단기부터 내리고 만지세요",
    "ㅈㅅ 오늘 회의 좀 늦어요",
    "ㅈㅅㅈㅅ 답장 늦었네 {food} 먹고 있었어",
    // Idioms of the body, a young animal, a parent's talk of the body (read from outside as harassment).
    "엘리베이터 문 열리자마자 사람이 있어서 간 떨어지는 줄",
    "{exam} 결과 보고 너무 창피해서 쥐구멍에라도 들어가고 싶었어",
    "{food} 먹다가 혀 깨물어서 아파 죽겠음",
    "{film} 보다가 배꼽 빠지게 웃었다 ㅋㅋ",
    "나도 지금 코가 석 자라서 도와줄 여유가 없어",
    "이 짤 개웃기네 ㅋㅋ 어디서 퍼 왔어",
    "동물원에 새끼 {zoo}가 태어나서 보러 갔어요",
    "어미 {zoo}가 새끼들을 데리고 물가로 나왔다",
    "우리 {pet}가 새끼를 낳아서 분양 보낼 집을 찾고 있어요",
    "아이가 아기는 어디서 오냐고 물어서 그림책으로 설명해 줬어요",
    "아이에게 내 몸은 소중하니까 싫으면 싫다고 말하라고 가르쳐요",
    "사춘기 자녀의 몸의 변화는 자연스러운 거라고 이야기해 주세요"
];

const endings: readonly string[] = ["", "", "", " ㅋㅋ", " ㅎㅎ", " ㅠㅠ", "!", ".", "~"];

/** About `count` everyday sentences, generated from the templates above (seeded). */
export function everydaySentences(count = 2000, seed = 15): string[] {
    const { next, pick } = picker(seed);
    const out = new Set<string>();
    for (let tries = 0; out.size < count && tries < count * 5; tries++) {
        const chosen = new Map<string, string>();
        let text = pick(templates).replace(/\{(\w+)\}/g, (_, slot: string) => {
            const word = chosen.get(slot) ?? pick(slots[slot]);
            chosen.set(slot, word);
            return word;
        });
        // Casual writing drops spaces now and then.
        if (next() < 0.15) text = text.replace(/ (?=[가-힣])/, "");
        out.add(text + pick(endings));
    }
    return [...out];
}
