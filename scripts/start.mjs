// npm start: builds and packages the extension for this platform, then opens VS Code
// with it installed. Desktop VS Code (`code` on PATH) when there is one; otherwise
// code-server (VS Code in the browser, provisioned from the npm registry) on a
// loopback port, until Ctrl+C.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { currentTarget } from "./vsixRules.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
execFileSync(process.execPath, [join(root, "scripts", "package.mjs")], { cwd: root, stdio: "inherit" });
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const vsix = join(root, "out", "vsix", `${name}-${version}@${currentTarget()}.vsix`);

const hasCode = spawnSync("code", ["--version"], { stdio: "ignore" }).status === 0;
if (hasCode) {
    execFileSync("code", ["--install-extension", vsix, "--force"], { stdio: "inherit" });
    spawnSync("code", ["--new-window", root], { stdio: "inherit" });
    console.log('Installed into desktop VS Code. Run "Gemma-Ko: Show Runtime Info" from the command palette.');
} else {
    const { startCodeServer } = await import("../test/support/codeServer.mjs");
    const server = await startCodeServer({ install: [vsix] });
    console.log(
        `\nVS Code (code-server) with Gemma-Ko installed: ${server.url}/?folder=${encodeURIComponent(server.workspace)}`
    );
    console.log('Open it in a browser, press F1 and run "Gemma-Ko: Show Runtime Info". Ctrl+C stops it.');
    const stop = async () => {
        await server.stop();
        process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    setInterval(() => {}, 1 << 30);
}
