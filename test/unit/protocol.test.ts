import * as assert from "node:assert/strict";
import {
    newRequestId,
    panelStringKeys,
    parseHostToWebviewMessage,
    parseWebviewToHostMessage,
    type PanelStrings
} from "../../webview/protocol";

const allStrings = Object.fromEntries(panelStringKeys.map((key) => [key, `${key} 문자열`])) as unknown as PanelStrings;
import { seededRandom } from "../fixtures/tinyGemma";

function randomValue(random: () => number, depth = 0): unknown {
    const pick = Math.floor(random() * (depth > 2 ? 6 : 9));
    switch (pick) {
        case 0:
            return null;
        case 1:
            return undefined;
        case 2:
            return random() * 1e6 - 5e5;
        case 3:
            return random() < 0.5;
        case 4:
            return ["ready", "runtimeInfo.refresh", "init", "runtimeInfo.result", "<script>", "런타임", ""][
                Math.floor(random() * 7)
            ];
        case 5:
            return "x".repeat(Math.floor(random() * 5000));
        case 6:
            return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
        default: {
            const object: Record<string, unknown> = {};
            const keys = [
                "type",
                "requestId",
                "rows",
                "backend",
                "message",
                "locale",
                "strings",
                "__proto__",
                "constructor",
                "label",
                "value"
            ];
            for (let i = 0; i < Math.floor(random() * 5); i++)
                object[keys[Math.floor(random() * keys.length)]] = randomValue(random, depth + 1);
            return object;
        }
    }
}

describe("webview protocol", () => {
    it("accepts every well-formed message in both directions", () => {
        assert.ok(parseWebviewToHostMessage({ type: "ready" }).ok);
        assert.ok(parseWebviewToHostMessage({ type: "runtimeInfo.refresh", requestId: newRequestId() }).ok);
        assert.ok(parseHostToWebviewMessage({ type: "init", locale: "ko", strings: allStrings }).ok);
        assert.equal(
            parseHostToWebviewMessage({
                type: "init",
                locale: "ko",
                strings: { title: "t", refresh: "r", loading: "l", error: "e", empty: "" }
            }).ok,
            false,
            "every string is required"
        );
        const id = newRequestId();
        for (const message of [
            { type: "result.start", requestId: id, title: "문서 주석", source: "src/a.ts", createdAt: 1 },
            { type: "result.status", requestId: id, phase: "loading", progress: 0.5 },
            { type: "result.status", requestId: id, phase: "generating", tokensPerSecond: 42.5 },
            { type: "result.chunk", requestId: id, text: "안녕하세요" },
            {
                type: "result.end",
                requestId: id,
                text: "안녕하세요",
                outcome: "done",
                redactions: [{ label: "전화번호", count: 2 }]
            },
            {
                type: "result.end",
                requestId: id,
                text: "**",
                outcome: "done",
                redactions: [],
                flags: ["wrongly_blocked", "should_have_blocked"]
            },
            { type: "result.blocked", requestId: id, categories: ["혐오 표현"], notice: "[응답 차단: 혐오 표현]" },
            {
                type: "result.blocked",
                requestId: id,
                categories: ["폭력·위협"],
                notice: "[응답 차단: 폭력·위협]",
                flags: ["wrongly_blocked"]
            },
            { type: "result.flagged", requestId: id, kind: "wrongly_blocked" },
            { type: "result.error", requestId: id, message: "실패" }
        ])
            assert.ok(parseHostToWebviewMessage(message).ok, JSON.stringify(message));
        for (const message of [
            { type: "result.stop", requestId: id },
            { type: "result.retry", requestId: id },
            { type: "result.copy", requestId: id },
            { type: "result.copyCode", requestId: id, index: 3 },
            { type: "result.insert", requestId: id },
            { type: "result.replace", requestId: id },
            { type: "result.openEditor", requestId: id },
            { type: "link.open", requestId: id, url: "https://example.com/a?b=c" },
            { type: "result.flag", requestId: id, kind: "wrongly_blocked" },
            { type: "result.flag", requestId: id, kind: "should_have_blocked" }
        ])
            assert.ok(parseWebviewToHostMessage(message).ok, JSON.stringify(message));
        assert.ok(parseHostToWebviewMessage({ type: "runtimeInfo.loading", requestId: "abc" }).ok);
        assert.ok(
            parseHostToWebviewMessage({
                type: "runtimeInfo.result",
                requestId: "abc",
                backend: "cuda",
                rows: [{ label: "백엔드", value: "CUDA" }]
            }).ok
        );
        assert.ok(parseHostToWebviewMessage({ type: "runtimeInfo.error", requestId: "abc", message: "실패" }).ok);
    });

    const rejected: Array<[string, unknown]> = [
        ["a string", "ready"],
        ["null", null],
        ["an array", [{ type: "ready" }]],
        ["an unknown type", { type: "runCommand", command: "workbench.action.quit" }],
        ["an extra property", { type: "ready", html: "<img src=x onerror=alert(1)>" }],
        ["a request without id", { type: "runtimeInfo.refresh" }],
        ["a request id with markup", { type: "runtimeInfo.refresh", requestId: "<script>" }],
        ["an over-long request id", { type: "runtimeInfo.refresh", requestId: "a".repeat(65) }],
        ["a host message sent by the panel", { type: "runtimeInfo.loading", requestId: "abc" }],
        ["a javascript: link", { type: "link.open", requestId: "abc", url: "javascript:alert(1)" }],
        ["a data: link", { type: "link.open", requestId: "abc", url: "data:text/html,<script>alert(1)</script>" }],
        ["a file: link", { type: "link.open", requestId: "abc", url: "file:///etc/passwd" }],
        ["text the panel tries to insert", { type: "result.insert", requestId: "abc", text: "rm -rf /" }],
        ["a negative code index", { type: "result.copyCode", requestId: "abc", index: -1 }],
        ["a fractional code index", { type: "result.copyCode", requestId: "abc", index: 1.5 }],
        ["a flag of an unknown kind", { type: "result.flag", requestId: "abc", kind: "offensive" }],
        ["a flag without a kind", { type: "result.flag", requestId: "abc" }],
        [
            "a flag carrying text (the host asks for the note itself)",
            { type: "result.flag", requestId: "abc", kind: "wrongly_blocked", note: "010-2345-6789" }
        ],
        ["a flag confirmation sent by the panel", { type: "result.flagged", requestId: "abc", kind: "wrongly_blocked" }]
    ];
    for (const [what, raw] of rejected) {
        it(`rejects ${what} from the panel`, () => {
            const result = parseWebviewToHostMessage(raw);
            assert.equal(result.ok, false);
        });
    }

    it("rejects host messages with an unknown backend or oversized text", () => {
        assert.equal(
            parseHostToWebviewMessage({ type: "runtimeInfo.result", requestId: "a", backend: "rocm", rows: [] }).ok,
            false
        );
        assert.equal(
            parseHostToWebviewMessage({ type: "runtimeInfo.error", requestId: "a", message: "x".repeat(4001) }).ok,
            false
        );
    });

    it("turns a throwing getter into a rejection instead of an exception", () => {
        const hostile = {};
        Object.defineProperty(hostile, "type", {
            enumerable: true,
            get: () => {
                throw new Error("gotcha");
            }
        });
        const result = parseWebviewToHostMessage(hostile);
        assert.equal(result.ok, false);
    });

    it("survives 10,000 random hostile messages without an exception, accepting only valid shapes", () => {
        const random = seededRandom(20261127);
        for (let i = 0; i < 10_000; i++) {
            const raw = randomValue(random);
            const result = parseWebviewToHostMessage(raw);
            if (result.ok) {
                assert.ok(
                    result.message.type === "ready" ||
                        result.message.type === "runtimeInfo.refresh" ||
                        result.message.type.startsWith("result.")
                );
            }
        }
    });

    it("makes request ids the schema accepts", () => {
        for (let i = 0; i < 100; i++) {
            assert.ok(parseWebviewToHostMessage({ type: "runtimeInfo.refresh", requestId: newRequestId() }).ok);
        }
    });
});
