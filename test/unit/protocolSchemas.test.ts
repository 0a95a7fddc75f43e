// Each panel message is defined once (webview/messages.ts): the TypeScript types are
// derived from the schemas, and the validators both sides run are generated from the
// same schemas. These tests prove the generated validators are those of the current
// definitions, on valid messages and on thousands of near-misses.
import * as assert from "node:assert/strict";
import Ajv from "ajv";
import {
    hostToWebviewSchema,
    webviewToHostSchema,
    type HostToWebviewMessage,
    type WebviewToHostMessage
} from "../../webview/messages";
import { parseHostToWebviewMessage, parseWebviewToHostMessage } from "../../webview/protocol";
import { seededRandom } from "../fixtures/tinyGemma";

const plain = (schema: object): object => JSON.parse(JSON.stringify(schema)) as object;

const fieldValues: Record<string, unknown[]> = {
    type: [
        ...webviewToHostSchema.anyOf.map((s) => s.properties.type.const),
        ...hostToWebviewSchema.anyOf.map((s) => s.properties.type.const),
        "unknown"
    ],
    requestId: ["abc", "A_b-9", "", "x".repeat(65), "a b", 7],
    index: [0, 3, 999, 1000, -1, 1.5, "1"],
    url: ["https://example.com", "http://x", "javascript:alert(1)", "https://" + "a".repeat(3000)],
    text: ["본문", "", "x".repeat(200_001), null],
    title: ["제목", "x".repeat(4001)],
    source: ["src/a.ts:1-2"],
    createdAt: [0, 1_700_000_000_000, -1, "now"],
    message: ["오류", "x".repeat(4001)],
    notice: ["[응답 차단]"],
    categories: [["욕설"], [], Array(9).fill("x"), [1]],
    phase: ["queued", "loading", "generating", "done"],
    progress: [0, 0.5, 1, 1.5, -0.1],
    tokensPerSecond: [0, 12.5, -1],
    outcome: ["done", "stopped", "blocked"],
    redactions: [[], [{ label: "전화번호", count: 2 }], [{ label: "x", count: 0 }], [{ label: "x" }]],
    backend: ["cpu", "cuda", "tpu"],
    rows: [[], [{ label: "a", value: "b" }], [{ label: "a" }]],
    locale: ["ko", "x".repeat(33)],
    extra: [1]
};

const variants: Array<{ properties: Record<string, unknown> }> = [
    ...webviewToHostSchema.anyOf,
    ...hostToWebviewSchema.anyOf
];

/** A message shaped like one of the protocol's (its fields with likely and unlikely values), or broken. */
function randomMessage(random: () => number): Record<string, unknown> {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const variant = pick(variants);
    const message: Record<string, unknown> = {};
    for (const key of Object.keys(variant.properties)) {
        if (random() < 0.05) continue;
        message[key] =
            key === "type"
                ? random() < 0.95
                    ? (variant.properties["type"] as { const: string }).const
                    : pick(fieldValues["type"] ?? [])
                : random() < 0.7
                  ? (fieldValues[key] ?? [0])[0]
                  : pick(fieldValues[key] ?? [0]);
    }
    if (random() < 0.05) message["extra"] = 1;
    return message;
}

describe("panel protocol: one definition per message", () => {
    const ajv = new Ajv({ strict: true, allErrors: false });
    const freshWebviewToHost = ajv.compile(plain(webviewToHostSchema));
    const freshHostToWebview = ajv.compile(plain(hostToWebviewSchema));

    it("the generated validators decide exactly as the current schemas do, on 5,000 random messages", function () {
        this.timeout(30_000);
        const random = seededRandom(11);
        let accepted = 0;
        for (let i = 0; i < 5_000; i++) {
            const message = randomMessage(random);
            const toHost = parseWebviewToHostMessage(message).ok;
            const toPanel = parseHostToWebviewMessage(message).ok;
            assert.equal(
                toHost,
                freshWebviewToHost(message),
                `webview→host differs on ${JSON.stringify(message).slice(0, 200)}`
            );
            assert.equal(
                toPanel,
                freshHostToWebview(message),
                `host→webview differs on ${JSON.stringify(message).slice(0, 200)}`
            );
            if (toHost || toPanel) accepted++;
        }
        assert.ok(accepted > 50, `too few valid messages generated (${accepted}) to compare acceptance`);
    });

    it("a message written against the derived types validates", () => {
        const toHost: WebviewToHostMessage[] = [
            { type: "ready" },
            { type: "result.copyCode", requestId: "abc", index: 2 },
            { type: "link.open", requestId: "abc", url: "https://example.com/x" }
        ];
        const toPanel: HostToWebviewMessage[] = [
            { type: "result.status", requestId: "abc", phase: "loading", progress: 0.5 },
            { type: "result.end", requestId: "abc", text: "끝", outcome: "done", redactions: [] },
            { type: "result.blocked", requestId: "abc", categories: ["욕설"], notice: "[응답 차단: 욕설]" }
        ];
        for (const message of toHost) assert.ok(parseWebviewToHostMessage(message).ok, message.type);
        for (const message of toPanel) assert.ok(parseHostToWebviewMessage(message).ok, message.type);
    });
});
