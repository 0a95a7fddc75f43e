/**
 * Digits said one by one with two kinds of separator (issue 14; set 91: "zero-one-zero / six-zero-three-five
 * / …", "zero, one, zero - eight, zero, four, seven - …", "zero, one, zero five, six, nine, seven two, …"): read
 * as digits, the separator said most often joins a group's digits and the others part the groups; read each
 * as "-", the number ran on as "0-1-0-6-0-3-5-…". Only where the groups so read have a Korean number's
 * shape (two to four groups of two to four digits, nine to twelve digits, the first with its 0): a list of
 * single numbers ("1, 2, 3 - 4, 5") keeps its separators.
 *
 * `separators`: the run's separators in order, between `groups` (single digits, mostly). Returns each
 * separator's reading ("" or "-"), or undefined where the rule does not apply.
 */
export function spokenGroupJoints(groups: readonly string[], separators: readonly string[]): string[] | undefined {
    const counts = new Map<string, number>();
    for (const s of separators) counts.set(s, (counts.get(s) ?? 0) + 1);
    if (counts.size < 2) return undefined;
    const inner = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const parts: string[] = [groups[0]];
    separators.forEach((s, k) => {
        if (s === inner) parts[parts.length - 1] += groups[k + 1];
        else parts.push(groups[k + 1]);
    });
    const digits = parts.join("").length;
    if (parts.length < 2 || parts.length > 4 || parts.some((p) => p.length < 2 || p.length > 4)) return undefined;
    if (digits < 9 || digits > 12 || !parts[0].startsWith("0")) return undefined;
    return separators.map((s) => (s === inner ? "" : "-"));
}
