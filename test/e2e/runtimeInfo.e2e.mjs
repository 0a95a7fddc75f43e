// End-to-end: the Marketplace path. Installs the built VSIX into code-server with
// its own CLI, drives the workbench in Debian's Chromium, runs "Show Runtime Info"
// from the command palette, reads the backend from inside the webview, and saves
// a screenshot. Run by test/runAll.mjs after `npm run package`.
import * as assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../support/codeServer.mjs";
import { runFromPalette, openWorkbench, waitForStatusBar, startInstalledCodeServer } from "../support/workbench.mjs";
import { currentTarget } from "../../scripts/vsixRules.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { name, version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const vsixPath = process.env.GEMMA_KO_VSIX ?? join(repo, "out", "vsix", `${name}-${version}@${currentTarget()}.vsix`);
const outputDir = join(repo, "test-output", "e2e");

describe("installed VSIX in code-server + Chromium", function () {
    this.timeout(240_000);
    let server;
    let browser;
    let scratch;

    before(async function () {
        assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
        scratch = mkdtempSync(join(tmpdir(), "gemma-ko-e2e-"));
        server = await startInstalledCodeServer(vsixPath, scratch, {
            settings: { "workbench.colorTheme": "Default Dark Modern" }
        });
        browser = await launchChromium();
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it("runs Show Runtime Info from the palette and shows the backend in the panel, in Korean", async () => {
        const page = await openWorkbench(browser, server, { width: 1400, height: 900 });
        await waitForStatusBar(page);
        assert.ok(
            readdirSync(server.extensionsDir).some((dir) => dir.startsWith("gemma-ko.gemma-ko-assistant-")),
            "the VSIX was not installed"
        );

        await runFromPalette(page, "런타임 정보", "런타임 정보");

        const panel = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
        const backend = panel.locator("#backend");
        await backend.waitFor({ state: "visible", timeout: 90_000 });
        const backendText = (await backend.textContent())?.trim();
        assert.ok(
            ["CPU", "CUDA", "VULKAN", "METAL"].includes(backendText ?? ""),
            `unexpected backend "${backendText}"`
        );

        // The labels come from the Korean l10n bundle.
        const labels = await panel.locator(".info-table dt").allTextContents();
        assert.ok(labels.includes("백엔드"), `labels were ${JSON.stringify(labels)}`);
        assert.ok(labels.includes("CPU 스레드"));
        const title = await panel.locator("#title").textContent();
        assert.equal(title, "Gemma-Ko 결과");

        mkdirSync(outputDir, { recursive: true });
        await page.screenshot({ path: join(outputDir, "runtime-info.png") });
        await page.close();
    });
});

describe("installed VSIX with the inference server chosen but unusable", function () {
    this.timeout(240_000);
    let server;
    let browser;
    let scratch;
    const remote = { "gemmaKo.backend": "remote", "gemmaKo.remote.endpoint": "ftp://server.invalid" };

    before(async function () {
        assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
        scratch = mkdtempSync(join(tmpdir(), "gemma-ko-e2e-remote-"));
        server = await startInstalledCodeServer(vsixPath, scratch, {
            settings: { "workbench.colorTheme": "Default Dark Modern", ...remote }
        });
        // Also in the workspace's settings, as a team shares them (and as the remote extension host reads them).
        mkdirSync(join(server.workspace, ".vscode"), { recursive: true });
        writeFileSync(join(server.workspace, ".vscode", "settings.json"), JSON.stringify(remote));
        browser = await launchChromium();
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it("Show Runtime Info and the status bar say the server cannot be used; no local runtime report", async () => {
        const page = await openWorkbench(browser, server, { width: 1400, height: 900 });
        await waitForStatusBar(page);
        await runFromPalette(page, "런타임 정보", "런타임 정보");
        const panel = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
        const status = panel.locator("#status[data-kind='error']");
        await status.waitFor({ state: "visible", timeout: 60_000 });
        const text = (await status.textContent()) ?? "";
        assert.match(text, /추론 서버가 선택되어 있지만\(gemmaKo\.backend\) 사용할 수 없습니다/);
        assert.match(text, /ftp:\/\/server\.invalid/);
        assert.equal(await panel.locator("#backend").count(), 0, "a local runtime report is shown for the server");
        // The status bar says so too, not "connects on first use".
        await page.locator(".statusbar-item", { hasText: "서버를 쓸 수 없음" }).first().waitFor({ timeout: 10_000 });
        mkdirSync(outputDir, { recursive: true });
        await page.screenshot({ path: join(outputDir, "runtime-info-remote-unusable.png") });
        await page.close();
    });
});
