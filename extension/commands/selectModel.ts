import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { catalogEntries, estimateMemory, fitOnMachine, type CatalogEntry, type Fit } from "../../models/catalog/catalog";
import { describeModelError } from "../../models/describeError";
import { downloadModel } from "../../models/download";
import { inspectGguf } from "../../models/gguf/inspectGguf";
import { formatBytes } from "../../models/runtimeInfo";
import type { ModelService } from "../modelService";
import type { RuntimeService } from "../runtimeService";

export const selectModelCommand = "gemmaKo.selectModel";

export interface SelectModelDeps {
    context: vscode.ExtensionContext;
    runtime: RuntimeService;
    models: ModelService;
    log: vscode.LogOutputChannel;
}

function fitLabel(fit: Fit): string {
    switch (fit) {
        case "gpu": return vscode.l10n.t("fits on the GPU");
        case "partialGpu": return vscode.l10n.t("split between GPU and CPU");
        case "cpu": return vscode.l10n.t("runs on the CPU");
        case "tooLarge": return vscode.l10n.t("too large for this machine's free memory");
    }
}

async function useModelFile(file: string): Promise<void> {
    await inspectGguf(file, { architectures: process.env["GEMMA_KO_TEST_HOOKS"] === "1" ? ["gemma", "gemma2", "gemma3", "llama"] : undefined });
    // The user's own choice: a user setting, never written into the workspace.
    await vscode.workspace.getConfiguration("gemmaKo").update("model.path", file, vscode.ConfigurationTarget.Global);
    void vscode.window.showInformationMessage(vscode.l10n.t("Gemma-Ko will use {0}.", path.basename(file)));
}

async function download(deps: SelectModelDeps, entry: CatalogEntry): Promise<void> {
    const directory = vscode.Uri.joinPath(deps.context.globalStorageUri, "models").fsPath;
    const destination = path.join(directory, entry.file.file);
    await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("Downloading {0}", entry.file.file), cancellable: true },
        async (progress, token) => {
            const controller = new AbortController();
            token.onCancellationRequested(() => controller.abort());
            let reported = 0;
            await downloadModel({
                url: entry.url,
                destination,
                sha256: entry.file.sha256,
                expectedSize: entry.file.sizeBytes,
                signal: controller.signal,
                validate: async (part) => {
                    await inspectGguf(part);
                },
                onProgress: ({ receivedBytes, totalBytes, bytesPerSecond }) => {
                    const total = totalBytes ?? entry.file.sizeBytes;
                    const percent = (receivedBytes / total) * 100;
                    progress.report({ increment: percent - reported, message: `${formatBytes(receivedBytes)} / ${formatBytes(total)} · ${formatBytes(bytesPerSecond)}/s` });
                    reported = percent;
                }
            });
        }
    );
    await useModelFile(destination);
}

/** `gemmaKo.selectModel`: the catalog (size, and whether it fits this machine) or a local GGUF file. */
export function registerSelectModel(deps: SelectModelDeps): vscode.Disposable {
    return vscode.commands.registerCommand(selectModelCommand, async () => {
        try {
            const info = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t("Gemma-Ko: checking this machine") }, () => deps.runtime.runtimeInfo().catch(() => undefined));
            const machine = { freeVram: info?.vram?.free ?? 0, freeRam: os.freemem() };
            type Item = vscode.QuickPickItem & { entry?: CatalogEntry; local?: boolean };
            const items: Item[] = catalogEntries().map((entry) => {
                const fit = fitOnMachine(entry, 4096, machine);
                return {
                    label: `${entry.family.displayName} · ${entry.file.quantization}`,
                    description: `${formatBytes(entry.file.sizeBytes)}${entry.file.recommended ? ` · ${vscode.l10n.t("recommended")}` : ""}`,
                    detail: `${fitLabel(fit)} · ${vscode.l10n.t("needs about {0} at 4k context", formatBytes(estimateMemory(entry, 4096).total))} · ${entry.family.kind === "base" ? vscode.l10n.t("base model") : vscode.l10n.t("instruction-tuned")}`,
                    entry
                };
            });
            items.push({ label: `$(file) ${vscode.l10n.t("Use a local GGUF file…")}`, local: true });
            const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Gemma-Ko: Select Model"), placeHolder: vscode.l10n.t("Downloads go to the extension's storage; nothing else uses the network."), matchOnDetail: true });
            if (picked === undefined) return;
            if (picked.local) {
                const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { GGUF: ["gguf"] }, title: vscode.l10n.t("Choose a Gemma-Ko GGUF file") });
                if (files?.[0] !== undefined) await useModelFile(files[0].fsPath);
                return;
            }
            if (picked.entry !== undefined) await download(deps, picked.entry);
        } catch (error) {
            const message = describeModelError(error, vscode.l10n.t);
            deps.log.error(`Select model: ${error instanceof Error ? error.message : String(error)}`);
            void vscode.window.showErrorMessage(message);
        }
    });
}
