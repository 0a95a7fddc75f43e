// End-to-end: the result panel in the installed VSIX (code-server + Chromium).
// Model output is delivered through the extension's test hook (GEMMA_KO_TEST_HOOKS),
// which streams texts through the same safety filter and result pipeline as a model:
//   - an XSS corpus of 156 payloads: none executes, every payload's text stays readable;
//   - a Korean result with a phone number and a 주민등록번호: the redaction badge shows,
//     the raw values are nowhere in the DOM;
//   - a threat: blocked, category shown, text never;
//   - screenshots in dark, light and high-contrast themes.
import * as assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../support/codeServer.mjs";
import {
    panelContentFrame,
    runFromPalette,
    openWorkbench,
    waitForStatusBar,
    startInstalledCodeServer,
    openFileAndClickLine,
    focusPanelFromKeyboard
} from "../support/workbench.mjs";
import { currentTarget } from "../../scripts/vsixRules.mjs";
import { xssPayloads } from "./xssCorpus.mjs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { name, version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const vsixPath = process.env.GEMMA_KO_VSIX ?? join(repo, "out", "vsix", `${name}-${version}@${currentTarget()}.vsix`);
const outputDir = join(repo, "test-output", "e2e");

const koreanResult = [
    "## `add` 함수",
    "",
    "두 수를 더한 값을 반환합니다. 입력이 숫자가 아니면 `TypeError`를 던집니다. 긴 한국어 문장도 단어 단위로 자연스럽게 줄바꿈되어야 하므로 이 문장은 일부러 길게 썼습니다.",
    "",
    "```ts",
    "export function add(a: number, b: number): number {",
    "    return a + b;",
    "}",
    "```",
    "",
    "- 담당자 연락처: 010-2345-6789",
    "- 담당자 주민등록번호: 900101-1234568",
    "- 참고: [TypeScript 핸드북](https://www.typescriptlang.org/docs/)"
].join("\n");

describe("result panel: XSS corpus, redaction, blocking, themes (installed VSIX)", function () {
    this.timeout(300_000);
    let server;
    let browser;
    let scratch;
    let scriptedModel;
    const payloads = xssPayloads();
    const groups = [];
    for (let i = 0; i < payloads.length; i += 13) groups.push(payloads.slice(i, i + 13));

    before(async function () {
        assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
        assert.ok(payloads.length >= 100, `${payloads.length} payloads`);
        scratch = mkdtempSync(join(tmpdir(), "gemma-ko-panel-e2e-"));
        const samples = [
            ...groups.map((group, index) => ({ title: `XSS ${index + 1}`, text: group.join("\n\n") })),
            { title: "차단 예시", text: "좋은 코드입니다. 너를 죽여버리겠다." },
            { title: "한국어 문서 주석: add()", text: koreanResult }
        ];
        const sampleFile = join(scratch, "samples.json");
        writeFileSync(sampleFile, JSON.stringify(samples));
        // The scripted model: whatever the prompt, it says a Korean sentence with a phone
        // number and a 주민등록번호 (real node-llama-cpp inside the installed extension).
        const { writeScriptedModel } = require(join(repo, "out", "test", "fixtures", "scriptedModel.js"));
        scriptedModel = join(scratch, "scripted.gguf");
        await writeScriptedModel(scriptedModel);
        server = await startInstalledCodeServer(vsixPath, scratch, {
            settings: { "workbench.colorTheme": "Default Dark Modern", "gemmaKo.model.path": scriptedModel },
            env: { GEMMA_KO_TEST_HOOKS: "1", GEMMA_KO_SAMPLE_FILE: sampleFile }
        });
        browser = await launchChromium();
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it("renders model output safely, shows redactions and blocks, in three themes", async () => {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: "ko-KR" });
        const dialogs = [];
        page.on("dialog", (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
        await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
        await waitForStatusBar(page);

        // The test-only command is hidden until the extension has activated and set its
        // context key: activate it the way a user would, with Show Runtime Info.
        await runFromPalette(page, "런타임 정보", "런타임 정보");
        await (await panelContentFrame(page)).waitForSelector("#backend", { timeout: 90_000 });
        await runFromPalette(page, "샘플 출력", "샘플 출력 표시 (테스트 전용)");
        const frame = await panelContentFrame(page);
        const expected = groups.length + 2;
        await frame.waitForFunction(
            (n) => {
                const cards = document.querySelectorAll("li.result");
                return cards.length === n && [...cards].every((card) => card.getAttribute("data-state") !== "running");
            },
            expected,
            { timeout: 120_000 }
        );
        // Let any payload that could run do so before looking.
        await page.waitForTimeout(1500);

        const report = await frame.evaluate(() => {
            const bodies = [...document.querySelectorAll(".result-body")];
            const inResults = (selector) => bodies.flatMap((body) => [...body.querySelectorAll(selector)]);
            const handlers = inResults("*").filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)));
            const badLinks = inResults("a[href]").filter((a) => !/^https?:\/\//i.test(a.getAttribute("href") ?? ""));
            return {
                marker: window.__xss,
                title: document.title,
                forbidden: inResults(
                    "script, iframe, object, embed, img, svg, math, style, link, meta, base, form, input, video, source, template, details, marquee, x, noscript"
                ).map((el) => el.tagName),
                handlers: handlers.map((el) => el.outerHTML.slice(0, 80)),
                badLinks: badLinks.map((a) => a.getAttribute("href")),
                styles: inResults("[style]").length,
                texts: [...document.querySelectorAll("li.result")].map((card) => ({
                    title: card.querySelector(".result-title")?.textContent ?? "",
                    state: card.getAttribute("data-state"),
                    body: card.querySelector(".result-body")?.textContent ?? "",
                    badges: card.querySelector(".result-badges")?.textContent ?? "",
                    actions: [...card.querySelectorAll(".result-actions button")].map((b) => b.textContent)
                })),
                html: document.documentElement.outerHTML
            };
        });
        assert.equal(report.marker, undefined, "a payload ran");
        assert.notEqual(report.title, "XSS", "a payload changed the title");
        assert.deepEqual(dialogs, [], "a payload opened a dialog");
        assert.deepEqual(report.forbidden, [], "active elements were rendered");
        assert.deepEqual(report.handlers, [], "event handler attributes were rendered");
        assert.deepEqual(report.badLinks, [], "non-http(s) links were rendered");
        assert.equal(report.styles, 0, "inline styles were rendered");

        // Readable: every payload's label and its Korean text survive as text.
        const xssText = report.texts
            .filter((t) => t.title.startsWith("XSS"))
            .map((t) => t.body)
            .join("\n");
        for (let i = 1; i <= payloads.length; i++)
            assert.ok(xssText.includes(`페이로드 ${i}:`), `payload ${i} is not readable`);
        assert.ok(xssText.includes("이 함수는 입력을 검증합니다."));
        assert.ok(xssText.includes("<script>"), "raw HTML shows as text");

        // Redaction: badge shown, values nowhere in the panel.
        const korean = report.texts.find((t) => t.title === "한국어 문서 주석: add()");
        assert.ok(korean !== undefined && korean.state === "done");
        assert.match(korean.badges, /전화번호 1개/);
        assert.match(korean.badges, /주민등록번호 1개/);
        assert.ok(korean.body.includes("[전화번호]") && korean.body.includes("[주민등록번호]"));
        assert.ok(
            !report.html.includes("010-2345-6789") && !report.html.includes("900101-1234568"),
            "a raw value reached the panel's DOM"
        );
        assert.deepEqual(korean.actions, [
            "복사",
            "커서 위치에 삽입",
            "선택 영역 바꾸기",
            "새 편집기에서 열기",
            "다시 시도",
            // The review flags (issue 15): a shown result can be flagged as one the filter missed,
            // and one with a value redacted as wrongly hidden (a version number read as a phone number).
            "잘못 차단됨",
            "차단됐어야 함"
        ]);

        // Blocked: category and notice, never the text.
        const blocked = report.texts.find((t) => t.title === "차단 예시");
        assert.equal(blocked?.state, "blocked");
        // The category once, in the body with what to do (not again in a badge and the status line).
        assert.match(blocked?.body ?? "", /폭력·위협/);
        assert.doesNotMatch(blocked?.badges ?? "", /폭력·위협/);
        assert.ok(!report.html.includes("죽여"), "blocked text reached the DOM");
        assert.ok(!(blocked?.body ?? "").includes("좋은 코드입니다"), "what was shown before the block was withdrawn");

        // Keyboard: the first action of the newest result is reachable with Tab and is a real button.
        const focusable = await frame.evaluate(() => {
            const button = document.querySelector("li.result .result-actions button");
            button?.focus();
            return document.activeElement === button && button?.tagName === "BUTTON";
        });
        assert.ok(focusable);

        // Keyboard: flag a result with Enter, write the note in VS Code's input box, press Enter:
        // the focus comes back to the flag button, not to the top of the panel (found from outside).
        const flagSelector = 'li.result button.action-flag[data-kind="should_have_blocked"]';
        await frame.evaluate((selector) => document.querySelector(selector)?.focus(), flagSelector);
        await page.keyboard.press("Enter");
        const note = page.locator(".quick-input-widget input.input");
        await note.waitFor({ state: "visible", timeout: 10_000 });
        await note.fill("키보드로 남긴 메모");
        await page.keyboard.press("Enter");
        await frame.waitForFunction(
            (selector) => document.querySelector(selector)?.getAttribute("aria-pressed") === "true",
            flagSelector,
            { timeout: 10_000 }
        );
        await new Promise((r) => setTimeout(r, 500));
        const focusAfterNote = await frame.evaluate((selector) => {
            const active = document.activeElement;
            return {
                back: active !== null && active === document.querySelector(selector),
                on: active?.outerHTML.slice(0, 120)
            };
        }, flagSelector);
        assert.ok(focusAfterNote.back, `focus after the note: ${focusAfterNote.on}`);

        // Themes: the panel follows --vscode-* colours. Screenshot each.
        mkdirSync(outputDir, { recursive: true });
        await frame.evaluate(() => document.querySelector("li.result")?.scrollIntoView());
        const themes = [
            ["dark", "Default Dark Modern", "vs-dark"],
            ["light", "Light Modern", "vs"],
            ["high-contrast", "Dark High Contrast", "hc-black"]
        ];
        const backgrounds = [];
        for (const [label, theme, bodyClass] of themes) {
            if (label !== "dark") {
                // Preferences: Color Theme, then pick the theme, as a user would.
                await runFromPalette(page, "Preferences: Color Theme", "Preferences: Color Theme");
                // The palette closes and the theme picker opens in its place.
                await page.waitForTimeout(800);
                if (process.env.GEMMA_KO_E2E_DEBUG)
                    await page.screenshot({ path: join(outputDir, `debug-${label}.png`) });
                await page.locator(".quick-input-widget input.input").waitFor({ state: "visible", timeout: 10_000 });
                await page.keyboard.type(theme);
                await page
                    .locator(".quick-input-list .monaco-list-row", { hasText: theme })
                    .first()
                    .waitFor({ timeout: 10_000 });
                await page.keyboard.press("Enter");
            }
            await page.locator(`.monaco-workbench.${bodyClass}`).waitFor({ timeout: 30_000 });
            await page.waitForTimeout(1000);
            backgrounds.push(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor));
            await page.screenshot({ path: join(outputDir, `panel-${label}.png`) });
        }
        assert.equal(new Set(backgrounds).size, 3, `the panel did not follow the theme: ${backgrounds.join(", ")}`);

        // A link opens only after the user confirms it (a modal dialog naming the URL).
        const koreanCard = (f) => f.locator("li.result", { hasText: "한국어 문서 주석: add()" });
        await koreanCard(frame).locator("a", { hasText: "TypeScript 핸드북" }).click();
        const dialog = page.locator(".monaco-dialog-box");
        await dialog.waitFor({ state: "visible", timeout: 15_000 });
        assert.match((await dialog.textContent()) ?? "", /typescriptlang\.org/);
        await page.keyboard.press("Escape");
        await dialog.waitFor({ state: "hidden", timeout: 15_000 });

        // Open in Editor: the new document holds the filtered text only.
        await koreanCard(frame).locator("button", { hasText: "새 편집기에서 열기" }).click();
        const editorText = page.locator(".monaco-editor .view-lines").first();
        await page
            .locator(".monaco-editor .view-lines", { hasText: "[주민등록번호]" })
            .first()
            .waitFor({ timeout: 15_000 });
        const shown = (await editorText.textContent()) ?? "";
        assert.ok(
            !shown.includes("010-2345-6789") && !shown.includes("900101-1234568"),
            "a raw value reached the editor"
        );

        // The document opened beside the panel, not over it (found from outside: the first one hid it).
        await page.locator(".tab.active", { hasText: "Gemma-Ko" }).first().waitFor({ timeout: 5_000 });
        // The panel survives a reload of its webview: results come back from state and the host's replay.
        await page.locator(".tab", { hasText: "Gemma-Ko" }).first().click();
        // Keyboard (found from outside): Escape takes the focus to the code, Ctrl+<group> to the newest card.
        const focused = await panelContentFrame(page);
        // A click on the panel's heading (no action there) gives the webview the page's real focus; a
        // focus() from script alone did not always, and then Escape went to the workbench (flaky in CI).
        await focused.locator("#results-title").click();
        await focused.evaluate(() => document.querySelector("li.result .result-actions button")?.focus());
        await focused.waitForFunction(
            () => document.hasFocus() && document.activeElement?.matches("li.result .result-actions button") === true,
            undefined,
            { timeout: 10_000 }
        );
        await page.keyboard.press("Escape");
        await page.waitForFunction(() => document.activeElement?.closest(".monaco-editor") != null, undefined, {
            timeout: 10_000
        });
        await focusPanelFromKeyboard(page, /^최신 결과: 한국어 문서 주석: add\(\)/);
        await page.locator(".tab", { hasText: "Gemma-Ko" }).first().click();
        await panelContentFrame(page);
        // The tab click focused the webview: hand focus back to the workbench for the palette.
        await page.locator(".part.sidebar .title").first().click();
        await runFromPalette(page, "Reload Webviews", "Developer: Reload Webviews");
        await page.waitForTimeout(1500);
        const reloaded = await panelContentFrame(page);
        await reloaded.waitForFunction((n) => document.querySelectorAll("li.result").length === n, expected, {
            timeout: 30_000
        });
        const afterReload = await reloaded.evaluate(() =>
            [...document.querySelectorAll("li.result")].map((card) => [
                card.querySelector(".result-title")?.textContent,
                card.getAttribute("data-state")
            ])
        );
        assert.deepEqual(afterReload[0], ["한국어 문서 주석: add()", "done"], "newest first, finished");
        assert.ok(afterReload.every(([, state]) => state !== "running"));

        // Clear Results empties the panel (nothing runs now), and the intro comes back.
        await page.locator(".part.sidebar .title").first().click();
        await runFromPalette(page, "결과 지우기", "결과 지우기");
        await reloaded.waitForFunction(() => document.querySelectorAll("li.result").length === 0, undefined, {
            timeout: 15_000
        });
        await page.close();
    });

    it("what the model really says is filtered before anyone sees it: panel and editor (scripted model)", async () => {
        writeFileSync(
            join(server.workspace, "math.ts"),
            "export function add(a: number, b: number): number {\n    return a + b;\n}\n"
        );
        const page = await openWorkbench(browser, server, { width: 1400, height: 1000 });
        await waitForStatusBar(page);
        // Open math.ts from the explorer and put the cursor in the function.
        await openFileAndClickLine(page, "math.ts", "export function add");

        await runFromPalette(page, "한국어 문서 주석 초안", "한국어 문서 주석 초안");
        let frame = await panelContentFrame(page);
        await frame.waitForFunction(
            () => {
                const card = document.querySelector("li.result");
                return card !== null && card.getAttribute("data-state") === "done";
            },
            undefined,
            { timeout: 120_000 }
        );
        const seen = await frame.evaluate(() => ({
            title: document.querySelector("li.result .result-title")?.textContent ?? "",
            body: document.querySelector("li.result .result-body")?.textContent ?? "",
            badges: document.querySelector("li.result .result-badges")?.textContent ?? "",
            html: document.documentElement.outerHTML
        }));
        assert.match(seen.title, /한국어 문서 주석: add/);
        assert.match(seen.badges, /전화번호 1개/);
        assert.match(seen.badges, /주민등록번호 1개/);
        assert.ok(
            seen.body.includes("[전화번호]") && seen.body.includes("[주민등록번호]") && seen.body.includes("입니다"),
            seen.body
        );
        for (const raw of ["010-2345-6789", "2345-6789", "900101-1234568", "1234568"])
            assert.ok(!seen.html.includes(raw), `${raw} reached the panel`);

        // Insert: the comment goes above the function, with the redacted text only.
        await frame.locator("li.result button", { hasText: "문서 주석으로 삽입" }).first().click();
        const inserted = page.locator(".monaco-editor .view-lines", { hasText: "[주민등록번호]" }).first();
        await inserted.waitFor({ timeout: 30_000 });
        const text = (await inserted.textContent()) ?? "";
        assert.ok(text.includes("/**") && text.includes("[전화번호]"), text);
        assert.ok(
            !text.includes("010-2345-6789") && !text.includes("900101-1234568"),
            "a raw value reached the editor"
        );
        mkdirSync(outputDir, { recursive: true });
        await page.screenshot({ path: join(outputDir, "doc-comment-scripted.png") });

        // A whole file's summary (nothing selected) offers no Replace Selection (found from
        // outside: it offered one that could only insert); Copy says that it copied, on the
        // button and to a screen reader.
        await openFileAndClickLine(page, "math.ts", "export function add");
        await runFromPalette(page, "한국어 요약", "선택 영역·파일 한국어 요약");
        // The panel's frame can be replaced when the panel is revealed again (seen once in CI as
        // "Frame was detached" on a loaded machine): found afresh.
        frame = await panelContentFrame(page);
        const summary = frame.locator("li.result", { hasText: "math.ts 요약" }).first();
        await frame.waitForFunction(
            () =>
                [...document.querySelectorAll("li.result")].some(
                    (card) =>
                        (card.querySelector(".result-title")?.textContent ?? "").includes("math.ts 요약") &&
                        card.getAttribute("data-state") === "done"
                ),
            undefined,
            { timeout: 120_000 }
        );
        const summaryActions = await summary.locator(".result-actions button").allTextContents();
        assert.ok(summaryActions.includes("커서 위치에 삽입"), summaryActions.join());
        assert.ok(!summaryActions.includes("선택 영역 바꾸기"), summaryActions.join());
        await summary.locator("button.action-copy").click();
        await summary.locator("button.action-copy", { hasText: "복사했습니다" }).waitFor({ timeout: 10_000 });
        assert.match((await frame.locator("#live").textContent()) ?? "", /복사했습니다/);
        await page.close();
    });
});
