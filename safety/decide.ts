// Deciding, apart from applying (Presidio's analyzer / anonymizer split): the
// policy turns each finding into an action, and the actions that change the text
// into operations. anonymizer.ts applies the operations; neither knows the other's
// rules.
import type { SafetyPolicy } from "./policy";
import type { Action, ContentCategory, ContentFinding, PiiFinding, PiiType } from "./types";

/** A finding and what the policy does with it. */
export interface Decision {
    kind: "pii" | "content";
    type: PiiType | ContentCategory;
    finding: PiiFinding | ContentFinding;
    action: Action;
}

/** A change to the text: replace [start, end) by a typed placeholder, or mask its letters and digits. */
export interface Operation {
    start: number;
    end: number;
    operator: "redact" | "mask";
    /** The placeholder's subject, for "redact". */
    type: PiiType | ContentCategory;
}

function operationsFor(decision: Decision): Operation[] {
    const { action, finding, type } = decision;
    if (action !== "redact" && action !== "mask") return [];
    // A value spread out is redacted part by part: the words and lines between its groups stay.
    const gaps = "gaps" in finding ? (finding.gaps ?? []) : [];
    const out: Operation[] = [];
    let at = finding.start;
    for (const [start, end] of gaps) {
        if (start > at) out.push({ start: at, end: start, operator: action, type });
        at = Math.max(at, end);
    }
    if (finding.end > at) out.push({ start: at, end: finding.end, operator: action, type });
    return out;
}

/**
 * The policy's decision on every finding, in order (PII first), and the operations
 * they call for. A content span that overlaps a span already being changed is
 * covered by that change.
 */
export function decide(
    pii: readonly PiiFinding[],
    content: readonly ContentFinding[],
    policy: SafetyPolicy
): { decisions: Decision[]; operations: Operation[] } {
    const decisions: Decision[] = [];
    const operations: Operation[] = [];
    for (const finding of pii) {
        const decision: Decision = { kind: "pii", type: finding.type, finding, action: policy.pii[finding.type] };
        decisions.push(decision);
        for (const operation of operationsFor(decision)) operations.push(operation);
    }
    for (const finding of content) {
        const decision: Decision = {
            kind: "content",
            type: finding.category,
            finding,
            action: policy.content[finding.category]
        };
        decisions.push(decision);
        if (operations.some((o) => finding.start < o.end && finding.end > o.start)) continue;
        for (const operation of operationsFor(decision)) operations.push(operation);
    }
    return { decisions, operations };
}
