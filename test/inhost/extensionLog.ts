// The extension's output channel as VS Code writes it to disk ("Gemma-Ko.log" in the profile's logs):
// what a user or a team reads after the fact.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The newest Gemma-Ko.log's text, or "" when none is found. */
export function extensionLog(): string {
    const found: Array<{ file: string; mtime: number }> = [];
    const walk = (dir: string, depth: number) => {
        if (depth > 8) return;
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full, depth + 1);
            else if (entry.name.endsWith("Gemma-Ko.log")) found.push({ file: full, mtime: fs.statSync(full).mtimeMs });
        }
    };
    try {
        // code-server runs with TMPDIR inside its profile folder: the logs are beside it.
        walk(path.dirname(os.tmpdir()), 0);
    } catch {
        // diagnostics only
    }
    found.sort((a, b) => b.mtime - a.mtime);
    return found.length === 0 ? "" : fs.readFileSync(found[0].file, "utf8");
}

/** Waits (up to `ms`) until the log holds `text`; the log's end otherwise. */
export async function logHolds(text: string, ms = 15_000): Promise<true | string> {
    for (let waited = 0; waited < ms; waited += 250) {
        if (extensionLog().includes(text)) return true;
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return extensionLog().slice(-800) || "no log found";
}
