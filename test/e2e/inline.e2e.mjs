// End-to-end: Korean ghost text in a comment, in the installed VSIX (code-server +
// Chromium, Korean UI), with the real node-llama-cpp running a scripted model that
// continues any prompt with "두 수를 더한 값을 반환합니다.". Typing `// 이 함수는 `
// above a function shows the ghost text; Tab accepts it; one Undo removes it. Then, with a
// model at the mid fixture's cost and gemmaKo.inline.showFirstWords on, the first words show
// early; Tab takes them, and the rest is there at once (from the cache), for a second Tab.
// Screenshot: test-output/e2e/inline-ghost-text.png, and docs/images/ when missing there
// (or with GEMMA_KO_DOC_IMAGES=1).
import * as assert from "node:assert/strict";
import {
    copyFileSync,
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    rmSync,
    writeFileSync
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../support/codeServer.mjs";
import { openWorkbench, runFromPalette, startInstalledCodeServer, waitForStatusBar } from "../support/workbench.mjs";
import { currentTarget } from "../../scripts/vsixRules.mjs";

const require = createRequire(import.meta.url);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { name, version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const vsixPath = process.env.GEMMA_KO_VSIX ?? join(repo, "out", "vsix", `${name}-${version}@${currentTarget()}.vsix`);
const outputDir = join(repo, "test-output", "e2e");
const suggestion = "두 수를 더한 값을 반환합니다.";
const typed = "// 이 함수는 ";

/** Copies the extension's own log files (Gemma-Ko's output channel) next to the screenshots; returns their paths. */
function saveExtensionLogs(userDataDir, prefix) {
    const saved = [];
    // Matched below the logs folder only: the scratch folder's own name holds "gemma-ko" too.
    const walk = (dir, relative) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            const inside = `${relative}/${entry.name}`;
            if (entry.isDirectory()) walk(path, inside);
            else if (/gemma-ko/i.test(inside) && entry.name.endsWith(".log")) {
                const target = join(outputDir, `${prefix}-${saved.length + 1}.log`);
                copyFileSync(path, target);
                saved.push(target);
            }
        }
    };
    try {
        walk(join(userDataDir, "logs"), "");
    } catch {
        // no logs written
    }
    return saved;
}

/**
 * code-server with the installed VSIX, Korean UI, and a scripted model (`options`: its shape)
 * that says `suggestion`; `settings`: more user settings.
 */
async function startWithModel(scratch, options, settings = {}) {
    const { writeScriptedModel, scriptSteps } = require(join(repo, "out", "test", "fixtures", "scriptedModel.js"));
    const model = join(scratch, "inline.gguf");
    await writeScriptedModel(model, scriptSteps(["두 수를 ", "더한 ", "값을 ", "반환합니", "다."]), options);
    const server = await startInstalledCodeServer(vsixPath, scratch, {
        settings: {
            "workbench.colorTheme": "Default Dark Modern",
            "gemmaKo.model.path": model,
            "editor.inlineSuggest.enabled": true,
            // VS Code 1.139 opens the (empty, AI features off) chat side bar a while after start;
            // when that lands after the typing, it takes the focus and the editor hides its ghost text.
            "workbench.secondarySideBar.defaultVisibility": "hidden",
            "editor.fontSize": 16,
            ...settings
        },
        // The test hooks let the runtime accept the scripted fixture's llama architecture.
        env: { GEMMA_KO_TEST_HOOKS: "1" }
    });
    // Also in the workspace's settings: in code-server's remote extension host a user-level
    // value of this machine-overridable setting was not seen by the Load Model command.
    mkdirSync(join(server.workspace, ".vscode"), { recursive: true });
    writeFileSync(join(server.workspace, ".vscode", "settings.json"), JSON.stringify({ "gemmaKo.model.path": model }));
    writeFileSync(
        join(server.workspace, "add.ts"),
        "\nexport function add(a: number, b: number): number {\n    return a + b;\n}\n"
    );
    return server;
}

/**
 * Registers the suite's before/after: a scratch folder, code-server with `startWithModel`'s
 * model and settings, and Chromium; returns where the suite finds the server and the browser.
 */
function useInstalledServer(prefix, options, settings) {
    const suite = { server: undefined, browser: undefined };
    let scratch;
    before(async () => {
        assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
        scratch = mkdtempSync(join(tmpdir(), prefix));
        suite.server = await startWithModel(scratch, options, settings);
        suite.browser = await launchChromium();
    });
    after(async () => {
        await suite.browser?.close();
        await suite.server?.stop();
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    });
    return suite;
}

/** The workbench, with the model loaded from the palette; `ready` is the loaded model's status item. */
async function openAndLoad(browser, server) {
    // A loaded machine can miss the first navigation's 30 s: try again before failing.
    let page;
    for (let attempt = 1; page === undefined; attempt++) {
        try {
            page = await openWorkbench(browser, server, { width: 1200, height: 700 });
        } catch (error) {
            if (attempt >= 3) throw error;
        }
    }
    await waitForStatusBar(page);
    // Load Model, again if the first try did not load: on a loaded machine the model
    // process's cold start has outlasted its supervisor's heartbeat (seen in-host too).
    const ready = page.locator(".statusbar-item", { hasText: "Gemma-Ko ·" }).first();
    for (let attempt = 1; !(await ready.isVisible()); attempt++) {
        await runFromPalette(page, "모델 불러오기", "모델 불러오기");
        try {
            await ready.waitFor({ timeout: 90_000 });
        } catch (error) {
            mkdirSync(outputDir, { recursive: true });
            await page.screenshot({ path: join(outputDir, `inline-load-${attempt}.png`) });
            if (attempt >= 2) throw error;
        }
    }
    return { page, ready };
}

/** Opens add.ts with Quick Open and puts the cursor on its empty first line; returns the editor. */
async function openAddTs(page) {
    await page.keyboard.press("Control+P");
    const quickOpen = page.locator(".quick-input-widget input.input");
    await quickOpen.waitFor({ state: "visible", timeout: 10_000 });
    await quickOpen.fill("add.ts");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "add.ts" }).first().click();
    const editor = page.locator(".editor-instance .monaco-editor").first();
    await editor.locator(".view-line", { hasText: "export function add" }).waitFor({ timeout: 30_000 });
    await page.keyboard.press("Control+Home");
    return editor;
}

/** Line 1's text without the ghost text (Monaco renders it inside the line as a decoration). */
function firstLineOf(editor) {
    return editor.evaluate((element) => {
        const lines = [...element.querySelectorAll(".view-lines .view-line")];
        lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
        const line = lines[0]?.cloneNode(true);
        if (line === undefined) return "";
        for (const ghost of line.querySelectorAll("[class*='ghost-text']")) ghost.remove();
        return line.textContent ?? "";
    });
}

/** The ghost text shown in the editor. */
function ghostTextOf(editor) {
    return editor.evaluate((element) =>
        [...element.querySelectorAll(".ghost-text-decoration, .ghost-text-decoration-preview, .ghost-text")]
            .map((g) => g.textContent)
            .join("")
            .replace(/\u00a0/g, " ")
    );
}

/** What the page looked like: the first lines, the focus, the tabs, the notifications (CI keeps only what the run prints). */
function sceneOf(page) {
    return page
        .evaluate(() => {
            const lines = [...document.querySelectorAll(".editor-instance .monaco-editor .view-lines .view-line")]
                .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
                .slice(0, 3)
                .map((line) => (line.textContent ?? "").replace(/\u00a0/g, " "));
            const active = document.activeElement;
            const focus = active === null ? "none" : `${active.tagName}.${String(active.className).slice(0, 80)}`;
            const tabs = [...document.querySelectorAll(".tabs-container .tab")].map((tab) =>
                `${tab.classList.contains("active") ? "*" : ""}${tab.getAttribute("aria-label") ?? ""}`.slice(0, 60)
            );
            const toasts = [...document.querySelectorAll(".notification-toast .notification-list-item-message")].map(
                (toast) => (toast.textContent ?? "").slice(0, 120)
            );
            return JSON.stringify({ lines, focus, tabs, toasts });
        })
        .catch((error) => `(page not readable: ${String(error)})`);
}

/**
 * Waits until `accept(ghost text)` holds, as a person would: VS Code asks the provider again
 * only on the next edit or cursor move, so when the call for the last keystroke came to
 * nothing (seen now and then on a loaded machine), a person asks with Trigger Inline
 * Suggestion (Alt+\; from the palette here: in headless Chromium the Alt+\ key never
 * reached VS Code), which asks the model again even after an empty answer. So does this,
 * `waitMs` after the last keystroke; then retypes the comment's last space (an edit, as
 * typing on would be); then asks once more; and prints each time what it did and what the
 * page showed. Were the model no longer loaded (its process ended), the person would load it
 * again first: so does this, and says so. Fails with the page, the status bar and the
 * extension log's end (with the test hooks on: every suggestion's outcome). Returns the ghost text
 * and how long it took.
 */
async function waitForGhost(suite, { page, editor, ready }, what, accept, { waitMs = 15_000, retries = 3 } = {}) {
    const started = Date.now();
    let asked = 0;
    let since = Date.now();
    for (;;) {
        const ghost = (await ghostTextOf(editor)).trim();
        if (accept(ghost)) return { text: ghost, ms: Date.now() - started, asked };
        if (Date.now() - since > waitMs) {
            if (asked >= retries) {
                mkdirSync(outputDir, { recursive: true });
                const name = `inline-no-ghost-${what.replace(/\W+/g, "-")}`;
                await page.screenshot({ path: join(outputDir, `${name}.png`) });
                const logs = saveExtensionLogs(suite.server.userDataDir, name);
                const status = await page
                    .locator(".statusbar-item", { hasText: "Gemma-Ko" })
                    .allInnerTexts()
                    .catch(() => []);
                // The log's end in the failure itself: CI keeps only what the run printed.
                const tail = logs.flatMap((log) => readFileSync(log, "utf8").trimEnd().split("\n").slice(-60));
                assert.fail(
                    `no ghost text (${what}) after ${String(asked)} retries; saw "${ghost}"; status bar ${JSON.stringify(status)}; ` +
                        `page ${await sceneOf(page)}; extension log (${logs.join(", ") || "none"}):\n${tail.join("\n")}`
                );
            }
            asked++;
            const loaded = await ready.isVisible();
            console.log(
                `      note (${what}): no ghost text ${String(waitMs / 1000)} s after the last keystroke` +
                    `${loaded ? "" : " and the model is not loaded: loading it again"}; ` +
                    `asking again (retry ${String(asked)}); ` +
                    `page ${await sceneOf(page)}`
            );
            if (!loaded) {
                await runFromPalette(page, "모델 불러오기", "모델 불러오기");
                await ready.waitFor({ timeout: 90_000 });
            }
            // Back in the editor, at the end of the comment (something may have taken the focus).
            await editor.locator(".view-line", { hasText: typed.trim() }).first().click();
            await page.keyboard.press("End");
            // Retyping the last space only where the line ends in one (after a Tab it ends in a word).
            const retype = asked === 2 && (await firstLineOf(editor)).replace(/\u00a0/g, " ").endsWith(" ");
            if (retype) {
                await page.keyboard.press("Backspace");
                await page.keyboard.type(" ");
            } else await runFromPalette(page, "Trigger Inline Suggestion", "Trigger Inline Suggestion");
            since = Date.now();
        }
        await page.waitForTimeout(50);
    }
}

describe("Korean ghost text in a comment (installed VSIX, scripted model)", function () {
    this.timeout(300_000);
    const suite = useInstalledServer("gemma-ko-inline-e2e-");

    it("typing `// 이 함수는` above a function shows ghost text; Tab accepts it; one Undo removes it", async () => {
        const { page, ready } = await openAndLoad(suite.browser, suite.server);

        const editor = await openAddTs(page);
        const firstLine = () => firstLineOf(editor);
        const ghostText = () => ghostTextOf(editor);
        await page.keyboard.type(typed, { delay: 60 });
        await waitForGhost(suite, { page, editor, ready }, "the suggestion", (ghost) => ghost.includes(suggestion));
        // The log says what was shown (with the test hooks on, at info level): counts, never text.
        const log = saveExtensionLogs(suite.server.userDataDir, "inline-ghost-text")
            .map((file) => readFileSync(file, "utf8"))
            .join("\n");
        assert.match(log, /\[info\] Inline suggestion( \(asked for\))? at 1:\d+: (model|cache), \d+ characters/);
        assert.ok(!log.includes(suggestion), "the log holds no suggestion text");
        for (const entry of log
            .split("\n")
            .filter((l) => l.includes("Inline suggestion"))
            .slice(-12))
            console.log(`      log: ${entry}`);
        // The line itself still holds only what was typed (ghost text is a decoration).
        assert.equal((await firstLine()).replace(/\u00a0/g, " ").trimEnd(), typed.trimEnd());
        mkdirSync(outputDir, { recursive: true });
        const shot = join(outputDir, "inline-ghost-text.png");
        await page.screenshot({ path: shot });
        // The documentation's copy: written when missing, or with GEMMA_KO_DOC_IMAGES=1 (as first-run's).
        const docImage = join(repo, "docs", "images", "inline-ghost-text.png");
        if (!existsSync(docImage) || process.env.GEMMA_KO_DOC_IMAGES === "1") copyFileSync(shot, docImage);

        await page.keyboard.press("Tab");
        await page.waitForTimeout(300);
        assert.equal((await firstLine()).replace(/\u00a0/g, " "), typed + suggestion);
        assert.ok(!(await ghostText()).includes(suggestion), "the ghost text became text");

        await page.keyboard.press("Control+Z");
        await page.waitForTimeout(300);
        assert.equal((await firstLine()).replace(/\u00a0/g, " ").trimEnd(), typed.trimEnd(), "one Undo removes it");
        await page.close();
    });
});

describe("Korean ghost text on a slow model, first words first (installed VSIX, showFirstWords on)", function () {
    this.timeout(300_000);
    // The mid fixture's shape and cost (1024 wide, 12 layers, ffn 4096, Q8_0): about a second
    // for the suggestion on this CPU, so its first words are due before the rest.
    const suite = useInstalledServer(
        "gemma-ko-inline-slow-e2e-",
        { width: 1024, layers: 12, heads: 16, feedForward: 4096, quantized: true },
        { "gemmaKo.inline.showFirstWords": true }
    );

    it("the first words, then Tab; the rest is there at once, and a second Tab completes the sentence", async () => {
        const { page, ready } = await openAndLoad(suite.browser, suite.server);
        const editor = await openAddTs(page);
        const line = async () => (await firstLineOf(editor)).replace(/\u00a0/g, " ");
        const waitForAny = (what) =>
            waitForGhost(suite, { page, editor, ready }, what, (ghost) => ghost.length > 0, { waitMs: 20_000 });
        await page.keyboard.type(typed, { delay: 60 });
        const first = await waitForAny("first words");
        assert.ok(suggestion.startsWith(first.text), `"${first.text}" is not the start of "${suggestion}"`);
        // Tab at once: the rest is still being written in the background, and is waited for (a
        // request there once started the model over; CI saw it after a retry's explicit ask).
        await page.keyboard.press("Tab");
        await page.waitForTimeout(300);
        assert.equal((await line()).trimEnd(), (typed + first.text).trimEnd());
        if (first.text !== suggestion) {
            const rest = await waitForAny("the rest, after Tab");
            console.log(
                `      first words "${first.text}" after ${String(first.ms)} ms; the rest "${rest.text}" after ${String(rest.ms)} ms`
            );
            assert.ok(suggestion.endsWith(rest.text), `"${rest.text}" is not the rest of "${suggestion}"`);
            await page.keyboard.press("Tab");
            await page.waitForTimeout(300);
        } else console.log(`      the whole suggestion came at once, after ${String(first.ms)} ms`);
        assert.equal(await line(), typed + suggestion);
        await page.close();
    });
});
