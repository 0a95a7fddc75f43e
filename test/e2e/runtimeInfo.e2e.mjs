// End-to-end: the Marketplace path. Installs the built VSIX into code-server with
// its own CLI, drives the workbench in Debian's Chromium, runs "Show Runtime Info"
// from the command palette, reads the backend from inside the webview, and saves
// a screenshot. Run by test/runAll.mjs after `npm run package`.
import * as assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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

        await runFromPalette(page, "런타임 정보", "런타임 정보 (Show Runtime Info)");

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
