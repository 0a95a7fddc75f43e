import { join } from "node:path";
import { startCodeServer } from "./codeServer.mjs";
import { buildKoreanLanguagePack, koreanLanguagePackEntry } from "./koreanLanguagePack.mjs";

/** code-server with `vsixPath` installed through its CLI (the Marketplace path) and a Korean UI. */
export function startInstalledCodeServer(vsixPath, scratch, options = {}) {
    const extensionsDir = join(scratch, "extensions");
    return startCodeServer({
        ...options,
        extensionsDir,
        install: [vsixPath, buildKoreanLanguagePack(scratch)],
        languagePacks: koreanLanguagePackEntry(extensionsDir),
        locale: "ko"
    });
}

// Helpers for driving the VS Code workbench (code-server) with playwright-core.

/** Opens the palette and runs the command whose label contains `label`; retries while the extension registers. */
export async function runFromPalette(page, query, label) {
    let lastMiss = "";
    for (let attempt = 0; attempt < 10; attempt++) {
        const input = page.locator(".quick-input-widget input.input");
        const row = page.locator(".quick-input-list .monaco-list-row", { hasText: label }).first();
        try {
            // A focused webview keeps F1 to itself: after a miss, give focus back to the workbench
            // (the sidebar title where there is one; otherwise take focus off the webview's iframe).
            if (attempt > 0) {
                await page
                    .locator(".part.sidebar .title")
                    .first()
                    .click({ timeout: 2_000 })
                    .catch(() => undefined);
                await page
                    .evaluate(() => {
                        const active = document.activeElement;
                        if (active && active.tagName === "IFRAME") active.blur();
                    })
                    .catch(() => undefined);
                await page.waitForTimeout(300 * attempt);
            }
            await page.keyboard.press("Escape");
            await page.keyboard.press("F1");
            await input.waitFor({ state: "visible", timeout: 5_000 });
            await input.fill(`>${query}`);
            await row.waitFor({ state: "visible", timeout: 3_000 });
            // Click the row itself: Enter would run whichever row the palette ranked first. When the
            // click cannot land (a row re-rendered under the pointer; seen in CI) and this is the only
            // row, Enter runs it.
            const clicked = await row.click({ timeout: 3_000 }).then(
                () => true,
                () => false
            );
            if (!clicked) {
                const rows = page.locator(".quick-input-list .monaco-list-row");
                if ((await rows.count()) !== 1 || !(await input.isVisible()))
                    throw new Error("the row could not be clicked");
                await input.press("Enter");
            }
        } catch (error) {
            // The palette snapshots commands when it opens, another quick pick may still be
            // closing, and a webview taking focus can close it: try again.
            const rows = await page
                .locator(".quick-input-list .monaco-list-row")
                .allTextContents()
                .catch(() => []);
            const focus = await page.evaluate(() => document.activeElement?.className ?? "").catch(() => "?");
            lastMiss = `${String(error).split("\n")[0]}; rows ${JSON.stringify(rows.slice(0, 5))}; focus ${focus}`;
            continue;
        }
        return;
    }
    throw new Error(`"${label}" never appeared in the command palette (last try: ${lastMiss})`);
}

/** The frame of the (single) webview panel's content. */
export function panelFrame(page) {
    return page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
}

/** The live Frame object of the panel content (for evaluate()). */
export async function panelContentFrame(page, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            try {
                if (await frame.evaluate(() => document.getElementById("result-list") !== null)) return frame;
            } catch {
                // detached or cross-origin while loading
            }
        }
        await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("the panel's content frame never appeared");
}

/** A Korean-locale page on the code-server workbench, with the workspace open and the status bar up. */
export async function openWorkbench(browser, server, viewport = { width: 1400, height: 1000 }) {
    const page = await browser.newPage({ viewport, locale: "ko-KR" });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    return page;
}

/** Waits for the status bar (the workbench has finished starting). */
export async function waitForStatusBar(page) {
    await page.locator(".statusbar").waitFor({ timeout: 60_000 });
}

/**
 * Opens a workspace file in the editor and clicks the line holding `lineText`. The explorer
 * row is tried first (what a person does); if the editor does not show the line (the tree
 * was still settling, or a banner took the click), Quick Open is used, then the line click is
 * retried on a fresh element (a line can be replaced under the pointer while the editor renders).
 */
export async function openFileAndClickLine(page, fileName, lineText) {
    const line = page.locator(".monaco-editor .view-line", { hasText: lineText }).first();
    for (let attempt = 0; attempt < 6; attempt++) {
        try {
            if (attempt === 0) {
                await page
                    .locator(".explorer-folders-view .monaco-list-row", { hasText: fileName })
                    .first()
                    .click({ timeout: 10_000 });
            } else if (!(await line.isVisible())) {
                await page.keyboard.press("Escape");
                await page.keyboard.press("Control+P");
                const input = page.locator(".quick-input-widget input.input");
                await input.waitFor({ state: "visible", timeout: 5_000 });
                await input.fill(fileName);
                await page
                    .locator(".quick-input-list .monaco-list-row", { hasText: fileName })
                    .first()
                    .click({ timeout: 5_000 });
            }
            await line.click({ timeout: 10_000 });
            return;
        } catch (error) {
            if (attempt === 5) throw error;
            await page.waitForTimeout(500);
        }
    }
}

/**
 * Ctrl+<the panel's editor group> from the editor: the focus goes to the newest card's heading,
 * with `announced` in the panel's live region, not back to the button used last (found from
 * outside: that could be far down an old card). The panel is not always group 2: found by its tab.
 */
export async function focusPanelFromKeyboard(page, announced) {
    const group = await page.evaluate(
        () =>
            [...document.querySelectorAll(".editor-group-container")].findIndex((g) =>
                (g.querySelector(".tab.active")?.textContent ?? "").includes("Gemma-Ko")
            ) + 1
    );
    await page.keyboard.press(`Control+${group}`);
    const back = await panelContentFrame(page);
    await back
        .waitForFunction(
            () =>
                document.hasFocus() &&
                document.activeElement === document.querySelector("#result-list li.result .result-title"),
            undefined,
            { timeout: 10_000 }
        )
        .catch(async (error) => {
            const where = await back.evaluate(() => [
                document.hasFocus(),
                document.activeElement?.outerHTML.slice(0, 120)
            ]);
            throw new Error(`Ctrl+${group}: focus ${JSON.stringify(where)}; ${error}`);
        });
    const live = (await back.locator("#live").textContent()) ?? "";
    if (!announced.test(live)) throw new Error(`announced "${live}", not ${announced}`);
}
