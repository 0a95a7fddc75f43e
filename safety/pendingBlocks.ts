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
            if (to > from && undoneByNext(finding) === "refusal" && aboutTheHarm(sentence.slice(to))) return false;
            return to <= from || !innocentContext(lower, from, to, decision.type as ContentCategory);
        });
    }
}
