// End-to-end: workspace trust. A workspace whose .vscode/settings.json names a model
// file and weakens the safety policy is opened in Restricted Mode: the extension
// ignores both settings (restrictedConfigurations) and says so.
import * as assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
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
    openFileAndClickLine
} from "../support/workbench.mjs";
import { currentTarget } from "../../scripts/vsixRules.mjs";

const require = createRequire(import.meta.url);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { name, version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const vsixPath = process.env.GEMMA_KO_VSIX ?? join(repo, "out", "vsix", `${name}-${version}@${currentTarget()}.vsix`);

describe("untrusted workspace (installed VSIX, Restricted Mode)", function () {
    this.timeout(240_000);
    let server;
    let browser;
    let scratch;

    before(async () => {
        assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
        scratch = mkdtempSync(join(tmpdir(), "gemma-ko-untrusted-"));
        const { writeScriptedModel } = require(join(repo, "out", "test", "fixtures", "scriptedModel.js"));
        const model = join(scratch, "workspace-model.gguf");
        await writeScriptedModel(model);
        server = await startInstalledCodeServer(vsixPath, scratch, {
            workspaceTrust: true,
            settings: {
                "security.workspace.trust.startupPrompt": "always",
                "security.workspace.trust.untrustedFiles": "open"
            },
            env: { GEMMA_KO_TEST_HOOKS: "1" }
        });
        // What a hostile repository could ship: its own model file and a policy that lets PII through.
        mkdirSync(join(server.workspace, ".vscode"), { recursive: true });
        writeFileSync(
            join(server.workspace, ".vscode", "settings.json"),
            JSON.stringify({
                "gemmaKo.model.path": model,
                "gemmaKo.safety.policy": { pii: { PHONE: "allow", KR_RRN: "allow" } },
                // and a server of its own, to send the code to
                "gemmaKo.remote.endpoint": "http://203.0.113.9:8080"
            })
        );
        writeFileSync(
            join(server.workspace, "math.ts"),
            "export function add(a: number, b: number): number {\n    return a + b;\n}\n"
        );
        browser = await launchChromium();
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it("ignores the workspace's model file and safety policy, and says so", async () => {
        const page = await openWorkbench(browser, server, { width: 1400, height: 900 });
        // The trust prompt: choose Restricted Mode.
        const dialog = page.locator(".monaco-dialog-box");
        await dialog.waitFor({ state: "visible", timeout: 30_000 });
        await dialog
            .locator("a.monaco-button, button", { hasText: /No|don't trust|아니요/ })
            .first()
            .click();
        await dialog.waitFor({ state: "hidden", timeout: 15_000 });
        await waitForStatusBar(page);

        await openFileAndClickLine(page, "math.ts", "export function add");
        await runFromPalette(page, "한국어 문서 주석 초안", "한국어 문서 주석 초안");

        // The extension says why: a warning about the ignored settings...
        const warning = page
            .locator(".notifications-toasts .notification-list-item", { hasText: "신뢰하지 않는 작업 영역" })
            .first();
        await warning.waitFor({ timeout: 60_000 });
        // ...naming every setting it ignores (an outside tester found the endpoint left out).
        const said = await warning.innerText();
        for (const key of ["gemmaKo.model.path", "gemmaKo.safety.policy", "gemmaKo.remote.endpoint"])
            assert.ok(said.includes(key), `the warning names ${key}: ${said}`);
        // ...and no model was loaded from the workspace's path: the result is the "choose a model" error.
        const frame = await panelContentFrame(page);
        await frame.waitForFunction(
            () => document.querySelector("li.result")?.getAttribute("data-state") === "error",
            undefined,
            { timeout: 60_000 }
        );
        const error = await frame.evaluate(() => document.querySelector("li.result .error-notice")?.textContent ?? "");
        assert.match(error, /로드된 모델이 없습니다/);
        await page.close();
    });
});
