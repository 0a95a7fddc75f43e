// A password that is a plain word, given in a sentence that says it is the password: "관리자 비밀번호는
// dragon 이에요", "비번 그냥 password 로 돼 있음" (six letters or more), "공유 폴더 비밀번호는 사랑해천사
// 입니다" (a Korean word quoted, or set apart from its copula by a space). The password-phrase rule (secrets.ts) wants a digit or a sign in the value, so a word passed (found from
// outside, 2026-12-07). Here the sentence must say "is": a copula follows the word ("입니다", "이에요",
// "로 돼 있음") or the line, the sentence or the text ends with it; a rule's word ("비밀번호는 required 입니다") and a
// field in code (password: string) stay. A Korean word with digits or signs ("해바라기0815", "별빛가득!") is
// a password after any of its names, 암호 and a foreign one's (パスワード, contraseña, "login with pass …")
// included, when the clause goes on to a copula, to "로 바꿨어" or to its end; a plain word needs a colon
// or an arrow before it and the line's end after it ("암호: 노을지는강변"). Found from outside (2026-12-07):
// such passwords passed whole, the phrase rule reading no Hangul.
import { isPlaceholder } from "./context";
import type { PiiFinding } from "../types";
import { algorithm } from "./secrets";

const passwordName = /비밀\s?번호|비번|패스워드|암호|パスワード|contraseña|password|passwd|pass|pw/i;
const passwordWord = String.raw`(?:비밀\s?번호|비번|패스워드|(?<![A-Za-z_])(?:password|passwd|pw|passphrase|pass[ \t]+phrase)(?![A-Za-z_]))`;
/** Every name a password goes by, as a word: the above, 암호 (not 암호화), a foreign name, a pass phrase. */
const anyPasswordWord = String.raw`(?:비밀\s?번호|비번|패스워드|암호(?!화)|パスワード|contraseña|(?<![A-Za-z_])(?:password|passwd|pw|pass(?:[ \t]*phrase)?)(?![A-Za-z_]))`;
/** Then its particle or a colon, and an adverb ("그냥", "아직") before the value. */
const toValue = String.raw`(?:은|는|이|가)?(?:[ \t]+(?:is|was)(?=[ \t]))?[ \t]*(?:[:=→]|->)?[ \t]*(?:(?:그냥|바로|아직|여전히|원래|지금|현재|아마)[ \t]+)?["'‘“\x60]?`;
/** A copula or the clause's end after the value: the sentence says the value is the password. */
const copula = String.raw`(?:입니다|이에요|예요|이야|야|이고|임|이었|였|이라서|라서|이라고|라고|이래|래)(?![가-힣])`;
const saysIs = String.raw`["'’”\x60]?(?:[ \t]*${copula}|[ \t]+(?:으로|로)[ \t]+(?:돼|되어|됐|설정|바꿨|바꿔\s*놨|해\s*놨|해\s*뒀)|[ \t]*(?:[.!](?![A-Za-z0-9])|(?=\r?\n)))`;

/** Words a rule or a form says of a password, not a password. */
const notPassword =
    /^(?:null|none|nil|empty|blank|required|optional|hidden|unknown|secret|private|public|default|same|changed|correct|wrong|invalid|valid|incorrect|expired|encrypted|hashed|plain|plaintext|masked|redacted|unset|needed|mandatory|undefined|true|false|string|text|field|input|value|values|here|there|okay|weak|strong|short|long|sha|salted|reset|temp|omitted|removed|같음|동일|필수|선택|공백|없음|비공개|변경|초기화|숫자|영문|특수문자|암호화|대소문자|일치|불일치|만료|필요|보안|설정|미설정|임시|생략|숨김|마스킹|별도|아래|위|다음|이전|미입력|입력|확인|오류|기본값|틀림|맞음|동일함|안전|취약)$/i;

const latinWord = new RegExp(String.raw`${passwordWord}${toValue}([A-Za-z][A-Za-z-]{5,31})(?=${saysIs})`, "dgi");
const koreanWord = new RegExp(
    String.raw`${passwordWord}(?:은|는|이|가)[ \t]*(?:["'‘“]([가-힣]{3,12})["'’”][ \t]*${copula}|([가-힣]{3,12})[ \t]+(?:입니다|이에요|예요|이야|였어요|이었어요)(?![가-힣]))`,
    "dg"
);
/** A verb that sets a password: "로 바꿨어", "으로 설정해 뒀어요". */
const setTo = String.raw`(?:으로|로|라고|이라고)[ \t]*(?:돼|되어|됐|설정|바꿨|바꿔|변경|해[ \t]*(?:놨|뒀|놓)|했|정했|만들)`;
/** A Korean word with digits or signs after any password name: copula, a setting verb, or the clause's end after it. */
const koreanMixed = new RegExp(
    String.raw`${anyPasswordWord}(?:은|는|이|가|을|를)?[ \t]*(?:[:=→]|->|\bis\b|\bwith\b)?[ \t]*(?:(?:그냥|바로|아직|지금|현재|아마)[ \t]+)?["'‘“\x60]?([가-힣]{2,12}(?:\d{1,8}[!@#$%^&*~._]{0,3}|[!@#$%^&*~]{1,3}))(?=["'’”\x60]?[ \t]*(?:${copula}|였던|이었던|${setTo}|[.,]?[ \t]*(?:\r?\n|$)))`,
    "dgi"
);
/** A plain Korean word after a colon or an arrow, alone to its line's end ("암호: 노을지는강변"), or set with a verb. */
const koreanLine = new RegExp(
    String.raw`${anyPasswordWord}(?:[ \t]*(?:[:→]|->)[ \t]*([가-힣]{4,12})(?=[ \t]*(?:\r?\n|$))|(?:은|는|이|가)?[ \t]+([가-힣]{4,12})(?=[ \t]+(?:${setTo}|였던|이었던)))`,
    "dgi"
);
/**
 * A Latin token with letters and digits after "pass" as a noun ("login with pass Tide#40x then …", "pass: …",
 * "pass phrase → …"): one without a digit is a word. Not the verb, which developer prose uses all the time
 * ("pass utf8mb4 as the charset", "pass x86_64 옵션", "Node18 or newer").
 */
const passToken =
    /(?<![A-Za-z_-])(?:(?:with|using|login|log[ \t]?in|sign[ \t]?in)[ \t]+pass|pass[ \t]*phrase|pass(?=[ \t]*(?:[:=]|is[ \t])))[ \t]*(?:[:=→]|->)?[ \t]*(?:is[ \t]+)?([A-Za-z][^\s가-힣"'\x60,;()<>]{5,63})/dgi;
/** A noun a form or a rule says of a password (변경됨, 필수입력, 영문숫자조합): not one. */
const ruleNoun =
    /(?:됨|함|화|조합|입력|필요|금지|권장|불가|가능|확인|변경|설정|규칙|정책|요건|기준|암호|방식|알고리즘|체계|기법)$/;

/** A word, then signs, that ends a sentence: 바꿨어!, 알았죠!!, 그거야~. */
const sentenceEnding = /(?:다|요|죠|어|아|네|지|라|야|까|해|줘|냐|니|군|래|게|자|세)[!~]+$/;
/** A Korean word that ends in a particle or a verb's ending: a phrase of the sentence, not a password. */
const phraseEnding = /(?:은|는|을|를|이|가|의|에|로|만|도|한|된|할|인|적|상|용|류|식|형|중)$/;

/**
 * A password word in `scanText` from `from` on, read with the segment's right context (`after`: what the
 * stream has received past the segment before releasing it, contentHold.ts), where the copula lies.
 */
export function passwordWordPhrase(scanText: string, from: number, after: string): PiiFinding[] {
    const out: PiiFinding[] = [];
    const base = Math.max(0, from - 48);
    // Nothing after the segment, which ends no sentence: the end of the text, read as a line's end.
    const text = scanText.slice(base) + (after === "" ? "\n" : after);
    if (!passwordName.test(text)) return out;
    for (const pattern of [latinWord, koreanWord, koreanMixed, koreanLine, passToken]) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
            // (A group that did not take part is undefined at run time; the type says string.)
            const group = (m[1] as string | undefined) === undefined ? 2 : 1;
            const span = m.indices?.[group];
            if (span === undefined) continue;
            const [start, end] = [span[0] + base, span[1] + base];
            if (start < from || end > scanText.length) continue;
            const value = m[group];
            if (notPassword.test(value) || isPlaceholder(value) || algorithm.test(value)) continue;
            // password = "password": the field's own name as its value, a placeholder in code.
            if (m[0].toLowerCase().startsWith(value.toLowerCase())) continue;
            // userPassword: an identifier; 숫자만: a phrase.
            // (A pass phrase is words run together: RiverStoneBlue after its name is one.)
            if (/[a-z][A-Z]/.test(value) && pattern !== passToken && !/phrase/i.test(m[0])) continue;
            // (Quoted, or alone on its line after a colon, a word is the value even when it ends like a phrase: 햇살좋은날에.)
            const setApart = /["'‘“]$/.test(text.slice(0, span[0])) || (pattern === koreanLine && group === 1);
            if ((pattern === koreanWord || pattern === koreanLine) && !setApart && phraseEnding.test(value)) continue;
            // "password is stored.": a verb's participle or an adverb after "is", not a word set as the password.
            if (pattern === latinWord && /\s(?:is|was)\s/i.test(m[0]) && /(?:ed|ing|ly)$/i.test(value)) continue;
            if (pattern === koreanLine && ruleNoun.test(value)) continue;
            // A sentence's own verb before its "!" (비번 바꿨어!): a sign after a word ending a sentence is no password's.
            if (pattern === koreanMixed && sentenceEnding.test(value)) continue;
            if (pattern === passToken && (!/\d/.test(value) || !/[A-Za-z]/.test(value))) continue;
            // (A word the phrase rule or another pattern here has taken already.)
            if (out.some((o) => o.start < end && start < o.end)) continue;
            out.push({ type: "SECRET", start, end, score: 0.8, rule: "secret.password_word" });
        }
    }
    return out;
}

/** A token that starts its line, and the rest of its sentence that names it a password. */
const lineToken = /^[ \t]*([A-Za-z0-9][^\s가-힣"'`]{7,63})[ \t]+/;
const namedPassword =
    /^[^\n.!?]{0,40}?(?:비밀\s?번호|비번|패스워드|암호)\s*(?:입니다|이에요|예요|이야|였습니다|이었습니다)/;

/**
 * A password named only after it, in its own sentence, the token alone at its line's start
 * ("n0KJyitaDUdx8F7 ← 이게 서다은님이 쓰시던 NAS 관리자 암호입니다"; set 83): letters with digits or signs,
 * not a scheme (AES-256-GCM 은 대칭 암호입니다), a URL or a path.
 */
export function passwordNamedAfter(scanText: string, from: number, after: string): PiiFinding | undefined {
    if (scanText.slice(scanText.lastIndexOf("\n", from - 1) + 1, from).trim() !== "") return undefined;
    const m = lineToken.exec(scanText.slice(from));
    if (m === null || !namedPassword.test(scanText.slice(from + m[0].length) + after)) return undefined;
    const value = m[1];
    if (!/[A-Za-z]/.test(value) || !/[\d\W_]/.test(value) || isPlaceholder(value) || algorithm.test(value))
        return undefined;
    if (/^(?:https?:|www\.)|[/\\]/.test(value)) return undefined;
    const start = from + m[0].indexOf(value);
    return { type: "SECRET", start, end: start + value.length, score: 0.8, rule: "secret.password_named_after" };
}
