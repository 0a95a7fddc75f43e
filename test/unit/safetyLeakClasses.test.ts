import * as assert from "node:assert/strict";
import fc from "fast-check";
import { filterText } from "../../safety/filter";
import { streamed } from "../support/safetyStream";

/** Filters `text` whole and one character at a time; both must agree. Returns what is shown. */
function shown(text: string): string {
    const whole = filterText(text).text;
    assert.equal(streamed(text, 1), whole, `one-character chunks differ from the whole text: ${JSON.stringify(text)}`);
    return whole;
}

/** Whether any digit group of `groups` (three digits or more) is still on screen, markup aside. */
function leaks(output: string, groups: readonly string[]): boolean {
    const digits = output.replace(/\D/g, "");
    return groups.some((g) => g.length >= 3 && digits.includes(g));
}

// Values generated valid: a mobile number, an RRN with its check digit, a Luhn card number.
const digitString = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
const mobile = fc
    .tuple(fc.constantFrom("0", "1", "6", "7", "9"), fc.integer({ min: 2, max: 9 }), digitString(3), digitString(4))
    .map(([third, first, a, b]) => [`01${third}`, `${first}${a}`, b]);
const rrn = fc
    .tuple(
        fc.integer({ min: 60, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(1, 2),
        digitString(5)
    )
    .map(([yy, mm, dd, g, tail]) => {
        const d = Array.from(`${yy}${String(mm).padStart(2, "0")}${String(dd).padStart(2, "0")}${g}${tail}`, Number);
        const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        const all = [...d, (11 - (d.reduce((s, x, i) => s + x * w[i], 0) % 11)) % 10].join("");
        return [all.slice(0, 6), all.slice(6)];
    });
const value = fc.oneof(mobile, rrn);

/**
 * `n` characters of `letters` drawn at random from a seed (fast-check's own arrays favour
 * repeated characters, and a key of one repeated letter is no key: they read as placeholders).
 */
function randomText(letters: string, n: number, seed: number): string {
    let state = seed >>> 0 || 1;
    let out = "";
    for (let i = 0; i < n; i++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        out += letters[(state >>> 8) % letters.length];
    }
    return out;
}
const seeded = (letters: string, n: number) =>
    fc.integer({ min: 1, max: 0x7fffffff }).map((seed) => randomText(letters, n, seed));
const prose = fc.constantFrom("", "연락처: ", "담당자 정보입니다.\n", "Contact ");
const after = fc.constantFrom("", " 입니다.", "\n다음 단계로 넘어갑니다.", " (확인 필요)");

describe("leak classes: markup between a value's groups", function () {
    this.timeout(120_000);

    /** Markup a model can put between the groups, each a rendering of all the groups. */
    const markup: Array<[string, (g: string[]) => string]> = [
        ["span around the separator", (g) => g.join("<span>-</span>")],
        ["span with attributes", (g) => g.join('<span class="sep">-</span>')],
        ["bold first group", (g) => `<b>${g[0]}</b>-${g.slice(1).join("-")}`],
        ["every group in a tag", (g) => g.map((x) => `<i>${x}</i>`).join("-")],
        ["table cells", (g) => `<tr>${g.map((x) => `<td>${x}</td>`).join("")}</tr>`],
        ["table cells on lines", (g) => `<tr>\n${g.map((x) => `  <td>${x}</td>`).join("\n")}\n</tr>`],
        ["HTML comment", (g) => g.join("<!-- sep -->-")],
        ["block comment", (g) => g.join("/* 구분 */-")],
        ["block comment in concatenation", (g) => `"${g[0]}" /* area code */ + "-${g.slice(1).join("-")}"`],
        ["template literal", (g) => `\`${g.map((x) => `\${"${x}"}`).join("-")}\``],
        ["template literal without separator", (g) => `\`${g.map((x) => `\${'${x}'}`).join("")}\``],
        ["JSON array", (g) => JSON.stringify(g)],
        ["JSON array spaced", (g) => `[${g.map((x) => `"${x}"`).join(", ")}]`],
        ["Markdown columns", (g) => `| 값 | ${g.join(" | ")} |`]
    ];

    it("no group of a value survives markup between its groups, streamed one character at a time too", () => {
        fc.assert(
            fc.property(value, fc.integer({ min: 0, max: markup.length - 1 }), prose, after, (groups, r, a, b) => {
                const text = `${a}${markup[r][1](groups)}${b}`;
                const out = shown(text);
                return !leaks(out, groups) || assert.fail(`${markup[r][0]}: ${text} -> ${out}`);
            }),
            { numRuns: 300, seed: 41 }
        );
    });

    it("every markup rendering of one number is redacted", () => {
        for (const [name, render] of markup) {
            const text = `연락처 ${render(["010", "3947", "5821"])} 입니다`;
            assert.ok(!leaks(shown(text), ["3947", "5821"]), name);
        }
    });

    it("markup around ordinary numbers is left as it is", () => {
        for (const text of [
            "<td>2024</td><td>10</td><td>15</td>",
            "<tr><td>100</td><td>2000</td><td>3000</td></tr>",
            "<td>1920</td><td>1080</td>",
            "E = mc<sup>2</sup> 이고 x<sub>1</sub> + x<sub>2</sub>",
            "version 1<b>.</b>2<b>.</b>3",
            "const size = `${width}x${height}`; const n = `${1 + 2}`;",
            "if (x<10 && y>5) { return 0; }",
            "margin: 0 auto; /* center */ padding: 4px 8px;",
            "<!-- 2024-01-15 --> <p>3 items</p>",
            "| 연도 | 매출 | 이익 |\n| 2022 | 1200 | 300 |\n| 2023 | 1500 | 420 |",
            "[1, 2, 3, 4, 5]",
            '{"width": 1920, "height": 1080}'
        ])
            assert.equal(shown(text), text, text);
    });
});

describe("leak classes: a value over labelled lines or broken by a line break", function () {
    this.timeout(120_000);

    const labelled: Array<[string, (g: string[]) => string]> = [
        ["YAML keys", (g) => g.map((x, k) => `${["front", "back", "last"][k]}: ${x}`).join("\n")],
        ["Korean labels", (g) => g.map((x, k) => `${["앞자리", "뒷자리", "끝자리"][k]}: ${x}`).join("\n")],
        ["nested quoted YAML", (g) => `value:\n${g.map((x, k) => `  part${k + 1}: "${x}"`).join("\n")}`],
        ["YAML list of keys", (g) => `phone:\n${g.map((x, k) => `  - p${k}: ${x}`).join("\n")}`],
        [".env lines", (g) => g.map((x, k) => `PART_${k + 1}=${x}`).join("\n")],
        ["TOML with spaces around =", (g) => g.map((x, k) => `part${k + 1} = "${x}"`).join("\n")],
        ["Markdown rows with a name column", (g) => g.map((x, k) => `| 자리${k + 1} | ${x} |`).join("\n")],
        ["JSON object", (g) => `{${g.map((x, k) => `"p${k + 1}": "${x}"`).join(", ")}}`],
        ["a group broken by a line break", (g) => `${g.join("-").slice(0, 5)}\n${g.join("-").slice(5)}`],
        ["digits broken by a line break", (g) => `${g.join("").slice(0, 4)}\n${g.join("").slice(4)}`]
    ];

    it("no group survives labelled lines or a line break inside a group, streamed one character at a time too", () => {
        fc.assert(
            fc.property(value, fc.integer({ min: 0, max: labelled.length - 1 }), prose, after, (groups, r, a, b) => {
                const text = `${a}${labelled[r][1](groups)}${b}`;
                const out = shown(text);
                return !leaks(out, groups) || assert.fail(`${labelled[r][0]}: ${text} -> ${out}`);
            }),
            { numRuns: 300, seed: 42 }
        );
    });

    it("the examples of the class are redacted", () => {
        for (const text of [
            "front: 920417\nback: 1538261",
            "앞자리: 920417\n뒷자리: 1538261",
            'rrn:\n  front: "920417"\n  back: "1538261"',
            "주민번호는 9204\n171538261 입니다",
            "전화는 010-39\n47-5821 입니다"
        ])
            assert.ok(!leaks(shown(text), ["1538261", "5821"]), text);
    });

    it("labelled numbers that make no value together are left as they are", () => {
        for (const text of [
            "width: 1920\nheight: 1080",
            "lat: 37.5665\nlng: 126.9780",
            "year: 2024\nmonth: 01\nday: 15",
            "major: 1\nminor: 2\npatch: 3",
            "port: 8080\ntimeout: 3000\nretries: 5",
            "count: 123456\ntotal: 1234567",
            // Six and seven digits whose check digit fails: without a word that says RRN, two numbers.
            "start: 920417\nend: 1538262",
            '{"id": 123, "parent": 4567, "order": 8901}',
            "version: 2024\nbuild: 1015",
            "합계\n2024\n1015",
            "| 연도 | 2024 |\n| 매출 | 1500 |\n| 이익 | 320 |",
            "| id | 123456 |\n| count | 1234567 |"
        ])
            assert.equal(shown(text), text, text);
    });
});

describe("leak classes: secret tokens broken by spaces, zero-width characters or a line break", function () {
    this.timeout(120_000);

    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const body = (letters: string, n: number) =>
        fc.array(fc.integer({ min: 0, max: letters.length - 1 }), { minLength: n, maxLength: n }).map(
            (ix) =>
                `${ix
                    .map((i) => letters[i])
                    .join("")
                    .slice(1)}7`
        );
    const tokens: Array<fc.Arbitrary<string>> = [
        body(alphabet, 36).map((b) => `ghp_${b}`),
        body(alphabet, 82).map((b) => `github_pat_${b}`),
        body(alphabet, 120).map((b) => `sk-proj-${b}`),
        body(upper, 16).map((b) => `AKIA${b}`),
        body(alphabet, 24).map((b) => `xoxb-2345678901-1234567890123-${b}`),
        body(alphabet, 20).map((b) => `glpat-${b}`),
        body(alphabet, 34).map((b) => `hf_${b}`)
    ];
    const breaks = fc.constantFrom(" ", "\n", "\u200b", "  ", " \n  ", "\u200b\u200b");

    it("no piece of a broken token survives, streamed one character at a time too", () => {
        fc.assert(
            fc.property(
                fc.oneof(...tokens),
                fc.array(fc.double({ min: 0.2, max: 0.9, noNaN: true }), { minLength: 1, maxLength: 3 }),
                breaks,
                fc.constantFrom("", "토큰: ", "export TOKEN=", "키는 "),
                fc.constantFrom("", " 입니다.", "\n다음 줄", '"'),
                (token, cuts, gap, a, b) => {
                    // Pieces of eight characters or more, as a wrapped line or a grouped key has.
                    const at = [...new Set(cuts.map((c) => Math.max(8, Math.floor(token.length * c))))]
                        .sort((x, y) => x - y)
                        .filter((p, k, all) => (k === 0 || p - all[k - 1] >= 8) && token.length - p >= 8);
                    if (at.length === 0) return true;
                    const pieces = at.map((p, k) => token.slice(k === 0 ? 0 : at[k - 1], p));
                    pieces.push(token.slice(at[at.length - 1]));
                    const text = `${a}${pieces.filter(Boolean).join(gap)}${b}`;
                    const out = shown(text);
                    const left = pieces.filter((p) => p.length >= 6).some((p) => out.includes(p));
                    return !left || assert.fail(`${JSON.stringify(text)} -> ${JSON.stringify(out)}`);
                }
            ),
            { numRuns: 300, seed: 43 }
        );
    });

    it("the examples of the class are redacted", () => {
        for (const text of [
            "ghp_1A2b3C4d5E6f7G8h9 I0jK1lM2nO3pQ4rS5t6",
            "ghp_1A2b3C4d5E6f7G8h9\u200bI0jK1lM2nO3pQ4rS5t6",
            "ghp_1A2b3C4d5E6f7G8h9\nI0jK1lM2nO3pQ4rS5t6",
            "AKIA2OGY BAH6 QW7K LM3X",
            "xoxb-2345678901-1234567890123- AbCdEfGhIjKlMnOpQrStUvWx",
            "sk-proj-Ab3dEf6hIj9kLm2n Op5qRs8tUv1wXy4zAb7c De0fGh3iJk6lMn9oPq"
        ]) {
            const out = shown(text);
            assert.ok(!/[A-Za-z0-9]{8}/.test(out.replace("[비밀 키]", "")), `${text} -> ${out}`);
        }
    });

    it("prefixes in prose and code, and words after a whole token, are left as they are", () => {
        for (const text of [
            "sk-learn models often overfit quickly when trained on small data",
            "ghp_ 로 시작하는 토큰은 GitHub 개인 토큰입니다.",
            "AKIA 로 시작하는 키 ID 와 ASIA 로 시작하는 임시 키",
            "the xoxb- prefix marks a Slack Bot token, xoxp- a user token",
            "const AKIA_PREFIX = 'AKIA'; if (id.startsWith(AKIA_PREFIX)) return true;",
            "hf_hub_download(repo_id=REPO, filename=FILE)",
            "sk-proj- keys are longer than the old sk- keys",
            "commit 3f786850e387550fdab836ed7e6dc881de23001b Merge branch main",
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
        ])
            assert.equal(shown(text), text, text);
        // A whole token does not swallow the next word.
        assert.equal(shown("ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5t6 Deploy2024 완료"), "[비밀 키] Deploy2024 완료");
    });
});

describe("leak classes: unlabelled AWS secret access keys", function () {
    this.timeout(60_000);

    const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const secret = seeded(base64, 37).map((b) => `Q${b}a7`);
    const sentences: Array<(s: string) => string> = [
        (s) => `AKIA2OGYBAH6QW7KLM3X 와 함께 ${s} 를 쓰세요`,
        (s) => `Use AKIA2OGYBAH6QW7KLM3X / ${s} for the CLI.`,
        (s) => `The secret is ${s} and the key id comes later.`,
        (s) => `비밀 액세스 키: ${s}`,
        (s) => `시크릿은 ${s} 입니다.`,
        (s) => `Access key AKIA2OGYBAH6QW7KLM3X\n${s}`
    ];

    it("a 40-character key after its key id or a word that says secret is redacted, streamed too", () => {
        fc.assert(
            fc.property(secret, fc.integer({ min: 0, max: sentences.length - 1 }), (s, k) => {
                const text = sentences[k](s);
                const out = shown(text);
                return !out.includes(s) || assert.fail(`${text} -> ${out}`);
            }),
            { numRuns: 200, seed: 44 }
        );
    });

    it("digests, encoded data and keys without a secret nearby are left as they are", () => {
        for (const text of [
            "The secret sauce is in commit 3f786850e387550fdab836ed7e6dc881de23001b.",
            "secret 이슈는 da39a3ee5e6b4b0d3255bfef95601890afd80709 커밋에서 고쳤습니다",
            "Deploy id Qm3Xa9Lm2Vx8Rt5Wp1Bn6Yc4Hd7Gs0Fa2Ke9Ui3O was rolled out",
            "The secret is to keep abcdefghijklmnopqrstuvwxyzabcdefghijklmn short",
            "secret: see docs/aws/credentials/configuration/secret-keys.md"
        ])
            assert.equal(shown(text), text, text);
    });
});
