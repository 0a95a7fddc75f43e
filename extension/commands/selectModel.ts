import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import {
    catalogEntries,
    estimateMemory,
    fitOnMachine,
    normalizeMirrorBaseUrl,
    type Fit
} from "../../models/catalog/catalog";
import { expectedTokensPerSecond, recommendForMachine, type MachineProfile } from "../../models/catalog/recommend";
import { errorMessage } from "../../models/errors/codedError";
import { formatBytes } from "../../models/runtimeInfo";
import { defineCommand, type Ctx } from "../ctx";
import { remoteWindowHint } from "../remoteWindow";
import { downloadCatalogModel } from "../requests/modelDownload";
import { pickModelFile, useModelFile } from "../requests/modelFile";
import { serverModels, type ServerModels } from "../requests/remoteServer";
import { showModelError } from "../requests/showModelError";

function fitLabel(fit: Fit): string {
    switch (fit) {
        case "gpu":
            return vscode.l10n.t("fits on the GPU");
        case "partialGpu":
            return vscode.l10n.t("split between GPU and CPU");
        case "cpu":
            return vscode.l10n.t("runs on the CPU");
        case "tooLarge":
            return vscode.l10n.t("too large for this machine's free memory");
    }
}

async function machineProfile(ctx: Ctx): Promise<MachineProfile> {
    const info = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t("Gemma-Ko: checking this machine") },
        () => ctx.runtime.runtimeInfo().catch(() => undefined)
    );
    return {
        freeVram: info?.vram?.free ?? 0,
        freeRam: os.freemem(),
        cpuThreads: os.availableParallelism(),
        platform: process.platform,
        arch: process.arch
    };
}

type Item = vscode.QuickPickItem & {
    entryId?: string;
    tokensPerSecond?: number;
    local?: boolean;
    /** A model the inference server serves. */
    remoteModel?: string;
    /** The file the User settings name, which this remote window ignores. */
    userSettingsFile?: string;
    /** The model file in use (nothing to do when picked). */
    current?: boolean;
};

/**
 * In a remote window whose User settings name a model file that the window ignores (see
 * remoteWindow.ts): one row, first, that uses that file here (written to the Remote settings).
 */
async function userSettingsItems(ctx: Ctx): Promise<Item[]> {
    if (ctx.config.model.path.length > 0) return [];
    const file = (await remoteWindowHint(ctx.extension.globalStorageUri))?.ignoredPath;
    if (file === undefined) return [];
    return [
        {
            label: `$(settings-gear) ${vscode.l10n.t("Use {0}, named in your User settings", path.basename(file))}`,
            detail: vscode.l10n.t(
                "This remote window reads the model file from the Remote settings only; this writes it there. {0}",
                file
            ),
            userSettingsFile: file
        }
    ];
}

/** The inference server's models (when one is configured), then the local choices. */
function serverItems(ctx: Ctx, served: ServerModels | undefined): Item[] {
    if (served === undefined) return [];
    const current = ctx.models.usesRemote ? ctx.config.remote.model : undefined;
    const heading: Item = {
        label: vscode.l10n.t("Inference server {0}", served.origin),
        kind: vscode.QuickPickItemKind.Separator
    };
    if (served.error !== undefined)
        return [
            heading,
            { label: `$(warning) ${vscode.l10n.t("The server's models could not be listed")}`, detail: served.error }
        ];
    return [
        heading,
        ...served.models.map((model): Item => ({
            label: `$(cloud) ${model.id}`,
            description:
                model.id === current
                    ? vscode.l10n.t("in use")
                    : model.contextSize !== undefined
                      ? vscode.l10n.t("context {0}", model.contextSize)
                      : "",
            detail: vscode.l10n.t("Runs on the inference server; the safety filter runs here."),
            remoteModel: model.id
        })),
        { label: vscode.l10n.t("On this machine"), kind: vscode.QuickPickItemKind.Separator }
    ];
}

/** The local model file in use, first, so that the list says which one it is (picking it changes nothing). */
function inUse(ctx: Ctx): Item[] {
    const file = ctx.config.model.path;
    if (file.length === 0 || ctx.models.usesRemote) return [];
    return [
        {
            label: `$(check) ${path.basename(file)}`,
            description: vscode.l10n.t("in use"),
            detail: file,
            current: true
        }
    ];
}

/** One row per catalog file; the one recommended for this machine first, and only it says so. */
function catalogItems(machine: MachineProfile, baseUrl: string | undefined): Item[] {
    const recommended = recommendForMachine(machine, { urlOptions: { baseUrl } });
    const rows = catalogEntries(undefined, { baseUrl }).map((entry): Item & { first: boolean } => {
        const fit = fitOnMachine(entry, 4096, machine);
        const speed = expectedTokensPerSecond(entry, fit, machine);
        const isRecommended = entry.id === recommended.entry.id;
        const memory = formatBytes(estimateMemory(entry, 4096).total);
        const kind = entry.family.kind === "base" ? vscode.l10n.t("base model") : vscode.l10n.t("instruction-tuned");
        return {
            label: `${isRecommended ? "$(star-full) " : ""}${entry.family.displayName} · ${entry.file.quantization}`,
            description: `${formatBytes(entry.file.sizeBytes)}${isRecommended ? ` · ${vscode.l10n.t("recommended for this machine")}` : ""}`,
            detail: `${fitLabel(fit)} · ${vscode.l10n.t("about {0} tokens/s", speed)} · ${vscode.l10n.t("needs about {0} at 4k context", memory)} · ${kind}`,
            entryId: entry.id,
            tokensPerSecond: speed,
            first: isRecommended
        };
    });
    rows.sort((a, b) => Number(b.first) - Number(a.first));
    return [
        { label: `$(file) ${vscode.l10n.t("Use a local GGUF file…")}`, local: true },
        { label: "", kind: vscode.QuickPickItemKind.Separator },
        ...rows
    ];
}

/**
 * `gemmaKo.selectModel`: a local GGUF file, or the catalog with what fits this machine
 * and how fast it would run; a download starts only after a confirmation that gives its
 * size, the free disk space, the expected time and the licence.
 */
export const selectModel = defineCommand("gemmaKo.selectModel", (ctx) => async () => {
    try {
        const baseUrl = normalizeMirrorBaseUrl(ctx.config.downloadBaseUrl);
        const [machine, served, fromUser] = await Promise.all([
            machineProfile(ctx),
            serverModels(ctx),
            userSettingsItems(ctx)
        ]);
        const picked = await vscode.window.showQuickPick(
            [...inUse(ctx), ...fromUser, ...serverItems(ctx, served), ...catalogItems(machine, baseUrl)],
            {
                title: vscode.l10n.t("Gemma-Ko: Select Model"),
                placeHolder: vscode.l10n.t("Downloads go to the extension's storage; nothing else uses the network."),
                matchOnDetail: true
            }
        );
        if (picked === undefined || picked.current === true) return;
        if (picked.remoteModel !== undefined) {
            // One pick switches: the server's model answers from the next request on.
            await ctx.config.useRemoteModel(picked.remoteModel);
            ctx.log.info(`Selected the server's model ${picked.remoteModel}.`);
            return;
        }
        if (picked.userSettingsFile !== undefined) {
            await useModelFile(ctx, picked.userSettingsFile);
            return;
        }
        if (picked.local === true) {
            await pickModelFile(ctx);
            return;
        }
        const entry = catalogEntries(undefined, { baseUrl }).find((e) => e.id === picked.entryId);
        if (entry !== undefined) await downloadCatalogModel(ctx, entry, picked.tokensPerSecond ?? 0);
    } catch (error) {
        ctx.log.error(`Select model: ${errorMessage(error)}`);
        showModelError(error);
    }
});
