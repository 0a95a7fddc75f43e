// End-to-end: @gemma-ko in VS Code's chat view, in the installed VSIX (code-server + Chromium),
// offline, signed out of GitHub, Korean UI, the scripted model (it says a phone number and a
// 주민등록번호 whatever it is asked).
//
// What a user does here, and what makes it possible without a sign-in (README, "Chat in the
// chat view"): Gemma-Ko is in the profile's User/chatLanguageModels.json (what Ask Gemma-Ko in
// Chat offers to add; the test writes the file), which turns on VS Code's
// `github.copilot.hasByokModels`, so the model picker offers models instead of "Sign in to use
// Copilot…"; then Ask Gemma-Ko in Chat opens chat in VS Code's Ask mode (the Agent modes,
// Copilot Chat's "Ask" agent among them, list only tool-calling models) with Gemma-Ko chosen.
//   1. "@gemma-ko /summarize" with a file's text selected: the redacted Korean answer is read
//      back from the chat view; the raw phone number and 주민등록번호 are nowhere in the page.
//   2. "@gemma-ko /doc" with the cursor in the function: the chat view shows the button; a click
//      inserts the doc comment above the function.
// Screenshots (chat-answer, chat-doc-button, chat-doc-inserted): test-output/e2e/; docs/images/ too when missing there or with
// GEMMA_KO_DOC_IMAGES=1.
import * as assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const docImages = join(repo, "docs", "images");

const source = "export function add(a, b) {\n    return a + b;\n}\n";
const secrets = ["010-2345-6789", "900101-1234568"];
const redacted = "담당자 김민수의 연락처는 [전화번호]이고, 주민등록번호는 [주민등록번호] 입니다";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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

/** The chat view's text (the secondary side bar, where code-server puts it). */
const chatText = (page) => page.locator(".part.auxiliarybar").innerText();

/** Opens math.js from the explorer (Quick Open if the explorer row is not there) and clicks into it. */
async function openMathJs(page) {
    const line = page.locator(".monaco-editor .view-line", { hasText: "return a + b" }).first();
    for (let attempt = 0; attempt < 5; attempt++) {
        try {
            if (attempt % 2 === 0)
                await page
                    .locator(".explorer-folders-view .monaco-list-row", { hasText: "math.js" })
                    .first()
                    .click({ timeout: 10_000 });
            else {
                await page.keyboard.press("Control+p");
                await page.locator(".quick-input-widget input.input").fill("math.js");
                await page
                    .locator(".quick-input-list .monaco-list-row", { hasText: "math.js" })
                    .first()
                    .click({ timeout: 10_000 });
            }
            await line.click({ timeout: 10_000 });
            return;
        } catch {
            await page.keyboard.press("Escape");
            await sleep(1_000);
        }
    }
    await page.screenshot({ path: join(outputDir, "chat-failed-open.png") });
    throw new Error("math.js never opened in the editor");
}

/** Types a request into the chat input and sends it. */
async function ask(page, query) {
    await page.locator(".interactive-input-editor .monaco-editor").first().click({ timeout: 10_000 });
    // After what is already there ("@gemma-ko " typed by Ask Gemma-Ko in Chat).
    await page.keyboard.press("Control+End");
    await page.keyboard.type(query, { delay: 30 });
    // The last word may have opened a suggestion list: close it, so that Enter sends.
    if (await page.locator(".interactive-input-editor .suggest-widget.visible").count())
        await page.keyboard.press("Escape");
    await page.keyboard.press("Enter");
}

/** Waits until the chat view's text satisfies `test`; returns the text. */
async function waitForChat(page, test, what, timeoutMs = 180_000) {
    const deadline = Date.now() + timeoutMs;
    let text = "";
    while (Date.now() < deadline) {
        text = await chatText(page).catch(() => "");
        if (test(text)) return text;
        await sleep(1_000);
    }
    throw new Error(`${what} never showed in the chat view:\n${text}`);
}

describe("@gemma-ko in the chat view (installed VSIX, Chromium, offline, no sign-in)", function () {
    this.timeout(420_000);
    let server;
    let browser;
    let scratch;
    let page;

    before(async function () {
        assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
        scratch = mkdtempSync(join(tmpdir(), "gemma-ko-chat-e2e-"));
        const { writeScriptedModel } = require(join(repo, "out", "test", "fixtures", "scriptedModel.js"));
        const model = join(scratch, "scripted.gguf");
        await writeScriptedModel(model);
        server = await startInstalledCodeServer(vsixPath, scratch, {
            // The chat view exists only with VS Code's AI features on (the other tests keep them off).
            settings: { "chat.disableAIFeatures": false, "gemmaKo.model.path": model },
            env: { GEMMA_KO_TEST_HOOKS: "1" }
        });
        // What Manage Models → Add Models → "Gemma-Ko (local)" writes.
        writeFileSync(
            join(server.userDataDir, "User", "chatLanguageModels.json"),
            JSON.stringify([{ name: "Gemma-Ko", vendor: "gemma-ko" }])
        );
        // Machine-scoped settings of a remote window (what Gemma-Ko: Open a Local GGUF File
        // writes when the extension runs on the code-server machine).
        mkdirSync(join(server.userDataDir, "Machine"), { recursive: true });
        writeFileSync(
            join(server.userDataDir, "Machine", "settings.json"),
            JSON.stringify({ "gemmaKo.model.path": model })
        );
        writeFileSync(join(server.workspace, "math.js"), source);
        browser = await launchChromium();
        page = await openWorkbench(browser, server, { width: 1400, height: 900 });
        await waitForStatusBar(page);
        // Once Gemma-Ko has started (its status item), close whatever opened by itself (the
        // Get Started walkthrough on a first install), so that math.js stays in front.
        await page.locator(".statusbar-item", { hasText: "Gemma-Ko" }).first().waitFor({ timeout: 120_000 });
        await sleep(3_000);
        await runFromPalette(page, "Close All Editors", "Close All Editors");
    });

    afterEach(async function () {
        if (this.currentTest?.state === "failed" && page !== undefined)
            await page.screenshot({ path: join(outputDir, `chat-failed-${Date.now()}.png`) }).catch(() => undefined);
    });

    after(async () => {
        await browser?.close();
        await server?.stop().catch(() => undefined);
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it("'@gemma-ko /summarize': the Korean answer in the chat view, redacted", async () => {
        // Open math.js from the explorer and select all of it.
        await openMathJs(page);
        await page.keyboard.press("Control+a");

        // The extension's own way in (the palette and the status item's menu): chat opens in VS
        // Code's Ask mode — not Copilot Chat's "Ask" agent, whose picker drops models without
        // tool calling (found from outside) — with Gemma-Ko chosen and "@gemma-ko " typed.
        await runFromPalette(page, "Gemma-Ko에게 묻기", "채팅에서 Gemma-Ko에게 묻기");
        await page
            .locator(".interactive-input-part .chat-input-picker-label", { hasText: "Gemma-Ko" })
            .first()
            .waitFor({ timeout: 60_000 });
        await ask(page, "/summarize ");
        const text = await waitForChat(page, (t) => t.includes("[주민등록번호]"), "the redacted answer");
        assert.ok(text.includes(redacted), text);
        const html = await page.content();
        for (const secret of secrets) assert.ok(!html.includes(secret), `${secret} reached the page`);
        await sleep(1_000);
        await screenshot(page, "chat-answer.png");
    });

    it("'@gemma-ko /doc': the button under the answer inserts the doc comment above the function", async () => {
        await page.locator(".monaco-editor .view-line", { hasText: "return a + b" }).first().click({ timeout: 30_000 });
        await ask(page, "@gemma-ko /doc ");
        const button = page.locator(".part.auxiliarybar .monaco-button", {
            hasText: /문서 주석 삽입|Insert the Doc Comment/
        });
        await button.last().waitFor({ timeout: 180_000 });
        await sleep(1_000);
        await screenshot(page, "chat-doc-button.png");
        await button.last().click();
        const editorText = async () =>
            (await page.locator(".monaco-editor .view-lines").first().innerText()).replace(/\u00a0/g, " ");
        const deadline = Date.now() + 30_000;
        let shown = await editorText();
        while (!shown.includes("[전화번호]") && Date.now() < deadline) {
            await sleep(500);
            shown = await editorText();
        }
        assert.ok(shown.startsWith("/**"), shown);
        assert.ok(shown.includes("담당자 김민수의 연락처는 [전화번호]"), shown);
        assert.ok(shown.includes("export function add(a, b) {"), shown);
        for (const secret of secrets) assert.ok(!shown.includes(secret), shown);
        await screenshot(page, "chat-doc-inserted.png");
    });

    it("Add Gemma-Ko reloads the window, and the chat opens again after the reload", async () => {
        // As before the user added it: no Gemma-Ko group in the language models.
        writeFileSync(join(server.userDataDir, "User", "chatLanguageModels.json"), "[]");
        await runFromPalette(page, "Close All Editors", "Close All Editors");
        await runFromPalette(page, "View: Close Secondary Side Bar", "View: Close Secondary Side Bar").catch(
            () => undefined
        );
        await runFromPalette(page, "Gemma-Ko에게 묻기", "채팅에서 Gemma-Ko에게 묻기");
        const offer = page.locator(".notifications-toasts .notification-list-item", { hasText: /Gemma-Ko/ });
        await offer
            .locator(".monaco-button", { hasText: /Gemma-Ko 추가|Add Gemma-Ko/ })
            .first()
            .click({ timeout: 60_000 });
        // The window reloads; then the chat is open again, Gemma-Ko chosen, "@gemma-ko " typed.
        await sleep(3_000);
        await waitForStatusBar(page);
        await page
            .locator(".interactive-input-part .chat-input-picker-label", { hasText: "Gemma-Ko" })
            .first()
            .waitFor({ timeout: 120_000 });
        const typed = async () =>
            (await page.locator(".interactive-input-editor .view-lines").first().innerText()).replace(/\u00a0/g, " ");
        const deadline = Date.now() + 60_000;
        let input = await typed().catch(() => "");
        while (!input.includes("@gemma-ko") && Date.now() < deadline) {
            await sleep(500);
            input = await typed().catch(() => "");
        }
        assert.match(input, /@gemma-ko/, "the chat was opened again with @gemma-ko typed");
        const groups = JSON.parse(readFileSync(join(server.userDataDir, "User", "chatLanguageModels.json"), "utf8"));
        assert.ok(
            groups.some((g) => g.vendor === "gemma-ko"),
            "the group was added"
        );
    });
});
