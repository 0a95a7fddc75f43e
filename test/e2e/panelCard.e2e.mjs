// The result panel's script alone (dist/webview/panel.js) in Chromium, driven by host messages
// posted to it: what a card does when Stop crosses the host's end, where the focus goes after
// Stop, and what a blocked card says. Seconds, no code-server (found from outside, round 28).
import * as assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../support/codeServer.mjs";

const require = createRequire(import.meta.url);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const panelScript = join(repo, "dist", "webview", "panel.js");
const { panelStringsSchema } = require(join(repo, "out", "webview", "messages.js"));

/** Every panel string, named for its key; the format strings keep their placeholders. */
const strings = Object.fromEntries(Object.keys(panelStringsSchema.properties).map((key) => [key, `[${key}]`]));
const known = (entries) => Object.fromEntries(Object.entries(entries).filter(([key]) => key in strings));
Object.assign(
    strings,
    known({
        stop: "중지",
        stopped: "중지됨",
        done: "완료",
        blocked: "안전 필터가 차단함",
        blockedBody: "안전 필터가 이 답변을 표시하지 않았습니다: {0}. 잘못 차단되었다면 “{1}”을 누르세요.",
        policyLink: "Gemma 금지된 사용 정책",
        wronglyBlocked: "잘못 차단됨",
        tokensPerSecond: "{0} 토큰/초"
    })
);

const html = `<!DOCTYPE html><html><body><main id="app" aria-busy="true">
<div id="live" aria-live="polite"></div><h1 id="title">결과</h1><div id="status"></div>
<section id="info"></section><section id="results" hidden><h2 id="results-title">결과</h2>
<ol id="result-list" reversed></ol></section></main></body></html>`;

describe("result panel alone: Stop and blocked cards (panel.js in Chromium)", function () {
    this.timeout(120_000);
    let browser;
    let page;

    before(async function () {
        if (!existsSync(panelScript)) this.skip();
        browser = await launchChromium();
    });
    after(async () => browser?.close());

    beforeEach(async () => {
        page = await browser.newPage();
        await page.setContent(html);
        await page.evaluate(() => {
            window.posted = [];
            window.acquireVsCodeApi = () => ({
                postMessage: (message) => window.posted.push(message),
                getState: () => undefined,
                setState: () => undefined
            });
        });
        await page.addScriptTag({ path: panelScript });
        await post({ type: "init", locale: "ko", strings });
    });
    afterEach(async () => page?.close());

    const post = (message) =>
        page.evaluate(async (m) => {
            window.postMessage(m, "*");
            await new Promise((resolve) => setTimeout(resolve, 50));
        }, message);
    const start = (requestId) =>
        post({ type: "result.start", requestId, title: "한국어 문서 주석: add", source: "", createdAt: Date.now() });

    it("Stop pressed before the host's end arrived: stopped, with what was shown, never done (an answer stopped at 81 %)", async () => {
        await start("r1");
        await post({ type: "result.chunk", requestId: "r1", text: "두 수를 " });
        await page.keyboard.press("Tab"); // reach the card's Stop from the keyboard
        await page.focus("button.action-stop");
        await page.keyboard.press("Enter");
        // The host had already finished: its last piece and its end cross the Stop.
        await post({ type: "result.chunk", requestId: "r1", text: "더합니다." });
        await post({ type: "result.end", requestId: "r1", text: "두 수를 더합니다.", outcome: "done", redactions: [] });
        const card = await page.evaluate(() => {
            const li = document.querySelector("li.result");
            return {
                state: li?.getAttribute("data-state"),
                body: li?.querySelector(".result-body")?.textContent?.trim(),
                status: li?.querySelector(".result-status")?.textContent,
                posted: window.posted.filter((m) => m.type === "result.stop")
            };
        });
        assert.deepEqual(card.posted, [{ type: "result.stop", requestId: "r1", shown: 5 }]);
        assert.equal(card.state, "stopped");
        assert.equal(card.body, "두 수를");
        assert.match(card.status ?? "", /^중지됨/);
    });

    it("after Stop the focus stays in the stopped card, on its heading, and is announced (it fell to the body)", async () => {
        await start("r2");
        await post({ type: "result.chunk", requestId: "r2", text: "두 수를 " });
        await page.focus("button.action-stop");
        await page.keyboard.press("Enter");
        await post({ type: "result.end", requestId: "r2", text: "두 수를 ", outcome: "stopped", redactions: [] });
        const focus = await page.evaluate(() => ({
            on: document.activeElement?.className,
            inCard: document.querySelector("li.result")?.contains(document.activeElement),
            live: document.getElementById("live")?.textContent ?? ""
        }));
        assert.equal(focus.on, "result-title");
        assert.ok(focus.inCard);
        assert.match(focus.live, /한국어 문서 주석: add\. 중지됨/);
    });

    it("a blocked card names its category once, says what the user can do and links the policy", async () => {
        await start("r3");
        await post({ type: "result.chunk", requestId: "r3", text: "좋은 코드입니다. " });
        await post({
            type: "result.blocked",
            requestId: "r3",
            categories: ["폭력·위협"],
            notice: "[응답 차단: 폭력·위협]",
            flags: ["wrongly_blocked"]
        });
        const card = await page.evaluate(() => {
            const li = document.querySelector("li.result");
            return {
                text: li?.textContent ?? "",
                body: li?.querySelector(".result-body")?.textContent ?? "",
                link: li?.querySelector(".result-body a")?.getAttribute("href"),
                status: li?.querySelector(".result-status")?.textContent
            };
        });
        assert.equal(card.text.split("폭력·위협").length - 1, 1, card.text);
        assert.match(card.body, /잘못 차단됨/);
        assert.equal(card.link, "https://ai.google.dev/gemma/prohibited_use_policy");
        assert.equal(card.status, "안전 필터가 차단함");
        assert.ok(!card.text.includes("좋은 코드입니다"));
    });

    it("Retry on a failed card: the focus goes to the new card's heading, announced (it fell to the body)", async () => {
        await start("r4");
        await post({ type: "result.error", requestId: "r4", message: "모델을 불러오지 못했습니다." });
        await page.focus("button.action[data-action='retry']");
        await page.keyboard.press("Enter");
        const asked = await page.evaluate(() => window.posted.filter((m) => m.type === "result.retry"));
        assert.deepEqual(asked, [{ type: "result.retry", requestId: "r4" }]);
        await post({
            type: "result.start",
            requestId: "r5",
            title: "한국어 문서 주석: add",
            source: "",
            createdAt: Date.now(),
            replaces: "r4"
        });
        const focus = await page.evaluate(() => ({
            on: document.activeElement?.className,
            cards: document.querySelectorAll("li.result").length,
            live: document.getElementById("live")?.textContent ?? ""
        }));
        assert.equal(focus.cards, 1);
        assert.equal(focus.on, "result-title");
        assert.match(focus.live, /한국어 문서 주석: add/);
    });
});
