// End-to-end: a new user's first run (issue 12), in the installed VSIX (code-server + Chromium),
// fresh profile, Korean UI, no model configured.
//   1. First start: the Get Started walkthrough opens by itself and the Gemma-Ko status item is
//      there before any command runs. Second start of the same profile: no walkthrough.
//   2. Draft Korean Doc Comment in a Python file (cursor inside the body, no Python extension)
//      with no model: the panel offers "모델 선택" and "로컬 GGUF 파일 열기"; the second opens
//      VS Code's file dialog, the user types the path of a scripted GGUF fixture, the request runs
//      again by itself, the draft appears, Insert puts the docstring under the def, one Undo
//      restores the file (both checked on disk after saving).
//   3. During each model load (with progress, stretched by GEMMA_KO_TEST_LOAD_DELAY_MS), the
//      number of Gemma-Ko tabs and editor groups is sampled every second: one panel at most, no
//      group per progress message, and on a run started from the editor the editor keeps focus.
//   4. Screenshots: test-output/e2e/first-run-*.png; docs/images/ too when missing there or
//      with GEMMA_KO_DOC_IMAGES=1 (so `npm test` does not rewrite committed images).
import * as assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../support/codeServer.mjs";
import { panelContentFrame, runFromPalette, startInstalledCodeServer } from "../support/workbench.mjs";
import { currentTarget } from "../../scripts/vsixRules.mjs";

const require = createRequire(import.meta.url);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { name, version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const vsixPath = process.env.GEMMA_KO_VSIX ?? join(repo, "out", "vsix", `${name}-${version}@${currentTarget()}.vsix`);
const outputDir = join(repo, "test-output", "e2e");
const docImages = join(repo, "docs", "images");

const source = "def add(a, b):\n    return a + b\n";
const expectedDocstring =
    'def add(a, b):\n    """두 수를 더한 값을 반환합니다.\n\n    Args:\n        a: 첫 번째 수\n        b: 두 번째 수\n\n    Returns:\n        두 수의 합\n    """\n    return a + b\n';
// Each load takes this much longer (the test hook's slow disk, with progress every 100 ms).
const loadDelayMs = 4000;

const started = Date.now();
/** Progress lines with seconds since the file loaded: where the minutes go on a slow machine. */
const step = (what) => console.log(`      [${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** What the workbench shows right now: Gemma-Ko tabs, webviews, editor groups, where focus is. */
function workbenchCounts() {
    const active = document.activeElement;
    return {
        panels: [...document.querySelectorAll(".tabs-container .tab")].filter((tab) =>
            /Gemma-Ko/.test(tab.textContent ?? "")
        ).length,
        groups: document.querySelectorAll(".editor-group-container").length,
        webviews: document.querySelectorAll("iframe.webview").length,
        editorFocused: active !== null && active.closest(".monaco-editor") !== null,
        focus: active === null ? "none" : `${active.tagName}.${String(active.className).slice(0, 40)}`
    };
}

async function screenshot(page, file) {
    mkdirSync(outputDir, { recursive: true });
    const path = join(outputDir, file);
    await page.screenshot({ path });
    const doc = join(docImages, file);
    if (process.env.GEMMA_KO_DOC_IMAGES === "1" || !existsSync(doc)) {
        mkdirSync(docImages, { recursive: true });
        copyFileSync(path, doc);
    }
}

/** The newest result card's state, status line and buttons (undefined while the panel is not up). */
async function newestCard(page) {
    for (const frame of page.frames()) {
        try {
            const card = await frame.evaluate(() => {
                if (document.getElementById("result-list") === null) return null;
                const li = document.querySelector("li.result");
                return {
                    state: li?.getAttribute("data-state") ?? "none",
                    title: li?.querySelector(".result-title")?.textContent ?? "",
                    status: li?.querySelector(".result-status")?.textContent ?? "",
                    body: li?.querySelector(".result-body")?.textContent ?? "",
                    actions: [...(li?.querySelectorAll(".result-actions button") ?? [])].map((b) => b.textContent),
                    cards: document.querySelectorAll("li.result").length,
                    // While it runs: how many samples have seen this very Stop button (it must not be
                    // rebuilt on every progress message), and whether it sits above the text.
                    stop: (() => {
                        const stop = li?.querySelector(".result-actions .action-stop");
                        const body = li?.querySelector(".result-body");
                        if (!stop || !body) return undefined;
                        stop.dataset.samples = String(Number(stop.dataset.samples ?? 0) + 1);
                        const above = (stop.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
                        return { samples: Number(stop.dataset.samples), above };
                    })()
                };
            });
            if (card !== null) return card;
        } catch {
            // detached or not ours
        }
    }
    return undefined;
}

/**
 * Samples the workbench every second until the newest result is no longer running
 * (after `minCards` cards exist; not in a state of `skip`), and returns the samples.
 */
async function sampleUntilFinished(page, minCards, timeoutMs = 120_000, skip = []) {
    // Let the palette or the file dialog finish closing first.
    await sleep(500);
    const samples = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const counts = await page.evaluate(workbenchCounts);
        const card = await newestCard(page);
        samples.push({
            at: Date.now(),
            ...counts,
            card: card && { state: card.state, status: card.status, stop: card.stop }
        });
        if (card !== undefined && card.cards >= minCards && card.state !== "running" && !skip.includes(card.state))
            return { samples, card };
        if (Date.now() > deadline) throw new Error(`the request did not finish: ${JSON.stringify(samples.slice(-5))}`);
        await sleep(1000);
    }
}

function assertOnePanel(samples, label) {
    const worst = samples.reduce(
        (max, s) => ({ panels: Math.max(max.panels, s.panels), groups: Math.max(max.groups, s.groups) }),
        { panels: 0, groups: 0 }
    );
    assert.ok(worst.panels <= 1, `${label}: ${worst.panels} Gemma-Ko tabs at once: ${JSON.stringify(samples)}`);
    assert.ok(worst.groups <= 2, `${label}: ${worst.groups} editor groups at once: ${JSON.stringify(samples)}`);
}

/** Clicks into the editor of calc.py on the line holding `text`. */
async function clickLine(page, text) {
    await page.locator(".monaco-editor .view-line", { hasText: text }).first().click({ timeout: 15_000 });
}

/** Saves the active editor (Ctrl+S, again if needed) until `file` on disk holds `expected`; returns what it holds. */
async function saveUntil(page, file, expected) {
    let text = readFileSync(file, "utf8");
    for (let attempt = 0; attempt < 3 && text !== expected; attempt++) {
        await page.keyboard.press("Control+s");
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline) {
            text = readFileSync(file, "utf8");
            if (text === expected) break;
            await sleep(200);
        }
    }
    return text;
}

describe("first run of a new user (installed VSIX, Korean UI, no model)", function () {
    this.timeout(300_000);
    let server;
    let browser;
    let context;
    let page;
    let scratch;
    let model;
    let pyFile;
    let secondFolder;

    before(async function () {
        assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
        scratch = mkdtempSync(join(tmpdir(), "gemma-ko-firstrun-e2e-"));
        // The model the user picks: a scripted GGUF whose greedy output is a known Korean draft.
        const { scriptSteps, writeScriptedModel } = require(join(repo, "out", "test", "fixtures", "scriptedModel.js"));
        mkdirSync(join(scratch, "models"), { recursive: true });
        model = join(scratch, "models", "gemma-ko-first-run.gguf");
        await writeScriptedModel(
            model,
            scriptSteps([
                "두 수를 ",
                "더한 값을 ",
                "반환합니",
                "다.\n@param a ",
                "첫 번째 수\n",
                "@param b ",
                "두 번째 ",
                "수\n@returns ",
                "두 수의 합",
                "\n----- 끝",
                " -----"
            ])
        );
        step("fixture written");
        server = await startInstalledCodeServer(vsixPath, scratch, {
            // A new user's default: walkthroughs open on install.
            settings: { "workbench.welcomePage.walkthroughs.openOnInstall": true },
            env: { GEMMA_KO_TEST_HOOKS: "1", GEMMA_KO_TEST_LOAD_DELAY_MS: String(loadDelayMs) }
        });
        // The second start opens another folder of the same profile: no editors restored
        // from the first start's folder can stand in for (or hide) a walkthrough.
        secondFolder = join(server.home, "project");
        mkdirSync(secondFolder, { recursive: true });
        pyFile = join(secondFolder, "calc.py");
        writeFileSync(pyFile, source);
        step("code-server up");
        browser = await launchChromium();
        // One browser profile for both starts: VS Code in the browser keeps globalState there.
        context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "ko-KR" });
    });

    after(async function () {
        await context?.close().catch(() => undefined);
        await browser?.close();
        await server?.stop();
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    afterEach(async function () {
        if (this.currentTest?.state === "failed" && page !== undefined) {
            mkdirSync(outputDir, { recursive: true });
            await page.screenshot({ path: join(outputDir, "first-run-failure.png") }).catch(() => undefined);
            console.log(server.output().slice(-3000));
        }
    });

    it("first start: the walkthrough opens by itself and the status item is there; not on the second start", async () => {
        page = await context.newPage();
        await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
        await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
        const status = page.locator(".statusbar-item", { hasText: "Gemma-Ko" }).first();
        await status.waitFor({ state: "visible", timeout: 90_000 });
        assert.match((await status.textContent()) ?? "", /Gemma-Ko: 모델 없음/);
        step("first start: status item visible");
        const walkthrough = page.locator(".gettingStartedContainer", { hasText: "Gemma-Ko 시작하기" }).first();
        await walkthrough.waitFor({ state: "visible", timeout: 60_000 });
        await page.waitForTimeout(1000);
        await screenshot(page, "first-run-walkthrough.png");

        // Give globalState a moment to be written, and start again with the same profile.
        await page.waitForTimeout(2000);
        step("first start: walkthrough shown");
        await page.goto(`${server.url}/?folder=${encodeURIComponent(secondFolder)}`);
        await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
        await page.locator(".statusbar-item", { hasText: "Gemma-Ko" }).first().waitFor({ timeout: 90_000 });
        // The extension has activated (the item is its own); give a walkthrough time to show.
        await page.waitForTimeout(4000);
        assert.equal(
            await page.locator(".gettingStartedContainer").count(),
            0,
            "the walkthrough opened again on the second start"
        );
    });

    it("no model -> 로컬 GGUF 파일 열기 -> the fixture -> draft -> Insert -> one Undo; one panel during the load", async () => {
        await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "calc.py" }).first().click();
        await page.locator(".monaco-editor .view-lines", { hasText: "def add" }).first().waitFor({ timeout: 30_000 });
        // The cursor inside the body: the draft must still go to the enclosing def.
        await clickLine(page, "return a + b");
        await runFromPalette(page, "한국어 문서 주석 초안", "한국어 문서 주석 초안");

        const frame = await panelContentFrame(page);
        await frame.waitForFunction(
            () => document.querySelector("li.result")?.getAttribute("data-state") === "error",
            undefined,
            { timeout: 60_000 }
        );
        step("no-model error shown");
        const failed = await newestCard(page);
        assert.match(failed.body, /모델/);
        assert.ok(failed.actions.includes("모델 선택"), JSON.stringify(failed.actions));
        assert.ok(failed.actions.includes("로컬 GGUF 파일 열기"), JSON.stringify(failed.actions));
        const afterError = await page.evaluate(workbenchCounts);
        assert.equal(afterError.panels, 1, JSON.stringify(afterError));
        assert.ok(afterError.editorFocused, `the panel took the focus: ${JSON.stringify(afterError)}`);
        await screenshot(page, "first-run-no-model.png");

        // Open a Local GGUF File: code-server's file dialog is a quick input; type the path.
        await frame.locator("li.result button", { hasText: "로컬 GGUF 파일 열기" }).first().click();
        const input = page.locator(".quick-input-widget input.input");
        await input.waitFor({ state: "visible", timeout: 15_000 });
        await page.waitForTimeout(500);
        await input.fill(model);
        await page.waitForTimeout(800);
        await screenshot(page, "first-run-file-dialog.png");
        await input.press("Enter");
        await input.waitFor({ state: "hidden", timeout: 15_000 });

        // The request runs again by itself, in the error card's place; sample the workbench
        // every second while it loads.
        const { samples, card } = await sampleUntilFinished(page, 1, 120_000, ["error"]);
        step(`draft done after ${samples.length} samples`);
        assert.equal(card.state, "done", JSON.stringify(card));
        assert.equal(card.cards, 1, "the new result took the error's place");
        assert.ok(card.body.includes("두 수를 더한 값을 반환합니다."), card.body);
        assertOnePanel(samples, "first load");
        // Stop, during the load: one button that stays (progress comes every 100 ms), above the text.
        const stops = samples.map((sample) => sample.card?.stop).filter((stop) => stop !== undefined);
        assert.ok(
            stops.some((stop) => stop.samples >= 2),
            `the Stop button was rebuilt between samples: ${JSON.stringify(stops)}`
        );
        assert.ok(
            stops.every((stop) => stop.above),
            `Stop is below the text while it runs: ${JSON.stringify(stops)}`
        );
        assert.ok(samples.length >= 3, `too few samples during the load: ${JSON.stringify(samples)}`);
        assert.ok(
            samples.some((s) => /모델 로드 중/.test(s.card?.status ?? "")),
            `no load progress was shown: ${JSON.stringify(samples)}`
        );
        await screenshot(page, "first-run-draft.png");

        // Insert: the docstring under the def; saved and read from disk.
        await frame.locator("li.result button", { hasText: "문서 주석으로 삽입" }).first().click();
        await page
            .locator(".monaco-editor .view-lines", { hasText: "두 수를 더한 값을 반환합니다." })
            .first()
            .waitFor({ timeout: 30_000 });
        await clickLine(page, "def add");
        const inserted = await saveUntil(page, pyFile, expectedDocstring);
        assert.equal(inserted, expectedDocstring);
        await screenshot(page, "first-run-inserted.png");

        // One Undo restores the file.
        await page.keyboard.press("Control+z");
        await page
            .locator(".monaco-editor .view-lines", { hasText: "두 수를 더한 값을 반환합니다." })
            .first()
            .waitFor({ state: "detached", timeout: 15_000 });
        assert.equal(await saveUntil(page, pyFile, source), source, "one undo did not restore the file");
    });

    it("a load started from the editor: one panel, no new groups, the editor keeps focus", async () => {
        // Unload, close the panel, and ask again from the editor: the panel is created anew during a load.
        // (Each step only where the previous test got that far, so a failure there is not reported twice.)
        const ready = page.locator(".statusbar-item", { hasText: "Gemma-Ko ·" });
        if ((await ready.count()) > 0) {
            await runFromPalette(page, "모델 내리기", "모델 내리기");
            await page.locator(".statusbar-item", { hasText: "대기 중" }).first().waitFor({ timeout: 30_000 });
        }
        const panelTab = page.locator(".tabs-container .tab", { hasText: "Gemma-Ko" });
        if ((await panelTab.count()) > 0) {
            await panelTab.first().click({ button: "middle" });
            await panelTab.first().waitFor({ state: "detached", timeout: 15_000 });
        }
        await clickLine(page, "return a + b");
        await runFromPalette(page, "한국어 문서 주석 초안", "한국어 문서 주석 초안");
        const { samples, card } = await sampleUntilFinished(page, 1);
        assert.equal(card.state, "done", JSON.stringify(card));
        assertOnePanel(samples, "second load");
        assert.ok(samples.length >= 3, `too few samples during the load: ${JSON.stringify(samples)}`);
        const lost = samples.filter((s) => !s.editorFocused);
        assert.deepEqual(lost, [], "the editor lost the focus during the load");
        await screenshot(page, "first-run-loaded.png");
    });
});
