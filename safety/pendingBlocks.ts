// A phrase's block waits for the end of its sentence (found from outside: "'난민은 모두 범죄자'라는
// 주장은 … 틀렸고 혐오를 부추깁니다", "타인의 계정을 해킹하는 것은 … 도와드릴 수 없습니다" were blocked).
// A phrase is judged in its segment's window, which holds little of what follows it, and the words
// that make it a topic — a refutation, a refusal, a quote talked about — often come later in the
// sentence. The sentence is held until judged (contentHold.ts), so nothing of it is on screen while
// the block waits; at the sentence's end the phrase is read again with the whole sentence after
// it (phraseContext.ts), and blocks unless that makes it a topic.
import { aboutTheHarm } from "./content/harmHead";
import { innocentContext } from "./content/phraseContext";
import { undoneByNext } from "./content/victimReport";
import type { Decision } from "./decide";
import type { ContentCategory, ContentFinding } from "./types";

/**
 * An assistant's refusal after the phrase, in the same sentence and turn ("어시스턴트: 폭발물 제작 방법은 안내할
 * 수 없어요, 대신 …", t86): what the phrase names is declined, not given. Polite forms only ("설명할 수 없을
 * 만큼" is no refusal), and no speaker between them: a user's request quoted before the refusal stays its own.
 */
const refusal =
    /(?:안내|설명|제공|작성|알려|도와)\s*(?:해\s*)?드릴\s*수\s*(?:는\s*)?없|드리기\s*(?:어렵|어려)|(?:안내|제공|작성)할\s*수\s*(?:는\s*)?없(?:어요|습니다)/;
const turn = /(?:^|\s)[^\s:：]{1,16}\s*[:：]\s/;
function refusedAfter(after: string): boolean {
    const at = refusal.exec(after)?.index;
    return at !== undefined && !turn.test(after.slice(0, at));
}

export class PendingBlocks {
    private pending: Decision[] = [];

    /** Whether `decision` waits for its sentence (a phrase's block); it is then kept here. */
    defer(decision: Decision): boolean {
        if (decision.kind !== "content" || decision.action !== "block") return false;
        if (!(decision.finding as ContentFinding).rule.startsWith("phrase.")) return false;
        this.pending.push(decision);
        return true;
    }

    /**
     * The first waiting block the whole sentence (`sentence`, from response offset `start`) still
     * confirms; the others are dropped. Undefined when none waits or every one reads as a topic.
     */
    confirm(sentence: string, start: number): Decision | undefined {
        if (this.pending.length === 0) return undefined;
        const pending = this.pending;
        this.pending = [];
        const lower = sentence.toLowerCase();
        return pending.find((decision) => {
            const finding = decision.finding as ContentFinding;
            const from = Math.max(0, finding.start - start);
            const to = Math.min(lower.length, finding.end - start);
            const after = sentence.slice(to);
            if (to > from && (refusedAfter(after) || (undoneByNext(finding) === "refusal" && aboutTheHarm(after))))
                return false;
            return to <= from || !innocentContext(lower, from, to, decision.type as ContentCategory);
        });
    }
}
