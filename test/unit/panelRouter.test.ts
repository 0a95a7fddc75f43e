// The host's panel message handler under attack: 10,000+ malformed or hostile
// messages. All must be rejected, no exception may escape, nothing may be posted
// back or acted on.
import * as assert from "node:assert/strict";
import { isOpenableLink, routeWebviewMessage, type PanelMessageHandlers } from "../../extension/panel/messageRouter";
import { newRequestId } from "../../webview/protocol";
import { seededRandom } from "../fixtures/tinyGemma";

const messageTypes = [
    "ready",
    "runtimeInfo.refresh",
    "result.stop",
    "result.retry",
    "result.copy",
    "result.copyCode",
    "result.insert",
    "result.replace",
    "result.openEditor",
    "link.open",
    "result.flag",
    "result.chunk",
    "init",
    "__proto__",
    "constructor",
    "toString",
    ""
];

/** A message that is certainly invalid: a valid one, broken in one of many ways, or junk. */
function hostileMessage(random: () => number): unknown {
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const id = newRequestId();
    const valid: Record<string, unknown> = pick([
        { type: "ready" },
        { type: "runtimeInfo.refresh", requestId: id },
        { type: "result.stop", requestId: id },
        { type: "result.copyCode", requestId: id, index: 2 },
        { type: "link.open", requestId: id, url: "https://example.com" },
        { type: "result.insert", requestId: id },
        { type: "result.flag", requestId: id, kind: "wrongly_blocked" }
    ]);
    switch (Math.floor(random() * 15)) {
        case 0:
            return { ...valid, extra: pick(["<img src=x onerror=alert(1)>", 1, null, {}, [], "rm -rf /"]) };
        case 1:
            return { ...valid, type: pick(messageTypes) + pick([" ", "\u0000", "x", ".", "\n"]) };
        case 2:
            return {
                ...valid,
                requestId: pick([
                    "",
                    "<script>",
                    "a".repeat(65),
                    "../../etc",
                    "id with space",
                    42,
                    null,
                    ["a"],
                    { toString: () => "a" }
                ])
            };
        case 3:
            return valid["type"] === "ready" ? { type: "ready", requestId: id } : { type: valid["type"] };
        case 4:
            return {
                type: "link.open",
                requestId: id,
                url: pick([
                    "javascript:alert(1)",
                    "data:text/html,x",
                    "file:///etc/passwd",
                    "vscode://x",
                    "command:workbench.action.quit",
                    "ftp://x",
                    "",
                    "x".repeat(3000),
                    " https://x",
                    7
                ])
            };
        case 5:
            return {
                type: "result.copyCode",
                requestId: id,
                index: pick([-1, 1.5, 1000, Number.NaN, Infinity, "1", null])
            };
        case 6:
            return pick([
                null,
                undefined,
                0,
                1,
                true,
                false,
                "",
                "ready",
                '{"type":"ready"}',
                [],
                [valid],
                Symbol.iterator.toString(),
                1e308
            ]);
        case 7: {
            const hostile = {};
            Object.defineProperty(hostile, "type", {
                enumerable: true,
                get: () => {
                    throw new Error("getter attack");
                }
            });
            return hostile;
        }
        case 8:
            return new Proxy(
                {},
                {
                    get: () => {
                        throw new Error("proxy attack");
                    },
                    ownKeys: () => {
                        throw new Error("proxy keys");
                    }
                }
            );
        case 9:
            return JSON.parse(`{"__proto__": {"type": "ready"}, "polluted": true}`);
        case 10: {
            let nested: unknown = valid;
            for (let i = 0; i < 200; i++) nested = { type: "ready", inner: nested };
            return nested;
        }
        case 11:
            return { ...valid, type: valid["type"], requestId: id, text: "x".repeat(Math.floor(random() * 300_000)) };
        case 12:
            return Object.assign(Object.create({ type: "ready" }), { other: 1 });
        case 13:
            return {
                type: "result.flag",
                requestId: id,
                kind: pick(["", "wrongly", "WRONGLY_BLOCKED", "__proto__", null, 1, ["wrongly_blocked"], {}]),
                ...(random() < 0.5 ? { note: "010-2345-6789" } : {})
            };
        default:
            return { type: 1, requestId: id };
    }
}

/** A handler for every message type (the type checker insists none is missing). */
function everyHandler(make: (type: string) => () => void): PanelMessageHandlers {
    return {
        ready: make("ready"),
        "runtimeInfo.refresh": make("runtimeInfo.refresh"),
        "result.stop": make("result.stop"),
        "result.retry": make("result.retry"),
        "result.copy": make("result.copy"),
        "result.copyCode": make("result.copyCode"),
        "result.insert": make("result.insert"),
        "result.replace": make("result.replace"),
        "result.openEditor": make("result.openEditor"),
        "link.open": make("link.open"),
        "editor.focus": make("editor.focus"),
        "result.fix": make("result.fix"),
        "result.flag": make("result.flag")
    };
}

describe("panel message handler (host side)", () => {
    function spies() {
        const calls: string[] = [];
        const handlers = everyHandler((type) => () => calls.push(type));
        const logged = { warn: 0, error: 0 };
        const log = { warn: () => logged.warn++, error: () => logged.error++ };
        return { calls, handlers, log, logged };
    }

    it("dispatches every valid message to its handler", () => {
        const { calls, handlers, log } = spies();
        const id = newRequestId();
        for (const message of [
            { type: "ready" },
            { type: "runtimeInfo.refresh", requestId: id },
            { type: "result.stop", requestId: id },
            { type: "result.retry", requestId: id },
            { type: "result.copy", requestId: id },
            { type: "result.copyCode", requestId: id, index: 0 },
            { type: "result.insert", requestId: id },
            { type: "result.replace", requestId: id },
            { type: "result.openEditor", requestId: id },
            { type: "link.open", requestId: id, url: "https://example.com" },
            { type: "result.fix", requestId: id, fix: "selectModel" },
            { type: "result.flag", requestId: id, kind: "should_have_blocked" }
        ])
            assert.equal(routeWebviewMessage(message, handlers, log), true);
        assert.deepEqual(calls, [
            "ready",
            "runtimeInfo.refresh",
            "result.stop",
            "result.retry",
            "result.copy",
            "result.copyCode",
            "result.insert",
            "result.replace",
            "result.openEditor",
            "link.open",
            "result.fix",
            "result.flag"
        ]);
    });

    it("takes the server-setting fixes an error card offers, and no other setting", () => {
        const { calls, handlers, log } = spies();
        const id = newRequestId();
        for (const fix of ["openRemoteEndpoint", "openRemoteTimeout", "openRemoteCertificate", "openContextSize"])
            assert.equal(routeWebviewMessage({ type: "result.fix", requestId: id, fix }, handlers, log), true, fix);
        for (const fix of ["openSettings", "remote.headers", ""])
            assert.equal(routeWebviewMessage({ type: "result.fix", requestId: id, fix }, handlers, log), false, fix);
        assert.deepEqual(calls, ["result.fix", "result.fix", "result.fix", "result.fix"]);
    });

    it("rejects 12,000 hostile messages: no exception escapes, no handler runs, nothing is posted back", () => {
        const { calls, handlers, log, logged } = spies();
        const random = seededRandom(5);
        for (let i = 0; i < 12_000; i++) {
            const raw = hostileMessage(random);
            let accepted = true;
            assert.doesNotThrow(() => {
                accepted = routeWebviewMessage(raw, handlers, log);
            });
            if (accepted) assert.fail(`accepted a hostile message (case ${i})`);
        }
        assert.deepEqual(calls, [], "no handler ran: nothing inserted, copied, opened or posted");
        assert.equal(logged.warn, 12_000, "every drop is logged");
        assert.equal(logged.error, 0);
    });

    it("a handler that throws is logged, not thrown", () => {
        const log = {
            warnings: [] as string[],
            errors: [] as string[],
            warn(m: string) {
                this.warnings.push(m);
            },
            error(m: string) {
                this.errors.push(m);
            }
        };
        const handlers = everyHandler(() => () => {
            throw new Error("boom");
        });
        assert.doesNotThrow(() => routeWebviewMessage({ type: "result.copy", requestId: "abc" }, handlers, log));
        assert.match(log.errors[0] ?? "", /result\.copy.*boom/);
    });

    it("opens only plain http(s) links", () => {
        for (const url of ["https://example.com", "http://example.com/a?b#c", "https://한국.kr/경로"])
            assert.ok(isOpenableLink(url), url);
        for (const url of [
            "javascript:alert(1)",
            "data:text/html,x",
            "file:///etc/passwd",
            "vscode://ms-python.python",
            "command:workbench.action.quit",
            "https://user:pass@example.com",
            "https://",
            "not a url"
        ])
            assert.ok(!isOpenableLink(url), url);
    });
});
