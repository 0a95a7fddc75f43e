import * as vscode from "vscode";
import { backendDisplayName, formatRuntimeInfo, type RuntimeInfo } from "../../models/runtimeInfo";
import { newRequestId } from "../../webview/protocol";
import { GemmaKoPanel, type PanelHandlers } from "../panel/gemmaKoPanel";
import type { ResultsController } from "../panel/results";
import type { RuntimeService } from "../runtimeService";

export const showRuntimeInfoCommand = "gemmaKo.showRuntimeInfo";

/** Everything the command needs from the extension. */
export interface ShowRuntimeInfoDeps {
    extensionUri: vscode.Uri;
    log: vscode.LogOutputChannel;
    runtime: RuntimeService;
    results: ResultsController;
}

/**
 * Fetches the runtime report for one request and sends it to the panel and the
 * log. Resolves with the report, or `undefined` after telling the user what failed.
 */
export async function refreshRuntimeInfo(deps: ShowRuntimeInfoDeps, panel: GemmaKoPanel, requestId: string): Promise<RuntimeInfo | undefined> {
    panel.post({ type: "runtimeInfo.loading", requestId });
    try {
        const info = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: vscode.l10n.t("Gemma-Ko: starting the llama.cpp runtime") },
            () => deps.runtime.runtimeInfo()
        );
        const rows = formatRuntimeInfo(info, vscode.l10n.t);
        deps.log.info(`Runtime: ${backendDisplayName(info.backend)}; ${rows.map((row) => `${row.label}: ${row.value}`).join("; ")}`);
        panel.post({ type: "runtimeInfo.result", requestId, backend: info.backend, rows });
        return info;
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        deps.log.error(`Could not start the llama.cpp runtime: ${reason}`);
        const message = vscode.l10n.t("Could not start the llama.cpp runtime: {0}", reason);
        panel.post({ type: "runtimeInfo.error", requestId, message: message.slice(0, 4000) });
        const showLog = vscode.l10n.t("Show Log");
        void vscode.window.showErrorMessage(message, showLog).then((choice) => {
            if (choice === showLog) deps.log.show();
        });
        return undefined;
    }
}

/** Everything the panel can ask for; results are addressed by id and served from the controller's filtered copy. */
export function panelHandlers(deps: ShowRuntimeInfoDeps): PanelHandlers {
    const { results, log } = deps;
    const report = (what: string) => (error: unknown) => log.warn(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    return {
        refreshRuntimeInfo: () => undefined,
        refreshRuntimeInfoFor: (panel, requestId) => void refreshRuntimeInfo(deps, panel, requestId),
        onReady: () => results.replay(),
        stop: (id) => results.stop(id),
        retry: (id) => results.retry(id),
        copy: (id) => void results.copy(id).catch(report("Copy")),
        copyCode: (id, index) => void results.copyCode(id, index).catch(report("Copy code")),
        insert: (id) => void results.insert(id, false).catch(report("Insert")),
        replace: (id) => void results.insert(id, true).catch(report("Replace")),
        openEditor: (id) => void results.openEditor(id).catch(report("Open in editor")),
        openLink: (id, url) => void results.openLink(id, url).catch(report("Open link"))
    };
}

/** `gemmaKo.showRuntimeInfo`: opens the panel and reports backend, devices, VRAM and threads. */
export function registerShowRuntimeInfo(deps: ShowRuntimeInfoDeps): vscode.Disposable {
    return vscode.commands.registerCommand(showRuntimeInfoCommand, () => {
        const panel = GemmaKoPanel.createOrShow(deps.extensionUri, deps.log, panelHandlers(deps));
        return refreshRuntimeInfo(deps, panel, newRequestId());
    });
}
