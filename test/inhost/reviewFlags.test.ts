// The review flag ("잘못 차단됨 / 차단됐어야 함") end to end inside a real extension host,
// with the real node-llama-cpp running a scripted model: a result is blocked, the user
// flags it, and the record is in the local review file — the text without the PII
// value the model wrote, the verdict, categories, rule, score and the note — and the
// export command copies the file for a team.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GemmaKoApi } from "../../extension/extension";
import type { ReviewRecord } from "../../safety/review";
import { scriptSteps, writeScriptedModel } from "../fixtures/scriptedModel";
import { logHolds } from "./extensionLog";

const extensionId = "gemma-ko.gemma-ko-assistant";
const settings = () => vscode.workspace.getConfiguration("gemmaKo");

async function settled(api: GemmaKoApi, id: string): Promise<string> {
    for (let i = 0; i < 400; i++) {
        const state = api.result(id)?.state;
        if (state !== undefined && state !== "running") return state;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return api.result(id)?.state ?? "unknown";
}

function records(file: string): ReviewRecord[] {
    return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.trim().length > 0)
        .map((line) => JSON.parse(line) as ReviewRecord);
}

describe("Review flags on panel results (scripted model, real node-llama-cpp)", function () {
    this.timeout(180_000);
    let dir: string;
    let api: GemmaKoApi;

    before(async () => {
        const extension = vscode.extensions.getExtension<GemmaKoApi>(extensionId);
        assert.ok(extension);
        api = await extension.activate();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemma-ko-inhost-review-"));
        const model = path.join(dir, "threat.gguf");
        // A phone number (redacted) and then a threat (blocked at its sentence end).
        await writeScriptedModel(
            model,
            scriptSteps(["연락처는 ", "010-", "2345-", "6789", "입니다. ", "너를 ", "칼로 ", "찔러 ", "죽인", "다. "])
        );
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", model, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
        await vscode.commands.executeCommand("gemmaKo.unloadModel");
        await settings().update("model.path", undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("a blocked result flagged 잘못 차단됨 lands in the local review file without the PII value; export copies it", async () => {
        const document = await vscode.workspace.openTextDocument({
            language: "typescript",
            content: "export function add(a: number, b: number): number {\n    return a + b;\n}\n"
        });
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(0, 4, 0, 4);
        const id = await vscode.commands.executeCommand<string>("gemmaKo.draftDocComment");
        assert.equal(typeof id, "string");
        assert.equal(await settled(api, id), "blocked", JSON.stringify(api.result(id)));
        // The output channel keeps the block's audit line (categories, never the text).
        assert.equal(await logHolds(`Safety filter (${id}): block;`), true);

        // A blocked result offers "wrongly blocked" only.
        assert.equal(
            await vscode.commands.executeCommand("gemmaKo.flagResult", id, "should_have_blocked", ""),
            undefined
        );
        const note = "기술 문장이 아니라 위협이 맞지만 확인 부탁드립니다. 제 번호는 010-2345-6789";
        const record = await vscode.commands.executeCommand<ReviewRecord | undefined>(
            "gemmaKo.flagResult",
            id,
            "wrongly_blocked",
            note
        );
        assert.ok(record !== undefined, "the flag stored a record");

        const file = await vscode.commands.executeCommand<string | undefined>("gemmaKo.openSafetyReviews", "open");
        assert.ok(file !== undefined && fs.existsSync(file), `the review file: ${String(file)}`);
        const stored = records(file).find((r) => r.time === record.time && r.kind === "wrongly_blocked");
        assert.ok(stored !== undefined, "the record is in the review file");
        assert.equal(stored.verdict, "block");
        assert.ok(stored.categories.includes("violence"), JSON.stringify(stored.categories));
        const finding = stored.findings.find((f) => f.category === "violence");
        assert.ok(finding !== undefined && finding.rule.length > 0 && finding.score > 0, JSON.stringify(stored));
        assert.ok(stored.text.includes("너를 칼로 찔러 죽인다"), stored.text);
        assert.ok(stored.text.includes("[전화번호]"), stored.text);
        assert.ok(stored.note.includes("확인 부탁드립니다") && stored.note.includes("[전화번호]"), stored.note);
        const raw = fs.readFileSync(file, "utf8");
        assert.ok(!raw.includes("010-2345-6789") && !raw.includes("23456789"), "no PII value in the review file");
        await vscode.commands.executeCommand("workbench.action.closeActiveEditor");

        const exported = path.join(dir, "team-reviews.jsonl");
        const written = await vscode.commands.executeCommand<string | undefined>(
            "gemmaKo.openSafetyReviews",
            "export",
            vscode.Uri.file(exported)
        );
        assert.equal(written, exported);
        assert.ok(
            records(exported).some((r) => r.time === record.time),
            "the exported copy holds the record"
        );
        // Nothing was inserted: a blocked draft has no text.
        assert.equal(await vscode.commands.executeCommand("gemmaKo.insertResult", id), false);
        await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    });
});
