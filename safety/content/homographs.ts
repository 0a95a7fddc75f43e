// Lexicon words that are also ordinary Korean words spelled the same (homographs), read by what
// stands around them — the text before and at most 12 characters after, as every word rule
// (wordContext.ts) — so numbers, years, dog breeds and market hours pass while the same
// syllables aimed at a person stay abuse:
// - 십팔 inside a number word or before a unit: 이십팔, 삼백십팔 원, 십팔만, 십팔 세;
// - 시바 the dog breed, the coin, the god and the queen: 시바 이누, 시바견, 시바 신, 시바의 여왕;
// - 병신년 (丙申年) the year of the sexagenary cycle: 1956년 병신년, 병신년 새해, 2016년은 병신년이다;
// - 등신 as body proportion or a life-size figure: 팔등신, 8등신, 등신대 (not 등신대가리);
// - 따먹다 of fruit or of pieces and points in a game: 산딸기를 따먹었다, 돌을 따먹는다;
// - 불알친구 (a childhood friend), 노무 (勞務, labour affairs), 후장 (後場, a market's afternoon
//   session), 딸딸이 (slippers), 시바 told of in Hindu myth, 염병 (染病) as typhoid's old name.

/** Digits and Korean number words, read as part of one number. */
const numberBefore = /(?:[0-9]|[일이삼사오육칠팔구백천만억조])$/;
const unit =
    "(?:원|명|개|월|일|살|세|시|분|초|번|층|호|도|위|등|회|권|장|대|마리|쪽|줄|칸|킬로|그램|미터|센티|퍼센트|프로|%|달러|엔|위안|kg|km|cm|mm|g|m)";
const numberAfter = new RegExp(
    `^(?:만|억|천|백|조|점\\s*[일이삼사오육칠팔구영공]|\\s*${unit}(?!새|색|쉐|세끼|가리|갈|놈|년|같|씨)|\\s+년\\s*(?:동안|간|째|전|후|만에))`
);

const yearBefore =
    /(?:\d{2,4}\s*년?|올해|내년|작년|지난해|이듬해|그해|새해|년도|(?:갑|을|병|정|무|기|경|신|임|계)(?:자|축|인|묘|진|사|오|미|신|유|술|해)년)\s*(?:은|는|이|가|,|의|도|인|의\s*해|,\s*즉)?\s*$/;
const yearAfter =
    /^년\s*(?:\(\s*(?:丙|\d)|丙申|새해|원숭이|정월|설날|설|한\s*해|해(?![가-힣])|해에|해의|해는|생(?![각])|생이|생으로|생들|띠|간지|육십갑자|\d{4})/;

const fruitOrPiece =
    /(?:열매|과일|딸기|사과|감|귤|배|복숭아|포도|자두|앵두|오디|버찌|체리|대추|밤|옥수수|고추|토마토|상추|오이|수박|참외|돌|말|기물|폰|칸|땅|점수|포인트|승점|메달|골)(?:를|을|도|만|은|는|들을|이나)?\s*$/;

type Reading = "reading" | undefined;

/** Whether the lexicon entry `entry` at `text[start, end)` is an ordinary word spelled the same. */
export function homographReading(text: string, start: number, end: number, entry: string): Reading {
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 12);
    const found = text.slice(start, end);
    switch (entry) {
        case "십팔":
            return found === "십팔" && (numberBefore.test(before) || numberAfter.test(after)) ? "reading" : undefined;
        case "시바":
            return /^\s*(?:이누|견|犬|종|강아지|코인|토큰|신(?![가-힣])|신의|신을|신은|신이|신과|신께|신에게|축제|사원|여왕|의\s*여왕|파(?![가-힣]))/.test(
                after
            ) || /(?:힌두|비슈누|브라흐마|파르바티|가네샤|인도\s*신화|신화(?:에서|의|속))[^.?!\n]{0,8}$/.test(before)
                ? "reading"
                : undefined;
        case "염병":
            // 染病, typhoid's old name, told as such (found from outside: "염병은 … 장티푸스를 이르던 말이다").
            return /^(?:은|이란|이라는|\(染病\))?\s*(?:\S+\s+){0,2}?(?:장티푸스|전염병|돌림병|역병)/.test(after) ||
                /^\s*(?:\(\s*(?:染病|온역|溫疫)|이?라\s*(?:불렀|부르|했|일컬))/.test(after) ||
                /(?:장티푸스|전염병|돌림병|역병|동의보감|한의학|온역)[^.?!\n]{0,12}$/.test(before)
                ? "reading"
                : undefined;
        case "병신":
            return found === "병신" &&
                /^년/.test(after) &&
                (yearBefore.test(before) || yearAfter.test(after) || /丙申/.test(before + after))
                ? "reading"
                : undefined;
        case "등신":
            if (/^대(?!\s*가리|갈)/.test(after)) return "reading";
            return /(?:[0-9]|[칠팔구육])$/.test(before) ? "reading" : undefined;
        case "따먹":
            return fruitOrPiece.test(before) ? "reading" : undefined;
        case "불알":
        case "부랄":
            return /^\s*친구/.test(after) ? "reading" : undefined;
        case "노무":
            return /^\s*(?:관리|비용|비|담당|사(?![가-힣])|법인|법|관계|현장|단가|직|관련|제공|계약|자문|규정|이슈|업무|리스크|인력|정책|문제|팀|부서)/.test(
                after
            )
                ? "reading"
                : undefined;
        case "후장":
            return /^\s*(?:동시호가|시초가|시가|종가|거래|마감|매매|장세|흐름|들어|개장|초반|중반|후반)/.test(after) ||
                /전장(?:과|와|,|\s)\s*$/.test(before)
                ? "reading"
                : undefined;
        case "딸딸이":
            return /^\s*(?:를|을)?\s*(?:신|벗|끌|한\s*켤레|슬리퍼)/.test(after) ? "reading" : undefined;
        case "자지":
            // 자다 asked or denied: "아직 안 자지?", "늦게까지 자지 말고", "자지 않고" (found from outside, atk24).
            return found === "자지" &&
                (/(?:안|못|아직|왜|잘|일찍|늦게까지|밤새|계속)\s*$/.test(before) ||
                    /^\s*(?:\?|말고|마(?![가-힣])|마라|마세요|않|못|도\s*않|도\s*못)/.test(after))
                ? "reading"
                : undefined;
        case "야동":
            // 야동 the place (야동초등학교, 야동역, 경주 야동리): a school, a station, a village.
            return /^(?:초등학교|초(?![가-힣])|중학교|역(?![가-힣])|역\s*근처|리(?![가-힣])|리\s|마을|사거리|삼거리|주민센터|행정복지센터|우체국|파출소)/.test(
                after
            )
                ? "reading"
                : undefined;
        default:
            return undefined;
    }
}

/**
 * How many characters after a homograph's match belong to the ordinary word (병신 + 년): the
 * classifier judges a sentence again without the whole word, not with a stray 년 left over.
 */
export function homographTail(text: string, end: number, entry: string): number {
    return entry === "병신" && text[end] === "년" ? 1 : 0;
}
