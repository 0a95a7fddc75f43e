// Generated adversarial PII and secret renderings, one row per class, for eval:safety.
// Each class: seeded valid values rendered one way inside Korean sentences; a value
// counts as caught when none of its digit groups (or its secret) survives in the
// output. Hard-negative classes count texts the filter changes. These are a smoke
// measure of each class, not the held-out sets.
import { filterText } from "../safety/filter";
import { normalize } from "../safety/text/normalize";
import { seededRandom } from "../test/fixtures/tinyGemma";
import { leakClasses2 } from "./renderingsEval2";

export const perClass = 200;

export function generator(seed: number) {
    const random = seededRandom(seed);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const mobile = () => [
        `01${pick(["0", "1", "6", "7", "9"])}`,
        String(2 + Math.floor(random() * 8)) + digits(3),
        digits(4)
    ];
    const rrn = () => {
        const d = Array.from(
            `${60 + Math.floor(random() * 40)}${String(1 + Math.floor(random() * 12)).padStart(2, "0")}${String(1 + Math.floor(random() * 28)).padStart(2, "0")}${pick([1, 2])}${digits(5)}`,
            Number
        );
        const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        const all = [...d, (11 - (d.reduce((s, x, i) => s + x * w[i], 0) % 11)) % 10].join("");
        return [all.slice(0, 6), all.slice(6)];
    };
    return { random, digits, pick, mobile, rrn };
}

export const sentences = [
    (v: string) => `담당자 연락처는 ${v} 입니다.`,
    (v: string) => `필요하면 ${v} 로 문의하세요`,
    (v: string) => `고객 정보: ${v}\n다음 단계로 넘어갑니다.`,
    (v: string) => v
];
const fullWidth = (s: string) => s.replace(/[0-9+\-@.:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const koreanDigits = (s: string) => s.replace(/[0-9]/g, (c) => "공일이삼사오육칠팔구"[Number(c)]);
const renderings: Array<[string, (g: string[]) => string]> = [
    ["plain hyphen", (g) => g.join("-")],
    ["full-width", (g) => fullWidth(g.join("-"))],
    ["Korean digit words", (g) => koreanDigits(g.join(" "))],
    ["zero-width between characters", (g) => g.join("-").split("").join("\u200b")],
    [
        "soft hyphen / U+2060 / Hangul filler",
        (g) =>
            g
                .join("\u00ad")
                .replace(/(\d)(\d)/, "$1\u2060$2")
                .replace(/^(\d)/, "$1\u3164")
    ],
    ["dot", (g) => g.join(".")],
    ["slash", (g) => g.join("/")],
    ["underscore", (g) => g.join("_")],
    ["comma", (g) => g.join(",")],
    ['" - "', (g) => g.join(" - ")],
    ["en dash / U+2010 / U+2212", (g) => `${g[0]}\u2013${g.slice(1).join("\u2212")}`],
    ["newline between groups", (g) => g.join("\n")],
    ["every digit spaced", (g) => g.join("").split("").join(" ")],
    ["percent-encoded digits", (g) => g.join("-").replace(/\d/g, (d) => `%3${d}`)],
    ["HTML numeric entities", (g) => g.join("-").replace(/\d/g, (d) => `&#${48 + Number(d)};`)],
    ["\\u escapes (JavaScript, JSON)", (g) => g.join("-").replace(/\d/g, (d) => `\\u003${d}`)],
    ["tab between groups", (g) => g.join("\t")],
    ["ideographic full stop", (g) => g.join("\u3002")],
    ["Arabic-Indic digits", (g) => g.join("-").replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)))],
    ["separator spelled 다시 / 대시 / 하이픈", (g) => g.join([" 다시 ", " 대시 ", "하이픈"][g[0].charCodeAt(0) % 3])],
    ["separator spelled dash / hyphen / dot", (g) => g.join([" dash ", " hyphen ", " dot "][g[0].charCodeAt(1) % 3])],
    ["Korean digit words, separator spelled", (g) => koreanDigits(g.join(" 다시 "))],
    ["string concatenation in code", (g) => `"${g.slice(0, -1).join("-")}-" + "${g[g.length - 1]}"`]
];
/** The leak classes closed after the outside rounds (markup, labelled fields, broken lines). */
const leakRenderings: Array<[string, (g: string[]) => string]> = [
    ["HTML span around the separator", (g) => g.join('<span class="sep">-</span>')],
    ["HTML table cells", (g) => g.map((x) => `<td>${x}</td>`).join("\n")],
    ["template literal of the groups", (g) => `\`${g.map((x) => `\${"${x}"}`).join("-")}\``],
    ["block comment between groups", (g) => g.join(" /* 구분 */ - ")],
    ["YAML keys, one group each", (g) => g.map((x, k) => `part${k + 1}: ${x}`).join("\n")],
    ["line break inside a group", (g) => `${g.join("-").slice(0, 5)}\n${g.join("-").slice(5)}`]
];

export function caught(text: string, groups: string[]): boolean {
    const out = normalize(filterText(text).text).text.replace(/\s/g, "");
    return !groups.some((g) => g.length >= 4 && out.includes(g));
}

export type Row = [string, number, number];

export function evalRenderings(): { positives: Row[]; negatives: Row[] } {
    const g = generator(1414);
    const positives: Row[] = [];
    for (const [kind, value] of [
        ["phone", g.mobile],
        ["RRN", g.rrn]
    ] as const) {
        for (const [name, render] of renderings) {
            let hit = 0;
            for (let i = 0; i < perClass; i++) {
                const groups = value();
                if (caught(g.pick(sentences)(render(groups)), groups)) hit++;
            }
            positives.push([`${kind}: ${name}`, hit, perClass]);
        }
    }
    const specials: Array<[string, () => [string, string[]]]> = [
        [
            "phone: +82 with a space",
            () => {
                const m = g.mobile();
                return [`+82 ${m[0].slice(1)}-${m[1]}-${m[2]}`, m.slice(1)];
            }
        ],
        [
            "phone: 0082-",
            () => {
                const m = g.mobile();
                return [`0082-${m[0].slice(1)}-${m[1]}-${m[2]}`, m.slice(1)];
            }
        ],
        [
            "phone: 82- without the +",
            () => {
                const m = g.mobile();
                return [`82-${m[0].slice(1)}-${m[1]}-${m[2]}`, m.slice(1)];
            }
        ],
        [
            "phone: full-width +82",
            () => {
                const m = g.mobile();
                return [fullWidth(`+82 ${m[0].slice(1)}-${m[1]}-${m[2]}`), m.slice(1)];
            }
        ],
        [
            "RRN: space between groups",
            () => {
                const r = g.rrn();
                return [`주민번호 ${r[0]} ${r[1]}`, r];
            }
        ],
        [
            "RRN: glued after a label (RRN-…)",
            () => {
                const r = g.rrn();
                return [`RRN-${r.join("-")}`, r];
            }
        ],
        [
            "070 / landline without separator, with context",
            () => {
                const d = `070${g.digits(8)}`;
                return [`사무실 전화 ${d}`, [d]];
            }
        ],
        [
            "landline 02 without separator or context",
            () => {
                const d = `02${String(2 + Math.floor(g.random() * 7))}${g.digits(6)}`;
                return [`${d} 입니다`, [d]];
            }
        ]
    ];
    for (const [name, make] of specials) {
        let hit = 0;
        for (let i = 0; i < perClass; i++) {
            const [text, groups] = make();
            if (caught(text, groups)) hit++;
        }
        positives.push([name, hit, perClass]);
    }
    const word = () =>
        Array.from(
            { length: 5 + Math.floor(g.random() * 5) },
            () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(g.random() * 26)]
        ).join("");
    const token = (n: number) =>
        Array.from(
            { length: n },
            () => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"[Math.floor(g.random() * 57)]
        ).join("");
    const emailClasses: Array<[string, (l: string, d: string) => string]> = [
        ["e-mail: plain", (l, d) => `${l}@${d}.com`],
        ["e-mail: full-width @ and dots", (l, d) => `${l}＠${d}．co．kr`],
        ["e-mail: percent-encoded @", (l, d) => `${l}%40${d}.com`],
        ["e-mail: HTML entity @", (l, d) => `${l}&#64;${d}.net`],
        ["e-mail: mailto in Markdown", (l, d) => `[메일](mailto:${l}@${d}.io)`],
        ["e-mail: Korean domain", (l) => `${l}@회사.한국`],
        ["e-mail: at / dot", (l, d) => `${l} at ${d} dot com`],
        ["e-mail: [at] / [dot]", (l, d) => `${l} [at] ${d} [dot] co [dot] kr`],
        ["e-mail: 골뱅이 / 점", (l, d) => `${l} 골뱅이 ${d} 점 com`],
        ["e-mail: 앳 / 닷", (l, d) => `${l} 앳 ${d} 닷 com`],
        ["e-mail: AT / DOT in capitals", (l, d) => `${l} AT ${d} DOT com`],
        ["e-mail: @ with spaces", (l, d) => `${l} @ ${d}.co.kr`],
        ["e-mail: \\u0040", (l, d) => `${l}\\u0040${d}.com`],
        ["e-mail: defanged [@] / [.]", (l, d) => `${l}[@]${d}[.]com`],
        ["e-mail: ideographic full stop", (l, d) => `${l}@${d}\u3002com`],
        ["e-mail: base64 blob", (l, d) => `data: ${Buffer.from(`${l}@${d}.com`).toString("base64")}`]
    ];
    for (const [name, render] of emailClasses) {
        let hit = 0;
        for (let i = 0; i < perClass; i++) {
            const local = word();
            const text = g.pick(sentences)(render(local, word()));
            if (!filterText(text).text.includes(local)) hit++;
        }
        positives.push([name, hit, perClass]);
    }
    const secretClasses: Array<[string, (t: string) => string]> = [
        [
            "secret: Authorization: Bearer (curl -H)",
            (t) => `curl -H "Authorization: Bearer ${t}" https://api.example.com`
        ],
        ["secret: PEM without END", (t) => `키:\n-----BEGIN PRIVATE KEY-----\nMIIE${t}\n${t}${t}\n\n설명 계속`],
        ["secret: 비밀번호를 X 로 변경", (t) => `비밀번호를 ${t.slice(0, 10)}! 로 변경하세요`],
        ["secret: DB_PASS=", (t) => `DB_PASS=${t.slice(0, 10)}`],
        ["secret: redis://:pw@host", (t) => `redis://:${t.slice(0, 12)}@cache:6379`],
        ["secret: placeholder word inside a random token", (t) => `api_key = "yyyy${t}"`],
        ["secret: GitHub token", (t) => `token ghp_${t}${t.slice(0, 16)}`],
        [
            "secret: GitHub token split into concatenated strings",
            (t) => `const key = "ghp_${t.slice(0, 4)}" + "${t.slice(4)}${t.slice(0, 16)}";`
        ],
        [
            "secret: password after 비번 / pw: / password is",
            (t) => `${["비번은", "pw:", "the password is"][t.charCodeAt(0) % 3]} ${t.slice(0, 10)}!`
        ],
        [
            "secret: PGPASSWORD= / mysql -p",
            (t) => (t.charCodeAt(1) % 2 ? `PGPASSWORD=${t.slice(0, 12)} psql` : `mysql -uroot -p${t.slice(0, 12)} app`)
        ]
    ];
    for (const [name, render] of secretClasses) {
        let hit = 0;
        for (let i = 0; i < perClass; i++) {
            const t = token(20);
            if (!filterText(render(t)).text.includes(t.slice(0, 10))) hit++;
        }
        positives.push([name, hit, perClass]);
    }
    const negativeClasses: Array<[string, () => string]> = [
        [
            "13 bare digits in code (constant, ms timestamp)",
            () => `const TS = ${1_500_000_000_000 + Math.floor(g.random() * 4e11)};`
        ],
        ["13 bare digits, any", () => `id ${g.digits(13)}`],
        ["decimal coordinates", () => `좌표 ${(33 + g.random() * 5).toFixed(4)}, ${(125 + g.random() * 5).toFixed(4)}`],
        ["16-digit order number without card context", () => `주문번호 ${g.digits(16)}`],
        ["request_token_id: <uuid>", () => `request_token_id: ${crypto.randomUUID()}`],
        ["UUIDs", () => `uuid ${crypto.randomUUID()}`],
        [
            "versions and dates",
            () =>
                `v${g.digits(1)}.${g.digits(2)}.${g.digits(1)} (2024-0${1 + Math.floor(g.random() * 9)}-1${g.digits(1)})`
        ],
        ["git hashes / sha256", () => `commit ${Buffer.from(g.digits(20)).toString("hex")}`],
        ["ports and localhost", () => `localhost:${1024 + Math.floor(g.random() * 60000)}`]
    ];
    const negatives: Row[] = [];
    for (const [name, make] of negativeClasses) {
        let flagged = 0;
        for (let i = 0; i < perClass; i++) {
            const text = make();
            if (filterText(text).text !== text) flagged++;
        }
        negatives.push([name, flagged, perClass]);
    }
    leakClasses(positives, negatives);
    leakClasses2(positives, negatives);
    return { positives, negatives };
}

/** Rows of the leak classes, from a generator of their own (the rows above keep their values). */
function leakClasses(positives: Row[], negatives: Row[]): void {
    const g = generator(1415);
    const count = (name: string, rows: Row[], test: () => boolean) => {
        let n = 0;
        for (let i = 0; i < perClass; i++) if (test()) n++;
        rows.push([name, n, perClass]);
    };
    for (const [kind, value] of [
        ["phone", g.mobile],
        ["RRN", g.rrn]
    ] as const)
        for (const [name, render] of leakRenderings)
            count(`${kind}: ${name}`, positives, () => {
                const groups = value();
                return caught(g.pick(sentences)(render(groups)), groups);
            });
    const tokenLetters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    const token = (n: number) =>
        Array.from({ length: n }, () => tokenLetters[Math.floor(g.random() * tokenLetters.length)]).join("");
    const secrets: Array<[string, (t: string) => string]> = [
        ["secret: GitHub token broken by a space", (t) => `token ghp_${t.slice(0, 12)} ${t.slice(12)}`],
        ["secret: GitHub token broken by a line break", (t) => `ghp_${t.slice(0, 20)}\n${t.slice(20)} 입니다`],
        ["secret: AWS secret key after its key id", (t) => `AKIA2OGYBAH6QW7KLM3X 와 ${t}${token(4)} 를 쓰세요`]
    ];
    for (const [name, render] of secrets)
        count(name, positives, () => {
            const t = token(36);
            return !filterText(render(t)).text.includes(t.slice(0, 10));
        });
    const word = () =>
        Array.from(
            { length: 5 + Math.floor(g.random() * 5) },
            () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(g.random() * 26)]
        ).join("");
    const ordinary: Array<[string, () => string]> = [
        [
            "HTML table and YAML of ordinary numbers",
            () => `<td>${g.digits(4)}</td><td>${g.digits(3)}</td>\nwidth: ${g.digits(4)}\nheight: ${g.digits(4)}`
        ],
        ["token prefixes in prose", () => `sk-learn ${word()} ${word()} ${word()} ghp_ 로 시작하는 ${word()} 토큰`]
    ];
    for (const [name, make] of ordinary)
        count(name, negatives, () => {
            const text = make();
            return filterText(text).text !== text;
        });
}
