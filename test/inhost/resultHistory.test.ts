// Results kept across a window reload (found from outside: after a reload, closing the results
// panel and opening it again lost every card from before the reload, with no notice). Two
// controllers share one workspace memento, as two windows of the same workspace do one after the
// other: the second replays the first one's finished results, filtered text only, and serves Copy
// and Open in Editor from them; Insert and Run Again say why not.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { ResultsController, type ResultRequest } from "../../extension/panel/results";
import { UserPolicy } from "../../extension/panel/userPolicy";
import type { HostToWebviewMessage } from "../../webview/protocol";

/** A workspace memento as VS Code keeps one: values go through JSON. */
class JsonMemento implements vscode.Memento {
    readonly stored = new Map<string, string>();
    keys(): readonly string[] {
        return [...this.stored.keys()];
    }
    get<T>(key: string, defaultValue?: T): T | undefined {
        const raw = this.stored.get(key);
        return raw === undefined ? defaultValue : (JSON.parse(raw) as T);
    }
    update(key: string, value: unknown): Thenable<void> {
        this.stored.set(key, JSON.stringify(value));
        return Promise.resolve();
    }
}

function controllerOn(memento: vscode.Memento, log: vscode.LogOutputChannel) {
    const messages: HostToWebviewMessage[] = [];
    const panel = { post: (message: HostToWebviewMessage) => messages.push(message) };
    const controller = new ResultsController(
        { open: () => panel, existing: () => panel },
        log,
        new UserPolicy(() => undefined, log),
        "/nonexistent/reviews.jsonl",
        memento
    );
    return { controller, messages };
}

const answering = (title: string, text: string): ResultRequest => ({
    title,
    source: "calc.ts",
    run: (_signal, _report, onText) => {
        onText(text);
        return Promise.resolve({});
    },
    insert: () => Promise.resolve(true)
});

describe("Results kept across a window reload", function () {
    this.timeout(60_000);
    const log = vscode.window.createOutputChannel("Gemma-Ko history test", { log: true });
    after(() => log.dispose());

    it("the next window replays the finished results, filtered, and copies them; Insert says why not", async () => {
        const memento = new JsonMemento();
        const first = controllerOn(memento, log);
        const done = first.controller.start(
            answering("한국어 문서 주석: add()", "두 수를 더합니다. 담당자 연락처는 010-2345-6789 입니다.")
        );
        await done.done;
        const failed = first.controller.start({
            title: "선택 영역 요약",
            source: "calc.ts",
            run: () => Promise.reject(Object.assign(new Error("No model is loaded."), { code: "notLoaded" }))
        });
        await failed.done;
        const stored = [...memento.stored.values()].join("");
        assert.ok(stored.includes("두 수를 더합니다"), "the finished result is kept");
        assert.ok(!stored.includes("010-2345-6789"), "never the raw value: only what the panel was shown");
        first.controller.dispose();

        // The next window: a new controller on the same workspace memento.
        const second = controllerOn(memento, log);
        second.controller.replay();
        const types = second.messages.map((m) => `${m.type}:${"requestId" in m ? m.requestId : ""}`);
        assert.deepEqual(types, [
            `result.start:${done.id}`,
            `result.end:${done.id}`,
            `result.start:${failed.id}`,
            `result.error:${failed.id}`
        ]);
        const end = second.messages[1] as Extract<HostToWebviewMessage, { type: "result.end" }>;
        assert.match(end.text, /두 수를 더합니다/);
        assert.deepEqual(end.flags, [], "nothing to flag: the raw text is not kept");
        const error = second.messages[3] as Extract<HostToWebviewMessage, { type: "result.error" }>;
        assert.equal(error.fixes, undefined, "no fix offered: the request went with its window");

        for (const start of second.messages.filter((m) => m.type === "result.start"))
            assert.equal(start.earlier, true, "marked as from before the reload: read, copy and open only");
        await second.controller.copy(done.id);
        assert.equal(await vscode.env.clipboard.readText(), end.text);
        assert.deepEqual(second.messages.at(-1), { type: "result.copied", requestId: done.id }, "Copy is confirmed");
        assert.equal(await second.controller.insert(done.id, false), false);
        // A new result in the second window joins the kept ones, oldest first on the next replay.
        const next = second.controller.start(answering("주석 한국어 번역", "값을 하나 늘립니다."));
        await next.done;
        const third = controllerOn(memento, log);
        third.controller.replay();
        const starts = third.messages.filter((m) => m.type === "result.start").map((m) => m.requestId);
        assert.deepEqual(starts, [done.id, failed.id, next.id]);
        second.controller.dispose();
        third.controller.dispose();
    });

    it("Clear Results forgets the finished results, kept ones too, and empties the panel; a running one goes on", async () => {
        const memento = new JsonMemento();
        const first = controllerOn(memento, log);
        await first.controller.start(answering("한국어 문서 주석: add()", "두 수를 더합니다.")).done;
        first.controller.dispose();
        const second = controllerOn(memento, log);
        let release: () => void = () => undefined;
        const running = second.controller.start({
            title: "선택 영역 요약",
            source: "calc.ts",
            run: (signal, _report, onText) =>
                new Promise((resolve) => {
                    onText("요약 중");
                    release = () => resolve({});
                    signal.addEventListener("abort", () => resolve({}));
                })
        });
        await second.controller.start(answering("주석 한국어 번역", "값을 하나 늘립니다.")).done;
        second.controller.clear();
        assert.equal(second.messages.at(-1)?.type, "results.clear");
        assert.ok(![...memento.stored.values()].join("").includes("두 수를 더합니다"), "the kept result is gone");
        second.messages.length = 0;
        second.controller.replay();
        assert.deepEqual(
            second.messages.filter((m) => m.type === "result.start").map((m) => m.requestId),
            [running.id],
            "only the running request is left"
        );
        release();
        await running.done;
        assert.equal(second.controller.snapshot(running.id)?.state, "done");
        second.controller.dispose();
    });

    it("a request still running when its window goes comes back as interrupted, in its place, not as a stuck card", async () => {
        const memento = new JsonMemento();
        const first = controllerOn(memento, log);
        const before = first.controller.start(answering("한국어 문서 주석: add()", "두 수를 더합니다."));
        await before.done;
        const running = first.controller.start({
            title: "선택 영역 요약",
            source: "calc.ts",
            run: (signal, _report, onText) =>
                new Promise((resolve) => {
                    onText("요약 중");
                    if (signal.aborted) resolve({});
                    signal.addEventListener("abort", () => resolve({}));
                })
        });
        // The window reloads: the next one reads the memento as it was (no ending ever came).
        const next = controllerOn(memento, log);
        next.controller.replay();
        assert.deepEqual(
            next.messages.map((m) => `${m.type}:${"requestId" in m ? m.requestId : ""}`),
            [
                `result.start:${before.id}`,
                `result.end:${before.id}`,
                `result.start:${running.id}`,
                `result.error:${running.id}`
            ]
        );
        const error = next.messages[3] as Extract<HostToWebviewMessage, { type: "result.error" }>;
        assert.match(error.message, /Interrupted|중단됨/);
        assert.ok(!JSON.stringify(next.messages).includes("요약 중"), "no partial raw text is kept");
        // When it does end in its own window, the ending replaces the interruption.
        first.controller.stop(running.id);
        await running.done;
        const third = controllerOn(memento, log);
        third.controller.replay();
        assert.equal(
            third.messages.find((m) => m.type !== "result.start" && "requestId" in m && m.requestId === running.id)
                ?.type,
            "result.end"
        );
        first.controller.dispose();
        next.controller.dispose();
        third.controller.dispose();
    });

    it("a damaged store is read as empty, entry by entry, and never breaks the panel", async () => {
        const memento = new JsonMemento();
        await memento.update("gemmaKo.results.history", [
            null,
            "text",
            { start: { type: "result.start" }, ending: {} },
            { start: { type: "result.start", requestId: "a", title: 1 }, ending: { type: "result.end" } },
            {
                start: { type: "result.start", requestId: "AAAAAAAAAAAAAAAA", title: "t", source: "s", createdAt: 1 },
                ending: {
                    type: "result.end",
                    requestId: "BBBBBBBBBBBBBBBB",
                    text: "x",
                    outcome: "done",
                    redactions: []
                }
            }
        ]);
        const { controller, messages } = controllerOn(memento, log);
        controller.replay();
        assert.deepEqual(messages, []);
        controller.dispose();
        await memento.update("gemmaKo.results.history", { not: "an array" });
        const again = controllerOn(memento, log);
        again.controller.replay();
        assert.deepEqual(again.messages, []);
        again.controller.dispose();
    });
});
