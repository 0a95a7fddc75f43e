// Shared by the safety evaluation scripts: where the data is, and precision / recall / F1 rows.
import * as path from "node:path";

export const repo = path.resolve(__dirname, "..", "..");
export const data = process.env["GEMMA_KO_DATA"] ?? path.resolve(repo, "..", "shared", "data");

export interface Counts {
    tp: number;
    fp: number;
    fn: number;
}
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : "-");
export function prf(c: Counts): [number, number, number] {
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    return [p, r, (2 * p * r) / (p + r)];
}
export const row = (name: string, c: Counts, note = "") => {
    const [p, r, f] = prf(c);
    return `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(p)} | ${pct(r)} | ${Number.isFinite(f) ? f.toFixed(3) : "-"} | ${note} |`;
};
