// The second round of leak classes (issue 14) for eval:safety: separators and labels around a
// value's groups, spoken digits, spaced addresses, Korean providers' keys and credentials in
// commands and configuration. Generated from a seed of their own; a smoke measure of each class.
import { filterText } from "../safety/filter";
import { caught, generator, perClass, sentences, type Row } from "./renderingsEval";

/** Rows of the second round of leak classes (issue 14), from a generator of their own. */
export function leakClasses2(positives: Row[], negatives: Row[]): void {
    const g = generator(1416);
    const count = (name: string, rows: Row[], test: () => boolean) => {
        let n = 0;
        for (let i = 0; i < perClass; i++) if (test()) n++;
        rows.push([name, n, perClass]);
    };
    /** A number with a gender digit of 5-8 (foreigner) or 3-4 (born 200x, front starting 0), check digit random. */
    const registration = (genders: readonly number[]) => {
        const gender = g.pick(genders);
        const yy =
            gender === 3 || gender === 4 ? `0${Math.floor(g.random() * 10)}` : String(60 + Math.floor(g.random() * 40));
        const mm = String(1 + Math.floor(g.random() * 12)).padStart(2, "0");
        const dd = String(1 + Math.floor(g.random() * 28)).padStart(2, "0");
        return [`${yy}${mm}${dd}`, `${gender}${g.digits(6)}`];
    };
    const numbers: Array<[string, () => string[], (x: string[]) => string]> = [
        ["RRN: double space between the halves", g.rrn, (x) => `${x[0]}  ${x[1]}`],
        ["RRN: colon between the halves", g.rrn, (x) => `${x[0]}:${x[1]}`],
        ["RRN: bold halves", g.rrn, (x) => `**${x[0]}**-**${x[1]}**`],
        ["FRN: space, no context word", () => registration([5, 6, 7, 8]), (x) => `${x[0]} ${x[1]}`],
        ["RRN: born 200x (front starts with 0)", () => registration([3, 4]), (x) => `${x[0]}-${x[1]}`],
        ["RRN: Latin label glued before", g.rrn, (x) => `rrn${x.join("-")}`],
        ["phone: Latin label glued before", g.mobile, (x) => `tel${x.join("-")}`],
        ["phone: colon between groups", g.mobile, (x) => x.join(":")],
        ["phone: * between groups", g.mobile, (x) => x.join("*")],
        [
            "phone: Korean digit words with particles",
            g.mobile,
            (x) => x.map((d) => d.replace(/\d/g, (c) => "공일이삼사오육칠팔구"[Number(c)])).join("에 ")
        ]
    ];
    for (const [name, value, render] of numbers)
        count(name, positives, () => {
            const groups = value();
            const out = filterText(g.pick(sentences)(render(groups))).text;
            const spoken = groups.map((d) => d.replace(/\d/g, (c) => "공일이삼사오육칠팔구"[Number(c)]));
            return caught(out, groups) && !spoken.slice(1).some((w) => out.includes(w));
        });
    const card = () => {
        const d = Array.from(`4${g.digits(14)}`, Number);
        for (let c = 0; c < 10; c++) {
            const all = [...d, c];
            const sum = all.reduce((s, x, i) => s + ((15 - i) % 2 === 1 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0);
            if (sum % 10 === 0) return all.join("").match(/.{4}/g) as string[];
        }
        return [];
    };
    for (const [name, render] of [
        ["card: double spaces between groups", (x: string[]) => x.join("  ")],
        ["card: * between groups", (x: string[]) => x.join("*")],
        ["card: Latin label glued before", (x: string[]) => `card${x.join("")}`]
    ] as const)
        count(name, positives, () => {
            const groups = card();
            return caught(g.pick(sentences)(render(groups)), groups);
        });
    const word = () =>
        Array.from(
            { length: 4 + Math.floor(g.random() * 4) },
            () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(g.random() * 26)]
        ).join("");
    count("e-mail: spaces around every dot and the @", positives, () => {
        const local = word();
        return !filterText(`메일 ${local} . ${word()} @ ${word()} . com 으로`).text.includes(local);
    });
    count("IPv4: spaces around the dots", positives, () => {
        const octets = [
            11 + Math.floor(g.random() * 80),
            ...Array.from({ length: 3 }, () => 1 + Math.floor(g.random() * 250))
        ];
        return !filterText(`서버 ${octets.join(" . ")} 접속`).text.includes(`${octets[1]} . ${octets[2]}`);
    });
    const tokenLetters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    const token = (n: number) => "a7Q" + Array.from({ length: n - 3 }, () => g.pick(Array.from(tokenLetters))).join("");
    const hex = (n: number) =>
        Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(g.random() * 16)]).join("");
    const secrets: Array<[string, () => string, (t: string) => string]> = [
        [
            "secret: Toss Payments keys",
            () => `${g.pick(["live_sk_", "test_sk_", "live_gck_", "test_ck_"])}${token(24)}`,
            (t) => `TOSS_KEY=${t}`
        ],
        ["secret: NAVER client secret header", () => token(10), (t) => `-H "X-Naver-Client-Secret: ${t}"`],
        ["secret: KakaoAK header", () => hex(32), (t) => `Authorization: KakaoAK ${t}`],
        ["secret: Notion ntn_ token", () => `ntn_${token(46)}`, (t) => `notion 토큰 ${t} 입니다`],
        ["secret: Django django-insecure- key", () => `django-insecure-${token(50)}`, (t) => `SECRET_KEY = '${t}'`],
        ["secret: service-account private_key_id", () => hex(40), (t) => `"private_key_id": "${t}",`],
        [
            "secret: mysql -p'…' / sshpass -p / curl -u",
            () => token(12),
            (t) => g.pick([`mysql -uroot -p'${t}' db`, `sshpass -p '${t}' ssh host`, `curl -u admin:${t} https://x.kr`])
        ],
        [
            "secret: auth=(…) / <Password> / <add key=Password>",
            () => token(12),
            (t) => g.pick([`auth=("admin", "${t}")`, `<Password>${t}</Password>`, `<add key="Password" value="${t}"/>`])
        ],
        [
            "secret: GitHub token split by a shell \\ continuation",
            () => `ghp_${token(36)}`,
            (t) => `export GITHUB_TOKEN=${t.slice(0, 20)}\\\n  ${t.slice(20)}`
        ]
    ];
    for (const [name, make, render] of secrets)
        count(name, positives, () => {
            const t = make();
            const out = filterText(render(t)).text;
            return !out.includes(t.slice(0, 10)) && !out.includes(t.slice(-8));
        });
    const ordinary: Array<[string, () => string]> = [
        [
            "times, products and hex before digits",
            () =>
                `${g.digits(2)}:${g.digits(2)}:${g.digits(2)} 에 계산 ${g.digits(4)}*${g.digits(3)} 끝, commit ${hex(8)}${g.digits(12)}`
        ],
        [
            "credentials given by reference",
            () =>
                g.pick([
                    `mysql -uroot -p$MYSQL_PWD ${word()}`,
                    `curl -u $USER:$TOKEN https://${word()}.kr`,
                    `<Password>\${${word().toUpperCase()}}</Password>`
                ])
        ]
    ];
    for (const [name, make] of ordinary)
        count(name, negatives, () => {
            const text = make();
            return filterText(text).text !== text;
        });
}
