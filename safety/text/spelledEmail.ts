/**
 * E-mail addresses written with the "@" and the dots spelled or spaced out, as a model writes an
 * address it was asked to disguise: `kim at company dot com`, `kim [at] company [dot] kr`,
 * `kim 골뱅이 company 점 kr`, `kim @ company . com`, and the local part's dots spaced too
 * (`kim . minsu @ naver . com`, `kim dot minsu at naver dot com`). The view reads them as
 * `local@domain.tld`; a plain address is the e-mail recognizer's own.
 */

interface Replacement {
    start: number;
    end: number;
    with: string;
}

const atWord = String.raw`\s*(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|[[({]골뱅이[\])}]|골뱅이|골뱅|앳|엣|에이티|["'\x60]\s*\+\s*["'\x60]@["'\x60]\s*\+\s*["'\x60])\s*|\s+at\s+sign\s+|\s+at\s+|\s+@\s*|\s*@\s+|@`;
const dotWord = String.raw`\s*(?:\[dot\]|\(dot\)|\{dot\}|\[\.\]|\(\.\)|\[점\])\s*|\s+dot\s+|\s*(?:점|닷|쩜)\s*|\s+\.\s*|\s*\.\s+|\.`;
/** A dot of the local part written spaced or spelled (a plain "." is the local part's own character). */
const localDot = String.raw`[ \t]*(?:\[dot\]|\(dot\)|\{dot\}|\[\.\])[ \t]*|[ \t]+dot[ \t]+|[ \t]+\.[ \t]*|[ \t]*\.[ \t]+`;
/** The local part: a word, then at most three more joined by a spaced or spelled dot. */
const localPart = String.raw`[A-Za-z0-9][A-Za-z0-9._%+-]*?(?:(?:${localDot})[A-Za-z0-9][A-Za-z0-9_%+-]*){0,3}`;
const spelledEmail = new RegExp(
    String.raw`(?<![\w.+-])(${localPart})(${atWord})([A-Za-z0-9가-힣-]+)((?:(?:${dotWord})[A-Za-z0-9가-힣-]+)+)`,
    "gi"
);
const dotSplit = new RegExp(`(${dotWord})`, "gi");
const wholeDot = new RegExp(`^(?:${dotWord})$`, "i");
const localDotSplit = new RegExp(`(${localDot})`, "gi");
const topLevel = /^(?:com|net|org|kr|io|co|jp|us|edu|gov|dev|ai|me|im|app|so|gg|xyz|cloud|tech|info|biz|한국)$/i;
/** A top-level domain said in Hangul after 닷 / 점 (naver 닷컴, daum점넷): read as its letters. */
const hangulTopLevel: Record<string, string> = {
    컴: "com",
    콤: "com",
    넷: "net",
    케이알: "kr",
    오알지: "org",
    씨오: "co",
    아이오: "io",
    제이피: "jp"
};

/** The replacements that make spelled-out addresses in `text` read `local@domain.tld`. */
export function spelledEmailReplacements(text: string): Replacement[] {
    const out: Replacement[] = [];
    spelledEmail.lastIndex = 0;
    for (let m = spelledEmail.exec(text); m !== null; m = spelledEmail.exec(text)) {
        const [, local, at, , rest] = m as unknown as [string, string, string, string, string];
        // A plain word, or "@" with spaces (Python's matrix product: weights @ inputs.T).
        const plainAt = /^\s+at\s+$/i.test(at) || /^\s*@\s*$/.test(at);
        // (A particle glued to the top-level domain goes: "… dot com으로".)
        let tld = rest.slice(rest.search(/[A-Za-z0-9가-힣-]+$/)).replace(/^([A-Za-z0-9-]+)[가-힣]{1,3}$/, "$1");
        // (닷컴이에요: the particle after the spoken domain goes too.)
        const spoken =
            /^(닷|점|쩜)?(컴|콤|넷|케이알|오알지|씨오|아이오|제이피)(?:이에요|이야|입니다|으로|이고|이요|요|로|이|을|은)?$/.exec(
                tld
            );
        const spokenAt =
            spoken === null
                ? -1
                : m.index + m[0].length - tld.length + ((spoken[1] as string | undefined)?.length ?? 0);
        if (spoken !== null) tld = hangulTopLevel[spoken[2]];
        // A Korean domain (도메인 점 한국) only with a known top-level domain: 점 is also a word.
        if (/[가-힣]/.test(m[3] + rest) && !topLevel.test(tld)) continue;
        // "look at this.Then": the plain word needs a real top-level domain after it.
        if (plainAt && !topLevel.test(tld)) continue;
        const spacedLocal = /\s|\[|\(|\{/.test(local);
        // A plain address is the e-mail recognizer's; only one with a dot written spaced is rewritten here.
        if ((at === "@" && !/\s|\[|\(|\{/.test(rest) && !spacedLocal && spoken === null) || local.length < 2) continue;
        if (at === "@" && !topLevel.test(tld)) continue;
        if (spacedLocal) {
            let k = m.index;
            for (const piece of local.split(localDotSplit)) {
                if (piece.length > 0 && /[^A-Za-z0-9_%+-]/.test(piece) && piece !== ".")
                    out.push({ start: k, end: k + piece.length, with: "." });
                k += piece.length;
            }
        }
        const atStart = m.index + local.length;
        out.push({ start: atStart, end: atStart + at.length, with: "@" });
        let at2 = atStart + at.length + m[3].length;
        for (const piece of rest.split(dotSplit)) {
            if (piece.length > 0 && wholeDot.test(piece) && piece !== ".")
                out.push({ start: at2, end: at2 + piece.length, with: "." });
            at2 += piece.length;
        }
        if (spoken !== null) out.push({ start: spokenAt, end: spokenAt + spoken[2].length, with: tld });
    }
    return out;
}
