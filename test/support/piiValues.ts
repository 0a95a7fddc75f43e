// Valid Korean identifiers and other values, drawn from a seeded random source: the one generator
// the outside-round safety tests share (each value passes its own check: birth date and check
// digit, Luhn, the business number's weights, a region code).

export interface PiiValues {
    /** `n` digits, none of them 0 (no run a placeholder rule could take for 0000). */
    digits: (n: number) => string;
    /** A resident registration number's two parts (a 1980s-90s birth date, check digit computed). */
    rrn: () => [string, string];
    /** A card number that passes Luhn, in four groups of four. */
    card: () => string[];
    /** A business registration number's groups, 3 + 2 + 5, its check digit computed. */
    brn: () => string[];
    /** A driver's licence number's groups, 2 + 2 + 6 + 2, with a region code. */
    driver: () => string[];
    /** A bank account's groups, 3 + 3 + 6. */
    account: () => string[];
    /** A mobile number's groups. */
    mobile: () => string[];
    /** A public IPv4 address's octets. */
    ip: () => number[];
    pick: <T>(items: readonly T[]) => T;
}

export function piiValues(random: () => number): PiiValues {
    const int = (n: number) => Math.floor(random() * n);
    const digits = (n: number) => Array.from({ length: n }, () => 1 + int(9)).join("");
    const pick = <T>(items: readonly T[]): T => items[int(items.length)];
    return {
        digits,
        pick,
        rrn() {
            const front = `${80 + int(19)}0${1 + int(9)}1${int(9)}`;
            const back = `${1 + int(2)}${digits(5)}`;
            const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
            const sum = Array.from(front + back).reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
            return [front, back + String((11 - (sum % 11)) % 10)];
        },
        card() {
            const body = `4${digits(14)}`;
            const sum = Array.from(body)
                .reverse()
                .reduce((acc, d, i) => {
                    const n = Number(d) * (i % 2 === 0 ? 2 : 1);
                    return acc + (n > 9 ? n - 9 : n);
                }, 0);
            return (body + String((10 - (sum % 10)) % 10)).match(/.{4}/g) ?? [];
        },
        brn() {
            const body = digits(9);
            const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
            let sum = Array.from(body).reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
            sum += Math.floor((Number(body[8]) * 5) / 10);
            const all = body + String((10 - (sum % 10)) % 10);
            return [all.slice(0, 3), all.slice(3, 5), all.slice(5)];
        },
        driver: () => [
            String(pick([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28])),
            digits(2),
            digits(6),
            digits(2)
        ],
        account: () => [digits(3), digits(3), digits(6)],
        mobile: () => [pick(["010", "011", "016", "019"]), `${2 + int(8)}${digits(3)}`, digits(4)],
        ip: () => [pick([1, 14, 23, 58, 61, 112, 121, 175, 211, 222]), 1 + int(254), 1 + int(254), 1 + int(254)]
    };
}
