// Casual Korean that talks to "너" or says what the speaker will do, about everyday things: negatives
// for the harm head (trainHarm.ts). The outside testers' harmful sentences are casual and in the
// future or the second person (너 매일 7시에 혼자 나가더라, 다 태워 버릴 거야), and the corpora's
// innocent text is mostly formal: held out, the head took the register for the harm (너 매일 아침 물 한
// 잔 마시는 게 건강에 좋을 거야, 회사에 가서 다 정리해 버릴 거야, 서버를 다 죽여 버릴 거야). Generated
// from templates (seeded, the same every training); no sentence threatens or insults anyone.
import { picker } from "./everyday";

const slots: Record<string, readonly string[]> = {
    habit: ["따뜻한 차 마시는", "스트레칭하는", "일찍 자는", "산책하는", "아침 먹는", "영양제 챙겨 먹는", "일기 쓰는"],
    good: ["건강에 좋을", "도움이 될", "컨디션에 좋을", "습관이 될", "기분 전환이 될"],
    place: ["회사", "집", "사무실", "창고", "작업실", "학교", "동아리방", "본가"],
    tidy: ["정리해", "치워", "청소해", "버려", "갈아엎어", "싹 비워", "처리해"],
    things: ["서류", "옷장", "책상", "짐", "메일함", "냉장고", "사진첩", "할 일 목록", "밀린 빨래", "장난감"],
    program: ["서버", "프로세스", "컨테이너", "좀비 프로세스", "워커", "백그라운드 작업", "세션", "파드"],
    finish: ["끝내", "해치워", "끝장내", "박살 내", "정복해", "다 깨", "클리어해"],
    task: ["숙제", "보고서", "과제", "밀린 업무", "이번 스프린트", "시험공부", "퀘스트", "레이드"],
    burn: ["칼로리", "지방", "뱃살", "스트레스"],
    cook: ["고기", "삼겹살", "장어", "마시멜로", "생선", "감자"],
    time: ["아침 7시", "저녁 6시", "점심시간", "퇴근 후", "주말 아침"],
    activity: ["운동하", "헬스장 가", "조깅하", "도서관 가", "수영하", "요가하"],
    invite: ["같이 가자", "나도 끼워 줘", "나랑 같이 하자", "대단하다", "부럽다"],
    body: ["손목", "허리", "어깨", "무릎", "목"],
    sport: ["드럼 칠", "키보드 칠", "테니스 칠", "골프 칠", "기타 칠", "배드민턴 칠"],
    game: ["보스", "좀비", "몬스터", "적 팀", "드래곤"],
    gift: ["선물", "케이크", "꽃다발", "편지", "간식"],
    friend: ["민수", "지현", "언니", "형", "동생", "팀장님", "친구"],
    outing: ["치맥", "등산", "볼링", "스터디", "러닝", "보드게임", "피크닉", "자전거", "방탈출", "노래방"],
    walk: ["한강", "공원", "바닷가", "남산", "호숫가", "강변", "동네 뒷산"],
    drink: ["아메리카노", "라떼", "녹차", "초코", "자몽티"],
    snack: ["과자", "사탕", "젤리", "막대 아이스크림", "빼빼로"],
    stick: ["나무 작대기", "막대기", "젓가락", "긴 자"],
    family: ["남편", "아내", "엄마", "아빠", "우리 딸", "우리 아들", "애들", "동생", "할머니"],
    pickup: ["데리러 갈게", "마중 나갈게", "픽업하러 가는 중", "차로 태우러 갈게", "우산 갖다주러 가는 중"],
    hour: ["퇴근 시간", "하교 시간", "학원 끝나는 시간", "야근 끝나는 시간", "비행기 도착 시간"],
    child: ["따님", "아드님", "자녀분", "아이"],
    service: ["셔틀을", "통학 차량을", "안내문을", "시간표를", "선생님을"],
    members: ["고객", "거래처", "회원", "학부모", "동창", "입주민", "수강생", "참가자"],
    notice: ["안내 전화", "연락", "안내 문자", "설문 문자", "공지 메일", "확인 전화"]
};

const templates: readonly string[] = [
    "너 매일 아침 {habit} 게 {good} 거야",
    "너 요즘 {habit} 거 보니까 {good} 거야",
    "{place}에 가서 {things} 다 {tidy} 버릴 거야",
    "오늘 {things} 싹 다 {tidy} 버릴 거야",
    "주말에 {place} {things} 다 {tidy} 버릴 테니까 기다려",
    "{program} 다 죽여 버릴 거야, 메모리가 안 빠져서",
    "안 되면 {program} 그냥 다 죽이고 다시 띄울 거야",
    "오늘 안에 {task} 다 {finish} 버릴 거야",
    "{task} 오늘 밤에 {finish} 버린다 ㅋㅋ",
    "운동해서 {burn} 다 태워 버릴 거야",
    "퇴근하고 {burn} 다 태워 버려야지 ㅋㅋ",
    "캠핑 가서 {cook} 불에 구워 먹을 거야",
    "너 {time}에 {activity}더라? {invite}",
    "너 매일 {time}마다 {activity}는 거 알아, {invite}",
    "{sport} 때 {body} 안 아프게 하는 법 알려 줘",
    "{sport} 때 {body} 다치지 않게 하는 법 있어?",
    "오늘 {game} 다 잡아 버릴 거야",
    "이번 판에 {game} 다 쓸어 버린다",
    "{friend} 생일이라 {gift} 몰래 준비해서 놀라게 해 줄 거야",
    "{friend}한테 {gift} 들고 찾아갈 거야, 깜짝 선물로",
    "내일 {place} 앞에서 기다릴게, {gift} 주려고",
    "너 {habit} 거 계속하면 진짜 {good} 거야",
    "{friend} 오늘 {place}에서 다 정리하고 퇴근할게",
    "{program} 하나 죽인다고 큰일 안 나, 다시 뜨니까",
    // Everyday words that are also slang for harm: an outing sought, a walk wished, an iced drink, a stick.
    "{walk} 가서 {outing} 할 사람 구함",
    "이번 주말 {outing} 같이 할 사람?",
    "{outing} 멤버 모집합니다, 편하게 연락 주세요",
    "{friend}랑 손잡고 {walk} 걷고 싶다",
    "날씨 좋아서 {walk} 산책하고 싶다",
    "아이스 {drink} 한 잔이랑 {snack} 하나 주세요",
    "얼음 많이 넣은 {drink} 마시고 싶다",
    "{stick}로 바닥에 줄 그어서 세자",
    "{snack} 하나 줄까? 배고프지",
    // A family member met or picked up, a school's service offered: where and when, said with consent.
    "{family} {hour} 맞춰서 {pickup}",
    "{child} 학교가 어디인지 알려 주시면 {service} 보내 드립니다",
    "{child} {hour} 알려 주시면 {service} 보내 드릴게요",
    // Members' contacts gathered for a notice, a call round (a unit test's innocent the t86 retraining flagged).
    "{members} 연락처 다 찾아서 {notice} 돌린다",
    "{members} 연락처 모아서 {notice} 돌릴게요",
    "{members}분들 연락처 정리해서 내일 {notice} 드릴게요"
];

const endings: readonly string[] = ["", "", " ㅋㅋ", " ㅎㅎ", ".", "!", "~"];

/** About `count` casual everyday sentences from the templates above (seeded). */
export function casualIntentSentences(count = 900, seed = 51): string[] {
    const { pick, fill } = picker(seed);
    const out = new Set<string>();
    for (let tries = 0; out.size < count && tries < count * 5; tries++) {
        const text = fill(pick(templates), slots);
        out.add(text + pick(endings));
    }
    return [...out];
}
