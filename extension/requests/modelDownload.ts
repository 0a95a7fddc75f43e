// Downloading a catalog model: confirm first (size, free disk, expected time, licence),
// then a cancellable download with progress, and on failure the whole message with
// the ways out (retry, a local file, a mirror).
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { catalogLicence, type CatalogEntry } from "../../models/catalog/catalog";
import { describeModelError } from "../../models/describeError";
import { downloadModel } from "../../models/download";
import { DownloadCancelledError } from "../../models/downloadErrors";
import { errorMessage } from "../../models/errors/codedError";
import { inspectGguf } from "../../models/gguf/inspectGguf";
import { formatBytes } from "../../models/runtimeInfo";
import type { Ctx } from "../ctx";
import { openSetting } from "../remoteWindow";
import { pickModelFile, useModelFile } from "./modelFile";

/** SecretStorage key of the access token for gated repositories (never in settings). */
export const downloadTokenKey = "gemmaKo.downloadToken";

/** A typical home/office line: what "expected time" is reckoned at. */
const assumedBytesPerSecond = 10 * 1024 * 1024;

async function freeDiskBytes(directory: string): Promise<number | undefined> {
    try {
        await fs.promises.mkdir(directory, { recursive: true });
        const stats = await fs.promises.statfs(directory);
        return stats.bavail * stats.bsize;
    } catch {
        return undefined;
    }
}

/** Asks before a multi-gigabyte download; says what it costs. */
async function confirmDownload(entry: CatalogEntry, directory: string, tokensPerSecond: number): Promise<boolean> {
    const free = await freeDiskBytes(directory);
    const minutes = Math.max(1, Math.round(entry.file.sizeBytes / assumedBytesPerSecond / 60));
    const detail = [
        vscode.l10n.t("Free disk space: {0}.", free === undefined ? "?" : formatBytes(free)),
        vscode.l10n.t("About {0} min at 10 MB/s.", minutes),
        vscode.l10n.t("Expected speed on this machine: about {0} tokens/s.", tokensPerSecond),
        vscode.l10n.t("The model is under the {0} ({1}).", catalogLicence.name, catalogLicence.url)
    ].join("\n");
    if (free !== undefined && free < entry.file.sizeBytes * 1.05) {
        await vscode.window.showErrorMessage(
            vscode.l10n.t("Not enough disk space for {0} ({1}).", entry.file.file, formatBytes(entry.file.sizeBytes)),
            { modal: true, detail }
        );
        return false;
    }
    const download = vscode.l10n.t("Download");
    const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t("Download {0} ({1})?", entry.file.file, formatBytes(entry.file.sizeBytes)),
        { modal: true, detail },
        download
    );
    return choice === download;
}

async function fetchModel(ctx: Ctx, entry: CatalogEntry, destination: string): Promise<void> {
    const accessToken = await ctx.extension.secrets.get(downloadTokenKey);
    await vscode.window.withProgress(
        {
            location: vscode.ProgressLocation.Notification,
            title: vscode.l10n.t("Downloading {0}", entry.file.file),
            cancellable: true
        },
        async (progress, token) => {
            const controller = new AbortController();
            token.onCancellationRequested(() => {
                controller.abort();
            });
            let reported = 0;
            await downloadModel({
                url: entry.url,
                destination,
                sha256: entry.file.sha256,
                expectedSize: entry.file.sizeBytes,
                signal: controller.signal,
                ...(accessToken !== undefined ? { token: accessToken } : {}),
                validate: async (part) => {
                    await inspectGguf(part);
                },
                onProgress: ({ receivedBytes, totalBytes, bytesPerSecond }) => {
                    const total = totalBytes ?? entry.file.sizeBytes;
                    const percent = (receivedBytes / total) * 100;
                    const rate = formatBytes(bytesPerSecond);
                    progress.report({
                        increment: percent - reported,
                        message: `${formatBytes(receivedBytes)} / ${formatBytes(total)} · ${rate}/s`
                    });
                    reported = percent;
                }
            });
        }
    );
    await useModelFile(ctx, destination);
}

/** The whole failure, readable, with the ways out. */
async function offerWaysOut(ctx: Ctx, entry: CatalogEntry, error: unknown, retry: () => Promise<void>): Promise<void> {
    ctx.log.error(`Download of ${entry.file.file} failed: ${errorMessage(error)}`);
    const again = vscode.l10n.t("Retry");
    const local = vscode.l10n.t("Use a Local GGUF File");
    const mirror = vscode.l10n.t("Set a Mirror");
    const choice = await vscode.window.showErrorMessage(
        vscode.l10n.t("Gemma-Ko could not download {0}.", entry.file.file),
        { modal: true, detail: describeModelError(error, vscode.l10n.t) },
        again,
        local,
        mirror
    );
    if (choice === again) await retry();
    else if (choice === local) await pickModelFile(ctx);
    else if (choice === mirror) await openSetting("model.downloadBaseUrl");
}

/** Confirms, downloads and uses a catalog model; failures end in {@link offerWaysOut}, never a bare toast. */
export async function downloadCatalogModel(ctx: Ctx, entry: CatalogEntry, tokensPerSecond: number): Promise<void> {
    const directory = vscode.Uri.joinPath(ctx.extension.globalStorageUri, "models").fsPath;
    if (!(await confirmDownload(entry, directory, tokensPerSecond))) return;
    const attempt = async (): Promise<void> => {
        try {
            await fetchModel(ctx, entry, path.join(directory, entry.file.file));
        } catch (error) {
            // Cancelling is the user's choice: say how to go on, ask nothing.
            if (error instanceof DownloadCancelledError)
                void vscode.window.showInformationMessage(describeModelError(error, vscode.l10n.t));
            else await offerWaysOut(ctx, entry, error, attempt);
        }
    };
    await attempt();
}
