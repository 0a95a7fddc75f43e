// Frames of harm to a group, an animal or a stranger's trust (frames.ts reads them): a group of
// people called vermin or a danger and to be driven out, an animal hurt for fun, a demand for money
// under a threat to expose, and someone impersonated to be trusted. Found from outside: each passed
// written without a swear word ("… 신자는 전부 잠재적 테러리스트예요. 보이는 족족 쫓아내세요").
import { re, type Frame } from "./frameWords";

/** A group of people by faith, origin, disability, sexuality or region. */
const group =
    "기독교(?:인|도)|개신교|천주교|가톨릭|불교\\s*신자|불자|이슬람(?:교도)?|무슬림|힌두교(?:도)?|유대인|신자(?:들|놈)|교도(?:들)?|장애인|휠체어\\s*탄|자폐(?:아|인)?|다운\\s*증후군|지적\\s*장애|애자|병\\s*신들|동성애자|게이|레즈|트랜스젠더|성소수자|조선족|흑인|외노자|이주민|이민자|난민|중국인|일본인|동남아|탈북자|전라도|경상도|노인들|틀딱";

export const groupFrames: Frame[] = [
    {
        category: "hate",
        rule: "frame.hate.group",
        ideas: [
            re(
                "씨(?:를)?\\s*말려|(?:쫓아|몰아)\\s*내|추방(?:해야|하세요|시켜)|(?:다|전부|싹)\\s*(?:잡아\\s*)?가둬|가둬야|없애야|안\\s*락\\s*사|태어나지\\s*말았어야|살\\s*가치가\\s*없|기생충|바퀴\\s*벌레|벌레\\s*같|짐승만도|종자(?:예요|다|들)|세금\\s*(?:도둑|낭비)|잠재적\\s*(?:테러리스트|범죄자|강간범)|사람\\s*죽이는\\s*걸\\s*즐기"
            ),
            re(group)
        ],
        unless: re(
            "혐오\\s*(?:표현|발언|범죄)|차별(?:\\s*금지|은|을\\s*없|에\\s*반대)|편견|고정\\s*관념|인권|라는\\s*(?:말|주장|발언)|처벌\\s*대상|규탄|비판|반박|사실이\\s*아닙|근거\\s*없"
        )
    },
    {
        category: "violence",
        rule: "frame.animal_cruelty",
        ideas: [
            re(
                "학대(?:하는|하려면|해서|하면)|고통스럽게|고통스러워|괴롭혀|불로\\s*지지|물에\\s*담갔다|다리를?\\s*묶|덫을?\\s*놓|굶기세요|죽이는\\s*(?:방법|법)|때려\\s*죽"
            ),
            re(
                "개(?:를|가)?(?![가-힣])|강아지|고양이|길냥이|유기견|유기묘|비둘기|토끼|햄스터|동물|새끼\\s*(?:고양이|강아지)"
            ),
            re("세요|방법|법입니다|하려면|조회수|영상\\s*찍|올리면|재밌|반복")
        ],
        unless: re(
            "구조|신고|처벌|동물\\s*보호법|보호소|입양|수의사|치료|예방|학대\\s*(?:신고|처벌|예방|사례|정황)|안락사\\s*(?:결정|절차)|해충|바퀴\\s*벌레|쥐덫|모기"
        )
    },
    {
        category: "violence",
        rule: "frame.extortion",
        ideas: [
            re(
                "입금(?:해|하라|하세요|안\\s*하면)|송금(?:해|하라)|돈\\s*안\\s*보내면|코인\\s*지갑으로\\s*보내|(?:\\d+\\s*)?만\\s*원\\s*(?:보내|입금)"
            ),
            re(
                "올리면|뿌린다|뿌릴\\s*거|퍼뜨|보낼\\s*거야|보낸다|넘기기\\s*전에|유포|공개(?:한다|할\\s*거)|삭제해\\s*줄게|넌\\s*끝|인생\\s*끝"
            )
        ],
        unless: re(
            "보이스\\s*피싱|사기\\s*(?:주의|수법|문자)|신고|경찰|대처|무시하세요|응하지\\s*마|협박\\s*(?:문자를?\\s*받|피해)|받으셨다면|받았다면"
        )
    },
    {
        category: "dangerous",
        rule: "frame.impersonation",
        ideas: [
            re(
                "사\\s*칭(?:하는|해서|하면|하세요)|가짜\\s*(?:공무원증|신분증|인증\\s*사진|명함|직원증|사원증)|진짜\\s*\\S+\\s*(?:인\\s*줄|라고\\s*믿)"
            ),
            re("세요|만드는\\s*(?:법|방법)|법입니다|하려면|하면\\s*됩니다|압니다")
        ],
        unless: re("사칭\\s*(?:주의|피해|사기|신고|범죄|계정\\s*신고)|조심|의심하세요|확인하세요|속지|처벌")
    }
];
