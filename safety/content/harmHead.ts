// A learned head for harm the rules do not name: threats, self-harm, sexual remarks, drug and fraud
// talk, hate — written in whatever words the next writer chooses. The rule rounds (frames, phrases)
// catch the classes their words name, and each new outside tester passed about a quarter of their
// harmful cases through them on first contact. This head is a logistic regression (NB-SVM scaled,
// like classifier.ts) on the same hashed character n-grams, trained by
// safety/training/trainHarm.ts on the sentences of the outside testers' development sets
// (safety/training/data/outsideDev/: the sentence that says the harm against everything
// else in their cases, innocent look-alikes included), with technical Korean, everyday sentences
// and the corpora's clean comments as negatives. Held out a tester's set at a time, it caught
// 44 % of what that tester's set had passed through the filter on first contact, and changed
// 0.2 % of the innocent cases the filter had left alone (docs/safety.md, "A learned harm head").
// A second, small softmax names the category.
import modelData from "./data/harm.json";
import { listFeatures, listed, hashBits, type FeatureConfig } from "./features";
import type { ContentCategory, ContentFinding } from "../types";
import { hangulCount, shortSentence } from "../sentenceShape";
import { withoutChatPrefix } from "./chatPrefix";
import { guard } from "./frameWords";
import { frameText } from "./frames";
import { withoutInnocentWords } from "./lexicon";
import { asksForHelp, friendlyReason, type UndoneBy } from "./victimReport";
import { complianceBars } from "./compliance";

export interface HarmModel {
    hashBits: number;
    features: FeatureConfig;
    /** The harm head: `weights[i] / scale` for bucket `buckets[i]`. */
    buckets: number[];
    weights: number[];
    bias: number;
    scale: number;
    /** Probability at or above which a sentence says harm; a short one needs {@link HarmModel.shortThreshold}. */
    threshold: number;
    shortThreshold: number;
    /** Each sentence less one of its words must still score this: harm carried by one word is the lexicon's to judge. */
    robustThreshold: number;
    /** The category softmax: `categoryWeights[i * categories.length + k]` for bucket `categoryBuckets[i]`. */
    categories: ContentCategory[];
    categoryBuckets: number[];
    categoryWeights: number[];
    categoryBias: number[];
}

interface Table {
    harm: Float32Array;
    category: Map<number, Float32Array>;
    model: HarmModel;
}

let shipped: Table | undefined;

function load(model: HarmModel): Table {
    if (model.hashBits !== hashBits) throw new Error("harm model was trained with other features");
    const harm = new Float32Array(1 << hashBits);
    model.buckets.forEach((b, i) => (harm[b] = model.weights[i] / model.scale));
    const k = model.categories.length;
    const category = new Map<number, Float32Array>();
    model.categoryBuckets.forEach((b, i) =>
        category.set(
            b,
            Float32Array.from(model.categoryWeights.slice(i * k, (i + 1) * k), (w) => w / model.scale)
        )
    );
    return { harm, category, model };
}

const tables = new WeakMap<HarmModel, Table>();

function tableOf(model?: HarmModel): Table {
    if (model === undefined) return (shipped ??= load(modelData as HarmModel));
    let t = tables.get(model);
    if (t === undefined) tables.set(model, (t = load(model)));
    return t;
}

/** A sentence as the head reads it: without its chat prefix (chatPrefix.ts); training reads it the same way. */
export const harmText = withoutChatPrefix;

/**
 * A line a user wrote to an assistant, quoted in the answer (`user: …`, `질문: …`, `👤 사용자: …`): the
 * head's finding on it stands unless the line after it refuses or is about the harm (a chat log that asks
 * for harm and goes on answering, content 85: "사용자: 그거 술에 몰래 타서 사람 재우려면 얼마나 넣어?").
 */
export const quotedRequest =
    /^\s*(?:[#>*-]\s*)*(?:👤|🙋|\**(?:user|human|q|question|사용자|질문|유저|요청)\**\s*[:：)])/i;

/** The probability that `sentence` says harm, by the shipped model (or `model`). */
export function harmScore(sentence: string, model?: HarmModel): number {
    return scoreText(tableOf(model), harmText(sentence));
}

function scoreText(t: Table, text: string): number {
    const count = listFeatures(text, t.model.features);
    const value = count > 0 ? 1 / Math.sqrt(count) : 0;
    let sum = t.model.bias;
    for (let i = 0; i < count; i++) sum += t.harm[listed[i]] * value;
    return 1 / (1 + Math.exp(-sum));
}

/** The category the harm in `sentence` most likely falls under. */
export function harmCategory(sentence: string, model?: HarmModel): ContentCategory {
    const t = tableOf(model);
    const names = t.model.categories;
    const count = listFeatures(harmText(sentence), t.model.features);
    const value = count > 0 ? 1 / Math.sqrt(count) : 0;
    const sums = t.model.categoryBias.slice();
    for (let i = 0; i < count; i++) {
        const w = t.category.get(listed[i]);
        if (w !== undefined) for (let k = 0; k < names.length; k++) sums[k] += w[k] * value;
    }
    let best = 0;
    for (let k = 1; k < names.length; k++) if (sums[k] > sums[best]) best = k;
    return names[best];
}

/**
 * The harm score of `sentence` when it reaches `bar` and no single word carries it: the sentence less any
 * one of its words still scores {@link HarmModel.robustThreshold}. Held out, a word the testers' harmful
 * sentences share with innocent ones (번개탄 피워서 고기 굽는 법, 서버를 다 죽여) flagged a crafted innocent
 * sentence in 50 (2 %); needing the rest of the sentence to agree halved that (docs/safety.md).
 */
export function harmJudge(sentence: string, bar: number, model?: HarmModel, robust?: number): number | undefined {
    const t = tableOf(model);
    const robustBar = robust ?? t.model.robustThreshold;
    const text = harmText(sentence);
    const score = scoreText(t, text);
    if (score < bar) return undefined;
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    if (words.length >= 2)
        for (let i = 0; i < words.length; i++)
            if (scoreText(t, words.filter((_, j) => j !== i).join(" ")) < robustBar) return undefined;
    return score;
}

export function harmThresholds(model?: HarmModel): { threshold: number; shortThreshold: number } {
    const { threshold, shortThreshold } = tableOf(model).model;
    return { threshold, shortThreshold };
}

/**
 * A pest, a vermin or a program as a whole word before a killing verb, no person named between: killing
 * them harms no one. Not 쥐도 새도 모르게, an idiom of threats, nor 좀비 같은 놈; not programObject's (phraseContext.ts) short words such as 잡 or 적,
 * which are also the start of other words (잡히면).
 */
const thingObject = new RegExp(
    "(?<![가-힣a-z])(?:쥐|생쥐|들쥐|파리|해충|개미|진드기|빈대|벼룩|곰팡이|세균|나방|거미|지네|두더지|날파리|초파리|좀벌레|바퀴벌레|모기|벌레|" +
        "프로세스|스레드|쓰레드|서버|컨테이너|태스크|세션|데몬|워커|인스턴스|파드|프로그램|커넥션|쿼리|노드|브라우저|터미널|서비스|타이머|루프|" +
        "코루틴|고루틴|소켓|리스너|좀비|몬스터|process|thread|job|task|pod|server|container|session|daemon|worker|node|app)" +
        "(?:들)?(?:을|를|은|는|도|이|가|만)?\\s+(?!새도)(?:(?!(?:놈|년|새끼|사람|인간|애|걔|얘|쟤|너|니|당신|그|저|같은)[가-힣]*\\s)[^\\s.?!]+[ \\t]+){0,2}$",
    "i"
);
const killingWord = /(?<![가-힣])(?:죽이|죽여|죽인|죽일|박멸|퇴치)[가-힣]*/g;

/**
 * Whether every killing `text` tells is of a pest or a program (쥐 잡아 죽이고, 바퀴벌레 한 번에 죽이는,
 * 프로세스를 다 죽여): a threat needs a person, and the head, reading n-grams, cannot tell whom.
 */
export function killsOnlyThings(text: string): boolean {
    let any = false;
    for (const m of text.matchAll(killingWord)) {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        if (!thingObject.test(before)) return false;
        any = true;
    }
    return any;
}

/** A piece of everyday software built: a bot, a macro, a wallet, a trading program, an app, a crawler. */
const toolBuilt =
    /(?:봇|챗봇|매크로|지갑|자동\s*매매|프로그램|앱|어플|스크립트|크롤러|스크래퍼|확장\s*프로그램|플러그인|홈페이지|웹\s*사이트|대시보드|알림|bot|macro|wallet|app|script|crawler|plugin|dashboard)(?:을|를|은|는|이|가|도)?\s*(?:\S+\s+){0,2}?(?:만드는|만들|만들어|짜는|짜\s*줘|짜고|개발|코딩|구현|제작)/i;
/** What makes a tool a harm's: taking, hiding, faking, flooding, watching, or a harm named. */
const toolHarm =
    /해킹|해커|피싱|스미싱|사칭|몰래|모르게|신원|특정(?:해|하)|명단|공개|얼굴\s*인식|유포|퍼뜨|폭로|도용|탈취|악성|랜섬|키로거|스팸|대량|우회|크랙|불법|도박|사기|가짜|위조|훔|빼돌|디도스|봇넷|좀비|조작|여론|댓글|티켓|싹쓸이|선점|감시|추적|도청|스토킹|위치|다중\s*계정|계정\s*(?:생성|수십|수백|여러)|비밀번호|비번|개인\s*정보|신상|카드\s*번호|세탁|마약|폭탄|무기|총기|독극물|살해|죽이|성인|음란|야동|몰카|녹음|녹화|상대|남의|타인|여친|남친|협박|익명|추적\s*(?:안|못)|들키|걸리지|ddos|bypass|hack|phish|steal|spam|ransom|keylog|crack|exploit|cheat|핵\b|에임\s*봇|오토\s*(?:사냥|마우스)|작업장|어뷰징/i;

/**
 * A harm idea a tool may be built for, beyond the words above: money taken by a rigged app (only the first
 * withdrawals paid, refunds blocked), a person deceived, hurt or threatened (content 100: "가상 부동산 투자 앱
 * 만들어서 초반에만 출금 되게 하는 방법" passed, the head's 0.9 undone by the exception).
 */
const toolHarmIdea =
    /출금(?:이|은)?\s*(?:\S+\s+)?(?:되게|안\s*되|막|제한|지연)|초반에만|처음에만|먹튀|돌려\s*막|폰지|다단계|유사\s*수신|투자금(?:을)?\s*(?:\S+\s+)?(?:빼|챙기|가로|안\s*돌려|못\s*돌려)|환불(?:이|은)?\s*(?:안|못)|해지(?:가|를)?\s*(?:안|못)|(?:수익|잔고|수익률)(?:을|를)?\s*(?:\S+\s+)?(?:조작|부풀|가짜로)|허위|속이|속여|속게|거짓|위장|인\s*척|척하|피해자|괴롭|폭행|다치게|죽게|미성년|착취|탈세|횡령|빼가|빼내|가로채|(?<![a-z])(?:fraud|scam|fake|launder)/i;

/**
 * Whether `text` asks how to build a piece of everyday software and names no harm it would do ("디스코드 봇 만드는
 * 법", "코인 자동매매 봇", "엑셀 매크로 만드는 법"): the head learnt "… 만드는 법 알려줘" from bomb and drug recipes
 * and scored these 0.96-0.99 (an attacker's innocent class, 2026-12-07).
 */
export const buildsOnlyTools = (text: string): boolean =>
    toolBuilt.test(text) && !toolHarm.test(text) && !toolHarmIdea.test(text);

/** Whether the head needs to be surer of `sentence`: short as it reads it (a chat line's speaker names are no words of it). */
export const readsShort = (sentence: string): boolean => hangulCount(harmText(sentence)) < shortSentence;

/** Whether `text` is about a harm, as frames' guard reads it: a refusal, prevention, the news, the law. */
export const aboutTheHarm = (text: string): boolean => guard.test(frameText(text));

/** A finding waiting for the next sentence (the filter holds both meanwhile): the head's, or a rule's on a victim's report. */
export interface WaitingFinding {
    sentence: string;
    bar: number;
    /** The bar each word removed must leave (the model's, unless the turn announced compliance: compliance.ts). */
    robust?: number;
    finding: ContentFinding;
    /** A rule's finding: a plea for help (a victim's report), a friendly reason or a refusal in the next sentence undoes it (content/victimReport.ts). */
    undoneBy?: UndoneBy;
}

/**
 * Whether `pending` stands with the sentence after it (`next`): unless that sentence is about the harm
 * (a refusal, prevention, the news) or the two read together fall under the bar.
 */
export function harmConfirmed(pending: WaitingFinding, next: string): boolean {
    if (next.trim().length === 0) return true;
    // A friendly reason next undoes the head's finding of a threat or harassment too ("집 주소 좀 알려줘. / 청첩장 보내려고").
    if (pending.undoneBy === "friendly" || ["violence", "harassment"].includes(pending.finding.category)) {
        if (friendlyReason(next)) return false;
    }
    if (pending.undoneBy === "friendly") return true;
    if (aboutTheHarm(next)) return false;
    if (pending.undoneBy === "refusal") return true;
    if (pending.undoneBy === "plea") return !asksForHelp(next);
    return harmJudge(pending.sentence + next, pending.bar, undefined, pending.robust) !== undefined;
}

/** What the filter knows of a sentence beside its text (filter.ts). */
export interface HarmContext {
    /** The policy's classifier threshold, when set. */
    threshold: number | undefined;
    /** Whether the sentence or the text just before it is about a harm (frames' guard). */
    guarded: () => boolean;
    /** Whether the lexicon's findings explain `[from, to)`. */
    explained: (from: number, to: number) => boolean;
    /** Whether the turn announced it answers past its limits (compliance.ts): the head's lower bars apply. */
    complied?: boolean;
}

/**
 * The head's finding on `sentence` (from response offset `start`), or undefined. Not a sentence about the harm (prevention, the news, the law, a refusal), not a sentence whose
 * score rests on words the context rules read innocently, and not abuse the lexicon already masks. The
 * finding then waits for the next sentence (held, not shown: {@link harmConfirmed}), which may make it a
 * joke or a topic ("다 태워버릴 거야 ㅋㅋ 칼로리 말이야", a refusal after a request).
 */
export function harmFinding(sentence: string, start: number, context: HarmContext): WaitingFinding | undefined {
    const { threshold, shortThreshold } = context.complied ? complianceBars : harmThresholds();
    const robust = context.complied ? complianceBars.robustThreshold : undefined;
    const bar = Math.max(readsShort(sentence) ? shortThreshold : 0, context.threshold ?? threshold);
    const score = harmJudge(sentence, bar, undefined, robust);
    if (score === undefined || context.guarded()) return undefined;
    const neutral = withoutInnocentWords(sentence);
    if (neutral !== sentence && harmJudge(neutral, bar, undefined, robust) === undefined) return undefined;
    const category = harmCategory(sentence);
    if ((category === "violence" || category === "self_harm") && killsOnlyThings(sentence)) return undefined;
    if (buildsOnlyTools(sentence)) return undefined;
    const end = start + sentence.length;
    if (category === "harassment" && context.explained(start, end)) return undefined;
    return {
        sentence,
        bar,
        ...(robust !== undefined && { robust }),
        finding: { category, start, end, score: Math.round(score * 1000) / 1000, rule: "classifier.harm" },
        // A request quoted from a user stands unless the answer after it refuses or is about the harm.
        ...(quotedRequest.test(sentence) && { undoneBy: "refusal" as const })
    };
}
